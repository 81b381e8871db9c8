"""Handling a case (Art. 45: registration → review → handling → reply → archiving), one function per action.

Each action locks the case, checks the caller's version and the state, records the step with the day it
happened (checked against the history), recomputes the clock, issues the letter the step requires, and writes
the audit entry and the event — all in the caller's transaction.
"""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found
from kernel.storage import FileStore
from services.applications.cases import schemas as s
from services.applications.cases import workflow
from services.applications.cases.models import Case, CaseEvent
from services.applications.cases.service import (
    audit_view, calendar, changed, close, get_case, history, record,
)
from services.applications.clock.clock import CONSULTATION_WORKING_DAYS
from services.applications.db import kernel
from services.applications.dictionaries import DRAFTABLE_OUTCOMES, FeeMethod
from services.applications.fees import service as fees
from services.applications.intake.models import Application, Attachment
from services.applications.letters import service as letters
from services.applications.letters.service import cn_date
from services.applications.notifications.service import notify_user

PARTY_KINDS = {"third_party": "第三方", "agency": "其他机关"}


def _actor_name(principal: Principal | None) -> str:
    return (principal.name or principal.username) if principal else "系统"


def _working_status(case: Case) -> str:
    return "handling" if (case.assigned_to or case.department) else "received"


async def _begin(session: AsyncSession, action: str, case_id: uuid.UUID, principal: Principal | None,
                 version: int) -> tuple[Case, dict[str, Any]]:
    """Lock the case and check that ``action`` may start from its status (the workflow table decides)."""
    case = await workflow.enter(session, action, case_id, principal, version)
    return case, audit_view(case)


# --- receipt and assignment ------------------------------------------------------------------------------------


async def receive(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                  data: s.ReceiveIn, today: date) -> Case:
    """Confirm an online or partner-platform application as received (Art. 31): the clock starts, a receipt goes out."""
    case, before = await _begin(session, "receive", case_id, principal, data.version)
    application = await session.get(Application, case.application_id)
    if data.received_on < application.submitted_on:
        raise field_error("received_on", "确认收到之日不能早于提交之日。", "Receipt cannot be before submission.")
    await start_clock(session, store, case, received_on=data.received_on, today=today, actor=principal)
    await changed(session, case, action="received", before=before, actor=principal, event="received")
    return case


async def start_clock(session: AsyncSession, store: FileStore, case: Case, *, received_on: date, today: date,
                      actor: Principal | None, offline: bool = False) -> None:
    await record(session, case, kind="received", on=received_on, today=today, actor=actor,
                 clock={"kind": "received"}, offline=offline)
    case.received_on = received_on
    case.status = "received"
    await session.flush()
    await letters.issue(session, store, case, "receipt", issued_on=received_on, actor=actor)


async def assign(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.AssignIn, today: date) -> Case:
    case, before = await _begin(session, "assign", case_id, principal, data.version)
    case.assigned_to = data.assignee_id
    case.assigned_name = data.assignee_name
    case.department = data.department
    if case.status == "received":
        case.status = "handling"
    await record(session, case, kind="assigned", on=today, today=today, actor=principal, public=False,
                 data={"assignee_name": data.assignee_name, "department": data.department})
    await changed(session, case, action="assigned", before=before, actor=principal)
    if data.assignee_id:
        await notify_user(session, case, user_id=data.assignee_id, kind="assigned",
                          message=f"您被指定承办申请 {case.number}（{case.title}）")
    return case


async def add_note(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.NoteIn, today: date) -> CaseEvent:
    case = await get_case(session, case_id, principal, write=True)
    step = CaseEvent(case_id=case.id, kind="note", occurred_on=today, actor_id=principal.sub,
                     actor_name=_actor_name(principal), public=False, data={"text": data.text})
    session.add(step)
    kernel.audit(session, action="case.note_added", entity_type="case", entity_id=case.id, after={"number": case.number},
                 agency_id=case.agency_id)
    return step


# --- supplement (Art. 30) ----------------------------------------------------------------------------------------


