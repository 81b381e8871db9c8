"""Annual reports published by the statistics service become catalog entries (genre 报告) in the agency's
annual-report column: ``statistics.report.published`` → a live entry, identified by the report, so a report
published again becomes the entry's next version."""
from __future__ import annotations

import html
import logging
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from kernel.events import Event
from services.catalog.agencies.models import Agency
from services.catalog.config import CatalogSettings
from services.catalog.entries import service
from services.catalog.entries.schemas import EntryImport
from services.catalog.reference.models import calendar_cache
from services.catalog.taxonomy.service import ensure_purpose_column

log = logging.getLogger("catalog.reports")

THEME = "02.01"  # 综合政务 › 政务公开


def report_entry(data: dict[str, Any], agency: Agency, column_id: int, tz: str) -> EntryImport:
    published = datetime.fromisoformat(data["published_at"])
    links = " ".join(
        f'<a href="{html.escape(url)}">{label}</a>'
        for url, label in ((data.get("pdf_url"), "PDF 版"), (data.get("docx_url"), "Word 版")) if url)
    body = data.get("body_html") or ""
    if links:
        body += f"<p>下载：{links}</p>"
    return EntryImport(
        external_id=f"statistics:report:{data['report_id']}", agency_id=agency.id, title=data["title"],
        genre="report", disclosure_attribute="proactive",
        summary=f"{agency.name}{data['year']}年政府信息公开工作年度报告（按国家统一格式编制）。",
        written_on=service.local_date(published, tz), theme_code=THEME, column_id=column_id,
        keywords=["年度报告", "政府信息公开"], body_html=body, published_at=published,
    )


def report_handlers(settings: CatalogSettings) -> dict[str, Any]:
    async def on_report_published(session: AsyncSession, event: Event) -> None:
        data = event.data
        agency = await session.get(Agency, int(data["agency_id"]))
        if agency is None:  # agencies are never deleted; a report of an unknown agency is not ours to publish
            log.warning("annual report %s names unknown agency %s", data.get("report_id"), data.get("agency_id"))
            return
        column = await ensure_purpose_column(session, agency.id, "annual_report", service.ANNUAL_REPORT_COLUMN)
        entry, outcome = await service.import_entry(
            session, principal=service.SYSTEM, data=report_entry(data, agency, column.id, settings.timezone),
            mode="published", calendar=await calendar_cache.get(session), tz=settings.timezone,
            today=settings.today(),
        )
        log.info("annual report %s: catalog entry %s %s", data["report_id"], entry.id, outcome)

    return {"statistics.report.published": on_report_published}
