"""Read the tables of an annual report from rows of cells, tolerating the label variants of real reports
(full- or half-width brackets, 规范性文件 for 行政规范性文件, quotes, traditional characters, labels split over
merged cells, blanks or dashes for zero), into the same ``figures`` shape the platform computes.

Each table is read from its own structure, never from the first place a row label occurs: the running text
names the same words ("本年新收政府信息公开申请6件……其中复议后起诉3件"). A file with real tables (.docx, .xlsx,
HTML) is read from the table whose rows carry the section's labels and numbers, row by row. Text and PDF have no
table objects: a section is read within its own span, from its heading (三、收到和处理政府信息公开申请情况,
四、政府信息公开行政复议、行政诉讼情况) to the next section's heading, and sentences are never read as table
rows."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from services.statistics.reports.layout import (
    APPEAL_COLUMNS,
    APPEAL_KINDS,
    COLUMNS,
    NOT_HANDLED,
    OTHER_2021,
    ROW_CARRIED_FORWARD,
    ROW_CARRIED_OVER,
    ROW_NEW,
    UNAVAILABLE,
    WITHHELD,
    Format,
    Group,
    row_label,
    section2_tables,
    section3_rows,
)
from services.statistics.reports.text import normalise

GROUPS: tuple[Group, ...] = (WITHHELD, UNAVAILABLE, NOT_HANDLED, OTHER_2021)
_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?$")
_ZERO = {"—", "-", "－", "/", "／", "——", "无", "0.00"}
_SENTENCE_NUMBER = re.compile(r"\d\s*(?:件|次|条|个|人次|元|%)")
_PAGE_NUMBER = re.compile(r"^(?:[-—–－]+\d+[-—–－]+|第\d+页(?:共\d+页)?|\d+/\d+)$")


def _clean(cell: str) -> str:
    text = normalise(cell)
    return re.sub(r"[\s\"'“”‘’「」]", "", text)


def number(cell: str, *, blank_is_zero: bool) -> Decimal | None:
    text = _clean(cell)
    if not text:
        return Decimal(0) if blank_is_zero else None
    if text in _ZERO:
        return Decimal(0)
    if _NUMBER.match(text):
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return None


def is_label(text: str) -> bool:
    return bool(text) and len(text) <= 48 and "。" not in text and not _SENTENCE_NUMBER.search(text)


def is_prose(row: list[str]) -> bool:
    """Whether a row of text is a sentence rather than a table row: "其中复议后起诉 3 件" is split into cells
    like a table row, but joined again it states a number with its unit."""
    joined = "".join(_clean(c) for c in row)
    return "。" in joined or bool(_SENTENCE_NUMBER.search(joined))


def is_page_number(row: list[str]) -> bool:
    """A page footer a PDF's text runs into a table ("— 2 —", "第2页共5页")."""
    return bool(_PAGE_NUMBER.match("".join(_clean(c) for c in row)))


def _table_row(row: list[str]) -> tuple[list[str], list[str]]:
    """The label cells of a table row (up to its last cell that is not a number) and its value cells."""
    last = -1
    for i, cell in enumerate(row):
        if _clean(cell) and number(cell, blank_is_zero=False) is None:
            last = i
    return row[:last + 1], row[last + 1:]


def _row_values(cells: list[str], width: int, *, all_blank: bool = True) -> list[int] | None:
    """``width`` numbers from a row's value cells (a blank cell is 0), or None if the row has fewer; blank cells
    left of the numbers (a label spread over unmerged cells) are dropped first."""
    while len(cells) > width and not _clean(cells[0]):
        cells = cells[1:]
    if len(cells) < width or (not all_blank and not any(_clean(c) for c in cells[:width])):
        return None
    values = [number(c, blank_is_zero=True) for c in cells[:width]]
    return [int(v) for v in values] if all(v is not None for v in values) else None  # type: ignore[arg-type]