async def request_supplement(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                             data: s.SupplementRequestIn, today: date, offline: bool = True) -> Case:
    case, before = await _begin(session, "request_supplement", case_id, principal, data.version)
    await record(session, case, kind="supplement_requested", on=data.requested_on, today=today, actor=principal,
                 clock={"kind": "supplement_requested", "until": data.deadline.isoformat()},
                 data={"items": data.items, "deadline": data.deadline}, offline=offline)
    case.status = "supplement_requested"
    await letters.issue(session, store, case, "supplement_notice", issued_on=data.requested_on, actor=principal, extra={
        "supplement_items": "\n".join(f"{i}. {item}" for i, item in enumerate(data.items, 1)),
        "supplement_deadline": cn_date(data.deadline),
    })
    await changed(session, case, action="supplement_requested", before=before, actor=principal)
    return case


async def receive_supplement(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal | None,
                             data: s.SupplementIn, today: date, online: bool = False) -> Case:
    case, before = await _begin(session, "receive_supplement", case_id, principal, data.version)
    await link_attachments(session, case, data.attachment_ids, purpose="supplement")
    await record(session, case, kind="supplement_received", on=data.received_on, today=today, actor=principal,
                 clock={"kind": "supplement_received"},
                 data={"text": data.text, "attachments": [str(a) for a in data.attachment_ids], "online": online},
                 offline=not online)
    case.status = _working_status(case)
    await changed(session, case, action="supplement_received", before=before, actor=principal)
    return case


async def link_attachments(session: AsyncSession, case: Case, ids: list[uuid.UUID], *, purpose: str) -> list[Attachment]:
    if not ids:
        return []
    rows = (await session.execute(select(Attachment).where(Attachment.id.in_(ids)).with_for_update())).scalars().all()
    found = {a.id: a for a in rows}
    for i, attachment_id in enumerate(ids):
        a = found.get(attachment_id)
        if a is None or (a.application_id is not None and a.application_id != case.application_id) or a.case_id:
            raise field_error(f"attachment_ids.{i}", "附件不存在或已被使用。", "Unknown or already used attachment.")
        a.application_id = case.application_id
        a.case_id = case.id
        a.purpose = purpose
    return list(rows)


# --- extension (Art. 33) -----------------------------------------------------------------------------------------


async def extend(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                 data: s.ExtendIn, today: date) -> Case:
    """Only an approver (the head of the disclosure office) grants an extension; the applicant gets a notice."""
    case, before = await _begin(session, "extend", case_id, principal, data.version)
    await record(session, case, kind="extended", on=data.extended_on, today=today, actor=principal,
                 clock={"kind": "extended", "days": data.days},
                 data={"days": data.days, "reason": data.reason, "approved_by": _actor_name(principal)}, offline=True)
    await letters.issue(session, store, case, "extension_notice", issued_on=data.extended_on, actor=principal,
                        extra={"extension_reason": data.reason, "extension_days": data.days})
    await changed(session, case, action="extended", before=before, actor=principal)
    return case


# --- consultation (Art. 32, 34) ----------------------------------------------------------------------------------


async def start_consultation(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                             data: s.ConsultIn, today: date) -> Case:
    case, before = await _begin(session, "start_consultation", case_id, principal, data.version)
    cal = await calendar(session)
    deadline = cal.add_working_days(data.started_on, CONSULTATION_WORKING_DAYS).date
    ref = uuid.uuid4().hex[:8]
    await record(session, case, kind="consultation_started", on=data.started_on, today=today, actor=principal,
                 clock={"kind": "pause_started", "pause": data.party.value, "ref": ref, "until": deadline.isoformat()},
                 data={"ref": ref, "party": data.party.value, "party_name": data.party_name, "deadline": deadline,
                       "scope": data.scope}, public=False, offline=True)
    case.status = "consulting"
    extra = {"party_name": data.party_name, "consultation_deadline": cn_date(deadline), "consultation_scope": data.scope,
             "consultation_started_on": cn_date(data.started_on), "party_kind": PARTY_KINDS[data.party.value]}
    kind = "third_party_consultation" if data.party.value == "third_party" else "agency_consultation"
    await letters.issue(session, store, case, kind, issued_on=data.started_on, actor=principal, extra=extra)
    if data.notify_applicant:
        await letters.issue(session, store, case, "consultation_notice", issued_on=data.started_on, actor=principal,
                            extra=extra)
    await changed(session, case, action="consultation_started", before=before, actor=principal, detail={"ref": ref})
    return case


