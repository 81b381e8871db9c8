"""Settings: per-service prefixes over platform-wide values, and environments that inject surprising variables."""
from services.catalog.config import CatalogSettings


def test_prefixed_value_wins_over_platform_value(monkeypatch):
    monkeypatch.setenv("NATS_URL", "nats://platform:4222")
    monkeypatch.setenv("CATALOG_NATS_URL", "nats://catalog-only:4222")
    assert CatalogSettings().nats_url == "nats://catalog-only:4222"
    monkeypatch.delenv("CATALOG_NATS_URL")
    assert CatalogSettings().nats_url == "nats://platform:4222"


def test_database_url_per_service(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p@db:5432/postgres?sslmode=require")
    url = CatalogSettings().resolved_database_url()
    assert url == "postgresql+asyncpg://u:p@db:5432/gongkai_catalog?ssl=require"
    monkeypatch.setenv("CATALOG_DATABASE_URL", "postgresql://u:p@other:5432/my_catalog")
    assert CatalogSettings().resolved_database_url() == "postgresql+asyncpg://u:p@other:5432/my_catalog"


def test_trusted_proxies_comma_list_with_or_without_prefix(monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1")
    assert CatalogSettings().trusted_proxies == ["10.0.0.0/8", "127.0.0.1"]
    monkeypatch.setenv("CATALOG_TRUSTED_PROXIES", "192.168.0.0/16")
    assert CatalogSettings().trusted_proxies == ["192.168.0.0/16"]


def test_kubernetes_service_link_variables_are_harmless(monkeypatch):
    # Kubernetes injects <SERVICE>_PORT=tcp://… for every Service in the namespace
    monkeypatch.setenv("CATALOG_PORT", "tcp://10.0.0.5:8101")
    monkeypatch.setenv("GATEWAY_PORT", "tcp://10.0.0.6:8000")
    monkeypatch.setenv("CATALOG_SERVICE_HOST", "10.0.0.5")
    from gateway.config import GatewaySettings

    assert CatalogSettings().environment in ("development", "test", "production")
    assert GatewaySettings().catalog_url


def test_fastapi_telemetry_is_off_unless_asked_for(monkeypatch):
    """Off, FastAPI does not look up the OpenTelemetry providers on every request; TELEMETRY=true turns it on."""
    from services.catalog.app import create_app

    monkeypatch.delenv("TELEMETRY", raising=False)
    monkeypatch.setenv("CATALOG_EVENTS_ENABLED", "false")
    app = create_app()
    assert not any(app._telemetry[k] for k in ("tracing", "metrics", "logs"))
    monkeypatch.setenv("TELEMETRY", "true")
    assert all(create_app()._telemetry[k] for k in ("tracing", "metrics", "logs"))
