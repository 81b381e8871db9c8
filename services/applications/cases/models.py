"""A case (one information item of an application) and its history. The process status and the outcome (the
report's result row) are separate columns; the due date is derived from the history by the clock."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, ForeignKey, Identity, Index, Integer, Numeric, String,
                        Text, func, text)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.applications.db import Base


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_open_due", "due_on", postgresql_where=text("closed_on IS NULL")),
        Index("ix_cases_applicant_received", "applicant_key", "received_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), nullable=False, index=True)
    item_no: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    # copied from the application: the report's column and channel, and the applicant's blind index
    applicant_type: Mapped[str] = mapped_column(String(20), nullable=False)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    applicant_key: Mapped[str] = mapped_column(String(64), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    outcome: Mapped[str | None] = mapped_column(String(40))
    received_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    closed_on: Mapped[date | None] = mapped_column(Date)
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    working_days_taken: Mapped[int | None] = mapped_column(Integer)
    assigned_to: Mapped[str | None] = mapped_column(String(64), index=True)
    assigned_name: Mapped[str | None] = mapped_column(String(100))
    department: Mapped[str | None] = mapped_column(String(100))
    draft: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # outcome, text, details, drafted_by, drafted_at
    approval: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # approved_by, approved_at, comment
    fee: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # method, pages, rank, amount, deadline, paid_on
    fee_yuan: Mapped[Decimal] = mapped_column(Numeric(10, 2), nullable=False, default=Decimal("0"))
    delivery: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # method, dispatched_on, delivered_on, note
    archived_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )


class CaseEvent(Base):
    """One step in a case's history, with the day it actually happened (``occurred_on``) and when it was
    recorded. ``clock`` holds the clock fact the step contributes (see services.applications.clock), if any.
    ``public`` steps are shown to the applicant; internal notes are not."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    public: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # recorded by staff with the date they give (a step taken off the platform, or one staff enter after the fact);
    # not whether a letter went out on paper: shown as dictionaries.EventOrigin "recorded" (工作人员登记)
    offline: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    clock: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