async def end_consultation(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal | None,
                           data: s.ConsultEndIn, today: date) -> Case:
    case, before = await _begin(session, "end_consultation", case_id, principal, data.version)
    started = await _consultation(session, case, data.ref)
    _, result = await record(session, case, kind="consultation_ended", on=data.ended_on, today=today, actor=principal,
                             clock={"kind": "pause_ended", "ref": data.ref},
                             data={"ref": data.ref, "answer": data.answer.value, "summary": data.summary,
                                   "party_name": started.data.get("party_name")}, public=False, offline=True)
    if result.open_pause() is None:
        case.status = _working_status(case)
    if data.disclose_in_public_interest:
        await letters.issue(session, store, case, "third_party_disclosure_notice", issued_on=data.ended_on,
                            actor=principal, extra={"party_name": started.data.get("party_name"),
                                                    "consultation_started_on": cn_date(started.occurred_on),
                                                    "disclosure_reason": data.disclosure_reason})
    await changed(session, case, action="consultation_ended", before=before, actor=principal, detail={"ref": data.ref})
    return case


async def _consultation(session: AsyncSession, case: Case, ref: str) -> CaseEvent:
    for e in await history(session, case.id):
        if e.kind == "consultation_started" and e.data.get("ref") == ref:
            return e
    raise field_error("ref", "没有该征求意见记录。", "No consultation with this reference.")


# --- excessive requests (Art. 35) --------------------------------------------------------------------------------


async def request_reasons(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                          data: s.ReasonsRequestIn, today: date) -> Case:
    case, before = await _begin(session, "request_reasons", case_id, principal, data.version)
    await record(session, case, kind="reasons_requested", on=data.requested_on, today=today, actor=principal,
                 clock={"kind": "pause_started", "pause": "reasons", "ref": "reasons", "until": data.deadline.isoformat()},
                 data={"deadline": data.deadline}, offline=True)
    case.status = "awaiting_reasons"
    await letters.issue(session, store, case, "reasons_request", issued_on=data.requested_on, actor=principal,
                        extra={"reasons_deadline": cn_date(data.deadline)})
    await changed(session, case, action="reasons_requested", before=before, actor=principal)
    return case


async def receive_reasons(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                          data: s.ReasonsIn, today: date) -> Case:
    case, before = await _begin(session, "receive_reasons", case_id, principal, data.version)
    if data.reply_by is not None and not data.reasonable:
        raise field_error("reply_by", "理由不合理的，应答复不予处理，不确定延迟答复日期。",
                          "Unreasonable: reply 'not handled' instead of deferring.")
    await record(session, case, kind="reasons_received", on=data.received_on, today=today, actor=principal,
                 clock={"kind": "pause_ended", "ref": "reasons"}, data={"reasonable": data.reasonable}, offline=True)
    case.status = _working_status(case)
    if data.reply_by is not None:
        await record(session, case, kind="deferred", on=data.received_on, today=today, actor=principal,
                     clock={"kind": "deferred", "until": data.reply_by.isoformat()}, data={"reply_by": data.reply_by},
                     offline=True)
        await letters.issue(session, store, case, "deferral_notice", issued_on=data.received_on, actor=principal)
    await changed(session, case, action="reasons_received", before=before, actor=principal)
    return case


async def expire_reasons(session: AsyncSession, case: Case, *, on: date, today: date) -> None:
    """The deadline job: no reasons by the deadline; the wait ends there and the handler decides (Art. 35)."""
    before = audit_view(case)
    await record(session, case, kind="reasons_expired", on=on, today=today, actor=None,
                 clock={"kind": "pause_ended", "ref": "reasons"})
    case.status = _working_status(case)
    await changed(session, case, action="reasons_expired", before=before, actor=None)


# --- fees (Art. 42) ----------------------------------------------------------------------------------------------


