"""Consistency rules R1–R6 of the annual report (domain.md §3), as pure functions over the tables.

Every violation names the cells involved in the words of the printed table, so a clerk or a supervisor can find
them: e.g. "R1（自然人列）：一 + 二 = 5 + 1 = 6，而（七）总计 + 四 = 4 + 1 = 5".
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any, Literal

from services.statistics.reports.layout import (
    APPEAL_COLUMNS,
    APPEAL_KIND_LABELS,
    APPEAL_KINDS,
    APPLICANT_COLUMNS,
    COLUMN_LABELS,
    COLUMN_LABELS_EN,
    COLUMNS,
    Format,
    appeal_cell_label,
    result_codes,
    row_label,
)

Severity = Literal["error", "warning"]


@dataclass
class Violation:
    rule: str  # R1 … R6
    message: str
    message_en: str
    cells: list[str] = field(default_factory=list)
    severity: Severity = "error"
    expected: str | None = None
    actual: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _cell(row: str, col: str, fmt: Format) -> str:
    return f"三·{row_label(row, fmt)}·{COLUMN_LABELS[col]}"


def check_r1(rows: dict[str, list[int]], fmt: Format) -> list[Violation]:
    out = []
    for i, col in enumerate(COLUMNS):
        left = rows["new"][i] + rows["carried_over"][i]
        right = rows["total"][i] + rows["carried_forward"][i]
        if left != right:
            out.append(Violation(
                "R1",
                f"R1（{COLUMN_LABELS[col]}列）：一 + 二 = {rows['new'][i]} + {rows['carried_over'][i]} = {left}，"
                f"而（七）总计 + 四 = {rows['total'][i]} + {rows['carried_forward'][i]} = {right}",
                f"R1 ({COLUMN_LABELS_EN[col]}): new + carried over = {left}, but total + carried forward = {right}",
                [_cell(r, col, fmt) for r in ("new", "carried_over", "total", "carried_forward")],
                expected=str(left), actual=str(right),
            ))
    return out


def check_r2(rows: dict[str, list[int]], fmt: Format) -> list[Violation]:
    out = []
    codes = result_codes(fmt)
    for i, col in enumerate(COLUMNS):
        parts = sum(rows[c][i] for c in codes)
        if parts != rows["total"][i]:
            out.append(Violation(
                "R2",
                f"R2（{COLUMN_LABELS[col]}列）：（七）总计为 {rows['total'][i]}，而（一）至（六）各项之和为 {parts}",
                f"R2 ({COLUMN_LABELS_EN[col]}): total is {rows['total'][i]} but the result rows add up to {parts}",
                [_cell("total", col, fmt)] + [_cell(c, col, fmt) for c in codes if rows[c][i]],
                expected=str(parts), actual=str(rows["total"][i]),
            ))
    return out


def check_r3(rows: dict[str, list[int]], fmt: Format) -> list[Violation]:
    out = []
    n = len(APPLICANT_COLUMNS)
    for code, values in rows.items():
        parts = sum(values[:n])
        if parts != values[n]:
            out.append(Violation(
                "R3",
                f"R3（{row_label(code, fmt)}行）：总计列为 {values[n]}，而六类申请人之和为 {parts}",
                f"R3 (row {code}): the total column is {values[n]} but the six applicant columns add up to {parts}",
                [_cell(code, "total", fmt)] + [_cell(code, c, fmt) for c in APPLICANT_COLUMNS if values[APPLICANT_COLUMNS.index(c)]],
                expected=str(parts), actual=str(values[n]),
            ))
    return out


def check_r4(section4: dict[str, dict[str, int]]) -> list[Violation]:
    out = []
    for kind in APPEAL_KINDS:
        values = section4[kind]
        parts = sum(values[c] for c in APPEAL_COLUMNS if c != "total")
        if parts != values["total"]:
            label = "行政复议" if kind == "reconsideration" else f"行政诉讼（{APPEAL_KIND_LABELS[kind]}）"
            out.append(Violation(
                "R4",
                f"R4（{label}）：总计为 {values['total']}，而结果维持、结果纠正、其他结果、尚未审结之和为 {parts}",
                f"R4 ({kind}): total is {values['total']} but upheld + corrected + other + pending = {parts}",
                [f"四·{appeal_cell_label(kind, c)}" for c in APPEAL_COLUMNS],
                expected=str(parts), actual=str(values["total"]),
            ))
    return out


def check_r5(rows: dict[str, list[int]], previous: dict[str, list[int]] | None, fmt: Format,
             previous_fmt: Format | None = None, severity: Severity = "error") -> list[Violation]:
    if previous is None:
        return []
    out = []
    for i, col in enumerate(COLUMNS):
        if rows["carried_over"][i] != previous["carried_forward"][i]:
            out.append(Violation(
                "R5",
                f"R5（{COLUMN_LABELS[col]}列）：本年“二、上年结转”为 {rows['carried_over'][i]}，"
                f"而上年报告“四、结转下年度继续办理”为 {previous['carried_forward'][i]}",
                f"R5 ({COLUMN_LABELS_EN[col]}): carried over is {rows['carried_over'][i]} but last year's report "
                f"carried forward {previous['carried_forward'][i]}",
                [_cell("carried_over", col, fmt), f"上年·{_cell('carried_forward', col, previous_fmt or fmt)}"],
                severity=severity,
                expected=str(previous["carried_forward"][i]), actual=str(rows["carried_over"][i]),
            ))
    return out


def check_tables(figures: dict[str, Any], previous: dict[str, Any] | None = None,
                 r5_severity: Severity = "error") -> list[Violation]:
    """R1–R5 over a report's tables (``figures`` as computed or as read by the checker)."""
    fmt: Format = figures.get("format", "2021")
    out: list[Violation] = []
    rows = figures.get("section3")
    if rows:
        out += check_r1(rows, fmt) + check_r2(rows, fmt) + check_r3(rows, fmt)
        if previous and previous.get("section3"):
            out += check_r5(rows, previous["section3"], fmt, previous.get("format"), r5_severity)
    if figures.get("section4"):
        out += check_r4(figures["section4"])
    return out


