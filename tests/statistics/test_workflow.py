"""Report workflow: draft → submitted → returned with comments → submitted → accepted → published (event for
catalog, files kept and public); R6 blocks a text that contradicts the tables; deadlines; scope and roles."""
from __future__ import annotations

import asyncio
import io
import json

import httpx
import nats
import pytest
from docx import Document

from tests.statistics.support import drained, new_id, small_tree, staff
from tests.support.helpers import assert_problem, eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/statistics/reports"


@pytest.fixture(scope="module")
async def tree(stack, admin_token):
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return await small_tree(client, admin_token)


async def _published_events(broker, report_id: int) -> list[dict]:
    sub = await broker.js.pull_subscribe("statistics.report.published", stream="STATISTICS")
    found = []
    try:
        while True:
            msgs = await sub.fetch(100, timeout=1)
            for m in msgs:
                body = json.loads(m.data)
                if body["data"]["report_id"] == report_id:
                    found.append(body)
    except (nats.errors.TimeoutError, asyncio.TimeoutError):
        pass  # everything read
    finally:
        await sub.unsubscribe()
    return found


async def test_draft_submit_return_accept_publish(gw, stack, tree, events):
    dept = tree["dept"]
    for i, outcome in enumerate(("disclosed", "partly_disclosed", "withheld.process_info")):
        await events.case("closed", case_id=new_id(), version=1, agency=dept, received_on=f"2025-0{i + 1}-10",
                          closed_on=f"2025-0{i + 2}-01", outcome=outcome, fee_yuan="50")
    await drained(stack)
    clerk = staff(stack, dept, scope="own", sub="clerk-" + new_id(),
                  perms=["statistics.report:read", "statistics.report:write", "statistics.figures:write"])
    supervisor = staff(stack, tree["city"], sub="supervisor-" + new_id())
    other_supervisor = staff(stack, tree["city"], sub="supervisor-" + new_id())

    resp = await gw.post(API, json={"agency_id": dept["id"], "year": 2025}, headers=clerk)
    assert resp.status_code == 201, resp.text
    report = resp.json()
    assert report["status"] == "draft" and report["live"] and report["format"] == "2021"
    assert "本年新收政府信息公开申请3件" in report["overview_text"] and report["violations"] == []
    assert "收取信息处理费150元" in report["other_text"]
    assert_problem(await gw.post(API, json={"agency_id": dept["id"], "year": 2025}, headers=clerk), 409, "report_exists")

    # a text that states a different total than the table cannot be submitted
    wrong = report["overview_text"].replace("本年新收政府信息公开申请3件", "本年新收政府信息公开申请5件")
    resp = await gw.patch(f"{API}/{report['id']}", json={"version": report["version"], "overview_text": wrong},
                          headers=clerk)
    report = resp.json()
    assert [v["rule"] for v in report["violations"]] == ["R6"]
    assert "三·一、本年新收·总计" in report["violations"][0]["cells"]
    body = assert_problem(await gw.post(f"{API}/{report['id']}/submit", json={"version": report["version"]},
                                        headers=clerk), 422, "report_inconsistent")
    assert body["violations"][0]["rule"] == "R6" and body["violations"][0]["expected"] == "3"
    # a stale version is refused
    assert_problem(await gw.patch(f"{API}/{report['id']}", json={"version": 1, "problems_text": "x"}, headers=clerk),
                   409, "version_conflict")
    drafts = (await gw.get(f"{API}/{report['id']}/drafts", headers=clerk)).json()
    resp = await gw.patch(f"{API}/{report['id']}", json={
        "version": report["version"], "overview_text": drafts["overview_text"],
        "problems_text": "一是依申请公开答复规范性有待加强。\n二是政策解读形式较单一。"}, headers=clerk)
    report = resp.json()
    assert report["violations"] == []

    resp = await gw.post(f"{API}/{report['id']}/submit", json={"version": report["version"]}, headers=clerk)
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["status"] == "submitted" and not report["live"]
    frozen = report["figures"]
    # a clerk has no review permission
    assert_problem(await gw.post(f"{API}/{report['id']}/accept", json={"version": report["version"]}, headers=clerk),
                   403, "forbidden")
    assert_problem(await gw.patch(f"{API}/{report['id']}", json={"version": report["version"], "title": "新的年度报告标题"},
                                  headers=clerk), 409, "report_state")
    # returned with comments: editable again, tables live again
    assert_problem(await gw.post(f"{API}/{report['id']}/return", json={"version": report["version"]},
                                 headers=supervisor), 422)
    resp = await gw.post(f"{API}/{report['id']}/return",
                         json={"version": report["version"], "comment": "请补充平台建设情况。"}, headers=supervisor)
    report = resp.json()
    assert report["status"] == "returned" and report["review_comment"] == "请补充平台建设情况。" and report["live"]

    # a case closed meanwhile changes the live tables; resubmission freezes the new numbers
    await events.case("closed", case_id=new_id(), version=1, agency=dept, received_on="2025-06-01",
                      closed_on="2025-06-20", outcome="disclosed")
    await drained(stack)
    resp = await gw.patch(f"{API}/{report['id']}", json={"version": report["version"],
                          "overview_text": (await gw.get(f"{API}/{report['id']}/drafts", headers=clerk)).json()["overview_text"]},
                          headers=clerk)
    report = resp.json()
    # this time the supervisor submits: someone else has to accept it
    report = (await gw.post(f"{API}/{report['id']}/submit", json={"version": report["version"]},
                            headers=supervisor)).json()
    assert report["figures"]["section3"]["new"][6] == frozen["section3"]["new"][6] + 1
    assert_problem(await gw.post(f"{API}/{report['id']}/accept", json={"version": report["version"]},
                                 headers=supervisor), 403, "report_self_review")
    report = (await gw.post(f"{API}/{report['id']}/accept", json={"version": report["version"]},
                            headers=other_supervisor)).json()
    assert report["status"] == "accepted"
    assert_problem(await gw.post(f"{API}/{report['id']}/publish", json={"version": report["version"]}, headers=clerk), 403)
    resp = await gw.post(f"{API}/{report['id']}/publish", json={"version": report["version"]}, headers=supervisor)
    assert resp.status_code == 200, resp.text
    report = resp.json()
    assert report["status"] == "published" and set(report["files"]) == {"docx", "xlsx", "pdf"}

    # the published files are public, as published (no token)
    pdf = await gw.get(report["files"]["pdf"])
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    docx = await gw.get(report["files"]["docx"])
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "一、总体情况" in text and "五、存在的主要问题及改进情况" in text

    found: list[dict] = []

    async def relayed() -> bool:  # the outbox relay publishes right after the commit
        found[:] = await _published_events(events.broker, report["id"])
        return bool(found)

    await eventually(relayed, timeout=10, interval=0.2)
    assert len(found) == 1
    data = found[0]["data"]
    assert data["agency_id"] == dept["id"] and data["year"] == 2025 and data["title"] == report["title"]
    assert data["pdf_url"].endswith(f"/public/reports/{report['id']}/report.pdf")
    assert "<table" in data["body_html"] and "予以公开" in data["body_html"]

    history = (await gw.get(f"{API}/{report['id']}/history", headers=clerk)).json()
    assert [h["action"] for h in history] == ["created", "updated", "updated", "submitted", "returned", "updated",
                                              "submitted", "accepted", "published"]
    audit = (await gw.get("/api/v1/statistics/audit", params={"entity_id": str(report["id"])},
                          headers=staff(stack, tree["city"], perms=["audit:read"]))).json()
    assert {e["action"] for e in audit["items"]} >= {"report.created", "report.submitted", "report.published"}

    # catalog publishes it in the agency's annual-report column, for everyone to read
    catalog_staff = staff(stack, dept, perms=["catalog.entry:read"], scope="own")
    listed: list[dict] = []

    async def catalogued() -> bool:
        resp = await gw.get("/api/v1/catalog/entries", params={"agency_id": dept["id"], "genre": "report"},
                            headers=catalog_staff)
        listed[:] = resp.json()["items"] if resp.status_code == 200 else []
        return bool(listed)

    await eventually(catalogued, timeout=10, interval=0.2)
    assert len(listed) == 1 and listed[0]["status"] == "published" and listed[0]["index_number"]
    entry = (await gw.get(f"/api/v1/catalog/public/entries/{listed[0]['id']}")).json()
    assert entry["title"] == report["title"] and entry["genre"] == "report"
    assert entry["column"]["name"] == "政府信息公开年度报告" and "予以公开" in entry["body_html"]
    assert report["files"]["pdf"] in entry["body_html"]
    reports = (await gw.get("/api/v1/catalog/public/annual-reports", params={"agency_id": tree["city"]["id"]})).json()
    assert [r["id"] for r in reports["items"]] == [entry["id"]] and reports["items"][0]["agency"]["id"] == dept["id"]


