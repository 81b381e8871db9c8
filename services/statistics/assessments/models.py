"""Supervision of agencies' disclosure work (测评/考核): indicator systems, rounds, scores, issues to rectify.

- An **indicator system** (指标体系) belongs to a supervising agency (a city's or county's 政务公开办) and a year or a
  quarter; its tree of indicators (``indicators``) carries maximum scores that add up, and each leaf is measured
  from the platform's data with a scoring rule or scored by an inspector. An active system is frozen: a changed
  one is a new system (copy).
- A **round** (测评轮次) applies a system to a set of agencies, in groups ranked separately (townships, departments);
  it keeps the system as it was when the round opened (``system_snapshot``), the measured values (``round_measures``)
  and every score (``round_scores``), so its results can be reproduced.
- An **issue** (问题, a line of the 整改清单) is what an agency must put right: raised by an inspector in a round, from
  a lost point, or by the daily monitoring; the agency answers it, the supervisor accepts or returns the answer.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger, Boolean, Date, DateTime, ForeignKey, Identity, Index, Integer, Numeric, String, Text,
    UniqueConstraint, func, text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.statistics.db import Base


class IndicatorSystem(Base):
    __tablename__ = "assessment_systems"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    owner_agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter: Mapped[int | None] = mapped_column(Integer)  # None: a system for the whole year
    total_score: Mapped[Decimal] = mapped_column(Numeric(8, 2), nullable=False, default=Decimal("100"))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="draft")  # draft | active | retired
    description: Mapped[str | None] = mapped_column(Text)
    copied_from_id: Mapped[int | None] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Indicator(Base):
    __tablename__ = "assessment_indicators"
    __table_args__ = (UniqueConstraint("system_id", "code", name="uq_assessment_indicators_code"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("assessment_systems.id", ondelete="CASCADE"), nullable=False,
                                           index=True)
    parent_code: Mapped[str | None] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20), nullable=False)  # "1", "1.2", "1.2.3"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # group | automatic | manual
    max_score: Mapped[Decimal] = mapped_column(Numeric(8, 2), nullable=False)
    measure: Mapped[str | None] = mapped_column(String(40))
    params: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    category: Mapped[str | None] = mapped_column(String(40))  # issue type of points lost here
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class Round(Base):
    __tablename__ = "assessment_rounds"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    owner_agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("assessment_systems.id"), nullable=False, index=True)
    system_snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # quarterly | special | recheck | annual
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")
    recheck_of_id: Mapped[int | None] = mapped_column(BigInteger)
    previous_round_id: Mapped[int | None] = mapped_column(BigInteger)
    issue_deadline_days: Mapped[int] = mapped_column(Integer, nullable=False, default=15)  # working days to rectify
    measured_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    opened_by: Mapped[str | None] = mapped_column(String(64))
    closed_by: Mapped[str | None] = mapped_column(String(64))
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    circular: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # the circular's texts, editable before export
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class RoundAgency(Base):
    __tablename__ = "assessment_round_agencies"

    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_rounds.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)
    group_code: Mapped[str] = mapped_column(String(30), nullable=False)
    group_name: Mapped[str] = mapped_column(String(60), nullable=False)


class RoundMeasure(Base):
    """A measured value as it stood when the round measured it (reproducible scores)."""

    __tablename__ = "assessment_round_measures"

    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_rounds.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    measured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Score(Base):
    __tablename__ = "assessment_scores"

    round_id: Mapped[int] = mapped_column(ForeignKey("assessment_rounds.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    indicator_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    score: Mapped[Decimal] = mapped_column(Numeric(8, 2), nullable=False)
    source: Mapped[str] = mapped_column(String(10), nullable=False)  # automatic | manual
    veto: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    scored_by: Mapped[str | None] = mapped_column(String(64))
    scored_by_name: Mapped[str | None] = mapped_column(String(100))
    scored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class Issue(Base):
    __tablename__ = "assessment_issues"
    __table_args__ = (
        Index("ix_assessment_issues_agency_status", "agency_id", "status"),
        # the daily monitoring raises one open issue per thing found (a policy, a column, a request)
        Index("uq_assessment_issues_monitoring", "agency_id", "subject_ref", unique=True,
              postgresql_where=text("source = 'monitoring' AND status NOT IN ('closed', 'cancelled')")),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    owner_agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)  # the supervisor's agency
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_rounds.id"), index=True)
    recheck_round_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_rounds.id"), index=True)
    indicator_code: Mapped[str | None] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40), nullable=False)
    source: Mapped[str] = mapped_column(String(12), nullable=False)  # inspection | measure | monitoring
    subject_ref: Mapped[str | None] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    suggestion: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="open")
    raised_by: Mapped[str | None] = mapped_column(String(64))
    raised_by_name: Mapped[str | None] = mapped_column(String(100))
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class IssueStep(Base):
    """The history of an issue: raised, answered (with what was done and evidence), accepted, returned, cancelled."""

    __tablename__ = "assessment_issue_steps"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("assessment_issues.id", ondelete="CASCADE"), nullable=False,
                                          index=True)
    action: Mapped[str] = mapped_column(String(12), nullable=False)
    text: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list)
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class EvidenceFile(Base):
    """A screenshot or document uploaded as evidence of a score, an issue or an answer."""

    __tablename__ = "assessment_files"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)  # uploader's agency
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    content_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    storage_key: Mapped[str] = mapped_column(String(300), nullable=False)
    uploaded_by: Mapped[str | None] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Notice(Base):
    """An in-app notice to an agency's staff (即时调度): an issue raised on its list."""

    __tablename__ = "assessment_notices"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("assessment_issues.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    message: Mapped[str] = mapped_column(String(300), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SelfInspection(Base):
    """An agency's self-inspection report (自检自查报告) for a year: drafted from its data, edited, exported."""

    __tablename__ = "assessment_self_inspections"
    __table_args__ = (UniqueConstraint("agency_id", "year", name="uq_assessment_self_inspections"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)  # [{heading, text}]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Monitor(Base):
    """One daily check a supervising office runs over the agencies below it."""

    __tablename__ = "assessment_monitors"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    owner_agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    check: Mapped[str] = mapped_column(String(40), nullable=False)
    days: Mapped[int] = mapped_column(Integer, nullable=False)
    deadline_days: Mapped[int] = mapped_column(Integer, nullable=False, default=10)  # working days to rectify
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    last_run_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
