"""Across the services: cases registered, handled and closed through the applications API, with appeals,
reach the statistics service only through events, and produce annual reports whose sections 三 and 四 match a
hand count cell for cell, with the carry-over from one year to the next, and a roll-up equal to its parts."""
from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.applications.conftest import Staff, act, case, person, register, replicated, uscc
from tests.statistics.support import staff as stats_staff
from tests.statistics.test_annual_report import COL, appeals, expected_rows
from tests.support.helpers import create_agency, eventually

APPS = "/api/v1/applications"
COMPANY = {"type": "commercial", "name": "江城某某科技有限公司", "id_kind": "uscc", "phone": "0999-8888888"}


@pytest.fixture(scope="module")
async def agencies(stack, admin_token) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        city = await create_agency(gw, admin_token, level="city")
        county = await create_agency(gw, admin_token, parent_id=city["id"])
        dept = await create_agency(gw, admin_token, parent_id=county["id"], kind="department")
        for a in (county, dept):
            await replicated(gw, a["id"])
    return {"city": city, "county": county, "dept": dept}


async def reply(gw, staff: Staff, cid: str, outcome: str, on: str) -> dict[str, Any]:
    await act(gw, staff, cid, "draft_reply", {"outcome": outcome, "details": "答复内容见本答复书。"}, sub="drafter")
    await act(gw, staff, cid, "approve_reply", {}, role="approver", sub="approver")
    return await act(gw, staff, cid, "dispatch_reply", {"dispatched_on": on, "method": "post"})


async def appeal(gw, staff: Staff, body: dict[str, Any]) -> dict[str, Any]:
    resp = await gw.post(f"{APPS}/appeals", json=body, headers=staff.h("clerk"))
    assert resp.status_code == 201, resp.text
    return resp.json()


