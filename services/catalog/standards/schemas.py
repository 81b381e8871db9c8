"""The standard directory of proactive disclosure (政务公开事项标准目录, 国办发〔2019〕54号): code lists, request
bodies and responses."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kernel.dictionaries import LabelledEnum
from kernel.types import Line, Paragraphs


class StandardAudience(LabelledEnum):
    """公开对象."""

    public = ("public", "全社会", "The general public")
    specific = ("specific", "特定群体", "A specific group")


class StandardMethod(LabelledEnum):
    """公开方式 (codes shared with the entries' disclosure attribute)."""

    proactive = ("proactive", "主动", "Proactive")
    on_request = ("on_request", "依申请", "On request")


class StandardLevel(LabelledEnum):
    """公开层级: which level of government publishes the item."""

    county = ("county", "县级", "County")
    township = ("township", "乡级", "Township")
    county_township = ("county_township", "县级、乡级", "County and township")


AreaCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,39}$")]


# --- areas -----------------------------------------------------------------------------------------------------


class AreaCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: AreaCode = Field(..., description="稳定的英文代码（小写字母、数字、下划线）")
    name: Line(60) = Field(..., description="领域名称（不得与其他领域重复）")
    sort_order: int | None = Field(None, ge=0, le=100_000, description="排序；为空则排在最后")


class AreaUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line(60) | None = None
    sort_order: int | None = Field(None, ge=0, le=100_000)
    is_active: bool | None = Field(None, description="false 停用（已有事项保留该领域，新事项不能再选），true 恢复")


class AreaOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    sort_order: int
    is_active: bool


# --- items -----------------------------------------------------------------------------------------------------


class _ItemFields(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content_elements: Paragraphs(5_000) | None = Field(None, description="公开内容（要素）")
    legal_basis: Paragraphs(5_000) | None = Field(None, description="公开依据")
    time_limit: Line(200) | None = Field(None, description="公开时限，如“信息形成或者变更之日起20个工作日内”")
    time_limit_days: int | None = Field(
        None, ge=1, le=365, description="公开时限的工作日数；为空时从公开时限文字中识别（如“20个工作日”“二十个工作日”）")
    subject: Line(200) | None = Field(None, description="公开主体")
    channels: Line(300) | None = Field(None, description="公开渠道和载体")


class ItemCreate(_ItemFields):
    agency_id: int = Field(..., ge=1, description="标准目录所属机关")
    parent_id: int | None = Field(None, ge=1, description="一级事项；为空表示新增一级事项")
    area_code: AreaCode | None = Field(None, description="试点领域；二级事项为空时沿用一级事项的领域")
    name: Line(200) = Field(..., description="公开事项名称（同级不得重复，忽略空格与全角半角差异）")
    audience: StandardAudience = Field(StandardAudience.public, description="公开对象")
    method: StandardMethod = Field(StandardMethod.proactive, description="公开方式")
    level: StandardLevel = Field(StandardLevel.county, description="公开层级")
    sort_order: int | None = Field(None, ge=0, le=100_000, description="同级排序；为空则排在最后")


class ItemUpdate(_ItemFields):
    """Fields to change; omitted fields stay as they are; ``null`` clears an optional text."""

    version: int = Field(..., ge=1, description="修改前的版本号（防止覆盖他人修改）")
    parent_id: int | None = Field(None, ge=1, description="新的一级事项（同一机关）；null 表示改为一级事项")
    area_code: AreaCode | None = None
    name: Line(200) | None = None
    audience: StandardAudience | None = None
    method: StandardMethod | None = None
    level: StandardLevel | None = None
    sort_order: int | None = Field(None, ge=0, le=100_000)


class ItemVersion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)


class ItemCopy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    from_agency_id: int = Field(..., ge=1, description="复制来源机关（如县级模板）")
    to_agency_ids: list[Annotated[int, Field(ge=1)]] = Field(
        ..., min_length=1, max_length=100, description="复制到这些机关（须在本人数据范围内，如各乡镇）")
    area_code: AreaCode | None = Field(None, description="只复制该领域的事项")
    item_ids: list[Annotated[int, Field(ge=1)]] | None = Field(
        None, min_length=1, max_length=500, description="只复制这些一级事项（连同其二级事项）")


class ItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: int
    parent_id: int | None
    area_code: str | None
    name: str
    content_elements: str | None
    legal_basis: str | None
    time_limit: str | None
    time_limit_days: int | None
    subject: str | None
    channels: str | None
    audience: str
    method: str
    level: str
    sort_order: int
    is_active: bool
    version: int
    created_at: datetime
    updated_at: datetime


class ItemNode(ItemOut):
    children: list[ItemOut] = Field(default_factory=list, description="二级事项")


class CopyResultAgency(BaseModel):
    agency_id: int
    created: int
    skipped: list[str] = Field(..., description="目标机关已有同名事项而跳过的事项")


class CopyResult(BaseModel):
    created: int
    skipped: int
    agencies: list[CopyResultAgency]


class CoverageItem(BaseModel):
    id: int
    parent_id: int | None
    depth: int = Field(..., description="1 一级事项，2 二级事项")
    name: str
    parent_name: str | None
    area_code: str | None
    area_name: str | None
    time_limit: str | None
    time_limit_days: int | None
    method: str
    level: str
    expected: bool = Field(..., description="是否应有主动公开的信息（公开方式为“主动”）")
    entries: int = Field(..., description="期间内发布、现仍公开、直接关联该事项的条目数")
    entries_with_children: int = Field(..., description="含二级事项的条目数（一级事项）")
    last_published_at: datetime | None
    uncovered: bool = Field(..., description="应主动公开而期间内没有任何条目")


class CoverageOut(BaseModel):
    agency_id: int
    from_: date = Field(..., alias="from")
    to: date
    items_total: int
    expected: int
    covered: int
    uncovered: int
    items: list[CoverageItem] = Field(..., description="未覆盖的事项在前")

    model_config = ConfigDict(populate_by_name=True)
