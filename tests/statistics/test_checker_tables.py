"""The checker reads each table from its own structure: the running text names the same labels as the tables
("本年新收政府信息公开申请……", "其中复议后起诉3件", "结转下年度继续办理……", "维持", "纠正"), and a consistent report
must not be read from those words. Pure functions over files built in the test (the platform's own renderers,
python-docx, openpyxl, plain text); no running services needed."""
from __future__ import annotations

import io
from typing import Any

import pytest

from services.statistics.checker.extract import extract
from services.statistics.checker.read import read
from services.statistics.checker.service import check_upload
from services.statistics.exports.document import ReportDocument, build
from services.statistics.exports.excel import render_xlsx
from services.statistics.exports.html import render_html
from services.statistics.exports.pdf import render_pdf
from services.statistics.exports.word import render_docx
from services.statistics.reports.compute import empty_section3, empty_section4, finish_section3
from services.statistics.reports.layout import section2_tables


def figures(*, wrong: bool = False) -> dict[str, Any]:
    """Consistent tables (R1–R4 hold); ``wrong`` breaks R2 (（一）予以公开 自然人 raised from 3 to 4, its 总计 with
    it, but not （七）总计) and R4 in 复议后起诉 (总计 3 where 1 + 1 = 2)."""
    rows = empty_section3("2021")
    rows["new"][:2] = [5, 1]
    rows["carried_over"][0] = 1
    rows["disclosed"][:2] = [3, 1]
    rows["withheld.third_party"][0] = 1
    rows["carried_forward"][0] = 2
    finish_section3(rows, "2021")
    s4 = empty_section4()
    s4["reconsideration"].update(upheld=2, corrected=1, total=3)
    s4["litigation_after_reconsideration"].update(upheld=1, pending=1, total=2)
    if wrong:
        rows["disclosed"][0], rows["disclosed"][6] = 4, 5
        s4["litigation_after_reconsideration"]["total"] = 3
    s2 = {key: "0" for table in section2_tables("2021") for _, _, keys in table.rows for key in keys}
    return {"format": "2021", "year": 2024, "section2": s2, "section3": rows, "section4": s4}


# Section 一 names the row labels of sections 三 and 四 with numbers that are not the table's cells (a reader
# anchored on a label's first occurrence takes 8, 3, 4, 9, 7 … as the table); every figure the R6 reader takes
# from it ("新收…申请6件", "上年结转1件", "办结5件", "结转下年度继续办理2件") does equal the table.
OVERVIEW = """2024年，本局认真贯彻落实《政府信息公开条例》，依法办理政府信息公开申请。
本年新收政府信息公开申请6件，上年结转1件；本年办结5件。结转下年度继续办理2件。
一、本年新收政府信息公开申请数量较上年增加 8 件，二、上年结转政府信息公开申请数量较上年减少 3 件。
结转下年度继续办理的申请较上年减少 4 件，均已于次年 1 月答复。
近三年来，本局被申请行政复议后又被提起诉讼的案件中，其中复议后起诉 3 件，结果维持 9 件，结果纠正 4 件，尚未审结 1 件。
本年行政复议结果维持 2 件、结果纠正 1 件；行政诉讼中未经复议直接起诉 0 件，复议后起诉 2 件。
（三）政府信息公开行政复议、行政诉讼情况
本局高度重视行政复议、行政诉讼工作，对每一起行政复议、行政诉讼案件认真复盘，以行政复议、行政诉讼促进依法公开。
行政复议维持 7 件，纠正 5 件。"""

PROBLEMS = """行政复议、行政诉讼案件反映出答复说理不够充分，部分行政复议案件结果纠正。
行政复议、行政诉讼
下一步将加强行政复议、行政诉讼案件的分析研判，减少被行政复议、被提起行政诉讼的情形。"""


def document(fig: dict[str, Any]) -> ReportDocument:
    return build(title="某市某局2024年政府信息公开工作年度报告", figures=fig, overview=OVERVIEW,
                 problems=PROBLEMS, other="本年度未收取政府信息公开信息处理费。")


def as_text(doc: ReportDocument) -> str:
    """The report as copied from a web page: a line per paragraph, a line per table row with tabs between the
    cells that start in it."""
    lines = [doc.title]
    for section in doc.sections:
        lines.append(section.heading)
        lines.extend(section.paragraphs)
        for table in section.tables:
            lines.extend("\t".join(cell.text for cell in row) for row in table.rows)
    return "\n".join(lines) + "\n"


RENDER = {
    "docx": render_docx,
    "xlsx": render_xlsx,
    "pdf": render_pdf,
    "html": lambda doc: render_html(doc).encode(),
    "text": lambda doc: as_text(doc).encode(),
}


def _violations(result: dict[str, Any]) -> list[tuple[str, str, str | None, str | None]]:
    return [(v["rule"], v["cells"][0], v["expected"], v["actual"]) for v in result["violations"]]


