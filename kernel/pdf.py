"""The one Chinese font every service uses for the PDFs it draws with fpdf2.

WenQuanYi Micro Hei (Apache 2.0), shipped as a Python package, embedded as a subset: a PDF shows the same on any
machine without system fonts. It has TrueType outlines: the CFF-based Noto CJK fonts come out of fpdf2 with text
that PDF readers cannot extract (copy, search, screen readers, the report checker).
"""
from __future__ import annotations

import logging
from functools import lru_cache
from importlib.resources import files

from fpdf import FPDF

logging.getLogger("fontTools").setLevel(logging.WARNING)  # subsetting logs every glyph at INFO


@lru_cache(maxsize=1)
def cjk_font_path() -> str:
    return str(files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc")


def add_cjk_font(pdf: FPDF, family: str = "cjk") -> None:
    pdf.add_font(family, fname=cjk_font_path())
