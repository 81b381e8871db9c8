"""What every service is made of: its kernel tables, its app factory, health and audit endpoints."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy import event, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase, Session

from kernel.audit import AuditLogMixin, audit_row
from kernel.auth import AccessRoute, JWKSCache, Principal, TokenVerifier, anyone, require
from kernel.config import ServiceSettings
from kernel.db import Database, get_session
from kernel.errors import install_problem_handlers
from kernel.idempotency import IdempotencyMixin, Idempotent
from kernel.events import Broker, Consumer, Handler, InboxMixin, OutboxMixin, OutboxRelay, outbox_row
from kernel.logging import configure_logging
from kernel.middleware import RequestContextMiddleware
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.request_context import request_id_var

log = logging.getLogger("kernel.service")


@event.listens_for(Session, "after_commit")
def _wake_relay(session: Session) -> None:
    notify = session.info.pop("outbox_notify", None)
    if notify is not None:
        notify()


@event.listens_for(Session, "after_rollback")
def _forget_relay(session: Session) -> None:
    session.info.pop("outbox_notify", None)


class ServiceKernel:
    """Binds the kernel's tables (outbox, inbox, audit_log, idempotency_keys) to a service's declarative base
    and gives the service one way to emit events, record audit entries and honour Idempotency-Key."""

    def __init__(self, base: type[DeclarativeBase], source: str) -> None:
        self.Base = base
        self.source = source
        module = base.__module__
        self.Outbox = type("OutboxEvent", (OutboxMixin, base), {"__tablename__": "outbox", "__module__": module})
        self.Inbox = type("InboxEvent", (InboxMixin, base), {"__tablename__": "inbox", "__module__": module})
        self.AuditLog = type("AuditEntry", (AuditLogMixin, base), {"__tablename__": "audit_log", "__module__": module})
        self.Idempotency = type(
            "IdempotencyKey", (IdempotencyMixin, base), {"__tablename__": "idempotency_keys", "__module__": module}
        )
        self.relay: OutboxRelay | None = None

    def emit(self, session: AsyncSession, event_type: str, subject_id: Any, data: Any) -> None:
        """Queue an event in the caller's transaction; it is published after the transaction commits."""
        session.add(
            outbox_row(self.Outbox, event_type=event_type, subject_id=subject_id, data=data, trace_id=request_id_var.get())
        )
        if self.relay is not None:
            session.sync_session.info["outbox_notify"] = self.relay.notify

    def audit(
        self,
        session: AsyncSession,
        *,
        action: str,
        entity_type: str,
        entity_id: Any,
        before: Any = None,
        after: Any = None,
        agency_id: int | None = None,
        actor: Principal | None = None,
    ) -> None:
        """Record a write in the caller's transaction (who, when, what, before/after, IP, request id).
        ``actor`` defaults to the request's caller."""
        session.add(
            audit_row(
                self.AuditLog,
                service=self.source,
                action=action,
                entity_type=entity_type,
                entity_id=entity_id,
                before=before,
                after=after,
                agency_id=agency_id,
                actor=actor,
            )
        )


    async def idempotent(self, session: AsyncSession, request: Request, owner: str, payload: Any) -> Idempotent:
        """Claim the request's ``Idempotency-Key`` (if any); see :class:`kernel.idempotency.Idempotent`."""
        return await Idempotent.claim(session, self.Idempotency, request, owner, payload)


def make_router(prefix: str = "", tags: Sequence[str] = ()) -> APIRouter:
    """A router whose every route must declare who may call it."""
    return APIRouter(prefix=prefix, tags=list(tags), route_class=AccessRoute)


# --- audit query -----------------------------------------------------------------------------------------


class AuditEntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    service: str
    actor_id: str | None
    actor_name: str | None
    actor_kind: str | None
    roles: list[str]
    agency_id: int | None
    action: str
    entity_type: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    source_ip: str | None
    request_id: str | None


