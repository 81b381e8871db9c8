"""Notifications and the deadline job.

Staff are notified in-app (a row per recipient; the console polls ``GET /notifications``). Applicants may also be
told by e-mail or SMS through a :class:`Sender` (the interface a real gateway implements; the default one only
logs, with the address masked).

:func:`run_deadlines` is what happens by itself as days pass, with the date given explicitly (testable): a case
waiting for a supplement or a fee past its deadline closes as abandoned (other.no_supplement / other.fee_unpaid);
a consultation without an answer by its 15th working day ends; an Art. 35 request without reasons by its
deadline ends; due-soon and overdue notices go out once per case and due date. Several instances may run it: a
transaction-level advisory lock lets one run at a time, and rows are taken with SKIP LOCKED.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.crypto import FieldCipher, mask_phone
from kernel.storage import FileStore
from services.applications.cases.models import Case
from services.applications.intake.models import Application
from services.applications.letters.models import Letter
from services.applications.cases.service import calendar, clock_of
from services.applications.notifications.models import Notification

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


async def _locked(session: AsyncSession, stmt: Any) -> list[Case]:
    return list((await session.execute(stmt.with_for_update(skip_locked=True))).scalars().all())


async def run_deadlines(session: AsyncSession, store: FileStore, *, today: date, due_soon_working_days: int = 3) -> dict[str, int]:
    """One pass of the deadline job for ``today``; the caller commits. Returns what it did."""
    from services.applications.cases import actions
    from services.applications.cases.schemas import ConsultEndIn

    done = {"no_supplement": 0, "fee_unpaid": 0, "consultations_ended": 0, "reasons_expired": 0, "due_soon": 0,
            "overdue": 0}
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
    return done


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

