"""Handling a case through the API: registration with real dates, assignment, draft, approval by someone else,
dispatch with the archived letter, delivery, archiving; every outcome reachable; events for statistics."""
import asyncpg
import pytest

from services.applications.dictionaries import Outcome
from tests.applications.conftest import act, case, register
from tests.support.helpers import assert_problem, eventually


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
    drafted = await act(gw, staff, cid, "draft", {"outcome": "partly_disclosed",
                                                  "details": "可以公开的资金批复文件见附件；使用明细中涉及个人信息的部分不予公开。"},
                        sub="drafter-1")
    assert drafted["status"] == "reviewing" and drafted["outcome"] is None
    assert drafted["draft"]["outcome"] == "partly_disclosed"
    # the drafter cannot approve, even holding the permission
    current = await case(gw, staff, cid)
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/approve", json={"version": current["version"]},
                         headers=staff.h("approver", sub="drafter-1"))
    assert_problem(resp, 403, "four_eyes")
    # a clerk cannot approve
    resp = await gw.post(f"/api/v1/applications/cases/{cid}/approve", json={"version": current["version"]},
                         headers=staff.h("clerk"))
    assert_problem(resp, 403, "forbidden")
    approved = await act(gw, staff, cid, "approve", {"comment": "同意"}, role="approver", sub="approver-1")
    assert approved["status"] == "approved"
    done = await act(gw, staff, cid, "dispatch", {"dispatched_on": "2026-03-20", "method": "online"})
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
