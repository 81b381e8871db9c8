"""Handling a case through the API: registration with real dates, assignment, draft, approval by someone else,
dispatch with the archived letter, delivery, archiving; every outcome reachable; events for statistics."""
import asyncpg
import pytest

from services.applications.dictionaries import Outcome
from tests.applications.conftest import act, case, pdf_text, register
from tests.support.helpers import assert_problem, eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


async def test_registered_in_person_application_is_received_that_day(gw, staff):
    sub = await register(gw, staff, received_on="2026-03-02")
    assert sub["query_code"] and len(sub["cases"]) == 1
    c = await case(gw, staff, sub["cases"][0]["id"])
    assert c["status"] == "received" and c["received_on"] == "2026-03-02"
    assert c["due_on"] == "2026-03-30"  # 20 working days: 3/3 … 3/30
    assert c["clock"]["segments"] == [{"kind": "count", "from": "2026-03-03", "to": "2026-03-30", "working_days": 20}]
    assert c["clock"]["steps"][0]["text"].startswith("2026年3月2日收到申请")
    assert [letter["kind"] for letter in c["letters"]] == ["receipt"]
    assert c["applicant"]["id_number"] and "*" not in c["applicant"]["id_number"]  # staff handling it see it


async def test_reply_needs_approval_by_someone_else_then_dispatch_closes(gw, staff, stack):
    sub = await register(gw, staff, received_on="2026-03-02")
    cid = sub["cases"][0]["id"]
    await act(gw, staff, cid, "assign", {"assignee_id": "u-1", "assignee_name": "李明"})
    drafted = await act(gw, staff, cid, "draft_reply", {"outcome": "partly_disclosed",
                                                  "details": "可以公开的资金批复文件见附件；使用明细中涉及个人信息的部分不予公开。"},
                        sub="drafter-1")
    assert drafted["status"] == "reviewing" and drafted["outcome"] is None
    assert drafted["draft"]["outcome"] == "partly_disclosed"
    # the drafter cannot approve, even holding the permission
    current = await case(gw, staff, cid)
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/approve-reply", json={"version": current["version"]},
                         headers=staff.h("approver", sub="drafter-1"))
    assert_problem(resp, 403, "four_eyes")
    # a clerk cannot approve
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/approve-reply", json={"version": current["version"]},
                         headers=staff.h("clerk"))
    assert_problem(resp, 403, "forbidden")
    approved = await act(gw, staff, cid, "approve_reply", {"comment": "同意"}, role="approver", sub="approver-1")
    assert approved["status"] == "approved"
    done = await act(gw, staff, cid, "dispatch_reply", {"dispatched_on": "2026-03-20", "method": "online"})
    assert done["status"] == "replied" and done["outcome"] == "partly_disclosed" and done["closed_on"] == "2026-03-20"
    assert done["on_time"] is True and done["working_days_taken"] == 14
    reply = [lt for lt in done["letters"] if lt["kind"] == "reply"]
    assert len(reply) == 1 and reply[0]["outcome"] == "partly_disclosed"
    resp = await gw.get(f"/api/v1/applications/letters/{reply[0]['id']}/file", params={"format": "docx"},
                        headers=staff.h("clerk"))
    assert resp.status_code == 200 and resp.content[:2] == b"PK"

    async def closed_event() -> bool:
        conn = await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))
        try:
            row = await conn.fetchrow("SELECT data FROM outbox WHERE type = 'applications.case.closed' AND subject_id = $1",
                                      cid)
            return row is not None
        finally:
            await conn.close()

    await eventually(closed_event, timeout=3)


PREREQUISITES = {
    "unavailable.unclear_after_supplement": "supplement",
    "not_handled.excessive": "reasons",
}


@pytest.mark.parametrize("outcome", sorted(o.value for o in Outcome if o.value not in ("other.no_supplement",
                                                                                       "other.fee_unpaid")))
