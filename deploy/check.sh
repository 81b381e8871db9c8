#!/usr/bin/env bash
# Checks the deployment files without a cluster or a Docker engine:
#   1. `kubectl kustomize` renders deploy/k8s/base and deploy/k8s/overlays/production (required: fails without
#      kubectl), the output parses as YAML, and every workload keeps the security and health settings;
#   2. the rendered objects against the Kubernetes schemas (`kubernetes-validate`, if installed);
#   3. `docker compose config` on deploy/docker-compose.yml (if a Compose v2 client is installed; it needs no
#      engine), with throwaway values for the required secrets;
#   4. `nginx -t` on deploy/nginx/nginx.conf (if nginx is installed), and `sh -n` on the PostgreSQL init script.
#
#   deploy/check.sh            # from anywhere
#   KUBECTL=/path/to/kubectl PYTHON=python3 deploy/check.sh
set -euo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$DEPLOY")"
KUBECTL="${KUBECTL:-kubectl}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

passed=0; failed=0; skipped=0
ok()   { echo "ok    $*"; passed=$((passed + 1)); }
bad()  { echo "FAIL  $*"; failed=$((failed + 1)); }
skip() { echo "skip  $*"; skipped=$((skipped + 1)); }

# A Python with PyYAML: $PYTHON, the project's .venv (uvicorn[standard] brings PyYAML), or python3.
find_python() {
    local candidate
    for candidate in "${PYTHON:-}" "$REPO/.venv/bin/python" python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" > /dev/null 2>&1 && "$candidate" -c 'import yaml' > /dev/null 2>&1; then
            echo "$candidate"; return 0
        fi
    done
    return 1
}
PY="$(find_python || true)"

# --- 1. Kustomize ------------------------------------------------------------------------------------------
if ! command -v "$KUBECTL" > /dev/null 2>&1; then
    bad "kubectl not found (set KUBECTL): cannot render the Kubernetes manifests"
else
    for target in base overlays/production; do
        out="$WORK/$(echo "$target" | tr / -).yaml"
        if "$KUBECTL" kustomize "$DEPLOY/k8s/$target" > "$out" 2> "$WORK/err"; then
            ok "kubectl kustomize deploy/k8s/$target ($(grep -c '^kind:' "$out") objects)"
        else
            bad "kubectl kustomize deploy/k8s/$target: $(cat "$WORK/err")"
            continue
        fi
        if [ -z "$PY" ]; then
            skip "YAML checks of deploy/k8s/$target (no Python with PyYAML)"
            continue
        fi
        if "$PY" - "$out" <<'PYEOF'
import sys
import yaml

docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
problems = []
kinds = {}
for d in docs:
    kinds.setdefault(d["kind"], []).append(d["metadata"]["name"])
    if d["kind"] == "Secret":
        problems.append(f"Secret/{d['metadata']['name']} rendered: secrets must not live in the repository")
    if d["kind"] not in ("Deployment", "Job"):
        continue
    where = f"{d['kind']}/{d['metadata']['name']}"
    pod = d["spec"]["template"]["spec"]
    psc = pod.get("securityContext", {})
    if psc.get("runAsNonRoot") is not True or psc.get("runAsUser") != 10001:
        problems.append(f"{where}: pod must run as non-root uid 10001")
    if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problems.append(f"{where}: pod seccompProfile must be RuntimeDefault")
    if pod.get("enableServiceLinks") is not False:
        problems.append(f"{where}: enableServiceLinks must be false (service env vars clash with app settings)")
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for c in pod["containers"]:
        cwhere = f"{where} container {c['name']}"
        sc = c.get("securityContext", {})
        expected = {"runAsNonRoot": True, "runAsUser": 10001, "allowPrivilegeEscalation": False,
                    "readOnlyRootFilesystem": True}
        for key, value in expected.items():
            if sc.get(key) != value:
                problems.append(f"{cwhere}: securityContext.{key} must be {value}")
        if sc.get("capabilities", {}).get("drop") != ["ALL"]:
            problems.append(f"{cwhere}: capabilities must drop ALL")
        if sc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            problems.append(f"{cwhere}: seccompProfile must be RuntimeDefault")
        mounts = {m["mountPath"]: m["name"] for m in c.get("volumeMounts", [])}
        if "emptyDir" not in volumes.get(mounts.get("/tmp", ""), {}):
            problems.append(f"{cwhere}: /tmp must be an emptyDir (read-only root filesystem)")
        res = c.get("resources", {})
        if not res.get("requests") or not res.get("limits", {}).get("memory"):
            problems.append(f"{cwhere}: resource requests and a memory limit are required")
        if not c.get("image") or c["image"].split(":")[0] == "":
            problems.append(f"{cwhere}: no image")
        if d["kind"] == "Deployment":
            if c.get("readinessProbe", {}).get("httpGet", {}).get("path") != "/readyz":
                problems.append(f"{cwhere}: readinessProbe must be GET /readyz")
            if c.get("livenessProbe", {}).get("httpGet", {}).get("path") != "/healthz":
                problems.append(f"{cwhere}: livenessProbe must be GET /healthz")
        else:
            if c.get("command", [])[:3] != ["python", "-m", "devtools.migrate"] or len(c["command"]) != 4:
                problems.append(f"{cwhere}: a migration Job runs `python -m devtools.migrate <service>`")
    if d["kind"] == "Job":
        spec = d["spec"]
        if "backoffLimit" not in spec or "ttlSecondsAfterFinished" not in spec:
            problems.append(f"{where}: backoffLimit and ttlSecondsAfterFinished are required")

