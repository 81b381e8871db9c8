"""The Kubernetes manifests render with Kustomize (kubectl is on the CI machine)."""
import shutil
import subprocess

import pytest

from kernel.config import REPO_ROOT


@pytest.mark.parametrize("target", ["deploy/k8s/base", "deploy/k8s/overlays/production"])
def test_kustomize_renders(target):
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is required to check the deployment manifests"
    out = subprocess.run([kubectl, "kustomize", str(REPO_ROOT / target)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    kinds = [line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if line.startswith("kind:")]
    assert kinds.count("Job") == 4  # one migration Job per service
    assert {"Deployment", "Service", "Ingress", "ConfigMap"} <= set(kinds)
    assert "runAsNonRoot: true" in out.stdout and "readinessProbe" in out.stdout