async def test_every_outcome_is_reachable(gw, staff, today, outcome):
    """Each result row of the report (the two abandonment rows are reached by the deadline job, see
    test_deadlines.py) can be the reply, with its letter stating the legal basis and the remedy."""
    from services.applications.letters.content import REPLY

    today("2026-03-20")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    if PREREQUISITES.get(outcome) == "supplement":
        await act(gw, staff, cid, "request_supplement", {"requested_on": "2026-03-03", "deadline": "2026-03-13",
                                                          "items": ["请明确所需信息"]})
        await act(gw, staff, cid, "receive_supplement", {"received_on": "2026-03-06", "text": "仍为笼统描述"})
    if PREREQUISITES.get(outcome) == "reasons":
        await act(gw, staff, cid, "request_reasons", {"requested_on": "2026-03-03", "deadline": "2026-03-13"})
        await act(gw, staff, cid, "receive_reasons", {"received_on": "2026-03-09", "reasonable": False})
    await act(gw, staff, cid, "draft_reply", {"outcome": outcome, "details": "具体答复内容见本答复书。"}, sub="drafter")
    await act(gw, staff, cid, "approve_reply", {}, role="approver", sub="approver")
    c = await act(gw, staff, cid, "dispatch_reply", {"dispatched_on": "2026-03-20", "method": "post", "note": "EMS1234"})
    assert c["outcome"] == outcome and c["status"] == "replied"
    reply = next(lt for lt in c["letters"] if lt["kind"] == "reply")
    resp = await gw.get(f"/api/v1/applications/letters/{reply['id']}/file", headers=staff.h("clerk"))
    text = pdf_text(resp.content)
    decision, basis = REPLY[outcome]
    assert basis.replace(" ", "") in text
    assert "申请行政复议" in text and "6个月内" in text


async def test_outcome_prerequisites_are_enforced(gw, staff, today):
    today("2026-03-20")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    for outcome in ("unavailable.unclear_after_supplement", "not_handled.excessive", "other.no_supplement"):
        current = await case(gw, staff, cid)
        resp = await gw.post(f"/api/v1/applications/cases/{cid}/draft-reply", json={
            "version": current["version"], "outcome": outcome, "details": "测试"}, headers=staff.h("clerk"))
        assert assert_problem(resp, 422)["errors"][0]["field"] == "outcome"
    current = await case(gw, staff, cid)
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/draft-reply", json={
        "version": current["version"], "outcome": "withheld.everything", "details": "测试"}, headers=staff.h("clerk"))
    assert_problem(resp, 422, "validation_error")


async def test_two_staff_acting_at_once_lose_no_update(gw, staff, today):
    import asyncio

    today("2026-03-20")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    version = (await case(gw, staff, cid))["version"]
    results = await asyncio.gather(
        gw.post(f"/api/v1/applications/cases/{cid}/assign",
                json={"version": version, "assignee_id": "a", "assignee_name": "甲"}, headers=staff.h("clerk")),
        gw.post(f"/api/v1/applications/cases/{cid}/assign",
                json={"version": version, "assignee_id": "b", "assignee_name": "乙"}, headers=staff.h("clerk")),
        gw.post(f"/api/v1/applications/cases/{cid}/extend",
                json={"version": version, "extended_on": "2026-03-20", "days": 10, "reason": "复杂"},
                headers=staff.h("approver")),
    )
    codes = sorted(r.status_code for r in results)
    assert codes == [200, 409, 409], [r.text for r in results]
    winner = next(r for r in results if r.status_code == 200).json()
    for r in results:
        if r.status_code == 409:
            assert_problem(r, 409, "version_conflict")
    final = await case(gw, staff, cid)
    assert final["version"] == version + 1 == winner["version"]
    assert final["assigned_name"] == winner["assigned_name"] and final["due_on"] == winner["due_on"]


