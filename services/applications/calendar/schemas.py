from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.types import Line


class CalendarDayIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: date
    is_workday: bool = Field(..., description="true：调休上班日；false：法定节假日")
    name: Line(60) | None = Field(None, description="如：春节、国庆节调休上班")


class CalendarYearIn(BaseModel):
    """A year's holiday schedule as published by the State Council (国务院办公厅关于XXXX年部分节假日安排的通知)."""

    model_config = ConfigDict(extra="forbid")

    source_notice: Line(200, 2) = Field(..., description="依据的通知文号或标题")
    official: bool = Field(True, description="是否为正式公布的安排（否则为暂定）")
    days: list[CalendarDayIn] = Field(..., max_length=200, description="节假日与调休上班日")
    version: int | None = Field(None, ge=1, description="修改已有年份时须提供当前版本号")

    @model_validator(mode="after")
    def _no_duplicates(self) -> "CalendarYearIn":
        seen: set[date] = set()
        for d in self.days:
            if d.date in seen:
                raise ValueError(f"日期 {d.date} 重复|date {d.date} is listed twice")
            seen.add(d.date)
        return self


class CalendarDayOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    date: date
    is_workday: bool
    name: str | None


class CalendarYearOut(BaseModel):
    year: int
    official: bool
    provisional: bool
    source_notice: str | None
    version: int | None
    updated_at: datetime | None
    days: list[CalendarDayOut]


class CalendarYearSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    year: int
    official: bool
    source_notice: str | None
    version: int
    updated_at: datetime


class SkippedDay(BaseModel):
    date: date
    reason: str


class WorkdayComputation(BaseModel):
    start: date
    working_days: int
    due: date
    provisional: bool = Field(..., description="计算涉及尚未公布节假日安排的年份，仅按周末推算")
    provisional_years: list[int]
    skipped: list[SkippedDay] = Field(..., description="计算区间内跳过的非工作日")


class WorkdayCount(BaseModel):
    start: date
    end: date
    working_days: int
    provisional: bool
