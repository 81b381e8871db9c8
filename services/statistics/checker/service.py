from __future__ import annotations

from typing import Any

from services.statistics.checker.extract import Rows, extract
from services.statistics.checker.read import Reading, read
from services.statistics.reports.rules import check_r6, check_tables
from services.statistics.reports.text import read_claims


def _text_of(rows: Rows) -> str:
    """The prose of the report: rows with sentence-like cells (table rows are left out, their labels would
    otherwise read as claims)."""
    lines = []
    for row in rows:
        if len(row) == 1 or any(len(c) > 48 for c in row):
            lines.append("".join(row) if len(row) == 1 else " ".join(row))
    return "\n".join(lines)


def check_rows(rows: Rows, kind: str, previous: Reading | None = None) -> dict[str, Any]:
    structured = kind in ("docx", "xlsx", "html")
    reading = read(rows, structured=structured)
    figures = reading.figures()
    tables_found = "section3" in figures or "section4" in figures
    previous_figures = previous.figures() if previous is not None else None
    violations = check_tables(figures, previous_figures)
    claims = read_claims(_text_of(rows))
    violations += check_r6(claims, figures if tables_found else None)
    notes = []
    missing = reading.missing_rows()
    if missing:
        notes.append("第三部分表格有 {} 行未能识别：{}".format(len(missing), "、".join(missing)))
    if not tables_found:
        notes.append("未识别到第三、四部分的表格（可能是 2019 年以前的自由格式报告），只检查了正文数字。")
    return {
        "kind": kind,
        "format": reading.format,
        "year": reading.year,
        "found": {"section2": bool(reading.section2), "section3": "section3" in figures,
                  "section4": "section4" in figures},
        "figures": figures,
        "claims": len(claims),
        "notes": notes,
        "violations": [v.as_dict() for v in violations],
        "ok": not violations,
    }


def check_upload(data: bytes, filename: str | None, previous: tuple[bytes, str | None] | None = None) -> dict[str, Any]:
    kind, rows = extract(data, filename)
    prior = None
    if previous is not None:
        prev_kind, prev_rows = extract(*previous)
        prior = read(prev_rows, structured=prev_kind in ("docx", "xlsx", "html"))
    return check_rows(rows, kind, prior)
