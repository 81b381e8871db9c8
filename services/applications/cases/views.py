"""Shaping cases for staff: the detail view (with the clock's explanation) and the lists."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.crypto import FieldCipher
from services.applications.cases import workflow
from services.applications.cases.models import Case
from services.applications.cases.service import clock_of, history, possible_repeats
from services.applications.intake.models import Application, Attachment
from services.applications.intake.service import applicant_view, listed_name
from services.applications.letters.service import letters_of
from services.applications.reference.models import Agency

async def case_detail(session: AsyncSession, cipher: FieldCipher, case: Case, principal: Principal) -> dict[str, Any]:
    application = await session.get(Application, case.application_id)
    events = await history(session, case.id)
    clock = await clock_of(session, case, events)
    facts = await workflow.load_facts(session, case, events)
    attachments = (await session.execute(
        select(Attachment).where(Attachment.application_id == case.application_id,
                                 or_(Attachment.case_id.is_(None), Attachment.case_id == case.id))
        .order_by(Attachment.uploaded_at)
    )).scalars().all()
    return {
        **{c: getattr(case, c) for c in (
            "id", "number", "agency_id", "title", "applicant_type", "channel", "status", "outcome", "received_on",
            "due_on", "due_provisional", "closed_on", "assigned_name", "department", "version", "application_id",
            "item_no", "description", "document_number", "on_time", "working_days_taken", "assigned_to", "draft",
            "approval", "fee", "delivery", "archived_on")},
        "fee_yuan": f"{case.fee_yuan:.2f}",
        "applicant_name": application.applicant_name,
        "clock": clock.as_dict(),
        "applicant": applicant_view(cipher, application, masked=False),
        "application": {"id": application.id, "number": application.number, "channel": application.channel,
                        "post_kind": application.post_kind, "submitted_at": application.submitted_at,
                        "submitted_on": application.submitted_on, "info_form": application.info_form,
                        "delivery_method": application.delivery_method,
                        "has_account": application.citizen_id is not None},
        "events": events,
        "letters": await letters_of(session, [case.id]),
        "attachments": [{"id": a.id, "purpose": a.purpose, "filename": a.filename, "content_type": a.content_type,
                         "size": a.size, "sha256": a.sha256, "uploaded_at": a.uploaded_at} for a in attachments],
        "possible_repeats": await possible_repeats(session, case),
        "reopenable_appeals": [str(a) for a in facts.reopenable_appeals],
        "allowed_actions": workflow.allowed_actions(case, principal, facts),
    }


def list_query(
    principal: Principal,
    *,
    status: list[str] | None = None,
    outcome: str | None = None,
    agency_id: int | None = None,
    q: str | None = None,
    open_only: bool = False,
    due_before: date | None = None,
    overdue_on: date | None = None,
    assigned_to: str | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    application_id: uuid.UUID | None = None,
) -> Select[Any]:
    stmt = (select(Case, Application.applicant_name)
            .join(Application, Application.id == Case.application_id)
            .where(principal.scope_condition(Case.agency_id, Agency)))
    if status:
        stmt = stmt.where(Case.status.in_(status))
    if outcome:
        stmt = stmt.where(Case.outcome == outcome)
    if agency_id:
        stmt = stmt.where(Case.agency_id == agency_id)
    if q:
        like = f"%{q}%"
        stmt = stmt.where(or_(Case.number.ilike(like), Case.title.ilike(like), Case.description.ilike(like)))
    if open_only or due_before or overdue_on:
        stmt = stmt.where(Case.closed_on.is_(None))
    if due_before:
        stmt = stmt.where(Case.due_on <= due_before)
    if overdue_on:
        stmt = stmt.where(Case.due_on < overdue_on)
    if assigned_to:
        stmt = stmt.where(Case.assigned_to == assigned_to)
    if received_from:
        stmt = stmt.where(Case.received_on >= received_from)
    if received_to:
        stmt = stmt.where(Case.received_on <= received_to)
    if application_id:
        stmt = stmt.where(Case.application_id == application_id)
    order = (Case.due_on.asc().nulls_last(), Case.number) if (due_before or overdue_on) else (Case.created_at.desc(),)
    return stmt.order_by(*order)


def summary_row(case: Case, applicant_name: str) -> dict[str, Any]:
    return {
        **{c: getattr(case, c) for c in (
            "id", "number", "agency_id", "title", "applicant_type", "channel", "status", "outcome", "received_on",
            "due_on", "due_provisional", "closed_on", "assigned_name", "department", "version")},
        "applicant_name": listed_name(case.applicant_type, applicant_name),
    }


