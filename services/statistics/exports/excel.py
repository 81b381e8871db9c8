"""The report's tables as .xlsx: one sheet with every table in the template's layout (merged cells), the text
sections on a second sheet."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from services.statistics.exports.document import ReportDocument

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _number(text: str) -> object:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text


def render_xlsx(document: ReportDocument) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "表格"
    ws.cell(row=1, column=1, value=document.title).font = Font(size=14, bold=True)
    row = 3
    widest = 0
    for section in document.sections:
        if not section.tables:
            continue
        ws.cell(row=row, column=1, value=section.heading).font = Font(bold=True)
        row += 1
        for table in section.tables:
            widest = max(widest, table.columns)
            for r, c, cell in table.placed():
                top, left = row + r, 1 + c
                target = ws.cell(row=top, column=left, value=cell.text if cell.header else _number(cell.text))
                target.alignment = Alignment(horizontal=cell.align, vertical="center", wrap_text=True)
                if cell.header:
                    target.font = Font(bold=cell.align == "center")
                if cell.rowspan > 1 or cell.colspan > 1:
                    ws.merge_cells(start_row=top, start_column=left, end_row=top + cell.rowspan - 1,
                                   end_column=left + cell.colspan - 1)
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        ws.cell(row=top + dr, column=left + dc).border = _BORDER
            row += len(table.rows) + 1
    for i in range(1, widest + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14 if i > 3 else 22
    texts = wb.create_sheet("正文")
    texts.column_dimensions["A"].width = 120
    r = 1
    for section in document.sections:
        texts.cell(row=r, column=1, value=section.heading).font = Font(bold=True)
        r += 1
        for paragraph in section.paragraphs:
            texts.cell(row=r, column=1, value=paragraph).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