async def test_actions_in_the_wrong_state_or_with_bad_dates_write_nothing(gw, staff, stack, today):
    today("2026-03-20")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    before = await case(gw, staff, cid)

    async def refused(action, body, status, code, role="clerk"):
        current = await case(gw, staff, cid)
        resp = await gw.post(f"/api/v1/applications/cases/{cid}/{action.replace('_', '-')}", json={"version": current["version"], **body},
                             headers=staff.h(role))
        return assert_problem(resp, status, code)

    await refused("dispatch_reply", {"dispatched_on": "2026-03-20", "method": "post"}, 409, "case_state")
    await refused("approve_reply", {}, 409, "case_state", role="approver")
    await refused("receive", {"received_on": "2026-03-02"}, 409, "case_state")
    await refused("record_payment", {"paid_on": "2026-03-10", "receipt_number": "R1"}, 409, "case_state")
    body = await refused("request_supplement", {"requested_on": "2026-03-12", "deadline": "2026-03-30",
                                                "items": ["x太晚了"]}, 422, "clock_rule")
    assert body["errors"][0]["code"] == "supplement_too_late"
    body = await refused("extend", {"extended_on": "2026-02-27", "days": 5, "reason": "日期早于收到"}, 422, "clock_rule",
                         role="approver")
    assert body["errors"][0]["code"] == "before_receipt"
    body = await refused("extend", {"extended_on": "2026-03-21", "days": 5, "reason": "未来日期"}, 422, "clock_rule",
                         role="approver")
    assert body["errors"][0]["code"] == "date_in_future"
    await refused("extend", {"extended_on": "2026-03-20", "days": 21, "reason": "超过二十日"}, 422, "validation_error",
                  role="approver")
    await refused("notify_fee", {"notified_on": "2026-03-10", "method": "per_page", "deadline": "2026-03-30"}, 422,
                  "validation_error")
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/assign", json={"assignee_id": "x", "assignee_name": "x"},
                         headers=staff.h("clerk"))
    assert_problem(resp, 422, "validation_error")  # no version
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/assign",
                         json={"version": before["version"] + 5, "department": "办公室"}, headers=staff.h("clerk"))
    assert_problem(resp, 409, "version_conflict")
    after = await case(gw, staff, cid)
    assert after["version"] == before["version"] and after["events"] == before["events"]
    assert after["letters"] == before["letters"] and after["due_on"] == before["due_on"]
    # a late extension after the due date
    await act(gw, staff, cid, "extend", {"extended_on": "2026-03-20", "days": 20, "reason": "材料较多"}, role="approver")
    body = await refused("extend", {"extended_on": "2026-03-20", "days": 1, "reason": "再延"}, 422, "clock_rule",
                         role="approver")
    assert body["errors"][0]["code"] == "already_extended"


async def test_withdrawal_before_the_reply_only(gw, staff, today):
    today("2026-03-20")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    c = await act(gw, staff, cid, "withdraw", {"withdrawn_on": "2026-03-16", "reason": "申请人来信撤回"})
    assert c["status"] == "withdrawn" and c["outcome"] == "other.other" and c["closed_on"] == "2026-03-16"
    c = await act(gw, staff, cid, "archive", {"archived_on": "2026-03-20"})
    assert c["status"] == "archived"
    current = await case(gw, staff, cid)
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/withdraw",
                         json={"version": current["version"], "withdrawn_on": "2026-03-20"}, headers=staff.h("clerk"))
    assert_problem(resp, 409, "case_state")


async def test_an_appeal_that_corrects_the_decision_reopens_the_case(gw, staff, today):
    today("2026-04-01")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    await act(gw, staff, cid, "draft_reply", {"outcome": "unavailable.not_held", "details": "本机关不掌握该信息。"}, sub="d1")
    await act(gw, staff, cid, "approve_reply", {}, role="approver", sub="a1")
    await act(gw, staff, cid, "dispatch_reply", {"dispatched_on": "2026-03-20", "method": "post"})
    c = await act(gw, staff, cid, "record_delivery", {"delivered_on": "2026-03-23"})
    assert c["delivery"]["delivered_on"] == "2026-03-23"
    appeal = await gw.post("/api/v1/applications/appeals", json={
        "case_id": cid, "kind": "reconsideration", "body": "东湖县人民政府", "filed_on": "2026-03-25"},
        headers=staff.h("clerk"))
    assert appeal.status_code == 201, appeal.text
    appeal = appeal.json()
    current = await case(gw, staff, cid)
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/reopen", json={
        "version": current["version"], "appeal_id": appeal["id"], "reopened_on": "2026-03-30"}, headers=staff.h("clerk"))
    # still pending: reopening is not offered, and refused
    assert "reopen" not in current["allowed_actions"]
    assert "重新办理" in assert_problem(resp, 409, "case_state")["detail"]
    decided = await gw.post(f"/api/v1/applications/appeals/{appeal['id']}/decision", json={
        "version": appeal["version"], "outcome": "corrected", "decided_on": "2026-03-30"}, headers=staff.h("clerk"))
    assert decided.status_code == 200, decided.text
    assert (await case(gw, staff, cid))["allowed_actions"] == ["archive", "reopen"]
    c = await act(gw, staff, cid, "reopen", {"appeal_id": appeal["id"], "reopened_on": "2026-03-31",
                                             "reply_within_working_days": 15})
    assert c["status"] == "received" and c["outcome"] is None and c["closed_on"] is None
    assert c["due_on"] == "2026-04-22" and c["clock"]["restarts"][-1]["reason"] == "reopened"
