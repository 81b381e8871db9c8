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

from sqlalchemy import Boolean, Date, DateTime, Numeric, bindparam, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.events import Event, before_commit
from kernel.replicas import agency_handlers, calendar_handlers
from services.statistics.ingestion.models import (
    AppealFact, CaseFact, ColumnFact, ConsultationFact, EntryFact, StandardItemFact,
)
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


def _int(value: Any) -> int | None:
    return int(value) if value not in (None, "") else None


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal("0")
    except InvalidOperation:
        return Decimal("0")


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


_CASE_LATEST = ("agency_id", "agency_path", "applicant_type", "channel", "received_on", "due_on", "due_provisional",
                "status", "closed_on", "outcome", "on_time", "working_days_taken", "fee_yuan")
_CASE_COLUMNS = ("case_id", "version", *_CASE_LATEST, "counted_closed_on", "counted_outcome", "counted_version")
# One statement, written once: built with the ORM's expression language per event it cost ~15 ms of Python for
# each event (statement construction and cache keys), which capped ingestion near 100 events/s.
_NEW_YEAR = "date_part('year', excluded.counted_closed_on)"
_OLD_YEAR = "date_part('year', case_facts.counted_closed_on)"
_TAKE_NEW = (
    "excluded.counted_closed_on IS NOT NULL AND (case_facts.counted_closed_on IS NULL"
    f" OR {_NEW_YEAR} < {_OLD_YEAR}"
    f" OR ({_NEW_YEAR} = {_OLD_YEAR} AND excluded.counted_version > case_facts.counted_version))"
)
CASE_UPSERT = text(
    f"INSERT INTO case_facts ({', '.join(_CASE_COLUMNS)}, updated_at) "
    f"VALUES ({', '.join(':' + c for c in _CASE_COLUMNS)}, now()) "
    "ON CONFLICT (case_id) DO UPDATE SET "
    + ", ".join(f"{c} = CASE WHEN excluded.version > case_facts.version THEN excluded.{c} ELSE case_facts.{c} END"
                for c in _CASE_LATEST)
    # the report's closing: the first closing, with the outcome of the latest closing in that same year
    + ", counted_closed_on = CASE WHEN excluded.counted_closed_on IS NULL THEN case_facts.counted_closed_on"
    "  WHEN case_facts.counted_closed_on IS NULL THEN excluded.counted_closed_on"
    f"  WHEN {_NEW_YEAR} < {_OLD_YEAR} THEN excluded.counted_closed_on"
    f"  WHEN {_NEW_YEAR} = {_OLD_YEAR} THEN least(excluded.counted_closed_on, case_facts.counted_closed_on)"
    "  ELSE case_facts.counted_closed_on END"
    f", counted_outcome = CASE WHEN {_TAKE_NEW} THEN excluded.counted_outcome ELSE case_facts.counted_outcome END"
    f", counted_version = CASE WHEN {_TAKE_NEW} THEN excluded.counted_version ELSE case_facts.counted_version END"
    ", version = greatest(case_facts.version, excluded.version), updated_at = now()"
).bindparams(
    bindparam("received_on", type_=Date), bindparam("due_on", type_=Date), bindparam("closed_on", type_=Date),
    bindparam("counted_closed_on", type_=Date), bindparam("fee_yuan", type_=Numeric(14, 2)),
)


async def apply_case(session: AsyncSession, data: dict[str, Any]) -> None:
    queue_write(session, CASE_UPSERT, case_values(data))


# --- appeals, entries, consultations ------------------------------------------------------------------------


def snapshot_upsert(model: type, key: str) -> Any:
    """``INSERT … ON CONFLICT DO UPDATE … WHERE newer`` for a snapshot table, written once (see CASE_UPSERT)."""
    table = model.__table__
    columns = [c.name for c in table.columns if c.name != "updated_at"]
    return text(
        f"INSERT INTO {table.name} ({', '.join(columns)}, updated_at) VALUES ({', '.join(':' + c for c in columns)}, now()) "
        f"ON CONFLICT ({key}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        + f", updated_at = now() WHERE {table.name}.version < excluded.version"
    )


