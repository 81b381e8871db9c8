"""Exchange endpoints: Atom feeds (public), incremental sync and bulk export (``catalog.exchange:read``, the
caller's data scope), bulk import jobs (``catalog.exchange:import``; a job is read by its owner or an
administrator)."""
from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Depends, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import Problem, field_error
from kernel.i18n import current_lang
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router
from kernel.storage import FileStore, disposition
from kernel.uploads import check_filename
from services.catalog.db import kernel
from services.catalog.exchange import feeds, service
from services.catalog.exchange.jobs import ImportRunner
from services.catalog.exchange.records import BODY_PIECE
from services.catalog.exchange.schemas import (
    ExchangeFormat, ImportJobOut, ImportMode, ImportRowErrorOut, SyncPage,
)
from services.catalog.exchange.writers import MEDIA_TYPES, XlsxBuilder, csv_header, csv_rows, ndjson

feeds_router = make_router("/feeds", tags=["feeds"])
router = make_router(tags=["exchange"])

READ = require("catalog.exchange:read")
IMPORT = require("catalog.exchange:import")
API_PATH = "/api/v1/catalog"


def _trusted(request: Request) -> bool:
    peer = request.client.host if request.client else None
    if not peer:
        return False
    try:
        ip = ipaddress.ip_address(peer)
    except ValueError:
        return False
    for entry in request.app.state.settings.trusted_proxies:
        with contextlib.suppress(ValueError):
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
    return False


def _origin(request: Request) -> str:
    """The public address links are made from: the configured portal URL, else the address the request came in
    on (the gateway's, as it tells us)."""
    configured = request.app.state.settings.portal_url
    if configured:
        return configured.rstrip("/")
    host = request.headers.get("x-forwarded-host") if _trusted(request) else None
    host = host or request.headers.get("host") or request.url.netloc
    return f"{request.url.scheme}://{host}"


def _today(request: Request) -> Any:
    return request.app.state.settings.today()


def _local(value: datetime | None, request: Request) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=ZoneInfo(request.app.state.settings.timezone))


# --- feeds -------------------------------------------------------------------------------------------------------


async def _feed_response(request: Request, feed: dict[str, Any]) -> Response:
    origin = _origin(request)
    self_url = f"{origin}{request.url.path}" + (f"?{request.url.query}" if request.url.query else "")
    tag = feeds.etag(feed, self_url, origin)
    modified = feeds.last_modified(feed)
    headers = {"ETag": tag, "Last-Modified": feeds.http_date(modified), "Cache-Control": "public, max-age=60",
               "Vary": "Accept-Encoding"}
    if feeds.not_modified(request.headers, tag, modified):
        return Response(status_code=304, headers=headers)
    body = feeds.render(feed, self_url=self_url, portal=origin, api_base=f"{origin}{API_PATH}")
    return Response(content=body, media_type=feeds.MEDIA_TYPE, headers=headers)


@feeds_router.get("/agencies/{agency_id}.atom", response_class=Response, summary="机关最新公开信息的 Atom 订阅（公开）",
                  responses={200: {"content": {"application/atom+xml": {}}}, 304: {"description": "未变化"}})
