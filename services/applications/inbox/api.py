"""The clerk's inbox: applications submitted online or by a partner platform that wait for confirmation of receipt
(Art. 31), the longest-waiting first, with how long they have waited in working days."""
from typing import Any

from fastapi import Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from services.applications import deps
from services.applications.cases.service import calendar
from services.applications.inbox import service
from services.applications.inbox.schemas import InboxItem, InboxSummary

router = make_router("/inbox", tags=["inbox"])
READ = "applications.case:read"


@router.get("", response_model=Page[InboxItem],
            summary="待确认收到的申请（网上申请、对接平台；等待最久的在前，含已等待工作日数与确认超期标记）")
async def inbox(
    request: Request,
    agency_id: int | None = Query(None, ge=1, description="只列出此机关的"),
    overdue_only: bool = Query(False, description="只列出确认超期的（已等待超过 1 个工作日）"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    cal = await calendar(session)
    today = deps.today(request)
    stmt = service.waiting_query(principal, agency_id=agency_id,
                                 submitted_before=service.overdue_before(cal, today) if overdue_only else None)
    page = await paginate(session, stmt, params, scalars=False)
    page["items"] = [service.item(cal, today, row) for row in page["items"]]
    return page


@router.get("/summary", response_model=InboxSummary, summary="待确认收到的申请数与其中确认超期的数目（角标）")
async def inbox_summary(
    request: Request,
    agency_id: int | None = Query(None, ge=1),
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    cal = await calendar(session)
    return await service.summary(session, cal, principal, today=deps.today(request), agency_id=agency_id)
