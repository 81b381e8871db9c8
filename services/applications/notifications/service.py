"""Notifications and the deadline job.

Staff are notified in-app (a row per recipient; the console polls ``GET /notifications``). Applicants may also be
told by e-mail or SMS through a :class:`Sender` (the interface a real gateway implements; the default one only
logs, with the address masked).

:func:`run_deadlines` is what happens by itself as days pass, with the date given explicitly (testable): a case
waiting for a supplement or a fee past its deadline closes as abandoned (other.no_supplement / other.fee_unpaid);
a consultation without an answer by its 15th working day ends; an Art. 35 request without reasons by its
deadline ends; due-soon and overdue notices go out once per case and due date; an application submitted online or
by a partner platform that has waited more than one working day for confirmation of receipt raises a
``confirmation_overdue`` notice to its agency, once. Several instances may run it: a transaction-level advisory
lock lets one run at a time, and rows are taken with SKIP LOCKED.

A new online or partner-platform application tells its agency's staff in-app (``new_application``, in the
submitting transaction, see :func:`notify_new_applications`). Agency notices of these two kinds also go out through
the configured channels (``APPLICATIONS_NOTIFY_CHANNELS``) to the agency's contact e-mail (and SMS to a mobile
number, if the directory gives one): the periodic job sends them after the submitting transaction has committed
(:func:`notify_agencies`).
"""
from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.crypto import FieldCipher, mask_phone
from kernel.storage import FileStore
from kernel.workdays import WorkCalendar
from services.applications.cases.models import Case
from services.applications.intake.models import Application
from services.applications.letters.models import Letter
from services.applications.cases.service import calendar, clock_of
from services.applications.notifications.models import Notification
from services.applications.reference.models import Agency

log = logging.getLogger("applications.notifications")
JOB_LOCK = 0x6170_706C_6465_6164  # "appldead"


class Sender(Protocol):
    channel: str

    async def send(self, *, to: str, subject: str, body: str) -> None: ...


class LoggingSender:
    """Stands in for an e-mail or SMS gateway: records that a message would go out (address masked)."""

    def __init__(self, channel: str) -> None:
        self.channel = channel

    async def send(self, *, to: str, subject: str, body: str) -> None:
        masked = mask_phone(to) if self.channel == "sms" else (to[:2] + "***" + to[to.find("@"):])
        log.info("notify %s to %s: %s", self.channel, masked, subject)


def senders(channels: list[str]) -> list[Sender]:
    return [LoggingSender(c) for c in channels if c in ("email", "sms")]


async def notify_user(session: AsyncSession, case: Case, *, user_id: str, kind: str, message: str,
                      due_on: date | None = None) -> None:
    stmt = insert(Notification).values(agency_id=case.agency_id, user_id=user_id, case_id=case.id, kind=kind,
                                       due_on=due_on, message=message[:300])
    await session.execute(stmt.on_conflict_do_nothing(constraint="uq_notifications_once"))


async def notify_agency(session: AsyncSession, case: Case, *, kind: str, message: str, due_on: date | None = None,
                        send: bool = True) -> int:
    """A notice to everyone handling the case's agency (``user_id`` ""), optionally also to go out through the
    configured channels; once per case, kind and due date. Returns 1 if it is new."""
    stmt = insert(Notification).values(agency_id=case.agency_id, user_id="", case_id=case.id, kind=kind, due_on=due_on,
                                       message=message[:300], send_pending=send)
    result = await session.execute(stmt.on_conflict_do_nothing(constraint="uq_notifications_once"))
    return result.rowcount or 0


CHANNEL_NAMES = {"online": "网上申请", "api": "对接平台"}


async def notify_new_applications(session: AsyncSession, application: Application, cases: Sequence[Case]) -> None:
    """The agency's staff learn of an application submitted online or by a partner platform, in the submitting
    transaction (one notice per case: each is confirmed, and may be refused, on its own)."""
    source = CHANNEL_NAMES.get(application.channel, application.channel)
    for case in cases:
        await notify_agency(session, case, kind="new_application",
                            message=f"新申请待确认收到：{case.number}（{case.title}），{source}，{application.submitted_on} 提交")


async def _locked(session: AsyncSession, stmt: Any) -> list[Case]:
    return list((await session.execute(stmt.with_for_update(skip_locked=True))).scalars().all())


