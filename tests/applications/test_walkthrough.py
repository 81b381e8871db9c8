"""The issue's "done when" walkthrough, through the gateway with real accounts: a citizen applies online without an
account, staff confirm receipt, request a supplement, the citizen supplements online, the handler consults a third
party, an approver extends, the reply "部分公开" is approved and dispatched with its .docx letter, and the citizen
downloads it with the query code — each due date checked against the official calendar."""
import io
from datetime import date

from docx import Document

import pytest

from tests.applications.conftest import application, official_workdays_after
from tests.support.helpers import assert_problem, bearer, staff_account

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

PASSWORD = "Walk-Through-2026"
API = "/api/v1/applications"


async def _user(gw, admin_token, agency_id, role):
    return await staff_account(gw, admin_token, agency_id, role, PASSWORD)


async def _case(gw, token, case_id):
    resp = await gw.get(f"{API}/cases/{case_id}", headers=bearer(token))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _act(gw, token, case_id, action, body):
    current = await _case(gw, token, case_id)
    resp = await gw.post(f"{API}/cases/{case_id}/{action.replace('_', '-')}", json={"version": current["version"], **body},
                         headers=bearer(token))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _lookup(gw, number, code):
    resp = await gw.post(f"{API}/selfservice/lookup", json={"number": number, "query_code": code})
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_done_when_walkthrough(gw, admin_token, county, today):
    clerk = await _user(gw, admin_token, county["id"], "clerk")
    approver = await _user(gw, admin_token, county["id"], "approver")
    official = official_workdays_after

    # 1. a citizen applies online, without an account
    today("2026-03-02")
    resp = await gw.post(f"{API}/applications", json=application(county["id"]))
    assert resp.status_code == 201, resp.text
    sub = resp.json()
    number, code, case_id = sub["number"], sub["query_code"], sub["cases"][0]["id"]
    assert sub["channel"] == "online" and code
    view = await _lookup(gw, number, code)
    assert view["cases"][0]["status"] == "registered" and view["cases"][0]["due_on"] is None

    # 2. staff confirm receipt the same day: 20 working days from 2026-03-02
    c = await _act(gw, clerk, case_id, "receive", {"received_on": "2026-03-02"})
    assert c["due_on"] == official(date(2026, 3, 2), 20).isoformat() == "2026-03-30"
    await _act(gw, clerk, case_id, "assign", {"department": "办公室"})

    # 3. a supplement request on 2026-03-05 (3rd working day), one notice listing everything
    today("2026-03-05")
    c = await _act(gw, clerk, case_id, "request_supplement", {
        "requested_on": "2026-03-05", "deadline": "2026-03-19",
        "items": ["请写明所需信息的文号或形成时间", "请补充身份证明复印件"]})
    assert c["status"] == "supplement_requested" and c["due_on"] is None
    view = await _lookup(gw, number, code)
    assert view["cases"][0]["supplement"]["items"] == ["请写明所需信息的文号或形成时间", "请补充身份证明复印件"]

    # 4. the citizen supplements online on 2026-03-10: the clock restarts from that day
    today("2026-03-10")
    resp = await gw.post(f"{API}/selfservice/supplement", json={
        "number": number, "query_code": code, "case_id": case_id, "text": "文号为东政发〔2025〕12号，身份证明已补充。"})
    assert resp.status_code == 200, resp.text
    due = official(date(2026, 3, 10), 20)
    assert resp.json()["cases"][0]["due_on"] == due.isoformat() == "2026-04-08"  # Qingming 4/4–6 skipped

    # 5. the handler consults a third party on 3/12; its answer arrives on 3/20: that time does not count
    today("2026-03-12")
    c = await _act(gw, clerk, case_id, "start_consultation", {
        "party": "third_party", "party_name": "江城建设工程有限公司", "started_on": "2026-03-12",
        "scope": "资金使用明细中涉及该公司的合同金额"})
    assert c["status"] == "consulting"
    ref = next(e for e in c["events"] if e["kind"] == "consultation_started")["data"]["ref"]
    today("2026-03-20")
    c = await _act(gw, clerk, case_id, "end_consultation", {"ref": ref, "ended_on": "2026-03-20", "answer": "objection",
                                                             "summary": "合同金额涉及商业秘密"})
    due = official(date(2026, 3, 10), 20, paused=(date(2026, 3, 12), date(2026, 3, 20)))
    assert c["due_on"] == due.isoformat() == "2026-04-16"
    pause = [s for s in c["clock"]["segments"] if s["kind"] == "pause"]
    assert pause == [{"kind": "pause", "from": "2026-03-13", "to": "2026-03-20", "working_days": 6,
                      "pause": "third_party", "label": "征求第三方意见"}]

    # 6. an extension needs the approver; the clerk is refused
    today("2026-04-01")
    current = await _case(gw, clerk, case_id)
    resp = await gw.post(f"{API}/cases/{case_id}/extend", json={"version": current["version"],
                         "extended_on": "2026-04-01", "days": 20, "reason": "需要对大量资金明细逐条审查"},
                         headers=bearer(clerk))
    assert_problem(resp, 403, "forbidden")
    c = await _act(gw, approver, case_id, "extend", {"extended_on": "2026-04-01", "days": 20,
                                                        "reason": "需要对大量资金明细逐条审查"})
    due = official(date(2026, 3, 10), 40, paused=(date(2026, 3, 12), date(2026, 3, 20)))
    assert c["due_on"] == due.isoformat() == "2026-05-18"  # Labour Day 5/1–5 off, Saturday 5/9 worked
    assert {lt["kind"] for lt in c["letters"]} >= {"receipt", "supplement_notice", "third_party_consultation",
                                                   "consultation_notice", "extension_notice"}

    # 7. the reply "部分公开": drafted by the clerk, approved by the approver, dispatched with its letter
    today("2026-04-20")
    c = await _act(gw, clerk, case_id, "draft_reply", {"outcome": "partly_disclosed",
                                                 "details": "资金批复文件予以公开；合同金额涉及第三方商业秘密，不予公开。"})
    c = await _act(gw, approver, case_id, "approve_reply", {"comment": "同意"})
    today("2026-04-21")
    c = await _act(gw, clerk, case_id, "dispatch_reply", {"dispatched_on": "2026-04-21", "method": "online"})
    assert c["status"] == "replied" and c["outcome"] == "partly_disclosed" and c["on_time"] is True

    # 8. the citizen downloads the reply with the query code, exactly as archived
    view = await _lookup(gw, number, code)
    mine = view["cases"][0]
    assert mine["status"] == "replied" and mine["outcome_label"] == "部分公开"
    reply = next(lt for lt in mine["letters"] if lt["kind"] == "reply")
    resp = await gw.post(f"{API}/selfservice/letters/{reply['id']}",
                         json={"number": number, "query_code": code, "format": "docx"})
    assert resp.status_code == 200, resp.text
    import hashlib

    assert hashlib.sha256(resp.content).hexdigest() == reply["docx_sha256"]
    text = "\n".join(p.text for p in Document(io.BytesIO(resp.content)).paragraphs)
    assert "政府信息公开申请答复书" in text and "能够作区分处理" in text and "第三十七条" in text
    assert "60日内" in text and "6个月内" in text and number in text
    assert "合同金额涉及第三方商业秘密" in text
    # letters to the third party are not the applicant's to download
    third = next(lt for lt in c["letters"] if lt["kind"] == "third_party_consultation")
    resp = await gw.post(f"{API}/selfservice/letters/{third['id']}", json={"number": number, "query_code": code})
    assert_problem(resp, 404)