@dataclass
class Reading:
    format: Format | None = None
    year: int | None = None
    section2: dict[str, str] = field(default_factory=dict)
    section3: dict[str, list[int]] = field(default_factory=dict)
    section4: dict[str, dict[str, int]] | None = None
    notes: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": self.format or "2021", "year": self.year, "section2": self.section2}
        fmt = self.format or "2021"
        expected = [r.code for r in section3_rows(fmt)]  # type: ignore[arg-type]
        if self.section3 and all(code in self.section3 for code in expected):
            out["section3"] = {code: self.section3[code] for code in expected}
        if self.section4 is not None:
            out["section4"] = self.section4
        return out

    def missing_rows(self) -> list[str]:
        if not self.section3:
            return []
        fmt = self.format or "2021"
        return [row_label(r.code, fmt) for r in section3_rows(fmt) if r.code not in self.section3]  # type: ignore[arg-type]


def detect_format(text: str, year: int | None) -> Format | None:
    if re.search(r"本年制发件数|本年处理决定数量|现行有效件数|逾期不补正|缴纳费用", text):
        return "2021"
    if re.search(r"本年新制作数量|上一年项目数量|对外公开总数量|政府集中采购", text):
        return "2019"
    if year is not None:
        return "2019" if year <= 2020 else "2021"
    return None


def detect_year(text: str) -> int | None:
    m = re.search(r"(20\d{2})\s*年(?:度)?[^。\n]{0,40}?(?:年度报告|工作报告|年报)", text[:3000])
    return int(m.group(1)) if m else None


# --- section 三 ----------------------------------------------------------------------------------------------


def _section3_code(label: str, group: str | None, fmt: Format) -> tuple[str | None, str | None]:
    """(row code, group) a label names, given the group read so far."""
    if "本年新收" in label or ("新收" in label and "申请" in label):
        return ROW_NEW.code, None
    if "上年结转" in label:
        return ROW_CARRIED_OVER.code, None
    if "结转下年" in label or "结转下一年" in label:
        return ROW_CARRIED_FORWARD.code, None
    if re.search(r"\(七\)|（七）", label) or label in ("总计", "合计") and group is not None:
        return "total", None
    if "予以公开" in label:
        return "disclosed", None
    if "部分公开" in label:
        return "partly_disclosed", None
    new_group = group
    for g in GROUPS:
        if any(k in label for k in g.keys):
            new_group = g.code
            if g.code == "other" and fmt == "2019":
                return "other", None
    numbered = re.match(r"^(?:\(?[一二三四五六七]\)?[^\d]*)?(\d)[.、．]", label)
    # an item by its own words: in the group read so far first, then in any group (a group label may be cut
    # by a line break, as in PDFs: "（六）其他处" / "理")
    ordered = sorted(GROUPS, key=lambda g: g.code != new_group)
    for g in ordered:
        for item in g.items:
            keys = item.keys if item.code != "other.other" else ()
            if any(k in label for k in keys):
                return item.code, g.code
    if new_group is not None and numbered:
        current = next(g for g in GROUPS if g.code == new_group)
        rest = label[numbered.end():]
        index = int(numbered.group(1))
        if 1 <= index <= len(current.items) and current.items[index - 1].code == "other.other" and rest.startswith("其他"):
            return "other.other", new_group
    return None, new_group


def read_table3(rows: list[list[str]], fmt: Format) -> dict[str, list[int]]:
    """Section 三 from the rows of real tables (never paragraphs): each row by its own label cells (group and
    item, e.g. "（三）不予公开" | "1.属于国家秘密") and its own seven value cells, from the row 一、本年新收… to
    the row 四、结转下年度继续办理. Rows of other tables carry none of these labels with seven numbers."""
    out: dict[str, list[int]] = {}
    group: str | None = None
    started = False
    for row in rows:
        labels, cells = _table_row(row)
        code: str | None = None
        for cell in labels:
            label = _clean(cell)
            if not is_label(label):
                continue
            found, group_now = _section3_code(label, group, fmt)
            if found == ROW_NEW.code:
                started = True
            if not started:
                continue
            group = group_now
            if found is None and label in ("总计", "合计"):  # a (七) row labelled 总计 alone
                found = "total"
            if found is not None:
                code = found
        if code is None:
            continue
        values = _row_values(cells, len(COLUMNS))
        if values is None:
            continue
        out.setdefault(code, values)
        if code == ROW_CARRIED_FORWARD.code:
            break
    return out