# --- R6: numbers quoted in the text ------------------------------------------------------------------------


def table_value(figures: dict[str, Any], key: str) -> Decimal | None:
    """The table value a text claim refers to (keys from :mod:`services.statistics.reports.text`)."""
    fmt: Format = figures.get("format", "2021")
    part, _, rest = key.partition(".")
    try:
        if part == "s3":
            rows = figures["section3"]
            code = rest
            groups = {"withheld", "unavailable", "not_handled"} | ({"other"} if fmt == "2021" else set())
            if code in groups:
                return Decimal(sum(v[-1] for k, v in rows.items() if k.startswith(code + ".")))
            return Decimal(rows[code][-1])
        if part == "s4":
            s4 = figures["section4"]
            if rest == "litigation":
                return Decimal(s4["litigation_direct"]["total"] + s4["litigation_after_reconsideration"]["total"])
            kind, _, col = rest.partition(".")
            return Decimal(s4[kind][col or "total"])
        if part == "s2":
            return Decimal(figures["section2"][rest])
        if part == "fees":
            return Decimal(figures["fees_yuan"]) if figures.get("fees_yuan") is not None else None
    except (KeyError, IndexError, TypeError):
        return None
    return None


def check_r6(claims: list[Any], figures: dict[str, Any] | None) -> list[Violation]:
    """Each number the text states (a :class:`~services.statistics.reports.text.Claim`) against the tables,
    and each "共 N，其中 a、b、c" against the sum of its parts."""
    out = []
    for claim in claims:
        if claim.kind == "sum":
            out.append(Violation(
                "R6",
                f"R6（正文）：“{claim.snippet}”称共 {claim.value}{claim.unit}，而其中各项之和为 "
                f"{'+'.join(str(p) for p in claim.parts)} = {sum(claim.parts)}{claim.unit}",
                f"R6 (text): states a total of {claim.value} but its parts add up to {sum(claim.parts)}",
                [f"正文：{claim.snippet}"], expected=str(sum(claim.parts)), actual=str(claim.value),
            ))
            continue
        if figures is None:
            continue
        expected = table_value(figures, claim.key)
        if expected is None or Decimal(claim.value) == expected:
            continue
        out.append(Violation(
            "R6",
            f"R6（正文与表格）：正文“{claim.snippet}”为 {claim.value}，而表格{claim.cell}为 {_plain(expected)}",
            f"R6 (text vs table): the text says {claim.value} ({claim.key}) but the table has {_plain(expected)}",
            [f"正文：{claim.snippet}", claim.cell], expected=_plain(expected), actual=str(claim.value),
        ))
    return out


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def blocking(violations: list[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "error"]

