from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.types import Line, Paragraphs
from services.applications.dictionaries import ConsultationAnswer, ConsultationParty, DeliveryMethod, FeeMethod, Outcome
from services.applications.cases.workflow import CaseActionName
from services.applications.intake.schemas import ItemIn


class _Write(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="操作前看到的案件版本号（防止两人同时操作互相覆盖）")


class ReceiveIn(_Write):
    received_on: date = Field(..., description="双方确认之日（网上、传真申请以确认之日为收到申请之日）")


class AssignIn(_Write):
    assignee_id: Line(64) | None = Field(None, description="承办人账号编号")
    assignee_name: Line(100) | None = Field(None, description="承办人姓名")
    department: Line(100) | None = Field(None, description="承办部门")

    @model_validator(mode="after")
    def _someone(self) -> "AssignIn":
        if not (self.assignee_id or self.department):
            raise ValueError("请指定承办人或承办部门|name a handler or a department")
        if self.assignee_id and not self.assignee_name:
            raise ValueError("请填写承办人姓名|give the handler's name")
        return self


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Paragraphs(5000, 1)


class SupplementRequestIn(_Write):
    requested_on: date = Field(..., description="发出补正告知之日")
    items: list[Line(300, 2)] = Field(..., min_length=1, max_length=20, description="需要补正的全部事项（一次性告知）")
    deadline: date = Field(..., description="补正期限（最后一日）")


class SupplementIn(_Write):
    received_on: date = Field(..., description="收到补正之日")
    text: Paragraphs(5000, 2) = Field(..., description="补正内容")
    attachment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10)


class ExtendIn(_Write):
    extended_on: date
    days: int = Field(..., ge=1, le=20, description="延长的工作日数（最长 20 个工作日）")
    reason: Line(300, 2) = Field(..., description="延期理由")


class ConsultIn(_Write):
    party: ConsultationParty
    party_name: Line(200, 2) = Field(..., description="第三方或其他机关名称")
    started_on: date = Field(..., description="发出征求意见函之日")
    scope: Paragraphs(2000, 2) = Field(..., description="征求意见的范围")
    notify_applicant: bool = Field(True, description="同时向申请人发出征求意见告知书")


class ConsultEndIn(_Write):
    ref: Line(40) = Field(..., description="征求意见编号")
    ended_on: date = Field(..., description="收到意见之日（或期限届满之日）")
    answer: ConsultationAnswer
    summary: Paragraphs(2000) | None = None
    disclose_in_public_interest: bool = Field(False, description="第三方反对但因公共利益决定公开（须书面告知第三方）")
    disclosure_reason: Paragraphs(2000) | None = None

    @model_validator(mode="after")
    def _public_interest(self) -> "ConsultEndIn":
        if self.disclose_in_public_interest and not self.disclosure_reason:
            raise ValueError("因公共利益决定公开的，应写明公开的内容和理由|give the content and the reason")
        if self.disclose_in_public_interest and self.answer != "objection":
            raise ValueError("只有第三方反对时才需告知决定公开|only when the third party objected")
        return self


class ReasonsRequestIn(_Write):
    requested_on: date
    deadline: date = Field(..., description="说明理由的期限")


class ReasonsIn(_Write):
    received_on: date
    reasonable: bool = Field(..., description="理由是否合理")
    reply_by: date | None = Field(None, description="理由合理但无法按期答复的，确定的答复日期（条例第三十五条）")


class FeeNoticeIn(_Write):
    notified_on: date
    method: FeeMethod = Field(..., description="计收方式（一件申请只能选择一种）")
    pages: int | None = Field(None, ge=1, le=100_000, description="按量计收的页数")
    deadline: date = Field(..., description="缴费期限")

    @model_validator(mode="after")
    def _pages(self) -> "FeeNoticeIn":
        if self.method == FeeMethod.per_page and self.pages is None:
            raise ValueError("按量计收应填写页数|per-page fees need the number of pages")
        if self.method == FeeMethod.per_application and self.pages is not None:
            raise ValueError("按件计收不填写页数|no pages for per-application fees")
        return self


class FeePaidIn(_Write):
    paid_on: date
    receipt_number: Line(60, 2) = Field(..., description="缴费凭证号")


class DraftIn(_Write):
    outcome: Outcome = Field(..., description="办理结果（年度报告的结果行，恰为其一）")
    details: Paragraphs(10000, 2) = Field(..., description="答复的具体内容：获取方式、不予公开的理由、负责公开的机关等")


class ApproveIn(_Write):
    comment: Line(500) | None = None


class ReturnIn(_Write):
    comment: Line(500, 2)


class DispatchIn(_Write):
    dispatched_on: date
    method: DeliveryMethod
    note: Line(300) | None = Field(None, description="邮件号等")


class DeliveredIn(_Write):
    delivered_on: date
    note: Line(300) | None = None


class ArchiveIn(_Write):
    archived_on: date


class WithdrawIn(_Write):
    withdrawn_on: date
    reason: Line(500) | None = None


class ReopenIn(_Write):
    appeal_id: uuid.UUID
    reopened_on: date
    reply_within_working_days: int = Field(20, ge=1, le=60, description="复议决定或判决确定的重新答复期限")


class SplitIn(_Write):
    items: list[ItemIn] = Field(..., min_length=1, max_length=19, description="拆分出的信息项，每项成为一件新案件")


class CaseSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    number: str
    agency_id: int
    title: str
    applicant_type: str
    applicant_name: str = Field(..., description="申请人（自然人姓名已脱敏）")
    channel: str
    status: str
    outcome: str | None
    received_on: date | None
    due_on: date | None
    due_provisional: bool
    closed_on: date | None
    assigned_name: str | None
    department: str | None
    version: int


class EventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    occurred_on: date
    recorded_at: datetime
    actor_name: str | None
    public: bool
    offline: bool
    clock: dict[str, Any] | None
    data: dict[str, Any]


class LetterOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    case_id: uuid.UUID
    kind: str
    outcome: str | None
    title: str
    recipient: str
    public: bool
    issued_on: date
    docx_sha256: str
    pdf_sha256: str
    docx_size: int
    pdf_size: int
    created_at: datetime


class CaseOut(CaseSummary):
    application_id: uuid.UUID
    item_no: int
    description: str
    document_number: str | None
    on_time: bool | None
    working_days_taken: int | None
    assigned_to: str | None
    draft: dict[str, Any] | None
    approval: dict[str, Any] | None
    fee: dict[str, Any] | None
    fee_yuan: str
    delivery: dict[str, Any] | None
    archived_on: date | None
    clock: dict[str, Any]
    applicant: dict[str, Any]
    application: dict[str, Any]
    events: list[EventOut]
    letters: list[LetterOut]
    attachments: list[dict[str, Any]]
    possible_repeats: list[dict[str, Any]]
    reopenable_appeals: list[uuid.UUID] = Field(default_factory=list, description="可据以重新办理的纠正决定（复议或诉讼）")
    allowed_actions: list[CaseActionName] = Field(..., description="当前账号现在可以执行的办理操作（与可调用的接口一致）")