APPEAL_UPSERT = snapshot_upsert(AppealFact, "appeal_id")
ENTRY_UPSERT = snapshot_upsert(EntryFact, "entry_id")


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
    queue_write(session, APPEAL_UPSERT, {
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
    queue_write(session, ENTRY_UPSERT, {
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
        "column_id": _int(data.get("column_id")),
        "standard_item_id": _int(data.get("standard_item_id")),
    })


# --- the catalog's columns and standard directory -----------------------------------------------------------
#
# Snapshots as the others, with three things of their own: ``created_at`` is the earliest creation time seen
# (the event's time when a snapshot does not say), ``deactivated_at`` the time a column or item stopped being in
# use (kept while it stays inactive, cleared when it is reactivated), and the agency's path comes from the agency
# replica (the events do not carry it).

_DEACTIVATED_AT = ("deactivated_at = CASE WHEN excluded.is_active THEN NULL"
                   " WHEN {table}.is_active THEN excluded.deactivated_at"
                   " ELSE coalesce({table}.deactivated_at, excluded.deactivated_at) END")


def _catalog_upsert(model: type, key: str, latest: tuple[str, ...], *, own: tuple[str, ...] = (),
                    extra: str = "", returning: str = "") -> Any:
    """The upsert of a snapshot whose ``latest`` fields the newer version replaces; ``own`` fields are inserted
    as given and updated by ``extra``."""
    table = model.__tablename__
    columns = (key, "version", "agency_id", *latest, *own, "created_at", "deactivated_at")
    values = [f":{c}" for c in columns]
    return text(
        f"INSERT INTO {table} ({', '.join(columns)}, agency_path, updated_at) "
        f"VALUES ({', '.join(values)}, (SELECT path FROM agencies WHERE id = :agency_id), now()) "
        f"ON CONFLICT ({key}) DO UPDATE SET version = excluded.version, agency_id = excluded.agency_id, "
        + ", ".join(f"{c} = excluded.{c}" for c in latest)
        + f", agency_path = coalesce(excluded.agency_path, {table}.agency_path)"
        f", created_at = least({table}.created_at, excluded.created_at), "
        + _DEACTIVATED_AT.format(table=table) + extra
        + f", updated_at = now() WHERE {table}.version < excluded.version" + returning
    ).bindparams(
        bindparam("created_at", type_=DateTime(timezone=True)),
        bindparam("deactivated_at", type_=DateTime(timezone=True)),
        bindparam("is_active", type_=Boolean),
    )


_COLUMN_UPSERT = {
    "model": ColumnFact, "key": "column_id", "latest": ("parent_id", "name", "purpose", "is_active"),
    "own": ("merged_into",),
    # the column a merged column went into, for as long as it stays inactive
    "extra": ", merged_into = CASE WHEN excluded.is_active THEN NULL"
             " ELSE coalesce(excluded.merged_into, column_facts.merged_into) END",
}
COLUMN_UPSERT = _catalog_upsert(**_COLUMN_UPSERT)
COLUMN_UPSERT_RETURNING = _catalog_upsert(**_COLUMN_UPSERT, returning=" RETURNING column_id")  # applied or not
# a merge moves the column's live entries into the target without new entry versions (docs/events.md)
COLUMN_ENTRIES_MOVED = text(
    "UPDATE entry_facts SET column_id = :target, updated_at = now()"
    " WHERE agency_id = :agency_id AND column_id = :source"
)
STANDARD_ITEM_UPSERT = _catalog_upsert(
    StandardItemFact, "item_id", ("parent_id", "area_code", "name", "time_limit_days", "method", "is_active"),
)


def _times(event: Event, data: dict[str, Any], is_active: bool) -> dict[str, Any]:
    changed = _datetime(data.get("changed_at")) or event.occurred_at
    return {"created_at": _datetime(data.get("created_at")) or changed,
            "deactivated_at": None if is_active else changed}


def column_values(event: Event) -> dict[str, Any]:
    data = event.data
    is_active = bool(data.get("is_active")) and not data.get("deleted")
    return {
        "column_id": int(data["id"]),
        "version": int(data["version"]),
        "agency_id": int(data["agency_id"]),
        "parent_id": _int(data.get("parent_id")),
        "name": str(data.get("name") or "")[:200],
        "purpose": data.get("purpose") or None,
        "is_active": is_active,
        "merged_into": None if is_active else _int(data.get("merged_into")),
        **_times(event, data, is_active),
    }


async def apply_column(session: AsyncSession, event: Event) -> None:
    values = column_values(event)
    if event.type != "catalog.column.merged" or values["merged_into"] is None:
        queue_write(session, COLUMN_UPSERT, values)
        return
    # the entries this batch has queued so far are written first, so that the merge moves them too; a merge
    # arriving after a newer snapshot of the column (redelivered late) moves nothing: the column may be in use again
    await write_queued(session)
    if (await session.execute(COLUMN_UPSERT_RETURNING, values)).first() is not None:
        await session.execute(COLUMN_ENTRIES_MOVED, {"target": values["merged_into"], "agency_id": values["agency_id"],
                                                     "source": values["column_id"]})


async def apply_standard_item(session: AsyncSession, event: Event) -> None:
    data = event.data
    is_active = bool(data.get("is_active")) and not data.get("deleted")
    queue_write(session, STANDARD_ITEM_UPSERT, {
        "item_id": int(data["id"]),
        "version": int(data["version"]),
        "agency_id": int(data["agency_id"]),
        "parent_id": _int(data.get("parent_id")),
        "area_code": data.get("area_code") or None,
        "name": str(data.get("name") or "")[:300],
        "time_limit_days": _int(data.get("time_limit_days")),
        "method": str(data.get("method") or "proactive")[:20],
        "is_active": is_active,
        **_times(event, data, is_active),
    })


CONSULTATION_INSERT = text(
    "INSERT INTO consultation_facts (consultation_id, agency_id, agency_path, channel, occurred_on, topic) "
    "VALUES (:consultation_id, :agency_id, :agency_path, :channel, :occurred_on, :topic) "
    "ON CONFLICT (consultation_id) DO NOTHING"
)


async def apply_consultation(session: AsyncSession, data: dict[str, Any]) -> None:
    queue_write(session, CONSULTATION_INSERT, {
        "consultation_id": str(data["consultation_id"]),
        "agency_id": int(data["agency_id"]),
        "agency_path": data.get("agency_path"),
        "channel": data.get("channel"),
        "occurred_on": _date(data.get("occurred_on")),
        "topic": str(data["topic"])[:200] if data.get("topic") else None,
    })


# --- writing -------------------------------------------------------------------------------------------------


def queue_write(session: AsyncSession, statement: Any, values: dict[str, Any]) -> None:
    """Queue one row for ``statement``; the queue is written before the consumer commits, one executemany per
    statement (one round trip for a batch of events instead of one per event). Rows keep their order, so two
    snapshots of one case in a batch are applied as one after the other would be."""
    queue = session.info.setdefault("statistics_writes", {})
    queue.setdefault(statement, []).append(values)
    before_commit(session, write_queued)


async def write_queued(session: AsyncSession) -> None:
    for statement, rows in session.info.pop("statistics_writes", {}).items():
        await session.execute(statement, rows)


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
            "catalog.column.*": _guard(apply_column),
            "catalog.standard_item.*": _guard(apply_standard_item),
        },
        "APPLICATIONS": {
            **{p: _guard(h) for p, h in calendar_handlers(CalendarYear, CalendarDay, calendar_cache).items()},
            "applications.case.*": _on(apply_case),
            "applications.appeal.*": _on(apply_appeal),
            "applications.consultation.recorded": _on(apply_consultation),
        },
    }


# every table the consumers fill: what a rebuild empties and fills again
READ_MODELS = (CaseFact, AppealFact, EntryFact, ColumnFact, StandardItemFact, ConsultationFact, Agency, CalendarDay,
               CalendarYear)
