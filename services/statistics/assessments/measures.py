"""Automatic measures: what the platform's own data say about an agency's disclosure work in a period.

Each measure reads the statistics service's read models (fed by catalog's and applications' events; never another
service's database) as of the period's end, for all the agencies of a round at once (set-based SQL, so a round over
500 agencies on a million cases takes seconds, bench/assessments.py). It gives, per agency:

- ``numerator`` / ``denominator`` / ``ratio`` for a share (``ratio`` None when there was nothing to measure),
- ``count`` of occurrences for a count,
- ``details``: the items behind the figure (the late entries, the overdue requests …), at most DETAILS of them, for
  the issue list and the inspector.

The value is stored with the round (``round_measures``), so a round's scores can be reproduced whatever happens
to the data later.
"""
from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.ext.asyncio import AsyncSession

from services.statistics.ingestion.models import AppealFact, CaseFact, EntryFact
from services.statistics.reference.models import Agency, calendar_cache
from services.statistics.reports.compute import Period, china_date

DETAILS = 50  # items kept per agency and measure
Value = dict[str, Any]


@dataclass(frozen=True)
class Param:
    default: int
    minimum: int
    maximum: int
    label_zh: str
    label_en: str


@dataclass(frozen=True)
class Measure:
    code: str
    label_zh: str
    label_en: str
    kind: str  # ratio | count | flag
    category: str  # the issue type lost points are recorded as (dictionary issue_categories)
    compute: Callable[[AsyncSession, Sequence[Agency], Period, dict[str, int]], Awaitable[dict[int, Value]]]
    params: dict[str, Param] = field(default_factory=dict)
    description: str = ""

    def resolve(self, given: dict[str, Any] | None) -> dict[str, int]:
        """The parameters with defaults filled in; unknown names or values out of range raise ValueError."""
        given = dict(given or {})
        unknown = set(given) - set(self.params)
        if unknown:
            raise ValueError(f"未知参数：{'、'.join(sorted(unknown))}|unknown parameters: {', '.join(sorted(unknown))}")
        out = {}
        for name, p in self.params.items():
            value = given.get(name, p.default)
            if not isinstance(value, int) or isinstance(value, bool) or not p.minimum <= value <= p.maximum:
                raise ValueError(f"{p.label_zh}应为 {p.minimum}–{p.maximum} 之间的整数|{p.label_en} must be an "
                                 f"integer from {p.minimum} to {p.maximum}")
            out[name] = value
        return out


def share(numerator: int, denominator: int, details: list[dict[str, Any]] | None = None, **extra: Any) -> Value:
    return {"numerator": numerator, "denominator": denominator,
            "ratio": round(numerator / denominator, 4) if denominator else None,
            "count": denominator - numerator, "details": (details or [])[:DETAILS], **extra}


def counted(count: int | None, details: list[dict[str, Any]] | None = None, **extra: Any) -> Value:
    return {"count": count, "details": (details or [])[:DETAILS], **extra}


Compute = Callable[[AsyncSession, Sequence[Agency], Period, dict[str, int]], Awaitable[dict[int, Value]]]

# A measure runs a few large one-off statements for hundreds of agencies; two planner settings hurt them (found
# with bench/assessments.py, 499 agencies, 1M cases, 300,000 entries):
# - generic plans: a pooled connection keeps its prepared statements, and from their sixth execution PostgreSQL may
#   plan them for unknown parameters. For ``agency_id = ANY(:ids)`` it then expects ~60 rows instead of thousands
#   and joins the coverage queries' CTEs by nested loops: 3.4 s instead of 0.04 s (EXPLAIN ANALYZE: 7.7 s, 83
#   million rows compared). Planning each execution anew costs under 1 ms.
# - JIT: the policies' correlated "first interpretation" probe is costed at ~4,000 per policy (a guess for a GIN
#   ``@>`` on an outer value; it finds one row in 0.004 ms), so the statement crosses jit_above_cost and spends
#   0.3–1 s compiling what executes in 0.03 s.
_PLANNING = text("SELECT current_setting('jit'), current_setting('plan_cache_mode'), "
                 "set_config('jit', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)")
_RESTORE = text("SELECT set_config('jit', :jit, true), set_config('plan_cache_mode', :mode, true)")


def _planned(compute: Compute) -> Compute:
    """Run ``compute`` with custom plans and without JIT, then put both settings back as they were (transaction-
    local: a rollback drops them anyway)."""
    @functools.wraps(compute)
    async def run(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                  params: dict[str, int]) -> dict[int, Value]:
        jit, mode, *_ = (await session.execute(_PLANNING)).one()
        values = await compute(session, agencies, period, params)
        await session.execute(_RESTORE, {"jit": jit, "mode": mode})
        return values
    return run


