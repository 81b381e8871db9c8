"""Helpers: tokens, an API client that fails loudly, and factories that create data through the real API."""
from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from jose import jwt

from devtools.demo import demo_code
from kernel.permissions import granted
from gateway.keys import SigningKey

_serial = itertools.count(20_000)


def mint_token(key: SigningKey, *, sub: str | None = None, kind: str = "staff", perms: list[str] | None = None,
               scope: str = "own", agency_id: int | None = None, agency_path: str | None = None,
               roles: list[str] | None = None, ttl: int = 600, issuer: str = "gongkai",
               audience: str = "gongkai-api", **extra: Any) -> str:
    """A token signed with the stack's key, for principals the suite needs (scope tests)."""
    now = int(time.time())
    claims = {
        "iss": issuer, "aud": audience, "sub": sub or str(uuid.uuid4()), "iat": now, "nbf": now, "exp": now + ttl,
        "jti": uuid.uuid4().hex, "typ": "access", "kind": kind, "username": "t", "name": "测试用户",
        "roles": roles or [], "perms": perms or [], "scope": scope, "agency_id": agency_id, "agency_path": agency_path,
        **extra,
    }
    return jwt.encode(claims, key.private_pem, algorithm="ES256", headers={"kid": key.kid})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, Any]:
    resp = await client.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert resp.status_code == 200, resp.text
    return resp.json()


def unique_code(region: str = "990500") -> str:
    return demo_code(region, next(_serial))


def unique_name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6]}"


async def staff_account(client: httpx.AsyncClient, admin_token: str, agency_id: int, role: str,
                        password: str = "Staff-Account-2026") -> str:
    """A real staff account with a built-in role, created by the administrator; returns an access token from a real
    login. Waits for the gateway's agency replica to know a new agency."""
    username = unique_name(f"u_{role}_")
    payload = {"username": username, "password": password, "display_name": f"{role}用户", "agency_id": agency_id,
               "roles": [role]}

    async def created() -> bool:
        resp = await client.post("/api/v1/auth/users", json=payload, headers=bearer(admin_token))
        assert resp.status_code in (201, 422), resp.text
        return resp.status_code == 201

    await eventually(created, timeout=5)
    return (await login(client, username, password))["access_token"]


async def create_agency(client: httpx.AsyncClient, token: str, *, parent_id: int | None = None, name: str | None = None,
                        level: str = "county", kind: str = "government", **fields: Any) -> dict[str, Any]:
    payload = {"name": name or unique_name("测试县人民政府"), "code": unique_code(), "level": level, "kind": kind,
               "parent_id": parent_id, **fields}
    resp = await client.post("/api/v1/catalog/agencies", json=payload, headers=bearer(token))
    assert resp.status_code == 201, resp.text
    return resp.json()


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 5.0, interval: float = 0.05) -> float:
    """Wait until ``check()`` is true; returns the seconds it took. Fails the test on timeout."""
    start = time.monotonic()
    while True:
        if await check():
            return time.monotonic() - start
        if time.monotonic() - start > timeout:
            raise AssertionError(f"condition not met within {timeout}s")
        await asyncio.sleep(interval)


def assert_problem(resp: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, f"{resp.status_code}: {resp.text}"
    assert resp.headers["content-type"].startswith("application/problem+json"), resp.headers["content-type"]
    body = resp.json()
    for key in ("type", "title", "status", "detail", "code"):
        assert key in body, body
    assert body["status"] == status
    if code is not None:
        assert body["code"] == code, body
    return body


class Staff:
    """Tokens for one agency's staff, by built-in role."""

    def __init__(self, stack: Any, agency: dict[str, Any]) -> None:
        self.stack = stack
        self.agency = agency
        self.tokens: dict[str, str] = {}

    def token(self, role: str, *, name: str | None = None, sub: str | None = None) -> str:
        key = f"{role}:{sub or ''}"
        if key not in self.tokens:
            scope = "subtree" if role == "supervisor" else "own"
            self.tokens[key] = mint_token(self.stack.key, perms=list(granted(role)), scope=scope, roles=[role],
                                          agency_id=self.agency["id"], agency_path=self.agency["path"],
                                          name=name or f"{role}-{self.agency['id']}", sub=sub, ttl=3600)
        return self.tokens[key]

    def h(self, role: str, **kw: Any) -> dict[str, str]:
        return bearer(self.token(role, **kw))


def first_offers(offered: dict[str, list[str]]) -> dict[str, str]:
    """For a role × status test: each action offered to anyone, with the first principal it is offered to (acceptance
    beyond the status is the route's permission, which every principal offered the action holds)."""
    tried: dict[str, str] = {}
    for name, actions in offered.items():
        for action in actions:
            tried.setdefault(action, name)
    return tried
