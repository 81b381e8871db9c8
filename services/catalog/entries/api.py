"""Catalog entry endpoints. Staff work on entries of their data scope (``catalog.entry:*`` permissions); the
public reads the live version of published entries without logging in."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Literal

from fastapi import Depends, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import Problem, not_found
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router
from kernel.storage import FileStore, disposition
from kernel.workdays import WorkCalendar
from services.catalog.agencies.models import Agency
from services.catalog.db import kernel
from services.catalog.entries import service, workflow
from services.catalog.entries.schemas import (
    ApproveIn, DisclosureAttribute, EntryCreate, EntryOut, EntryStatus, EntrySummary, EntryUpdate, Genre, HistoryOut,
    LateEntryOut, PolicyOut, PublicEntryOut, PublicListItem, ReturnIn, RevokeIn, VersionIn, VersionOut,
)
from services.catalog.reference.models import calendar_cache

router = make_router("/entries", tags=["entries"])
public_router = make_router("/public/entries", tags=["public"])
public_annual_router = make_router("/public", tags=["public"])
reports_router = make_router(tags=["entries"])

READ = require("catalog.entry:read")
WRITE = require(workflow.WRITE)


def step(name: str) -> Any:
    """Who may call a workflow action's route: the permission of its row in the workflow table."""
    return require(workflow.BY_NAME[name].permission)


# --- request-scoped helpers ------------------------------------------------------------------------------------


def _today(request: Request) -> date:
    return request.app.state.settings.today()


def _store(request: Request) -> FileStore:
    return request.app.state.store


async def _calendar(session: AsyncSession) -> WorkCalendar:
    return await calendar_cache.get(session)


async def _agency_path(session: AsyncSession, principal: Principal | None, agency_id: int | None,
                       include_subordinates: bool) -> tuple[str | None, int | None]:
    """A filter on an agency: its subtree (by path) or the agency alone. Staff asking for an agency outside their
    scope get an empty list, not an error (the scope condition applies anyway)."""
    if agency_id is None:
        return None, None
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    return (agency.path, None) if include_subordinates else (None, agency.id)


async def _view(request: Request, session: AsyncSession, entry: Any, agency: Any, principal: Principal) -> dict[str, Any]:
    return await service.entry_view(session, entry, agency, principal, await _calendar(session), _today(request))


# --- staff: entries --------------------------------------------------------------------------------------------


