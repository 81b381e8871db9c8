"""The report checker reads reports published anywhere and lists every violated rule with its cells."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.statistics.support import drained, new_id, small_tree, staff
from tests.support.helpers import assert_problem

CHECK = "/api/v1/statistics/checker"
SAMPLES = Path("/work/shared/samples/documents")
if not SAMPLES.exists():  # CI checks out shared/ beside the repository
    SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "documents"

# A 2021-format report as copied from a web page (tabs between cells), with label variants: half-width brackets,
# traditional characters in one label, "——" for zero, split group labels. Its tables break R1 (自然人 column),
# R2 (商业企业 column), R3 (row （一）) and R4 (行政复议); its text states 9 new applications against 8.
WEB_TEXT = """XX县人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，本县新收政府信息公开申请9件，上年结转2件，本年共办结8件，其中予以公开5件、部分公开1件、不予公开1件、无法提供1件。
二、主动公开政府信息情况
第二十条第(一)项
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t3
规范性文件\t4\t1\t25
第二十条第(五)项
信息内容\t本年处理决定数量
行政许可\t1203
三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况
自然人\t法人或其他组织\t总计
商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
一、本年新收政府信息公开申请数量\t6\t2\t0\t0\t0\t0\t8
二、上年結轉政府信息公開申請數量\t2\t0\t0\t0\t0\t0\t2
三、本年度办理结果\t(一)予以公开\t4\t1\t0\t0\t0\t0\t6
(二)部分公开(区分处理的,只计这一情形,不计其他情形)\t1\t0\t0\t0\t0\t0\t1
(三)不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0
3.危及"三安全一稳定"\t0\t0\t0\t0\t0\t0\t0
4.保护第三方合法权益\t1\t0\t0\t0\t0\t0\t1
5.属于三类内部事务信息\t——\t——\t——\t——\t——\t——\t——
6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0
7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0
8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0
(四)无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1
2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0
3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0
(五)不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0
2.重复申请\t0\t0\t0\t0\t0\t0\t0
3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0
4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0
5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0
(六)其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0
3.其他\t0\t0\t0\t0\t0\t0\t0
(七)总计\t7\t2\t0\t0\t0\t0\t9
四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0
四、政府信息公开行政复议、行政诉讼情况
行政复议\t行政诉讼
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉
结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
1\t0\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
五、存在的主要问题及改进情况
无。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


@pytest.fixture(scope="module")
def checker_headers(stack):
    return staff(stack, {"id": 1, "path": "/1/"}, perms=["statistics.checker:use"], scope="own")


async def _check(gw, headers, **kw):
    resp = await gw.post(CHECK, headers=headers, **kw)
    assert resp.status_code == 200, resp.text
    return resp.json()


def _rules(result):
    return sorted({(v["rule"], v["cells"][0]) for v in result["violations"]})


async def test_the_changde_report_consultation_figures_do_not_add_up(gw, checker_headers):
    text = (SAMPLES / "changde-bianban-2018-annual-report.txt").read_text()
    result = await _check(gw, checker_headers, data={"text": text})
    assert not result["found"]["section3"] and result["notes"]
    [violation] = result["violations"]
    assert violation["rule"] == "R6" and violation["expected"] == "688" and violation["actual"] == "699"
    assert "699" in violation["message"] and "68+372+115+133" in violation["message"]


@pytest.mark.parametrize("name", ["guangde-dongting-2016-annual-report.txt", "luan-2021h1-disclosure-summary.txt",
                                  "self-inspection-report-template.txt", "ewenki-2017-disclosure-notice.txt"])
async def test_other_samples_raise_no_false_alarms(gw, checker_headers, name):
    text = (SAMPLES / name).read_bytes()
    result = await _check(gw, checker_headers, files={"file": (name, text, "text/plain")})
    assert result["violations"] == [], result["violations"]


