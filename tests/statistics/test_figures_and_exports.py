"""Figures with no source in the platform (entered by staff, pushed by an API client with Idempotency-Key), the
2019 trial format, and the exports in the official layout."""
from __future__ import annotations

import io

import httpx
import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from services.statistics.checker.extract import pdf_text
from tests.statistics.support import drained, new_id, small_tree, staff
from tests.support.helpers import assert_problem

FIG = "/api/v1/statistics/figures"


@pytest.fixture(scope="module")
async def tree(stack, admin_token):
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return await small_tree(client, admin_token)


async def test_staff_enter_figures_and_a_platform_pushes_them_idempotently(gw, stack, tree):
    clerk = staff(stack, tree["dept"], scope="own", perms=["statistics.figures:write", "statistics.report:read"])
    url = f"{FIG}/{tree['dept']['id']}/2024"
    first = await gw.get(url, headers=clerk)
    assert first.status_code == 200 and first.json()["version"] is None
    assert {d["code"] for d in first.json()["definitions"]} == {
        "licensing.decisions", "punishment.decisions", "coercion.decisions", "fees.amount_wan"}
    resp = await gw.put(url, json={"figures": {"licensing.decisions": 120, "fees.amount_wan": "12.3456"}}, headers=clerk)
    assert resp.status_code == 200, resp.text
    assert resp.json()["figures"]["fees.amount_wan"] == "12.3456" and resp.json()["version"] == 1
    # staff must say which version they edit
    assert_problem(await gw.put(url, json={"figures": {"licensing.decisions": 1}}, headers=clerk), 409, "version_conflict")
    body = assert_problem(await gw.put(url, json={"version": 1, "figures": {
        "licensing.decisions": -1, "fees.amount_wan": "1.00001", "punishment.decisions": 1.5, "no.such": 1}},
        headers=clerk), 422, "validation_error")
    assert {e["field"]: e["code"] for e in body["errors"]} == {
        "figures.licensing.decisions": "negative", "figures.fees.amount_wan": "precision",
        "figures.punishment.decisions": "integer", "figures.no.such": "unknown"}
    assert_problem(await gw.put(f"{FIG}/{tree['county']['id']}/2024", json={"figures": {}}, headers=clerk), 403,
                   "out_of_scope")

    from tests.support.helpers import bearer, mint_token

    client = bearer(mint_token(stack.key, kind="client", perms=["statistics.figures:write"], scope="subtree",
                               agency_id=tree["county"]["id"], agency_path=tree["county"]["path"]))
    key = {"Idempotency-Key": "push-" + new_id()}
    town_url = f"{FIG}/{tree['town']['id']}/2024"
    one = await gw.put(town_url, json={"figures": {"punishment.decisions": 7, "coercion.decisions": 2}},
                       headers={**client, **key})
    two = await gw.put(town_url, json={"figures": {"punishment.decisions": 7, "coercion.decisions": 2}},
                       headers={**client, **key})
    assert one.status_code == two.status_code == 200 and two.headers.get("idempotent-replayed") == "true"
    assert two.json()["version"] == 1 and two.json()["source"] == "client"
    assert_problem(await gw.put(town_url, json={"figures": {"punishment.decisions": 8}}, headers={**client, **key}),
                   422, "idempotency_key_reused")

    # the figures go into section 二, summed over the roll-up
    resp = await gw.get("/api/v1/statistics/reports/compute", params={
        "agency_id": tree["city"]["id"], "year": 2024, "scope": "rollup"}, headers=staff(stack, tree["city"]))
    s2 = resp.json()["figures"]["section2"]
    assert s2["licensing.decisions"] == "120" and s2["punishment.decisions"] == "7" and s2["fees.amount_wan"] == "12.3456"


