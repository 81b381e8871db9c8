"""The report as PDF, drawn with fpdf2 and the platform's CJK font (kernel/pdf.py)."""
from __future__ import annotations

from fpdf import FPDF

from kernel.pdf import add_cjk_font
from fpdf.enums import TableCellFillMode, VAlign

from services.statistics.exports.document import ReportDocument, Table

_ALIGN = {"left": "L", "center": "C", "right": "R"}


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("serif", size=9)
        self.cell(0, 10, f"— {self.page_no()} —", align="C")


def _table(pdf: FPDF, table: Table) -> None:
    size = 7.5 if table.columns > 6 else 10
    pdf.set_font("serif", size=size)
    total = sum(table.widths)
    widths = tuple(pdf.epw * w / total for w in table.widths)
    with pdf.table(col_widths=widths, first_row_as_headings=False, line_height=size * 0.55,
                   v_align=VAlign.M, cell_fill_mode=TableCellFillMode.NONE) as t:
        for cells in table.rows:
            row = t.row()
            for cell in cells:
                row.cell(cell.text, colspan=cell.colspan, rowspan=cell.rowspan, align=_ALIGN[cell.align])
    pdf.ln(4)


def render_pdf(document: ReportDocument) -> bytes:
    pdf = _Pdf(format="A4")
    pdf.set_margins(20, 25, 20)
    pdf.set_auto_page_break(True, margin=20)
    add_cjk_font(pdf, "serif")
    pdf.set_title(document.title)
    pdf.set_lang("zh-CN")
    pdf.add_page()
    pdf.set_font("serif", size=18)
    pdf.multi_cell(0, 10, document.title, align="C")
    pdf.ln(4)
    for section in document.sections:
        pdf.set_font("serif", size=13)
        pdf.multi_cell(0, 8, section.heading)
        pdf.ln(1)
        pdf.set_font("serif", size=11)
        for paragraph in section.paragraphs:
            pdf.set_x(pdf.l_margin + 8)  # first-line indent of two characters
            pdf.write(7, paragraph)
            pdf.ln(8)
        for table in section.tables:
            _table(pdf, table)
    return bytes(pdf.output())
