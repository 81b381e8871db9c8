from kernel.migrations import run_env
from services.applications.config import ApplicationsSettings
from services.applications.models import metadata


def _default_url() -> str | None:
    try:
        return ApplicationsSettings().resolved_database_url()
    except RuntimeError:
        return None


run_env(metadata, _default_url())