async def decide(gw, staff: Staff, filed: dict[str, Any], outcome: str, on: str) -> dict[str, Any]:
    resp = await gw.post(f"{APPS}/appeals/{filed['id']}/decision",
                         json={"version": filed["version"], "outcome": outcome, "decided_on": on}, headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    return resp.json()


def first_case(submission: dict[str, Any]) -> str:
    return submission["cases"][0]["id"]


async def test_reports_from_cases_handled_through_the_applications_api(gw, stack, agencies):
    county = Staff(stack, agencies["county"])
    dept = Staff(stack, agencies["dept"])

    # --- 2024 -------------------------------------------------------------------------------------------------
    a = first_case(await register(gw, county, received_on="2024-03-04"))
    await reply(gw, county, a, "disclosed", "2024-03-20")
    b = first_case(await register(gw, county, received_on="2024-05-06", channel="post",
                                  applicant={**COMPANY, "id_number": uscc()}))
    await reply(gw, county, b, "not_handled.repeat", "2024-05-24")
    c = first_case(await register(gw, county, received_on="2024-12-16"))  # open at the end of 2024
    d = first_case(await register(gw, county, received_on="2024-11-04"))
    await act(gw, county, d, "withdraw", {"withdrawn_on": "2024-11-08", "reason": "申请人撤回"})
    e = first_case(await register(gw, county, received_on="2024-12-20", applicant={**COMPANY, "id_number": uscc()}))
    recon_a = await appeal(gw, county, {"case_id": a, "kind": "reconsideration", "body": "江城市人民政府",
                                        "filed_on": "2024-04-10"})
    await decide(gw, county, recon_a, "upheld", "2024-05-20")
    # the department below the county: one case in 2024, still open at the end of 2025
    x = first_case(await register(gw, dept, received_on="2024-10-08", applicant=person()))

    # --- 2025 -------------------------------------------------------------------------------------------------
    await reply(gw, county, c, "withheld.third_party", "2025-01-10")
    await reply(gw, county, e, "unavailable.not_held", "2025-01-15")
    f = first_case(await register(gw, county, received_on="2025-02-03"))
    await reply(gw, county, f, "partly_disclosed", "2025-02-20")
    g = first_case(await register(gw, county, received_on="2025-06-02"))  # open at the end of 2025
    await appeal(gw, county, {"case_id": f, "kind": "litigation_direct", "body": "江城市中级人民法院",
                              "filed_on": "2025-03-01"})
    # C is appealed, the decision corrected, the case reopened and answered again in the same year: it counts
    # once, in 2025, with its final outcome
    recon_c = await appeal(gw, county, {"case_id": c, "kind": "reconsideration", "body": "江城市人民政府",
                                        "filed_on": "2025-02-01"})
    await decide(gw, county, recon_c, "corrected", "2025-03-01")
    await act(gw, county, c, "reopen", {"appeal_id": recon_c["id"], "reopened_on": "2025-03-05",
                                        "reply_within_working_days": 15})
    await reply(gw, county, c, "disclosed", "2025-03-25")
    assert (await case(gw, county, c))["outcome"] == "disclosed"
    assert (await case(gw, county, g))["closed_on"] is None and (await case(gw, dept, x))["closed_on"] is None

    hand_2024 = {
        "new": {"natural_person": 3, "commercial": 2},
        "disclosed": {"natural_person": 1},
        "not_handled.repeat": {"commercial": 1},
        "other.other": {"natural_person": 1},
        "total": {"natural_person": 2, "commercial": 1},
        "carried_forward": {"natural_person": 1, "commercial": 1},
    }
    hand_2025 = {
        "new": {"natural_person": 2},
        "carried_over": {"natural_person": 1, "commercial": 1},
        "disclosed": {"natural_person": 1},
        "partly_disclosed": {"natural_person": 1},
        "unavailable.not_held": {"commercial": 1},
        "total": {"natural_person": 2, "commercial": 1},
        "carried_forward": {"natural_person": 1},
    }
    headers = stats_staff(stack, agencies["city"])

    async def report(agency: dict[str, Any], year: int, scope: str = "agency") -> dict[str, Any]:
        resp = await gw.get("/api/v1/statistics/reports/compute",
                            params={"agency_id": agency["id"], "year": year, "scope": scope}, headers=headers)
        assert resp.status_code == 200, resp.text
        return resp.json()["figures"]

    async def arrived() -> bool:  # the last change of each case has reached statistics
        figures = await report(agencies["county"], 2025)
        return figures["section3"] == expected_rows("2021", hand_2025)

    await eventually(arrived, timeout=20, interval=0.2)
    r2024 = await report(agencies["county"], 2024)
    r2025 = await report(agencies["county"], 2025)
    assert r2024["section3"] == expected_rows("2021", hand_2024)
    assert r2025["section3"]["carried_over"] == r2024["section3"]["carried_forward"]
    assert r2024["section4"] == appeals(reconsideration={"upheld": 1})
    assert r2025["section4"] == appeals(reconsideration={"corrected": 1}, litigation_direct={"pending": 1})

    # the county government's combined report adds its department, cell by cell
    own_dept = await report(agencies["dept"], 2025)
    combined = await report(agencies["county"], 2025, "rollup")
    for code, values in combined["section3"].items():
        assert values == [r2025["section3"][code][i] + own_dept["section3"][code][i] for i in range(7)], code
    assert own_dept["section3"]["carried_over"][COL["natural_person"]] == 1
    assert own_dept["section3"]["carried_forward"][COL["natural_person"]] == 1

    # the 2024 report submitted and accepted; the 2025 report then checks R5 against it and is consistent
    clerk = stats_staff(stack, agencies["county"], sub="county-clerk")
    supervisor = stats_staff(stack, agencies["city"], sub="city-supervisor")
    rep = (await gw.post("/api/v1/statistics/reports", json={"agency_id": agencies["county"]["id"], "year": 2024},
                         headers=clerk)).json()
    rep = (await gw.post(f"/api/v1/statistics/reports/{rep['id']}/submit", json={"version": rep["version"]},
                         headers=clerk)).json()
    assert rep["status"] == "submitted", rep
    await gw.post(f"/api/v1/statistics/reports/{rep['id']}/accept", json={"version": rep["version"]}, headers=supervisor)
    rep25 = (await gw.post("/api/v1/statistics/reports", json={"agency_id": agencies["county"]["id"], "year": 2025},
                           headers=clerk)).json()
    assert rep25["violations"] == [] and rep25["figures"]["section3"] == expected_rows("2021", hand_2025)
    assert "本年新收政府信息公开申请2件，上年结转2件" in rep25["overview_text"]
