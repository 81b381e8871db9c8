"""Annual report endpoints: compute, draft, submit, review, publish, export, deadlines."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import Depends, Query, Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import not_found
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router
from kernel.storage import disposition
from services.statistics.reports import service, workflow
from services.statistics.reports.compute import compute
from services.statistics.reports.models import AnnualReport
from services.statistics.reports.rules import check_tables
from services.statistics.reports.schemas import (
    ComputedReport,
    DeadlineReport,
    DraftTexts,
    ReportActionOut,
    ReportCreate,
    ReportOut,
    ReportScope,
    ReportStatus,
    ReportSummary,
    ReportUpdate,
    ReturnWithComments,
    Transition,
)

router = make_router("/reports", tags=["annual reports"])
public_router = make_router("/public/reports", tags=["annual reports"])
READ = require("statistics.report:read")
WRITE = require("statistics.report:write")
ExportKind = Literal["docx", "xlsx", "pdf", "html"]


def _base(request: Request) -> str:
    return request.app.state.settings.public_base_url


async def _view(request: Request, session: AsyncSession, report: Any, agency: Any,
                principal: Principal | None = None) -> dict[str, Any]:
    return await service.report_view(session, report, agency, _base(request), principal)


def step(name: str) -> Any:
    """Who may call a workflow action's route: the permission of its row in the workflow table."""
    return require(workflow.BY_NAME[name].permission)


