from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kernel.dictionaries import LabelledEnum
from kernel.types import Line, Paragraphs
from services.statistics.reports.workflow import ReportActionName


class ReportScope(LabelledEnum):
    agency = ("agency", "本机关", "This agency only")
    rollup = ("rollup", "本机关及所属下级机关（汇总）", "This agency and all below it (combined)")


class ReportStatus(LabelledEnum):
    draft = ("draft", "起草中", "Draft")
    submitted = ("submitted", "已报送待审核", "Submitted for review")
    returned = ("returned", "已退回修改", "Returned with comments")
    accepted = ("accepted", "审核通过", "Accepted")
    published = ("published", "已发布", "Published")


MAX_TEXT = 20_000


class ReportCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int = Field(..., ge=1)
    year: int = Field(..., ge=2019, le=2100, description="报告年度（2019、2020 年使用试行格式）")
    scope: ReportScope = ReportScope.agency


class ReportUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="当前版本号（防止覆盖他人的修改）")
    title: Line(200, 4) | None = None
    overview_text: Paragraphs(MAX_TEXT) | None = Field(None, description="一、总体情况")
    problems_text: Paragraphs(MAX_TEXT) | None = Field(None, description="五、存在的主要问题及改进情况")
    other_text: Paragraphs(MAX_TEXT) | None = Field(None, description="六、其他需要报告的事项")


class Transition(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    comment: Paragraphs(2000) | None = None


class ReturnWithComments(Transition):
    comment: Paragraphs(2000, 2) = Field(..., description="退回意见")


class ViolationOut(BaseModel):
    rule: str
    severity: Literal["error", "warning"]
    message: str
    message_en: str
    cells: list[str]
    expected: str | None = None
    actual: str | None = None


class ReportSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: int
    agency_name: str | None = None
    year: int
    scope: ReportScope
    format: str
    status: ReportStatus
    title: str
    version: int
    updated_at: datetime
    submitted_at: datetime | None
    published_at: datetime | None


class ReportOut(ReportSummary):
    overview_text: str
    problems_text: str
    other_text: str
    review_comment: str | None
    reviewed_at: datetime | None
    figures: dict[str, Any] = Field(..., description="各表数据（起草中为实时计算，报送后为报送时的数据）")
    live: bool = Field(..., description="表格是否为实时计算（起草中、退回修改）")
    violations: list[ViolationOut]
    files: dict[str, str] = Field(default_factory=dict, description="已发布报告的文件地址")
    allowed_actions: list[ReportActionName] = Field(default_factory=list,
                                                    description="当前账号现在可以执行的操作（与可调用的接口一致）")


class ReportActionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: str
    from_status: str | None
    to_status: str
    comment: str | None
    actor_id: str | None
    actor_name: str | None
    at: datetime


class DraftTexts(BaseModel):
    overview_text: str = Field(..., description="根据表格数据生成的“一、总体情况”草稿")
    other_text: str = Field(..., description="根据收费数据生成的“六、其他需要报告的事项”草稿")


class ComputedReport(BaseModel):
    agency_id: int
    agency_name: str
    year: int
    scope: ReportScope
    figures: dict[str, Any]
    violations: list[ViolationOut]


class DeadlineRow(BaseModel):
    agency_id: int
    agency_name: str
    level: str
    kind: str | None
    expected_scope: ReportScope
    deadline: date
    report_id: int | None
    status: ReportStatus | None
    submitted_at: datetime | None
    published_at: datetime | None
    submitted_on_time: bool
    published_on_time: bool
    overdue: bool = Field(..., description="期限已过且尚未完成")


class DeadlineReport(BaseModel):
    year: int
    submit_deadline: date = Field(..., description="部门（及乡镇）报告的报送与发布期限：次年 1 月 31 日")
    government_deadline: date = Field(..., description="县级以上人民政府报告的发布期限：次年 3 月 31 日")
    total: int
    not_submitted: int
    not_published: int
    items: list[DeadlineRow]
