from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Depends, Query
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.errors import bad_request
from kernel.service import make_router
from services.statistics.dashboards import service
from services.statistics.dashboards.schemas import CatalogDashboard, RequestDashboard
from services.statistics.reports.compute import Period
from services.statistics.reports.schemas import ReportScope
from services.statistics.reports.service import ensure_read, get_agency, today_in_china

router = make_router("/dashboards", tags=["dashboards"])


def _period(start: date | None, end: date | None) -> Period:
    today = today_in_china()
    period = Period(start or date(today.year, 1, 1), end or today)
    if period.end < period.start or (period.end - period.start).days > 3700:
        raise bad_request("统计区间无效：结束日期应不早于开始日期，且区间不超过十年。",
                          "Invalid period: end before start, or longer than ten years.")
    return period


@router.get("/requests", response_model=RequestDashboard, summary="依申请公开看板（受理、办结、按期率、用时、逾期、趋势、下级排名）")
async def request_dashboard(
    agency_id: int = Query(..., ge=1),
    start: date | None = Query(None, description="开始日期（默认本年 1 月 1 日）"),
    end: date | None = Query(None, description="结束日期（默认今天）"),
    scope: ReportScope = ReportScope.rollup,
    principal: Principal = Depends(require("statistics.dashboard:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency = await get_agency(session, agency_id)
    ensure_read(principal, agency)
    period = _period(start, end)
    figures = await service.requests(session, agency=agency, scope=scope.value, period=period, today=today_in_china())
    return {"agency_id": agency.id, "scope": scope.value, "start": period.start, "end": period.end, **figures}


@router.get("/catalog", response_model=CatalogDashboard, summary="主动公开看板（按体裁、主题，超期发布，缺少解读的政策）")
async def catalog_dashboard(
    agency_id: int = Query(..., ge=1),
    start: date | None = None,
    end: date | None = None,
    scope: ReportScope = ReportScope.rollup,
    principal: Principal = Depends(require("statistics.dashboard:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency = await get_agency(session, agency_id)
    ensure_read(principal, agency)
    period = _period(start, end)
    figures = await service.catalog(session, agency=agency, scope=scope.value, period=period)
    return {"agency_id": agency.id, "scope": scope.value, "start": period.start, "end": period.end, **figures}
