"""Platform-wide contracts: readiness, one API documentation page, problem+json everywhere, migrations that
match the models, every route declaring who may call it, refusing default secrets outside development."""
import asyncio

import httpx
import pytest
from alembic import command
from fastapi.routing import APIRoute

from gateway.app import create_app as create_gateway
from gateway.config import DEV_ADMIN_PASSWORD, GatewaySettings
from kernel.permissions import is_known
from kernel.auth import api_routes, route_permissions
from kernel.migrations import alembic_config
from tests.support.helpers import assert_problem, bearer

SERVICES = ("catalog", "applications", "statistics")


async def test_readiness_reports_every_service(gw, stack):
    resp = await gw.get("/readyz")
    assert resp.status_code == 200 and resp.json()["status"] == "ready", resp.text
    checks = resp.json()["checks"]
    assert checks["database"]["ok"] and checks["nats"]["ok"]
    for name in SERVICES:
        assert checks[f"service:{name}"]["ok"], checks
    direct = (await gw.get(f"{stack.url('statistics')}/readyz")).json()
    consumer = direct["checks"]["consumer:statistics-catalog"]
    assert consumer["ok"] and consumer["lag"] is not None
    assert (await gw.get("/healthz")).json() == {"status": "ok"}


async def test_readiness_fails_when_nats_is_unreachable(stack):
    from asgi_lifespan import LifespanManager

    from services.catalog.app import create_app
    from services.catalog.config import CatalogSettings

    app = create_app(CatalogSettings(environment="test", database_url=stack.infra.databases["catalog"],
                                     nats_url="nats://127.0.0.1:1", jwks_url="http://127.0.0.1:1/jwks"))
    async with LifespanManager(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            resp = await client.get("/readyz")
    assert resp.status_code == 503
    assert resp.json()["checks"]["nats"]["ok"] is False and resp.json()["checks"]["database"]["ok"] is True


async def test_one_documentation_page_lists_every_service(gw):
    page = await gw.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    for spec in ("/api/v1/auth/openapi.json", "/api/v1/catalog/openapi.json", "/api/v1/applications/openapi.json",
                 "/api/v1/statistics/openapi.json"):
        assert spec in page.text
        doc = (await gw.get(spec)).json()
        assert doc["openapi"].startswith("3.") and doc["paths"], spec
        for path, ops in doc["paths"].items():
            for method, op in ops.items():
                assert op.get("x-access"), f"{method.upper()} {path} does not state who may call it"
    assert (await gw.get("/docs/assets/swagger-ui-bundle.js")).status_code == 200


async def test_problem_json_for_routing_and_parsing_errors(gw, admin_token):
    assert_problem(await gw.get("/api/v1/catalog/no-such-thing"), 404, "route_not_found")
    assert_problem(await gw.get("/api/v1/auth/no-such-thing"), 404, "route_not_found")
    assert_problem(await gw.delete("/api/v1/catalog/agencies"), 405, "method_not_allowed")
    resp = await gw.post("/api/v1/catalog/agencies", content=b"{not json", headers={**bearer(admin_token),
                         "Content-Type": "application/json"})
    body = assert_problem(resp, 422, "validation_error")
    assert body["errors"][0]["code"] == "json_invalid" and body["request_id"]
    resp = await gw.get("/api/v1/catalog/agencies", params={"size": 1000})
    body = assert_problem(resp, 422, "validation_error")
    assert body["errors"] == [{"field": "size", "location": "query", "code": "less_than_equal",
                               "message": "应小于或等于 100"}]
    resp = await gw.get("/api/v1/catalog/agencies/abc", headers={"Accept-Language": "en"})
    body = assert_problem(resp, 422)
    assert body["errors"][0]["message"].startswith("Input should be")
    assert_problem(await gw.get("/api/v1/catalog/agencies/987654321"), 404, "not_found")


async def test_pagination_has_totals_and_a_hard_maximum(gw, tree):
    resp = (await gw.get("/api/v1/catalog/agencies", params={"page": 1, "size": 2})).json()
    assert resp["size"] == 2 and len(resp["items"]) == 2 and resp["total"] >= 6 and resp["pages"] >= 3
    assert resp["page"] == 1


async def test_service_down_is_a_503_problem(stack):
    from devtools.infra import free_port
    from tests.support.stack import gateway_settings, serve

    port = free_port()
    ports = {**stack.ports, "gateway": port, "statistics": free_port()}  # nothing listens there
    app = create_gateway(gateway_settings(stack.infra, ports, stack.key, events_enabled=False))
    server, task = await serve(app, port)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            body = assert_problem(await client.get("/api/v1/statistics/agencies"), 503, "service_unavailable")
            assert "statistics" in body["detail"]
            ready = await client.get("/readyz")
            # the gateway itself can serve (identity, other services): reported degraded, kept in rotation
            assert ready.status_code == 200 and ready.json()["status"] == "degraded"
            assert ready.json()["checks"]["service:statistics"]["ok"] is False
    finally:
        server.should_exit = True
        await task


@pytest.mark.parametrize("service", ["gateway", "catalog", "applications", "statistics"])
async def test_migrations_match_the_models(infra, service):
    """The migrated test database has exactly the tables and columns the models describe."""
    await asyncio.to_thread(command.check, alembic_config(service, infra.databases[service]))


def test_every_route_declares_access_and_known_permissions(stack):
    for name, app in stack.apps.items():
        routes = api_routes(app.routes)
        assert routes, name
        for route in routes:
            assert isinstance(route, APIRoute)
            assert (route.openapi_extra or {}).get("x-access"), f"{name}: {route.path}"
        unknown = {p for p in route_permissions(app.routes) if not is_known(p)}
        assert not unknown, f"{name} checks permissions missing from the registry: {unknown}"


def test_gateway_refuses_default_secrets_outside_development(infra, tmp_path):
    base = {"environment": "production", "database_url": infra.databases["gateway"], "data_dir": tmp_path,
            "data_encryption_key": "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE="}
    with pytest.raises(RuntimeError, match="signing key"):
        create_gateway(GatewaySettings(**base))
    from gateway.keys import SigningKey

    key = SigningKey.generate().private_pem
    with pytest.raises(RuntimeError, match="DATA_ENCRYPTION_KEY"):
        create_gateway(GatewaySettings(**{**base, "data_encryption_key": None}, jwt_private_key=key))
    from gateway.app import _admin_password

    with pytest.raises(RuntimeError, match="ADMIN_PASSWORD"):
        _admin_password(GatewaySettings(**base, jwt_private_key=key))
    with pytest.raises(RuntimeError, match="default"):
        _admin_password(GatewaySettings(**base, jwt_private_key=key, admin_password=DEV_ADMIN_PASSWORD))
    assert create_gateway(GatewaySettings(**base, jwt_private_key=key, admin_password="A-Strong-Pass-1"))
