"""Dashboards over the read models, for one agency or an agency with everything below it, and a period.

Request handling: received, closed, on-time rate, median and 90th percentile of working days to reply, open and
overdue now, outcomes, channels, applicant types, month by month, and the ranking of the subordinate agencies.
Catalog: entries published by genre and theme, late publications, policies without an interpretation.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.orm import aliased
from sqlalchemy.ext.asyncio import AsyncSession

from services.statistics.ingestion.models import CaseFact, EntryFact
from services.statistics.reference.models import Agency
from services.statistics.reports.compute import Period, Scope, agency_filter, china_date


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def requests(session: AsyncSession, *, agency: Agency, scope: Scope, period: Period, today: date
                   ) -> dict[str, Any]:
    c = CaseFact
    in_scope = agency_filter(c.agency_id, agency, scope)
    received = and_(c.received_on >= period.start, c.received_on <= period.end)
    closed = and_(c.closed_on >= period.start, c.closed_on <= period.end)
    is_open = and_(c.closed_on.is_(None), c.received_on.isnot(None))
    totals = (await session.execute(
        select(
            func.count().filter(received).label("received"),
            func.count().filter(closed).label("closed"),
            func.count().filter(and_(closed, c.on_time.is_(True))).label("on_time"),
            func.count().filter(and_(closed, c.on_time.isnot(None))).label("timed"),
            func.percentile_cont(0.5).within_group(c.working_days_taken).filter(closed).label("median"),
            func.percentile_cont(0.9).within_group(c.working_days_taken).filter(closed).label("p90"),
            func.count().filter(is_open).label("open"),
            func.count().filter(and_(is_open, c.due_on < today)).label("overdue"),
        ).where(in_scope, or_(received, closed, is_open))
    )).one()

    async def breakdown(column: Any, condition: Any) -> dict[str, int]:
        rows = await session.execute(select(column, func.count()).where(in_scope, condition).group_by(column))
        return {str(k): n for k, n in rows.all() if k is not None}

    month_received = func.to_char(c.received_on, "YYYY-MM")
    month_closed = func.to_char(c.closed_on, "YYYY-MM")
    trend: dict[str, dict[str, int]] = {}
    for label, month, condition in (("received", month_received, received), ("closed", month_closed, closed)):
        rows = await session.execute(select(month, func.count()).where(in_scope, condition).group_by(month))
        for m, n in rows.all():
            trend.setdefault(m, {"received": 0, "closed": 0})[label] = n
    return {
        "received": totals.received,
        "closed": totals.closed,
        "on_time_rate": _rate(totals.on_time, totals.timed),
        "median_working_days": float(totals.median) if totals.median is not None else None,
        "p90_working_days": float(totals.p90) if totals.p90 is not None else None,
        "open_now": totals.open,
        "overdue_now": totals.overdue,
        "outcomes": await breakdown(c.outcome, closed),
        "channels": await breakdown(c.channel, received),
        "applicant_types": await breakdown(c.applicant_type, received),
        "months": [{"month": m, **v} for m, v in sorted(trend.items())],
        "subordinates": await ranking(session, agency=agency, period=period, today=today),
    }


async def ranking(session: AsyncSession, *, agency: Agency, period: Period, today: date) -> list[dict[str, Any]]:
    """Each direct subordinate with everything below it, ranked by on-time rate then overdue cases."""
    c = CaseFact
    child = select(Agency.id, Agency.name, Agency.path).where(
        Agency.parent_id == agency.id, Agency.is_active.is_(True)
    ).subquery()
    owner = select(Agency.id.label("agency_id"), child.c.id.label("child_id")).join(
        child, Agency.path.startswith(child.c.path)
    ).subquery()
    received = and_(c.received_on >= period.start, c.received_on <= period.end)
    closed = and_(c.closed_on >= period.start, c.closed_on <= period.end)
    is_open = and_(c.closed_on.is_(None), c.received_on.isnot(None))
    stmt = (
        select(
            owner.c.child_id,
            func.count().filter(received).label("received"),
            func.count().filter(closed).label("closed"),
            func.count().filter(and_(closed, c.on_time.is_(True))).label("on_time"),
            func.count().filter(and_(closed, c.on_time.isnot(None))).label("timed"),
            func.count().filter(and_(is_open, c.due_on < today)).label("overdue"),
        )
        .join(owner, owner.c.agency_id == c.agency_id)
        .where(or_(received, closed, is_open))
        .group_by(owner.c.child_id)
    )
    figures = {r.child_id: r for r in (await session.execute(stmt)).all()}
    names = (await session.execute(select(child.c.id, child.c.name))).all()
    out = []
    for child_id, name in names:
        r = figures.get(child_id)
        out.append({
            "agency_id": child_id, "agency_name": name,
            "received": r.received if r else 0, "closed": r.closed if r else 0,
            "on_time_rate": _rate(r.on_time, r.timed) if r else None, "overdue_now": r.overdue if r else 0,
        })
    out.sort(key=lambda x: (-(x["on_time_rate"] if x["on_time_rate"] is not None else -1), x["overdue_now"],
                            x["agency_name"]))
    for i, row in enumerate(out, 1):
        row["rank"] = i
    return out


async def catalog(session: AsyncSession, *, agency: Agency, scope: Scope, period: Period, limit: int = 50
                  ) -> dict[str, Any]:
    e = EntryFact
    in_scope = agency_filter(e.agency_id, agency, scope)
    published_on = china_date(e.published_at)
    published = and_(published_on >= period.start, published_on <= period.end, e.revoked_at.is_(None))

    async def breakdown(column: Any) -> dict[str, int]:
        rows = await session.execute(select(column, func.count()).where(in_scope, published).group_by(column))
        return {str(k or "unknown"): n for k, n in rows.all()}

    total, late = (await session.execute(
        select(func.count(), func.count().filter(e.late.is_(True))).where(in_scope, published)
    )).one()
    late_rows = (await session.execute(
        select(e.entry_id, e.title, e.index_number, e.agency_id, e.written_on, published_on.label("published_on"),
               e.timeliness_days, e.late_provisional)
        .where(in_scope, published, e.late.is_(True)).order_by(e.timeliness_days.desc().nulls_last()).limit(limit)
    )).all()
    interpretation = aliased(EntryFact)
    explained = (
        select(literal(1))
        .where(interpretation.interprets.contains(array([e.entry_id])), interpretation.revoked_at.is_(None))
        .exists()
    )
    policies = and_(in_scope, e.is_policy.is_(True), e.revoked_at.is_(None), published_on <= period.end)
    lacking = and_(policies, ~explained)
    policy_total, without = (await session.execute(
        select(func.count().filter(policies), func.count().filter(lacking)).where(in_scope)
    )).one()
    without_rows = (await session.execute(
        select(e.entry_id, e.title, e.index_number, e.agency_id, published_on.label("published_on"))
        .where(lacking).order_by(e.published_at.desc()).limit(limit)
    )).all()
    return {
        "published": total,
        "by_genre": await breakdown(e.genre),
        "by_theme": await breakdown(e.theme),
        "late": late,
        "late_rate": _rate(late, total),
        "late_entries": [dict(r._mapping) for r in late_rows],
        "policies": policy_total,
        "policies_without_interpretation": without,
        "policies_without_interpretation_entries": [dict(r._mapping) for r in without_rows],
    }

