from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem
from services.statistics.db import kernel
from services.statistics.figures.models import FigureSet
from services.statistics.figures.schemas import FiguresIn
from services.statistics.reports.layout import figure_by_code, format_for_year, manual_figures
from services.statistics.reports.service import ensure_read, ensure_write, get_agency

MAX_COUNT = Decimal(10) ** 9
MAX_AMOUNT = Decimal(10) ** 9  # 万元


def _validate(data: FiguresIn, year: int) -> dict[str, str]:
    definitions = figure_by_code(format_for_year(year))
    errors = []
    out: dict[str, str] = {}
    for code, value in data.figures.items():
        figure = definitions.get(code)
        field = f"figures.{code}"
        if figure is None:
            errors.append({"field": field, "code": "unknown", "message": f"{year} 年度报告格式中没有此项",
                           "message_en": f"not a figure of the {year} report format"})
            continue
        if not value.is_finite():
            errors.append({"field": field, "code": "invalid", "message": "应为数字", "message_en": "must be a number"})
        elif value < 0 and not figure.signed:
            errors.append({"field": field, "code": "negative", "message": "不能为负数", "message_en": "must not be negative"})
        elif abs(value) >= (MAX_AMOUNT if figure.decimal else MAX_COUNT):
            errors.append({"field": field, "code": "too_large", "message": "数值过大", "message_en": "too large"})
        elif figure.decimal and value.as_tuple().exponent < -4:  # type: ignore[operator]
            errors.append({"field": field, "code": "precision", "message": "金额以万元为单位，最多保留四位小数",
                           "message_en": "amounts are in 10,000 yuan with at most four decimals"})
        elif not figure.decimal and value != value.to_integral_value():
            errors.append({"field": field, "code": "integer", "message": "应为整数", "message_en": "must be a whole number"})
        else:
            out[code] = str(value.quantize(Decimal("0.0001"))) if figure.decimal else str(int(value))
    if errors:
        raise Problem(422, "validation_error", params={"count": len(errors)}, errors=errors)
    return out


def view(agency_id: int, year: int, row: FigureSet | None) -> dict[str, Any]:
    fmt = format_for_year(year)
    definitions = manual_figures(fmt)
    stored = row.figures if row else {}
    return {
        "agency_id": agency_id, "year": year, "format": fmt,
        "definitions": [{"code": f.code, "label": f.label, "decimal": f.decimal, "signed": f.signed} for f in definitions],
        "figures": {f.code: stored.get(f.code, "0.0000" if f.decimal else "0") for f in definitions},
        "version": row.version if row else None, "source": row.source if row else None,
        "updated_by": row.updated_by if row else None, "updated_at": row.updated_at if row else None,
    }


async def get_figures(session: AsyncSession, *, principal: Principal, agency_id: int, year: int) -> dict[str, Any]:
    agency = await get_agency(session, agency_id)
    ensure_read(principal, agency)
    return view(agency_id, year, await session.get(FigureSet, (agency_id, year)))


async def put_figures(session: AsyncSession, *, principal: Principal, agency_id: int, year: int, data: FiguresIn
                      ) -> dict[str, Any]:
    """Replace an agency's figures for a year (codes not given become 0)."""
    agency = await get_agency(session, agency_id)
    ensure_write(principal, agency)
    values = _validate(data, year)
    row = (await session.execute(
        select(FigureSet).where(FigureSet.agency_id == agency_id, FigureSet.year == year).with_for_update()
    )).scalar_one_or_none()
    actor = principal.name or principal.username or principal.sub
    source = "client" if principal.kind == "client" else "staff"
    before = None
    if row is None:
        if data.version is not None:
            raise Problem(409, "version_conflict", params={"current": 0})
        row = FigureSet(agency_id=agency_id, year=year, figures=values, version=1, source=source, updated_by=actor)
        session.add(row)
    else:
        if data.version is not None and data.version != row.version:
            raise Problem(409, "version_conflict", params={"current": row.version})
        if data.version is None and principal.kind != "client":
            # staff edit what they saw; another platform pushes its latest numbers (with an Idempotency-Key)
            raise Problem(409, "version_conflict", params={"current": row.version})
        before = dict(row.figures)
        row.figures = values
        row.version += 1
        row.source = source
        row.updated_by = actor
    await session.flush()
    kernel.audit(session, action="figures.put", entity_type="figure_set", entity_id=f"{agency_id}/{year}",
                 before=before, after=values, agency_id=agency_id)
    await session.refresh(row)
    return view(agency_id, year, row)
