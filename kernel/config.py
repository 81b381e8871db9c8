"""Settings shared by every service.

Each service subclasses :class:`ServiceSettings` with its own env prefix (``CATALOG_``, ``APPLICATIONS_`` …).
A few platform-wide values (``ENVIRONMENT``, ``DATABASE_URL``, ``NATS_URL``, ``JWKS_URL`` …) may also be given
without the prefix; the prefixed variable wins when both are set.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict
from sqlalchemy.engine import make_url

from kernel import clock

REPO_ROOT = Path(__file__).resolve().parent.parent

# Fields that may be configured once for the whole platform, without a service prefix.
# ``DATABASE_URL`` names the PostgreSQL server; each service uses its own database on it.
SHARED_ENV_NAMES = {"database_server_url": "DATABASE_URL"}
SHARED_FIELDS = {
    "environment",
    "database_server_url",
    "nats_url",
    "jwks_url",
    "jwt_issuer",
    "jwt_audience",
    "log_level",
    "data_dir",
    "data_encryption_key",
    "trusted_proxies",
    "nats_stream_replicas",
    "telemetry",
    "timezone",
}


class _SharedEnvSource(PydanticBaseSettingsSource):
    """Reads the platform-wide, unprefixed variables (lower priority than the prefixed ones)."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        if field_name not in SHARED_FIELDS:
            return None, field_name, False
        value = os.environ.get(SHARED_ENV_NAMES.get(field_name, field_name.upper()))
        return value, field_name, False

    def __call__(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, field in self.settings_cls.model_fields.items():
            value, key, _ = self.get_field_value(field, name)
            if value is not None:
                out[key] = self.prepare_field_value(name, field, value, False)
        return out

    def prepare_field_value(self, field_name: str, field: FieldInfo, value: Any, value_is_complex: bool) -> Any:
        return value


def comma_list(value: Any) -> Any:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return value


class ServiceSettings(BaseSettings):
    """Base settings; subclasses set ``model_config = SettingsConfigDict(env_prefix="X_")``."""

    model_config = SettingsConfigDict(extra="ignore", env_prefix="GONGKAI_")

    service_name: ClassVar[str] = "service"

    environment: Literal["development", "test", "production"] = "development"
    database_url: str | None = None  # this service's own database, used as given
    database_server_url: str | None = None  # the platform's server; the database name is put in
    nats_url: str = "nats://127.0.0.1:4222"
    jwks_url: str = "http://127.0.0.1:8000/.well-known/jwks.json"
    jwt_issuer: str = "gongkai"
    jwt_audience: str = "gongkai-api"
    log_level: str = "INFO"
    data_dir: Path = REPO_ROOT / ".data"
    data_encryption_key: str | None = None
    # comma-separated addresses or CIDRs whose X-Forwarded-For / X-Forwarded-Proto are believed
    trusted_proxies: Annotated[list[str], NoDecode, BeforeValidator(comma_list)] = Field(
        default_factory=lambda: ["127.0.0.1", "::1"]
    )
    # connections held open; behind the gateway requests arrive in bursts, and a pool smaller than the
    # concurrency opens and closes connections all the time (measured in bench/gateway)
    db_pool_size: int = 20
    events_enabled: bool = True
    nats_stream_replicas: int = Field(1, ge=1, le=5, description="replicas of the streams this service creates")
    files_url: str | None = Field(
        None, description="where the service keeps files (file:///…, s3://bucket/prefix); default <data_dir>/files/<service>"
    )
    timezone: str = clock.DEFAULT_TIMEZONE  # statutory dates are dates in this zone (TIMEZONE, or <PREFIX>TIMEZONE)
    # FastAPI's native OpenTelemetry (traces, metrics and logs to the globally configured providers). Off unless
    # asked for: when on, every request looks the three providers up, configured or not
    telemetry: bool = False

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _SharedEnvSource(settings_cls), dotenv_settings, file_secret_settings)

    @property
    def database_name(self) -> str:
        return f"gongkai_{self.service_name}"

    @property
    def is_development(self) -> bool:
        return self.environment == "development"

    def resolved_files_url(self) -> str:
        return self.files_url or f"file://{(self.data_dir / 'files' / self.service_name).resolve()}"

    def today(self) -> date:
        """Today in the time zone of statutory dates, on the platform's clock (kernel.clock)."""
        return clock.today(self.timezone)

    def now(self) -> datetime:
        """Now on the platform's clock (UTC, aware)."""
        return clock.now()

    def resolved_database_url(self) -> str:
        """The async SQLAlchemy URL of this service's own database."""
        if self.database_url:
            url = make_url(self.database_url)
        elif self.database_server_url:
            url = make_url(self.database_server_url).set(database=self.database_name)
        else:
            raise RuntimeError(
                f"{self.service_name}: no database configured (set DATABASE_URL or "
                f"{self.model_config.get('env_prefix')}DATABASE_URL, or start the platform with `make run`)"
            )
        if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2", "postgresql+psycopg"):
            url = url.set(drivername="postgresql+asyncpg")
        if "sslmode" in url.query:  # libpq spelling; asyncpg calls it "ssl"
            query = dict(url.query)
            query["ssl"] = query.pop("sslmode")
            url = url.set(query=query)
        return url.render_as_string(hide_password=False)