async def test_the_current_year_cannot_be_submitted_and_other_agencies_are_out_of_scope(gw, stack, tree):
    from services.statistics.reports.service import today_in_china

    year = today_in_china().year
    town_clerk = staff(stack, tree["town"], scope="own")
    report = (await gw.post(API, json={"agency_id": tree["town"]["id"], "year": year}, headers=town_clerk)).json()
    assert_problem(await gw.post(f"{API}/{report['id']}/submit", json={"version": report["version"]},
                                 headers=town_clerk), 409, "report_year_open")
    assert_problem(await gw.post(API, json={"agency_id": tree["county"]["id"], "year": 2024}, headers=town_clerk),
                   403, "out_of_scope")
    assert_problem(await gw.get(f"{API}/{report['id']}", headers=staff(stack, tree["dept"], scope="own")), 404)
    listed = (await gw.get(API, params={"year": year}, headers=staff(stack, tree["county"]))).json()
    assert report["id"] in [r["id"] for r in listed["items"]]
    listed = (await gw.get(API, params={"year": year}, headers=staff(stack, tree["dept"]))).json()
    assert report["id"] not in [r["id"] for r in listed["items"]]
    assert_problem(await gw.post(API, json={"agency_id": tree["town"]["id"], "year": 2018}, headers=town_clerk), 422)


async def test_deadlines_list_who_has_not_submitted_or_published(gw, stack, tree):
    resp = await gw.get(f"{API}/deadlines", params={"year": 2024, "within": tree["city"]["id"]},
                        headers=staff(stack, tree["city"]))
    assert resp.status_code == 200, resp.text
    body = resp.json()
    rows = {r["agency_id"]: r for r in body["items"]}
    assert set(rows) == {a["id"] for a in tree.values()}
    assert rows[tree["city"]["id"]]["deadline"] == "2025-03-31" and rows[tree["city"]["id"]]["expected_scope"] == "rollup"
    assert rows[tree["county"]["id"]]["deadline"] == "2025-03-31"
    assert rows[tree["dept"]["id"]]["deadline"] == "2025-01-31" and rows[tree["dept"]["id"]]["expected_scope"] == "agency"
    assert rows[tree["town"]["id"]]["deadline"] == "2025-01-31"  # township governments report with the departments
    assert all(r["overdue"] and not r["submitted_on_time"] for r in rows.values())
    assert body["not_submitted"] == body["total"] == 5