def _ids(agencies: Sequence[Agency]) -> list[int]:
    return [a.id for a in agencies]


def _live_at(e: Any, end: date) -> Any:
    """Published on or before ``end`` and not revoked by then."""
    return and_(e.published_at.isnot(None), china_date(e.published_at) <= end,
                or_(e.revoked_at.is_(None), china_date(e.revoked_at) > end))


def _ranked(partition: Any, order: Any) -> Any:
    """A row number per agency, to keep the first DETAILS items of each."""
    return func.row_number().over(partition_by=partition, order_by=order).label("rn")


# --- catalog -----------------------------------------------------------------------------------------------------


@_planned
async def publication_timeliness(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                                 params: dict[str, int]) -> dict[int, Value]:
    """Art. 26: entries published in the period within 20 working days of being formed or changed."""
    e = EntryFact
    published = china_date(e.published_at)
    base = and_(e.agency_id.in_(_ids(agencies)), published >= period.start, _live_at(e, period.end))
    totals = (await session.execute(
        select(e.agency_id, func.count(), func.count().filter(e.late.is_(True)))
        .where(base).group_by(e.agency_id))).all()
    late = select(e.agency_id, e.entry_id, e.title, e.timeliness_days, published.label("on"),
                  _ranked(e.agency_id, e.timeliness_days.desc())).where(base, e.late.is_(True)).subquery()
    details: dict[int, list[dict[str, Any]]] = {}
    for r in (await session.execute(select(late).where(late.c.rn <= DETAILS))).all():
        details.setdefault(r.agency_id, []).append(
            {"ref": f"entry:{r.entry_id}", "title": r.title, "note": f"{r.on} 发布，距形成 {r.timeliness_days} 个工作日"})
    out = {a: share(0, 0) for a in _ids(agencies)}
    for agency_id, total, n_late in totals:
        out[agency_id] = share(total - n_late, total, details.get(agency_id))
    return out


@_planned
async def interpretation_timeliness(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                                    params: dict[str, int]) -> dict[int, Value]:
    """Normative documents and policies published in the period whose interpretation was published within N working
    days of the document (by the period's end). A document whose N days run past the period's end and that has no
    interpretation yet is not judged in this period."""
    within = params["within_working_days"]
    cal = await calendar_cache.get(session)
    policy, interp = EntryFact.__table__.alias("p"), EntryFact.__table__.alias("i")
    p_on = china_date(policy.c.published_at)
    first = (select(func.min(china_date(interp.c.published_at)))
             .where(interp.c.interprets.contains(array([policy.c.entry_id])), _live_at(interp.c, period.end))
             .scalar_subquery())
    rows = (await session.execute(
        select(policy.c.agency_id, policy.c.entry_id, policy.c.title, p_on.label("on"), first.label("interpreted_on"))
        .where(policy.c.agency_id.in_(_ids(agencies)), or_(policy.c.regulation_kind == "normative",
                                                           policy.c.is_policy.is_(True)),
               p_on >= period.start, _live_at(policy.c, period.end))
        .order_by(policy.c.agency_id, p_on))).all()
    tallies: dict[int, list[int]] = {}
    details: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        due = cal.add_working_days(r.on, within).date
        done = r.interpreted_on is not None and r.interpreted_on <= due
        if not done and due > period.end and r.interpreted_on is None:
            continue  # not yet due at the period's end
        t = tallies.setdefault(r.agency_id, [0, 0])
        t[1] += 1
        if done:
            t[0] += 1
        else:
            note = (f"{r.on} 发布，{r.interpreted_on} 才发布解读（期限 {due}）" if r.interpreted_on
                    else f"{r.on} 发布，至 {period.end} 无解读（期限 {due}）")
            details.setdefault(r.agency_id, []).append({"ref": f"entry:{r.entry_id}", "title": r.title, "note": note})
    return {a: share(*tallies.get(a, [0, 0]), details.get(a)) for a in _ids(agencies)}


@_planned
async def column_freshness(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                           params: dict[str, int]) -> dict[int, Value]:
    """Columns of the agency's catalog left empty, or without a new entry for N days, at the period's end."""
    from services.statistics.ingestion import coverage

    found = await coverage.column_freshness(session, _ids(agencies), period.end, params["stale_after_days"])
    out = {}
    for agency_id in _ids(agencies):
        f = found.get(agency_id) or {"columns": 0, "empty": [], "stale": []}
        details = ([{"ref": f"column:{c}", "title": n, "note": "栏目为空"} for c, n in _named(f, "empty")]
                   + [{"ref": f"column:{c}", "title": n, "note": f"超过 {params['stale_after_days']} 天未更新"}
                      for c, n in _named(f, "stale")])
        out[agency_id] = counted(len(f["empty"]) + len(f["stale"]), details, columns=f["columns"])
    return out


