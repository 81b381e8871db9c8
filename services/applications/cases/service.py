"""Case behaviour: the history, the clock, the process status, events and audit.

Every change goes through :func:`locked_case` (row lock + the caller's ``version``: two staff acting on one case at
once cannot overwrite each other) and :func:`record` (the step is checked against the history by the clock, then
the due date is recomputed from the whole history). Dates are the days things actually happened.
"""
from __future__ import annotations

import difflib
import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem, not_found, register_entities, register_messages
from kernel.jsonutil import to_jsonable
from kernel.workdays import WorkCalendar
from services.applications.calendar.models import calendar_cache
from services.applications.cases.models import Case, CaseEvent
from services.applications.clock import ClockError, ClockEvent, ClockResult, check_new_event, compute
from services.applications.db import kernel
from services.applications.dictionaries import CLOSED_STATUSES, CaseStatus
from services.applications.reference.models import Agency

register_entities({"case": ("申请案件", "case"), "application": ("申请", "application")})
register_messages(
    {
        "case_state": {
            "zh": ("当前状态不允许此操作", "案件当前状态为“{status}”：{reason}"),
            "en": ("Not allowed in this state", "The case is '{status}': {reason}"),
        },
        "clock_rule": {
            "zh": ("日期或顺序不符合规定", "{reason}"),
            "en": ("Date or order not allowed", "{reason}"),
        },
        "four_eyes": {
            "zh": ("不能审核自己起草的答复", "答复须由起草人以外的人员审核签发。"),
            "en": ("Four-eyes rule", "A reply must be approved by someone other than its drafter."),
        },
    }
)

SYSTEM = "system"


# --- loading ---------------------------------------------------------------------------------------------------


async def agency_path(session: AsyncSession, agency_id: int) -> str | None:
    """The agency's path in the replica (remembered for the session: a batch over many cases asks once per agency)."""
    known: dict[int, str | None] = session.info.setdefault("agency_paths", {})
    if agency_id not in known:
        known[agency_id] = (await session.execute(select(Agency.path).where(Agency.id == agency_id))).scalar_one_or_none()
    return known[agency_id]


async def get_case(session: AsyncSession, case_id: uuid.UUID, principal: Principal | None, *, write: bool = False,
                   for_update: bool = False) -> Case:
    """One case in the caller's scope: reads out of scope look like 404, writes are 403."""
    stmt = select(Case).where(Case.id == case_id)
    if for_update:
        stmt = stmt.with_for_update()
    case = (await session.execute(stmt)).scalar_one_or_none()
    if case is None:
        raise not_found("case")
    if principal is not None:
        if not principal.can_access(case.agency_id, await agency_path(session, case.agency_id)):
            if write:
                raise Problem(403, "out_of_scope")
            raise not_found("case")
    return case


async def locked_case(session: AsyncSession, case_id: uuid.UUID, principal: Principal | None, version: int) -> Case:
    """The case, locked for this transaction, provided the caller saw its current version."""
    case = await get_case(session, case_id, principal, write=True, for_update=True)
    if case.version != version:
        raise Problem(409, "version_conflict", params={"current": case.version})
    return case


async def history(session: AsyncSession, case_id: uuid.UUID) -> list[CaseEvent]:
    return list((await session.execute(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
    )).scalars().all())


def clock_events(events: list[CaseEvent]) -> list[ClockEvent]:
    out = []
    for e in events:
        if not e.clock:
            continue
        c = e.clock
        out.append(ClockEvent(
            c["kind"], e.occurred_on, days=c.get("days"),
            until=date.fromisoformat(c["until"]) if c.get("until") else None, pause=c.get("pause"), ref=c.get("ref"),
        ))
    return out


def state_problem(case: Case, reason_zh: str, reason_en: str) -> Problem:
    status = CaseStatus(case.status)
    return Problem(409, "case_state", params={"status": status.label_zh, "status_en": status.label_en,
                                              "reason": reason_zh, "reason_en": reason_en})


