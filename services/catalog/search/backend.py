"""The search backend interface. The catalog tells the backend what each entry looks like (:class:`SearchDoc`)
whenever it changes, in the transaction of the change, and asks it queries. The PostgreSQL backend keeps its
documents in the catalog's own database; an OpenSearch backend would take the same documents (or the
``catalog.entry.*`` events) and answer the same queries."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True)
class SearchDoc:
    """What is searchable of one entry: its live version when it is public, its working copy otherwise."""

    entry_id: uuid.UUID
    is_public: bool  # live, not revoked: shown to everyone
    status: str
    agency_id: int
    agency_path: str
    column_id: int | None
    theme_code: str | None
    genre: str
    disclosure_attribute: str
    validity: str
    regulation_kind: str | None
    year: int | None
    written_on: date | None
    published_at: datetime | None
    title: str
    summary: str | None
    keywords: list[str] = field(default_factory=list)
    document_number: str | None = None
    index_number: str | None = None
    body_text: str = ""


@dataclass(frozen=True)
class SearchQuery:
    """A search, with everything the caller may see already resolved to agency ids (so another backend needs no
    access to the agency table): ``agency_ids`` is the filter (an agency, or it and its subordinates),
    ``scope_ids`` the staff member's data scope (``None``: everything)."""

    q: str | None = None
    public_only: bool = True  # the public sees live entries only; staff everything in their scope
    scope_ids: tuple[int, ...] | None = None
    agency_ids: tuple[int, ...] | None = None
    theme: str | None = None  # "11" matches "11" and "11.xx"; "11.02" exactly
    genre: str | None = None
    column_id: int | None = None
    year: int | None = None
    validity: str | None = None
    disclosure_attribute: str | None = None
    status: str | None = None  # staff only
    published_from: date | None = None
    published_to: date | None = None
    written_from: date | None = None
    written_to: date | None = None
    sort: str = "relevance"  # relevance | date
    page: int = 1
    size: int = 20
    facets: bool = False


@dataclass
class SearchResult:
    hits: list[dict[str, Any]]  # page rows: SearchDocument columns, "agency_name", and "score" (relevance)
    total: int
    total_is_estimate: bool
    max_window: int  # how many hits can be paged through
    facets: dict[str, Any] | None = None


class SearchBackend(Protocol):
    async def index(self, session: AsyncSession, doc: SearchDoc) -> None:
        """Insert or replace the document of ``doc.entry_id``."""

    async def remove(self, session: AsyncSession, entry_id: uuid.UUID) -> None:
        """Forget an entry (a discarded draft)."""

    async def move_to_column(self, session: AsyncSession, entry_ids: list[uuid.UUID], column_id: int) -> None:
        """Entries moved to another column (a merge of columns): nothing else of them changed."""

    async def search(self, session: AsyncSession, query: SearchQuery) -> SearchResult:
        """One page of hits, the total and (on request) facet counts. Raises ``Problem`` for a query without
        searchable words or a page beyond the window."""

    async def latest(self, session: AsyncSession, *, agency_ids: tuple[int, ...] | None,
                     size: int) -> list[dict[str, Any]]:
        """The most recently published public entries (of the given agencies)."""
