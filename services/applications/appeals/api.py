"""Appeals endpoints (行政复议、行政诉讼)."""
import uuid
from typing import Any

from fastapi import Depends, Query, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from services.applications import deps
from services.applications.appeals import service
from services.applications.appeals.models import Appeal
from services.applications.appeals.schemas import AppealIn, AppealOut, AppealSummary, DecisionIn
from services.applications.dictionaries import AppealKind, AppealOutcome
from services.applications.reference.models import Agency

router = make_router("/appeals", tags=["appeals"])


@router.get("", response_model=Page[AppealOut], summary="复议诉讼列表")
async def list_appeals(
    case_id: uuid.UUID | None = None,
    kind: AppealKind | None = None,
    outcome: AppealOutcome | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    stmt = select(Appeal).where(principal.scope_condition(Appeal.agency_id, Agency)).order_by(Appeal.filed_on.desc())
    if case_id:
        stmt = stmt.where(Appeal.case_id == case_id)
    if kind:
        stmt = stmt.where(Appeal.kind == kind.value)
    if outcome:
        stmt = stmt.where(Appeal.outcome == outcome.value)
    return await paginate(session, stmt, params)


@router.get("/summary", response_model=AppealSummary, summary="年度复议诉讼情况（年度报告第四部分）")
async def appeal_summary(
    year: int = Query(..., ge=2008, le=2100),
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.summary(session, principal=principal, year=year)


@router.post("", response_model=AppealOut, status_code=201, summary="登记行政复议或行政诉讼")
async def file_appeal(
    request: Request,
    data: AppealIn,
    principal: Principal = Depends(require("applications.appeal:write")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    appeal = await service.file(session, principal=principal, data=data, today=deps.today(request))
    await session.commit()
    return appeal


@router.get("/{appeal_id}", response_model=AppealOut, summary="复议诉讼详情")
async def get_appeal(
    appeal_id: uuid.UUID,
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    return await service.get_appeal(session, appeal_id, principal)


@router.post("/{appeal_id}/decision", response_model=AppealOut, summary="登记复议决定或判决结果")
async def decide(
    request: Request,
    appeal_id: uuid.UUID,
    data: DecisionIn,
    principal: Principal = Depends(require("applications.appeal:write")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    appeal = await service.decide(session, principal=principal, appeal_id=appeal_id, data=data, today=deps.today(request))
    await session.commit()
    return appeal