async def agency_feed(
    request: Request,
    agency_id: int,
    include_subordinates: bool = Query(False, description="包含下级机关发布的信息"),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Response:
    feed = await service.agency_feed(session, agency_id, include_subordinates=include_subordinates)
    return await _feed_response(request, feed)


@feeds_router.get("/columns/{column_id}.atom", response_class=Response, summary="栏目最新公开信息的 Atom 订阅（公开）",
                  responses={200: {"content": {"application/atom+xml": {}}}, 304: {"description": "未变化"}})
async def column_feed(
    request: Request,
    column_id: int,
    include_subordinates: bool = Query(False, description="包含下级栏目中的信息"),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Response:
    feed = await service.column_feed(session, column_id, include_subordinates=include_subordinates)
    return await _feed_response(request, feed)


# --- sync ----------------------------------------------------------------------------------------------------------


@router.get("/sync", response_model=SyncPage, summary="增量同步：游标之后的发布、更新与撤销（按提交顺序）")
async def sync(
    request: Request,
    cursor: str | None = Query(None, max_length=40, description="上次响应中的 next_cursor；不填则从头开始"),
    limit: int = Query(100, ge=1, le=200, description="本次最多返回的变更数"),
    agency_id: int | None = Query(None, ge=1, description="只同步该机关"),
    include_subordinates: bool = Query(False, description="包含下级机关"),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.sync_changes(session, principal, cursor=cursor, limit=limit, agency_id=agency_id,
                                      include_subordinates=include_subordinates, today=_today(request),
                                      api_base=f"{_origin(request)}{API_PATH}")


# --- export --------------------------------------------------------------------------------------------------------


async def _file_chunks(path: Path, chunk: int = 256 * 1024) -> AsyncIterator[bytes]:
    try:
        with path.open("rb") as f:
            while True:
                data = await asyncio.to_thread(f.read, chunk)
                if not data:
                    return
                yield data
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


@router.get("/export", response_class=StreamingResponse, summary="批量导出已发布条目（NDJSON、CSV、XLSX，可直接导入其他平台）",
            responses={200: {"content": {MEDIA_TYPES["ndjson"]: {}, MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["xlsx"]: {}}}})
async def export(
    request: Request,
    format: ExchangeFormat = Query(ExchangeFormat.ndjson, description="ndjson | csv | xlsx"),  # noqa: A002
    agency_id: int | None = Query(None, ge=1, description="发布机构"),
    include_subordinates: bool = Query(False, description="包含下级机关"),
    since: datetime | None = Query(None, description="已发布版本的发布时间不早于（含）"),
    until: datetime | None = Query(None, description="已发布版本的发布时间早于（不含）"),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> Response:
    since, until = _local(since, request), _local(until, request)
    if since is not None and until is not None and until <= since:
        raise field_error("until", "结束时间应晚于开始时间。", "until must be after since.", status=422)
    conditions = await service.export_condition(session, principal, agency_id=agency_id,
                                                include_subordinates=include_subordinates, since=since, until=until)
    # a client syncs from here after the export: nothing published meanwhile is missed (some may come twice)
    cursor = service.encode_cursor(await service.current_seq(session))
    pieces = 1
    if format.value == "xlsx":
        pieces = -(-await service.longest_body(session, conditions) // BODY_PIECE) or 1
    await session.close()  # no transaction stays open while the file streams
    sessionmaker = request.app.state.db.sessionmaker
    today, api_base = _today(request), f"{_origin(request)}{API_PATH}"
    fmt = format.value
    stamp = clock.local_now(request.app.state.settings.timezone).strftime("%Y%m%d-%H%M%S")
    headers = {"Content-Disposition": disposition(f"catalog-{stamp}.{fmt}"), "X-Sync-Cursor": cursor,
               "Cache-Control": "no-store"}
    pages = service.export_pages(sessionmaker, conditions, today=today, api_base=api_base)

    if fmt == "xlsx":
        builder = await asyncio.to_thread(XlsxBuilder, pieces)
        async for page in pages:
            await asyncio.to_thread(builder.append, page)
        fd, name = tempfile.mkstemp(prefix="gongkai-export-", suffix=".xlsx")
        os.close(fd)
        path = Path(name)
        try:
            await asyncio.to_thread(builder.save, path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        headers["Content-Length"] = str(path.stat().st_size)
        return StreamingResponse(_file_chunks(path), media_type=MEDIA_TYPES["xlsx"], headers=headers)

    async def body() -> AsyncIterator[bytes]:
        if fmt == "csv":
            yield csv_header()
        async for page in pages:
            yield csv_rows(page) if fmt == "csv" else ndjson(page)

    return StreamingResponse(body(), media_type=MEDIA_TYPES[fmt], headers=headers)


# --- import ------------------------------------------------------------------------------------------------------


def _runner(request: Request) -> ImportRunner:
    return request.app.state.imports


@router.post("/imports", status_code=202, response_model=ImportJobOut,
             summary="批量导入：请求体即文件（NDJSON、CSV、XLSX），后台逐行导入，返回任务（支持 Idempotency-Key）",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/x-ndjson": {"schema": {"type": "string", "format": "binary"}},
                 "text/csv": {"schema": {"type": "string", "format": "binary"}},
                 MEDIA_TYPES["xlsx"]: {"schema": {"type": "string", "format": "binary"}}}}})
async def create_import(
    request: Request,
    format: ExchangeFormat = Query(..., description="文件格式：ndjson | csv | xlsx"),  # noqa: A002
    mode: ImportMode = Query(ImportMode.draft, description="published：按已发布导入（直接公开）；draft：导入为草稿"),
    agency_id: int | None = Query(None, ge=1, description="未写明发布机构的行所属的机关"),
    filename: str | None = Query(None, min_length=1, max_length=200, description="原文件名（显示用）"),
    principal: Principal = Depends(IMPORT),
    session: AsyncSession = Depends(get_session),
) -> Any:
    settings = request.app.state.settings
    name = filename or f"import.{format.value}"
    check_filename(name)
    await service.check_default_agency(session, principal, agency_id)
    await session.rollback()  # nothing is held while the file uploads
    store: FileStore = request.app.state.store
    job_id = uuid.uuid4()
    key = f"imports/{job_id}"
    stored = await store.save(key, request.stream(), max_bytes=settings.import_max_mb * 1024 * 1024)
    try:
        if stored.size == 0:
            raise Problem(422, "import_file_empty")
        claim = await kernel.idempotent(session, request, principal.sub, {
            "format": format.value, "mode": mode.value, "agency_id": agency_id, "filename": name,
            "sha256": stored.sha256})
        if claim.replay is not None:
            await store.delete(key)
            return claim.replay
        job = service.create_job(session, principal, job_id=job_id, fmt=format.value, mode=mode.value, filename=name,
                                 storage_key=key, size=stored.size, sha256=stored.sha256, agency_id=agency_id)
        await session.flush()
        await session.refresh(job)
        body = ImportJobOut.model_validate(
            service.job_view(job, current_lang.get(), API_PATH)).model_dump(mode="json")
        await claim.remember(session, 202, body)
        await session.commit()
    except BaseException:
        await session.rollback()
        await store.delete(key)
        raise
    _runner(request).start(job_id)
    return JSONResponse(body, status_code=202, headers={"Location": f"{API_PATH}/imports/{job_id}"})


@router.get("/imports", response_model=Page[ImportJobOut], summary="我的导入任务")
async def list_imports(
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(IMPORT),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.list_jobs(session, principal, params, lang=current_lang.get(), api_base=API_PATH)


@router.get("/imports/{job_id}", response_model=ImportJobOut, summary="导入任务的进度与结果（任务创建人或管理员）")
async def get_import(
    job_id: uuid.UUID,
    principal: Principal = Depends(IMPORT),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    job = await service.load_job(session, principal, job_id)
    return service.job_view(job, current_lang.get(), API_PATH)


@router.get("/imports/{job_id}/errors", response_model=Page[ImportRowErrorOut],
            summary="导入任务的逐行错误报告（行号、外部编号、字段错误）")
async def import_errors(
    job_id: uuid.UUID,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(IMPORT),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    job = await service.load_job(session, principal, job_id)
    return await service.job_errors(session, job, params, lang=current_lang.get())
