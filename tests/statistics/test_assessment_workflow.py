"""Rounds and issues: for every role and status, what a user is offered (``allowed_actions``) is accepted and what
is not offered is refused, with nothing written; refusals speak in words."""
from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from kernel.permissions import granted
from services.statistics.assessments.workflow import ISSUES, ROUNDS
from tests.statistics.support import staff
from tests.statistics.test_assessments import SYSTEM
from tests.support.helpers import create_agency, eventually, first_offers

API = "/api/v1/statistics/assessments"


@pytest.fixture(scope="module")
async def place(stack, admin_token) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        county = await create_agency(gw, admin_token, level="county")
        town = await create_agency(gw, admin_token, parent_id=county["id"], level="township",
                                   name="流程镇" + uuid.uuid4().hex[:4])

        async def known() -> bool:
            resp = await gw.get("/api/v1/statistics/agencies", params={"within": county["id"]},
                                headers=staff(stack, county))
            return resp.status_code == 200 and resp.json()["total"] == 2

        await eventually(known, timeout=10)
        sup = staff(stack, county, perms=list(granted("supervisor")), sub="wf-sup")
        system = (await gw.post(f"{API}/systems", json=SYSTEM, headers=sup)).json()
        system = (await gw.post(f"{API}/systems/{system['id']}/activate", json={"version": system["version"]},
                                headers=sup)).json()
    return {"county": county, "town": town, "system": system}


def who(stack, place) -> dict[str, dict[str, str]]:
    county, town = place["county"], place["town"]
    return {
        "supervisor (closed it)": staff(stack, county, perms=list(granted("supervisor")), sub="wf-sup"),
        "another supervisor": staff(stack, county, perms=list(granted("supervisor")), sub="wf-sup-2"),
        "inspector": staff(stack, county, perms=list(granted("inspector")), sub="wf-inspector"),
        "township clerk": staff(stack, town, perms=list(granted("clerk")), scope="own", sub="wf-town-clerk"),
        "township approver": staff(stack, town, perms=list(granted("approver")), scope="own", sub="wf-town-approver"),
    }


async def round_in(gw, stack, place, status: str) -> dict[str, Any]:
    people = who(stack, place)
    sup, sup2 = people["supervisor (closed it)"], people["another supervisor"]
    rnd = (await gw.post(f"{API}/rounds", json={
        "system_id": place["system"]["id"], "name": "流程测试", "kind": "special", "period_start": "2026-04-01",
        "period_end": "2026-06-30", "agency_ids": [place["town"]["id"]]}, headers=sup)).json()
    for action, headers in {"closed": [("close", sup)], "reviewed": [("close", sup), ("review", sup2)],
                            "published": [("close", sup), ("review", sup2), ("publish", sup2)]}.get(status, []):
        rnd = (await gw.post(f"{API}/rounds/{rnd['id']}/{action}", json={"version": rnd["version"]},
                             headers=headers)).json()
    assert rnd["status"] == status
    return rnd


async def round_attempt(gw, place, rnd: dict[str, Any], action: str, headers: dict[str, str]) -> httpx.Response:
    if action == "score":
        return await gw.put(f"{API}/rounds/{rnd['id']}/scores", json={
            "agency_id": place["town"]["id"], "indicator_code": "1.3", "score": "10"}, headers=headers)
    if action == "raise_issue":
        return await gw.post(f"{API}/rounds/{rnd['id']}/issues", json={
            "agency_id": place["town"]["id"], "category": "other", "title": "流程测试问题", "description": "流程测试。"},
            headers=headers)
    if action == "circular":
        return await gw.get(f"{API}/rounds/{rnd['id']}/circular.docx", headers=headers)
    return await gw.post(f"{API}/rounds/{rnd['id']}/{action}", json={"version": rnd["version"]}, headers=headers)


