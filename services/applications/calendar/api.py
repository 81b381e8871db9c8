"""Working-day calendar endpoints: reading and computing are public; editing needs
``applications.calendar:write`` (administrators)."""
from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Depends, Path, Query
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import bad_request
from kernel.service import make_router
from services.applications.calendar import service
from services.applications.calendar.schemas import (
    CalendarYearIn,
    CalendarYearOut,
    CalendarYearSummary,
    WorkdayComputation,
    WorkdayCount,
)

router = make_router("/calendar", tags=["calendar"])

YearPath = Path(..., ge=2000, le=2100, description="年份")


@router.get("/years", response_model=list[CalendarYearSummary], summary="已录入节假日安排的年份")
async def list_years(
    _: Principal | None = Depends(public()), session: AsyncSession = Depends(get_session)
) -> list[Any]:
    return await service.list_years(session)


@router.get("/years/{year}", response_model=CalendarYearOut, summary="某年的节假日与调休安排")
async def get_year(
    year: int = YearPath, _: Principal | None = Depends(public()), session: AsyncSession = Depends(get_session)
) -> dict[str, Any]:
    return await service.get_year(session, year)


@router.put("/years/{year}", response_model=CalendarYearOut, summary="录入或修改某年的节假日安排（管理员）")
async def put_year(
    data: CalendarYearIn,
    year: int = YearPath,
    principal: Principal = Depends(require("applications.calendar:write")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    await service.replace_year(session, principal=principal, year=year, data=data)
    await session.commit()
    return await service.get_year(session, year)


@router.get("/add", response_model=WorkdayComputation, summary="计算 N 个工作日后的日期（含计算过程）")
async def add_working_days(
    start: date = Query(..., description="起算日（当日不计入）"),
    days: int = Query(..., ge=0, le=400, description="工作日数"),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    if not 2000 <= start.year <= 2099:
        raise bad_request("起算日应在 2000 至 2099 年之间。", "The start date must be between 2000 and 2099.")
    return await service.compute_due(session, start=start, working_days=days)


@router.get("/between", response_model=WorkdayCount, summary="两个日期之间的工作日数（不含起始日，含结束日）")
async def between(
    start: date,
    end: date,
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    if abs((end - start).days) > 3660 or not 2000 <= min(start, end).year:
        raise bad_request("日期区间不能超过十年，且应在 2000 年之后。", "The range must be within ten years, after 2000.")
    return await service.count_between(session, start=start, end=end)
