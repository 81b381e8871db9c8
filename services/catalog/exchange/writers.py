"""Export files: NDJSON and CSV are produced a page at a time while streaming; XLSX is built with openpyxl's
write-only mode (rows go to a temporary file as they are appended) in a worker thread, then streamed."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from services.catalog.exchange.records import (
    DATE_FIELDS, FLAT_FIELDS, FORMULA_START, MAX_BODY_PIECES, body_pieces, flat_row,
)

BOM = "\ufeff"
MEDIA_TYPES = {
    "ndjson": "application/x-ndjson; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def ndjson(records: Iterable[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records).encode()


def csv_header() -> bytes:
    """The first bytes of a CSV export: the BOM (so Excel reads UTF-8) and the heading row."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(FLAT_FIELDS)
    return (BOM + out.getvalue()).encode()


def csv_cell(value: Any) -> Any:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe (the import removes
    it again)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_rows(records: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for record in records:
        writer.writerow([csv_cell(v) for v in flat_row(record)])
    return out.getvalue().encode()


class XlsxBuilder:
    """One worksheet "entries": the heading row, then a row per record (dates as Excel dates). A body longer than a
    cell holds continues in the columns ``body_html_2`` … (``body_pieces`` of them at most) after the others."""

    def __init__(self, body_pieces: int = 1) -> None:
        from openpyxl import Workbook

        self.pieces = max(1, min(body_pieces, MAX_BODY_PIECES))
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("entries")
        self.sheet.append(list(FLAT_FIELDS) + [f"body_html_{n}" for n in range(2, self.pieces + 1)])
        self._date_columns = {i for i, name in enumerate(FLAT_FIELDS) if name in DATE_FIELDS}
        self._body_column = FLAT_FIELDS.index("body_html")

    def append(self, records: Iterable[dict[str, Any]]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        for record in records:
            row: list[Any] = []
            values = flat_row(record)
            pieces = body_pieces(values[self._body_column])
            if len(pieces) > self.pieces:  # the export counted the pieces first; a body edited since is longer
                pieces = pieces[: self.pieces - 1] + ["".join(pieces[self.pieces - 1:])]
            values[self._body_column] = pieces[0] if pieces else None
            values += pieces[1:]
            for i, value in enumerate(values):
                if i in self._date_columns and isinstance(value, str):
                    cell = WriteOnlyCell(self.sheet, value=date.fromisoformat(value))
                    cell.number_format = "yyyy-mm-dd"
                    row.append(cell)
                elif isinstance(value, str):
                    # a string cell, always: openpyxl would store text starting with "=" as a formula
                    cell = WriteOnlyCell(self.sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                    cell.data_type = "s"
                    row.append(cell)
                else:
                    row.append(value)
            self.sheet.append(row)

    def save(self, path: Path) -> None:
        self.workbook.save(path)
