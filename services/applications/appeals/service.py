"""Appeals against replies: administrative reconsideration and litigation (direct, or after reconsideration),
with their outcomes and dates — the data of report section 四."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, register_entities
from services.applications.appeals.models import Appeal
from services.applications.appeals.schemas import AppealIn, DecisionIn
from services.applications.cases.service import agency_path, get_case
from services.applications.db import kernel
from services.applications.reference.models import Agency

register_entities({"appeal": ("复议诉讼", "appeal")})
OUTCOMES = ("upheld", "corrected", "other", "pending")
KINDS = ("reconsideration", "litigation_direct", "litigation_after_reconsideration")


async def payload(session: AsyncSession, appeal: Appeal) -> dict[str, Any]:
    return {"appeal_id": appeal.id, "version": appeal.version, "case_id": appeal.case_id,
            "agency_id": appeal.agency_id, "agency_path": await agency_path(session, appeal.agency_id),
            "kind": appeal.kind, "filed_on": appeal.filed_on, "outcome": appeal.outcome,
            "decided_on": appeal.decided_on}


async def file(session: AsyncSession, *, principal: Principal, data: AppealIn, today: date) -> Appeal:
    case = await get_case(session, data.case_id, principal, write=True)
    if case.received_on is None:
        raise field_error("case_id", "申请尚未收到，不能登记复议诉讼。", "The application has not been received.")
    if data.filed_on > today or data.filed_on < case.received_on:
        raise field_error("filed_on", "日期应在收到申请之后、不晚于今天。", "Between receipt and today.")
    if data.follows_id is not None:
        first = await session.get(Appeal, data.follows_id)
        if first is None or first.case_id != case.id or first.kind != "reconsideration":
            raise field_error("follows_id", "所针对的行政复议不属于该案件。", "Not a reconsideration of this case.")
        if first.outcome == "pending" or first.decided_on is None:
            raise field_error("follows_id", "行政复议尚未审结，不能登记复议后起诉。", "The reconsideration is pending.")
        if data.filed_on < first.decided_on:
            raise field_error("filed_on", "起诉日期不能早于复议决定之日。", "Cannot be filed before the decision.")
    appeal = Appeal(id=uuid.uuid4(), case_id=case.id, agency_id=case.agency_id, kind=data.kind.value,
                    follows_id=data.follows_id, body=data.body, reference=data.reference, filed_on=data.filed_on,
                    summary=data.summary, outcome="pending", version=1)
    session.add(appeal)
    await session.flush()
    kernel.audit(session, action="appeal.filed", entity_type="appeal", entity_id=appeal.id, agency_id=case.agency_id,
                 after={"case": case.number, "kind": appeal.kind, "filed_on": appeal.filed_on})
    kernel.emit(session, "applications.appeal.filed", appeal.id, await payload(session, appeal))
    return appeal


async def get_appeal(session: AsyncSession, appeal_id: uuid.UUID, principal: Principal, *, write: bool = False,
                     for_update: bool = False) -> Appeal:
    appeal = await session.get(Appeal, appeal_id, with_for_update=for_update or None)
    if appeal is None:
        raise not_found("appeal")
    if not principal.can_access(appeal.agency_id, await agency_path(session, appeal.agency_id)):
        if write:
            raise Problem(403, "out_of_scope")
        raise not_found("appeal")
    return appeal


async def decide(session: AsyncSession, *, principal: Principal, appeal_id: uuid.UUID, data: DecisionIn,
                 today: date) -> Appeal:
    appeal = await get_appeal(session, appeal_id, principal, write=True, for_update=True)
    if appeal.version != data.version:
        raise Problem(409, "version_conflict", params={"current": appeal.version})
    if data.decided_on is not None and (data.decided_on < appeal.filed_on or data.decided_on > today):
        raise field_error("decided_on", "决定日期应在立案之后、不晚于今天。", "Between filing and today.")
    before = {"outcome": appeal.outcome, "decided_on": appeal.decided_on}
    appeal.outcome = data.outcome.value
    appeal.decided_on = data.decided_on
    if data.summary:
        appeal.summary = data.summary
    appeal.version += 1
    kernel.audit(session, action="appeal.decided", entity_type="appeal", entity_id=appeal.id, agency_id=appeal.agency_id,
                 before=before, after={"outcome": appeal.outcome, "decided_on": appeal.decided_on})
    kernel.emit(session, "applications.appeal.decided", appeal.id, await payload(session, appeal))
    return appeal


async def summary(session: AsyncSession, *, principal: Principal, year: int) -> dict[str, Any]:
    """Report section 四 for the caller's scope: appeals filed in ``year`` by kind and outcome (outcomes as of now)."""
    rows = (await session.execute(
        select(Appeal.kind, Appeal.outcome, func.count()).where(
            principal.scope_condition(Appeal.agency_id, Agency),
            Appeal.filed_on >= date(year, 1, 1), Appeal.filed_on <= date(year, 12, 31),
        ).group_by(Appeal.kind, Appeal.outcome)
    )).all()
    table = {k: {o: 0 for o in (*OUTCOMES, "total")} for k in KINDS}
    for kind, outcome, n in rows:
        table[kind][outcome] += n
        table[kind]["total"] += n
    return {"year": year, "rows": table}
