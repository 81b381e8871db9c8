"""The workflow table is what the service does: for every role and every status, each action a user is offered
(``allowed_actions``) is accepted, and each action not offered is refused — with nothing written.

Cases are brought to each status through the real API (and the deadline job for ``closed``). An offered action is
tried on a fresh case in that status, with a valid body; it must succeed (or fail only on input validation). Every
action not offered is tried on one shared case per status and must be refused (403, or 409 for the state), and
that case must be unchanged afterwards.
"""
from __future__ import annotations

import asyncio
import uuid
from datetime import date
from typing import Any

import pytest

from kernel.permissions import granted
from services.applications.cases.workflow import STEPS
from services.applications.notifications.service import run_deadlines
from tests.applications.conftest import act, case, register, submit
from tests.support.helpers import Staff, bearer, first_offers, mint_token

API = "/api/v1/applications"
ALL = [s.name for s in STEPS]
DRAFTER = "wf-clerk"

# a valid body for each action, on a case received 2026-03-02 whose steps so far happened by 2026-03-05
BODIES: dict[str, dict[str, Any]] = {
    "receive": {"received_on": "2026-03-12"},
    "assign": {"department": "办公室"},
    "request_supplement": {"requested_on": "2026-03-10", "deadline": "2026-03-24", "items": ["请写明文号"]},
    "receive_supplement": {"received_on": "2026-03-10", "text": "文号为东政发〔2026〕1号"},
    "extend": {"extended_on": "2026-03-10", "days": 5, "reason": "内容复杂"},
    "start_consultation": {"party": "third_party", "party_name": "某建设公司", "started_on": "2026-03-10",
                           "scope": "合同中的报价明细"},
    "end_consultation": {"ref": "unknown", "ended_on": "2026-03-10", "answer": "consent"},
    "request_reasons": {"requested_on": "2026-03-10", "deadline": "2026-03-20"},
    "receive_reasons": {"received_on": "2026-03-10", "reasonable": True},
    "notify_fee": {"notified_on": "2026-03-10", "method": "per_page", "pages": 31, "deadline": "2026-03-24"},
    "record_payment": {"paid_on": "2026-03-10", "receipt_number": "R-0001"},
    "draft_reply": {"outcome": "disclosed", "details": "予以公开，见附件。"},
    "approve_reply": {"comment": "同意"},
    "return_reply": {"comment": "请补充法律依据"},
    "dispatch_reply": {"dispatched_on": "2026-03-10", "method": "post"},
    "record_delivery": {"delivered_on": "2026-03-12"},
    "archive": {"archived_on": "2026-03-12"},
    "withdraw": {"withdrawn_on": "2026-03-10", "reason": "申请人来电撤回"},
    "reopen": {"reopened_on": "2026-03-12"},
    "split": {"items": [{"title": "另一份文件", "description": "请公开另一份文件的全部内容。"}]},
}


def test_every_action_has_a_body_and_every_row_its_handler_and_schema() -> None:
    from services.applications.cases import actions, schemas

    assert set(BODIES) == set(ALL)
    for step in STEPS:
        assert callable(getattr(actions, step.name)), step.name
        assert issubclass(getattr(schemas, step.schema), schemas.BaseModel), step.schema


async def _steps(gw, staff: Staff, cid: str, *steps: tuple[str, dict[str, Any], str]) -> None:
    for action, body, role in steps:
        await act(gw, staff, cid, action, body, role=role, sub=DRAFTER if role == "clerk" else f"wf-{role}")


