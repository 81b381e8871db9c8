from __future__ import annotations

from typing import ClassVar

from pydantic_settings import SettingsConfigDict

from kernel.config import ServiceSettings


class StatisticsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="STATISTICS_", extra="ignore")
    service_name: ClassVar[str] = "statistics"
