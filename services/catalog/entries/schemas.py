"""Catalog entries: code lists, request bodies and responses."""
from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from kernel.dictionaries import LabelledEnum
from kernel.types import Line, Paragraphs
from services.catalog.entries.workflow import EntryActionName


class EntryStatus(LabelledEnum):
    draft = ("draft", "草稿", "Draft")
    submitted = ("submitted", "待保密审查", "Awaiting confidentiality review")
    returned = ("returned", "已退回修改", "Returned for changes")
    scheduled = ("scheduled", "待定时发布", "Scheduled")
    published = ("published", "已发布", "Published")
    revoked = ("revoked", "已撤销", "Revoked")


class Genre(LabelledEnum):
    notice = ("notice", "通知", "Notice")
    announcement = ("announcement", "公告", "Announcement")
    bulletin = ("bulletin", "通告", "Public notice")
    opinion = ("opinion", "意见", "Opinion")
    decision = ("decision", "决定", "Decision")
    order = ("order", "命令（令）", "Order")
    measures = ("measures", "办法", "Measures")
    provisions = ("provisions", "规定", "Provisions")
    rules = ("rules", "细则", "Detailed rules")
    plan = ("plan", "规划计划方案", "Plan or programme")
    report = ("report", "报告", "Report")
    reply = ("reply", "批复", "Official reply")
    circular = ("circular", "通报", "Circular")
    letter = ("letter", "函", "Letter")
    minutes = ("minutes", "纪要", "Minutes")
    interpretation = ("interpretation", "政策解读", "Policy interpretation")
    statistics = ("statistics", "统计信息", "Statistics")
    other = ("other", "其他", "Other")


# genres that normally carry policy (a policy should have an interpretation); staff may override per entry
POLICY_GENRES = frozenset({"notice", "opinion", "decision", "order", "measures", "provisions", "rules", "plan"})


class DisclosureAttribute(LabelledEnum):
    proactive = ("proactive", "主动公开", "Proactive disclosure")
    on_request = ("on_request", "依申请公开", "Disclosure on request")
    not_disclosed = ("not_disclosed", "不予公开", "Not disclosed")


class NotDisclosedReason(LabelledEnum):
    """Arts. 14–16, with the codes of the annual report's 不予公开 rows."""

    state_secret = ("state_secret", "属于国家秘密", "State secret")
    prohibited_by_law = ("prohibited_by_law", "其他法律行政法规禁止公开", "Prohibited by other laws")
    three_safeties = ("three_safeties", "危及“三安全一稳定”", "Endangers security or stability")
    third_party = ("third_party", "保护第三方合法权益", "Protects a third party's rights")
    internal_affairs = ("internal_affairs", "属于三类内部事务信息", "Internal affairs")
    process_info = ("process_info", "属于四类过程性信息", "Process information")
    enforcement_file = ("enforcement_file", "属于行政执法案卷", "Law-enforcement file")
    inquiry_matter = ("inquiry_matter", "属于行政查询事项", "Administrative inquiry matter")


class Validity(LabelledEnum):
    valid = ("valid", "有效", "In force")
    expired = ("expired", "失效", "Expired")
    abolished = ("abolished", "废止", "Abolished")


class RegulationKind(LabelledEnum):
    regulation = ("regulation", "规章", "Regulation (规章)")
    normative = ("normative", "行政规范性文件", "Normative document")


class InterpretationForm(LabelledEnum):
    text = ("text", "文字解读", "Text")
    graphic = ("graphic", "图文解读", "Graphics")
    video = ("video", "视频解读", "Video")
    press_conference = ("press_conference", "新闻发布会", "Press conference")


class EntryAction(LabelledEnum):
    created = ("created", "起草", "Drafted")
    edited = ("edited", "修改", "Edited")
    submitted = ("submitted", "提交审查", "Submitted for review")
    withdrawn = ("withdrawn", "撤回修改", "Withdrawn for changes")
    returned = ("returned", "退回修改", "Returned")
    approved = ("approved", "审查通过", "Approved")
    published = ("published", "发布", "Published")
    revoked = ("revoked", "撤销", "Revoked")
    expired = ("expired", "到期失效", "Expired")
    attachment_added = ("attachment_added", "添加附件", "Attachment added")
    attachment_removed = ("attachment_removed", "移除附件", "Attachment removed")
    imported = ("imported", "导入", "Imported")


