"""The PostgreSQL search backend's documents: one row per entry, holding what the public sees for a live entry
and the working copy otherwise (staff only). Chinese text is segmented in the application (rjieba, search mode,
with a user dictionary of government terms) and stored space-separated, so the ``simple`` configuration indexes
the words; a generated, weighted tsvector is indexed with GIN, and a trigram index serves substrings of document
and index numbers and titles."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Computed, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import TSVECTOR, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.catalog.db import Base

TSV_EXPRESSION = (
    "setweight(to_tsvector('simple'::regconfig, seg_title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, seg_meta), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, seg_body), 'C')"
)
TRGM_EXPRESSION = "title || ' ' || coalesce(document_number, '') || ' ' || coalesce(index_number, '')"


class SearchDocument(Base):
    __tablename__ = "search_documents"
    __table_args__ = (
        Index("ix_search_documents_tsv", "tsv", postgresql_using="gin"),
        Index("ix_search_documents_trgm", "trgm_text", postgresql_using="gin",
              postgresql_ops={"trgm_text": "gin_trgm_ops"}),
        Index("ix_search_documents_public_date", "published_at", postgresql_where=text("is_public")),
        Index("ix_search_documents_agency_path", "agency_path", postgresql_ops={"agency_path": "text_pattern_ops"}),
        Index("ix_search_documents_agency_date", "agency_id", "published_at"),
    )

    entry_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), ForeignKey("entries.id", ondelete="CASCADE"),
                                                primary_key=True)
    is_public: Mapped[bool] = mapped_column(Boolean, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    agency_path: Mapped[str] = mapped_column(String(400), nullable=False)
    column_id: Mapped[int | None] = mapped_column(BigInteger)
    theme_code: Mapped[str | None] = mapped_column(String(10))
    genre: Mapped[str] = mapped_column(String(30), nullable=False)
    disclosure_attribute: Mapped[str] = mapped_column(String(20), nullable=False)
    validity: Mapped[str] = mapped_column(String(20), nullable=False)
    regulation_kind: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer)  # of publication, else of the written date
    written_on: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)
    document_number: Mapped[str | None] = mapped_column(String(100))
    index_number: Mapped[str | None] = mapped_column(String(80))
    body_text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seg_title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seg_meta: Mapped[str] = mapped_column(Text, nullable=False, default="")
    seg_body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    tsv: Mapped[str] = mapped_column(TSVECTOR, Computed(TSV_EXPRESSION, persisted=True), nullable=False)
    trgm_text: Mapped[str] = mapped_column(Text, Computed(TRGM_EXPRESSION, persisted=True), nullable=False)
