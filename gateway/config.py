from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from pydantic import AliasChoices, Field
from pydantic_settings import SettingsConfigDict

from kernel.config import REPO_ROOT, ServiceSettings

DEV_ADMIN_PASSWORD = "Admin@2026"


class GatewaySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")
    service_name: ClassVar[str] = "gateway"

    catalog_url: str = "http://127.0.0.1:8101"
    applications_url: str = "http://127.0.0.1:8102"
    statistics_url: str = "http://127.0.0.1:8103"
    proxy_timeout: float = 300.0

    jwt_private_key: str | None = Field(None, description="PEM of the ES256 signing key")
    jwt_private_key_file: Path | None = None
    jwt_extra_public_keys_file: Path | None = Field(None, description="JWKS of retired keys still accepted")
    access_token_ttl: int = 900
    refresh_token_ttl: int = 14 * 86400
    refresh_family_ttl: int = 30 * 86400

    admin_password: str | None = Field(None, validation_alias=AliasChoices("GATEWAY_ADMIN_PASSWORD", "ADMIN_PASSWORD"))
    lockout_threshold: int = 5
    lockout_minutes: int = 15

    rate_limit_ip_per_minute: int = 1200
    rate_limit_principal_per_minute: int = 600
    rate_limit_login_per_minute: int = 20

    spa_dir: Path = REPO_ROOT / "frontend" / "dist"

    def service_urls(self) -> dict[str, str]:
        return {
            "catalog": self.catalog_url.rstrip("/"),
            "applications": self.applications_url.rstrip("/"),
            "statistics": self.statistics_url.rstrip("/"),
        }
