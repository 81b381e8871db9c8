"""Rendering a letter (the data from :func:`content.build`) to .docx (python-docx) and PDF (fpdf2).

The PDF embeds a subset of the platform's CJK font (kernel/pdf.py), so Chinese renders on any machine without
system fonts and its text can be copied, searched and read aloud. The .docx names 宋体 (SimSun) for East Asian
text, the font every Chinese office installation has.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

from kernel.pdf import add_cjk_font

DOCX_FONT = "宋体"
DOCX_LATIN = "Times New Roman"


def _run_font(run: Any, size: float, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = DOCX_LATIN
    run._element.rPr.rFonts.set(qn("w:eastAsia"), DOCX_FONT)


def to_docx(letter: dict[str, Any]) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(3.0)
    section.left_margin = section.right_margin = Cm(2.6)
    core = doc.core_properties
    core.title = letter["title"]
    core.author = letter["signature"]

    def para(text: str, *, size: float = 14, bold: bool = False, align: Any = None, indent: bool = False) -> None:
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * 2)
        p.paragraph_format.space_after = Pt(4)
        _run_font(p.add_run(text), size, bold)

    para(letter["header"], size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(letter["title"], size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(letter["reference"], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for block in letter["blocks"]:
        para(block["text"], indent=block["style"] == "para")
    para(letter["closing"], indent=True)
    para(letter["contact"], size=12, indent=True)
    para(letter["signature"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(letter["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# Chinese line breaking (禁则): these never begin a line, and these never end one
NO_LINE_START = set("，。、；：？！）》」』〕】…—”’%,.;:?!)]}")
NO_LINE_END = set("（《「『〔【“‘([{")


def wrap_cjk(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break text into lines at any character (Chinese has no spaces), keeping closing punctuation off the start
    of a line and opening punctuation off the end, by carrying one character over."""
    lines: list[str] = []
    line, used = "", 0.0
    for ch in text:
        w = measure(ch)
        if used + w <= width or not line:
            line, used = line + ch, used + w
            continue
        if ch in NO_LINE_START and len(line) > 1:
            carry, line = line[-1], line[:-1]
        elif line[-1] in NO_LINE_END and len(line) > 1:
            carry, line = line[-1], line[:-1]
        else:
            carry = ""
        lines.append(line)
        line = carry + ch
        used = measure(line)
    if line:
        lines.append(line)
    return lines


def to_pdf(letter: dict[str, Any]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_margins(26, 30, 26)
    pdf.set_auto_page_break(True, margin=30)
    pdf.set_title(letter["title"])
    pdf.set_author(letter["signature"])
    pdf.set_creator("Gongkai")
    add_cjk_font(pdf, "serif")
    pdf.add_page()

    def para(text: str, *, size: float = 14, align: str = "L", indent: bool = False, gap: float = 2) -> None:
        pdf.set_font("serif", size=size)
        prefix = "\u3000\u3000" if indent else ""
        for line in wrap_cjk(prefix + text, pdf.epw, pdf.get_string_width):
            pdf.cell(0, size * 0.55, line, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(letter["header"], size=16, align="C")
    para(letter["title"], size=20, align="C")
    para(letter["reference"], size=12, align="C", gap=6)
    for block in letter["blocks"]:
        para(block["text"], indent=block["style"] == "para")
    para(letter["closing"], indent=True)
    para(letter["contact"], size=12, indent=True, gap=8)
    para(letter["signature"], align="R")
    para(letter["date"], align="R")
    return bytes(pdf.output())