apps = {"gateway", "catalog", "applications", "statistics"}
for kind in ("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler"):
    missing = apps - set(kinds.get(kind, []))
    if missing:
        problems.append(f"{kind} missing for {sorted(missing)}")
jobs = {f"migrate-{a}" for a in apps}
if set(kinds.get("Job", [])) != jobs:
    problems.append(f"expected Jobs {sorted(jobs)}, got {sorted(kinds.get('Job', []))}")
for kind in ("Namespace", "ConfigMap", "Ingress", "PersistentVolumeClaim"):
    if kind not in kinds:
        problems.append(f"no {kind}")
for p in problems:
    print("   ", p)
sys.exit(1 if problems else 0)
PYEOF
        then ok "deploy/k8s/$target: YAML parses; workloads keep security context, probes, resources"
        else bad "deploy/k8s/$target: checks above"
        fi
    done
fi

# --- 2. Kubernetes schemas (optional) ------------------------------------------------------------------------
if command -v kubernetes-validate > /dev/null 2>&1; then
    for f in "$WORK"/*.yaml; do
        [ -e "$f" ] || continue
        if kubernetes-validate --strict --quiet --no-warn -k "${K8S_VERSION:-1.32.0}" "$f" > "$WORK/kv" 2>&1; then
            ok "kubernetes-validate --strict $(basename "$f")"
        else
            bad "kubernetes-validate $(basename "$f"): $(cat "$WORK/kv")"
        fi
    done
else
    skip "Kubernetes schema validation (pip install kubernetes-validate to enable)"
fi

# --- 3. docker compose (optional: client only, no engine needed) -------------------------------------------
compose=()
if docker compose version > /dev/null 2>&1; then
    compose=(docker compose)
elif docker-compose version --short 2> /dev/null | grep -q '^v\?2\.'; then
    compose=(docker-compose)
fi
if [ ${#compose[@]} -gt 0 ]; then
    : > "$WORK/jwt.pem"
    if (cd "$DEPLOY" && env POSTGRES_PASSWORD=check-only ADMIN_PASSWORD=check-only \
            DATA_ENCRYPTION_KEY="$(head -c32 /dev/urandom | base64)" JWT_PRIVATE_KEY_PATH="$WORK/jwt.pem" \
            "${compose[@]}" --env-file .env.example -f docker-compose.yml config --quiet) > "$WORK/cc" 2>&1; then
        ok "${compose[*]} config (deploy/docker-compose.yml)"
    else
        bad "${compose[*]} config: $(cat "$WORK/cc")"
    fi
else
    skip "docker compose config (no Compose v2 client)"
fi

# --- 4. nginx and the PostgreSQL init script ------------------------------------------------------------------
if command -v nginx > /dev/null 2>&1; then
    mkdir -p "$WORK/nginx/logs"
    # The same file with paths of this machine; the names (gateway, 127.0.0.11) are only resolved at run time.
    sed -e '/^user /d' -e "s#/var/run/nginx.pid#$WORK/nginx/nginx.pid#" -e "s#/var/log/nginx/#$WORK/nginx/logs/#" \
        "$DEPLOY/nginx/nginx.conf" > "$WORK/nginx/nginx.conf"
    if nginx -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx/" -g "error_log $WORK/nginx/logs/test.log;" \
            > "$WORK/nt" 2>&1; then
        ok "nginx -t deploy/nginx/nginx.conf"
    else
        bad "nginx -t: $(cat "$WORK/nt")"
    fi
else
    skip "nginx -t (nginx not installed)"
fi
if sh -n "$DEPLOY/postgres/initdb/10-gongkai-databases.sh"; then
    ok "sh -n deploy/postgres/initdb/10-gongkai-databases.sh"
else
    bad "sh -n deploy/postgres/initdb/10-gongkai-databases.sh"
fi

echo "deploy/check.sh: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