async def test_a_web_copied_report_with_label_variants_lists_every_broken_rule(gw, checker_headers):
    result = await _check(gw, checker_headers, data={"text": WEB_TEXT})
    assert result["format"] == "2021" and result["year"] == 2024 and result["found"]["section3"]
    rows = result["figures"]["section3"]
    assert rows["carried_over"] == [2, 0, 0, 0, 0, 0, 2]  # read through the traditional characters
    assert rows["withheld.internal_affairs"] == [0] * 7  # dashes read as zero
    assert result["figures"]["section2"]["normative.issued"] == "4"  # 规范性文件 for 行政规范性文件
    rules = {v["rule"] for v in result["violations"]}
    assert rules == {"R1", "R2", "R3", "R4", "R6"}
    by_rule = {}
    for v in result["violations"]:
        by_rule.setdefault(v["rule"], []).append(v)
    assert [v["cells"][0] for v in by_rule["R1"]] == ["三·一、本年新收政府信息公开申请数量·自然人",
                                                    "三·一、本年新收政府信息公开申请数量·总计"]
    assert any("（一）予以公开" in v["message"] for v in by_rule["R3"])
    r2 = [v for v in by_rule["R2"] if "商业企业" in v["message"]]
    assert r2 and r2[0]["actual"] == "2" and r2[0]["expected"] == "1"
    assert by_rule["R4"][0]["cells"][0].startswith("四·行政复议")
    r6 = [v for v in by_rule["R6"] if v["actual"] == "9"]
    assert r6 and r6[0]["expected"] == "8" and "三·一、本年新收·总计" in r6[0]["cells"]


# sentences of section 一 that name the labels of sections 三 and 四 with other numbers
LABEL_PROSE = ("近三年来，被申请行政复议后又被提起诉讼的案件中，其中复议后起诉 3 件，结果维持 9 件，结果纠正 4 件。\n"
               "一、本年新收政府信息公开申请数量较上年增加 8 件；结转下年度继续办理的申请较上年减少 4 件。\n"
               "复议后起诉\t3\t件\t维持\t2\t件\t纠正\t1\t件\n"
               "行政复议、行政诉讼\n")


async def test_text_naming_the_table_labels_is_not_read_as_a_table(gw, checker_headers):
    plain = await _check(gw, checker_headers, data={"text": WEB_TEXT})
    text = WEB_TEXT.replace("二、主动公开政府信息情况\n", LABEL_PROSE + "二、主动公开政府信息情况\n")
    assert text != WEB_TEXT
    result = await _check(gw, checker_headers, data={"text": text})
    assert result["figures"]["section3"] == plain["figures"]["section3"]
    assert result["figures"]["section4"] == plain["figures"]["section4"]
    assert result["figures"]["section4"]["reconsideration"] == {"upheld": 1, "corrected": 0, "other": 0, "pending": 0,
                                                                "total": 2}
    assert _rules(result) == _rules(plain)


@pytest.mark.parametrize("kind", ["text", "docx"])
async def test_a_consistent_report_naming_the_table_labels_in_its_text_passes(gw, checker_headers, kind):
    from tests.statistics.test_checker_tables import RENDER, document, figures

    fig = figures()
    data = RENDER[kind](document(fig))
    kw = {"data": {"text": data.decode()}} if kind == "text" else {
        "files": {"file": ("report.docx", data, "application/octet-stream")}}
    result = await _check(gw, checker_headers, **kw)
    assert result["violations"] == [], result["violations"]
    assert result["figures"]["section3"] == fig["section3"] and result["figures"]["section4"] == fig["section4"]


async def test_r5_against_last_years_report(gw, checker_headers):
    last_year = WEB_TEXT.replace("2024年", "2023年").replace(
        "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3")
    result = await _check(gw, checker_headers, data={"text": WEB_TEXT},
                          files={"previous": ("2023.txt", last_year.encode(), "text/plain")})
    r5 = [v for v in result["violations"] if v["rule"] == "R5"]
    assert [v["cells"][0] for v in r5] == ["三·二、上年结转政府信息公开申请数量·自然人", "三·二、上年结转政府信息公开申请数量·总计"]


