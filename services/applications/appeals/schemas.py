from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.types import Line, Paragraphs
from services.applications.dictionaries import AppealKind, AppealOutcome


class AppealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    case_id: uuid.UUID
    kind: AppealKind
    follows_id: uuid.UUID | None = Field(None, description="复议后起诉的，所针对的行政复议")
    body: Line(200, 2) = Field(..., description="复议机关或人民法院")
    reference: Line(100) | None = Field(None, description="案号")
    filed_on: date = Field(..., description="申请复议或立案之日")
    summary: Paragraphs(5000) | None = None

    @model_validator(mode="after")
    def _follows(self) -> "AppealIn":
        if (self.kind == AppealKind.litigation_after_reconsideration) != (self.follows_id is not None):
            raise ValueError("复议后起诉的应指明所针对的行政复议，其他情形不填|"
                             "litigation after reconsideration names the reconsideration; others do not")
        return self


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    outcome: AppealOutcome
    decided_on: date | None = Field(None, description="决定或判决之日（尚未审结时不填）")
    summary: Paragraphs(5000) | None = None

    @model_validator(mode="after")
    def _date(self) -> "DecisionIn":
        if (self.outcome == AppealOutcome.pending) != (self.decided_on is None):
            raise ValueError("已审结的应填写决定日期，尚未审结的不填|a decision has a date; pending has none")
        return self


class AppealOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    case_id: uuid.UUID
    agency_id: int
    kind: str
    follows_id: uuid.UUID | None
    body: str
    reference: str | None
    filed_on: date
    outcome: str
    decided_on: date | None
    summary: str | None
    version: int
    created_at: datetime


class AppealSummary(BaseModel):
    year: int
    rows: dict[str, dict[str, int]] = Field(..., description="kind → {upheld, corrected, other, pending, total}")
