"""主题分类 (themes) and 组配分类 (an agency's columns): code lists, request bodies and responses."""
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kernel.dictionaries import LabelledEnum
from kernel.types import Line


class ColumnPurpose(LabelledEnum):
    """Columns the platform itself fills; staff cannot create, rename, merge away or delete them."""

    annual_report = ("annual_report", "政府信息公开工作年度报告", "Annual reports on disclosure work")


TopThemeCode = Annotated[str, StringConstraints(pattern=r"^\d{2}$")]


# --- themes ----------------------------------------------------------------------------------------------------


class ThemeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parent_code: TopThemeCode | None = Field(
        None, description="一级分类代码（两位数字）；为空表示新增一级分类。代码由系统按顺序分配，永不重复使用")
    name: Line(60) = Field(..., description="分类名称（同级不得重复，忽略空格与全角半角差异）")
    name_en: Line(120) | None = Field(None, description="英文名称")
    sort_order: int | None = Field(None, ge=0, le=100_000, description="同级排序；为空则排在最后")


class ThemeUpdate(BaseModel):
    """Fields to change; omitted fields stay as they are. ``version`` must equal the current version."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="修改前的版本号（防止覆盖他人修改）")
    name: Line(60) | None = None
    name_en: Line(120) | None = Field(None, description="英文名称；传 null 清空")
    sort_order: int | None = Field(None, ge=0, le=100_000)
    is_active: bool | None = Field(None, description="false 停用（已使用的条目保留该分类，新稿件不能再选），true 恢复")


class ThemeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    parent_code: str | None
    name: str
    name_en: str | None
    sort_order: int
    is_active: bool
    version: int


class ThemeNode(ThemeOut):
    children: list[ThemeOut] = Field(default_factory=list)


# --- columns ---------------------------------------------------------------------------------------------------


class ColumnCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int = Field(..., ge=1, description="栏目所属机关")
    parent_id: int | None = Field(None, ge=1, description="上级栏目（同一机关）；为空表示一级栏目")
    name: Line(60) = Field(..., description="栏目名称（同级不得重复，忽略空格与全角半角差异）")
    description: Line(500) | None = Field(None, description="栏目说明")
    sort_order: int | None = Field(None, ge=0, le=100_000, description="同级排序；为空则排在最后")


class ColumnUpdate(BaseModel):
    """Fields to change; omitted fields stay as they are. ``parent_id: null`` makes the column a first-level one."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="修改前的版本号（防止覆盖他人修改）")
    name: Line(60) | None = None
    description: Line(500) | None = Field(None, description="栏目说明；传 null 清空")
    sort_order: int | None = Field(None, ge=0, le=100_000)
    parent_id: int | None = Field(None, ge=1, description="新的上级栏目（同一机关，不能是自身或下级）；null 表示一级栏目")


class ColumnVersion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)


class ColumnMerge(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1, description="被合并栏目的当前版本号")
    target_id: int = Field(..., ge=1, description="合并到的栏目（同一机关、在用）")


class ColumnOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agency_id: int
    parent_id: int | None
    name: str
    purpose: str | None
    description: str | None
    sort_order: int
    is_active: bool
    version: int
    created_at: datetime
    updated_at: datetime


class ColumnNode(BaseModel):
    id: int
    parent_id: int | None
    name: str
    purpose: str | None
    description: str | None
    sort_order: int
    is_active: bool
    version: int
    live_entries: int = Field(..., description="栏目中在公开的条目数（不含下级栏目）")
    entries: int | None = Field(None, description="栏目中的全部条目数（含草稿、已撤销）；仅向有权管理该机关的工作人员提供")
    children: list["ColumnNode"] = Field(default_factory=list)


class ColumnMergeOut(BaseModel):
    column: ColumnOut = Field(..., description="被合并（已停用）的栏目")
    target: ColumnOut
    moved_entries: int = Field(..., description="转入目标栏目的条目数")
    moved_children: list[int] = Field(..., description="转到目标栏目下的下级栏目")


class SimilarColumn(BaseModel):
    id: int
    parent_id: int | None
    name: str
    path: str = Field(..., description="栏目位置，如“政务公开 / 政策解读”")
    is_active: bool
    live_entries: int


class DuplicateGroup(BaseModel):
    key: str = Field(..., description="比较用的规范化名称")
    columns: list[SimilarColumn]