@pytest.mark.parametrize("kind", list(RENDER))
def test_a_consistent_report_whose_text_names_the_table_labels_has_no_violations(kind):
    fig = figures()
    result = check_upload(RENDER[kind](document(fig)), f"report.{kind}" if kind != "text" else "report.txt")
    assert result["kind"] == kind
    assert result["figures"]["section3"] == fig["section3"]
    assert result["figures"]["section4"] == fig["section4"]
    assert result["violations"] == [], _violations(result)
    assert result["notes"] == []
    if kind != "xlsx":  # the text is on a second sheet of the .xlsx, read too
        assert result["claims"] >= 4  # the text's own figures were read and agree with the tables


@pytest.mark.parametrize("kind", list(RENDER))
def test_an_inconsistent_report_still_gets_the_right_violations_and_cells(kind):
    fig = figures(wrong=True)
    result = check_upload(RENDER[kind](document(fig)), f"report.{kind}" if kind != "text" else "report.txt")
    assert result["figures"]["section3"] == fig["section3"]
    assert result["figures"]["section4"] == fig["section4"]
    assert _violations(result) == [
        ("R2", "三·（七）总计·自然人", "5", "4"),
        ("R2", "三·（七）总计·总计", "6", "5"),
        ("R4", "四·行政诉讼·复议后起诉·结果维持", "2", "3"),
    ]
    r2 = next(v for v in result["violations"] if v["rule"] == "R2")
    assert "三·（一）予以公开·自然人" in r2["cells"]
    r4 = next(v for v in result["violations"] if v["rule"] == "R4")
    assert r4["cells"][-1] == "四·行政诉讼·复议后起诉·总计" and "复议后起诉" in r4["message"]


# --- files made elsewhere: other layouts ----------------------------------------------------------------------


S3_LABELS = [
    ("一、本年新收政府信息公开申请数量", "new"),
    ("二、上年结转政府信息公开申请数量", "carried_over"),
    ("（一）予以公开", "disclosed"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partly_disclosed"),
    *((f"（三）不予公开\t{i}.{label}", code) for i, (label, code) in enumerate([
        ("属于国家秘密", "withheld.state_secret"), ("其他法律行政法规禁止公开", "withheld.prohibited_by_law"),
        ("危及“三安全一稳定”", "withheld.three_safeties"), ("保护第三方合法权益", "withheld.third_party"),
        ("属于三类内部事务信息", "withheld.internal_affairs"), ("属于四类过程性信息", "withheld.process_info"),
        ("属于行政执法案卷", "withheld.enforcement_file"), ("属于行政查询事项", "withheld.inquiry_matter")], 1)),
    *((f"（四）无法提供\t{i}.{label}", code) for i, (label, code) in enumerate([
        ("本机关不掌握相关政府信息", "unavailable.not_held"), ("没有现成信息需要另行制作", "unavailable.needs_creation"),
        ("补正后申请内容仍不明确", "unavailable.unclear_after_supplement")], 1)),
    *((f"（五）不予处理\t{i}.{label}", code) for i, (label, code) in enumerate([
        ("信访举报投诉类申请", "not_handled.petition"), ("重复申请", "not_handled.repeat"),
        ("要求提供公开出版物", "not_handled.publication"), ("无正当理由大量反复申请", "not_handled.excessive"),
        ("要求行政机关确认或重新出具已获取信息", "not_handled.confirmation")], 1)),
    *((f"（六）其他处理\t{i}.{label}", code) for i, (label, code) in enumerate([
        ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_supplement"),
        ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.fee_unpaid"),
        ("其他", "other.other")], 1)),
    ("（七）总计", "total"),
    ("四、结转下年度继续办理", "carried_forward"),
]
S3_HEADER = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "自然人", "商业企业", "科研机构",
             "社会公益组织", "法律服务机构", "其他", "总计"]