async def _corrected_appeal(gw, staff: Staff, cid: str) -> None:
    resp = await gw.post(f"{API}/appeals", json={"case_id": cid, "kind": "reconsideration", "body": "江城市人民政府",
                                                 "filed_on": "2026-03-06"}, headers=staff.h("clerk"))
    assert resp.status_code == 201, resp.text
    appeal = resp.json()
    resp = await gw.post(f"{API}/appeals/{appeal['id']}/decision", json={
        "version": appeal["version"], "outcome": "corrected", "decided_on": "2026-03-09"}, headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text


REPLY = [("draft_reply", {"outcome": "disclosed", "details": "予以公开。"}, "clerk"),
         ("approve_reply", {}, "approver"),
         ("dispatch_reply", {"dispatched_on": "2026-03-05", "method": "post"}, "clerk")]


async def in_status(gw, stack, staff: Staff, status: str) -> str:
    """A new case of the module's agency, brought to ``status`` through the real API."""
    if status == "registered":
        return (await submit(gw, staff.agency["id"]))["cases"][0]["id"]
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    steps: dict[str, list[tuple[str, dict[str, Any], str]]] = {
        "received": [],
        "handling": [("assign", {"department": "办公室"}, "clerk")],
        "supplement_requested": [("request_supplement", {"requested_on": "2026-03-03", "deadline": "2026-03-24",
                                                         "items": ["请写明文号"]}, "clerk")],
        "consulting": [("start_consultation", {"party": "third_party", "party_name": "某公司",
                                               "started_on": "2026-03-03", "scope": "报价明细"}, "clerk")],
        "awaiting_fee": [("notify_fee", {"notified_on": "2026-03-03", "method": "per_page", "pages": 40,
                                         "deadline": "2026-03-31"}, "clerk")],
        "awaiting_reasons": [("request_reasons", {"requested_on": "2026-03-03", "deadline": "2026-03-31"}, "clerk")],
        "reviewing": REPLY[:1],
        "approved": REPLY[:2],
        "replied": REPLY,
        "withdrawn": [("withdraw", {"withdrawn_on": "2026-03-04"}, "clerk")],
        "archived": [*REPLY, ("archive", {"archived_on": "2026-03-06"}, "clerk")],
        "closed": [("request_supplement", {"requested_on": "2026-03-03", "deadline": "2026-03-04",
                                           "items": ["请写明文号"]}, "clerk")],
    }[status]
    await _steps(gw, staff, cid, *steps)
    if status == "closed":  # no supplement by the deadline: the deadline job closes the case
        app = stack.apps["applications"]
        async with app.state.db.sessionmaker() as session:
            await run_deadlines(session, app.state.store, today=date(2026, 3, 5))
            await session.commit()
    if status in ("replied", "closed", "archived"):
        await _corrected_appeal(gw, staff, cid)
    c = await case(gw, staff, cid)
    assert c["status"] == status, (status, c["status"])
    return cid


def principals(staff: Staff) -> dict[str, dict[str, str]]:
    """The built-in roles of the agency, and one account holding both clerk's and approver's rights that drafted
    the reply (it must not be offered its approval)."""
    both = mint_token(staff.stack.key, perms=sorted({*granted("clerk"), *granted("approver")}), roles=["clerk", "approver"],
                      agency_id=staff.agency["id"], agency_path=staff.agency["path"], sub=DRAFTER, ttl=3600)
    return {
        "clerk": staff.h("clerk", sub=DRAFTER),
        "approver": staff.h("approver", sub="wf-approver"),
        "reviewer": staff.h("reviewer", sub="wf-reviewer"),
        "supervisor": staff.h("supervisor", sub="wf-supervisor"),
        "clerk+approver (drafter)": bearer(both),
    }


async def _post(gw, cid: str, action: str, version: int, headers: dict[str, str], body: dict[str, Any]):
    path = action.replace("_", "-")
    return await gw.post(f"{API}/cases/{cid}/{path}", json={"version": version, **body}, headers=headers)


async def _body(gw, staff: Staff, cid: str, action: str) -> dict[str, Any]:
    body = dict(BODIES[action])
    c = await case(gw, staff, cid)
    if action == "end_consultation":
        running = [e for e in c["events"] if e["kind"] == "consultation_started"]
        if running:
            body["ref"] = running[-1]["data"]["ref"]
    if action == "reopen":
        body["appeal_id"] = c["reopenable_appeals"][0] if c["reopenable_appeals"] else str(uuid.uuid4())
    return body


STATUSES = ["registered", "received", "handling", "supplement_requested", "consulting", "awaiting_fee",
            "awaiting_reasons", "reviewing", "approved", "replied", "closed", "withdrawn", "archived"]


@pytest.mark.parametrize("status", STATUSES)
async def test_offered_actions_are_accepted_and_the_others_refused(gw, stack, staff, today, status):
    today("2026-03-12")
    who = principals(staff)
    shared = await in_status(gw, stack, staff, status)
    before = await case(gw, staff, shared)
    offered: dict[str, list[str]] = {}
    for name, headers in who.items():
        resp = await gw.get(f"{API}/cases/{shared}", headers=headers)
        assert resp.status_code == 200, resp.text
        offered[name] = resp.json()["allowed_actions"]
        assert set(offered[name]) <= set(ALL)

    # what nobody may do in this status is refused for everyone, and nothing is written
    gate = asyncio.Semaphore(6)

    async def refused(name: str, action: str) -> None:
        async with gate:
            body = await _body(gw, staff, shared, action)
            resp = await _post(gw, shared, action, before["version"], who[name], body)
        assert resp.status_code in (403, 409), (name, status, action, resp.status_code, resp.text)
        problem = resp.json()
        assert problem["code"] in ("forbidden", "case_state", "four_eyes"), (name, action, problem)
        assert "applications.case" not in problem["detail"], problem["detail"]  # words, not permission strings

    await asyncio.gather(*(refused(name, action) for name in who for action in ALL if action not in offered[name]))
    after = await case(gw, staff, shared)
    assert after["version"] == before["version"] and after["status"] == status

    # each action offered is accepted, on a fresh case in the same status (tried once per action: what decides
    # acceptance beyond the status is the route's permission, which every principal offered the action holds)
    tried = first_offers(offered)

    async def accepted(action: str, name: str) -> None:
        async with gate:
            fresh = await in_status(gw, stack, staff, status)
            current = await case(gw, staff, fresh)
            resp = await _post(gw, fresh, action, current["version"], who[name], await _body(gw, staff, fresh, action))
        ok = resp.status_code in (200, 201)
        only_input = resp.status_code == 422 and resp.json()["code"] == "validation_error"
        assert ok or only_input, (name, status, action, resp.status_code, resp.text)

    await asyncio.gather(*(accepted(action, name) for action, name in tried.items()))

    # the role facts the issue names
    if status == "reviewing":
        assert "approve_reply" in offered["approver"] and "return_reply" in offered["approver"]
        assert "return_reply" not in offered["clerk"]  # a clerk is never offered what needs the approver
        assert "approve_reply" not in offered["clerk+approver (drafter)"]  # four eyes
    assert not offered["reviewer"] and not offered["supervisor"]  # they read cases; handling is the agency's
