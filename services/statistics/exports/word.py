"""The report as .docx in the official layout: A4, 仿宋 body, 黑体 headings, tables with merged header cells."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from services.statistics.exports.document import ReportDocument, Table

BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TITLE_FONT = "方正小标宋简体"
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _font(run_or_style, name: str, size: float | None = None, bold: bool | None = None) -> None:
    font = run_or_style.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    rpr = run_or_style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(attr), name)


def _table(doc: Document, table: Table) -> None:
    t = doc.add_table(rows=len(table.rows), cols=table.columns)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(table.widths)
    usable = 16.0  # cm between the margins
    # the grid is read once (python-docx recomputes it on every cell() call); spans never overlap, so the cells
    # a merge leaves in place stay valid
    grid = [list(row.cells) for row in t.rows]
    for r, c, cell in table.placed():
        target = grid[r][c]
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(grid[r + cell.rowspan - 1][c + cell.colspan - 1])
        target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = target.paragraphs[0]
        paragraph.alignment = _ALIGN[cell.align]
        run = paragraph.add_run(cell.text)
        _font(run, BODY_FONT, 9 if table.columns > 6 else 10.5)
    t.autofit = False
    widths = [Cm(usable * w / total) for w in table.widths]
    for grid_col, width in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        grid_col.set(qn("w:w"), str(int(width.twips)))  # LibreOffice lays the table out by its grid
    for row in t._tbl.tr_lst:
        for tc in row.tc_lst:
            tc.width = Cm(sum(w.cm for w in widths[tc.grid_offset:tc.grid_offset + tc.grid_span]))


def render_docx(document: ReportDocument) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(3.0)
    section.left_margin = section.right_margin = Cm(2.5)
    _font(doc.styles["Normal"], BODY_FONT, 14)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(title.add_run(document.title), TITLE_FONT, 20)
    for part in document.sections:
        heading = doc.add_paragraph()
        _font(heading.add_run(part.heading), HEADING_FONT, 16)
        for text in part.paragraphs:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            _font(p.add_run(text), BODY_FONT, 14)
        for table in part.tables:
            _table(doc, table)
            doc.add_paragraph()
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