async def run_deadlines(session: AsyncSession, store: FileStore, *, today: date, due_soon_working_days: int = 3) -> dict[str, int]:
    """One pass of the deadline job for ``today``; the caller commits. Returns what it did."""
    from services.applications.cases import actions
    from services.applications.cases.schemas import ConsultEndIn

    done = {"no_supplement": 0, "fee_unpaid": 0, "consultations_ended": 0, "reasons_expired": 0, "due_soon": 0,
            "overdue": 0, "confirmation_overdue": 0}
    if not (await session.execute(select(func.pg_try_advisory_xact_lock(JOB_LOCK)))).scalar_one():
        return done  # another instance is running it

    for case in await _locked(session, select(Case).where(Case.status == "supplement_requested")):
        clock = await clock_of(session, case)
        if clock.supplement_deadline is not None and clock.supplement_deadline < today:
            await actions.abandon(session, store, case, outcome="other.no_supplement",
                                  on=clock.supplement_deadline + timedelta(days=1), today=today)
            done["no_supplement"] += 1

    for case in await _locked(session, select(Case).where(Case.status == "awaiting_fee")):
        deadline = date.fromisoformat(case.fee["deadline"])
        if deadline < today:
            await actions.abandon(session, store, case, outcome="other.fee_unpaid", on=deadline + timedelta(days=1),
                                  today=today)
            done["fee_unpaid"] += 1

    for case in await _locked(session, select(Case).where(Case.status == "consulting")):
        clock = await clock_of(session, case)
        for pause in [p for p in clock.pauses if p.end is None and p.planned_end and p.planned_end < today]:
            data = ConsultEndIn(version=case.version, ref=pause.ref, ended_on=pause.planned_end, answer="no_answer",
                                summary="期限届满未提出意见，由本机关依法决定。")
            await actions.end_consultation(session, store, case_id=case.id, principal=None, data=data, today=today)
            done["consultations_ended"] += 1

    for case in await _locked(session, select(Case).where(Case.status == "awaiting_reasons")):
        clock = await clock_of(session, case)
        pause = clock.open_pause("reasons")
        if pause is not None and pause.planned_end and pause.planned_end < today:
            await actions.expire_reasons(session, case, on=pause.planned_end, today=today)
            done["reasons_expired"] += 1

    cal = await calendar(session)
    limit = cal.add_working_days(today, due_soon_working_days).date
    open_cases = (await session.execute(
        select(Case).where(Case.closed_on.is_(None), Case.due_on.is_not(None), Case.due_on <= limit)
    )).scalars().all()
    for case in open_cases:
        kind = "overdue" if case.due_on < today else "due_soon"
        text = (f"申请 {case.number}（{case.title}）已超过答复期限（{case.due_on}）" if kind == "overdue"
                else f"申请 {case.number}（{case.title}）将于 {case.due_on} 到期")
        await notify_user(session, case, user_id=case.assigned_to or "", kind=kind, message=text, due_on=case.due_on)
        done[kind] += 1

    done["confirmation_overdue"] = await confirmation_overdue(session, cal, today=today)
    return done


async def confirmation_overdue(session: AsyncSession, cal: WorkCalendar, *, today: date) -> int:
    """Applications waiting for confirmation of receipt for more than one working day: one notice each to the
    agency (due_on = the day it should have been confirmed by). Returns how many notices are new."""
    from services.applications.inbox import service as inbox

    rows = (await session.execute(
        select(Case, Application.submitted_on).join(Application, Application.id == Case.application_id)
        .where(Case.status == inbox.WAITING, Application.submitted_on < inbox.overdue_before(cal, today),
               ~exists().where(Notification.case_id == Case.id, Notification.kind == "confirmation_overdue"))
        .order_by(Application.submitted_on, Case.number)
    )).all()
    raised = 0
    for case, submitted_on in rows:
        by = inbox.confirm_by(cal, submitted_on)
        waited = inbox.waited_working_days(cal, submitted_on, today)
        raised += await notify_agency(
            session, case, kind="confirmation_overdue", due_on=by,
            message=f"确认超期：申请 {case.number}（{case.title}）{submitted_on} 提交，已等待 {waited} 个工作日仍未确认收到"
                    f"（确认期限 {by}）")
    return raised


