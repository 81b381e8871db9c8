"""Citizen self-service: with the application number and query code (or the account that applied) — status,
due date and its explanation, letters to download, online supplement, withdrawal."""
import uuid
from datetime import date
from typing import Any, Literal

from fastapi import Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, authenticated, public
from kernel.db import get_session
from kernel.errors import Problem
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from kernel.types import Line, Paragraphs
from services.applications import deps
from services.applications.cases import actions
from services.applications.cases.schemas import SupplementIn, WithdrawIn
from services.applications.cases.service import calendar
from services.applications.intake.models import Application
from services.applications.intake.service import check_query_code
from services.applications.letters import service as letters
from services.applications.selfservice import service
from services.applications.selfservice.service import FailureWindow

router = make_router("/selfservice", tags=["selfservice"])
failures = FailureWindow()


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")

    number: Line(20, 6) = Field(..., description="申请编号")
    query_code: Line(20, 6) = Field(..., description="查询码")


class LetterRequest(Credentials):
    format: Literal["pdf", "docx"] = "pdf"


class OnlineSupplement(Credentials):
    case_id: uuid.UUID
    text: Paragraphs(5000, 2) = Field(..., description="补正内容")
    attachment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10)


class OnlineWithdrawal(Credentials):
    case_id: uuid.UUID
    reason: Line(500) | None = None


class AccountSupplement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Paragraphs(5000, 2)
    attachment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10)


class AccountWithdrawal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Line(500) | None = None


class MyApplication(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: str
    agency_id: int
    channel: str
    submitted_on: date


async def _by_code(request: Request, session: AsyncSession, creds: Credentials) -> Application:
    ip = deps.client_ip(request)
    wait = failures.blocked(ip)
    if wait:
        raise service.too_many(wait)
    settings = request.app.state.settings
    try:
        return await check_query_code(session, deps.cipher(request), number=creds.number, code=creds.query_code,
                                      max_failures=settings.query_max_failures, lock_minutes=settings.query_lock_minutes)
    except Problem as exc:
        if exc.code == "query_failed":
            failures.fail(ip)
        raise


@router.post("/lookup", summary="凭申请编号和查询码查询办理进度")
async def lookup(request: Request, data: Credentials, _: Principal | None = Depends(public()),
                 session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await _by_code(request, session, data)
    view = await service.application_view(session, application, await calendar(session))
    await session.commit()
    return view


@router.post("/letters/{letter_id}", summary="凭申请编号和查询码下载文书（原样存档件）")
async def download(request: Request, letter_id: uuid.UUID, data: LetterRequest,
                   _: Principal | None = Depends(public()), session: AsyncSession = Depends(get_session)) -> Response:
    application = await _by_code(request, session, data)
    letter = await service.letter_of(session, application, letter_id)
    await session.commit()
    return await letters.file_response(deps.store(request), letter, data.format)


async def _supplement(request: Request, session: AsyncSession, application: Application, case_id: uuid.UUID,
                      text: str, attachment_ids: list[uuid.UUID]) -> dict[str, Any]:
    case = await service.case_of(session, application, case_id)
    today = deps.today(request)
    data = SupplementIn(version=case.version, received_on=today, text=text, attachment_ids=attachment_ids)
    await actions.receive_supplement(session, case_id=case.id, principal=None, data=data, today=today, online=True)
    view = await service.application_view(session, application, await calendar(session))
    await session.commit()
    return view


async def _withdraw(request: Request, session: AsyncSession, application: Application, case_id: uuid.UUID,
                    reason: str | None) -> dict[str, Any]:
    case = await service.case_of(session, application, case_id)
    today = deps.today(request)
    data = WithdrawIn(version=case.version, withdrawn_on=today, reason=reason)
    await actions.withdraw(session, case_id=case.id, principal=None, data=data, today=today, by_applicant_online=True)
    view = await service.application_view(session, application, await calendar(session))
    await session.commit()
    return view


@router.post("/supplement", summary="在线补正（收到补正之日重新计算答复期限）")
async def supplement(request: Request, data: OnlineSupplement, _: Principal | None = Depends(public()),
                     session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await _by_code(request, session, data)
    return await _supplement(request, session, application, data.case_id, data.text, data.attachment_ids)


@router.post("/withdraw", summary="撤回申请（答复前）")
async def withdraw(request: Request, data: OnlineWithdrawal, _: Principal | None = Depends(public()),
                   session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await _by_code(request, session, data)
    return await _withdraw(request, session, application, data.case_id, data.reason)


# --- with the account that applied -----------------------------------------------------------------------------

CITIZEN = authenticated("citizen")


@router.get("/mine", response_model=Page[MyApplication], summary="我的申请（公众账号）")
async def mine(principal: Principal = Depends(CITIZEN), params: PageParams = Depends(page_params),
               session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    stmt = select(Application).where(Application.citizen_id == principal.sub).order_by(Application.created_at.desc())
    return await paginate(session, stmt, params)


@router.get("/mine/{number}", summary="我的某件申请的办理进度")
async def my_application(number: str, principal: Principal = Depends(CITIZEN),
                         session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await service.own_application(session, principal.sub, number)
    return await service.application_view(session, application, await calendar(session))


@router.get("/mine/{number}/letters/{letter_id}", summary="下载我的文书")
async def my_letter(request: Request, number: str, letter_id: uuid.UUID, format: Literal["pdf", "docx"] = "pdf",
                    principal: Principal = Depends(CITIZEN), session: AsyncSession = Depends(get_session)) -> Response:
    application = await service.own_application(session, principal.sub, number)
    letter = await service.letter_of(session, application, letter_id)
    return await letters.file_response(deps.store(request), letter, format)


@router.post("/mine/{number}/cases/{case_id}/supplement", summary="在线补正（公众账号）")
async def my_supplement(request: Request, number: str, case_id: uuid.UUID, data: AccountSupplement,
                        principal: Principal = Depends(CITIZEN), session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await service.own_application(session, principal.sub, number)
    return await _supplement(request, session, application, case_id, data.text, data.attachment_ids)


@router.post("/mine/{number}/cases/{case_id}/withdraw", summary="撤回申请（公众账号）")
async def my_withdraw(request: Request, number: str, case_id: uuid.UUID, data: AccountWithdrawal,
                      principal: Principal = Depends(CITIZEN), session: AsyncSession = Depends(get_session)) -> dict[str, Any]:
    application = await service.own_application(session, principal.sub, number)
    return await _withdraw(request, session, application, case_id, data.reason)
