"""The report as an HTML fragment (the body of the catalog entry the published report becomes)."""
from __future__ import annotations

from html import escape

from services.statistics.exports.document import ReportDocument


def render_html(document: ReportDocument) -> str:
    parts = [f'<div class="annual-report"><h1>{escape(document.title)}</h1>']
    for section in document.sections:
        parts.append(f"<h2>{escape(section.heading)}</h2>")
        for paragraph in section.paragraphs:
            parts.append(f"<p>{escape(paragraph)}</p>")
        for table in section.tables:
            parts.append(f'<table border="1" data-name="{escape(table.name)}">')
            for cells in table.rows:
                parts.append("<tr>")
                for cell in cells:
                    tag = "th" if cell.header else "td"
                    spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
                        f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
                    parts.append(f"<{tag}{spans}>{escape(cell.text)}</{tag}>")
                parts.append("</tr>")
            parts.append("</table>")
    parts.append("</div>")
    return "".join(parts)