# --- the clock -------------------------------------------------------------------------------------------------


async def calendar(session: AsyncSession) -> WorkCalendar:
    return await calendar_cache.get(session)


def apply_clock(case: Case, result: ClockResult) -> bool:
    """Copy the clock's figures onto the case; returns whether anything changed."""
    values = {
        "due_on": result.due_on,
        "due_provisional": result.provisional,
        "on_time": result.on_time,
        "working_days_taken": result.working_days_taken,
    }
    changed = False
    for key, value in values.items():
        if getattr(case, key) != value:
            setattr(case, key, value)
            changed = True
    return changed


async def clock_of(session: AsyncSession, case: Case, events: list[CaseEvent] | None = None,
                   cal: WorkCalendar | None = None) -> ClockResult:
    events = events if events is not None else await history(session, case.id)
    return compute(clock_events(events), cal or await calendar(session))


async def record(
    session: AsyncSession,
    case: Case,
    *,
    kind: str,
    on: date,
    today: date,
    actor: Principal | None,
    clock: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
    public: bool = True,
    offline: bool = False,
) -> tuple[CaseEvent, ClockResult]:
    """Append one step to the history (checked against it when it moves the clock) and recompute the clock."""
    events = await history(session, case.id)
    cal = await calendar(session)
    if clock is not None:
        new = ClockEvent(clock["kind"], on, days=clock.get("days"),
                         until=date.fromisoformat(clock["until"]) if clock.get("until") else None,
                         pause=clock.get("pause"), ref=clock.get("ref"))
        try:
            check_new_event(clock_events(events), new, cal, today)
        except ClockError as exc:
            raise Problem(422, "clock_rule", params={"reason": exc.zh, "reason_en": exc.en},
                          errors=[{"field": "date", "code": exc.code, "message": exc.zh, "message_en": exc.en}]) from exc
    else:
        if on > today:
            raise Problem(422, "clock_rule", params={"reason": f"日期 {on} 晚于今天。", "reason_en": f"{on} is in the future."},
                          errors=[{"field": "date", "code": "date_in_future", "message": "日期不能晚于今天",
                                   "message_en": "The date cannot be in the future"}])
        if case.received_on is not None and on < case.received_on:
            raise Problem(422, "clock_rule", params={"reason": f"日期 {on} 早于收到申请之日 {case.received_on}。",
                                                     "reason_en": f"{on} is before the date of receipt {case.received_on}."},
                          errors=[{"field": "date", "code": "before_receipt", "message": "日期早于收到申请之日",
                                   "message_en": "The date is before receipt"}])
    step = CaseEvent(
        case_id=case.id, kind=kind, occurred_on=on, actor_id=actor.sub if actor else SYSTEM,
        actor_name=(actor.name or actor.username) if actor else "系统", public=public, offline=offline,
        clock={k: v for k, v in clock.items() if v is not None} if clock else None, data=to_jsonable(data or {}),
    )
    session.add(step)
    await session.flush()
    events.append(step)
    result = compute(clock_events(events), cal)
    apply_clock(case, result)
    return step, result


# --- snapshots, events, audit ----------------------------------------------------------------------------------


async def snapshot(session: AsyncSession, case: Case) -> dict[str, Any]:
    """The case as docs/events.md describes it: no personal data."""
    return {
        "case_id": case.id,
        "version": case.version,
        "agency_id": case.agency_id,
        "agency_path": await agency_path(session, case.agency_id),
        "applicant_type": case.applicant_type,
        "channel": case.channel,
        "received_on": case.received_on,
        "due_on": case.due_on,
        "due_provisional": case.due_provisional,
        "status": case.status,
        "closed_on": case.closed_on,
        "outcome": case.outcome,
        "on_time": case.on_time,
        "working_days_taken": case.working_days_taken,
        "fee_yuan": f"{case.fee_yuan:.2f}" if case.fee_yuan else "0",
    }