def _named(found: dict[str, Any], key: str) -> list[tuple[Any, str]]:
    names = found.get("names") or {}
    return [(c, names.get(c, f"栏目 {c}")) for c in found.get(key, [])]


@_planned
async def standard_coverage(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                            params: dict[str, int]) -> dict[int, Value]:
    """Items of the agency's standard directory (政务公开事项标准目录) with at least one live entry at the period's end."""
    from services.statistics.ingestion import coverage

    found = await coverage.standard_coverage(session, _ids(agencies), period.end)
    out = {}
    for agency_id in _ids(agencies):
        f = found.get(agency_id) or {"items": 0, "covered": 0, "uncovered": []}
        names = f.get("names") or {}
        details = [{"ref": f"standard_item:{i}", "title": names.get(i, f"事项 {i}"), "note": "无已公开信息"}
                   for i in f["uncovered"]]
        out[agency_id] = share(f["covered"], f["items"], details)
    return out


# --- requests ----------------------------------------------------------------------------------------------------


@_planned
async def reply_on_time(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                        params: dict[str, int]) -> dict[int, Value]:
    """Requests closed in the period within the statutory time."""
    c = CaseFact
    base = and_(c.agency_id.in_(_ids(agencies)), c.closed_on >= period.start, c.closed_on <= period.end,
                c.on_time.isnot(None))
    totals = (await session.execute(select(c.agency_id, func.count(), func.count().filter(c.on_time.is_(True)))
                                    .where(base).group_by(c.agency_id))).all()
    late = select(c.agency_id, c.case_id, c.closed_on, c.due_on,
                  _ranked(c.agency_id, c.closed_on)).where(base, c.on_time.is_(False)).subquery()
    details: dict[int, list[dict[str, Any]]] = {}
    for r in (await session.execute(select(late).where(late.c.rn <= DETAILS))).all():
        details.setdefault(r.agency_id, []).append(
            {"ref": f"case:{r.case_id}", "title": "逾期答复", "note": f"{r.closed_on} 办结，期限 {r.due_on}"})
    out = {a: share(0, 0) for a in _ids(agencies)}
    for agency_id, total, on_time in totals:
        out[agency_id] = share(on_time, total, details.get(agency_id))
    return out


@_planned
async def overdue_open(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                       params: dict[str, int]) -> dict[int, Value]:
    """Requests still open at the period's end past their due date."""
    c = CaseFact
    base = and_(c.agency_id.in_(_ids(agencies)), c.received_on <= period.end,
                or_(c.closed_on.is_(None), c.closed_on > period.end), c.due_on < period.end)
    # one pass: each agency's count comes with its first DETAILS rows (a second statement for the counts scanned
    # the same rows again, ~90 ms at a million cases)
    rows = select(c.agency_id, c.case_id, c.due_on, _ranked(c.agency_id, c.due_on),
                  func.count().over(partition_by=c.agency_id).label("total")).where(base).subquery()
    totals: dict[int, int] = {}
    details: dict[int, list[dict[str, Any]]] = {}
    for r in (await session.execute(select(rows).where(rows.c.rn <= DETAILS))).all():
        totals[r.agency_id] = r.total
        details.setdefault(r.agency_id, []).append(
            {"ref": f"case:{r.case_id}", "title": "逾期未办结", "note": f"答复期限 {r.due_on}"})
    return {a: counted(totals.get(a, 0), details.get(a)) for a in _ids(agencies)}


@_planned
async def appeals_corrected(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                            params: dict[str, int]) -> dict[int, Value]:
    """Reconsiderations and lawsuits decided in the period that corrected the agency's reply (复议纠错、诉讼败诉)."""
    a = AppealFact
    rows = (await session.execute(
        select(a.agency_id, a.appeal_id, a.kind, a.decided_on)
        .where(a.agency_id.in_(_ids(agencies)), a.outcome == "corrected", a.decided_on >= period.start,
               a.decided_on <= period.end)
        .order_by(a.agency_id, a.decided_on))).all()
    found: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        label = "行政复议纠错" if r.kind == "reconsideration" else "行政诉讼败诉"
        found.setdefault(r.agency_id, []).append({"ref": f"appeal:{r.appeal_id}", "title": label,
                                                  "note": f"{r.decided_on} 决定"})
    return {x: counted(len(found.get(x, [])), found.get(x)) for x in _ids(agencies)}


# --- annual reports --------------------------------------------------------------------------------------------


async def _reports(session: AsyncSession, agencies: Sequence[Agency], period: Period) -> dict[int, Any]:
    from services.statistics.reports.models import AnnualReport
    from services.statistics.reports.service import is_government

    year = period.end.year - 1  # the report due in the period's year
    scope_of = {a.id: ("rollup" if is_government(a) else "agency") for a in agencies}
    rows = (await session.execute(select(AnnualReport).where(
        AnnualReport.agency_id.in_(_ids(agencies)), AnnualReport.year == year))).scalars().all()
    return {r.agency_id: r for r in rows if r.scope == scope_of[r.agency_id]}


