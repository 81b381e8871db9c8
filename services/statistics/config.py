from __future__ import annotations

from typing import ClassVar

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from kernel.config import ServiceSettings


class StatisticsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="STATISTICS_", extra="ignore")
    service_name: ClassVar[str] = "statistics"

    checker_max_bytes: int = Field(20 * 1024 * 1024, ge=1024, description="largest report the checker accepts")
    public_base_url: str = Field("/api/v1/statistics", description="prefix of the published files' links")
    monitoring_interval: float = Field(3600, ge=0, description="seconds between passes of the daily monitoring (each "
                                                                 "check runs once a day); 0 turns it off")