S4_HEADER = [["行政复议"] * 5 + ["行政诉讼"] * 10,
             ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", *["未经复议直接起诉"] * 5, *["复议后起诉"] * 5],
             ["", "", "", "", "", *["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2]]
# short paragraphs that are exactly the tables' labels, before the tables
LABEL_PARAGRAPHS = ["一、本年新收政府信息公开申请数量", "复议后起诉", "结转下年度继续办理", "行政复议", "维持", "纠正", "总计"]


def s3_table(fig: dict[str, Any], *, blanks: bool = False) -> list[list[str]]:
    """Section 三 with a group column and an item column (no merged cells), zeros optionally left blank."""
    rows = [S3_HEADER]
    for label, code in S3_LABELS:
        group, _, item = label.partition("\t")
        cells = [group, item] if item else [label, ""]
        rows.append(cells + [("" if blanks and v == 0 else str(v)) for v in fig["section3"][code]])
    return rows


def s4_table(fig: dict[str, Any]) -> list[list[str]]:
    s4 = fig["section4"]
    values = [str(s4[kind][col]) for kind in s4 for col in s4[kind]]
    return [*S4_HEADER, values]


def other_docx(fig: dict[str, Any], *, split: bool = False) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("某县某局2024年政府信息公开工作年度报告")
    doc.add_paragraph("一、总体情况")
    for line in OVERVIEW.splitlines() + LABEL_PARAGRAPHS:
        doc.add_paragraph(line)
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    table3 = s3_table(fig, blanks=True)
    parts = [table3[:12], table3[12:]] if split else [table3]  # a table Word split at a page break
    for part in parts:
        t = doc.add_table(rows=len(part), cols=len(part[0]))
        for r, cells in enumerate(part):
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    doc.add_paragraph("本年度行政复议、行政诉讼情况见下表，其中复议后起诉 3 件系以前年度结转。")
    table4 = s4_table(fig)
    t = doc.add_table(rows=len(table4), cols=15)
    for r, cells in enumerate(table4):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    doc.add_paragraph("五、存在的主要问题及改进情况")
    for line in PROBLEMS.splitlines():
        doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def other_xlsx(fig: dict[str, Any]) -> bytes:
    """One sheet: the text first (a cell per paragraph), then the tables with no empty row between them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for line in ["一、总体情况", *OVERVIEW.splitlines(), *LABEL_PARAGRAPHS, "三、收到和处理政府信息公开申请情况"]:
        ws.append([line])
    for cells in s3_table(fig):
        ws.append([int(c) if c.isdigit() else c for c in cells])
    ws.append(["四、政府信息公开行政复议、行政诉讼情况"])
    for cells in s4_table(fig):
        ws.append([int(c) if c.isdigit() else c for c in cells])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def other_text(fig: dict[str, Any]) -> str:
    """Pasted text whose lines before the tables look like table rows: labels in cells, numbers split off."""
    lines = ["某县某局2024年政府信息公开工作年度报告", "一、总体情况", *OVERVIEW.splitlines(),
             "一、本年新收政府信息公开申请数量\t较上年增加\t8\t件",
             "复议后起诉\t3\t件\t维持\t2\t件\t纠正\t1\t件",
             "结转下年度继续办理\t4\t件",
             "三、收到和处理政府信息公开申请情况"]
    lines += ["\t".join(c for c in cells if c) for cells in s3_table(fig)]
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "本年度行政复议、行政诉讼情况如下："]
    lines += ["\t".join(cells) for cells in s4_table(fig)]
    lines += ["五、存在的主要问题及改进情况", *PROBLEMS.splitlines()]
    return "\n".join(lines) + "\n"


OTHER = {
    "docx": lambda fig: other_docx(fig),
    "docx_split": lambda fig: other_docx(fig, split=True),
    "xlsx": other_xlsx,
    "text": lambda fig: other_text(fig).encode(),
}


@pytest.mark.parametrize("kind", list(OTHER))
def test_other_layouts_with_label_paragraphs_before_the_tables(kind):
    fig = figures()
    result = check_upload(OTHER[kind](fig), "report.txt" if kind == "text" else f"report.{kind.split('_')[0]}")
    assert result["figures"]["section3"] == fig["section3"]
    assert result["figures"]["section4"] == fig["section4"]
    assert result["violations"] == [], _violations(result)

    wrong = figures(wrong=True)
    result = check_upload(OTHER[kind](wrong), "report.txt" if kind == "text" else f"report.{kind.split('_')[0]}")
    assert [(v["rule"], v["cells"][0]) for v in result["violations"]] == [
        ("R2", "三·（七）总计·自然人"), ("R2", "三·（七）总计·总计"), ("R4", "四·行政诉讼·复议后起诉·结果维持")]


def test_text_without_section_headings_reads_the_rows_that_carry_their_numbers():
    """No heading to anchor on: the table starts at the row 一、本年新收… that carries seven numbers, and 四 at a
    header row 复议后起诉, never at the sentences that name them."""
    fig = figures()
    text = "\n".join(line for line in other_text(fig).splitlines()
                     if not line.startswith(("三、收到", "四、政府信息公开行政复议")))
    reading = read(extract(text.encode(), "r.txt").rows, structured=False)
    assert reading.section3 == fig["section3"]
    assert reading.section4 == fig["section4"]


def test_a_text_without_tables_has_no_tables_to_check():
    """A text with no tables at all, only sentences naming the labels, has no tables to check."""
    text = "某局2024年政府信息公开工作年度报告\n一、总体情况\n" + OVERVIEW + "\n五、存在的主要问题及改进情况\n" + PROBLEMS
    result = check_upload(text.encode(), "r.txt")
    assert result["found"] == {"section2": False, "section3": False, "section4": False}
    assert result["violations"] == [], _violations(result)


def test_a_breakdown_belongs_to_the_nearest_total_before_it():
    from services.statistics.reports.text import read_sums

    # "其中" after the appeals' total breaks that one down, not the cases closed a sentence earlier
    assert read_sums("本年共办结5件；结转下年度继续办理2件。本年度被申请行政复议3件，其中结果维持2件、结果纠正1件。") == []
    [claim] = read_sums("本年共办结5件，其中予以公开2件、部分公开1件。")
    assert (claim.value, claim.parts) == (5, [2, 1])
    [claim] = read_sums("本年共办结5件。其中予以公开2件、部分公开1件。")  # the next sentence still counts
    assert claim.parts == [2, 1]