@router.get("/compute", response_model=ComputedReport, summary="按年度即时计算某机关（或含下级汇总）的报告表格")
async def compute_report(
    agency_id: int = Query(..., ge=1),
    year: int = Query(..., ge=2019, le=2100),
    scope: ReportScope = ReportScope.agency,
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency = await service.get_agency(session, agency_id)
    service.ensure_read(principal, agency)
    figures = await compute(session, agency=agency, year=year, scope=scope.value)
    return {"agency_id": agency.id, "agency_name": agency.name, "year": year, "scope": scope, "figures": figures,
            "violations": [v.as_dict() for v in check_tables(figures)]}


@router.get("", response_model=Page[ReportSummary], summary="年度报告列表（本账号数据范围内）")
async def list_reports(
    year: int | None = Query(None, ge=2019, le=2100),
    status: ReportStatus | None = None,
    agency_id: int | None = Query(None, ge=1),
    scope: ReportScope | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.list_reports(session, principal=principal, params=params, year=year,
                                      status=status.value if status else None, agency_id=agency_id,
                                      scope=scope.value if scope else None)


@router.post("", response_model=ReportOut, status_code=201, summary="建立年度报告草稿（自动生成总体情况草稿）")
async def create_report(
    request: Request, data: ReportCreate, principal: Principal = Depends(WRITE),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report = await service.create_report(session, principal=principal, data=data)
    await session.commit()
    agency = await service.get_agency(session, report.agency_id)
    return await _view(request, session, report, agency, principal)


@router.get("/deadlines", response_model=DeadlineReport, summary="报送与发布期限：未按期报送、发布的机关")
async def deadlines(
    year: int = Query(..., ge=2019, le=2100),
    within: int | None = Query(None, ge=1, description="只看该机关及其下级"),
    only_overdue: bool = Query(False, description="只列出已逾期的机关"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    root = None
    if within is not None:
        root = await service.get_agency(session, within)
        service.ensure_read(principal, root)
    return await service.deadlines(session, principal=principal, year=year, within=root, today=service.today_in_china(),
                                   params=params, only_overdue=only_overdue)


@router.get("/{report_id}", response_model=ReportOut, summary="年度报告（含表格与勾稽关系检查结果）")
async def get_report(
    request: Request, report_id: int, principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.load_report(session, principal, report_id)
    return await _view(request, session, report, agency, principal)


@router.patch("/{report_id}", response_model=ReportOut, summary="修改标题与正文（起草中、退回修改时）")
async def update_report(
    request: Request, report_id: int, data: ReportUpdate, principal: Principal = Depends(step("edit")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.update_report(session, principal=principal, report_id=report_id, data=data)
    await session.commit()
    return await _view(request, session, report, agency, principal)


@router.get("/{report_id}/drafts", response_model=DraftTexts, summary="根据表格数据生成正文草稿（一、六）")
async def draft_texts(
    report_id: int, principal: Principal = Depends(READ), session: AsyncSession = Depends(get_session),
) -> dict[str, str]:
    report, agency = await service.load_report(session, principal, report_id)
    return await service.draft_texts(session, report, agency)


@router.get("/{report_id}/history", response_model=list[ReportActionOut], summary="报告流转记录")
async def report_history(
    report_id: int, principal: Principal = Depends(READ), session: AsyncSession = Depends(get_session),
) -> list[Any]:
    await service.load_report(session, principal, report_id)
    return await service.history(session, report_id)


@router.post("/{report_id}/submit", response_model=ReportOut, summary="报送政务公开工作机构审核")
async def submit_report(
    request: Request, report_id: int, data: Transition, principal: Principal = Depends(step("submit")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.submit(session, principal=principal, report_id=report_id, version=data.version,
                                          today=service.today_in_china())
    await session.commit()
    return await _view(request, session, report, agency, principal)


@router.post("/{report_id}/return", response_model=ReportOut, summary="退回修改（须填写意见）")
async def return_report(
    request: Request, report_id: int, data: ReturnWithComments, principal: Principal = Depends(step("return")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.review(session, principal=principal, report_id=report_id, version=data.version,
                                          accept=False, comment=data.comment)
    await session.commit()
    return await _view(request, session, report, agency, principal)


@router.post("/{report_id}/accept", response_model=ReportOut, summary="审核通过")
async def accept_report(
    request: Request, report_id: int, data: Transition, principal: Principal = Depends(step("accept")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.review(session, principal=principal, report_id=report_id, version=data.version,
                                          accept=True, comment=data.comment)
    await session.commit()
    return await _view(request, session, report, agency, principal)


@router.post("/{report_id}/publish", response_model=ReportOut, summary="发布（在本机关年度报告栏目生成目录条目）")
async def publish_report(
    request: Request, report_id: int, data: Transition, principal: Principal = Depends(step("publish")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    report, agency = await service.publish(session, principal=principal, report_id=report_id, version=data.version,
                                           store=request.app.state.files, base=_base(request))
    await session.commit()
    return await _view(request, session, report, agency, principal)


def _download(report: Any, kind: str, body: bytes) -> Response:
    return Response(body, media_type=service.MEDIA_TYPES[kind],
                    headers={"Content-Disposition": disposition(f"{report.title}.{kind}", inline=kind in ("pdf", "html"))})


@router.get("/{report_id}/export.{kind}", summary="导出 .docx / .xlsx / PDF / HTML（当前内容）",
            response_class=Response)
async def export_report(
    report_id: int, kind: ExportKind, principal: Principal = Depends(READ),
    session: AsyncSession = Depends(get_session),
) -> Response:
    report, agency = await service.load_report(session, principal, report_id)
    figures = await service.figures_of(session, report, agency)
    return _download(report, kind, await service.render(service.document_of(report, figures), kind))


@public_router.get("/{report_id}/report.{kind}", summary="已发布年度报告的文件（公开）", response_class=Response)
async def published_file(
    request: Request, report_id: int, kind: Literal["docx", "xlsx", "pdf"],
    _: Principal | None = Depends(public()), session: AsyncSession = Depends(get_session),
) -> Response:
    report = await session.get(AnnualReport, report_id)
    if report is None or report.status != "published" or not report.files or kind not in report.files:
        raise not_found("report")
    store = request.app.state.files
    return StreamingResponse(
        store.open(report.files[kind]["key"]), media_type=service.MEDIA_TYPES[kind],
        headers={"Content-Disposition": disposition(f"{report.title}.{kind}", inline=True),
                 "ETag": f'"{report.files[kind]["sha256"]}"'},
    )