@pytest.fixture(scope="module")
async def our_report(stack, admin_token):
    """A report made by the platform, with a text that states a different total than its table."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        tree = await small_tree(client, admin_token)
        from kernel.events import Broker
        from tests.statistics.support import Events

        broker = Broker(stack.infra.nats_url, "test-checker-feed")
        await broker.connect(wait=10)
        events = Events(broker)
        for i, (kind, outcome) in enumerate((("natural_person", "disclosed"), ("commercial", "withheld.third_party"),
                                             ("research", None))):
            await events.case("closed" if outcome else "received", case_id=new_id(), version=1, agency=tree["dept"],
                              applicant_type=kind, received_on=f"2023-0{i + 1}-05",
                              closed_on=f"2023-0{i + 2}-01" if outcome else None, outcome=outcome)
        await events.appeal("decided", appeal_id=new_id(), version=1, agency_id=tree["dept"]["id"],
                            agency_path=tree["dept"]["path"], kind="reconsideration", filed_on="2023-05-01",
                            outcome="corrected", decided_on="2023-07-01")
        await broker.close()
        await drained(stack)
        headers = staff(stack, tree["dept"])
        report = (await client.post("/api/v1/statistics/reports", json={"agency_id": tree["dept"]["id"], "year": 2023},
                                    headers=headers)).json()
        exports = {}
        for kind in ("docx", "xlsx", "pdf", "html"):
            exports[kind] = (await client.get(f"/api/v1/statistics/reports/{report['id']}/export.{kind}",
                                              headers=headers)).content
        wrong = report["overview_text"].replace("本年共办结2件", "本年共办结4件")
        assert wrong != report["overview_text"]
        resp = await client.patch(f"/api/v1/statistics/reports/{report['id']}",
                                  json={"version": report["version"], "overview_text": wrong}, headers=headers)
        assert resp.status_code == 200
        exports["docx_wrong"] = (await client.get(f"/api/v1/statistics/reports/{report['id']}/export.docx",
                                                  headers=headers)).content
        exports["pdf_wrong"] = (await client.get(f"/api/v1/statistics/reports/{report['id']}/export.pdf",
                                                 headers=headers)).content
        return report, exports


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf", "html"])
async def test_reads_back_the_platforms_own_exports(gw, checker_headers, our_report, kind):
    report, exports = our_report
    result = await _check(gw, checker_headers, files={"file": (f"report.{kind}", exports[kind], "application/octet-stream")})
    assert result["kind"] == kind and result["violations"] == [], result
    assert result["figures"]["section3"] == report["figures"]["section3"]
    assert result["figures"]["section4"] == report["figures"]["section4"]
    if kind != "xlsx":  # the text sections are on a second sheet in .xlsx
        assert result["claims"] >= 10


@pytest.mark.parametrize("kind", ["docx_wrong", "pdf_wrong"])
async def test_flags_a_report_whose_text_states_a_different_total_than_its_table(gw, checker_headers, our_report, kind):
    _, exports = our_report
    result = await _check(gw, checker_headers, files={"file": ("report", exports[kind], "application/octet-stream")})
    violations = [v for v in result["violations"] if v["rule"] == "R6"]
    # the stated total (4) against the table's （七）总计 (2), and against the sum of the listed results
    assert any(v["actual"] == "4" and v["expected"] == "2" and "三·（七）总计·总计" in v["cells"] for v in violations), violations
    assert any(v["cells"][0].startswith("正文：") and "其中" in v["cells"][0] for v in violations), violations


async def test_bad_input_is_refused_clearly(gw, checker_headers):
    assert_problem(await gw.post(CHECK, headers=checker_headers), 400, "bad_request")
    body = assert_problem(await gw.post(CHECK, headers=checker_headers,
                                        files={"file": ("x.docx", b"PK\x03\x04broken", "application/zip")}), 422,
                          "checker_unreadable")
    assert "压缩文件" in body["detail"]
    resp = await gw.post(CHECK, headers={**checker_headers, "Accept-Language": "en"},
                         files={"file": ("x.pdf", b"%PDF-1.4 nothing", "application/pdf")})
    assert_problem(resp, 422, "checker_unreadable")
    assert_problem(await gw.post(CHECK, data={"text": "x"}), 401)


async def test_a_zip_that_inflates_to_gigabytes_is_refused(gw, checker_headers):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w/>")
        info = zipfile.ZipInfo("word/media/big.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(210):
                f.write(chunk)
    body = assert_problem(await gw.post(CHECK, headers=checker_headers,
                                        files={"file": ("bomb.docx", buffer.getvalue(), "application/zip")}), 422,
                          "checker_unreadable")
    assert "解压后过大" in body["detail"]


async def test_reads_the_2019_trial_format(gw, stack, admin_token, checker_headers, events):
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        tree = await small_tree(client, admin_token)
    for outcome in ("other.no_supplement", "other.fee_unpaid", "disclosed"):
        await events.case("closed", case_id=new_id(), version=1, agency=tree["town"], received_on="2020-04-01",
                          closed_on="2020-04-20", outcome=outcome)
    await drained(stack)
    headers = staff(stack, tree["town"])
    report = (await gw.post("/api/v1/statistics/reports", json={"agency_id": tree["town"]["id"], "year": 2020},
                            headers=headers)).json()
    assert report["format"] == "2019" and report["figures"]["section3"]["other"][6] == 2
    for kind in ("docx", "pdf"):
        data = (await gw.get(f"/api/v1/statistics/reports/{report['id']}/export.{kind}", headers=headers)).content
        result = await _check(gw, checker_headers, files={"file": (f"r.{kind}", data, "application/octet-stream")})
        assert result["format"] == "2019" and result["violations"] == [], result
        assert result["figures"]["section3"] == report["figures"]["section3"]
        assert result["figures"]["section2"]["procurement.amount_wan"] == "0.0000"