# --- validated fields --------------------------------------------------------------------------------------

_YEAR_BRACKETS = re.compile(r"[\[【(（]\s*((?:19|20)\d{2})\s*[\]】)）]")


def _document_number(value: str) -> str:
    """文号 use 〔〕 around the year (GB/T 9704); the usual typos ([], 【】, ()) are corrected."""
    return _YEAR_BRACKETS.sub(r"〔\1〕", value)


DocumentNumber = Annotated[Line(100), AfterValidator(_document_number)]  # type: ignore[valid-type]


def _keywords(value: list[str]) -> list[str]:
    return list(dict.fromkeys(k for k in value if k))


Keywords = Annotated[list[Line(30)], AfterValidator(_keywords), Field(max_length=10)]  # type: ignore[valid-type]
MAX_BODY = 500_000


class _Content(BaseModel):
    """The editable content of an entry (shared by drafting, editing and importing)."""

    model_config = ConfigDict(extra="forbid")

    summary: Paragraphs(2000) | None = Field(None, description="内容概述")
    document_number: DocumentNumber | None = Field(None, description="文号，如 鄂政办字〔2018〕6号")
    written_on: date | None = Field(None, description="成文日期（提交审查前必填）")
    changed_on: date | None = Field(None, description="信息变更日期（修订已发布信息时填写，用于计算公开时效）")
    theme_code: Line(10) | None = Field(None, description="主题分类代码（/themes）")
    column_id: int | None = Field(None, ge=1, description="组配分类：本机关的栏目")
    keywords: Keywords = Field(default_factory=list, description="关键词，最多 10 个")
    body_html: str = Field("", max_length=MAX_BODY, description="正文（HTML，保存时按白名单净化）")
    not_disclosed_reason: NotDisclosedReason | None = Field(None, description="不予公开理由（不予公开时必填）")
    validity: Validity = Field(Validity.valid, description="有效性")
    expires_on: date | None = Field(None, description="失效日期：到期自动失效")
    regulation_kind: RegulationKind | None = Field(None, description="规章 / 行政规范性文件（年度报告统计用）")
    issued_on: date | None = Field(None, description="制发（印发）日期；不填时以成文日期计")
    abolished_on: date | None = Field(None, description="废止日期")
    is_policy: bool | None = Field(None, description="是否为政策文件（需要政策解读）；不填时按体裁判断")
    interpretation_form: InterpretationForm | None = Field(None, description="解读形式（政策解读体裁）")
    interprets: list[uuid.UUID] = Field(default_factory=list, max_length=20, description="所解读的政策（条目编号）")
    standard_item_id: int | None = Field(None, ge=1, description="对应的标准目录事项")
    source: Line(100) | None = Field(None, description="信息来源")
    disclosure_scope: Line(100) | None = Field(None, description="公开范围")


def check_content(data: dict[str, Any]) -> None:
    """Cross-field rules of a complete content (raises ValueError("中文|English") for the problem handler)."""
    attribute = data.get("disclosure_attribute")
    if attribute == "not_disclosed" and not data.get("not_disclosed_reason"):
        raise ValueError("不予公开的信息必须选择不予公开理由|a reason is required for information not disclosed")
    if attribute not in (None, "not_disclosed") and data.get("not_disclosed_reason"):
        raise ValueError("只有不予公开的信息才填写不予公开理由|a reason applies only to information not disclosed")
    if data.get("validity") == "abolished" and not data.get("abolished_on"):
        raise ValueError("废止的文件必须填写废止日期|an abolished document needs its abolition date")
    if data.get("genre") != "interpretation" and (data.get("interprets") or data.get("interpretation_form")):
        raise ValueError("只有政策解读才能关联所解读的政策|only interpretations link to policies")
    written, abolished = data.get("written_on"), data.get("abolished_on")
    if written and abolished and abolished < written:
        raise ValueError("废止日期不能早于成文日期|the abolition date cannot precede the written date")
    expires = data.get("expires_on")
    if written and expires and expires < written:
        raise ValueError("失效日期不能早于成文日期|the expiry date cannot precede the written date")