def read_section3(rows: list[list[str]], fmt: Format, structured: bool, *, anchored: bool = True
                  ) -> dict[str, list[int]]:
    """Section 三 from rows of text, in reading order (a label and its numbers may be on different lines, as in
    PDFs). ``rows`` should be the section's own span; with ``anchored=False`` (no span known) the table must start
    at a row 一、本年新收… that carries its numbers itself."""
    out: dict[str, list[int]] = {}
    current: str | None = None
    group: str | None = None
    values: list[int] = []
    started = False
    for row in rows:
        if is_prose(row) or is_page_number(row):
            continue
        for cell in row:
            label = _clean(cell)
            value = number(cell, blank_is_zero=structured and current is not None)
            if value is not None:
                if current is not None:
                    values.append(int(value))
                    if len(values) == len(COLUMNS):
                        out.setdefault(current, values)
                        current, values = None, []
                        if out.keys() >= {"carried_forward"}:
                            return out
                continue
            if not is_label(label):
                continue
            code, group_now = _section3_code(label, group, fmt)
            if code == ROW_NEW.code and (anchored or len(_table_row(row)[1]) >= len(COLUMNS)):
                started = True
            if not started:
                continue
            group = group_now
            if code is not None:
                current, values = code, []
    return out


# --- section 四 ---------------------------------------------------------------------------------------------


def _appeals(numbers: list[int]) -> dict[str, dict[str, int]]:
    it = iter(numbers)
    return {kind: {col: next(it) for col in APPEAL_COLUMNS} for kind in APPEAL_KINDS}


_APPEAL_HEADERS = ("复议后起诉", "行政诉讼")


def read_table4(rows: list[list[str]]) -> dict[str, dict[str, int]] | None:
    """Section 四 from the rows of real tables (never paragraphs): the first row of fifteen numbers under its
    header row (行政复议 | 行政诉讼, or 未经复议直接起诉 | 复议后起诉)."""
    armed = False
    width = len(APPEAL_KINDS) * len(APPEAL_COLUMNS)
    for row in rows:
        labels, cells = _table_row(row)
        if not armed:
            armed = any(is_label(label := _clean(c)) and any(h in label for h in _APPEAL_HEADERS) for c in labels)
            continue
        values = _row_values(cells, width, all_blank=False)  # a row of blank cells is no data row
        if values is not None:
            return _appeals(values)
    return None


def read_section4(rows: list[list[str]], structured: bool, *, headers: tuple[str, ...] = ("复议后起诉",)
                  ) -> dict[str, dict[str, int]] | None:
    """Section 四 from rows of text: the fifteen numbers after its header cell 复议后起诉 (in a header row, never
    in a sentence). Within the section's own span the header 行政诉讼 also arms (复议后起诉 may be broken over
    two lines in a PDF)."""
    armed = False
    numbers: list[int] = []
    for row in rows:
        if is_prose(row) or is_page_number(row):
            continue
        for cell in row:
            label = _clean(cell)
            if is_label(label) and any(h in label for h in headers):
                armed = True
                continue
            if not armed:
                continue
            value = number(cell, blank_is_zero=structured and bool(numbers))
            if value is not None:
                numbers.append(int(value))
                if len(numbers) == len(APPEAL_KINDS) * len(APPEAL_COLUMNS):
                    return _appeals(numbers)
    return None


# --- sections of running text ---------------------------------------------------------------------------------


# the words that make a short line the heading of a section (any numbering: 三、 / （三） / 第三部分 / none)
_HEADING_WORDS: dict[str, tuple[str, ...]] = {
    "1": ("总体情况",),
    "2": ("主动公开政府信息",),
    "3": ("收到和处理政府信息公开申请",),
    "4": ("行政复议", "行政诉讼"),
    "5": ("存在的主要问题",),
    "6": ("其他需要报告",),
}
_NUMERALS = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六"}


def heading_of(row: list[str]) -> str | None:
    """The section ("1"…"6") a row is the heading of, if it is one."""
    text = _clean("".join(row))
    if len(text) > 40 or not is_label(text):
        return None
    for key, words in _HEADING_WORDS.items():
        if all(w in text for w in words):
            return key
    return None


