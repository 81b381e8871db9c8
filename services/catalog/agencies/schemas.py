from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kernel.dictionaries import LabelledEnum
from kernel.types import AgencyCode, Email, Line, Paragraphs, Phone, PostalCode, WebUrl


class AgencyLevel(LabelledEnum):
    national = ("national", "国家级", "National")
    province = ("province", "省级", "Province")
    city = ("city", "市级", "City")
    county = ("county", "县级", "County")
    township = ("township", "乡级", "Township")


class AgencyKind(LabelledEnum):
    government = ("government", "人民政府", "People's government")
    department = ("department", "政府部门", "Government department")
    office = ("office", "派出机关", "Sub-district office")
    institution = ("institution", "其他单位", "Other public body")


class AgencyChange(LabelledEnum):
    created = ("created", "新建", "Created")
    updated = ("updated", "修改", "Updated")
    moved = ("moved", "调整隶属", "Moved")
    deactivated = ("deactivated", "停用", "Deactivated")
    reactivated = ("reactivated", "恢复", "Reactivated")


class _AgencyFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    short_name: Line(60) | None = Field(None, description="简称")
    address: Line(300) | None = Field(None, description="办公地址")
    postal_code: PostalCode | None = Field(None, description="邮政编码")
    office_hours: Line(200) | None = Field(None, description="办公时间")
    phone: Phone | None = Field(None, description="联系电话（机关公开电话）")
    fax: Phone | None = Field(None, description="传真")
    email: Email | None = Field(None, description="电子邮箱")
    website: WebUrl | None = Field(None, description="网站")
    guide_text: Paragraphs(50_000) | None = Field(None, description="政府信息公开指南正文")
    accepts_requests: bool = Field(True, description="是否受理政府信息公开申请")
    sort_order: int = Field(0, ge=0, le=100_000, description="同级排序")


class AgencyCreate(_AgencyFields):
    name: Line(200, 2) = Field(..., description="机关全称")
    code: AgencyCode = Field(..., description="统一社会信用代码（18 位）或组织机构代码（9 位）")
    level: AgencyLevel = Field(..., description="层级")
    kind: AgencyKind = Field(..., description="类别")
    parent_id: int | None = Field(None, ge=1, description="上级机关；为空表示顶级机关（仅限全局管理员）")


class AgencyUpdate(BaseModel):
    """Fields to change; omitted fields stay as they are. ``version`` must equal the current version."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="修改前的版本号（防止覆盖他人修改）")
    name: Line(200, 2) | None = None
    code: AgencyCode | None = None
    level: AgencyLevel | None = None
    kind: AgencyKind | None = None
    short_name: Line(60) | None = None
    address: Line(300) | None = None
    postal_code: PostalCode | None = None
    office_hours: Line(200) | None = None
    phone: Phone | None = None
    fax: Phone | None = None
    email: Email | None = None
    website: WebUrl | None = None
    guide_text: Paragraphs(50_000) | None = None
    accepts_requests: bool | None = None
    sort_order: int | None = Field(None, ge=0, le=100_000)


class AgencyMove(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    parent_id: int = Field(..., ge=1, description="新的上级机关")
    reason: Line(500) | None = None


class AgencyDeactivate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    reason: Line(500, 2) = Field(..., description="停用原因（如机构改革撤并）")


class AgencyReactivate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)


class AgencySummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    parent_id: int | None
    path: str
    depth: int
    name: str
    short_name: str | None
    code: str
    level: str
    kind: str
    phone: str | None
    accepts_requests: bool
    is_active: bool
    sort_order: int


class AgencyOut(AgencySummary):
    code_kind: str
    address: str | None
    postal_code: str | None
    office_hours: str | None
    fax: str | None
    email: str | None
    website: str | None
    guide_text: str | None
    deactivated_at: datetime | None
    deactivation_reason: str | None
    version: int
    created_at: datetime
    updated_at: datetime
    ancestors: list[dict[str, Any]] = Field(default_factory=list, description="上级机关链（从顶级到直接上级）")


class AgencyTreeNode(BaseModel):
    id: int
    name: str
    short_name: str | None
    level: str
    kind: str
    accepts_requests: bool
    children: list["AgencyTreeNode"] = Field(default_factory=list)


class AgencyHistoryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    change: str
    changed_fields: list[str]
    snapshot: dict[str, Any]
    reason: str | None
    actor_id: str | None
    actor_name: str | None
    at: datetime
