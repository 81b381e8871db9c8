from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class MonthFigures(BaseModel):
    month: str = Field(..., description="YYYY-MM")
    received: int
    closed: int


class SubordinateFigures(BaseModel):
    rank: int
    agency_id: int
    agency_name: str
    received: int
    closed: int
    on_time_rate: float | None
    overdue_now: int


class RequestDashboard(BaseModel):
    agency_id: int
    scope: str
    start: date
    end: date
    received: int
    closed: int
    on_time_rate: float | None = Field(..., description="按期办结率（0–1）")
    median_working_days: float | None
    p90_working_days: float | None
    open_now: int
    overdue_now: int
    outcomes: dict[str, int]
    channels: dict[str, int]
    applicant_types: dict[str, int]
    months: list[MonthFigures]
    subordinates: list[SubordinateFigures]


class EntryRef(BaseModel):
    entry_id: str
    title: str
    index_number: str | None
    agency_id: int
    published_on: date | None
    written_on: date | None = None
    timeliness_days: int | None = None
    late_provisional: bool | None = None


class CatalogDashboard(BaseModel):
    agency_id: int
    scope: str
    start: date
    end: date
    published: int
    by_genre: dict[str, int]
    by_theme: dict[str, int]
    late: int
    late_rate: float | None
    late_entries: list[EntryRef]
    policies: int
    policies_without_interpretation: int
    policies_without_interpretation_entries: list[EntryRef]
