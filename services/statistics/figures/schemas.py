from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class FigureDefinition(BaseModel):
    code: str
    label: str
    decimal: bool = Field(..., description="金额（万元，最多四位小数）；否则为件数")
    signed: bool = Field(..., description="可为负数（本年增/减）")


class FiguresIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    figures: dict[str, Decimal] = Field(..., max_length=40, description="代码 → 数值；未列出的代码视为 0")
    version: int | None = Field(None, ge=1, description="修改已有数据时须提供当前版本号")


class FiguresOut(BaseModel):
    agency_id: int
    year: int
    format: str
    definitions: list[FigureDefinition]
    figures: dict[str, str]
    version: int | None
    source: str | None
    updated_by: str | None
    updated_at: datetime | None
