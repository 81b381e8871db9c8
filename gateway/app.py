"""The gateway app: ``uvicorn gateway.app:create_app --factory`` (listens on 127.0.0.1:8000 unless PORT is set)."""
from __future__ import annotations

import asyncio
from typing import Any

import httpx
from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import func, select

from gateway.config import DEV_ADMIN_PASSWORD, GatewaySettings
from gateway.db import kernel
from gateway.dictionaries import DICTIONARIES
from gateway.docs import docs_assets, docs_router
from gateway.identity import service as identity
from gateway.identity.api import router as identity_router
from gateway.identity.schemas import PlatformTime
from gateway.keys import build_jwks, load_signing_key
from gateway.proxy import ProxyMiddleware, proxy_client
from gateway.ratelimit import RateLimitMiddleware
from gateway.reference.models import Agency
from kernel import clock
from kernel.auth import Principal, StaticKeys, TokenVerifier, public
from kernel.crypto import FieldCipher
from kernel.dictionaries import dictionary_router
from kernel.replicas import agency_handlers
from kernel.service import create_service_app, make_router


def _admin_password(settings: GatewaySettings) -> str:
    if settings.admin_password:
        if not settings.is_development and settings.admin_password == DEV_ADMIN_PASSWORD:
            raise RuntimeError("refusing to start: ADMIN_PASSWORD is the development default")
        return settings.admin_password
    if not settings.is_development:
        raise RuntimeError("refusing to start: set ADMIN_PASSWORD for the first administrator")
    return DEV_ADMIN_PASSWORD


def create_app(settings: GatewaySettings | None = None) -> FastAPI:
    settings = settings or GatewaySettings()
    key = load_signing_key(settings)  # refuses to start without a configured key outside development
    jwks = build_jwks(settings, key)
    cipher = FieldCipher.from_setting(
        settings.data_encryption_key, key_file=settings.data_dir / "keys" / "data.key",
        allow_generate=settings.is_development,
    )

    async def bootstrap(app: FastAPI) -> None:
        async with app.state.db.sessionmaker() as session, session.begin():
            await session.execute(select(func.pg_advisory_xact_lock(0x6964_656E)))  # one bootstrapper at a time
            await identity.sync_builtin_roles(session)
            if not await identity.admin_exists(session):
                await identity.ensure_admin(session, _admin_password(settings))

    async def services_ready(app: FastAPI) -> dict[str, Any]:
        async def probe(name: str, url: str) -> tuple[str, dict[str, Any]]:
            try:
                async with httpx.AsyncClient(timeout=2, trust_env=False) as client:
                    resp = await client.get(f"{url}/readyz")
                body = resp.json()
                return name, {"ok": resp.status_code == 200, "status": body.get("status"), "checks": body.get("checks")}
            except Exception as exc:  # noqa: BLE001
                return name, {"ok": False, "error": type(exc).__name__}

        results = await asyncio.gather(*(probe(n, u) for n, u in settings.service_urls().items()))
        return {f"service:{name}": result for name, result in results}

    async def open_proxy(app: FastAPI) -> None:
        app.state.proxy_client = proxy_client(settings.proxy_timeout)

    async def close_proxy(app: FastAPI) -> None:
        await app.state.proxy_client.close()

    wellknown = make_router(tags=["identity"])

    @wellknown.get("/.well-known/jwks.json", summary="令牌验签公钥（JWKS）")
    async def jwks_endpoint(_: Principal | None = Depends(public())) -> JSONResponse:
        return JSONResponse(jwks, headers={"Cache-Control": "public, max-age=300"})

    @wellknown.get("/api/v1/time", response_model=PlatformTime, summary="平台时钟：当前时刻与法定日期所用时区的今天")
    async def platform_time(_: Principal | None = Depends(public())) -> JSONResponse:
        """Browsers date statutory things by this, not by their own zone or clock (a phone on UTC is a day behind
        Beijing from 16:00 to 24:00 UTC)."""
        now = clock.now()
        body = {"now": now.isoformat(), "today": clock.today(settings.timezone).isoformat(),
                "timezone": settings.timezone}
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    app = create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 网关与身份认证",
        description="统一入口：登录与令牌、账号与角色、对接平台（API 客户端）。各业务服务的接口见页面右上角的下拉列表。",
        routers=[identity_router, dictionary_router(DICTIONARIES)],  # /api/v1/auth/dictionaries (public)
        api_prefix="/api/v1/auth",
        root_routers=[wellknown, docs_router()],
        agency_model=Agency,
        consumers={"CATALOG": agency_handlers(Agency)},
        on_startup=[open_proxy, bootstrap],
        on_shutdown=[close_proxy],
        readiness_checks=[services_ready],
        trust_request_id=False,
        inner_middlewares=[
            (RateLimitMiddleware, {
                "per_ip": settings.rate_limit_ip_per_minute,
                "per_principal": settings.rate_limit_principal_per_minute,
                "login_per_ip": settings.rate_limit_login_per_minute,
            }),
            (ProxyMiddleware, {"services": settings.service_urls()}),
        ],
    )
    app.state.signing_key = key
    app.state.jwks = jwks
    app.state.cipher = cipher
    app.state.issuer = identity.TokenIssuer(settings, key)
    app.state.verifier = TokenVerifier(StaticKeys(lambda: jwks), issuer=settings.jwt_issuer, audience=settings.jwt_audience)
    app.mount("/docs/assets", docs_assets(), name="docs-assets")
    if (settings.spa_dir / "index.html").exists():
        # low priority: API routes match first; browser navigations to SPA routes get index.html
        app.frontend("/", directory=settings.spa_dir, fallback="index.html")
    return app
