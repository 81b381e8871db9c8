"""The annual report's tables computed from the read models, for one agency or an agency with all its
subordinates (roll-up, by the agency paths of the replica).

Counting rules (domain.md §3): a case is counted in the year the report closes it (its first closing) by its
outcome; new = received in the year; carried over = received before the year and still open at its start;
carried forward = open at the year's end. So R1 and R5 hold by construction. Appeals: those decided in the year
by their result, and those still undecided at the year's end as 尚未审结.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy import Date, Numeric, and_, case, cast, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.statistics.figures.models import FigureSet
from services.statistics.ingestion.models import AppealFact, CaseFact, ConsultationFact, EntryFact
from services.statistics.reference.models import Agency
from services.statistics.reports.layout import (
    APPEAL_COLUMNS,
    APPEAL_KINDS,
    APPLICANT_COLUMNS,
    COLUMNS,
    COMPUTED_SECTION2,
    Format,
    figure_by_code,
    format_for_year,
    outcome_row,
    result_codes,
    section3_rows,
)

Scope = Literal["agency", "rollup"]
CHINA_TZ = "Asia/Shanghai"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(date(year, 1, 1), date(year, 12, 31))


def agency_filter(column: Any, agency: Agency, scope: Scope) -> Any:
    """Rows of this agency, or of it and every agency below it (by the replica's paths)."""
    if scope == "agency":
        return column == agency.id
    subtree = select(Agency.id).where(Agency.path.startswith(agency.path, autoescape=True))
    return column.in_(subtree)


def china_date(column: Any) -> Any:
    return cast(func.timezone(CHINA_TZ, column), Date)


# --- section 三 ---------------------------------------------------------------------------------------------


def empty_section3(fmt: Format) -> dict[str, list[int]]:
    return {row.code: [0] * len(COLUMNS) for row in section3_rows(fmt)}


def finish_section3(rows: dict[str, list[int]], fmt: Format) -> dict[str, list[int]]:
    """Fill the 总计 column and the （七）总计 row from the counted cells."""
    total_index = len(APPLICANT_COLUMNS)
    for values in rows.values():
        values[total_index] = sum(values[:total_index])
    rows["total"] = [sum(rows[c][i] for c in result_codes(fmt)) for i in range(len(COLUMNS))]
    return rows


async def section3(session: AsyncSession, agency: Agency, scope: Scope, period: Period, fmt: Format
                   ) -> tuple[dict[str, list[int]], Decimal]:
    """Section 三 and the fees charged on the cases closed in the period."""
    c = CaseFact
    # a closing dated before the receipt counts at the receipt (GREATEST alone would ignore a NULL closing)
    closed = case((c.counted_closed_on.isnot(None), func.greatest(c.counted_closed_on, c.received_on)))
    stmt = (
        select(
            c.applicant_type,
            c.counted_outcome,
            func.count().filter(c.received_on >= period.start).label("new"),
            func.count().filter(c.received_on < period.start).label("carried_over"),
            func.count().filter(closed <= period.end).label("closed"),
            func.count().filter(or_(closed.is_(None), closed > period.end)).label("carried_forward"),
            func.coalesce(func.sum(c.fee_yuan).filter(closed <= period.end), 0).label("fees"),
        )
        .where(
            agency_filter(c.agency_id, agency, scope),
            c.received_on <= period.end,
            or_(c.counted_closed_on.is_(None), closed >= period.start),
        )
        .group_by(c.applicant_type, c.counted_outcome)
    )
    rows = empty_section3(fmt)
    fees = Decimal("0")
    for r in (await session.execute(stmt)).all():
        col = APPLICANT_COLUMNS.index(r.applicant_type) if r.applicant_type in APPLICANT_COLUMNS else 5
        rows["new"][col] += r.new
        rows["carried_over"][col] += r.carried_over
        rows["carried_forward"][col] += r.carried_forward
        if r.closed:
            rows[outcome_row(r.counted_outcome or "other.other", fmt)][col] += r.closed
        fees += Decimal(r.fees)
    return finish_section3(rows, fmt), fees


# --- section 四 ---------------------------------------------------------------------------------------------


def empty_section4() -> dict[str, dict[str, int]]:
    return {kind: {col: 0 for col in APPEAL_COLUMNS} for kind in APPEAL_KINDS}


async def section4(session: AsyncSession, agency: Agency, scope: Scope, period: Period) -> dict[str, dict[str, int]]:
    a = AppealFact
    decided_in_period = and_(a.decided_on >= period.start, a.decided_on <= period.end)
    column = case((decided_in_period, a.outcome), else_=literal("pending"))
    stmt = (
        select(a.kind, column.label("col"), func.count().label("n"))
        .where(
            agency_filter(a.agency_id, agency, scope),
            or_(decided_in_period,
                and_(a.filed_on <= period.end, or_(a.decided_on.is_(None), a.decided_on > period.end))),
        )
        .group_by(a.kind, column)
    )
    out = empty_section4()
    for r in (await session.execute(stmt)).all():
        out[r.kind][r.col] += r.n
    for values in out.values():
        values["total"] = sum(v for k, v in values.items() if k != "total")
    return out


# --- section 二 ---------------------------------------------------------------------------------------------


async def section2(session: AsyncSession, agency: Agency, scope: Scope, period: Period, fmt: Format
                   ) -> dict[str, str]:
    e = EntryFact
    live = e.revoked_at.is_(None)
    published_on = china_date(e.published_at)
    issued = func.coalesce(e.issued_on, e.written_on, published_on)
    if fmt == "2021":
        measures = {
            "issued": and_(issued >= period.start, issued <= period.end),
            "abolished": and_(e.abolished_on >= period.start, e.abolished_on <= period.end),
            "in_force": and_(issued <= period.end, or_(e.abolished_on.is_(None), e.abolished_on > period.end),
                             or_(e.expires_on.is_(None), e.expires_on > period.end)),
        }
    else:
        made = func.coalesce(e.written_on, e.issued_on, published_on)
        measures = {
            "made": and_(made >= period.start, made <= period.end),
            "published": and_(published_on >= period.start, published_on <= period.end),
            "total_published": and_(published_on <= period.end,
                                    or_(e.abolished_on.is_(None), e.abolished_on > period.end)),
        }
    stmt = (
        select(e.regulation_kind, *(func.count().filter(cond).label(name) for name, cond in measures.items()))
        .where(agency_filter(e.agency_id, agency, scope), live, e.regulation_kind.isnot(None))
        .group_by(e.regulation_kind)
    )
    out = {key: "0" for key in COMPUTED_SECTION2[fmt]}
    for r in (await session.execute(stmt)).all():
        for name in measures:
            out[f"{r.regulation_kind}.{name}"] = str(getattr(r, name))
    manual = await manual_figures(session, agency, scope, period.start.year, fmt)
    return {**out, **manual}


async def manual_figures(session: AsyncSession, agency: Agency, scope: Scope, year: int, fmt: Format) -> dict[str, str]:
    """The staff-entered figures of section 二, summed over the agencies in scope; missing ones are 0."""
    kv = func.jsonb_each_text(FigureSet.figures).table_valued("key", "value").render_derived()
    stmt = (
        select(kv.c.key, func.sum(cast(kv.c.value, Numeric(18, 4))))
        .select_from(FigureSet)
        .join(kv, literal(True))
        .where(agency_filter(FigureSet.agency_id, agency, scope), FigureSet.year == year)
        .group_by(kv.c.key)
    )
    definitions = figure_by_code(fmt)
    out = {code: ("0.0000" if f.decimal else "0") for code, f in definitions.items()}
    for key, total in (await session.execute(stmt)).all():
        if key in definitions:
            out[key] = format_figure(Decimal(total), definitions[key].decimal)
    return out


def format_figure(value: Decimal, decimal: bool) -> str:
    return f"{value.quantize(Decimal('0.0001'))}" if decimal else str(int(value))


# --- the whole report --------------------------------------------------------------------------------------


async def consultations(session: AsyncSession, agency: Agency, scope: Scope, period: Period) -> int:
    f = ConsultationFact
    stmt = select(func.count()).where(
        agency_filter(f.agency_id, agency, scope), f.occurred_on >= period.start, f.occurred_on <= period.end
    )
    return int((await session.execute(stmt)).scalar_one())


async def compute(session: AsyncSession, *, agency: Agency, year: int, scope: Scope) -> dict[str, Any]:
    """Every table of the report, as stored in a submitted report's ``figures``."""
    fmt = format_for_year(year)
    period = Period.year(year)
    rows, fees = await section3(session, agency, scope, period, fmt)
    return {
        "format": fmt,
        "year": year,
        "agency_id": agency.id,
        "scope": scope,
        "section2": await section2(session, agency, scope, period, fmt),
        "section3": rows,
        "section4": await section4(session, agency, scope, period),
        "fees_yuan": str(fees.quantize(Decimal("0.01"))),
        "consultations": await consultations(session, agency, scope, period),
    }
