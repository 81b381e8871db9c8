"""Dashboards per agency and period: request handling and catalog publication, with the subordinates ranked."""
from __future__ import annotations

import httpx
import pytest

from services.statistics.reports.service import today_in_china
from tests.statistics.support import drained, new_id, small_tree, staff
from tests.support.helpers import assert_problem

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


@pytest.fixture(scope="module")
async def tree(stack, admin_token):
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return await small_tree(client, admin_token)


async def test_request_dashboard(gw, stack, tree, events):
    # county department: 4 cases in 2024, taking 5, 10, 15 and 30 working days; one late
    for i, days in enumerate((5, 10, 15, 30)):
        await events.case("closed", case_id=new_id(), version=1, agency=tree["county_dept"],
                          received_on=f"2024-0{i + 1}-02", closed_on=f"2024-0{i + 2}-01", outcome="disclosed",
                          working_days_taken=days, on_time=days <= 20, channel=("online", "post")[i % 2],
                          applicant_type=("natural_person", "commercial")[i % 2])
    # town: one open and overdue, one open and not yet due
    today = today_in_china()
    await events.case("received", case_id=new_id(), version=1, agency=tree["town"], received_on="2024-05-01",
                      due_on="2024-05-30", channel="in_person")
    await events.case("received", case_id=new_id(), version=1, agency=tree["town"], received_on="2024-06-01",
                      due_on=f"{today.year + 1}-01-15")
    # the city's own department, outside the county
    await events.case("closed", case_id=new_id(), version=1, agency=tree["dept"], received_on="2024-02-02",
                      closed_on="2024-02-20", outcome="withheld.third_party", working_days_taken=12)
    await drained(stack)

    headers = staff(stack, tree["city"])
    resp = await gw.get("/api/v1/statistics/dashboards/requests",
                        params={"agency_id": tree["county"]["id"], "start": "2024-01-01", "end": "2024-12-31"},
                        headers=headers)
    assert resp.status_code == 200, resp.text
    d = resp.json()
    assert d["received"] == 6 and d["closed"] == 4 and d["on_time_rate"] == 0.75
    assert d["median_working_days"] == 12.5 and d["p90_working_days"] == pytest.approx(25.5)
    assert d["open_now"] == 2 and d["overdue_now"] == 1
    assert d["outcomes"] == {"disclosed": 4}
    assert d["channels"] == {"online": 3, "post": 2, "in_person": 1}
    assert d["applicant_types"] == {"natural_person": 4, "commercial": 2}
    months = {m["month"]: m for m in d["months"]}
    assert months["2024-01"] == {"month": "2024-01", "received": 1, "closed": 0}
    assert months["2024-02"]["closed"] == 1
    ranking = {r["agency_name"]: r for r in d["subordinates"]}
    assert ranking[tree["county_dept"]["name"]]["on_time_rate"] == 0.75
    assert ranking[tree["town"]["name"]]["overdue_now"] == 1 and ranking[tree["town"]["name"]]["rank"] == 2

    city = (await gw.get("/api/v1/statistics/dashboards/requests",
                         params={"agency_id": tree["city"]["id"], "start": "2024-01-01", "end": "2024-12-31"},
                         headers=headers)).json()
    assert city["received"] == 7 and [r["agency_name"] for r in city["subordinates"]][0] == tree["dept"]["name"]
    own = (await gw.get("/api/v1/statistics/dashboards/requests", params={
        "agency_id": tree["city"]["id"], "start": "2024-01-01", "end": "2024-12-31", "scope": "agency"},
        headers=headers)).json()
    assert own["received"] == 0

    assert_problem(await gw.get("/api/v1/statistics/dashboards/requests",
                                params={"agency_id": tree["city"]["id"], "start": "2024-05-01", "end": "2024-01-01"},
                                headers=headers), 400)
    assert_problem(await gw.get("/api/v1/statistics/dashboards/requests", params={"agency_id": tree["city"]["id"]},
                                headers=staff(stack, tree["town"])), 404)


async def test_catalog_dashboard(gw, stack, tree, events):
    policy, explained = new_id(), new_id()
    await events.entry("published", entry_id=policy, version=1, agency=tree["county"], genre="opinion",
                       theme="综合政务", is_policy=True, published_at="2024-03-01T10:00:00+08:00")
    await events.entry("published", entry_id=explained, version=1, agency=tree["county"], genre="notice",
                       theme="财政", is_policy=True, published_at="2024-03-02T10:00:00+08:00", late=True, working_days=31)
    await events.entry("published", entry_id=new_id(), version=1, agency=tree["town"], genre="interpretation",
                       theme="财政", interprets=[explained], published_at="2024-03-05T10:00:00+08:00")
    await events.entry("revoked", entry_id=new_id(), version=2, agency=tree["town"], genre="notice",
                       published_at="2024-03-05T10:00:00+08:00", revoked_at="2024-03-06T10:00:00+08:00")
    await drained(stack)
    resp = await gw.get("/api/v1/statistics/dashboards/catalog",
                        params={"agency_id": tree["county"]["id"], "start": "2024-01-01", "end": "2024-12-31"},
                        headers=staff(stack, tree["county"]))
    assert resp.status_code == 200, resp.text
    d = resp.json()
    assert d["published"] == 3 and d["by_genre"] == {"opinion": 1, "notice": 1, "interpretation": 1}
    assert d["by_theme"] == {"综合政务": 1, "财政": 2}
    assert d["late"] == 1 and d["late_entries"][0]["entry_id"] == explained and d["late_entries"][0]["timeliness_days"] == 31
    assert d["policies"] == 2 and d["policies_without_interpretation"] == 1
    assert [e["entry_id"] for e in d["policies_without_interpretation_entries"]] == [policy]
