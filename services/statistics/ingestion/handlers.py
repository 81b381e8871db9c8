"""Consumers of catalog and applications events into the read models (see docs/events.md).

Each handler is one upsert that keeps the newer snapshot (``version``), so it may run any number of times and in
any order. Handlers first take the ingestion lock in shared mode: the rebuild command takes it exclusively while
it replays the streams, and live consumption waits meanwhile (its lag shows in /readyz).
"""
from __future__ import annotations

import logging
import zlib
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.events import Event
from kernel.replicas import agency_handlers, calendar_handlers
from services.statistics.ingestion.models import AppealFact, CaseFact, ConsultationFact, EntryFact
from services.statistics.reference.models import Agency, CalendarDay, CalendarYear, calendar_cache
from services.statistics.reports.layout import APPEAL_KINDS, APPLICANT_COLUMNS, OUTCOMES, AppealOutcome

log = logging.getLogger("statistics.ingestion")

INGESTION_LOCK = zlib.crc32(b"statistics:ingestion")
APPEAL_OUTCOMES = tuple(o.value for o in AppealOutcome)
CLOSED_STATUSES = {"closed", "withdrawn", "archived"}

Handler = Callable[[AsyncSession, Event], Awaitable[None]]


async def hold_ingestion_lock(session: AsyncSession) -> None:
    """Wait while a rebuild runs (it holds the lock exclusively); once per transaction."""
    if session.info.get("ingestion_lock") is session.get_transaction():
        return
    await session.execute(select(func.pg_advisory_xact_lock_shared(INGESTION_LOCK)))
    session.info["ingestion_lock"] = session.get_transaction()


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    return datetime.fromisoformat(str(value))


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal("0")
    except InvalidOperation:
        return Decimal("0")


def _newer(model: type, stmt: Any, columns: list[str]) -> dict[str, Any]:
    """SET clauses that take the incoming value only when the incoming snapshot is newer."""
    newer = stmt.excluded.version > model.__table__.c.version
    return {c: case((newer, stmt.excluded[c]), else_=model.__table__.c[c]) for c in columns}


# --- cases ---------------------------------------------------------------------------------------------------


def case_values(data: dict[str, Any]) -> dict[str, Any]:
    applicant_type = data.get("applicant_type")
    if applicant_type not in APPLICANT_COLUMNS:
        log.warning("case %s: unknown applicant_type %r counted as 'other'", data.get("case_id"), applicant_type)
        applicant_type = "other"
    closed_on = _date(data.get("closed_on"))
    outcome = data.get("outcome")
    if closed_on is not None and outcome not in OUTCOMES:
        log.warning("case %s: closed with unknown outcome %r, counted as 'other.other'", data.get("case_id"), outcome)
        outcome = "other.other"
    if closed_on is None:
        outcome = None
    version = int(data["version"])
    return {
        "case_id": str(data["case_id"]),
        "version": version,
        "agency_id": int(data["agency_id"]),
        "agency_path": data.get("agency_path"),
        "applicant_type": applicant_type,
        "channel": data.get("channel"),
        "received_on": _date(data.get("received_on")),
        "due_on": _date(data.get("due_on")),
        "due_provisional": bool(data.get("due_provisional")),
        "status": str(data.get("status") or ("closed" if closed_on else "received"))[:30],
        "closed_on": closed_on,
        "outcome": outcome,
        "on_time": data.get("on_time") if closed_on else None,
        "working_days_taken": data.get("working_days_taken") if closed_on else None,
        "fee_yuan": _decimal(data.get("fee_yuan")),
        "counted_closed_on": closed_on,
        "counted_outcome": outcome,
        "counted_version": version if closed_on else None,
    }


def _year(col: Any) -> Any:
    return func.date_part("year", col)


async def apply_case(session: AsyncSession, data: dict[str, Any]) -> None:
    values = case_values(data)
    stmt = insert(CaseFact).values(**values)
    t = CaseFact.__table__.c
    new_d, old_d = stmt.excluded.counted_closed_on, t.counted_closed_on
    new_v, old_v = stmt.excluded.counted_version, t.counted_version
    # the report's closing: the first closing, with the outcome of the latest closing in that same year
    earlier_year = _year(new_d) < _year(old_d)
    same_year = _year(new_d) == _year(old_d)
    take_new = (new_d.isnot(None)) & (old_d.is_(None) | earlier_year | (same_year & (new_v > old_v)))
    counted = {
        "counted_closed_on": case(
            (new_d.is_(None), old_d), (old_d.is_(None), new_d), (earlier_year, new_d),
            (same_year, func.least(new_d, old_d)), else_=old_d,
        ),
        "counted_outcome": case((take_new, stmt.excluded.counted_outcome), else_=t.counted_outcome),
        "counted_version": case((take_new, new_v), else_=old_v),
    }
    latest = [c for c in values if c not in ("case_id", "version") and not c.startswith("counted_")]
    stmt = stmt.on_conflict_do_update(
        index_elements=[CaseFact.case_id],
        set_={
            **_newer(CaseFact, stmt, latest),
            **counted,
            "version": func.greatest(t.version, stmt.excluded.version),
            "updated_at": func.now(),
        },
    )
    await session.execute(stmt)


