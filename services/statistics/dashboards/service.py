"""Dashboards over the read models, for one agency or an agency with everything below it, and a period.

Request handling: received, closed, on-time rate, median and 90th percentile of working days to reply, open and
overdue now, outcomes, channels, applicant types, month by month, and the ranking of the subordinate agencies.
Catalog: entries published by genre and theme, late publications, policies without an interpretation.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal, literal_column, or_, select
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.orm import aliased
from sqlalchemy.ext.asyncio import AsyncSession

from services.statistics.ingestion.models import CaseFact, EntryFact
from services.statistics.reference.models import Agency
from services.statistics.reports.compute import Period, Scope, agency_filter, china_date


def percentile(histogram: list[Any], fraction: float) -> float | None:
    """PostgreSQL's percentile_cont over values given as (value, count) pairs."""
    values = sorted((int(v), int(n)) for v, n in histogram)
    total = sum(n for _, n in values)
    if not total:
        return None
    position = fraction * (total - 1)
    low, high = int(position), min(int(position) + 1, total - 1)

    def nth(k: int) -> int:
        seen = 0
        for value, n in values:
            seen += n
            if k < seen:
                return value
        return values[-1][0]

    a, b = nth(low), nth(high)
    return float(a + (b - a) * (position - low))


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


async def requests(session: AsyncSession, *, agency: Agency, scope: Scope, period: Period, today: date
                   ) -> dict[str, Any]:
    """Three scans of the read model: per agency (totals and the ranking), percentiles, and the breakdowns."""
    c = CaseFact
    in_scope = agency_filter(c.agency_id, agency, scope)
    received = and_(c.received_on >= period.start, c.received_on <= period.end)
    closed = and_(c.closed_on >= period.start, c.closed_on <= period.end)
    is_open = and_(c.closed_on.is_(None), c.received_on.isnot(None))
    per_agency = (await session.execute(
        select(
            c.agency_id,
            func.count().filter(received).label("received"),
            func.count().filter(closed).label("closed"),
            func.count().filter(and_(closed, c.on_time.is_(True))).label("on_time"),
            func.count().filter(and_(closed, c.on_time.isnot(None))).label("timed"),
            func.count().filter(is_open).label("open"),
            func.count().filter(and_(is_open, c.due_on < today)).label("overdue"),
        ).where(in_scope, or_(received, closed, is_open)).group_by(c.agency_id)
    )).all()
    totals = {k: sum(getattr(r, k) for r in per_agency) for k in ("received", "closed", "on_time", "timed", "open", "overdue")}
    # working days are small whole numbers: a histogram (a hash aggregate) instead of sorting every closed case
    histogram = (await session.execute(
        select(c.working_days_taken, func.count())
        .where(in_scope, closed, c.working_days_taken.isnot(None))
        .group_by(c.working_days_taken)
    )).all()
    median, p90 = percentile(histogram, 0.5), percentile(histogram, 0.9)

    # one pass over the period's cases for every breakdown (grouping sets: one hash table per breakdown)
    month_format = literal_column("'YYYY-MM'")  # literal: grouping sets must repeat the select's expressions exactly
    month_received = func.to_char(c.received_on, month_format)
    month_closed = func.to_char(c.closed_on, month_format)
    sets = (c.outcome, c.channel, c.applicant_type, month_received, month_closed)
    rows = (await session.execute(
        select(*sets, func.grouping(*sets).label("g"),
               func.count().filter(received).label("received"), func.count().filter(closed).label("closed"))
        .where(in_scope, or_(received, closed))
        .group_by(func.grouping_sets(*sets))
    )).all()
    outcomes: dict[str, int] = {}
    channels: dict[str, int] = {}
    applicants: dict[str, int] = {}
    trend: dict[str, dict[str, int]] = {}
    # grouping() sets a bit for each column a row is not grouped by (first column = highest bit)
    by_set = {0b01111: (0, outcomes, "closed"), 0b10111: (1, channels, "received"),
              0b11011: (2, applicants, "received")}
    for r in rows:
        if r.g in by_set:
            index, target, count = by_set[r.g]
            if r[index] is not None and getattr(r, count):
                target[r[index]] = getattr(r, count)
        elif r.g == 0b11101 and r[3] is not None and r.received:
            trend.setdefault(r[3], {"received": 0, "closed": 0})["received"] = r.received
        elif r.g == 0b11110 and r[4] is not None and r.closed:
            trend.setdefault(r[4], {"received": 0, "closed": 0})["closed"] = r.closed
    return {
        "received": totals["received"],
        "closed": totals["closed"],
        "on_time_rate": _rate(totals["on_time"], totals["timed"]),
        "median_working_days": float(median) if median is not None else None,
        "p90_working_days": float(p90) if p90 is not None else None,
        "open_now": totals["open"],
        "overdue_now": totals["overdue"],
        "outcomes": outcomes,
        "channels": channels,
        "applicant_types": applicants,
        "months": [{"month": m, **v} for m, v in sorted(trend.items())],
        "subordinates": await ranking(session, agency=agency, per_agency=per_agency),
    }


async def ranking(session: AsyncSession, *, agency: Agency, per_agency: list[Any]) -> list[dict[str, Any]]:
    """Each direct subordinate with everything below it, ranked by on-time rate, then fewest overdue cases.
    The per-agency figures are added up to the child of ``agency`` each agency sits under (by its path)."""
    children = (await session.execute(
        select(Agency.id, Agency.name).where(Agency.parent_id == agency.id, Agency.is_active.is_(True))
    )).all()
    paths = dict((await session.execute(
        select(Agency.id, Agency.path).where(Agency.path.startswith(agency.path, autoescape=True))
    )).all())
    depth = agency.path.count("/") - 1
    sums = {cid: {"received": 0, "closed": 0, "on_time": 0, "timed": 0, "overdue": 0} for cid, _ in children}
    for r in per_agency:
        parts = (paths.get(r.agency_id) or "").strip("/").split("/")
        if len(parts) <= depth:
            continue
        child = int(parts[depth])
        if child in sums:
            for k in sums[child]:
                sums[child][k] += getattr(r, k)
    out = [{
        "agency_id": cid, "agency_name": name, "received": sums[cid]["received"], "closed": sums[cid]["closed"],
        "on_time_rate": _rate(sums[cid]["on_time"], sums[cid]["timed"]), "overdue_now": sums[cid]["overdue"],
    } for cid, name in children]
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
    # two plain counts: inside FILTER the EXISTS would run as a subplan per row instead of an anti-join
    policy_total = (await session.execute(select(func.count()).where(policies))).scalar_one()
    without = (await session.execute(select(func.count()).where(lacking))).scalar_one()
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

