"""The PostgreSQL search backend (the default): documents in ``search_documents``, maintained in the
transaction of each change."""
from __future__ import annotations

import uuid
from dataclasses import asdict

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.catalog.search.backend import SearchBackend, SearchDoc
from services.catalog.search.models import SearchDocument
from services.catalog.search.segment import segment

MAX_INDEXED_BODY = 200_000  # characters of the body that are segmented and indexed


class PostgresSearchBackend:
    async def index(self, session: AsyncSession, doc: SearchDoc) -> None:
        values = asdict(doc)
        keywords = values.pop("keywords") or []
        values.update(
            seg_title=segment(doc.title),
            seg_meta=segment(" ".join(filter(None, [doc.summary or "", " ".join(keywords), doc.document_number or ""]))),
            seg_body=segment(doc.body_text[:MAX_INDEXED_BODY]),
        )
        stmt = insert(SearchDocument).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[SearchDocument.entry_id],
                                          set_={k: stmt.excluded[k] for k in values if k != "entry_id"})
        await session.execute(stmt)

    async def remove(self, session: AsyncSession, entry_id: uuid.UUID) -> None:
        await session.execute(delete(SearchDocument).where(SearchDocument.entry_id == entry_id))


backend: SearchBackend = PostgresSearchBackend()
