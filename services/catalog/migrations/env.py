from kernel.migrations import run_env
from services.catalog.config import CatalogSettings
from services.catalog.models import metadata


def _default_url() -> str | None:
    try:
        return CatalogSettings().resolved_database_url()
    except RuntimeError:
        return None


run_env(metadata, _default_url())
