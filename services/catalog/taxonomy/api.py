"""Theme and column endpoints. Both trees are public (they are how the public finds information); the themes are
maintained by global administrators (``catalog.taxonomy:write``), an agency's columns by its own staff
(``catalog.column:write`` within their data scope)."""
from __future__ import annotations

from typing import Any

from fastapi import Depends, Path, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.service import make_router
from services.catalog.db import kernel
from services.catalog.taxonomy import service
from services.catalog.taxonomy.schemas import (
    ColumnCreate, ColumnMerge, ColumnMergeOut, ColumnNode, ColumnOut, ColumnUpdate, ColumnVersion, DuplicateGroup,
    ThemeCreate, ThemeNode, ThemeOut, ThemeUpdate,
)

router = make_router(tags=["taxonomy"])

TAXONOMY_WRITE = require("catalog.taxonomy:write")
COLUMN_WRITE = require("catalog.column:write")
THEME_CODE = Path(..., pattern=r"^\d{2}(\.\d{2})?$", description="分类代码，如 11 或 11.02")


# --- themes ----------------------------------------------------------------------------------------------------


@router.get("/themes", response_model=list[ThemeNode], summary="主题分类树（公开）")
async def list_themes(
    include_inactive: bool = Query(False, description="包含已停用的分类（仅工作人员）"),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    staff = principal is not None and principal.kind == "staff"
    return await service.theme_tree(session, include_inactive=include_inactive and staff)


@router.post("/themes", response_model=ThemeOut, status_code=201, summary="新增主题分类（代码自动分配）")
async def create_theme(
    data: ThemeCreate,
    _: Principal = Depends(TAXONOMY_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    theme = await service.create_theme(session, data=data)
    out = ThemeOut.model_validate(theme)
    await session.commit()
    return out


@router.patch("/themes/{code}", response_model=ThemeOut, summary="修改、排序、停用或恢复主题分类")
async def update_theme(
    data: ThemeUpdate,
    code: str = THEME_CODE,
    _: Principal = Depends(TAXONOMY_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    theme = await service.update_theme(session, code=code, data=data)
    out = ThemeOut.model_validate(theme)
    await session.commit()
    return out


# --- columns ---------------------------------------------------------------------------------------------------


@router.get("/columns", response_model=list[ColumnNode], summary="机关的栏目树及各栏目公开条目数（公开）")
async def list_columns(
    agency_id: int = Query(..., ge=1, description="机关"),
    include_inactive: bool = Query(False, description="包含已停用栏目（仅该机关范围内的工作人员）"),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    return await service.column_tree(session, agency_id=agency_id, principal=principal,
                                     include_inactive=include_inactive)


@router.get("/columns/duplicates", response_model=list[DuplicateGroup], summary="疑似重复的栏目（名称规范化后相同）")
async def duplicate_columns(
    agency_id: int = Query(..., ge=1),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    return await service.duplicate_columns(session, principal=principal, agency_id=agency_id)


@router.get("/columns/{column_id}", response_model=ColumnOut, summary="栏目详情（公开）")
async def get_column(
    column_id: int = Path(..., ge=1),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Any:
    return await service.get_column(session, column_id=column_id, principal=principal)


@router.post("/columns", response_model=ColumnOut, status_code=201, summary="新建栏目（支持 Idempotency-Key）")
async def create_column(
    request: Request,
    data: ColumnCreate,
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    column = await service.create_column(session, principal=principal, data=data)
    out = ColumnOut.model_validate(column)
    await claim.remember(session, 201, out.model_dump(mode="json"))
    await session.commit()
    return out


@router.patch("/columns/{column_id}", response_model=ColumnOut, summary="修改栏目（名称、说明、排序、上级栏目）")
async def update_column(
    data: ColumnUpdate,
    column_id: int = Path(..., ge=1),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    column = await service.update_column(session, principal=principal, column_id=column_id, data=data)
    out = ColumnOut.model_validate(column)
    await session.commit()
    return out


@router.post("/columns/{column_id}/deactivate", response_model=ColumnOut, summary="停用栏目")
async def deactivate_column(
    data: ColumnVersion,
    column_id: int = Path(..., ge=1),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    column = await service.deactivate_column(session, principal=principal, column_id=column_id, version=data.version)
    out = ColumnOut.model_validate(column)
    await session.commit()
    return out


@router.post("/columns/{column_id}/reactivate", response_model=ColumnOut, summary="恢复停用的栏目")
async def reactivate_column(
    data: ColumnVersion,
    column_id: int = Path(..., ge=1),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    column = await service.reactivate_column(session, principal=principal, column_id=column_id, version=data.version)
    out = ColumnOut.model_validate(column)
    await session.commit()
    return out


@router.post("/columns/{column_id}/merge", response_model=ColumnMergeOut,
             summary="合并栏目：条目和下级栏目转入目标栏目，本栏目停用")
async def merge_column(
    data: ColumnMerge,
    column_id: int = Path(..., ge=1),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    source, target, moved, children = await service.merge_column(session, principal=principal, column_id=column_id,
                                                                  data=data)
    out = ColumnMergeOut(column=ColumnOut.model_validate(source), target=ColumnOut.model_validate(target),
                         moved_entries=len(moved), moved_children=children)
    await session.commit()
    return out


@router.delete("/columns/{column_id}", status_code=204, summary="删除从未被使用的栏目")
async def delete_column(
    column_id: int = Path(..., ge=1),
    version: int = Query(..., ge=1, description="栏目的当前版本号"),
    principal: Principal = Depends(COLUMN_WRITE),
    session: AsyncSession = Depends(get_session),
) -> Response:
    await service.delete_column(session, principal=principal, column_id=column_id, version=version)
    await session.commit()
    return Response(status_code=204)