def section_spans(rows: list[list[str]], key: str) -> list[list[list[str]]]:
    """The rows under each heading of section ``key`` up to the next heading of another section; headings
    numbered as the section (三、…) first, then the others (a sub-heading of the overview may repeat the words)."""
    headings = [(i, k) for i, row in enumerate(rows) if (k := heading_of(row)) is not None]
    starts = [i for i, k in headings if k == key]
    numeral = _NUMERALS[key]

    def numbered(i: int) -> bool:
        text = _clean("".join(rows[i]))
        return text.startswith((numeral, f"第{numeral}"))

    spans = []
    for i in sorted(starts, key=lambda i: (not numbered(i), i)):
        end = next((j for j, k in headings if j > i and k != key), len(rows))
        spans.append(rows[i + 1:end])
    return spans


def _complete3(found: dict[str, list[int]], fmt: Format) -> bool:
    return all(r.code in found for r in section3_rows(fmt))


def _table_rows(tables: list[list[list[str]]]) -> list[list[str]]:
    """The rows of the real tables, in document order (a table split at a page break reads on)."""
    return [row for table in tables for row in table]


def find_section3(rows: list[list[str]], tables: list[list[list[str]]], fmt: Format, structured: bool
                  ) -> dict[str, list[int]]:
    """Section 三: from the rows of the real tables that carry its labels and numbers; else from the text under
    its heading; else (a file without real tables) from a table-like run of text that starts with the row
    一、本年新收… carrying its numbers."""
    if tables:
        found = read_table3(_table_rows(tables), fmt)
        if found:
            return found
    best: dict[str, list[int]] = {}
    for span in section_spans(rows, "3"):
        found = read_section3(span, fmt, structured)
        if _complete3(found, fmt):
            return found
        if len(found) > len(best):
            best = found
    if best or tables:
        return best
    return read_section3(rows, fmt, structured, anchored=False)


def find_section4(rows: list[list[str]], tables: list[list[list[str]]], structured: bool
                  ) -> dict[str, dict[str, int]] | None:
    """Section 四: from the real table with its header and its row of fifteen numbers; else from the text under
    its heading; else (a file without real tables) after a header cell 复议后起诉 (never in a sentence)."""
    if tables:
        found = read_table4(_table_rows(tables))
        if found is not None:
            return found
    for span in section_spans(rows, "4"):
        found = read_section4(span, structured, headers=_APPEAL_HEADERS)
        if found is not None:
            return found
    return None if tables else read_section4(rows, structured)


# --- section 二 ---------------------------------------------------------------------------------------------


_S2_ALIASES = {"行政规范性文件": ("行政规范性文件", "规范性文件"), "规范性文件": ("规范性文件", "行政规范性文件")}


def read_section2(rows: list[list[str]], fmt: Format, structured: bool) -> dict[str, str]:
    wanted: dict[str, tuple[str, ...]] = {}
    for table in section2_tables(fmt):
        for _, label, keys in table.rows:
            for alias in _S2_ALIASES.get(label, (label,)):
                wanted.setdefault(alias, keys)
    out: dict[str, str] = {}
    current: tuple[str, ...] | None = None
    values: list[str] = []
    for row in rows:
        for cell in row:
            label = _clean(cell)
            if current is not None:
                value = number(cell, blank_is_zero=structured)
                if value is not None:
                    values.append(str(value))
                    if len(values) == len(current):
                        for key, v in zip(current, values):
                            out.setdefault(key, v)
                        current, values = None, []
                    continue
            if label in wanted and not all(k in out for k in wanted[label]):
                current, values = wanted[label], []
            elif label and current is not None and is_label(label):
                current, values = None, []
    return out


def read(rows: list[list[str]], *, structured: bool, tables: list[list[list[str]]] | None = None) -> Reading:
    """Read a report from its rows in reading order and, for files with real tables, the rows of each table."""
    text = "\n".join(" ".join(r) for r in rows)
    flat = normalise(text)
    year = detect_year(flat)
    fmt = detect_format(flat, year)
    reading = Reading(format=fmt, year=year)
    use: Format = fmt or "2021"
    reading.section3 = find_section3(rows, tables or [], use, structured)
    if fmt is None and reading.section3:
        reading.format = use
    reading.section4 = find_section4(rows, tables or [], structured)
    reading.section2 = read_section2(rows, use, structured)
    return reading
