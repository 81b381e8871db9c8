from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BeforeValidator, Field
from pydantic_settings import NoDecode, SettingsConfigDict

from kernel.config import ServiceSettings, comma_list


class ApplicationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="APPLICATIONS_", extra="ignore")
    service_name: ClassVar[str] = "applications"

    max_attachment_mb: int = Field(20, ge=1, le=50)
    deadline_job_interval: float = Field(300.0, ge=0, description="seconds between deadline runs; 0 disables")
    due_soon_working_days: int = Field(3, ge=1, le=10)
    query_max_failures: int = Field(5, ge=1, le=50, description="wrong query codes before a lookup is locked")
    query_lock_minutes: int = Field(15, ge=1, le=1440)
    notify_channels: Annotated[list[str], NoDecode, BeforeValidator(comma_list)] = Field(
        default_factory=list, description="extra channels for applicants: email, sms (staff are notified in-app)"
    )