@pytest.mark.parametrize("status", ["open", "closed", "reviewed", "published"])
async def test_round_actions_offered_are_accepted_and_the_others_refused(gw, stack, place, status):
    people = who(stack, place)
    shared = await round_in(gw, stack, place, status)
    offered = {}
    for name, headers in people.items():
        resp = await gw.get(f"{API}/rounds/{shared['id']}", headers=headers)
        assert resp.status_code == 200, (name, resp.text)
        offered[name] = resp.json()["allowed_actions"]
    for name, headers in people.items():
        for action in (s.name for s in ROUNDS.steps if s.name not in offered[name]):
            resp = await round_attempt(gw, place, shared, action, headers)
            assert resp.status_code in (403, 409), (name, status, action, resp.status_code, resp.text)
            assert "statistics.assessment" not in resp.json()["detail"]
    after = (await gw.get(f"{API}/rounds/{shared['id']}", headers=people["supervisor (closed it)"])).json()
    assert (after["version"], after["status"]) == (shared["version"], shared["status"])
    for action, name in first_offers(offered).items():
        fresh = await round_in(gw, stack, place, status)
        resp = await round_attempt(gw, place, fresh, action, people[name])
        assert resp.status_code in (200, 201), (name, status, action, resp.status_code, resp.text)
    assert not offered["township clerk"] and not offered["township approver"]
    if status == "closed":
        assert "review" in offered["another supervisor"] and "review" not in offered["supervisor (closed it)"]


async def issue_in(gw, stack, place, status: str) -> dict[str, Any]:
    people = who(stack, place)
    rnd = await round_in(gw, stack, place, "open")
    issue = (await round_attempt(gw, place, rnd, "raise_issue", people["inspector"])).json()
    steps = {"answered": ["answer"], "returned": ["answer", "return"], "closed": ["answer", "accept"],
             "cancelled": ["cancel"]}.get(status, [])
    for step in steps:
        headers = people["township clerk"] if step == "answer" else people["supervisor (closed it)"]
        body = {"version": issue["version"], **({"text": "已整改。"} if step == "answer" else {}),
                **({"comment": "证据不足"} if step == "return" else {})}
        issue = (await gw.post(f"{API}/issues/{issue['id']}/{step}", json=body, headers=headers)).json()
    assert issue["status"] == status
    return issue


def issue_body(action: str, version: int) -> dict[str, Any]:
    return {"version": version, **({"text": "已按要求整改。"} if action == "answer" else {}),
            **({"comment": "请补充截图"} if action == "return" else {})}


@pytest.mark.parametrize("status", ["open", "answered", "returned", "closed", "cancelled"])
async def test_issue_actions_offered_are_accepted_and_the_others_refused(gw, stack, place, status):
    people = who(stack, place)
    shared = await issue_in(gw, stack, place, status)
    offered = {}
    for name, headers in people.items():
        resp = await gw.get(f"{API}/issues/{shared['id']}", headers=headers)
        offered[name] = resp.json()["allowed_actions"] if resp.status_code == 200 else []
    for name, headers in people.items():
        for action in (s.name for s in ISSUES.steps if s.name not in offered[name]):
            resp = await gw.post(f"{API}/issues/{shared['id']}/{action}", json=issue_body(action, shared["version"]),
                                 headers=headers)
            assert resp.status_code in (403, 404, 409), (name, status, action, resp.status_code, resp.text)
    for action, name in first_offers(offered).items():
        fresh = await issue_in(gw, stack, place, status)
        resp = await gw.post(f"{API}/issues/{fresh['id']}/{action}", json=issue_body(action, fresh["version"]),
                             headers=people[name])
        assert resp.status_code == 200, (name, status, action, resp.status_code, resp.text)
    if status in ("open", "returned"):
        assert offered["township clerk"] == ["answer"] and "answer" not in offered["supervisor (closed it)"]
    if status == "answered":
        assert {"accept", "return"} <= set(offered["supervisor (closed it)"]) and not offered["township clerk"]
