"""Result items as the API shows them: highlighted title and snippet (computed here, in Python, for the rows of
one page only)."""
from __future__ import annotations

from typing import Any

from services.catalog.search.query import mark, snippet

SNIPPET_WIDTH = 120  # characters around the first match


def hit_view(hit: dict[str, Any], terms: list[str], *, staff: bool) -> dict[str, Any]:
    return {
        "id": hit["entry_id"], "title": hit["title"], "title_html": mark(hit["title"], terms),
        "snippet_html": snippet([hit["summary"], hit["body_text"]], terms, SNIPPET_WIDTH),
        "index_number": hit["index_number"], "document_number": hit["document_number"],
        "agency": {"id": hit["agency_id"], "name": hit["agency_name"]}, "genre": hit["genre"],
        "theme_code": hit["theme_code"], "validity": hit["validity"],
        "disclosure_attribute": hit["disclosure_attribute"], "published_at": hit["published_at"],
        "written_on": hit["written_on"], "score": round(hit["score"], 4) if hit.get("score") is not None else None,
        "status": hit["status"] if staff else None, "is_public": hit["is_public"] if staff else None,
    }


def latest_view(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["entry_id"], "title": row["title"], "index_number": row["index_number"],
        "document_number": row["document_number"], "agency": {"id": row["agency_id"], "name": row["agency_name"]},
        "genre": row["genre"], "theme_code": row["theme_code"], "validity": row["validity"],
        "published_at": row["published_at"], "written_on": row["written_on"],
    }