async def publish(session: AsyncSession, case: Case, event: str = "updated") -> None:
    """Emit ``applications.case.<event>`` for a case that has been received (earlier it does not count)."""
    if case.received_on is None:
        return
    kernel.emit(session, f"applications.case.{event}", case.id, await snapshot(session, case))


def bump(case: Case) -> None:
    case.version += 1


async def changed(session: AsyncSession, case: Case, *, action: str, before: dict[str, Any] | None,
                  actor: Principal | None, event: str = "updated", detail: dict[str, Any] | None = None) -> None:
    """After a change: new version, audit entry, event."""
    bump(case)
    after = audit_view(case)
    if detail:
        after["detail"] = detail
    kernel.audit(session, action=f"case.{action}", entity_type="case", entity_id=case.id, before=before, after=after,
                 agency_id=case.agency_id, actor=actor)
    await publish(session, case, event)


def audit_view(case: Case) -> dict[str, Any]:
    return {
        "number": case.number, "status": case.status, "outcome": case.outcome, "received_on": case.received_on,
        "due_on": case.due_on, "closed_on": case.closed_on, "assigned_to": case.assigned_to,
        "department": case.department, "version": case.version,
    }


# --- closing ---------------------------------------------------------------------------------------------------


async def close(session: AsyncSession, case: Case, *, outcome: str, status: str, on: date, today: date,
                actor: Principal | None, kind: str, data: dict[str, Any] | None = None) -> ClockResult:
    _, result = await record(session, case, kind=kind, on=on, today=today, actor=actor,
                             clock={"kind": "closed"}, data=data)
    case.status = status
    case.outcome = outcome
    case.closed_on = on
    return result


# --- repeat applications ---------------------------------------------------------------------------------------


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


async def possible_repeats(session: AsyncSession, case: Case, *, threshold: float = 0.6) -> list[dict[str, Any]]:
    """Earlier cases of the same applicant (blind index of the identity number) asking for similar information.
    A hint for the handler (Art. 36 (六): repeated applications), never a decision."""
    rows = (await session.execute(
        select(Case).where(Case.applicant_key == case.applicant_key, Case.id != case.id,
                           Case.application_id != case.application_id)
        .order_by(Case.created_at.desc()).limit(50)
    )).scalars().all()
    text = f"{case.title} {case.description}"
    out = []
    for other in rows:
        score = similarity(text, f"{other.title} {other.description}")
        if score >= threshold:
            out.append({"case_id": other.id, "number": other.number, "title": other.title, "status": other.status,
                        "outcome": other.outcome, "agency_id": other.agency_id, "received_on": other.received_on,
                        "closed_on": other.closed_on, "similarity": round(score, 2)})
    return sorted(out, key=lambda r: -r["similarity"])[:5]


# --- the calendar changed --------------------------------------------------------------------------------------


async def recompute_open_cases(session: AsyncSession, cal: WorkCalendar) -> int:
    """Recompute the due date of every open case (after the calendar changed); returns how many moved."""
    cases = (await session.execute(
        select(Case).where(Case.closed_on.is_(None), Case.received_on.is_not(None)).with_for_update()
    )).scalars().all()
    if not cases:
        return 0
    ids = [c.id for c in cases]
    events: dict[uuid.UUID, list[CaseEvent]] = {i: [] for i in ids}
    for e in (await session.execute(
        select(CaseEvent).where(CaseEvent.case_id.in_(ids)).order_by(CaseEvent.id)
    )).scalars():
        events[e.case_id].append(e)
    moved = 0
    for case in cases:
        before = audit_view(case)
        if apply_clock(case, compute(clock_events(events[case.id]), cal)):
            moved += 1
            await changed(session, case, action="due_recomputed", before=before, actor=None,
                          detail={"reason": "calendar_changed"})
    return moved


def is_closed(case: Case) -> bool:
    return case.status in CLOSED_STATUSES
