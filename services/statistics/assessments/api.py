"""Assessments under ``/api/v1/statistics/assessments``: indicator systems, rounds, scores, results, the
rectification list, evidence files and the agency's notices. Who may call each route is the permission of its
workflow step (workflow.py); what a caller sees is scoped in service.py and issues.py."""

import uuid
from datetime import date
from typing import Any

from fastapi import Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.errors import Problem, field_error, not_found
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router
from kernel.storage import disposition
from kernel.uploads import checker
from services.statistics.assessments import documents, issues, monitoring, service
from services.statistics.assessments import schemas as s
from services.statistics.assessments.measures import MEASURES
from services.statistics.assessments.models import EvidenceFile, Monitor
from services.statistics.assessments.rules import RULES_FOR
from services.statistics.assessments.workflow import ANSWER, ISSUES, MANAGE, READ, ROUNDS, SCORE, SYSTEMS

router = make_router("/assessments", tags=["assessments"])
EVIDENCE = checker(("pdf", "jpg", "jpeg", "png", "gif", "doc", "docx", "xls", "xlsx", "ofd", "txt"))
MAX_EVIDENCE = 20 * 1024 * 1024
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def step(workflow: Any, name: str) -> Any:
    return require(workflow[name].permission)


def _page(result: dict[str, Any], params: PageParams) -> dict[str, Any]:
    return {**result, "page": params.page, "size": params.size,
            "pages": (result["total"] + params.size - 1) // params.size}


# --- measures and systems --------------------------------------------------------------------------------------


@router.get("/measures", summary="可用的自动测量项（参数、适用的计分规则）")
async def list_measures(_: Principal = Depends(require(READ))) -> list[dict[str, Any]]:
    return [{"code": m.code, "label": m.label_zh, "label_en": m.label_en, "kind": m.kind, "category": m.category,
             "rules": sorted(RULES_FOR[m.kind]),
             "params": {n: {"default": p.default, "min": p.minimum, "max": p.maximum, "label": p.label_zh,
                            "label_en": p.label_en} for n, p in m.params.items()}} for m in MEASURES.values()]


@router.get("/systems", response_model=Page[s.SystemSummary], summary="指标体系列表（本账号数据范围内的监督机构）")
async def list_systems(
    year: int | None = Query(None, ge=2019, le=2100), status: str | None = Query(None, pattern="^(draft|active|retired)$"),
    params: PageParams = Depends(page_params), principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return _page(await service.list_systems(session, principal, year=year, status=status, offset=params.offset,
                                            size=params.size), params)


@router.post("/systems", response_model=s.SystemOut, status_code=201,
             summary="制定指标体系（各级指标分值须合计一致，自动指标须有适用的计分规则）")
async def create_system(data: s.SystemIn, principal: Principal = Depends(require(MANAGE)),
                        session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    system = await service.create_system(session, principal, data)
    await session.commit()
    return await service.system_view(session, principal, system)


@router.get("/systems/{system_id}", response_model=s.SystemOut, summary="指标体系（含指标树）")
async def get_system(system_id: int, principal: Principal = Depends(require(READ)),
                     session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    return await service.system_view(session, principal, await service.load_system(session, principal, system_id))


@router.put("/systems/{system_id}", response_model=s.SystemOut, summary="修改指标体系（仅草稿）")
async def update_system(system_id: int, data: s.SystemUpdate, principal: Principal = Depends(step(SYSTEMS, "edit")),
                        session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    system = await service.update_system(session, principal, system_id, data, data.version)
    await session.commit()
    return await service.system_view(session, principal, system)


for _name, _summary in (("activate", "启用指标体系（启用后不可修改，可复制后调整）"), ("retire", "停用指标体系")):
    def _make(name: str, summary: str) -> None:
        async def endpoint(system_id: int, data: s.VersionIn, principal: Principal = Depends(step(SYSTEMS, name)),
                           session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
            system = await service.transition_system(session, principal, system_id, name, data.version)
            await session.commit()
            return await service.system_view(session, principal, system)

        endpoint.__name__ = f"system_{name}"
        router.add_api_route(f"/systems/{{system_id}}/{name}", endpoint, methods=["POST"], response_model=s.SystemOut,
                             summary=summary)
    _make(_name, _summary)


@router.post("/systems/{system_id}/copy", response_model=s.SystemOut, status_code=201,
             summary="复制指标体系（如沿用上一年度的体系后调整）")
async def copy_system(system_id: int, data: s.CopyIn, principal: Principal = Depends(step(SYSTEMS, "copy")),
                      session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    system = await service.copy_system(session, principal, system_id, year=data.year, quarter=data.quarter,
                                       name=data.name)
    await session.commit()
    return await service.system_view(session, principal, system)


# --- rounds -----------------------------------------------------------------------------------------------------


@router.get("/rounds", response_model=Page[s.RoundSummary],
            summary="测评轮次（本账号监督的，以及本机关参加的）")
async def list_rounds(
    status: str | None = Query(None, pattern="^(open|closed|reviewed|published)$"), kind: s.RoundKind | None = None,
    params: PageParams = Depends(page_params), principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return _page(await service.list_rounds(session, principal, status=status, kind=kind.value if kind else None,
                                           offset=params.offset, size=params.size), params)


@router.post("/rounds", response_model=s.RoundOut, status_code=201,
             summary="开启测评轮次（对所选机关即时测量自动指标；回头看带入上一轮未完成整改的问题）")
async def open_round(data: s.RoundIn, principal: Principal = Depends(require(MANAGE)),
                     session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    rnd = await service.open_round(session, principal, data)
    await session.commit()
    return await service.round_view(session, principal, rnd, "supervisor")


@router.get("/rounds/{round_id}", response_model=s.RoundOut, summary="测评轮次")
async def get_round(round_id: int, principal: Principal = Depends(require(READ)),
                    session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    rnd, view = await service.load_round(session, principal, round_id)
    return await service.round_view(session, principal, rnd, view)


@router.post("/rounds/{round_id}/measure", response_model=s.RoundOut, summary="重新测量自动指标（截至测评期末）")
async def remeasure(round_id: int, data: s.VersionIn, principal: Principal = Depends(step(ROUNDS, "measure")),
                    session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    rnd = await service.remeasure(session, principal, round_id, data.version)
    await session.commit()
    return await service.round_view(session, principal, rnd, "supervisor")


for _name, _summary in (("close", "关闭测评（停止评分）"), ("reopen", "重新开放测评"),
                        ("review", "审核测评结果（须由关闭人以外的人员）"), ("publish", "发布测评结果（被测评机关可见得分与排名）")):
    def _make_round(name: str, summary: str) -> None:
        async def endpoint(round_id: int, data: s.VersionIn, principal: Principal = Depends(step(ROUNDS, name)),
                           session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
            rnd = await service.transition_round(session, principal, round_id, name, data.version)
            await session.commit()
            return await service.round_view(session, principal, rnd, "supervisor")

        endpoint.__name__ = f"round_{name}"
        router.add_api_route(f"/rounds/{{round_id}}/{name}", endpoint, methods=["POST"], response_model=s.RoundOut,
                             summary=summary)
    _make_round(_name, _summary)


@router.get("/rounds/{round_id}/scores", response_model=list[s.ScoreOut],
            summary="得分明细（自动指标附测量值；被测评机关在发布后可见本机关得分）")
async def scores(round_id: int, agency_id: int | None = Query(None, ge=1), principal: Principal = Depends(require(READ)),
                 session: AsyncSession = Depends(get_session)) -> list[dict[str, Any]]:
    rnd, view = await service.load_round(session, principal, round_id)
    return await service.scores_of(session, principal, rnd, view, agency_id)


@router.put("/rounds/{round_id}/scores", response_model=s.ScoreOut,
            summary="人工评分（附证据；他人已先改动同一项时拒绝，须刷新后再评）")
async def set_score(round_id: int, data: s.ManualScoreIn, principal: Principal = Depends(step(ROUNDS, "score")),
                    session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    score = await service.set_manual_score(session, principal, round_id, data)
    await session.commit()
    return {**{c: getattr(score, c) for c in ("agency_id", "indicator_code", "score", "source", "veto", "note",
                                              "evidence", "scored_by_name", "scored_at", "version")}, "value": None}


@router.get("/rounds/{round_id}/results", response_model=s.RoundResults,
            summary="测评结果：得分、分组排名、与上一轮比较、高频问题、整改完成率")
async def results(round_id: int, principal: Principal = Depends(require(READ)),
                  session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    return await service.results_for(session, principal, round_id)


@router.post("/rounds/{round_id}/issues", response_model=s.IssueOut, status_code=201,
             summary="登记问题（列入该机关的整改清单，并即时通知）")
async def raise_issue(round_id: int, data: s.IssueIn, principal: Principal = Depends(step(ROUNDS, "raise_issue")),
                      session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    issue = await issues.raise_issue(session, principal, round_id, data)
    await session.commit()
    return await issues.issue_view(session, principal, issue)


@router.post("/rounds/{round_id}/issues/from-lost-points", summary="按自动指标失分生成整改问题（已生成的不重复）")
async def issues_from_lost_points(round_id: int, principal: Principal = Depends(step(ROUNDS, "raise_issue")),
                                  session: AsyncSession = Depends(get_session)) -> dict[str, int]:
    raised = await issues.issues_from_lost_points(session, principal, round_id)
    await session.commit()
    return {"raised": raised}


# --- issues -----------------------------------------------------------------------------------------------------


@router.get("/issues", response_model=Page[s.IssueOut], summary="整改清单（监督机构看下级，被测评机关看本机关）")
async def list_issues(
    round_id: int | None = Query(None, ge=1), agency_id: int | None = Query(None, ge=1),
    status: list[s.IssueStatus] | None = Query(None), category: s.IssueCategory | None = None,
    source: s.IssueSource | None = None, overdue: bool | None = None,
    params: PageParams = Depends(page_params), principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return _page(await issues.list_issues(
        session, principal, round_id=round_id, agency_id=agency_id, status=[x.value for x in status] if status else None,
        category=category.value if category else None, source=source.value if source else None, overdue=overdue,
        offset=params.offset, size=params.size), params)


@router.get("/issues/summary", response_model=s.IssueSummary,
            summary="问题汇总：各类问题数量、整改完成、逾期（本账号可见的全部测评与巡查）")
async def issue_summary(since: date | None = None, until: date | None = None, agency_id: int | None = Query(None, ge=1),
                        principal: Principal = Depends(require(READ)),
                        session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    if since and until and until < since:
        raise field_error("until", "结束日期不能早于开始日期。", "The end is before the start.")
    return await issues.summary(session, principal, since=since, until=until, agency_id=agency_id)


@router.get("/issues/{issue_id}", response_model=s.IssueOut, summary="整改问题（含答复与审核记录）")
async def get_issue(issue_id: int, principal: Principal = Depends(require(READ)),
                    session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    return await issues.issue_view(session, principal, await issues.load_issue(session, principal, issue_id))


for _name, _schema, _summary in (
    ("answer", s.AnswerIn, "答复整改情况（被测评机关，附证据）"),
    ("accept", s.DecisionIn, "确认整改到位（监督机构）"),
    ("return", s.ReturnIn, "退回整改答复（须写明理由）"),
    ("cancel", s.DecisionIn, "撤销问题（误登记等）"),
):
    def _make_issue(name: str, schema: type, summary: str) -> None:
        async def endpoint(issue_id: int, data: schema,  # type: ignore[valid-type]
                           principal: Principal = Depends(step(ISSUES, name)),
                           session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
            issue = await issues.act(session, principal, issue_id, name, data)
            await session.commit()
            return await issues.issue_view(session, principal, issue)

        endpoint.__name__ = f"issue_{name}"
        router.add_api_route(f"/issues/{{issue_id}}/{name}", endpoint, methods=["POST"], response_model=s.IssueOut,
                             summary=summary)
    _make_issue(_name, _schema, _summary)


# --- evidence files and notices ----------------------------------------------------------------------------------


@router.post("/files", response_model=s.FileOut, status_code=201,
             summary="上传证据（截图、文件；按内容识别类型，拒绝可执行文件和伪装文件）")
async def upload(request: Request, filename: str = Query(..., min_length=3, max_length=200),
                 principal: Principal = Depends(require(SCORE, ANSWER)),
                 session: AsyncSession = Depends(get_session)) -> Any:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_EVIDENCE:
        raise Problem(413, "payload_too_large", params={"limit": "20 MB"})
    file_id, content_type, stored = await EVIDENCE.save(
        request.app.state.files, prefix="assessments/evidence", chunks=request.stream(), filename=filename,
        content_type=request.headers.get("content-type", "application/octet-stream"), max_bytes=MAX_EVIDENCE)
    row = EvidenceFile(id=file_id, agency_id=principal.agency_id or 0, filename=filename, content_type=content_type,
                       size=stored.size, sha256=stored.sha256, storage_key=stored.key, uploaded_by=principal.sub)
    session.add(row)
    await session.commit()
    return row


@router.get("/files/{file_id}", summary="下载证据文件")
async def download(request: Request, file_id: uuid.UUID, principal: Principal = Depends(require(READ)),
                   session: AsyncSession = Depends(get_session)) -> Response:
    row = await session.get(EvidenceFile, file_id)
    if row is None or not await _may_read_file(session, principal, row):
        raise not_found("assessment_file")
    data = await request.app.state.files.read(row.storage_key)
    return Response(data, media_type=row.content_type, headers={"Content-Disposition": disposition(row.filename)})


async def _may_read_file(session: AsyncSession, principal: Principal, row: EvidenceFile) -> bool:
    """The uploader's agency, and whoever supervises it, or an agency whose issue cites it."""
    from services.statistics.reference.models import Agency

    agency = await session.get(Agency, row.agency_id)
    if principal.agency_id == row.agency_id or (agency is not None and principal.can_access(agency.id, agency.path)):
        return True
    from sqlalchemy import cast, select
    from sqlalchemy.dialects.postgresql import JSONB

    from services.statistics.assessments.models import Issue

    cited = await session.execute(select(Issue.id).where(
        Issue.agency_id == principal.agency_id,
        Issue.evidence.contains(cast([{"file_id": str(row.id)}], JSONB))).limit(1))
    return cited.first() is not None


@router.get("/notices", summary="本机关的测评通知（新的整改问题、被退回的答复）")
async def list_notices(unread_only: bool = False, principal: Principal = Depends(require(READ)),
                       session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    return await issues.notices(session, principal, unread_only=unread_only)


@router.post("/notices/{notice_id}/read", status_code=204, summary="标记通知为已读")
async def read_notice(notice_id: int, principal: Principal = Depends(require(READ)),
                      session: AsyncSession = Depends(get_session)) -> Response:
    await issues.mark_read(session, principal, notice_id)
    await session.commit()
    return Response(status_code=204)


# --- the circular and the self-inspection report -------------------------------------------------------------------


@router.get("/rounds/{round_id}/circular", response_model=s.CircularOut,
            summary="通报正文（未修改时为根据测评结果生成的草稿）")
async def get_circular(round_id: int, principal: Principal = Depends(require(MANAGE)),
                       session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    rnd = await service.supervised_round(session, principal, round_id)
    texts = await documents.circular_texts(session, rnd, await service.round_results(session, rnd))
    return {"round_id": rnd.id, "edited": rnd.circular is not None, **texts, "version": texts.get("version", 0)}


@router.put("/rounds/{round_id}/circular", response_model=s.CircularOut, summary="修改通报正文（得分表始终取自测评结果）")
async def put_circular(round_id: int, data: s.CircularIn, principal: Principal = Depends(require(MANAGE)),
                       session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    rnd = await service.supervised_round(session, principal, round_id, for_update=True)
    documents.save_circular(session, rnd, data)
    await session.commit()
    return {"round_id": rnd.id, "edited": True, **rnd.circular}


@router.get("/rounds/{round_id}/circular.docx", summary="下载通报（Word，附各组得分统计表）")
async def circular_docx(round_id: int, principal: Principal = Depends(require(MANAGE)),
                        session: AsyncSession = Depends(get_session)) -> Response:
    body, title = await documents.circular_docx(session, principal, round_id)
    return Response(body, media_type=DOCX, headers={"Content-Disposition": disposition(f"{title}.docx")})


@router.get("/self-inspections/{agency_id}/{year}", response_model=s.SelfInspectionOut,
            summary="自检自查报告（未保存时为根据本机关数据生成的草稿）")
async def get_self_inspection(agency_id: int, year: int = Path(..., ge=2019, le=2100),
                              principal: Principal = Depends(require(READ)),
                              session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    return await documents.self_inspection_view(session, principal, agency_id, year)


@router.put("/self-inspections/{agency_id}/{year}", response_model=s.SelfInspectionOut, summary="保存自检自查报告")
async def put_self_inspection(agency_id: int, data: s.SelfInspectionIn, year: int = Path(..., ge=2019, le=2100),
                              principal: Principal = Depends(require(ANSWER, MANAGE)),
                              session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    await documents.save_self_inspection(session, principal, agency_id, year, data)
    await session.commit()
    return await documents.self_inspection_view(session, principal, agency_id, year)


@router.get("/self-inspections/{agency_id}/{year}/export.docx", summary="下载自检自查报告（Word）")
async def self_inspection_docx(agency_id: int, year: int = Path(..., ge=2019, le=2100),
                               principal: Principal = Depends(require(READ)),
                               session: AsyncSession = Depends(get_session)) -> Response:
    view = await documents.self_inspection_view(session, principal, agency_id, year)
    return Response(documents.self_inspection_docx(view), media_type=DOCX,
                    headers={"Content-Disposition": disposition(f"{view['title']}.docx")})


# --- daily monitoring -----------------------------------------------------------------------------------------------


@router.get("/monitors", response_model=list[s.MonitorOut], summary="日常巡查项（本账号数据范围内的监督机构设置的）")
async def list_monitors(principal: Principal = Depends(require(READ)),
                        session: AsyncSession = Depends(get_session)) -> list[Any]:
    from sqlalchemy import select

    from services.statistics.reference.models import Agency

    return list((await session.execute(select(Monitor).where(
        principal.scope_condition(Monitor.owner_agency_id, Agency)).order_by(Monitor.id))).scalars())


@router.post("/monitors", response_model=s.MonitorOut, status_code=201,
             summary="设置日常巡查（每天对下级机关检查，发现问题即列入整改清单并通知）")
async def create_monitor(data: s.MonitorIn, principal: Principal = Depends(require(MANAGE)),
                         session: AsyncSession = Depends(get_session)) -> Any:
    if principal.agency_id is None:
        raise Problem(403, "out_of_scope")
    monitor = await monitoring.save_monitor(session, owner_agency_id=principal.agency_id, check=data.check.value,
                                            days=data.days, deadline_days=data.deadline_days, active=data.active,
                                            created_by=service.actor(principal))
    await session.commit()
    return monitor


@router.put("/monitors/{monitor_id}", response_model=s.MonitorOut, summary="修改日常巡查项")
async def update_monitor(monitor_id: int, data: s.MonitorUpdate, principal: Principal = Depends(require(MANAGE)),
                         session: AsyncSession = Depends(get_session)) -> Any:
    monitor = await _own_monitor(session, principal, monitor_id)
    service.check_version(monitor, data.version)
    monitor.check, monitor.days, monitor.deadline_days, monitor.active = (data.check.value, data.days,
                                                                          data.deadline_days, data.active)
    monitor.version += 1
    await session.commit()
    return monitor


@router.post("/monitors/{monitor_id}/run", summary="立即运行一次巡查（截至今天）")
async def run_monitor(monitor_id: int, principal: Principal = Depends(require(MANAGE)),
                      session: AsyncSession = Depends(get_session)) -> dict[str, int]:
    from kernel import clock

    monitor = await _own_monitor(session, principal, monitor_id)
    raised = await monitoring.run_monitor(session, monitor, clock.today())
    await session.commit()
    return {"raised": raised}


async def _own_monitor(session: AsyncSession, principal: Principal, monitor_id: int) -> Monitor:
    from services.statistics.reference.models import Agency

    monitor = await session.get(Monitor, monitor_id, with_for_update=True)
    owner = await session.get(Agency, monitor.owner_agency_id) if monitor else None
    if monitor is None or owner is None or not principal.can_access(owner.id, owner.path):
        raise not_found("assessment_monitor")
    return monitor


@router.get("/templates/example", response_model=s.SystemIn,
            summary="示例指标体系（参照旗县考核通报和地市季度测评拟定，可据此新建后调整）")
async def example(year: int = Query(..., ge=2019, le=2100), quarter: int | None = Query(None, ge=1, le=4),
                  _: Principal = Depends(require(READ))) -> dict[str, Any]:
    from services.statistics.assessments.examples import example_system

    return example_system(year, quarter)