@_planned
async def annual_report_on_time(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                                params: dict[str, int]) -> dict[int, Value]:
    """The annual report due in the period's year (Art. 49: departments by 31 January, governments by 31 March)
    submitted and published by its deadline. Not yet due at the period's end: not judged."""
    from kernel import clock
    from services.statistics.reports.service import deadline_for

    reports = await _reports(session, agencies, period)
    out = {}
    for agency in agencies:
        deadline = deadline_for(agency, period.end.year - 1)
        if deadline > period.end:
            out[agency.id] = share(0, 0)
            continue
        r = reports.get(agency.id)
        ok = bool(r and r.submitted_at and r.published_at and clock.local_date(r.submitted_at) <= deadline
                  and clock.local_date(r.published_at) <= deadline)
        note = (f"{period.end.year - 1} 年度报告未在 {deadline} 前报送并发布" if not ok else "")
        out[agency.id] = share(int(ok), 1, [] if ok else [{"ref": f"report:{r.id if r else ''}", "title": "年度报告逾期",
                                                             "note": note}])
    return out


@_planned
async def annual_report_violations(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                                   params: dict[str, int]) -> dict[int, Value]:
    """Consistency errors (R1–R6) in the annual report due in the period's year, as submitted."""
    from services.statistics.reports.rules import blocking
    from services.statistics.reports.service import FROZEN, violations_of

    reports = await _reports(session, agencies, period)
    out: dict[int, Value] = {}
    for agency in agencies:
        r = reports.get(agency.id)
        if r is None or r.status not in FROZEN or r.figures is None:
            out[agency.id] = counted(None)  # nothing submitted: the on-time indicator judges that
            continue
        errors = blocking(await violations_of(session, r, r.figures))
        out[agency.id] = counted(len(errors), [{"ref": f"report:{r.id}", "title": f"{v.rule} 不一致",
                                                "note": v.message} for v in errors])
    return out


STALE = Param(90, 7, 730, "未更新天数", "days without a new entry")
WITHIN = Param(10, 1, 60, "解读发布期限（工作日）", "working days to publish the interpretation")

MEASURES: dict[str, Measure] = {m.code: m for m in (
    Measure("publication_timeliness", "主动公开及时率（20个工作日内公开）", "Published within 20 working days",
            "ratio", "late_publication", publication_timeliness),
    Measure("interpretation_timeliness", "规范性文件政策解读同步率", "Policies interpreted in time", "ratio",
            "missing_interpretation", interpretation_timeliness, {"within_working_days": WITHIN}),
    Measure("column_freshness", "栏目空白、长期未更新", "Empty or stale columns", "count", "stale_column",
            column_freshness, {"stale_after_days": STALE}),
    Measure("standard_coverage", "标准目录事项公开覆盖率", "Standard-directory coverage", "ratio", "standard_gap",
            standard_coverage),
    Measure("reply_on_time", "依申请公开按期答复率", "Requests answered in time", "ratio", "late_reply", reply_on_time),
    Measure("overdue_open", "逾期未办结的申请", "Requests overdue and still open", "count", "overdue_request",
            overdue_open),
    Measure("appeals_corrected", "复议纠错、诉讼败诉", "Appeals that corrected the reply", "count",
            "appeal_corrected", appeals_corrected),
    Measure("annual_report_on_time", "年度报告按期报送并发布", "Annual report on time", "flag", "report_late",
            annual_report_on_time),
    Measure("annual_report_violations", "年度报告勾稽关系错误", "Annual-report consistency errors", "count",
            "report_inconsistent", annual_report_violations),
)}
MEASURE_KINDS = {m.code: m.kind for m in MEASURES.values()}


async def measure_all(session: AsyncSession, agencies: Sequence[Agency], period: Period,
                      wanted: list[tuple[str, str, dict[str, int]]]) -> dict[tuple[int, str], Value]:
    """Values for every (agency, indicator code) of a round: ``wanted`` lists (indicator code, measure, params).
    Each distinct measure and parameter set is computed once for all agencies."""
    cache: dict[tuple[str, tuple[tuple[str, int], ...]], dict[int, Value]] = {}
    out: dict[tuple[int, str], Value] = {}
    for code, measure, params in wanted:
        key = (measure, tuple(sorted(params.items())))
        if key not in cache:
            cache[key] = await MEASURES[measure].compute(session, agencies, period, params)
        for agency in agencies:
            out[(agency.id, code)] = cache[key][agency.id]
    return out

