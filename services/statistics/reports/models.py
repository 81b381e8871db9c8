from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Identity, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.statistics.db import Base


class AnnualReport(Base):
    """An agency's annual report for one year: its own (``scope=agency``) or the combined one of the agency and
    every agency below it (``scope=rollup``, a government's report). Tables are computed from the facts while
    the report is a draft and frozen into ``figures`` when it is submitted."""

    __tablename__ = "annual_reports"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    scope: Mapped[str] = mapped_column(String(10), nullable=False)  # agency | rollup
    format: Mapped[str] = mapped_column(String(4), nullable=False)  # 2019 | 2021
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    overview_text: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 一、总体情况
    problems_text: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 五、存在的主要问题及改进情况
    other_text: Mapped[str] = mapped_column(Text, nullable=False, default="")  # 六、其他需要报告的事项
    figures: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # frozen tables once submitted
    files: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # stored exports of the published report
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    submitted_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    review_comment: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("agency_id", "year", "scope", name="uq_annual_reports_agency_year_scope"),)


class ReportAction(Base):
    """The workflow history of a report: who did what, when, with which comment."""

    __tablename__ = "report_actions"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("annual_reports.id", ondelete="CASCADE"), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