async def test_2019_trial_format_for_2019_and_2020(gw, stack, tree, events):
    headers = staff(stack, tree["city"])
    defs = (await gw.get(f"{FIG}/{tree['dept']['id']}/2020", headers=headers)).json()
    assert defs["format"] == "2019" and "procurement.amount_wan" in {d["code"] for d in defs["definitions"]}
    resp = await gw.put(f"{FIG}/{tree['dept']['id']}/2020", json={"figures": {"licensing.items_change": -3}},
                        headers=headers)
    assert resp.status_code == 200, resp.text
    cid = new_id()
    await events.case("closed", case_id=cid, version=1, agency=tree["dept"], received_on="2020-03-01",
                      closed_on="2020-03-05", outcome="other.fee_unpaid")
    await events.entry("published", entry_id=new_id(), version=1, agency=tree["dept"], regulation_kind="normative",
                       written_on="2020-02-01", issued_on="2020-02-01", published_at="2020-02-03T10:00:00+08:00")
    await drained(stack)
    figures = (await gw.get("/api/v1/statistics/reports/compute", params={
        "agency_id": tree["dept"]["id"], "year": 2020}, headers=headers)).json()["figures"]
    assert figures["format"] == "2019"
    assert figures["section3"]["other"][6] == 1 and "other.fee_unpaid" not in figures["section3"]
    assert figures["section2"]["normative.made"] == "1" and figures["section2"]["normative.published"] == "1"
    assert figures["section2"]["licensing.items_change"] == "-3"


async def _report(gw, stack, agency, year):
    headers = staff(stack, agency)
    resp = await gw.post("/api/v1/statistics/reports", json={"agency_id": agency["id"], "year": year}, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json(), headers


async def test_docx_has_the_official_layout_with_merged_header_cells(gw, stack, tree, events):
    await events.case("closed", case_id=new_id(), version=1, agency=tree["county_dept"], received_on="2023-02-01",
                      closed_on="2023-02-10", outcome="partly_disclosed", applicant_type="legal_service")
    await drained(stack)
    report, headers = await _report(gw, stack, tree["county_dept"], 2023)
    resp = await gw.get(f"/api/v1/statistics/reports/{report['id']}/export.docx", headers=headers)
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    doc = Document(io.BytesIO(resp.content))
    headings = [p.text for p in doc.paragraphs if p.text.startswith(("一、", "二、", "三、", "四、", "五、", "六、"))]
    assert headings == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    assert len(doc.tables) == 6  # four small tables of section 二, one of 三, one of 四
    t3 = doc.tables[4]
    # the top-left cell spans 3 columns and 3 rows; 法人或其他组织 spans the five organisation columns
    top_left = t3.cell(0, 0)
    assert top_left.text == "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    assert t3.cell(2, 2)._tc is top_left._tc and t3.cell(0, 2)._tc is top_left._tc
    assert t3.cell(1, 4).text == "法人或其他组织" and t3.cell(1, 8)._tc is t3.cell(1, 4)._tc
    assert t3.cell(1, 3).text == "自然人" and t3.cell(2, 3)._tc is t3.cell(1, 3)._tc
    rows = [[c.text for c in r.cells] for r in t3.rows]
    partly = next(r for r in rows if r[1].startswith("（二）部分公开"))
    assert partly[-3:] == ["1", "0", "1"]  # 法律服务机构, 其他, 总计
    assert rows[-1][0] == "四、结转下年度继续办理" and len(t3.rows) == 3 + 2 + 22 + 1
    t4 = doc.tables[5]
    assert t4.cell(0, 0).text == "行政复议" and t4.cell(0, 4)._tc is t4.cell(0, 0)._tc
    assert t4.cell(1, 5).text == "未经复议直接起诉" and len(t4.rows[3].cells) == 15


async def test_xlsx_and_pdf_exports(gw, stack, tree):
    report, headers = await _report(gw, stack, tree["town"], 2023)
    xlsx = await gw.get(f"/api/v1/statistics/reports/{report['id']}/export.xlsx", headers=headers)
    wb = load_workbook(io.BytesIO(xlsx.content))
    ws = wb["表格"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    labels = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "法人或其他组织" in labels and "复议后起诉" in labels
    top_left = next(c for row in ws.iter_rows() for c in row if c.value and str(c.value).startswith("（本列数据"))
    assert f"{top_left.coordinate}:C{top_left.row + 2}" in merged
    pdf = await gw.get(f"/api/v1/statistics/reports/{report['id']}/export.pdf", headers=headers)
    assert pdf.headers["content-type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(pdf.content)).pages) >= 2
    text = pdf_text(pdf.content)
    assert "三、收到和处理政府信息公开申请情况" in text and "法人或其他组织" in text
    html = await gw.get(f"/api/v1/statistics/reports/{report['id']}/export.html", headers=headers)
    assert '<th colspan="3" rowspan="3">' in html.text
