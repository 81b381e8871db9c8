"""Daily monitoring (日巡查、即时调度): checks a supervising office sets up for the agencies below it, run every day on the
platform's today. Whatever a check finds becomes an issue on the agency's rectification list at once, with an
in-app notice to its staff and a ``statistics.assessment.issue_raised`` event — one open issue per thing found (a
policy, a column, a request), however many days it stays unresolved.

Checks:
- ``policy_without_interpretation``: a normative document or policy published at least N working days ago that still
  has no interpretation;
- ``silent_column``: a column of the agency's catalog with no new entry for N days (or never any);
- ``request_due_soon``: a request still open whose reply is due within N working days (or already overdue).

Several instances may run the job: a transaction-level advisory lock lets one run at a time.
"""
from __future__ import annotations

import asyncio
import logging
import zlib
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel import clock
from services.statistics.assessments.issues import add_issue, default_deadline
from services.statistics.assessments.models import Issue, Monitor
from services.statistics.ingestion.models import CaseFact, EntryFact
from services.statistics.reference.models import Agency, calendar_cache
from services.statistics.reports.compute import china_date

log = logging.getLogger("statistics.monitoring")
JOB_LOCK = zlib.crc32(b"statistics:monitoring")


CHECKS = {
    "policy_without_interpretation": ("政策文件发布后未解读", "Policy without interpretation", "工作日", "missing_interpretation"),
    "silent_column": ("栏目长期未更新", "Column silent", "天", "stale_column"),
    "request_due_soon": ("依申请公开即将逾期", "Request about to be overdue", "工作日", "overdue_request"),
}


async def _agencies(session: AsyncSession, owner_id: int) -> list[Agency]:
    owner = await session.get(Agency, owner_id)
    if owner is None:
        return []
    return list((await session.execute(select(Agency).where(
        Agency.path.startswith(owner.path, autoescape=True), Agency.id != owner.id,
        Agency.is_active.is_(True)))).scalars().all())


async def find(session: AsyncSession, monitor: Monitor, agencies: list[Agency], today: date) -> list[dict[str, Any]]:
    """What the check finds today: (agency, subject, title, description)."""
    ids = [a.id for a in agencies]
    if not ids:
        return []
    cal = await calendar_cache.get(session)
    found = []
    if monitor.check == "policy_without_interpretation":
        policy, interp = EntryFact.__table__.alias("p"), EntryFact.__table__.alias("i")
        published = china_date(policy.c.published_at)
        interpreted = select(interp.c.entry_id).where(interp.c.interprets.contains(array([policy.c.entry_id])),
                                                      interp.c.revoked_at.is_(None)).exists()
        rows = (await session.execute(
            select(policy.c.agency_id, policy.c.entry_id, policy.c.title, published.label("on"))
            .where(policy.c.agency_id.in_(ids), policy.c.revoked_at.is_(None), policy.c.published_at.isnot(None),
                   or_(policy.c.regulation_kind == "normative", policy.c.is_policy.is_(True)), ~interpreted,
                   published >= date(today.year - 1, 1, 1)))).all()
        for r in rows:
            due = cal.add_working_days(r.on, monitor.days).date
            if due <= today:
                found.append({"agency_id": r.agency_id, "ref": f"entry:{r.entry_id}",
                              "title": f"政策文件未解读：{r.title}"[:300],
                              "description": f"《{r.title}》于 {r.on} 发布，已超过 {monitor.days} 个工作日（{due}）仍无政策解读。"})
    elif monitor.check == "silent_column":
        from services.statistics.ingestion import coverage

        result = await coverage.column_freshness(session, ids, today, monitor.days)
        for agency_id, f in result.items():
            names = f.get("names") or {}
            for column_id in [*f.get("stale", []), *f.get("empty", [])]:
                name = names.get(column_id, f"栏目 {column_id}")
                found.append({"agency_id": agency_id, "ref": f"column:{column_id}", "title": f"栏目长期未更新：{name}"[:300],
                              "description": f"栏目“{name}”截至 {today} 已超过 {monitor.days} 天没有新发布的信息。"})
    elif monitor.check == "request_due_soon":
        limit = cal.add_working_days(today, monitor.days).date
        c = CaseFact
        rows = (await session.execute(select(c.agency_id, c.case_id, c.due_on).where(
            c.agency_id.in_(ids), c.closed_on.is_(None), c.due_on.isnot(None), c.due_on <= limit))).all()
        for r in rows:
            state = "已逾期" if r.due_on < today else "即将到期"
            found.append({"agency_id": r.agency_id, "ref": f"case:{r.case_id}", "title": f"依申请公开{state}（期限 {r.due_on}）",
                          "description": f"申请答复期限为 {r.due_on}，截至 {today} 尚未办结，请及时答复。"})
    return found


async def run_monitor(session: AsyncSession, monitor: Monitor, today: date) -> int:
    """Raise an issue for each new finding (one open issue per thing); returns how many were raised."""
    agencies = await _agencies(session, monitor.owner_agency_id)
    findings = await find(session, monitor, agencies, today)
    open_refs = set((await session.execute(select(Issue.agency_id, Issue.subject_ref).where(
        Issue.source == "monitoring", Issue.status.notin_(("closed", "cancelled")),
        Issue.agency_id.in_([a.id for a in agencies] or [-1])))).all())
    deadline = await default_deadline(session, monitor.deadline_days) if findings else today
    raised = 0
    for f in findings:
        if (f["agency_id"], f["ref"]) in open_refs:
            continue
        await add_issue(session, owner_agency_id=monitor.owner_agency_id, agency_id=f["agency_id"], round_id=None,
                        indicator_code=None, category=CHECKS[monitor.check][3], source="monitoring", title=f["title"],
                        description=f["description"], suggestion=None, evidence=[], deadline=deadline, principal=None,
                        subject_ref=f["ref"])
        open_refs.add((f["agency_id"], f["ref"]))
        raised += 1
    monitor.last_run_on = today
    return raised


async def run_monitoring(session: AsyncSession, *, today: date) -> dict[str, int]:
    """One pass: every active check not yet run today. The caller commits."""
    if not (await session.execute(select(func.pg_try_advisory_xact_lock(JOB_LOCK)))).scalar_one():
        return {}
    monitors = (await session.execute(select(Monitor).where(
        Monitor.active.is_(True), or_(Monitor.last_run_on.is_(None), Monitor.last_run_on < today))
        .order_by(Monitor.id).with_for_update(skip_locked=True))).scalars().all()
    done: dict[str, int] = {}
    for monitor in monitors:
        done[f"{monitor.id}:{monitor.check}"] = await run_monitor(session, monitor, today)
    return done


async def monitoring_loop(sessionmaker: async_sessionmaker[AsyncSession], interval: float) -> None:
    """The periodic job in the service's lifespan: a pass every ``interval`` seconds; each check runs once a day."""
    while True:
        try:
            async with sessionmaker() as session:
                done = await run_monitoring(session, today=clock.today())
                await session.commit()
            if any(done.values()):
                log.info("monitoring: %s", done)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - keep the loop alive; the next pass retries
            log.exception("monitoring failed")
        await asyncio.sleep(interval)


async def save_monitor(session: AsyncSession, *, owner_agency_id: int, check: str, days: int, deadline_days: int,
                       active: bool, created_by: str | None) -> Monitor:
    stmt = insert(Monitor).values(owner_agency_id=owner_agency_id, check=check, days=days, deadline_days=deadline_days,
                                  active=active, created_by=created_by).returning(Monitor.id)
    monitor_id = (await session.execute(stmt)).scalar_one()
    return await session.get(Monitor, monitor_id)