def audit_router(kernel: ServiceKernel, prefix: str, agency_model: type | None) -> APIRouter:
    """``GET /audit`` for holders of ``audit:read``: entries about agencies in the caller's data scope (all
    entries for global administrators)."""
    router = make_router(prefix, tags=["audit"])

    @router.get("/audit", response_model=Page[AuditEntryOut], summary="审计日志（仅管理员）")
    async def list_audit(
        actor_id: str | None = Query(None, max_length=64),
        action: str | None = Query(None, max_length=80),
        entity_type: str | None = Query(None, max_length=60),
        entity_id: str | None = Query(None, max_length=120),
        request_id: str | None = Query(None, max_length=64),
        since: datetime | None = None,
        until: datetime | None = None,
        params: PageParams = Depends(page_params),
        principal: Principal = Depends(require("audit:read")),
        session: AsyncSession = Depends(get_session),
    ) -> dict[str, Any]:
        m = kernel.AuditLog
        stmt = select(m).order_by(m.id.desc())
        for col, value in (
            (m.actor_id, actor_id),
            (m.action, action),
            (m.entity_type, entity_type),
            (m.entity_id, entity_id),
            (m.request_id, request_id),
        ):
            if value is not None:
                stmt = stmt.where(col == value)
        if since is not None:
            stmt = stmt.where(m.at >= since)
        if until is not None:
            stmt = stmt.where(m.at < until)
        if principal.scope != "all":
            if agency_model is not None:
                stmt = stmt.where(principal.scope_condition(m.agency_id, agency_model))
            else:
                stmt = stmt.where(m.agency_id == principal.agency_id)
        return await paginate(session, stmt, params)

    return router


# --- app factory -----------------------------------------------------------------------------------------

StartupHook = Callable[[FastAPI], Awaitable[None]]


def create_service_app(
    *,
    settings: ServiceSettings,
    kernel: ServiceKernel,
    title: str,
    description: str,
    routers: Sequence[APIRouter],
    consumers: dict[str, dict[str, Handler]] | None = None,
    on_startup: Sequence[StartupHook] = (),
    on_shutdown: Sequence[StartupHook] = (),
    readiness_checks: Sequence[Callable[[FastAPI], Awaitable[dict[str, Any]]]] = (),
    api_prefix: str | None = None,
    root_routers: Sequence[APIRouter] = (),
    trust_request_id: bool = True,
    inner_middlewares: Sequence[tuple[type, dict[str, Any]]] = (),
    agency_model: type | None = None,
    batched_streams: Sequence[str] = (),
) -> FastAPI:
    """Build a service app: logging, problem errors, request ids, token verification, database, NATS,
    outbox relay and consumers, ``/healthz`` and ``/readyz``.

    ``consumers`` maps a stream name (e.g. ``CATALOG``) to event-type handlers; the durable consumer is named
    ``<service>-<stream>``. ``agency_model`` is the service's agency table (master or replica), used to scope
    the audit log to the caller's agencies. The consumers of ``batched_streams`` handle each fetched batch in one
    transaction (see :class:`kernel.events.Consumer`), for read models that ingest many events.
    """
    configure_logging(settings.service_name, settings.log_level)
    base = api_prefix or f"/api/v1/{settings.service_name}"

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = Database.connect(settings.resolved_database_url(), pool_size=settings.db_pool_size)
        app.state.db = db
        broker = Broker(settings.nats_url, name=settings.service_name, stream_replicas=settings.nats_stream_replicas)
        app.state.broker = broker
        tasks: list[asyncio.Task[Any]] = []
        app.state.consumers = []
        if settings.events_enabled:
            tasks.append(asyncio.create_task(broker.connect(), name="nats-connect"))
            relay = OutboxRelay(sessionmaker=db.sessionmaker, model=kernel.Outbox, broker=broker, source=kernel.source)
            kernel.relay = relay
            app.state.relay = relay
            tasks.append(asyncio.create_task(relay.run(), name="outbox-relay"))
            for stream, handlers in (consumers or {}).items():
                consumer = Consumer(
                    name=f"{settings.service_name}-{stream.lower()}",
                    stream=stream,
                    handlers=handlers,
                    sessionmaker=db.sessionmaker,
                    inbox_model=kernel.Inbox,
                    broker=broker,
                    batch_transaction=stream in batched_streams,
                    batch=500 if stream in batched_streams else 100,
                )
                app.state.consumers.append(consumer)
                tasks.append(asyncio.create_task(consumer.run(), name=f"consumer-{consumer.name}"))
        for hook in on_startup:
            await hook(app)
        try:
            yield
        finally:
            for hook in on_shutdown:
                await hook(app)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            kernel.relay = None
            await broker.close()
            await db.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version="1.0.0",
        openapi_url=f"{base}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry={"tracing": settings.telemetry, "metrics": settings.telemetry, "logs": settings.telemetry},
    )
    app.state.settings = settings
    app.state.kernel = kernel
    app.state.verifier = TokenVerifier(
        JWKSCache(settings.jwks_url), issuer=settings.jwt_issuer, audience=settings.jwt_audience
    )
    install_problem_handlers(app)
    # listed outermost first; each runs inside the request context (request id, client address)
    for middleware, options in reversed(inner_middlewares):
        app.add_middleware(middleware, **options)
    app.add_middleware(
        RequestContextMiddleware, trusted_proxies=settings.trusted_proxies, trust_request_id=trust_request_id
    )

    for router in routers:
        app.include_router(router, prefix=base)
    app.include_router(audit_router(kernel, "", agency_model), prefix=base)
    app.include_router(health_router(readiness_checks))
    for router in root_routers:
        app.include_router(router)
    return app


