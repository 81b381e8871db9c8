from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from kernel.dictionaries import LabelledEnum
from kernel.types import Line, Paragraphs
from services.statistics.assessments.rules import Rule
from services.statistics.assessments.workflow import IssueActionName, RoundActionName, SystemActionName


class RoundKind(LabelledEnum):
    quarterly = ("quarterly", "季度测评", "Quarterly assessment")
    special = ("special", "专项督查", "Special inspection")
    recheck = ("recheck", "回头看", "Re-check")
    annual = ("annual", "年度考核", "Annual appraisal")


class IndicatorKind(LabelledEnum):
    group = ("group", "指标分组", "Group")
    automatic = ("automatic", "自动测量", "Measured automatically")
    manual = ("manual", "人工评分", "Scored by an inspector")


class AgencyGroup(LabelledEnum):
    government = ("government", "县（市、区）政府", "Governments")
    department = ("department", "部门", "Departments")
    township = ("township", "乡镇（街道）", "Townships")
    other = ("other", "其他单位", "Other bodies")


class IssueCategory(LabelledEnum):
    late_publication = ("late_publication", "信息公开不及时（超过20个工作日）", "Published late (over 20 working days)")
    missing_interpretation = ("missing_interpretation", "政策文件未同步解读", "Policy without a timely interpretation")
    poor_interpretation = ("poor_interpretation", "解读质量不高、形式单一", "Interpretation of poor quality")
    normative_documents = ("normative_documents", "规范性文件公开不规范、不全面", "Normative documents incomplete")
    attribute_unmarked = ("attribute_unmarked", "公开属性未标识或标识错误", "Disclosure attribute unmarked")
    stale_column = ("stale_column", "栏目空白或长期未更新", "Empty or stale column")
    standard_gap = ("standard_gap", "标准目录事项未公开", "Standard-directory item not published")
    public_consultation = ("public_consultation", "决策公开征求意见不到位", "Public consultation lacking")
    key_area_late = ("key_area_late", "重点领域信息发布不及时", "Key-area information late")
    grassroots_standard = ("grassroots_standard", "基层政务公开标准化规范化滞后", "Grassroots standardisation behind")
    late_reply = ("late_reply", "依申请公开逾期答复", "Request answered late")
    overdue_request = ("overdue_request", "依申请公开逾期未办结", "Request overdue")
    reply_quality = ("reply_quality", "答复不规范", "Non-standard reply")
    appeal_corrected = ("appeal_corrected", "复议纠错、诉讼败诉", "Appeal corrected the reply")
    report_late = ("report_late", "年度报告未按期报送、发布", "Annual report late")
    report_inconsistent = ("report_inconsistent", "年度报告数据不一致", "Annual report inconsistent")
    errors_in_content = ("errors_in_content", "信息错字、重复、漏报", "Typos, duplicates, omissions")
    handover = ("handover", "人员变动交接不到位", "Work lost when staff changed")
    other = ("other", "其他", "Other")


class IssueStatus(LabelledEnum):
    open = ("open", "待整改", "Open")
    answered = ("answered", "已答复待审核", "Answered")
    returned = ("returned", "已退回重改", "Returned")
    closed = ("closed", "已整改", "Rectified")
    cancelled = ("cancelled", "已撤销", "Cancelled")


class IssueSource(LabelledEnum):
    inspection = ("inspection", "测评检查", "Inspection")
    measure = ("measure", "自动测量失分", "Points lost on a measure")
    monitoring = ("monitoring", "日常巡查", "Daily monitoring")


def _code(value: str) -> str:
    parts = value.split(".")
    if not 1 <= len(parts) <= 4 or not all(p.isdigit() and len(p) <= 3 and not p.startswith("0") for p in parts):
        raise ValueError("指标编号应为 1、1.2、1.2.3 这样的格式|codes look like 1, 1.2, 1.2.3")
    return value


Code = Annotated[str, Field(min_length=1, max_length=20), AfterValidator(_code)]
Score = Annotated[Decimal, Field(ge=0, le=1000, max_digits=7, decimal_places=2)]


class IndicatorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Code
    name: Line(200, 2)
    description: Paragraphs(2000) | None = None
    kind: IndicatorKind
    max_score: Score
    measure: Line(40) | None = Field(None, description="自动测量项（字典 assessment_measures）")
    params: dict[str, Any] = Field(default_factory=dict, description="测量参数，如 within_working_days")
    rule: Rule | None = Field(None, description="计分规则：ratio、thresholds（on=ratio|count）、deduction、veto")
    category: IssueCategory | None = Field(None, description="失分记为哪类问题（默认取自测量项）")
    children: list["IndicatorIn"] = Field(default_factory=list, max_length=50)


class SystemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line(200, 2)
    year: int = Field(..., ge=2019, le=2100)
    quarter: int | None = Field(None, ge=1, le=4, description="季度（空为全年）")
    total_score: Score = Decimal("100")
    description: Paragraphs(5000) | None = None
    indicators: list[IndicatorIn] = Field(..., min_length=1, max_length=50)


class SystemUpdate(SystemIn):
    version: int = Field(..., ge=1)


class VersionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(..., ge=1)


class CopyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    year: int = Field(..., ge=2019, le=2100)
    quarter: int | None = Field(None, ge=1, le=4)
    name: Line(200, 2) | None = None


class IndicatorOut(BaseModel):
    code: str
    name: str
    description: str | None
    kind: str
    max_score: Decimal
    measure: str | None
    params: dict[str, Any]
    rule: dict[str, Any] | None
    category: str | None
    children: list["IndicatorOut"]


class SystemSummary(BaseModel):
    id: int
    owner_agency_id: int
    owner_agency_name: str | None
    name: str
    year: int
    quarter: int | None
    total_score: Decimal
    status: str
    version: int
    copied_from_id: int | None
    created_at: datetime


class SystemOut(SystemSummary):
    description: str | None
    indicators: list[IndicatorOut]
    allowed_actions: list[SystemActionName]


class RoundIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    system_id: int = Field(..., ge=1)
    name: Line(200, 2)
    kind: RoundKind
    period_start: date
    period_end: date
    agency_ids: list[Annotated[int, Field(ge=1)]] = Field(default_factory=list, max_length=5000,
                                                          description="被测评机关；为空时为 subtree_of 的全部下级机关")
    subtree_of: int | None = Field(None, ge=1, description="测评该机关下的全部机关")
    include_root: bool = Field(False, description="subtree_of 时是否包括该机关本身")
    groups: dict[str, AgencyGroup] = Field(default_factory=dict, description="按机关编号指定分组；默认按机关类型分组")
    recheck_of_id: int | None = Field(None, ge=1, description="回头看：复查哪一轮的问题")
    previous_round_id: int | None = Field(None, ge=1, description="与哪一轮比较（默认为同一监督机构上一轮已发布的测评）")
    issue_deadline_days: int = Field(15, ge=1, le=120, description="整改期限（工作日）")

    @model_validator(mode="after")
    def _check(self) -> "RoundIn":
        if self.period_end < self.period_start:
            raise ValueError("测评期间的结束日期不能早于开始日期|the period ends before it starts")
        if (self.period_end - self.period_start).days > 400:
            raise ValueError("测评期间不能超过一年|the period is longer than a year")
        if not self.agency_ids and self.subtree_of is None:
            raise ValueError("请选择被测评机关|choose the agencies assessed")
        if (self.kind == RoundKind.recheck) != (self.recheck_of_id is not None):
            raise ValueError("回头看须指定复查的轮次，其他测评不指定|a re-check names the round it re-checks")
        return self


class RoundSummary(BaseModel):
    id: int
    owner_agency_id: int
    owner_agency_name: str | None
    system_id: int
    name: str
    kind: str
    period_start: date
    period_end: date
    status: str
    agencies: int
    recheck_of_id: int | None
    previous_round_id: int | None
    measured_at: datetime | None
    published_at: datetime | None
    version: int


class RoundAgencyOut(BaseModel):
    agency_id: int
    agency_name: str
    group_code: str
    group_name: str


class RoundOut(RoundSummary):
    indicators: list[IndicatorOut]
    round_agencies: list[RoundAgencyOut]
    issue_deadline_days: int
    view: Literal["supervisor", "agency"]
    allowed_actions: list[RoundActionName]


class EvidenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["note", "url", "file"]
    text: Paragraphs(2000) | None = None
    url: Line(500) | None = None
    file_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _one(self) -> "EvidenceIn":
        need = {"note": self.text, "url": self.url, "file": self.file_id}[self.kind]
        if need is None:
            raise ValueError("请填写证据内容|give the evidence")
        if self.kind == "url" and not (self.url or "").startswith(("http://", "https://")):
            raise ValueError("网址应以 http:// 或 https:// 开头|a URL starts with http:// or https://")
        return self


class ManualScoreIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int = Field(..., ge=1)
    indicator_code: Code
    score: Score
    note: Paragraphs(2000) | None = None
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=10)
    expected_version: int = Field(0, ge=0, description="评分时看到的版本（尚未评分为 0）；他人已改动则拒绝")


