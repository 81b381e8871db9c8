from kernel.migrations import run_env
from services.statistics.config import StatisticsSettings
from services.statistics.models import metadata


def _default_url() -> str | None:
    try:
        return StatisticsSettings().resolved_database_url()
    except RuntimeError:
        return None


run_env(metadata, _default_url())
