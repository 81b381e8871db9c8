from __future__ import annotations

from typing import Any

from services.statistics.checker.extract import Extracted, extract
from services.statistics.checker.read import Reading, read
from services.statistics.reports.rules import check_r6, check_tables
from services.statistics.reports.text import read_claims


def check(doc: Extracted, previous: Reading | None = None) -> dict[str, Any]:
    """Read the tables and the numbers of the text, and list every violated rule."""
    reading = read(doc.rows, structured=doc.structured, tables=doc.tables)
    figures = reading.figures()
    tables_found = "section3" in figures or "section4" in figures
    violations = check_tables(figures, previous.figures() if previous is not None else None)
    claims = read_claims(doc.prose)
    violations += check_r6(claims, figures if tables_found else None)
    notes = []
    missing = reading.missing_rows()
    if missing:
        notes.append("第三部分表格有 {} 行未能识别：{}".format(len(missing), "、".join(missing)))
    if not tables_found:
        notes.append("未识别到第三、四部分的表格（可能是 2019 年以前的自由格式报告），只检查了正文数字。")
    return {
        "kind": doc.kind,
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
    prior = None
    if previous is not None:
        before = extract(*previous)
        prior = read(before.rows, structured=before.structured, tables=before.tables)
    return check(extract(data, filename), prior)
