from __future__ import annotations

from pathlib import Path
from typing import Annotated, ClassVar

from pydantic import AliasChoices, BeforeValidator, Field
from pydantic_settings import NoDecode, SettingsConfigDict

from kernel.config import REPO_ROOT, ServiceSettings, comma_list

DEV_ADMIN_PASSWORD = "Admin@2026"


class GatewaySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")
    service_name: ClassVar[str] = "gateway"

    catalog_url: str = "http://127.0.0.1:8101"
    applications_url: str = "http://127.0.0.1:8102"
    statistics_url: str = "http://127.0.0.1:8103"
    proxy_timeout: float = 300.0
    # The gateway faces clients: by default it believes no X-Forwarded-For. Behind an edge proxy (nginx, an
    # ingress) list the proxy's addresses here (GATEWAY_TRUSTED_PROXIES or TRUSTED_PROXIES).
    trusted_proxies: Annotated[list[str], NoDecode, BeforeValidator(comma_list)] = Field(default_factory=list)

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
