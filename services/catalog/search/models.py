"""The PostgreSQL search backend's documents: one row per entry, holding what the public sees for a live entry
and the working copy otherwise (staff only). Chinese text is segmented in the application (rjieba, search mode,
with a user dictionary of government terms) and stored space-separated, so the ``simple`` configuration indexes
the words; a generated, weighted tsvector is indexed with GIN (plus a small one of the title and summary for
ranking, see services/catalog/search/service.py), and a trigram index serves substrings of document and index
numbers and titles."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Computed, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import TSVECTOR, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.catalog.db import Base

# The month of publication as a word (ym202611, in MONTH_ZONE): a search can then ask the GIN index itself for
# "these words, published in these months" (services/catalog/search/service.py), whatever the planner estimates.
MONTH_ZONE = "Asia/Shanghai"
MONTH_PREFIX = "ym"
MONTH_EXPRESSION = (
    f"to_tsvector('simple'::regconfig, coalesce('{MONTH_PREFIX}' || (extract(year from published_at at time zone "
    f"'{MONTH_ZONE}') * 100 + extract(month from published_at at time zone '{MONTH_ZONE}'))::int::text, ''))"
)
TSV_EXPRESSION = (
    "setweight(to_tsvector('simple'::regconfig, seg_title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, seg_meta), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, seg_body), 'C') || "
    + MONTH_EXPRESSION
)
# title and summary/keywords/document number only: small, kept in the row (not TOASTed), so it can be tested
# and ranked on every row an index walk passes without fetching the body's big tsvector
TSV_HEAD_EXPRESSION = (
    "setweight(to_tsvector('simple'::regconfig, seg_title), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, seg_meta), 'B')"
)
TRGM_EXPRESSION = "title || ' ' || coalesce(document_number, '') || ' ' || coalesce(index_number, '')"


class SearchDocument(Base):
    __tablename__ = "search_documents"
    __table_args__ = (
        Index("ix_search_documents_tsv", "tsv", postgresql_using="gin"),
        Index("ix_search_documents_tsv_head", "tsv_head", postgresql_using="gin"),
        Index("ix_search_documents_trgm", "trgm_text", postgresql_using="gin",
              postgresql_ops={"trgm_text": "gin_trgm_ops"}),
        Index("ix_search_documents_public_date", "published_at", postgresql_where=text("is_public")),
        Index("ix_search_documents_published_at", "published_at"),  # staff searches (drafts too)
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
    tsv_head: Mapped[str] = mapped_column(TSVECTOR, Computed(TSV_HEAD_EXPRESSION, persisted=True), nullable=False)
    trgm_text: Mapped[str] = mapped_column(Text, Computed(TRGM_EXPRESSION, persisted=True), nullable=False)


# Storage (set by the migration): the row keeps what filtering, ranking, sorting and listing read — the filter
# columns, title, numbers, ``trgm_text`` and ``tsv_head`` (STORAGE MAIN) — and everything big (body, segmented
# text, the full ``tsv``) goes to TOAST (toast_tuple_target = 128). Rows are then about 1 kB instead of 5–6 kB,
# so an index walk or bitmap scan touches a fifth of the pages.
MAIN_STORAGE_COLUMNS = ("title", "document_number", "index_number", "agency_path", "tsv_head", "trgm_text")
