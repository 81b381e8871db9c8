"""Consultations log (咨询): inquiries answered by phone, in person, online or by letter, counted by channel and
agency. No personal data is recorded."""
import uuid
from datetime import date
from typing import Any

from fastapi import Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.errors import field_error
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from kernel.types import Line, Paragraphs
from services.applications import deps
from services.applications.cases.service import agency_path
from services.applications.consultations.models import Consultation
from services.applications.db import kernel
from services.applications.dictionaries import InquiryChannel
from services.applications.reference.models import Agency

router = make_router("/consultations", tags=["consultations"])


class ConsultationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int | None = Field(None, ge=1, description="默认为本人所在机关")
    channel: InquiryChannel
    occurred_on: date
    topic: Line(200, 2) = Field(..., description="咨询事项（不记录个人信息）")
    answer: Paragraphs(5000) | None = Field(None, description="答复要点")


class ConsultationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    agency_id: int
    channel: str
    occurred_on: date
    topic: str
    answer: str | None
    recorded_by: str | None


class ConsultationCount(BaseModel):
    agency_id: int
    agency_name: str | None
    channel: str
    count: int


@router.post("", response_model=ConsultationOut, status_code=201, summary="登记一次咨询")
async def record_consultation(
    request: Request,
    data: ConsultationIn,
    principal: Principal = Depends(require("applications.consultation:write")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    agency_id = data.agency_id or principal.agency_id
    if agency_id is None or await session.get(Agency, agency_id) is None:
        raise field_error("agency_id", "请指定机关。", "Name the agency.")
    path = await agency_path(session, agency_id)
    principal.ensure_access(agency_id, path, hide=False)
    if data.occurred_on > deps.today(request):
        raise field_error("occurred_on", "日期不能晚于今天。", "The date cannot be in the future.")
    row = Consultation(id=uuid.uuid4(), agency_id=agency_id, channel=data.channel.value, occurred_on=data.occurred_on,
                       topic=data.topic, answer=data.answer, recorded_by=principal.name or principal.username)
    session.add(row)
    kernel.audit(session, action="consultation.recorded", entity_type="consultation", entity_id=row.id,
                 agency_id=agency_id, after={"channel": row.channel, "occurred_on": row.occurred_on, "topic": row.topic})
    kernel.emit(session, "applications.consultation.recorded", row.id, {
        "consultation_id": row.id, "agency_id": agency_id, "agency_path": path, "channel": row.channel,
        "occurred_on": row.occurred_on, "topic": row.topic,
    })
    await session.commit()
    return row


@router.get("", response_model=Page[ConsultationOut], summary="咨询记录")
async def list_consultations(
    channel: InquiryChannel | None = None,
    since: date | None = None,
    until: date | None = None,
    q: str | None = Query(None, min_length=1, max_length=50),
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    stmt = (select(Consultation).where(principal.scope_condition(Consultation.agency_id, Agency))
            .order_by(Consultation.occurred_on.desc(), Consultation.created_at.desc()))
    if channel:
        stmt = stmt.where(Consultation.channel == channel.value)
    if since:
        stmt = stmt.where(Consultation.occurred_on >= since)
    if until:
        stmt = stmt.where(Consultation.occurred_on <= until)
    if q:
        stmt = stmt.where(Consultation.topic.ilike(f"%{q}%"))
    return await paginate(session, stmt, params)


@router.get("/counts", response_model=list[ConsultationCount], summary="咨询量：按机关和渠道统计")
async def count_consultations(
    since: date,
    until: date,
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> list[dict[str, Any]]:
    if until < since:
        raise field_error("until", "结束日期不能早于开始日期。", "The end is before the start.")
    rows = (await session.execute(
        select(Consultation.agency_id, Agency.name, Consultation.channel, func.count())
        .join(Agency, Agency.id == Consultation.agency_id, isouter=True)
        .where(principal.scope_condition(Consultation.agency_id, Agency),
               Consultation.occurred_on >= since, Consultation.occurred_on <= until)
        .group_by(Consultation.agency_id, Agency.name, Consultation.channel)
        .order_by(Consultation.agency_id, Consultation.channel)
    )).all()
    return [{"agency_id": a, "agency_name": n, "channel": c, "count": k} for a, n, c, k in rows]
