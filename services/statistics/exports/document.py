"""One model of the printed report that every renderer draws: sections of paragraphs and tables whose cells
carry their spans as in HTML (a row lists the cells that start in it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from services.statistics.reports.layout import (
    APPEAL_COLUMN_LABELS,
    APPEAL_COLUMNS,
    APPEAL_KINDS,
    APPLICANT_COLUMNS,
    APPLICANT_HEADER,
    COLUMN_LABELS,
    LEGAL_PERSON_HEADER,
    RESULTS_LABEL,
    ROW_CARRIED_FORWARD,
    ROW_CARRIED_OVER,
    ROW_NEW,
    ROW_TOTAL,
    SECTION_TITLES,
    TOP_LEFT,
    Format,
    Group,
    Row,
    result_parts,
    section2_tables,
)

Align = Literal["left", "center", "right"]


@dataclass
class Cell:
    text: str
    colspan: int = 1
    rowspan: int = 1
    header: bool = False
    align: Align = "center"


@dataclass
class Table:
    name: str  # what the table is (sheet titles, accessibility)
    widths: list[float]  # relative column widths
    rows: list[list[Cell]]

    @property
    def columns(self) -> int:
        return len(self.widths)

    def placed(self) -> list[tuple[int, int, Cell]]:
        """(row, column, cell) with absolute positions, skipping the slots covered by earlier spans."""
        taken: set[tuple[int, int]] = set()
        out = []
        for r, cells in enumerate(self.rows):
            c = 0
            for cell in cells:
                while (r, c) in taken:
                    c += 1
                out.append((r, c, cell))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        taken.add((r + dr, c + dc))
                c += cell.colspan
        return out


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class ReportDocument:
    title: str
    sections: list[Section]


def _num(value: Any) -> Cell:
    return Cell(str(value), align="center")


def _h(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell(text, colspan=colspan, rowspan=rowspan, header=True)


def _label(text: str, colspan: int = 1, rowspan: int = 1) -> Cell:
    return Cell(text, colspan=colspan, rowspan=rowspan, header=True, align="left")


def section2(figures: dict[str, Any]) -> list[Table]:
    fmt: Format = figures["format"]
    values = figures["section2"]
    tables = []
    for t in section2_tables(fmt):
        n = len(t.columns) + 1
        rows = [[_h(t.caption, colspan=n)], [_h("信息内容"), *(_h(c) for c in t.columns)]]
        for _, label, keys in t.rows:
            rows.append([_label(label), *(_num(values.get(k, "0")) for k in keys)])
        tables.append(Table(t.caption, [2.2] + [1.6] * (n - 1), rows))
    return tables


def _values(rows: dict[str, list[int]], code: str) -> list[Cell]:
    return [_num(v) for v in rows[code]]


def section3(figures: dict[str, Any]) -> Table:
    fmt: Format = figures["format"]
    rows3: dict[str, list[int]] = figures["section3"]
    out: list[list[Cell]] = [
        [Cell(TOP_LEFT, colspan=3, rowspan=3, header=True), _h(APPLICANT_HEADER, colspan=7)],
        [_h(COLUMN_LABELS["natural_person"], rowspan=2), _h(LEGAL_PERSON_HEADER, colspan=5),
         _h(COLUMN_LABELS["total"], rowspan=2)],
        [_h(COLUMN_LABELS[c]) for c in APPLICANT_COLUMNS[1:]],
    ]
    for row in (ROW_NEW, ROW_CARRIED_OVER):
        out.append([_label(row.label, colspan=3), *_values(rows3, row.code)])
    parts = result_parts(fmt)
    result_rows = sum(len(p.items) if isinstance(p, Group) else 1 for p in parts) + 1  # + （七）总计
    first = True
    for part in parts:
        lead = [_label(RESULTS_LABEL, rowspan=result_rows)] if first else []
        first = False
        if isinstance(part, Row):
            out.append([*lead, _label(f"{part.number}{part.label}", colspan=2), *_values(rows3, part.code)])
            continue
        for i, item in enumerate(part.items):
            group = [_label(f"{part.number}{part.label}", rowspan=len(part.items))] if i == 0 else []
            out.append([*(lead if i == 0 else []), *group, _label(f"{item.number}{item.label}"),
                        *_values(rows3, item.code)])
    out.append([_label(f"{ROW_TOTAL.number}{ROW_TOTAL.label}", colspan=2), *_values(rows3, "total")])
    out.append([_label(ROW_CARRIED_FORWARD.label, colspan=3), *_values(rows3, ROW_CARRIED_FORWARD.code)])
    return Table("收到和处理政府信息公开申请情况", [1.3, 1.5, 3.6] + [1.0] * 7, out)


def section4(figures: dict[str, Any]) -> Table:
    s4 = figures["section4"]
    labels = [APPEAL_COLUMN_LABELS[c] for c in APPEAL_COLUMNS]
    rows = [
        [_h("行政复议", colspan=5), _h("行政诉讼", colspan=10)],
        [*(_h(label, rowspan=2) for label in labels), _h("未经复议直接起诉", colspan=5), _h("复议后起诉", colspan=5)],
        [*(_h(label) for label in labels), *(_h(label) for label in labels)],
        [_num(s4[kind][col]) for kind in APPEAL_KINDS for col in APPEAL_COLUMNS],
    ]
    return Table("政府信息公开行政复议、行政诉讼情况", [1.0] * 15, rows)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


def build(*, title: str, figures: dict[str, Any], overview: str, problems: str, other: str) -> ReportDocument:
    return ReportDocument(
        title=title,
        sections=[
            Section(SECTION_TITLES["1"], _paragraphs(overview)),
            Section(SECTION_TITLES["2"], [], section2(figures)),
            Section(SECTION_TITLES["3"], [], [section3(figures)]),
            Section(SECTION_TITLES["4"], [], [section4(figures)]),
            Section(SECTION_TITLES["5"], _paragraphs(problems)),
            Section(SECTION_TITLES["6"], _paragraphs(other)),
        ],
    )