def health_router(extra_checks: Sequence[Callable[[FastAPI], Awaitable[dict[str, Any]]]] = ()) -> APIRouter:
    router = APIRouter(tags=["health"], route_class=AccessRoute)

    @router.get("/healthz", summary="存活检查", include_in_schema=False, dependencies=[Depends(anyone())])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get("/readyz", summary="就绪检查：数据库与消息服务可用", include_in_schema=False,
                dependencies=[Depends(anyone())])
    async def readyz(request: Request) -> JSONResponse:
        app = request.app
        checks: dict[str, Any] = {}
        try:
            async with app.state.db.engine.connect() as conn:
                await asyncio.wait_for(conn.execute(text("SELECT 1")), timeout=2)
            checks["database"] = {"ok": True}
        except Exception as exc:  # noqa: BLE001
            checks["database"] = {"ok": False, "error": type(exc).__name__}
        settings: ServiceSettings = app.state.settings
        if settings.events_enabled:
            checks["nats"] = {"ok": app.state.broker.ready}
            relay = getattr(app.state, "relay", None)
            if relay is not None:
                checks["outbox_relay"] = {"ok": relay.last_error is None, "published": relay.published_total,
                                          "error": relay.last_error}
            for consumer in app.state.consumers:
                pending = await consumer.pending() if app.state.broker.ready else None
                checks[f"consumer:{consumer.name}"] = {
                    "ok": consumer.last_error is None,
                    "processed": consumer.processed_total,
                    "lag": pending,
                    "error": consumer.last_error,
                }
        own_ready = all(c.get("ok", True) for c in checks.values())
        # extra checks (the gateway's view of each service) are reported, and make the status "degraded",
        # but do not take this instance out of rotation: it can still serve what does not need them
        for check in extra_checks:
            checks.update(await check(app))
        everything = all(c.get("ok", True) for c in checks.values())
        status = "ready" if everything else "degraded" if own_ready else "not_ready"
        return JSONResponse(
            {"status": status, "service": settings.service_name, "checks": checks},
            status_code=200 if own_ready else 503,
        )

    return router
