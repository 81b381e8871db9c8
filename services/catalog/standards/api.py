"""Standard directory endpoints. The directory is itself public information; the pilot areas are maintained by
global administrators (``catalog.taxonomy:write``), an agency's items by its staff (``catalog.standard:write``
within their data scope); the coverage view is for staff who read the agency's entries."""
from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Depends, Path, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.service import make_router
from services.catalog.db import kernel
from services.catalog.standards import service
from services.catalog.standards.schemas import (
    AreaCreate, AreaOut, AreaUpdate, CopyResult, CoverageOut, ItemCopy, ItemCreate, ItemNode, ItemOut, ItemUpdate,
    ItemVersion,
)

router = make_router(tags=["standard directory"])

TAXONOMY_WRITE = require("catalog.taxonomy:write")
STANDARD_WRITE = require("catalog.standard:write")
AREA_CODE = Path(..., pattern=r"^[a-z][a-z0-9_]{1,39}$")


# --- areas -----------------------------------------------------------------------------------------------------


@router.get("/standard-areas", response_model=list[AreaOut], summary="标准目录试点领域（公开）")
async def list_areas(
    include_inactive: bool = Query(False, description="包含已停用的领域（仅工作人员）"),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> list[Any]:
    staff = principal is not None and principal.kind == "staff"
    return await service.list_areas(session, include_inactive=include_inactive and staff)


@router.post("/standard-areas", response_model=AreaOut, status_code=201, summary="新增试点领域")
async def create_area(
    data: AreaCreate,
    _: Principal = Depends(TAXONOMY_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    area = await service.create_area(session, data=data)
    out = AreaOut.model_validate(area)
    await session.commit()
    return out


@router.patch("/standard-areas/{code}", response_model=AreaOut, summary="修改、排序、停用或恢复试点领域")
async def update_area(
    data: AreaUpdate,
    code: str = AREA_CODE,
    _: Principal = Depends(TAXONOMY_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    area = await service.update_area(session, code=code, data=data)
    out = AreaOut.model_validate(area)
    await session.commit()
    return out


# --- items -----------------------------------------------------------------------------------------------------


@router.get("/standard-items", response_model=list[ItemNode], summary="机关的主动公开标准目录（公开，两级）")
async def list_items(
    agency_id: int = Query(..., ge=1),
    area_code: str | None = Query(None, pattern=r"^[a-z][a-z0-9_]{1,39}$", description="只列出该领域"),
    include_inactive: bool = Query(False, description="包含已停用事项（仅该机关范围内的工作人员）"),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    return await service.item_tree(session, agency_id=agency_id, principal=principal, area_code=area_code,
                                   include_inactive=include_inactive)


@router.get("/standard-items/coverage", response_model=CoverageOut, summary="标准目录覆盖情况：期间内没有发布信息的事项")
async def coverage(
    request: Request,
    agency_id: int = Query(..., ge=1),
    start: date = Query(..., alias="from", description="期间开始日期（含）"),
    end: date = Query(..., alias="to", description="期间结束日期（含）；期间最长 5 年"),
    area_code: str | None = Query(None, pattern=r"^[a-z][a-z0-9_]{1,39}$"),
    principal: Principal = Depends(require("catalog.entry:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.coverage(session, principal=principal, agency_id=agency_id, start=start, end=end,
                                  tz=request.app.state.settings.timezone, area_code=area_code)


@router.get("/standard-items/{item_id}", response_model=ItemOut, summary="标准目录事项详情（公开）")
async def get_item(
    item_id: int = Path(..., ge=1),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Any:
    return await service.get_item(session, item_id=item_id, principal=principal)


@router.post("/standard-items", response_model=ItemOut, status_code=201, summary="新增标准目录事项（支持 Idempotency-Key）")
async def create_item(
    request: Request,
    data: ItemCreate,
    principal: Principal = Depends(STANDARD_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    item = await service.create_item(session, principal=principal, data=data)
    out = ItemOut.model_validate(item)
    await claim.remember(session, 201, out.model_dump(mode="json"))
    await session.commit()
    return out


@router.post("/standard-items/copy", response_model=CopyResult, summary="复制其他机关的标准目录（如县级模板复制到各乡镇）")
async def copy_items(
    data: ItemCopy,
    principal: Principal = Depends(STANDARD_WRITE),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    result = await service.copy_items(session, principal=principal, data=data)
    await session.commit()
    return result


@router.patch("/standard-items/{item_id}", response_model=ItemOut, summary="修改标准目录事项")
async def update_item(
    data: ItemUpdate,
    item_id: int = Path(..., ge=1),
    principal: Principal = Depends(STANDARD_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    item = await service.update_item(session, principal=principal, item_id=item_id, data=data)
    out = ItemOut.model_validate(item)
    await session.commit()
    return out


@router.post("/standard-items/{item_id}/deactivate", response_model=ItemOut, summary="停用标准目录事项（含其二级事项）")
async def deactivate_item(
    data: ItemVersion,
    item_id: int = Path(..., ge=1),
    principal: Principal = Depends(STANDARD_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    item = await service.deactivate_item(session, principal=principal, item_id=item_id, version=data.version)
    out = ItemOut.model_validate(item)
    await session.commit()
    return out


@router.post("/standard-items/{item_id}/reactivate", response_model=ItemOut, summary="恢复停用的标准目录事项")
async def reactivate_item(
    data: ItemVersion,
    item_id: int = Path(..., ge=1),
    principal: Principal = Depends(STANDARD_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    item = await service.reactivate_item(session, principal=principal, item_id=item_id, version=data.version)
    out = ItemOut.model_validate(item)
    await session.commit()
    return out
