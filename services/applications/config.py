from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, ClassVar
from zoneinfo import ZoneInfo

from pydantic import BeforeValidator, Field
from pydantic_settings import NoDecode, SettingsConfigDict

from kernel.config import ServiceSettings, comma_list


class ApplicationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="APPLICATIONS_", extra="ignore")
    service_name: ClassVar[str] = "applications"

    files_url: str | None = Field(None, description="file storage (file:///…, s3://bucket/prefix); default under data_dir")
    max_attachment_mb: int = Field(20, ge=1, le=50)
    timezone: str = "Asia/Shanghai"  # statutory dates are local dates
    deadline_job_interval: float = Field(300.0, ge=0, description="seconds between deadline runs; 0 disables")
    due_soon_working_days: int = Field(3, ge=1, le=10)
    query_max_failures: int = Field(5, ge=1, le=50, description="wrong query codes before a lookup is locked")
    query_lock_minutes: int = Field(15, ge=1, le=1440)
    notify_channels: Annotated[list[str], NoDecode, BeforeValidator(comma_list)] = Field(
        default_factory=list, description="extra channels for applicants: email, sms (staff are notified in-app)"
    )

    def resolved_files_url(self) -> str:
        return self.files_url or f"file://{(self.data_dir / 'files' / 'applications').resolve()}"

    def today(self) -> date:
        return datetime.now(ZoneInfo(self.timezone)).date()
