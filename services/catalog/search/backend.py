"""The search backend interface. The catalog tells the backend what each entry looks like (:class:`SearchDoc`)
whenever it changes, in the transaction of the change, and asks it queries. The PostgreSQL backend keeps its
documents in the catalog's own database; an OpenSearch backend would take the same documents (or the
``catalog.entry.*`` events) and answer the same queries."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

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


class SearchBackend(Protocol):
    async def index(self, session: AsyncSession, doc: SearchDoc) -> None:
        """Insert or replace the document of ``doc.entry_id``."""

    async def remove(self, session: AsyncSession, entry_id: uuid.UUID) -> None:
        """Forget an entry (a discarded draft)."""
