from __future__ import annotations

from typing import ClassVar

from pydantic_settings import SettingsConfigDict

from kernel.config import ServiceSettings


class ApplicationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="APPLICATIONS_", extra="ignore")
    service_name: ClassVar[str] = "applications"
