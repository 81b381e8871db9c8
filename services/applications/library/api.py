"""Case library endpoints: nominate, review, search (staff)."""
import uuid
from typing import Any, Literal

from fastapi import Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from kernel.types import Line, Paragraphs
from services.applications import deps
from services.applications.dictionaries import LibraryModule, Outcome
from services.applications.library import service

router = make_router("/library", tags=["library"])


class NominateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    module: LibraryModule
    case_id: uuid.UUID | None = Field(None, description="推荐的已办结案件（指导案例）")
    title: Line(200, 2) | None = None
    body: Paragraphs(50_000, 10) | None = Field(None, description="正文；关联案件时可不填，由系统生成并删除个人信息")
    keywords: list[Line(40, 1)] = Field(default_factory=list, max_length=10)


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    approve: bool
    title: Line(200, 2) | None = None
    body: Paragraphs(50_000, 10) | None = Field(None, description="审核后的正文")
    keywords: list[Line(40, 1)] | None = Field(None, max_length=10)
    comment: Line(500) | None = None


class EntryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    module: str
    status: str
    case_id: uuid.UUID | None
    agency_id: int
    outcome: str | None
    title: str
    body: str
    keywords: list[str]
    nominated_by_name: str | None
    reviewed_by_name: str | None
    review_comment: str | None
    version: int


@router.get("", response_model=Page[EntryOut], summary="检索案例库")
async def search(
    q: str | None = Query(None, min_length=1, max_length=100, description="关键词（空格分隔）"),
    module: LibraryModule | None = None,
    outcome: Outcome | None = None,
    status: Literal["published", "nominated", "rejected"] = "published",
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("applications.library:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    stmt = service.search_query(principal, q=q, module=module.value if module else None,
                                outcome=outcome.value if outcome else None, status=status)
    return await paginate(session, stmt, params)


@router.post("", response_model=EntryOut, status_code=201, summary="推荐入库（个人信息自动删除，待审核）")
async def nominate(
    request: Request,
    data: NominateIn,
    principal: Principal = Depends(require("applications.library:nominate")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    entry = await service.nominate(session, deps.cipher(request), principal=principal, module=data.module.value,
                                   case_id=data.case_id, title=data.title, body=data.body, keywords=data.keywords)
    await session.commit()
    return entry


@router.get("/{entry_id}", response_model=EntryOut, summary="案例详情")
async def get_entry(
    entry_id: uuid.UUID,
    principal: Principal = Depends(require("applications.library:read")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    return await service.get_entry(session, entry_id, principal)


@router.post("/{entry_id}/review", response_model=EntryOut, summary="审核入库（推荐人以外的人员）")
async def review(
    request: Request,
    entry_id: uuid.UUID,
    data: ReviewIn,
    principal: Principal = Depends(require("applications.library:review")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    entry = await service.review(session, deps.cipher(request), principal=principal, entry_id=entry_id,
                                 version=data.version, approve=data.approve, title=data.title, body=data.body,
                                 keywords=data.keywords, comment=data.comment)
    await session.commit()
    return entry
