"""Local replicas of reference data owned by another service, fed by its events.

* Agencies are owned by catalog (``catalog.agency.*``); applications, statistics and the gateway keep a replica
  so they can scope queries, validate agency ids and show names without a call.
* The working-day calendar is owned by applications (``applications.calendar.*``); catalog and statistics keep a
  replica for timeliness and working-day figures. The owner uses the same tables as its master copy.

Replicas apply an event only if it is newer (``version``) than what they hold, so replays and redeliveries are
harmless.
"""
from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Index, Integer, String, delete, false, func, select
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from kernel.events import Event
from kernel.workdays import WorkCalendar

# --- agencies ----------------------------------------------------------------------------------------------

AGENCY_EVENT_TYPES = (
    "catalog.agency.created",
    "catalog.agency.updated",
    "catalog.agency.moved",
    "catalog.agency.deactivated",
    "catalog.agency.reactivated",
)


class AgencyReplicaMixin:
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    parent_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    path: Mapped[str] = mapped_column(String(400), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    short_name: Mapped[str | None] = mapped_column(String(60))
    code: Mapped[str] = mapped_column(String(18), nullable=False)
    level: Mapped[str] = mapped_column(String(20), nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    accepts_requests: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    replicated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (Index(f"ix_{cls.__tablename__}_path_prefix", "path", postgresql_ops={"path": "text_pattern_ops"}),)


_AGENCY_COLUMNS = ("parent_id", "path", "name", "short_name", "code", "level", "is_active", "accepts_requests", "sort_order")
_AGENCY_DETAILS = ("kind", "address", "postal_code", "office_hours", "phone", "fax", "email", "website", "guide_text")


def agency_replica_values(data: dict[str, Any]) -> dict[str, Any]:
    values = {k: data.get(k) for k in _AGENCY_COLUMNS}
    values["id"] = int(data["id"])
    values["version"] = int(data["version"])
    values["details"] = {k: data.get(k) for k in _AGENCY_DETAILS if data.get(k) is not None}
    values["sort_order"] = values["sort_order"] or 0
    values["accepts_requests"] = bool(values["accepts_requests"]) if values["accepts_requests"] is not None else True
    return values


async def apply_agency(session: AsyncSession, model: type, data: dict[str, Any]) -> None:
    """Upsert one agency snapshot unless the replica already holds the same or a newer version."""
    values = agency_replica_values(data)
    stmt = insert(model).values(**values)
    update_cols = {k: stmt.excluded[k] for k in values if k != "id"}
    update_cols["replicated_at"] = func.now()
    stmt = stmt.on_conflict_do_update(
        index_elements=[model.id], set_=update_cols, where=model.version < stmt.excluded.version
    )
    await session.execute(stmt)


def agency_handlers(model: type) -> dict[str, Any]:
    async def on_agency(session: AsyncSession, event: Event) -> None:
        await apply_agency(session, model, event.data)

    return {"catalog.agency.*": on_agency}


# --- working-day calendar ----------------------------------------------------------------------------------

CALENDAR_EVENT = "applications.calendar.year_changed"


class CalendarYearMixin:
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    official: Mapped[bool] = mapped_column(Boolean, nullable=False)
    source_notice: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class CalendarDayMixin:
    """Days that differ from the weekday rule: holidays on weekdays (is_workday false), swapped working
    weekends (is_workday true). Other days follow Monday–Friday."""

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean, nullable=False)
    name: Mapped[str | None] = mapped_column(String(60))


def calendar_year_payload(year: int, official: bool, source_notice: str | None, version: int,
                          days: list[tuple[date, bool, str | None]]) -> dict[str, Any]:
    return {
        "year": year,
        "official": official,
        "source_notice": source_notice,
        "version": version,
        "days": [{"date": d.isoformat(), "is_workday": w, "name": n} for d, w, n in days],
    }


async def replace_calendar_year(session: AsyncSession, year_model: type, day_model: type, payload: dict[str, Any]) -> bool:
    """Store one year's schedule unless a same-or-newer version is held; returns whether it was applied."""
    year = int(payload["year"])
    current = await session.get(year_model, year, with_for_update=True)
    if current is not None and current.version >= int(payload["version"]):
        return False
    await session.execute(
        delete(day_model).where(day_model.day >= date(year, 1, 1), day_model.day <= date(year, 12, 31))
    )
    rows = [
        {"day": date.fromisoformat(d["date"]), "is_workday": bool(d["is_workday"]), "name": d.get("name")}
        for d in payload["days"]
    ]
    if rows:
        await session.execute(insert(day_model), rows)
    values = {
        "official": bool(payload["official"]),
        "source_notice": payload.get("source_notice"),
        "version": int(payload["version"]),
    }
    stmt = insert(year_model).values(year=year, **values)
    stmt = stmt.on_conflict_do_update(index_elements=[year_model.year], set_={**values, "updated_at": func.now()})
    await session.execute(stmt)
    return True


def calendar_handlers(year_model: type, day_model: type, cache: "CalendarCache | None" = None) -> dict[str, Any]:
    async def on_year(session: AsyncSession, event: Event) -> None:
        if await replace_calendar_year(session, year_model, day_model, event.data) and cache is not None:
            cache.invalidate()

    return {CALENDAR_EVENT: on_year}


async def load_work_calendar(session: AsyncSession, year_model: type, day_model: type) -> WorkCalendar:
    years = (await session.execute(select(year_model.year).where(year_model.official.is_(True)))).scalars().all()
    days = (await session.execute(select(day_model.day, day_model.is_workday))).all()
    return WorkCalendar.build(((d, w) for d, w in days), years)


class CalendarCache:
    """The calendar held in memory; reloaded after a change here, or at most ``ttl`` seconds after a change
    made by another instance."""

    def __init__(self, year_model: type, day_model: type, ttl: float = 30.0) -> None:
        self.year_model = year_model
        self.day_model = day_model
        self.ttl = ttl
        self._calendar: WorkCalendar | None = None
        self._loaded = 0.0

    def invalidate(self) -> None:
        self._calendar = None

    async def get(self, session: AsyncSession) -> WorkCalendar:
        if self._calendar is None or time.monotonic() - self._loaded > self.ttl:
            self._calendar = await load_work_calendar(session, self.year_model, self.day_model)
            self._loaded = time.monotonic()
        return self._calendar


# --- read endpoint over an agency replica ------------------------------------------------------------------


def agency_replica_router(model: type, *, accepting_only: bool, scoped: bool, summary: str) -> Any:
    """``GET /agencies`` over a replica. ``accepting_only`` lists agencies that accept requests (public, for the
    application form); ``scoped`` restricts the list to the caller's data scope (staff only)."""
    from fastapi import Depends, Query
    from pydantic import BaseModel, ConfigDict

    from kernel.auth import Principal, authenticated, public
    from kernel.db import get_session
    from kernel.pagination import Page, PageParams, page_params, paginate
    from kernel.service import make_router

    class AgencyReplicaOut(BaseModel):
        model_config = ConfigDict(from_attributes=True)

        id: int
        parent_id: int | None
        path: str
        name: str
        short_name: str | None
        code: str
        level: str
        is_active: bool
        accepts_requests: bool
        details: dict[str, Any]

    router = make_router("/agencies", tags=["agencies"])
    access = authenticated("staff", "client") if scoped else public()

    @router.get("", response_model=Page[AgencyReplicaOut], summary=summary)
    async def list_replica(
        q: str | None = Query(None, min_length=1, max_length=50, description="名称"),
        within: int | None = Query(None, ge=1, description="只列出该机关及其下级"),
        params: PageParams = Depends(page_params),
        principal: Principal | None = Depends(access),
        session: AsyncSession = Depends(get_session),
    ) -> dict[str, Any]:
        stmt = select(model).where(model.is_active.is_(True)).order_by(model.path)
        if accepting_only:
            stmt = stmt.where(model.accepts_requests.is_(True))
        if scoped and principal is not None:
            stmt = stmt.where(principal.scope_condition(model.id, model))
        if within is not None:
            root = await session.get(model, within)
            stmt = stmt.where(model.path.startswith(root.path, autoescape=True)) if root else stmt.where(false())
        if q:
            stmt = stmt.where(model.name.ilike(f"%{q}%") | model.short_name.ilike(f"%{q}%"))
        return await paginate(session, stmt, params)

    return router