async def notify_fee(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                     data: s.FeeNoticeIn, today: date) -> Case:
    case, before = await _begin(session, "notify_fee", case_id, principal, data.version)
    siblings = (await session.execute(
        select(Case.fee).where(Case.application_id == case.application_id, Case.id != case.id, Case.fee.is_not(None))
    )).scalars().all()
    if any(f.get("method") != data.method.value for f in siblings):
        raise field_error("method", "同一申请只能选择一种计收方式。", "One fee method per application.")
    rank = await fees.monthly_rank(session, case)
    amount = fees.amount(data.method.value, rank=rank, pages=data.pages)
    if amount <= 0:
        raise Problem(409, "case_state", params={
            "status": "免费", "status_en": "free",
            "reason": f"按规定不收费：{fees.describe(data.method.value, rank=rank, pages=data.pages)}。",
            "reason_en": "No fee is due under the rules."})
    await record(session, case, kind="fee_notified", on=data.notified_on, today=today, actor=principal,
                 clock={"kind": "pause_started", "pause": "fee", "ref": "fee", "until": data.deadline.isoformat()},
                 data={"method": data.method.value, "amount": str(amount), "deadline": data.deadline}, offline=True)
    case.fee = {"method": data.method.value, "pages": data.pages, "rank": rank, "amount": str(amount),
                "notified_on": data.notified_on.isoformat(), "deadline": data.deadline.isoformat(), "paid_on": None}
    case.status = "awaiting_fee"
    await letters.issue(session, store, case, "fee_notice", issued_on=data.notified_on, actor=principal, extra={
        "fee_method": FeeMethod(data.method.value).label_zh,
        "fee_basis": fees.describe(data.method.value, rank=rank, pages=data.pages),
        "fee_amount": f"{amount:.2f}", "fee_deadline": cn_date(data.deadline),
    })
    await changed(session, case, action="fee_notified", before=before, actor=principal)
    return case


async def record_payment(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.FeePaidIn,
                         today: date) -> Case:
    case, before = await _begin(session, "record_payment", case_id, principal, data.version)
    deadline = date.fromisoformat(case.fee["deadline"])
    if data.paid_on > deadline:
        raise field_error("paid_on", f"缴费期限已于 {deadline} 届满。", f"The payment period ended on {deadline}.")
    await record(session, case, kind="fee_paid", on=data.paid_on, today=today, actor=principal,
                 clock={"kind": "pause_ended", "ref": "fee"}, data={"receipt_number": data.receipt_number}, offline=True)
    case.fee = {**case.fee, "paid_on": data.paid_on.isoformat(), "receipt_number": data.receipt_number}
    case.fee_yuan = Decimal(case.fee["amount"]).quantize(Decimal("0.01"))
    case.status = _working_status(case)
    await changed(session, case, action="fee_paid", before=before, actor=principal)
    return case


# --- reply: draft, approval, dispatch --------------------------------------------------------------------------


async def draft_reply(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.DraftIn,
                      today: date) -> Case:
    case, before = await _begin(session, "draft_reply", case_id, principal, data.version)
    outcome = data.outcome.value
    if outcome not in DRAFTABLE_OUTCOMES:
        raise field_error("outcome", "逾期不补正、逾期不缴费由系统按期限自动办结，不能起草。",
                          "Abandonment for want of a supplement or fee is recorded by the deadline job.")
    kinds = {e.kind for e in await history(session, case.id)}
    if outcome == "unavailable.unclear_after_supplement" and "supplement_received" not in kinds:
        raise field_error("outcome", "只有补正后仍不明确的申请才能适用此结果。", "Only after a supplement.")
    if outcome == "not_handled.excessive" and not kinds & {"reasons_received", "reasons_expired"}:
        raise field_error("outcome", "适用条例第三十五条前，应先要求申请人说明理由。", "Ask for reasons first (Art. 35).")
    case.draft = {"outcome": outcome, "details": data.details, "drafted_by": principal.sub,
                  "drafted_by_name": _actor_name(principal), "drafted_at": clock.now().isoformat()}
    case.approval = None
    case.status = "reviewing"
    await record(session, case, kind="reply_drafted", on=today, today=today, actor=principal, public=False,
                 data={"outcome": outcome})
    await changed(session, case, action="reply_drafted", before=before, actor=principal)
    return case


async def approve_reply(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.ApproveIn,
                        today: date) -> Case:
    case, before = await _begin(session, "approve_reply", case_id, principal, data.version)
    case.approval = {"approved_by": principal.sub, "approved_by_name": _actor_name(principal),
                     "approved_at": clock.now().isoformat(), "comment": data.comment}
    case.status = "approved"
    await record(session, case, kind="reply_approved", on=today, today=today, actor=principal, public=False,
                 data={"outcome": case.draft["outcome"], "comment": data.comment})
    await changed(session, case, action="reply_approved", before=before, actor=principal)
    return case