async def notify_applicants(session: AsyncSession, cipher: FieldCipher, channels: list[Sender], *,
                            limit: int = 200) -> int:
    """Tell applicants by e-mail or SMS that a letter was sent to them (each letter once; retried next run if a
    sender fails). Returns how many letters were announced."""
    if not channels:
        return 0
    rows = (await session.execute(
        select(Letter, Application.number, Application.email_enc, Application.phone_enc)
        .join(Case, Case.id == Letter.case_id).join(Application, Application.id == Case.application_id)
        .where(Letter.public.is_(True), Letter.notified_at.is_(None))
        .order_by(Letter.created_at).limit(limit).with_for_update(of=Letter, skip_locked=True)
    )).all()
    for letter, number, email_enc, phone_enc in rows:
        subject = f"【政府信息公开】{letter.title}（申请编号 {number}）"
        body = f"您的政府信息公开申请（申请编号 {number}）有新的文书：{letter.title}。请凭申请编号和查询码或登录账号查看、下载。"
        for sender in channels:
            encrypted, context = (email_enc, "applicant.email") if sender.channel == "email" else (phone_enc, "applicant.phone")
            to = cipher.decrypt(encrypted, context=context) if encrypted else None
            if to:
                await sender.send(to=to, subject=subject, body=body)
        letter.notified_at = func.now()
    return len(rows)


_MOBILE = re.compile(r"1[3-9]\d{9}")


def agency_contact(details: dict[str, Any] | None, channel: str) -> str | None:
    """The agency's address for a channel, from the directory's replica: its contact e-mail; for SMS its phone only
    when that is a mobile number (the directory's phone is usually the office's landline)."""
    details = details or {}
    if channel == "email":
        email = (details.get("email") or "").strip()
        return email if "@" in email else None
    if channel == "sms":
        digits = re.sub(r"\D", "", details.get("phone") or "")
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return digits if _MOBILE.fullmatch(digits) else None
    return None


async def notify_agencies(session: AsyncSession, channels: list[Sender], *, limit: int = 200) -> int:
    """Send agency notices marked for the channels (new applications, confirmation overdue) to the agency's contact,
    each once; with no channel configured, or no address for one, the notice stays in-app only. A sender that fails
    leaves the batch for the next run. Returns how many messages went out."""
    rows = (await session.execute(
        select(Notification, Agency.name, Agency.details)
        .outerjoin(Agency, Agency.id == Notification.agency_id)
        .where(Notification.send_pending.is_(True))
        .order_by(Notification.id).limit(limit).with_for_update(of=Notification, skip_locked=True)
    )).all()
    sent = 0
    missing: set[tuple[int, str]] = set()
    for notice, agency_name, details in rows:
        for sender in channels:
            to = agency_contact(details, sender.channel)
            if to is None:
                if (notice.agency_id, sender.channel) not in missing:
                    missing.add((notice.agency_id, sender.channel))
                    log.info("agency %s has no %s contact in the directory: notice in-app only", notice.agency_id,
                             sender.channel)
                continue
            subject = f"【政府信息公开】{notice.message[:60]}"
            body = (f"{agency_name or ''}政府信息公开工作机构：\n{notice.message}\n"
                    "请登录政务公开平台工作台确认收到（以确认之日为收到申请之日）。")
            await sender.send(to=to, subject=subject, body=body)
            sent += 1
        notice.send_pending = False
    return sent


async def deadline_loop(sessionmaker: async_sessionmaker[AsyncSession], store: FileStore, settings: Any,
                        cipher: FieldCipher) -> None:
    """The periodic job in the service's lifespan."""
    channels = senders(settings.notify_channels)
    while True:
        try:
            async with sessionmaker() as session:
                done = await run_deadlines(session, store, today=settings.today(),
                                           due_soon_working_days=settings.due_soon_working_days)
                done["applicants_notified"] = await notify_applicants(session, cipher, channels)
                done["agency_messages"] = await notify_agencies(session, channels)
                await session.commit()
            if any(done.values()):
                log.info("deadline job: %s", done)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - keep the loop alive; the next run retries
            log.exception("deadline job failed")
        await asyncio.sleep(settings.deadline_job_interval)


async def mark_read(session: AsyncSession, *, user_id: str, agency_id: int | None, ids: list[int]) -> int:
    result = await session.execute(
        update(Notification).where(
            Notification.id.in_(ids), Notification.read_at.is_(None),
            or_(Notification.user_id == user_id, (Notification.user_id == "") & (Notification.agency_id == agency_id)),
        ).values(read_at=func.now())
    )
    return result.rowcount or 0

