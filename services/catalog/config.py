from __future__ import annotations

from typing import ClassVar

from pydantic_settings import SettingsConfigDict

from kernel.config import ServiceSettings


class CatalogSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="CATALOG_", extra="ignore")
    service_name: ClassVar[str] = "catalog"
