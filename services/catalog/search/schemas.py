"""Search responses."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field


class AgencyRef(BaseModel):
    id: int
    name: str


class SearchHit(BaseModel):
    id: uuid.UUID = Field(..., description="条目编号")
    title: str = Field(..., description="名称（纯文本）")
    title_html: str = Field(..., description="名称：HTML 转义，命中的词以 <em>…</em> 标出")
    snippet_html: str = Field(..., description="摘要：内容概述或正文中第一处命中附近的片段，HTML 转义并以 <em> 标出")
    index_number: str | None
    document_number: str | None
    agency: AgencyRef
    genre: str
    theme_code: str | None
    validity: str
    disclosure_attribute: str
    published_at: datetime | None = Field(None, description="发布日期")
    written_on: date | None = Field(None, description="成文日期")
    score: float | None = Field(None, description="相关度（按相关度排序时）")
    status: str | None = Field(None, description="条目状态（仅工作人员检索）")
    is_public: bool | None = Field(None, description="公众是否可见（仅工作人员检索）")


class FacetValue(BaseModel):
    value: str = Field(..., description="取值：代码（体裁、有效性、公开属性）、一级主题代码、年度或机关编号")
    name: str | None = Field(None, description="名称（主题、机关）；代码类取值的名称见 /dictionaries")
    count: int


class Facets(BaseModel):
    exact: bool = Field(..., description="是否按全部命中统计；命中过多时只统计最新的 counted 条")
    counted: int = Field(..., description="参与统计的命中数")
    genre: list[FacetValue]
    theme: list[FacetValue] = Field(..., description="一级主题")
    year: list[FacetValue]
    validity: list[FacetValue]
    disclosure_attribute: list[FacetValue]
    agency: list[FacetValue] = Field(..., description="命中最多的机关（至多 20 个）")


class QueryInfo(BaseModel):
    text: str = Field(..., description="检索词（规范化后）")
    words: list[str] = Field(..., description="分词结果（精确模式）")
    mode: str = Field(..., description="words：按词检索（3 个字符以上时也匹配标题、文号、索引号的片段）；"
                                         "identifier：按文号、索引号等片段检索")


class SearchPage(BaseModel):
    items: list[SearchHit]
    total: int = Field(..., description="命中总数；total_is_estimate 为真时是估计值")
    total_is_estimate: bool = Field(..., description="命中过多（超过精确计数上限）时为真，此时 total 为估计值")
    page: int
    size: int
    pages: int = Field(..., description="可翻阅的页数（按相关度排序时至多翻到前 max_window 条）")
    max_window: int = Field(..., description="可翻阅的命中条数上限")
    sort: str
    query: QueryInfo | None
    facets: Facets | None = Field(None, description="分面统计（facets=true 时）")


class LatestItem(BaseModel):
    id: uuid.UUID
    title: str
    index_number: str | None
    document_number: str | None
    agency: AgencyRef
    genre: str
    theme_code: str | None
    validity: str
    published_at: datetime | None
    written_on: date | None


class LatestList(BaseModel):
    items: list[LatestItem]
