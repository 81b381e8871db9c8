from __future__ import annotations

from typing import ClassVar

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kernel.config import ServiceSettings


class CatalogSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")
    service_name: ClassVar[str] = "catalog"

    max_attachment_mb: int = Field(50, ge=1, le=500, description="largest attachment of an entry")
    scheduler_interval: float = Field(
        30.0, ge=0, description="seconds between runs of the publication job (scheduled publications, expiry dates); "
        "0 turns it off"
    )
    pending_warning_days: int = Field(
        15, ge=1, le=20, description="working days after formation from which an unpublished entry is listed as "
        "pending too long (Art. 26 allows 20)"
    )
    # --- exchange (services/catalog/exchange) ---
    import_max_mb: int = Field(500, ge=1, le=4000, description="largest bulk-import file")
    import_batch_rows: int = Field(
        50, ge=1, le=1000, description="rows of an import committed together (a batch that publishes holds the sync "
        "log's lock until it commits: other publications wait for at most one batch)"
    )
    import_stale_seconds: float = Field(
        120.0, ge=5, description="an import job whose heartbeat is older than this is taken over by another instance"
    )
    import_poll_interval: float = Field(
        15.0, ge=0, description="seconds between looks for import jobs to run or resume; 0 turns the worker off"
    )
    portal_url: str | None = Field(
        None, description="public address of the portal (https://gk.example.gov.cn) for links in Atom feeds; "
        "default: the address the request came in on"
    )
