"""The annual-report workflow table is what the service does: for every role and every status, each action offered
(``ReportOut.allowed_actions``) is accepted and each action not offered is refused, with nothing written. Above all,
whoever submitted a report is never offered its acceptance (nor its return), whatever rights they hold.
"""
from __future__ import annotations

import asyncio
import itertools
from typing import Any

import httpx
import pytest

from kernel.permissions import granted
from services.statistics.reports.workflow import STEPS
from tests.statistics.support import staff
from tests.support.helpers import create_agency, eventually, first_offers

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/statistics/reports"
ALL = [s.name for s in STEPS]
SUBMITTER = "wf-report-clerk"
YEARS = range(2019, 2026)


@pytest.fixture(scope="module")
async def city(stack, admin_token) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return await create_agency(client, admin_token, level="city")


class Reports:
    """Fresh (agency, year) pairs for new reports: departments of the module's city, seven years each."""

    def __init__(self, gw: httpx.AsyncClient, stack: Any, admin_token: str, city: dict[str, Any]) -> None:
        self.gw, self.stack, self.admin_token, self.city = gw, stack, admin_token, city
        self.pairs: list[tuple[dict[str, Any], int]] = []
        self.lock = asyncio.Lock()
        self.serial = itertools.count()

    async def next(self) -> tuple[dict[str, Any], int]:
        async with self.lock:
            if not self.pairs:
                dept = await create_agency(self.gw, self.admin_token, parent_id=self.city["id"], level="city",
                                           kind="department")

                async def known() -> bool:  # the statistics service's agency replica has it
                    resp = await self.gw.get("/api/v1/statistics/agencies", params={"within": dept["id"]},
                                             headers=staff(self.stack, self.city))
                    return resp.status_code == 200 and resp.json()["total"] == 1

                await eventually(known, timeout=10)
                self.pairs = [(dept, y) for y in YEARS]
            return self.pairs.pop()


def principals(stack: Any, city: dict[str, Any], dept: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {
        "clerk (submitter)": staff(stack, dept, perms=list(granted("clerk")), scope="own", sub=SUBMITTER),
        "another clerk": staff(stack, dept, perms=list(granted("clerk")), scope="own", sub="wf-report-clerk-2"),
        "supervisor": staff(stack, city, perms=list(granted("supervisor")), sub="wf-report-supervisor"),
        "supervisor who submitted it": staff(stack, city, perms=list(granted("supervisor")), sub=SUBMITTER),
        "approver": staff(stack, dept, perms=list(granted("approver")), scope="own", sub="wf-report-approver"),
        "reviewer": staff(stack, dept, perms=list(granted("reviewer")), scope="own", sub="wf-report-reviewer"),
    }


async def in_status(gw: httpx.AsyncClient, stack: Any, city: dict[str, Any], reports: Reports, status: str
                    ) -> tuple[dict[str, Any], dict[str, Any]]:
    """A new report of a department of ``city``, drafted and submitted by SUBMITTER, brought to ``status``."""
    dept, year = await reports.next()
    who = principals(stack, city, dept)
    clerk, supervisor = who["clerk (submitter)"], who["supervisor"]
    resp = await gw.post(API, json={"agency_id": dept["id"], "year": year}, headers=clerk)
    assert resp.status_code == 201, resp.text
    report = resp.json()
    steps = {"draft": [], "submitted": ["submit"], "returned": ["submit", "return"], "accepted": ["submit", "accept"],
             "published": ["submit", "accept", "publish"]}[status]
    for step in steps:
        headers = clerk if step == "submit" else supervisor
        body = {"version": report["version"], **({"comment": "请补充"} if step == "return" else {})}
        resp = await gw.post(f"{API}/{report['id']}/{step}", json=body, headers=headers)
        assert resp.status_code == 200, resp.text
        report = resp.json()
    assert report["status"] == status
    return report, dept


async def attempt(gw: httpx.AsyncClient, report: dict[str, Any], action: str, headers: dict[str, str]):
    if action == "edit":
        return await gw.patch(f"{API}/{report['id']}", json={"version": report["version"],
                                                              "problems_text": "一是政策解读形式较单一。"}, headers=headers)
    body = {"version": report["version"], **({"comment": "请补充平台建设情况。"} if action == "return" else {})}
    return await gw.post(f"{API}/{report['id']}/{action}", json=body, headers=headers)


@pytest.mark.parametrize("status", ["draft", "submitted", "returned", "accepted", "published"])
async def test_offered_report_actions_are_accepted_and_the_others_refused(gw, stack, admin_token, city, status):
    reports = Reports(gw, stack, admin_token, city)
    shared, dept = await in_status(gw, stack, city, reports, status)
    who = principals(stack, city, dept)
    offered: dict[str, list[str]] = {}
    for name, headers in who.items():
        resp = await gw.get(f"{API}/{shared['id']}", headers=headers)
        assert resp.status_code == 200, resp.text
        offered[name] = resp.json()["allowed_actions"]
        assert set(offered[name]) <= set(ALL)

    for name in who:
        for action in (a for a in ALL if a not in offered[name]):
            resp = await attempt(gw, shared, action, who[name])
            assert resp.status_code in (403, 409), (name, status, action, resp.status_code, resp.text)
            problem = resp.json()
            assert problem["code"] in ("forbidden", "report_state", "report_self_review", "report_year_open"), problem
            assert "statistics.report" not in problem["detail"], problem["detail"]
    after = (await gw.get(f"{API}/{shared['id']}", headers=who["supervisor"])).json()
    assert (after["version"], after["status"]) == (shared["version"], shared["status"])

    tried = first_offers(offered)
    for action, name in tried.items():
        fresh, fresh_dept = await in_status(gw, stack, city, reports, status)
        resp = await attempt(gw, fresh, action, principals(stack, city, fresh_dept)[name])
        assert resp.status_code == 200 or (resp.status_code == 422 and resp.json()["code"] == "validation_error"), \
            (name, status, action, resp.status_code, resp.text)

    if status == "submitted":
        assert {"accept", "return"} <= set(offered["supervisor"])
        # the submitter is never offered the review, even holding the reviewer's rights
        assert not {"accept", "return"} & set(offered["supervisor who submitted it"])
    assert not offered["approver"] and not offered["reviewer"]
