from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field


class InboxItem(BaseModel):
    """An application awaiting confirmation of receipt (one case of it)."""

    id: uuid.UUID
    number: str
    agency_id: int
    agency_name: str | None
    title: str
    applicant_type: str
    applicant_name: str = Field(..., description="申请人（自然人姓名已脱敏）")
    channel: str = Field(..., description="online（网上申请）或 api（对接平台）")
    status: str
    version: int
    submitted_on: date = Field(..., description="提交日期（平台时区）")
    submitted_at: datetime
    waited_working_days: int = Field(..., description="自提交之日起已等待的工作日数（按工作日历，提交当日不计）")
    confirm_by: date = Field(..., description="应在此日（提交后第 1 个工作日）前确认收到")
    overdue_for_confirmation: bool = Field(..., description="已等待超过 1 个工作日仍未确认收到")


class InboxSummary(BaseModel):
    total: int = Field(..., description="待确认收到的申请数")
    overdue: int = Field(..., description="其中确认超期的")
    oldest_submitted_on: date | None
    today: date = Field(..., description="计算所依据的今天（平台时区）")
