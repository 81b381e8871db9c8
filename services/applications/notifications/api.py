"""In-app notifications for staff: their own, and those addressed to their agency's disclosure office."""
from datetime import date, datetime
from typing import Any

from fastapi import Depends
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.pagination import Page, PageParams, page_params, paginate
from kernel.service import make_router
from services.applications.notifications.models import Notification
from services.applications.notifications.service import mark_read

router = make_router("/notifications", tags=["notifications"])


class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: int
    case_id: Any
    kind: str
    due_on: date | None
    message: str
    created_at: datetime
    read_at: datetime | None


class ReadIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ids: list[int] = Field(..., min_length=1, max_length=100)


@router.get("", response_model=Page[NotificationOut], summary="我的提醒（新申请待确认、确认超期、到期、逾期、分办）")
async def my_notifications(
    unread_only: bool = False,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    stmt = select(Notification).where(or_(
        Notification.user_id == principal.sub,
        (Notification.user_id == "") & (Notification.agency_id == principal.agency_id),
    )).order_by(Notification.created_at.desc(), Notification.id.desc())
    if unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    return await paginate(session, stmt, params)


@router.post("/read", summary="标记为已读")
async def read(data: ReadIn, principal: Principal = Depends(require("applications.case:read")),
               session: AsyncSession = Depends(get_session)) -> dict[str, int]:
    n = await mark_read(session, user_id=principal.sub, agency_id=principal.agency_id, ids=data.ids)
    await session.commit()
    return {"marked": n}