class EntryCreate(_Content):
    agency_id: int | None = Field(None, ge=1, description="发布机构；默认为当前用户所在机关")
    title: Line(300, 2) = Field(..., description="名称（标题）")
    genre: Genre = Field(..., description="体裁分类")
    disclosure_attribute: DisclosureAttribute = Field(..., description="公开属性：起草时即须确定")

    @model_validator(mode="after")
    def _rules(self) -> "EntryCreate":
        check_content(self.model_dump())
        return self


_LEGACY_INDEX = re.compile(r"^[0-9A-Za-z-]{4,24}/\d{4,8}-\d{3,8}$")


def _legacy_index(value: str) -> str:
    if not _LEGACY_INDEX.match(value):
        raise ValueError("索引号格式不正确（应如 014289810/2025-00013）|invalid index number (e.g. 014289810/2025-00013)")
    return value


class EntryImport(_Content):
    """One entry from another platform, identified there by ``external_id``."""

    external_id: Line(120) = Field(..., description="来源平台的条目编号（导入按此去重）")
    agency_id: int = Field(..., ge=1, description="发布机构")
    title: Line(300, 2) = Field(..., description="名称（标题）")
    genre: Genre = Field(..., description="体裁分类")
    disclosure_attribute: DisclosureAttribute = Field(..., description="公开属性")
    index_number: Annotated[Line(80), AfterValidator(_legacy_index)] | None = Field(  # type: ignore[valid-type]
        None, description="原平台的索引号（按原样保留）；为空时发布时按本平台规则编号")
    published_at: datetime | None = Field(None, description="原发布日期（按原样保留）")

    @model_validator(mode="after")
    def _rules(self) -> "EntryImport":
        check_content(self.model_dump())
        return self


