"""Turn an uploaded report into rows of cells, in reading order: a paragraph is a row of one cell, a table row a
row of its cells (a merged cell once). Plain text is split into cells at tabs, "|" and spaces.

Files that have real tables (.docx, .xlsx, HTML) also give each table on its own (``Extracted.tables``), so that
a section's table is read from its own rows and never from a label that the running text happens to mention."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kernel.errors import Problem, register_messages

register_messages(
    {
        "checker_unreadable": {
            "zh": ("无法读取文件", "无法读取上传的文件（{reason}）。请上传 .docx、.xlsx、PDF、HTML 或纯文本。"),
            "en": ("Unreadable file", "The uploaded file cannot be read ({reason_en}). Send .docx, .xlsx, PDF, HTML or text."),
        },
    }
)

Rows = list[list[str]]
MAX_UNZIPPED = 200 * 1024 * 1024


def _unreadable(zh: str, en: str) -> Problem:
    return Problem(422, "checker_unreadable", params={"reason": zh, "reason_en": en})


def sniff(data: bytes, filename: str | None) -> str:
    name = (filename or "").lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
        except zipfile.BadZipFile as exc:
            raise _unreadable("压缩文件已损坏", "corrupt zip container") from exc
        if sum(i.file_size for i in infos) > MAX_UNZIPPED:  # a small upload that inflates to gigabytes
            raise _unreadable("文件解压后过大", "the file inflates to more than 200 MB")
        names = [i.filename for i in infos]
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise _unreadable("不是 Word 或 Excel 文件", "not a Word or Excel file")
    head = data[:2048].lstrip().lower()
    if name.endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html")) or b"<table" in data[:200000].lower():
        return "html"
    return "text"


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _unreadable("文本编码无法识别（应为 UTF-8 或 GB18030）", "unknown text encoding (UTF-8 or GB18030 expected)")


_SPLIT = re.compile(r"\t|\||｜| {2,}|\u3000+")


def text_rows(text: str) -> Rows:
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in _SPLIT.split(line)]
        out: list[str] = []
        for cell in cells:
            # "一、本年新收… 3 0 0 0 0 0 3": numbers separated by single spaces are cells too
            if cell:
                out.extend(t for t in re.split(r" (?=[-\d—/])|(?<=[\d—/]) ", cell) if t.strip())
        if out:
            rows.append(out)
    return rows


def docx_rows(data: bytes) -> Rows:
    return docx_content(data)[0]


def docx_content(data: bytes) -> tuple[Rows, list[Rows]]:
    """The rows in reading order, and the rows of each top-level table."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any parse failure is an unreadable upload
        raise _unreadable("Word 文件无法解析", "the Word file cannot be parsed") from exc
    rows: Rows = []
    tables: list[Rows] = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(block, doc).text.strip()
            if text:
                rows.append([text])
        elif tag == "tbl":
            table: Rows = []
            for row in Table(block, doc).rows:
                cells: list[str] = []
                seen = None
                for cell in row.cells:
                    if cell._tc is seen:
                        continue
                    seen = cell._tc
                    cells.append(cell.text.strip())
                table.append(cells)
            rows.extend(table)
            tables.append(table)
    return rows, tables


def xlsx_rows(data: bytes) -> Rows:
    return xlsx_content(data)[0]


def xlsx_content(data: bytes) -> tuple[Rows, list[Rows]]:
    """The rows of every sheet, and the tables of each sheet: runs of rows between empty rows (a sheet often
    holds several tables one under the other, as the template's section 二 tables)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # noqa: BLE001
        raise _unreadable("Excel 文件无法解析", "the Excel file cannot be parsed") from exc
    rows: Rows = []
    tables: list[Rows] = []
    for ws in wb.worksheets:
        covered = {  # the cells a merged cell spans, other than its top-left one: read once, as one cell
            (r, c)
            for rng in ws.merged_cells.ranges
            for r in range(rng.min_row, rng.max_row + 1)
            for c in range(rng.min_col, rng.max_col + 1)
            if (r, c) != (rng.min_row, rng.min_col)
        }
        block: Rows = []
        for row in ws.iter_rows():
            cells = [_xlsx_text(cell.value) for cell in row if (cell.row, cell.column) not in covered]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                rows.append(cells)
                block.append(cells)
            elif block:
                tables.append(block)
                block = []
        if block:
            tables.append(block)
    return rows, tables


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise _unreadable("PDF 文件无法解析", "the PDF cannot be parsed") from exc
    text = text.replace("\x00", "")  # some CID fonts come out with a NUL before every character
    if not text.strip():
        raise _unreadable("PDF 中没有可提取的文字（可能是扫描件）", "the PDF has no text layer (a scan?)")
    return text


class _HtmlRows(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: Rows = []
        self.tables: list[Rows] = []
        self.open_tables: list[Rows] = []  # a row belongs to the innermost open table
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.text: list[str] = []
        self.skip = 0

    def _flush_text(self) -> None:
        text = "".join(self.text).strip()
        if text:
            self.rows.extend(text_rows(text))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.open_tables.append([])
        elif tag == "tr":
            self._flush_text()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK and self.row is None:
            self._flush_text()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.open_tables:
            if self.cell is not None:  # an unclosed <td>
                self.handle_endtag("td")
            if self.row is not None:  # an unclosed <tr>
                self.handle_endtag("tr")
            table = self.open_tables.pop()
            if table:
                self.tables.append(table)
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                self.rows.append(self.row)
                if self.open_tables:
                    self.open_tables[-1].append(self.row)
            self.row = None
        elif tag in self.BLOCK and self.row is None:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.text.append(data)

    def close(self) -> None:
        super().close()
        self._flush_text()
        while self.open_tables:  # unclosed <table>
            self.handle_endtag("table")


def html_rows(text: str) -> Rows:
    return html_content(text)[0]


def html_content(text: str) -> tuple[Rows, list[Rows]]:
    parser = _HtmlRows()
    parser.feed(text)
    parser.close()
    return parser.rows, parser.tables


def prose_of(rows: Rows) -> str:
    """The running text: rows of one cell and sentence-like cells (table rows are left out: their labels and
    numbers are read as tables)."""
    lines = []
    for row in rows:
        if len(row) == 1 or any(len(c) > 48 for c in row):
            lines.append("".join(row) if len(row) == 1 else " ".join(row))
    return "\n".join(lines)


@dataclass
class Extracted:
    kind: str  # docx | xlsx | pdf | html | text
    rows: Rows
    prose: str
    # the rows of each real table of the file (.docx, .xlsx, HTML); none for PDF and text
    tables: list[Rows] = field(default_factory=list)

    @property
    def structured(self) -> bool:
        """Whether cells are known (a blank cell in a table row then reads as 0)."""
        return self.kind in ("docx", "xlsx", "html")


def extract(data: bytes, filename: str | None = None) -> Extracted:
    kind = sniff(data, filename)
    tables: list[Rows] = []
    if kind == "docx":
        rows, tables = docx_content(data)
    elif kind == "xlsx":
        rows, tables = xlsx_content(data)
    elif kind == "pdf":
        text = pdf_text(data)
        # a PDF breaks lines inside sentences: the prose is read with the line breaks removed
        return Extracted(kind, text_rows(text), re.sub(r"\s*\n\s*", "", text))
    else:
        text = decode_text(data)
        if kind == "html":
            rows, tables = html_content(text)
        else:
            rows = text_rows(text)
    return Extracted(kind, rows, prose_of(rows), tables)