@router.get("", response_model=Page[EntrySummary], summary="条目列表（本人数据范围内，含草稿）")
async def list_entries(
    request: Request,
    agency_id: int | None = Query(None, ge=1, description="发布机构"),
    include_subordinates: bool = Query(False, description="包含下级机关"),
    status: EntryStatus | None = None,
    genre: Genre | None = None,
    theme_code: str | None = Query(None, max_length=10, description="主题分类（一级代码包含其下二级）"),
    column_id: int | None = Query(None, ge=1),
    disclosure_attribute: DisclosureAttribute | None = None,
    q: str | None = Query(None, min_length=1, max_length=100, description="标题、文号或索引号包含"),
    late: bool | None = Query(None, description="已发布且超过 20 个工作日"),
    pending_changes: bool | None = Query(None, description="已发布且有尚未发布的修改"),
    awaiting_my_review: bool = Query(False, description="待我审查（排除本人起草、修改的条目）"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    path, only = await _agency_path(session, principal, agency_id, include_subordinates)
    return await service.list_entries(
        session, principal, params, calendar=await _calendar(session), today=_today(request), agency_path=path,
        agency_id=only, status=status.value if status else None, genre=genre.value if genre else None,
        theme_code=theme_code, column_id=column_id,
        disclosure_attribute=disclosure_attribute.value if disclosure_attribute else None, q=q, late=late,
        pending_changes=pending_changes, awaiting_my_review=awaiting_my_review,
    )


@router.post("", response_model=EntryOut, status_code=201, summary="起草条目（支持 Idempotency-Key）")
async def create_entry(
    request: Request, data: EntryCreate, principal: Principal = Depends(WRITE),
    session: AsyncSession = Depends(get_session),
) -> Any:
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    entry, agency = await service.create_entry(session, principal=principal, data=data, today=_today(request))
    body = EntryOut.model_validate(await _view(request, session, entry, agency, principal)).model_dump(mode="json")
    await claim.remember(session, 201, body)
    await session.commit()
    return body


@router.get("/{entry_id}", response_model=EntryOut, summary="条目详情（工作稿、状态、附件、可执行的操作）")
async def get_entry(
    request: Request, entry_id: uuid.UUID, principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.load_scoped(session, principal, entry_id)
    return await _view(request, session, entry, agency, principal)


@router.patch("/{entry_id}", response_model=EntryOut, summary="修改条目（修改已发布的条目将形成待审查的新版本）")
async def update_entry(
    request: Request, entry_id: uuid.UUID, data: EntryUpdate, principal: Principal = Depends(step("edit")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.update_entry(session, principal=principal, entry_id=entry_id, data=data,
                                               today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/submit", response_model=EntryOut, summary="提交保密审查")
async def submit_entry(
    request: Request, entry_id: uuid.UUID, data: VersionIn, principal: Principal = Depends(step("submit")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.submit(session, principal=principal, entry_id=entry_id, version=data.version,
                                         today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/withdraw", response_model=EntryOut, summary="撤回（待审查或待定时发布的条目回到草稿）")
async def withdraw_entry(
    request: Request, entry_id: uuid.UUID, data: VersionIn, principal: Principal = Depends(step("withdraw")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.withdraw(session, principal=principal, entry_id=entry_id, version=data.version,
                                           today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/discard-changes", response_model=EntryOut, summary="放弃已发布条目尚未发布的修改")
async def discard_changes(
    request: Request, entry_id: uuid.UUID, data: VersionIn, principal: Principal = Depends(step("discard_changes")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.discard_changes(session, principal=principal, entry_id=entry_id,
                                                  version=data.version, today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/return", response_model=EntryOut, summary="保密审查：退回修改（审查人不能是起草人）")
async def return_entry(
    request: Request, entry_id: uuid.UUID, data: ReturnIn, principal: Principal = Depends(step("return")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.return_entry(session, principal=principal, entry_id=entry_id, version=data.version,
                                               comment=data.comment, today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/approve", response_model=EntryOut,
             summary="保密审查：通过并发布（立即或定时；审查人不能是起草人）")
async def approve_entry(
    request: Request, entry_id: uuid.UUID, data: ApproveIn, principal: Principal = Depends(step("approve")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    settings = request.app.state.settings
    entry, agency = await service.approve(
        session, principal=principal, entry_id=entry_id, version=data.version, publish_at=data.publish_at,
        comment=data.comment, calendar=await _calendar(session), tz=settings.timezone, today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.post("/{entry_id}/revoke", response_model=EntryOut, summary="撤销已发布的条目（保留索引号和记录）")
async def revoke_entry(
    request: Request, entry_id: uuid.UUID, data: RevokeIn, principal: Principal = Depends(step("revoke")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry, agency = await service.revoke(session, principal=principal, entry_id=entry_id, version=data.version,
                                         reason=data.reason, today=_today(request))
    await session.commit()
    return await _view(request, session, entry, agency, principal)


@router.get("/{entry_id}/versions", response_model=list[VersionOut], summary="已发布的各个版本")
async def entry_versions(
    entry_id: uuid.UUID, principal: Principal = Depends(READ), session: AsyncSession = Depends(get_session),
) -> list[Any]:
    entry, _ = await service.load_scoped(session, principal, entry_id)
    return await service.versions(session, entry)


@router.get("/{entry_id}/history", response_model=list[HistoryOut], summary="办理记录（起草、修改、审查、发布、撤销）")
async def entry_history(
    entry_id: uuid.UUID, principal: Principal = Depends(READ), session: AsyncSession = Depends(get_session),
) -> list[Any]:
    entry, _ = await service.load_scoped(session, principal, entry_id)
    return await service.history(session, entry)


@router.post("/{entry_id}/attachments", response_model=EntryOut, status_code=201,
             summary="上传附件（请求体为文件本身；按内容识别类型，拒绝可执行文件和伪装文件）")
async def upload_attachment(
    request: Request, entry_id: uuid.UUID,
    filename: str = Query(..., min_length=3, max_length=200, description="文件名（含扩展名）"),
    title: str | None = Query(None, min_length=1, max_length=200, description="显示名称"),
    principal: Principal = Depends(step("attach")), session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    limit = request.app.state.settings.max_attachment_mb * 1024 * 1024
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise Problem(413, "payload_too_large", params={"limit": f"{limit // (1024 * 1024)} MB"})
    _, entry = await service.add_attachment(
        session, _store(request), principal=principal, entry_id=entry_id, chunks=request.stream(), filename=filename,
        content_type=request.headers.get("content-type", "application/octet-stream"), title=title, max_bytes=limit,
        today=_today(request))
    await session.commit()
    agency = await session.get(Agency, entry.agency_id)
    return await _view(request, session, entry, agency, principal)


@router.delete("/{entry_id}/attachments/{attachment_id}", response_model=EntryOut, summary="从工作稿中移除附件")
async def remove_attachment(
    request: Request, entry_id: uuid.UUID, attachment_id: uuid.UUID,
    version: int = Query(..., ge=1, description="条目当前版本号"),
    principal: Principal = Depends(step("attach")), session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    entry = await service.remove_attachment(session, principal=principal, entry_id=entry_id,
                                            attachment_id=attachment_id, version=version, today=_today(request))
    await session.commit()
    agency = await session.get(Agency, entry.agency_id)
    return await _view(request, session, entry, agency, principal)


def _file_response(request: Request, attachment: Any) -> StreamingResponse:
    inline = attachment.content_type in ("application/pdf", "image/jpeg", "image/png", "image/gif")
    return StreamingResponse(
        _store(request).open(attachment.storage_key), media_type=attachment.content_type,
        headers={"Content-Disposition": disposition(attachment.filename, inline=inline),
                 "Content-Length": str(attachment.size), "ETag": f'"{attachment.sha256}"',
                 "X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=0"},
    )


@router.get("/{entry_id}/attachments/{attachment_id}", response_class=Response, summary="下载附件（工作人员）")
async def download_attachment(
    request: Request, entry_id: uuid.UUID, attachment_id: uuid.UUID, principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> StreamingResponse:
    attachment = await service.staff_attachment(session, principal=principal, entry_id=entry_id,
                                                attachment_id=attachment_id)
    return _file_response(request, attachment)


# --- staff: timeliness and interpretations ----------------------------------------------------------------------


@reports_router.get("/timeliness", response_model=Page[LateEntryOut],
                    summary="公开时效：超过 20 个工作日发布的条目（late）与久未发布的条目（pending）")
async def timeliness(
    request: Request,
    kind: Literal["late", "pending"] = Query("late"),
    agency_id: int | None = Query(None, ge=1),
    include_subordinates: bool = Query(True),
    year: int | None = Query(None, ge=2000, le=2100, description="发布年度（仅 late）"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    path, only = await _agency_path(session, principal, agency_id, include_subordinates)
    if only is not None:
        agency = await session.get(Agency, only)
        path = agency.path if agency else None
    return await service.timeliness_list(
        session, principal, kind=kind, agency_path=path, year=year, calendar=await _calendar(session),
        today=_today(request), warning_days=request.app.state.settings.pending_warning_days, params=params)


@reports_router.get("/policies/uninterpreted", response_model=Page[PolicyOut],
                    summary="尚无政策解读的已发布政策文件")
async def uninterpreted_policies(
    agency_id: int | None = Query(None, ge=1),
    include_subordinates: bool = Query(True),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    path, only = await _agency_path(session, principal, agency_id, include_subordinates)
    if only is not None:
        agency = await session.get(Agency, only)
        path = agency.path if agency else None
    return await service.uninterpreted_policies(session, principal, agency_path=path, params=params)


# --- the public --------------------------------------------------------------------------------------------------


@public_annual_router.get("/annual-reports", response_model=Page[PublicListItem],
                          summary="已发布的政府信息公开工作年度报告（公开；各机关年度报告栏目中的条目）")
async def public_annual_reports(
    agency_id: int | None = Query(None, ge=1),
    include_subordinates: bool = Query(True, description="包含下级机关"),
    params: PageParams = Depends(page_params),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    path, only = await _agency_path(session, principal, agency_id, include_subordinates)
    return await service.annual_reports(session, agency_path=path, agency_id=only, params=params)


@public_router.get("/by-index", response_model=PublicEntryOut, summary="按索引号查看已发布条目（公开）")
async def public_by_index(
    request: Request,
    index_number: str = Query(..., min_length=4, max_length=80, description="索引号，如 014289810/2025-00013"),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.public_entry(session, index_number=index_number.strip(), today=_today(request))


@public_router.get("/{entry_id}", response_model=PublicEntryOut, summary="已发布条目（公开）")
async def public_entry(
    request: Request, entry_id: uuid.UUID, _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.public_entry(session, entry_id=entry_id, today=_today(request))


@public_router.get("/{entry_id}/attachments/{attachment_id}", response_class=Response,
                   summary="已发布条目的附件（公开）")
async def public_attachment(
    request: Request, entry_id: uuid.UUID, attachment_id: uuid.UUID, _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Response:
    attachment = await service.public_attachment(session, entry_id=entry_id, attachment_id=attachment_id)
    if request.headers.get("if-none-match") == f'"{attachment.sha256}"':
        return Response(status_code=304, headers={"ETag": f'"{attachment.sha256}"'})
    response = _file_response(request, attachment)
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response