class EntryUpdate(BaseModel):
    """Fields to change; omitted fields stay as they are; ``null`` clears an optional field. ``version`` must equal
    the current version. Editing a published entry prepares its next version (reviewed again before it is live)."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="修改前的版本号（防止覆盖他人修改）")
    title: Line(300, 2) | None = None
    genre: Genre | None = None
    disclosure_attribute: DisclosureAttribute | None = None
    summary: Paragraphs(2000) | None = None
    document_number: DocumentNumber | None = None
    written_on: date | None = None
    changed_on: date | None = None
    theme_code: Line(10) | None = None
    column_id: int | None = Field(None, ge=1)
    keywords: Keywords | None = None
    body_html: str | None = Field(None, max_length=MAX_BODY)
    not_disclosed_reason: NotDisclosedReason | None = None
    validity: Validity | None = None
    expires_on: date | None = None
    regulation_kind: RegulationKind | None = None
    issued_on: date | None = None
    abolished_on: date | None = None
    is_policy: bool | None = None
    interpretation_form: InterpretationForm | None = None
    interprets: list[uuid.UUID] | None = Field(None, max_length=20)
    standard_item_id: int | None = Field(None, ge=1)
    source: Line(100) | None = None
    disclosure_scope: Line(100) | None = None


class VersionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)


class ReturnIn(VersionIn):
    comment: Paragraphs(2000, 2) = Field(..., description="退回意见：需要修改之处")


class ApproveIn(VersionIn):
    publish_at: datetime | None = Field(None, description="定时发布时间；不填则立即发布")
    comment: Paragraphs(2000) | None = Field(None, description="审查意见")


class RevokeIn(VersionIn):
    reason: Line(500, 2) = Field(..., description="撤销原因")


# --- responses ---------------------------------------------------------------------------------------------


class Ref(BaseModel):
    id: int
    name: str


class AgencyRef(BaseModel):
    id: int
    name: str
    code: str


class ThemeRef(BaseModel):
    code: str
    name: str | None = Field(None, description="二级分类名称（完整路径见 /themes）")


class ColumnRef(BaseModel):
    id: int
    name: str


class EntryLink(BaseModel):
    """Another entry, as linked from this one (a policy and its interpretations)."""

    id: uuid.UUID
    title: str
    index_number: str | None
    genre: str
    interpretation_form: str | None = None
    status: str | None = None  # staff views only
    published_at: datetime | None = None


class AttachmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    title: str | None
    content_type: str
    size: int
    sha256: str
    created_at: datetime | None = None
    url: str | None = None


class Timeliness(BaseModel):
    """Art. 26: within 20 working days of the information being formed or changed."""

    formed_on: date | None = Field(None, description="信息形成或变更日期")
    working_days: int | None = Field(None, description="形成（变更）至发布的工作日数；未发布时为至今的工作日数")
    late: bool | None = Field(None, description="超过 20 个工作日")
    provisional: bool = Field(False, description="计算涉及尚无官方安排的年份（按周末推算）")
    published: bool = False


class EntrySummary(BaseModel):
    id: uuid.UUID
    agency_id: int
    agency_name: str
    status: str
    version: int
    live_version: int | None
    has_pending_changes: bool = Field(..., description="已发布且有尚未发布的修改")
    index_number: str | None
    title: str
    document_number: str | None
    genre: str
    theme_code: str | None
    column_id: int | None
    disclosure_attribute: str
    validity: str
    written_on: date | None
    published_at: datetime | None
    publish_at: datetime | None
    submitted_at: datetime | None = Field(None, description="最近一次提交审查的时间")
    updated_at: datetime
    created_by_name: str | None
    timeliness: Timeliness


class EntryOut(EntrySummary):
    summary: str | None
    changed_on: date | None
    keywords: list[str]
    body_html: str
    not_disclosed_reason: str | None
    expires_on: date | None
    regulation_kind: str | None
    issued_on: date | None
    abolished_on: date | None
    is_policy: bool
    interpretation_form: str | None
    standard_item_id: int | None
    source: str | None
    disclosure_scope: str | None
    live_published_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str | None
    review_comment: str | None
    created_by: str
    created_at: datetime
    attachments: list[AttachmentOut]
    interprets: list[EntryLink]
    interpretations: list[EntryLink]
    actions: list[EntryActionName] = Field(..., description="当前用户此刻可以执行的操作（与可调用的接口一致）")


class VersionOut(BaseModel):
    number: int
    published_at: datetime
    published_by_name: str | None
    formed_on: date | None
    timeliness_days: int | None
    late: bool | None
    timeliness_provisional: bool | None
    note: str | None
    snapshot: dict[str, Any]


class HistoryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    at: datetime
    action: str
    from_status: str | None
    to_status: str | None
    entry_version: int
    live_version: int | None
    changed_fields: list[str]
    comment: str | None
    actor_id: str | None
    actor_name: str | None


class PublicEntryOut(BaseModel):
    """An entry as the public sees it: its live version."""

    id: uuid.UUID
    index_number: str | None
    title: str
    summary: str | None
    document_number: str | None
    written_on: date | None
    published_at: datetime | None = Field(None, description="发布日期（首次发布）")
    updated_at: datetime | None = Field(None, description="本版本发布时间")
    version: int
    agency: AgencyRef
    genre: str
    theme: ThemeRef | None
    column: ColumnRef | None
    keywords: list[str]
    body_html: str | None = Field(None, description="正文；依申请公开的信息不在此公开")
    disclosure_attribute: str
    validity: str
    expires_on: date | None
    regulation_kind: str | None
    issued_on: date | None
    abolished_on: date | None
    is_policy: bool
    interpretation_form: str | None
    source: str | None
    disclosure_scope: str | None
    attachments: list[AttachmentOut]
    interprets: list[EntryLink]
    interpretations: list[EntryLink]


class PublicListItem(BaseModel):
    id: uuid.UUID
    title: str
    index_number: str | None
    genre: str
    agency: Ref
    column_id: int | None
    published_at: datetime | None


class PolicyOut(BaseModel):
    """A live policy (listed when no live interpretation explains it)."""

    id: uuid.UUID
    agency_id: int
    agency_name: str
    title: str
    index_number: str | None
    document_number: str | None
    genre: str
    published_at: datetime | None


class LateEntryOut(BaseModel):
    id: uuid.UUID
    agency_id: int
    agency_name: str
    title: str
    status: str
    index_number: str | None
    formed_on: date | None
    published_at: datetime | None
    working_days: int
    late: bool
    provisional: bool