# --- appeals, entries, consultations ------------------------------------------------------------------------


async def _upsert_snapshot(session: AsyncSession, model: type, key: str, values: dict[str, Any]) -> None:
    stmt = insert(model).values(**values)
    update = {c: stmt.excluded[c] for c in values if c != key}
    update["updated_at"] = func.now()
    stmt = stmt.on_conflict_do_update(
        index_elements=[getattr(model, key)], set_=update, where=model.__table__.c.version < stmt.excluded.version
    )
    await session.execute(stmt)


async def apply_appeal(session: AsyncSession, data: dict[str, Any]) -> None:
    kind = data.get("kind")
    if kind not in APPEAL_KINDS:
        log.warning("appeal %s: unknown kind %r ignored", data.get("appeal_id"), kind)
        return
    outcome = data.get("outcome") or "pending"
    decided_on = _date(data.get("decided_on"))
    if outcome not in APPEAL_OUTCOMES:
        log.warning("appeal %s: unknown outcome %r counted as 'other'", data.get("appeal_id"), outcome)
        outcome = "other"
    if outcome == "pending":
        decided_on = None
    await _upsert_snapshot(session, AppealFact, "appeal_id", {
        "appeal_id": str(data["appeal_id"]),
        "version": int(data["version"]),
        "case_id": str(data["case_id"]) if data.get("case_id") is not None else None,
        "agency_id": int(data["agency_id"]),
        "agency_path": data.get("agency_path"),
        "kind": kind,
        "filed_on": _date(data.get("filed_on")),
        "outcome": outcome,
        "decided_on": decided_on,
    })


async def apply_entry(session: AsyncSession, data: dict[str, Any]) -> None:
    timeliness = data.get("timeliness") or {}
    await _upsert_snapshot(session, EntryFact, "entry_id", {
        "entry_id": str(data["entry_id"]),
        "version": int(data["version"]),
        "agency_id": int(data["agency_id"]),
        "agency_path": data.get("agency_path"),
        "index_number": (data.get("index_number") or None),
        "title": str(data.get("title") or "")[:500],
        "document_number": data.get("document_number"),
        "genre": data.get("genre"),
        "theme": data.get("theme"),
        "disclosure_attribute": data.get("disclosure_attribute"),
        "regulation_kind": data.get("regulation_kind") if data.get("regulation_kind") in ("regulation", "normative") else None,
        "issued_on": _date(data.get("issued_on")),
        "abolished_on": _date(data.get("abolished_on")),
        "validity": data.get("validity"),
        "expires_on": _date(data.get("expires_on")),
        "written_on": _date(data.get("written_on")),
        "published_at": _datetime(data.get("published_at")),
        "revoked_at": _datetime(data.get("revoked_at")),
        "timeliness_days": timeliness.get("working_days"),
        "late": bool(timeliness.get("late")),
        "late_provisional": bool(timeliness.get("provisional")),
        "is_policy": bool(data.get("is_policy")),
        "interprets": [str(i) for i in (data.get("interprets") or [])],
    })


async def apply_consultation(session: AsyncSession, data: dict[str, Any]) -> None:
    stmt = insert(ConsultationFact).values(
        consultation_id=str(data["consultation_id"]),
        agency_id=int(data["agency_id"]),
        agency_path=data.get("agency_path"),
        channel=data.get("channel"),
        occurred_on=_date(data.get("occurred_on")),
        topic=(str(data["topic"])[:200] if data.get("topic") else None),
    ).on_conflict_do_nothing()
    await session.execute(stmt)


def _guard(inner: Handler) -> Handler:
    async def handler(session: AsyncSession, event: Event) -> None:
        await hold_ingestion_lock(session)
        await inner(session, event)

    return handler


def _on(apply: Callable[[AsyncSession, dict[str, Any]], Awaitable[None]]) -> Handler:
    async def handler(session: AsyncSession, event: Event) -> None:
        await apply(session, event.data)

    return _guard(handler)


def consumers() -> dict[str, dict[str, Handler]]:
    """The service's durable consumers: stream -> event pattern -> handler."""
    return {
        "CATALOG": {
            **{p: _guard(h) for p, h in agency_handlers(Agency).items()},
            "catalog.entry.*": _on(apply_entry),
        },
        "APPLICATIONS": {
            **{p: _guard(h) for p, h in calendar_handlers(CalendarYear, CalendarDay, calendar_cache).items()},
            "applications.case.*": _on(apply_case),
            "applications.appeal.*": _on(apply_appeal),
            "applications.consultation.recorded": _on(apply_consultation),
        },
    }


# every table the consumers fill: what a rebuild empties and fills again
READ_MODELS = (CaseFact, AppealFact, EntryFact, ConsultationFact, Agency, CalendarDay, CalendarYear)
