"""Per-IP, per-caller and login rate limits answer 429 with Retry-After (a gateway with low limits)."""
import httpx

from devtools.infra import free_port
from gateway.app import create_app
from tests.support.helpers import assert_problem, bearer, mint_token
from tests.support.stack import gateway_settings, serve


async def _limited_gateway(stack, **limits):
    port = free_port()
    settings = gateway_settings(stack.infra, {**stack.ports, "gateway": port}, stack.key, events_enabled=False, **limits)
    server, task = await serve(create_app(settings), port)
    return server, task, f"http://127.0.0.1:{port}"


async def test_per_ip_limit(stack):
    server, task, url = await _limited_gateway(stack, rate_limit_ip_per_minute=5)
    try:
        async with httpx.AsyncClient(base_url=url, trust_env=False) as client:
            for _ in range(5):
                assert (await client.get("/api/v1/catalog/agencies")).status_code == 200
            resp = await client.get("/api/v1/catalog/agencies")
            body = assert_problem(resp, 429, "rate_limited")
            assert int(resp.headers["retry-after"]) >= 1
            assert "请求过于频繁" in body["title"]
            resp = await client.get("/api/v1/catalog/agencies", headers={"Accept-Language": "en"})
            assert assert_problem(resp, 429)["title"] == "Too many requests"
    finally:
        server.should_exit = True
        await task


async def test_per_caller_limit_is_per_user(stack):
    server, task, url = await _limited_gateway(stack, rate_limit_principal_per_minute=3)
    alice = mint_token(stack.key, sub="alice", perms=["audit:read"], scope="all")
    bob = mint_token(stack.key, sub="bob", perms=["audit:read"], scope="all")
    try:
        async with httpx.AsyncClient(base_url=url, trust_env=False) as client:
            for _ in range(3):
                assert (await client.get("/api/v1/catalog/audit", headers=bearer(alice))).status_code == 200
            assert_problem(await client.get("/api/v1/catalog/audit", headers=bearer(alice)), 429, "rate_limited")
            # another caller from the same address is not affected
            assert (await client.get("/api/v1/catalog/audit", headers=bearer(bob))).status_code == 200
    finally:
        server.should_exit = True
        await task


async def test_login_limit(stack):
    server, task, url = await _limited_gateway(stack, rate_limit_login_per_minute=2)
    try:
        async with httpx.AsyncClient(base_url=url, trust_env=False) as client:
            form = {"grant_type": "password", "username": "nobody", "password": "x"}
            for _ in range(2):
                assert (await client.post("/api/v1/auth/token", data=form)).status_code == 400
            assert_problem(await client.post("/api/v1/auth/token", data=form), 429, "rate_limited")
            # other endpoints from the same address still work
            assert (await client.get("/api/v1/catalog/agencies")).status_code == 200
    finally:
        server.should_exit = True
        await task