async def return_reply(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.ReturnIn,
                       today: date) -> Case:
    case, before = await _begin(session, "return_reply", case_id, principal, data.version)
    case.approval = None
    case.status = _working_status(case)
    await record(session, case, kind="reply_returned", on=today, today=today, actor=principal, public=False,
                 data={"comment": data.comment})
    await changed(session, case, action="reply_returned", before=before, actor=principal)
    return case


async def dispatch_reply(session: AsyncSession, store: FileStore, *, case_id: uuid.UUID, principal: Principal,
                         data: s.DispatchIn, today: date) -> Case:
    """Send the approved reply: the letter is rendered once and archived; the case closes with its outcome."""
    case, before = await _begin(session, "dispatch_reply", case_id, principal, data.version)
    outcome = case.draft["outcome"]
    await close(session, case, outcome=outcome, status="replied", on=data.dispatched_on, today=today, actor=principal,
                kind="reply_dispatched", data={"outcome": outcome, "method": data.method.value, "note": data.note})
    case.delivery = {"method": data.method.value, "dispatched_on": data.dispatched_on.isoformat(), "note": data.note,
                     "delivered_on": None}
    await letters.issue(session, store, case, "reply", issued_on=data.dispatched_on, actor=principal,
                        extra={"outcome": outcome, "details": case.draft["details"]})
    await changed(session, case, action="reply_dispatched", before=before, actor=principal, event="closed")
    return case


async def record_delivery(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.DeliveredIn,
                          today: date) -> Case:
    case, before = await _begin(session, "record_delivery", case_id, principal, data.version)
    if data.delivered_on < date.fromisoformat(case.delivery["dispatched_on"]):
        raise field_error("delivered_on", "送达日期不能早于发出日期。", "Delivery cannot precede dispatch.")
    if data.delivered_on > today:
        raise field_error("delivered_on", "日期不能晚于今天。", "The date cannot be in the future.")
    case.delivery = {**case.delivery, "delivered_on": data.delivered_on.isoformat(), "delivery_note": data.note}
    step = CaseEvent(case_id=case.id, kind="reply_delivered", occurred_on=data.delivered_on, actor_id=principal.sub,
                     actor_name=_actor_name(principal), offline=True, data={"note": data.note})
    session.add(step)
    await changed(session, case, action="reply_delivered", before=before, actor=principal)
    return case


async def archive(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.ArchiveIn,
                  today: date) -> Case:
    case, before = await _begin(session, "archive", case_id, principal, data.version)
    if data.archived_on < case.closed_on or data.archived_on > today:
        raise field_error("archived_on", "归档日期应在办结之后、不晚于今天。", "Archive after closing and not in the future.")
    case.archived_on = data.archived_on
    case.status = "archived"
    session.add(CaseEvent(case_id=case.id, kind="archived", occurred_on=data.archived_on, actor_id=principal.sub,
                          actor_name=_actor_name(principal), public=False))
    await changed(session, case, action="archived", before=before, actor=principal)
    return case


# --- withdrawal, reopening, abandonment --------------------------------------------------------------------------


async def withdraw(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal | None, data: s.WithdrawIn,
                   today: date, by_applicant_online: bool = False) -> Case:
    """The applicant withdraws before the reply (staff record a letter of withdrawal with its date)."""
    case, before = await _begin(session, "withdraw", case_id, principal, data.version)
    if case.received_on is None:
        case.status = "withdrawn"
        case.outcome = "other.other"
        case.closed_on = data.withdrawn_on
        session.add(CaseEvent(case_id=case.id, kind="withdrawn", occurred_on=data.withdrawn_on,
                              actor_id=principal.sub if principal else "applicant", actor_name=_actor_name(principal),
                              data={"reason": data.reason}))
        await changed(session, case, action="withdrawn", before=before, actor=principal)
        return case
    await close(session, case, outcome="other.other", status="withdrawn", on=data.withdrawn_on, today=today,
                actor=principal, kind="withdrawn", data={"reason": data.reason, "online": by_applicant_online})
    await changed(session, case, action="withdrawn", before=before, actor=principal, event="closed")
    return case


