"""A county clerk sees and touches only the county's own cases: another county's are 404 to read, 403 to change,
absent from every list — cases, letters, attachments, appeals, consultations, templates, the library queue."""
import pytest

from tests.applications.conftest import Staff, act, application, register, replicated
from tests.support.helpers import assert_problem

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/applications"


@pytest.fixture(scope="module")
async def counties(stack, tree):
    import httpx

    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        for key in ("county_a", "county_b", "town_a"):
            await replicated(gw, tree[key]["id"])
    return Staff(stack, tree["county_a"]), Staff(stack, tree["county_b"]), Staff(stack, tree["town_a"])


async def test_another_countys_cases_are_invisible_and_untouchable(gw, counties, today):
    a, b, town = counties
    today("2025-12-30")
    sub = await register(gw, b, received_on="2025-03-03")
    cid = sub["cases"][0]["id"]
    await act(gw, b, cid, "draft_reply", {"outcome": "disclosed", "details": "予以公开。"}, sub="b-d")
    await act(gw, b, cid, "approve_reply", {}, role="approver", sub="b-a")
    replied = await act(gw, b, cid, "dispatch_reply", {"dispatched_on": "2025-03-20", "method": "post"})
    letter = replied["letters"][0]["id"]
    appeal = (await gw.post(f"{API}/appeals", json={"case_id": cid, "kind": "reconsideration", "body": "县政府",
                                                    "filed_on": "2025-04-01"}, headers=b.h("clerk"))).json()

    clerk = a.h("clerk")
    assert_problem(await gw.get(f"{API}/cases/{cid}", headers=clerk), 404)
    assert_problem(await gw.get(f"{API}/cases/{cid}", headers=a.h("supervisor")), 404)  # county A's subtree only
    assert_problem(await gw.get(f"{API}/letters/{letter}/file", headers=clerk), 404)
    assert_problem(await gw.get(f"{API}/cases/{cid}/letters/preview", params={"kind": "reply"}, headers=clerk), 404)
    for action, body in (("assign", {"department": "办公室"}), ("archive", {"archived_on": "2025-12-30"}),
                         ("withdraw", {"withdrawn_on": "2025-12-30"})):
        resp = await gw.post(f"{API}/cases/{cid}/{action.replace('_', '-')}", json={"version": replied["version"], **body}, headers=clerk)
        assert_problem(resp, 403, "out_of_scope")
    assert_problem(await gw.post(f"{API}/cases/{cid}/notes", json={"text": "越权备注"}, headers=clerk), 403, "out_of_scope")
    for path in ("/cases", "/cases/overdue", "/cases/due-soon"):
        listed = (await gw.get(f"{API}{path}", params={"size": 100}, headers=clerk)).json()
        assert cid not in {c["id"] for c in listed["items"]}, path
    assert_problem(await gw.get(f"{API}/appeals/{appeal['id']}", headers=clerk), 404)
    assert_problem(await gw.post(f"{API}/appeals/{appeal['id']}/decision", json={
        "version": appeal["version"], "outcome": "upheld", "decided_on": "2025-05-01"}, headers=clerk), 403, "out_of_scope")
    assert_problem(await gw.post(f"{API}/appeals", json={"case_id": cid, "kind": "litigation_direct", "body": "法院",
                                                         "filed_on": "2025-05-01"}, headers=clerk), 403, "out_of_scope")
    assert appeal["id"] not in {x["id"] for x in (await gw.get(f"{API}/appeals", headers=clerk)).json()["items"]}
    assert_problem(await gw.post(f"{API}/library", json={"module": "guiding_case", "case_id": cid}, headers=clerk), 403,
                   "out_of_scope")
    # registering for, logging consultations of, or wording letters of another county
    body = {**application(b.agency["id"]), "channel": "in_person", "submitted_on": "2025-12-30",
            "received_on": "2025-12-30"}
    assert_problem(await gw.post(f"{API}/applications/register", json=body, headers=clerk), 403, "out_of_scope")
    assert_problem(await gw.post(f"{API}/consultations", json={"agency_id": b.agency["id"], "channel": "phone",
                                                               "occurred_on": "2025-12-30", "topic": "越权登记"},
                                 headers=clerk), 403, "out_of_scope")
    assert_problem(await gw.put(f"{API}/letter-templates/receipt", json={"agency_id": b.agency["id"],
                                                                         "parts": {"closing": "越权"}},
                                headers=a.h("approver")), 403, "out_of_scope")
    assert_problem(await gw.get(f"{API}/letter-templates/receipt", params={"agency_id": b.agency["id"]},
                                headers=clerk), 404)

    # the county's supervisor sees its township's cases; the county clerk does not
    town_case = (await register(gw, town, received_on="2025-12-30"))["cases"][0]["id"]
    assert (await gw.get(f"{API}/cases/{town_case}", headers=a.h("supervisor"))).status_code == 200
    assert_problem(await gw.get(f"{API}/cases/{town_case}", headers=clerk), 404)
