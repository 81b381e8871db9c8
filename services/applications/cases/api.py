"""Case endpoints for staff: lists (with due-soon and overdue), the detail with the clock's arithmetic, and one
POST per handling action. Every action takes the case ``version`` the caller saw; a stale one is a 409."""
import uuid
from datetime import date
from typing import Any, Literal

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.errors import not_found
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from kernel.storage import disposition
from services.applications import deps
from services.applications.cases import actions, workflow
from services.applications.cases import schemas as s
from services.applications.cases.models import Case
from services.applications.cases.service import calendar, clock_of, get_case
from services.applications.cases.views import case_detail, list_query, summary_row
from services.applications.dictionaries import CaseStatus, LetterKind, Outcome
from services.applications.intake.models import Application, Attachment
from services.applications.letters import render
from services.applications.letters import service as letters
from services.applications.letters.service import cn_date

router = make_router("", tags=["cases"])
READ = "applications.case:read"
HANDLE = workflow.HANDLE


async def _page(session: AsyncSession, stmt: Any, params: PageParams) -> dict[str, Any]:
    page = await paginate(session, stmt, params, scalars=False)
    page["items"] = [summary_row(case, name) for case, name in page["items"]]
    return page


@router.get("/cases", response_model=Page[s.CaseSummary], summary="申请案件列表（本机关范围）")
async def list_cases(
    status: list[CaseStatus] | None = Query(None, description="办理状态（可多选）"),
    outcome: Outcome | None = None,
    agency_id: int | None = Query(None, ge=1),
    q: str | None = Query(None, min_length=1, max_length=100, description="编号、信息名称或描述"),
    open_only: bool = Query(False, description="只列出未办结的"),
    assigned_to_me: bool = False,
    received_from: date | None = None,
    received_to: date | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    stmt = list_query(principal, status=[x.value for x in status] if status else None,
                      outcome=outcome.value if outcome else None, agency_id=agency_id, q=q, open_only=open_only,
                      assigned_to=principal.sub if assigned_to_me else None, received_from=received_from,
                      received_to=received_to)
    return await _page(session, stmt, params)


@router.get("/cases/due-soon", response_model=Page[s.CaseSummary], summary="即将到期的案件（N 个工作日内）")
async def due_soon(
    request: Request,
    within: int | None = Query(None, ge=1, le=20, description="工作日数，默认按配置"),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    cal = await calendar(session)
    days = within or request.app.state.settings.due_soon_working_days
    limit = cal.add_working_days(deps.today(request), days).date
    return await _page(session, list_query(principal, due_before=limit), params)


@router.get("/cases/overdue", response_model=Page[s.CaseSummary], summary="已超过答复期限的未办结案件")
async def overdue(
    request: Request,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await _page(session, list_query(principal, overdue_on=deps.today(request)), params)


@router.get("/cases/{case_id}", response_model=s.CaseOut, summary="案件详情（含答复期限的计算过程）")
async def get_one(
    request: Request,
    case_id: uuid.UUID,
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    case = await get_case(session, case_id, principal)
    return await case_detail(session, deps.cipher(request), case, principal)


@router.post("/cases/{case_id}/notes", response_model=s.EventOut, status_code=201, summary="内部备注（申请人不可见）")
async def add_note(
    request: Request,
    case_id: uuid.UUID,
    data: s.NoteIn,
    principal: Principal = Depends(require(HANDLE)),
    session: AsyncSession = Depends(get_session),
) -> Any:
    step = await actions.add_note(session, case_id=case_id, principal=principal, data=data, today=deps.today(request))
    await session.commit()
    return step


def _route(step: workflow.CaseStep) -> None:
    """One POST route per row of the workflow table: path, permission, schema and handler all come from the row."""
    schema = getattr(s, step.schema)
    handler = getattr(actions, step.name)

    async def endpoint(
        request: Request,
        case_id: uuid.UUID,
        data: schema,  # type: ignore[valid-type]
        principal: Principal = Depends(require(step.permission)),
        session: AsyncSession = Depends(get_session),
    ) -> Any:
        kwargs: dict[str, Any] = {"case_id": case_id, "principal": principal, "data": data, "today": deps.today(request)}
        result = await (handler(session, deps.store(request), **kwargs) if step.needs_store else handler(session, **kwargs))
        await session.commit()
        if step.returns == "cases":
            application = await session.get(Application, result[0].application_id)
            return [summary_row(c, application.applicant_name) for c in result]
        case = await get_case(session, case_id, principal)
        return await case_detail(session, deps.cipher(request), case, principal)

    endpoint.__name__ = f"case_{step.name}"
    router.add_api_route(
        f"/cases/{{case_id}}/{step.path}", endpoint, methods=["POST"], summary=step.summary,
        response_model=list[s.CaseSummary] if step.returns == "cases" else s.CaseOut, status_code=step.status_code,
        description=f"可在以下状态执行：{'、'.join(CaseStatus(x).label_zh for x in sorted(step.from_statuses))}。"
                    + (f"发出文书：{LetterKind(step.letter).label_zh}。" if step.letter else ""),
    )


for _step in workflow.STEPS:
    _route(_step)


# --- letters -------------------------------------------------------------------------------------------------


@router.get("/cases/{case_id}/letters/preview", summary="预览文书（不存档）")
async def preview_letter(
    request: Request,
    case_id: uuid.UUID,
    kind: LetterKind,
    format: Literal["pdf", "docx"] = "pdf",
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    case = await get_case(session, case_id, principal)
    clock = await clock_of(session, case)
    extra: dict[str, Any] = {"due_on": cn_date(clock.due_on)}
    if kind == LetterKind.reply:
        draft = case.draft or {}
        extra |= {"outcome": draft.get("outcome") or case.outcome or "other.other", "details": draft.get("details", "")}
    data, _ = await letters.compose(session, case, kind.value, extra, issued_on=deps.today(request))
    body = render.to_pdf(data) if format == "pdf" else render.to_docx(data)
    media = "application/pdf" if format == "pdf" else letters.DOCX_MEDIA
    return Response(body, media_type=media, headers={"Content-Disposition": disposition(f"预览-{data['title']}.{format}")})


@router.get("/letters/{letter_id}/file", summary="下载已存档的文书（原样，校验后提供）")
async def letter_file(
    request: Request,
    letter_id: uuid.UUID,
    format: Literal["pdf", "docx"] = "pdf",
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    letter = await letters.get_letter(session, letter_id)
    await get_case(session, letter.case_id, principal)
    return await letters.file_response(deps.store(request), letter, format)


@router.get("/attachments/{attachment_id}", summary="下载附件")
async def attachment_file(
    request: Request,
    attachment_id: uuid.UUID,
    principal: Principal = Depends(require(READ)),
    session: AsyncSession = Depends(get_session),
) -> Response:
    attachment = await session.get(Attachment, attachment_id)
    if attachment is None or attachment.application_id is None:
        raise not_found("attachment")
    case = await session.get(Case, attachment.case_id) if attachment.case_id else None
    if case is None:
        case = (await session.execute(select(Case).where(Case.application_id == attachment.application_id).limit(1))).scalar_one()
    await get_case(session, case.id, principal)
    data = await deps.store(request).read(attachment.storage_key)
    return Response(data, media_type=attachment.content_type,
                    headers={"Content-Disposition": disposition(attachment.filename)})
