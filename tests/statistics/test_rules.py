"""The consistency rules and the text reader as pure functions."""
from __future__ import annotations

from decimal import Decimal

from services.statistics.reports.compute import empty_section3, empty_section4, finish_section3
from services.statistics.reports.layout import COMPUTED_SECTION2, figure_by_code, result_codes, section3_rows
from services.statistics.reports.rules import check_r6, check_tables
from services.statistics.reports.text import draft_other, draft_overview, normalise, read_claims


def figures(fmt: str = "2021") -> dict:
    rows = empty_section3(fmt)
    rows["new"][0], rows["new"][2] = 5, 2
    rows["carried_over"][0] = 1
    rows["disclosed"][0], rows["unavailable.not_held"][2] = 4, 1
    rows["carried_forward"][0], rows["carried_forward"][2] = 2, 1
    finish_section3(rows, fmt)
    s4 = empty_section4()
    s4["reconsideration"].update(upheld=1, total=1)
    s2 = {k: "2" for k in COMPUTED_SECTION2[fmt]}
    s2.update({k: "0" for k in figure_by_code(fmt)})
    return {"format": fmt, "year": 2024, "section2": s2, "section3": rows, "section4": s4, "fees_yuan": "125.50"}


def test_a_consistent_report_passes_and_its_draft_text_reads_back_without_contradiction():
    for fmt in ("2021", "2019"):
        f = figures(fmt)
        assert check_tables(f, f | {"section3": {**f["section3"], "carried_forward": f["section3"]["carried_over"]}}) == []
        text = draft_overview(f, "某局") + "\n" + draft_other(f)
        claims = read_claims(text)
        assert {c.key for c in claims} >= {"s3.new", "s3.carried_over", "s3.total", "s3.carried_forward",
                                           "s3.disclosed", "s4.reconsideration", "s4.litigation", "fees"}
        assert check_r6(claims, f) == []
        assert next(c for c in claims if c.key == "fees").value == Decimal("125.5")


def test_each_rule_names_its_cells():
    f = figures()
    f["section3"]["total"][0] += 1  # R1 and R2 in the 自然人 column, R3 in the （七）总计 row
    f["section4"]["litigation_direct"]["total"] = 3  # R4
    previous = {"format": "2021", "section3": {**f["section3"], "carried_forward": [2] + [0] * 5 + [2]}}
    rules = {(v.rule, v.cells[0]) for v in check_tables(f, previous)}
    assert ("R1", "三·一、本年新收政府信息公开申请数量·自然人") in rules
    assert ("R2", "三·（七）总计·自然人") in rules
    assert ("R3", "三·（七）总计·总计") in rules
    assert ("R4", "四·行政诉讼·未经复议直接起诉·结果维持") in rules
    assert ("R5", "三·二、上年结转政府信息公开申请数量·自然人") in rules


def test_label_variants_and_units():
    text = normalise("全年收到政府信息公开申请１２件，上年度結轉3件。收取信息处理费0.02万元。")
    claims = {c.key: c.value for c in read_claims(text)}
    assert claims == {"s3.new": Decimal(12), "s3.carried_over": Decimal(3), "fees": Decimal(200)}


def test_the_2019_format_has_one_other_row():
    codes = result_codes("2019")
    assert "other" in codes and "other.no_supplement" not in codes and len(section3_rows("2019")) == 23
    assert len(section3_rows("2021")) == 25
