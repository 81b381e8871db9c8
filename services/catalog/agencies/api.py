"""Agency directory endpoints. Reading the directory is public (agency guides and contacts are themselves
proactively disclosed); changing it needs ``catalog.agency:write`` within the caller's data scope."""
from __future__ import annotations

from typing import Any

from fastapi import Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import not_found
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router
from services.catalog.agencies import service
from services.catalog.db import kernel
from services.catalog.agencies.schemas import (
    AgencyCreate,
    AgencyDeactivate,
    AgencyHistoryOut,
    AgencyKind,
    AgencyLevel,
    AgencyMove,
    AgencyOut,
    AgencyReactivate,
    AgencySummary,
    AgencyTreeNode,
    AgencyUpdate,
)

router = make_router("/agencies", tags=["agencies"])


async def _out(session: AsyncSession, agency: Any) -> AgencyOut:
    out = AgencyOut.model_validate(agency)
    out.ancestors = await service.ancestors(session, agency)
    return out


@router.get("", response_model=Page[AgencySummary], summary="机关列表（公开）")
async def list_agencies(
    parent_id: int | None = Query(None, ge=1, description="只列出该机关的直接下级"),
    within: int | None = Query(None, ge=1, description="只列出该机关及其全部下级"),
    q: str | None = Query(None, min_length=1, max_length=50, description="名称或代码"),
    level: AgencyLevel | None = None,
    kind: AgencyKind | None = None,
    accepts_requests: bool | None = None,
    include_inactive: bool = Query(False, description="包含已停用机关（需要机关管理权限）"),
    params: PageParams = Depends(page_params),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    root_path = (await service.get_agency(session, within)).path if within else None
    return await service.list_agencies(
        session,
        params=params,
        principal=principal,
        parent_id=parent_id,
        root_id_path=root_path,
        q=q,
        level=level.value if level else None,
        kind=kind.value if kind else None,
        accepts_requests=accepts_requests,
        include_inactive=include_inactive,
    )


@router.get("/tree", response_model=list[AgencyTreeNode], summary="在用机关树（公开）")
async def agency_tree(
    root_id: int | None = Query(None, ge=1),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    return await service.agency_tree(session, root_id=root_id)


@router.get("/{agency_id}", response_model=AgencyOut, summary="机关详情与公开指南（公开）")
async def get_agency(
    agency_id: int,
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> AgencyOut:
    agency = await service.get_agency(session, agency_id)
    if not agency.is_active and not (principal and principal.has("catalog.agency:read")):
        raise not_found("agency")
    return await _out(session, agency)


@router.get("/{agency_id}/history", response_model=list[AgencyHistoryOut], summary="机关变更历史")
async def agency_history(
    agency_id: int,
    principal: Principal = Depends(require("catalog.agency:read")),
    session: AsyncSession = Depends(get_session),
) -> list[Any]:
    agency = await service.get_agency(session, agency_id)
    principal.ensure_access(agency.id, agency.path)
    return await service.agency_history(session, agency_id=agency_id)


@router.post("", response_model=AgencyOut, status_code=201, summary="新建机关（支持 Idempotency-Key）")
async def create_agency(
    request: Request,
    data: AgencyCreate,
    principal: Principal = Depends(require("catalog.agency:write")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    agency = await service.create_agency(session, principal=principal, data=data)
    out = await _out(session, agency)
    await claim.remember(session, 201, out.model_dump(mode="json"))
    await session.commit()
    return out


@router.patch("/{agency_id}", response_model=AgencyOut, summary="修改机关信息")
async def update_agency(
    agency_id: int,
    data: AgencyUpdate,
    principal: Principal = Depends(require("catalog.agency:write")),
    session: AsyncSession = Depends(get_session),
) -> AgencyOut:
    agency = await service.update_agency(session, principal=principal, agency_id=agency_id, data=data)
    await session.commit()
    return await _out(session, agency)


@router.post("/{agency_id}/move", response_model=AgencyOut, summary="调整隶属关系")
async def move_agency(
    agency_id: int,
    data: AgencyMove,
    principal: Principal = Depends(require("catalog.agency:write")),
    session: AsyncSession = Depends(get_session),
) -> AgencyOut:
    agency = await service.move_agency(session, principal=principal, agency_id=agency_id, data=data)
    await session.commit()
    return await _out(session, agency)


@router.post("/{agency_id}/deactivate", response_model=AgencyOut, summary="停用机关")
async def deactivate_agency(
    agency_id: int,
    data: AgencyDeactivate,
    principal: Principal = Depends(require("catalog.agency:write")),
    session: AsyncSession = Depends(get_session),
) -> AgencyOut:
    agency = await service.deactivate_agency(session, principal=principal, agency_id=agency_id, data=data)
    await session.commit()
    return await _out(session, agency)


@router.post("/{agency_id}/reactivate", response_model=AgencyOut, summary="恢复停用的机关")
async def reactivate_agency(
    agency_id: int,
    data: AgencyReactivate,
    principal: Principal = Depends(require("catalog.agency:write")),
    session: AsyncSession = Depends(get_session),
) -> AgencyOut:
    agency = await service.reactivate_agency(session, principal=principal, agency_id=agency_id, data=data)
    await session.commit()
    return await _out(session, agency)
