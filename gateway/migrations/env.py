from gateway.config import GatewaySettings
from gateway.models import metadata
from kernel.migrations import run_env


def _default_url() -> str | None:
    try:
        return GatewaySettings().resolved_database_url()
    except RuntimeError:
        return None


run_env(metadata, _default_url())
