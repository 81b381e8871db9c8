"""What the applicant sees: status, due date with its explanation, the letters sent to them; and what the
applicant can do online: supplement, withdraw. Access is by number + query code, or by the account that applied.

Guessing query codes is slowed twice: each application number locks after a few wrong codes (in the database,
so across instances), and each source address may make only a limited number of failed attempts per window."""
from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.errors import Problem, not_found
from services.applications.cases.workflow import BY_NAME
from services.applications.cases.models import Case, CaseEvent
from services.applications.cases.service import clock_events
from services.applications.clock import compute
from services.applications.dictionaries import CaseEventKind, CaseStatus, Outcome
from services.applications.intake.models import Application
from services.applications.letters.models import Letter
from services.applications.reference.models import Agency

# the steps of a case's history the applicant sees, with their labels (dictionaries.CaseEventKind)
PUBLIC_KINDS = {kind: CaseEventKind(kind) for kind in (
    "received", "supplement_requested", "supplement_received", "extended", "reasons_requested", "reasons_received",
    "deferred", "fee_notified", "fee_paid", "fee_expired", "reply_dispatched", "reply_delivered", "withdrawn",
    "abandoned", "reopened",
)}


def public_fee(fee: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the applicant needs of a fee notice: how much, by when, and whether it is paid."""
    if not fee:
        return None
    return {k: fee.get(k) for k in ("method", "amount", "deadline", "paid_on")}


class FailureWindow:
    """At most ``limit`` failures per key in ``window`` seconds (per instance)."""

    def __init__(self, limit: int = 30, window: float = 600.0, max_keys: int = 50_000) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._hits: OrderedDict[str, list[float]] = OrderedDict()

    def blocked(self, key: str) -> int:
        """Seconds until the key may try again (0: allowed)."""
        now = time.monotonic()
        hits = [t for t in self._hits.get(key, []) if now - t < self.window]
        if hits:
            self._hits[key] = hits
        else:
            self._hits.pop(key, None)
        if len(hits) >= self.limit:
            return int(self.window - (now - hits[0])) + 1
        return 0

    def fail(self, key: str) -> None:
        self._hits.setdefault(key, []).append(time.monotonic())
        self._hits.move_to_end(key)
        while len(self._hits) > self.max_keys:
            self._hits.popitem(last=False)


async def application_view(session: AsyncSession, application: Application, cal: Any) -> dict[str, Any]:
    cases = list((await session.execute(
        select(Case).where(Case.application_id == application.id).order_by(Case.item_no)
    )).scalars().all())
    ids = [c.id for c in cases]
    events: dict[uuid.UUID, list[CaseEvent]] = {i: [] for i in ids}
    for e in (await session.execute(select(CaseEvent).where(CaseEvent.case_id.in_(ids)).order_by(CaseEvent.id))).scalars():
        events[e.case_id].append(e)
    sent: dict[uuid.UUID, list[Letter]] = {i: [] for i in ids}
    for letter in (await session.execute(
        select(Letter).where(Letter.case_id.in_(ids), Letter.public.is_(True)).order_by(Letter.created_at)
    )).scalars():
        sent[letter.case_id].append(letter)
    agency = await session.get(Agency, application.agency_id)
    out_cases = []
    for case in cases:
        clock = compute(clock_events(events[case.id]), cal)
        pending = next((e for e in reversed(events[case.id]) if e.kind == "supplement_requested"), None)
        out_cases.append({
            "id": case.id, "number": case.number, "title": case.title, "version": case.version,
            "status": case.status, "status_label": CaseStatus(case.status).label_zh,
            "outcome": case.outcome, "outcome_label": Outcome(case.outcome).label_zh if case.outcome else None,
            "received_on": case.received_on, "due_on": case.due_on, "due_provisional": case.due_provisional,
            "closed_on": case.closed_on,
            "clock": {"state": clock.state, "steps": clock.steps, "segments": clock.segments},
            "supplement": ({"items": pending.data.get("items"), "deadline": pending.data.get("deadline")}
                           if case.status == "supplement_requested" and pending else None),
            # the applicant's own two actions, from the same table as the staff's
            "can_supplement": case.status in BY_NAME["receive_supplement"].from_statuses,
            "can_withdraw": case.status in BY_NAME["withdraw"].from_statuses,
            "fee": public_fee(case.fee),
            "history": [{"on": e.occurred_on, "kind": e.kind, "label": PUBLIC_KINDS[e.kind].label_zh,
                         "label_en": PUBLIC_KINDS[e.kind].label_en}
                        for e in events[case.id] if e.public and e.kind in PUBLIC_KINDS],
            "letters": [{"id": lt.id, "kind": lt.kind, "title": lt.title, "issued_on": lt.issued_on,
                         "pdf_sha256": lt.pdf_sha256, "docx_sha256": lt.docx_sha256} for lt in sent[case.id]],
        })
    return {
        "number": application.number, "agency_id": application.agency_id, "agency_name": agency.name if agency else None,
        "channel": application.channel, "submitted_at": application.submitted_at, "cases": out_cases,
    }


async def case_of(session: AsyncSession, application: Application, case_id: uuid.UUID) -> Case:
    case = await session.get(Case, case_id)
    if case is None or case.application_id != application.id:
        raise not_found("case")
    return case


async def letter_of(session: AsyncSession, application: Application, letter_id: uuid.UUID) -> Letter:
    letter = await session.get(Letter, letter_id)
    if letter is None or not letter.public:
        raise not_found("letter")
    case = await session.get(Case, letter.case_id)
    if case is None or case.application_id != application.id:
        raise not_found("letter")
    return letter


async def own_application(session: AsyncSession, citizen_id: str, number: str) -> Application:
    application = (await session.execute(
        select(Application).where(Application.number == number, Application.citizen_id == citizen_id)
    )).scalar_one_or_none()
    if application is None:
        raise not_found("application")
    return application


def too_many(seconds: int) -> Problem:
    minutes = max(1, seconds // 60)
    return Problem(429, "query_locked", params={"minutes": minutes}, headers={"Retry-After": str(seconds)})