async def reopen(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.ReopenIn,
                 today: date) -> Case:
    """An appeal corrected the decision: the case is handled again within the period the decision set."""
    from services.applications.appeals.models import Appeal

    case, before = await _begin(session, "reopen", case_id, principal, data.version)
    appeal = await session.get(Appeal, data.appeal_id)
    if appeal is None or appeal.case_id != case.id:
        raise not_found("appeal")
    if appeal.outcome != "corrected":
        raise field_error("appeal_id", "只有复议或诉讼结果为纠正的，才重新办理。", "Only a corrected decision reopens the case.")
    if appeal.id not in (await workflow.load_facts(session, case)).reopenable_appeals:
        raise field_error("appeal_id", "已依据该决定重新办理过。", "The case was already reopened on this decision.")
    if appeal.decided_on and data.reopened_on < appeal.decided_on:
        raise field_error("reopened_on", "重新办理日期不能早于复议决定或判决之日。", "Reopening cannot precede the decision.")
    previous = {"outcome": case.outcome, "closed_on": case.closed_on}
    await record(session, case, kind="reopened", on=data.reopened_on, today=today, actor=principal,
                 clock={"kind": "reopened", "days": data.reply_within_working_days},
                 data={"appeal_id": str(appeal.id), "previous": previous})
    case.status = _working_status(case)
    case.outcome = None
    case.closed_on = None
    case.draft = None
    case.approval = None
    case.delivery = None
    case.archived_on = None
    await changed(session, case, action="reopened", before=before, actor=principal, event="reopened")
    return case


async def abandon(session: AsyncSession, store: FileStore, case: Case, *, outcome: str, on: date, today: date) -> None:
    """The deadline job: no supplement (Art. 30) or no payment (Art. 42) in time — the case closes by itself."""
    before = audit_view(case)
    events = await history(session, case.id)
    notice = next((e for e in reversed(events) if e.kind in ("supplement_requested", "fee_notified")), None)
    if outcome == "other.fee_unpaid":
        # the wait for the fee ends with the deadline; it does not count
        await record(session, case, kind="fee_expired", on=date.fromisoformat(case.fee["deadline"]), today=today,
                     actor=None, clock={"kind": "pause_ended", "ref": "fee"})
    await close(session, case, outcome=outcome, status="closed", on=on, today=today, actor=None, kind="abandoned",
                data={"outcome": outcome})
    extra: dict[str, Any] = {"outcome": outcome, "details": ""}
    if notice is not None and notice.kind == "supplement_requested":
        extra |= {"supplement_requested_on": cn_date(notice.occurred_on),
                  "supplement_deadline": cn_date(date.fromisoformat(str(notice.data["deadline"])))}
    if notice is not None and notice.kind == "fee_notified":
        extra |= {"fee_notified_on": cn_date(notice.occurred_on),
                  "fee_deadline": cn_date(date.fromisoformat(str(notice.data["deadline"])))}
    await letters.issue(session, store, case, "reply", issued_on=on, extra=extra)
    await changed(session, case, action="abandoned", before=before, actor=None, event="closed",
                  detail={"outcome": outcome})


async def split(session: AsyncSession, *, case_id: uuid.UUID, principal: Principal, data: s.SplitIn,
                today: date) -> list[Case]:
    """Split items out of a case into cases of their own, received the same day (before any other step)."""
    from services.applications.intake.service import new_case

    case, before = await _begin(session, "split", case_id, principal, data.version)
    application = await session.get(Application, case.application_id)
    count = (await session.execute(select(Case.item_no).where(Case.application_id == case.application_id)
                                   .order_by(Case.item_no.desc()).limit(1))).scalar_one()
    created = []
    for offset, item in enumerate(data.items, 1):
        new = await new_case(session, application, item, item_no=count + offset)
        new.status = case.status
        new.assigned_to, new.assigned_name, new.department = case.assigned_to, case.assigned_name, case.department
        if case.received_on is not None:
            await record(session, new, kind="received", on=case.received_on, today=today, actor=principal,
                         clock={"kind": "received"}, data={"split_from": case.number})
            new.received_on = case.received_on
        await changed(session, new, action="split_created", before=None, actor=principal, event="received")
        created.append(new)
    session.add(CaseEvent(case_id=case.id, kind="split", occurred_on=today, actor_id=principal.sub,
                          actor_name=_actor_name(principal), data={"into": [c.number for c in created]}))
    await changed(session, case, action="split", before=before, actor=principal)
    return created

