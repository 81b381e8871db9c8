"""Catalog entries.

An entry's row holds its *working copy* (what staff edit) and its lifecycle. Each publication freezes the content
in an :class:`EntryVersion` (append-only); the public always reads the live version, so editing a published entry
prepares a new version without touching what the public sees until that version is reviewed and published.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Identity, Index, Integer, String, Text,
    UniqueConstraint, func, text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.catalog.db import Base


class Entry(Base):
    __tablename__ = "entries"
    __table_args__ = (
        UniqueConstraint("index_number", name="uq_entries_index_number"),
        UniqueConstraint("external_id", name="uq_entries_external_id"),
        UniqueConstraint("agency_id", "index_year", "index_serial", name="uq_entries_agency_serial"),
        CheckConstraint("disclosure_attribute <> 'not_disclosed' OR not_disclosed_reason IS NOT NULL",
                        name="not_disclosed_has_reason"),
        CheckConstraint("NOT (disclosure_attribute = 'not_disclosed' AND live_version IS NOT NULL AND revoked_at IS NULL)",
                        name="not_disclosed_never_live"),
        Index("ix_entries_agency_status", "agency_id", "status"),
        Index("ix_entries_interprets", "interprets", postgresql_using="gin"),
        Index("ix_entries_scheduled", "publish_at", postgresql_where=text("status = 'scheduled'")),
        Index("ix_entries_expiring", "expires_on",
              postgresql_where=text("validity = 'valid' AND expires_on IS NOT NULL AND live_version IS NOT NULL")),
    )

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    agency_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("agencies.id"), nullable=False)
    # workflow of the working copy: draft | submitted | returned | scheduled | published | revoked
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="draft")
    # optimistic lock and event version: +1 on every change
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # the published version the public sees (1, 2, …); null until first published
    live_version: Mapped[int | None] = mapped_column(Integer)
    # 索引号: assigned at first publication (``{agency code}/{year}-{serial}``) or imported as-is
    index_number: Mapped[str | None] = mapped_column(String(80))
    index_year: Mapped[int | None] = mapped_column(Integer)
    index_serial: Mapped[int | None] = mapped_column(Integer)
    external_id: Mapped[str | None] = mapped_column(String(120))  # id on the platform an entry was imported from

    # --- metadata of the working copy -------------------------------------------------------------------------
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)
    document_number: Mapped[str | None] = mapped_column(String(100))
    written_on: Mapped[date | None] = mapped_column(Date)  # 成文日期
    changed_on: Mapped[date | None] = mapped_column(Date)  # the day the information changed (a new version)
    genre: Mapped[str] = mapped_column(String(30), nullable=False)
    theme_code: Mapped[str | None] = mapped_column(String(10), ForeignKey("themes.code"))
    column_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("columns.id"), index=True)
    # the live version's column, as the public navigates: set at publication, moved by a merge of columns (the
    # column is the portal's directory, not published content)
    live_column_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("columns.id"), index=True)
    keywords: Mapped[list[str]] = mapped_column(ARRAY(String(30)), nullable=False, default=list)
    body_html: Mapped[str] = mapped_column(Text, nullable=False, default="")
    body_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    disclosure_attribute: Mapped[str] = mapped_column(String(20), nullable=False)
    not_disclosed_reason: Mapped[str | None] = mapped_column(String(40))
    validity: Mapped[str] = mapped_column(String(20), nullable=False, default="valid")
    expires_on: Mapped[date | None] = mapped_column(Date)
    regulation_kind: Mapped[str | None] = mapped_column(String(20))  # regulation (规章) | normative (行政规范性文件)
    issued_on: Mapped[date | None] = mapped_column(Date)
    abolished_on: Mapped[date | None] = mapped_column(Date)
    is_policy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    interpretation_form: Mapped[str | None] = mapped_column(String(20))
    # an interpretation's working copy: the policies it explains (the live links are in interpretation_links)
    interprets: Mapped[list[uuid.UUID]] = mapped_column(ARRAY(UUID(as_uuid=True)), nullable=False, default=list)
    standard_item_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("standard_items.id"), index=True)
    source: Mapped[str | None] = mapped_column(String(100))  # 信息来源
    disclosure_scope: Mapped[str | None] = mapped_column(String(100))  # 公开范围

    # --- lifecycle ---------------------------------------------------------------------------------------------
    publish_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # approved for this time
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # first publication (发布日期)
    live_published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # of the live version
    timeliness_days: Mapped[int | None] = mapped_column(Integer)  # of the live version
    late: Mapped[bool | None] = mapped_column(Boolean)
    timeliness_provisional: Mapped[bool | None] = mapped_column(Boolean)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoke_reason: Mapped[str | None] = mapped_column(String(500))
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_by_name: Mapped[str | None] = mapped_column(String(100))
    # who edited the working copy since it was last published: none of them may review it
    editors: Mapped[list[str]] = mapped_column(ARRAY(String(64)), nullable=False, default=list)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    review_comment: Mapped[str | None] = mapped_column(Text)  # the last return's comments
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now(),
                                                 onupdate=func.now())


class EntryVersion(Base):
    """A published version, frozen: the complete public content as it went out (append-only)."""

    __tablename__ = "entry_versions"

    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    formed_on: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    timeliness_days: Mapped[int | None] = mapped_column(Integer)
    late: Mapped[bool | None] = mapped_column(Boolean)
    timeliness_provisional: Mapped[bool | None] = mapped_column(Boolean)
    published_by: Mapped[str | None] = mapped_column(String(64))
    published_by_name: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(String(500))


class EntryHistory(Base):
    """Every decision and change of an entry, in order (append-only): who, when, what, with which comment."""

    __tablename__ = "entry_history"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"), nullable=False,
                                                index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    entry_version: Mapped[int] = mapped_column(Integer, nullable=False)
    live_version: Mapped[int | None] = mapped_column(Integer)
    changed_fields: Mapped[list[str]] = mapped_column(ARRAY(String(40)), nullable=False, default=list)
    comment: Mapped[str | None] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))


class EntryAttachment(Base):
    """A file of an entry. Files are never changed; removing one from the working copy keeps it for the versions
    that were published with it."""

    __tablename__ = "entry_attachments"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"), nullable=False,
                                                index=True)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str | None] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    storage_key: Mapped[str] = mapped_column(String(200), nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    uploaded_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # gone from the working copy


class InterpretationLink(Base):
    """政策解读: a live interpretation explains a policy (rewritten when the interpretation is published, removed
    when it is revoked), so a policy's page lists its interpretations with one indexed lookup."""

    __tablename__ = "interpretation_links"

    interpretation_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"),
                                                         primary_key=True)
    policy_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"), primary_key=True,
                                                 index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class IndexSerial(Base):
    """The last serial of the index numbers of one agency in one year. Incremented under the row's lock in the
    publishing transaction, so serials are unique and gap-free: a rolled-back publication gives its number back."""

    __tablename__ = "index_serials"

    agency_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("agencies.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(Integer, nullable=False)


class EntryChange(Base):
    """What other platforms sync from: one row per public change (published, updated, revoked), in commit order
    (rows are written under a transaction lock, so a reader at a cursor never misses a later-committed row)."""

    __tablename__ = "entry_changes"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id"), nullable=False,
                                                index=True)
    change: Mapped[str] = mapped_column(String(20), nullable=False)  # published | updated | revoked
    entry_version: Mapped[int] = mapped_column(Integer, nullable=False)
    live_version: Mapped[int | None] = mapped_column(Integer)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    agency_path: Mapped[str] = mapped_column(String(400), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
