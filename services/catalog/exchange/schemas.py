"""Exchange: response shapes and code lists."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from kernel.dictionaries import LabelledEnum


class ExchangeFormat(LabelledEnum):
    ndjson = ("ndjson", "NDJSON（每行一个 JSON 对象）", "NDJSON (one JSON object per line)")
    csv = ("csv", "CSV（UTF-8，Excel 可直接打开）", "CSV (UTF-8, opens in Excel)")
    xlsx = ("xlsx", "Excel 工作簿（.xlsx）", "Excel workbook (.xlsx)")


class ImportMode(LabelledEnum):
    published = ("published", "按已发布导入（原平台已发布，直接公开）", "As published (live at once)")
    draft = ("draft", "导入为草稿（发布前须经保密审查）", "As drafts (reviewed before publication)")


class ImportStatus(LabelledEnum):
    pending = ("pending", "排队中", "Queued")
    running = ("running", "导入中", "Running")
    succeeded = ("succeeded", "已完成", "Finished")
    failed = ("failed", "失败", "Failed")


class ChangeKind(LabelledEnum):
    published = ("published", "发布", "Published")
    updated = ("updated", "更新（新版本、到期失效或栏目合并）", "Updated (new version, expiry or column merge)")
    revoked = ("revoked", "撤销", "Revoked")


class Attachment(BaseModel):
    id: uuid.UUID
    filename: str
    title: str | None
    content_type: str
    size: int
    sha256: str
    url: str


class ExchangeRecord(BaseModel):
    """One entry as platforms exchange it: a line of an NDJSON export, an item of the sync feed, a row the import
    accepts (the informative fields ``id``, ``version``, ``version_published_at``, ``attachments``, ``agency_name``
    and ``theme_name`` are ignored by the import)."""

    id: uuid.UUID = Field(..., description="本平台的条目编号")
    external_id: str = Field(..., description="交换编号：来自其他平台的条目保留原编号，本平台起草的条目为其编号")
    version: int = Field(..., description="已发布版本号")
    index_number: str | None
    agency_id: int
    agency_code: str = Field(..., description="发布机构代码（跨平台识别机构）")
    agency_name: str
    title: str
    summary: str | None
    document_number: str | None
    written_on: str | None
    changed_on: str | None
    published_at: str | None = Field(None, description="首次发布时间")
    version_published_at: str | None = Field(None, description="本版本发布时间")
    genre: str
    theme_code: str | None
    theme_name: str | None
    column_id: int | None
    column_name: str | None
    keywords: list[str]
    disclosure_attribute: str
    not_disclosed_reason: str | None = None
    validity: str
    expires_on: str | None
    regulation_kind: str | None
    issued_on: str | None
    abolished_on: str | None
    is_policy: bool
    interpretation_form: str | None
    interprets: list[str] = Field(..., description="所解读政策的交换编号（external_id）")
    standard_item_id: int | None
    source: str | None
    disclosure_scope: str | None
    body_html: str
    attachments: list[Attachment]


class Tombstone(BaseModel):
    entry_id: uuid.UUID
    external_id: str
    index_number: str | None
    revoked_at: datetime | None
    reason: str | None


class SyncItem(BaseModel):
    seq: int = Field(..., description="变更序号（递增）")
    change: str = Field(..., description="published | updated | revoked；updated 包括新版本、到期失效和栏目合并（版本号不变）")
    at: datetime
    entry_id: uuid.UUID
    version: int | None = Field(None, description="此次变更后公开的版本号（撤销时为被撤销的版本）")
    entry: ExchangeRecord | None = Field(None, description="发布、更新：该版本的完整公开内容")
    tombstone: Tombstone | None = Field(None, description="撤销：条目已不再公开")


class SyncPage(BaseModel):
    items: list[SyncItem]
    next_cursor: str = Field(..., description="下次请求时原样传回；没有新变更时与本次相同")
    has_more: bool = Field(..., description="还有更多变更，应立即继续请求")


class ImportJobOut(BaseModel):
    id: uuid.UUID
    format: str
    mode: str
    status: str
    filename: str
    size: int
    sha256: str
    owner_id: str
    owner_name: str | None
    agency_id: int | None
    rows_total: int | None = Field(None, description="文件中的数据行数（开始导入后得出）")
    rows_done: int
    created: int
    updated: int
    unchanged: int
    failed: int
    progress: float = Field(..., description="0–1")
    error: str | None = Field(None, description="整个文件无法导入的原因（按调用者语言）")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    links: dict[str, str]


class ImportRowErrorOut(BaseModel):
    row: int = Field(..., description="行号：CSV/XLSX 为表格中的行号（标题为第 1 行），NDJSON 为文件中的行号")
    external_id: str | None
    errors: list[dict[str, Any]] = Field(..., description="[{field, code, message}]，按调用者语言")
