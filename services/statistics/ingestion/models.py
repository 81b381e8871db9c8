"""Read models, one row per case, appeal, catalog entry, catalog column, standard-directory item and
consultation, kept from the owners' events.

Snapshots carry a monotonic ``version``; a row is replaced only by a newer one, so redeliveries, replays and
out-of-order deliveries leave the same state. The report's closing of a case (``counted_*``) is kept apart from
the case's current state, so that reopening a case does not rewrite a year whose report may be published.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Index, Integer, Numeric, String, func, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.statistics.db import Base


class CaseFact(Base):
    """One information item of an application (``applications.case.*``)."""

    __tablename__ = "case_facts"

    case_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    agency_path: Mapped[str | None] = mapped_column(String(400))
    applicant_type: Mapped[str] = mapped_column(String(20), nullable=False)
    channel: Mapped[str | None] = mapped_column(String(20))
    received_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[str] = mapped_column(String(30), nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(40))
    on_time: Mapped[bool | None] = mapped_column(Boolean)
    working_days_taken: Mapped[int | None] = mapped_column(Integer)
    fee_yuan: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, default=Decimal("0"))
    # the closing the annual report counts: the first closing, with the last outcome given in that same year
    counted_closed_on: Mapped[date | None] = mapped_column(Date)
    counted_outcome: Mapped[str | None] = mapped_column(String(40))
    counted_version: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())

    __table_args__ = (
        Index("ix_case_facts_agency_received", "agency_id", "received_on"),
        Index("ix_case_facts_agency_counted", "agency_id", "counted_closed_on"),
        Index("ix_case_facts_agency_closed", "agency_id", "closed_on"),
        Index("ix_case_facts_open", "agency_id", "due_on", postgresql_where=text("closed_on IS NULL")),
    )


class AppealFact(Base):
    """An administrative reconsideration or lawsuit about a reply (``applications.appeal.*``)."""

    __tablename__ = "appeal_facts"

    appeal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    case_id: Mapped[str | None] = mapped_column(String(64))
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    agency_path: Mapped[str | None] = mapped_column(String(400))
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    filed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    decided_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class EntryFact(Base):
    """A published catalog entry (``catalog.entry.*``)."""

    __tablename__ = "entry_facts"

    entry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    agency_path: Mapped[str | None] = mapped_column(String(400))
    index_number: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    document_number: Mapped[str | None] = mapped_column(String(120))
    genre: Mapped[str | None] = mapped_column(String(40))
    theme: Mapped[str | None] = mapped_column(String(60))
    disclosure_attribute: Mapped[str | None] = mapped_column(String(20))
    regulation_kind: Mapped[str | None] = mapped_column(String(20))
    issued_on: Mapped[date | None] = mapped_column(Date)
    abolished_on: Mapped[date | None] = mapped_column(Date)
    validity: Mapped[str | None] = mapped_column(String(20))
    expires_on: Mapped[date | None] = mapped_column(Date)
    written_on: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    timeliness_days: Mapped[int | None] = mapped_column(Integer)
    late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    late_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    is_policy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    interprets: Mapped[list[str]] = mapped_column(ARRAY(String(64)), nullable=False, server_default="{}")
    # where it is filed: its column (moved here when catalog merges columns) and its standard-directory item;
    # null in events from before catalog sent them
    column_id: Mapped[int | None] = mapped_column(BigInteger)
    standard_item_id: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())

    __table_args__ = (
        # fastupdate off: entries are written rarely and read by "policies without an interpretation" for every
        # policy; a GIN pending list would be scanned linearly on each of those probes
        Index("ix_entry_facts_interprets", "interprets", postgresql_using="gin", postgresql_with={"fastupdate": "off"}),
        Index("ix_entry_facts_regulation", "agency_id", "regulation_kind",
              postgresql_where=text("regulation_kind IS NOT NULL")),
        # column freshness and standard coverage, for many agencies at once (ingestion.coverage)
        Index("ix_entry_facts_agency_column", "agency_id", "column_id", "published_at",
              postgresql_where=text("column_id IS NOT NULL")),
        Index("ix_entry_facts_agency_standard_item", "agency_id", "standard_item_id",
              postgresql_where=text("standard_item_id IS NOT NULL")),
    )


class ColumnFact(Base):
    """A column (栏目, 组配分类) of an agency's catalog tree (``catalog.column.*``). Deleted and merged columns stay,
    inactive: a replayed older snapshot cannot bring them back, and "as of" a past date they existed."""

    __tablename__ = "column_facts"

    column_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    agency_path: Mapped[str | None] = mapped_column(String(400))  # from the agency replica
    parent_id: Mapped[int | None] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    purpose: Mapped[str | None] = mapped_column(String(30))  # filled by the platform (e.g. annual_report)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # while inactive
    merged_into: Mapped[int | None] = mapped_column(BigInteger)  # while inactive after a merge
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class StandardItemFact(Base):
    """An item of an agency's 政务公开事项标准目录 (``catalog.standard_item.*``)."""

    __tablename__ = "standard_item_facts"

    item_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    agency_path: Mapped[str | None] = mapped_column(String(400))  # from the agency replica
    parent_id: Mapped[int | None] = mapped_column(BigInteger)
    area_code: Mapped[str | None] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    time_limit_days: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20), nullable=False, default="proactive")  # proactive | on_request
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # while inactive
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class ConsultationFact(Base):
    """A recorded enquiry about disclosure (``applications.consultation.recorded``)."""

    __tablename__ = "consultation_facts"

    consultation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    agency_path: Mapped[str | None] = mapped_column(String(400))
    channel: Mapped[str | None] = mapped_column(String(20))
    occurred_on: Mapped[date | None] = mapped_column(Date)
    topic: Mapped[str | None] = mapped_column(String(200))