class ScoreOut(BaseModel):
    agency_id: int
    indicator_code: str
    score: Decimal
    source: str
    veto: bool
    note: str | None
    evidence: list[dict[str, Any]]
    scored_by_name: str | None
    scored_at: datetime
    version: int
    value: dict[str, Any] | None = None


class IssueIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int = Field(..., ge=1)
    indicator_code: Code | None = None
    category: IssueCategory
    title: Line(300, 2)
    description: Paragraphs(5000, 2)
    suggestion: Paragraphs(2000) | None = None
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=10)
    deadline: date | None = Field(None, description="整改期限（默认按本轮的整改工作日数）")


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    text: Paragraphs(5000, 2) = Field(..., description="整改情况")
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=10)


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    comment: Paragraphs(2000) | None = None


class ReturnIn(DecisionIn):
    comment: Paragraphs(2000, 2)


class IssueStepOut(BaseModel):
    action: str
    text: str | None
    evidence: list[dict[str, Any]]
    actor_name: str | None
    at: datetime


class IssueOut(BaseModel):
    id: int
    owner_agency_id: int
    agency_id: int
    agency_name: str | None
    round_id: int | None
    recheck_round_id: int | None
    indicator_code: str | None
    category: str
    source: str
    title: str
    description: str
    suggestion: str | None
    evidence: list[dict[str, Any]]
    deadline: date
    status: str
    overdue: bool
    raised_by_name: str | None
    raised_at: datetime
    closed_at: datetime | None
    version: int
    steps: list[IssueStepOut] = Field(default_factory=list)
    allowed_actions: list[IssueActionName] = Field(default_factory=list)


class AgencyResult(BaseModel):
    agency_id: int
    agency_name: str
    group_code: str
    group_name: str
    total: Decimal
    vetoed: bool
    rank: int
    previous_total: Decimal | None
    change: Decimal | None
    unscored: int = Field(..., description="尚未评分的人工指标数")
    by_indicator: dict[str, Decimal] = Field(..., description="各指标（含分组）得分")
    issues: int
    issues_closed: int


class CategoryCount(BaseModel):
    category: str
    count: int


class RoundResults(BaseModel):
    round_id: int
    status: str
    total_score: Decimal
    indicators: list[IndicatorOut]
    agencies: list[AgencyResult]
    groups: list[dict[str, Any]]
    frequent_issues: list[CategoryCount]
    issues_total: int
    issues_closed: int
    closure_rate: float | None


class FileOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str


class CircularSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    heading: Line(100, 1)
    paragraphs: list[Paragraphs(5000, 1)] = Field(..., max_length=30)


class CircularIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(..., ge=0, description="通报正文的版本号（尚未修改为 0）")
    title: Line(200, 2)
    addressees: Line(300, 1)
    sections: list[CircularSection] = Field(..., min_length=1, max_length=12)


class CircularOut(BaseModel):
    round_id: int
    version: int
    edited: bool
    title: str
    addressees: str
    sections: list[dict[str, Any]]


class SelfInspectionSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    heading: Line(100, 1)
    text: Paragraphs(20000)


class SelfInspectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(..., ge=0, description="当前版本号（尚未保存为 0）")
    title: Line(200, 2)
    sections: list[SelfInspectionSection] = Field(..., min_length=1, max_length=20)


class SelfInspectionOut(BaseModel):
    agency_id: int
    year: int
    saved: bool
    version: int
    title: str
    sections: list[dict[str, Any]]


class MonitorCheck(LabelledEnum):
    policy_without_interpretation = ("policy_without_interpretation", "政策文件发布后 N 个工作日未解读",
                                     "Policy without interpretation after N working days")
    silent_column = ("silent_column", "栏目 N 天未更新", "Column without a new entry for N days")
    request_due_soon = ("request_due_soon", "依申请公开 N 个工作日内到期或已逾期", "Request due within N working days")


class MonitorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    check: MonitorCheck
    days: int = Field(..., ge=1, le=365, description="阈值 N")
    deadline_days: int = Field(10, ge=1, le=60, description="整改期限（工作日）")
    active: bool = True


class MonitorUpdate(MonitorIn):
    version: int = Field(..., ge=1)


class MonitorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    owner_agency_id: int
    check: str
    days: int
    deadline_days: int
    active: bool
    last_run_on: date | None
    version: int


class IssueCategoryCount(BaseModel):
    category: str
    count: int
    closed: int
    overdue: int


class IssueSummary(BaseModel):
    total: int
    closed: int
    overdue: int
    closure_rate: float | None
    by_category: list[IssueCategoryCount]
