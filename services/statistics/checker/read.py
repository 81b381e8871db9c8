"""Read the tables of an annual report from rows of cells, tolerating the label variants of real reports
(full- or half-width brackets, 规范性文件 for 行政规范性文件, quotes, traditional characters, labels split over
merged cells, blanks or dashes for zero), into the same ``figures`` shape the platform computes."""
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


def read_section3(rows: list[list[str]], fmt: Format, structured: bool) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    current: str | None = None
    group: str | None = None
    values: list[int] = []
    started = False
    for row in rows:
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
            if code == ROW_NEW.code:
                started = True
            if not started:
                continue
            group = group_now
            if code is not None:
                current, values = code, []
    return out


# --- section 四 ---------------------------------------------------------------------------------------------


def read_section4(rows: list[list[str]], structured: bool) -> dict[str, dict[str, int]] | None:
    armed = False
    numbers: list[int] = []
    for row in rows:
        for cell in row:
            label = _clean(cell)
            if "复议后起诉" in label:
                armed = True
                continue
            if not armed:
                continue
            value = number(cell, blank_is_zero=structured and bool(numbers))
            if value is not None:
                numbers.append(int(value))
                if len(numbers) == len(APPEAL_KINDS) * len(APPEAL_COLUMNS):
                    it = iter(numbers)
                    return {kind: {col: next(it) for col in APPEAL_COLUMNS} for kind in APPEAL_KINDS}
    return None


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


def read(rows: list[list[str]], *, structured: bool) -> Reading:
    text = "\n".join(" ".join(r) for r in rows)
    flat = normalise(text)
    year = detect_year(flat)
    fmt = detect_format(flat, year)
    reading = Reading(format=fmt, year=year)
    use: Format = fmt or "2021"
    reading.section3 = read_section3(rows, use, structured)
    if fmt is None and reading.section3:
        reading.format = use
    reading.section4 = read_section4(rows, structured)
    reading.section2 = read_section2(rows, use, structured)
    return reading
