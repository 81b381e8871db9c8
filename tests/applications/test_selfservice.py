"""Citizen self-service: number + query code (guessing is slowed), or the account that applied."""
import pytest

from tests.applications.conftest import act, application, case, submit
from tests.support.helpers import assert_problem, bearer, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/applications/selfservice"


async def test_wrong_query_codes_lock_the_number(gw, county, stack):
    sub = await submit(gw, county["id"])
    number, code = sub["number"], sub["query_code"]
    ok = await gw.post(f"{API}/lookup", json={"number": number, "query_code": code.lower()})  # case-insensitive
    assert ok.status_code == 200 and ok.json()["cases"][0]["status"] == "registered"
    limit = stack.apps["applications"].state.settings.query_max_failures
    for _ in range(limit):
        assert_problem(await gw.post(f"{API}/lookup", json={"number": number, "query_code": "WRONGCODE1"}), 404,
                       "query_failed")
    locked = await gw.post(f"{API}/lookup", json={"number": number, "query_code": code})
    assert_problem(locked, 429, "query_locked")
    assert int(locked.headers["retry-after"]) > 0
    # an unknown number answers like a wrong code
    assert_problem(await gw.post(f"{API}/lookup", json={"number": "2099999999", "query_code": "ABCDEFGH"}), 404,
                   "query_failed")
    assert_problem(await gw.post(f"{API}/lookup", json={"number": number}), 422, "validation_error")


async def test_online_withdrawal_and_letters_with_the_code(gw, county, staff, today):
    today("2026-03-10")
    sub = await submit(gw, county["id"], items=2)
    number, code = sub["number"], sub["query_code"]
    first, second = (c["id"] for c in sub["cases"])
    c = await act(gw, staff, first, "receive", {"received_on": "2026-03-10"})
    assert c["due_on"] == "2026-04-08"
    resp = await gw.post(f"{API}/withdraw", json={"number": number, "query_code": code, "case_id": second,
                                                  "reason": "不再需要"})
    assert resp.status_code == 200, resp.text
    cases = {c["id"]: c for c in resp.json()["cases"]}
    assert cases[second]["status"] == "withdrawn" and cases[second]["outcome"] == "other.other"
    assert cases[first]["status"] == "received" and cases[first]["can_withdraw"]
    receipt = cases[first]["letters"][0]
    assert receipt["kind"] == "receipt"
    pdf = await gw.post(f"{API}/letters/{receipt['id']}", json={"number": number, "query_code": code})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "filename*=UTF-8''" in pdf.headers["content-disposition"]
    from tests.applications.conftest import pdf_text

    text = pdf_text(pdf.content)
    assert "政府信息公开申请接收回执" in text and "2026年4月8日前" in text and number in text
    # the supplement is only possible while one is requested
    resp = await gw.post(f"{API}/supplement", json={"number": number, "query_code": code, "case_id": first,
                                                    "text": "补充说明"})
    assert_problem(resp, 409, "case_state")
    # someone else's case with this code: not found
    other = await submit(gw, county["id"])
    resp = await gw.post(f"{API}/withdraw", json={"number": number, "query_code": code,
                                                  "case_id": other["cases"][0]["id"]})
    assert_problem(resp, 404)
    assert (await case(gw, staff, other["cases"][0]["id"]))["status"] == "registered"



async def test_the_applicant_sees_a_pending_fee_with_its_deadline_and_history_in_words(gw, county, staff, today):
    today("2026-06-02")
    sub = await submit(gw, county["id"])
    number, code, cid = sub["number"], sub["query_code"], sub["cases"][0]["id"]
    await act(gw, staff, cid, "receive", {"received_on": "2026-06-02"})
    await act(gw, staff, cid, "notify_fee", {"notified_on": "2026-06-02", "method": "per_page", "pages": 31,
                                             "deadline": "2026-06-16"})
    tracked = (await gw.post(f"{API}/lookup", json={"number": number, "query_code": code})).json()["cases"][0]
    assert tracked["status"] == "awaiting_fee"
    # what the applicant needs to pay, and by when (not the internal monthly rank)
    assert tracked["fee"] == {"method": "per_page", "amount": "10", "deadline": "2026-06-16", "paid_on": None}
    steps = {h["kind"]: (h["label"], h["label_en"]) for h in tracked["history"]}
    assert steps["fee_notified"] == ("发出收费通知", "Fee notice issued")
    await act(gw, staff, cid, "record_payment", {"paid_on": "2026-06-02", "receipt_number": "JC2026-0002"})
    tracked = (await gw.post(f"{API}/lookup", json={"number": number, "query_code": code})).json()["cases"][0]
    assert tracked["fee"]["paid_on"] == "2026-06-02" and tracked["fee"]["amount"] == "10"


async def test_citizens_with_an_account_see_their_own_applications_only(gw, county, stack):
    alice = mint_token(stack.key, kind="citizen", roles=["citizen"], scope="none")
    bob = mint_token(stack.key, kind="citizen", roles=["citizen"], scope="none")
    resp = await gw.post("/api/v1/applications/applications", json=application(county["id"]), headers=bearer(alice))
    assert resp.status_code == 201 and resp.json()["query_code"] is None  # the account is the key
    number = resp.json()["number"]
    mine = (await gw.get(f"{API}/mine", headers=bearer(alice))).json()
    assert number in {a["number"] for a in mine["items"]}
    assert (await gw.get(f"{API}/mine/{number}", headers=bearer(alice))).status_code == 200
    assert_problem(await gw.get(f"{API}/mine/{number}", headers=bearer(bob)), 404)
    assert number not in {a["number"] for a in (await gw.get(f"{API}/mine", headers=bearer(bob))).json()["items"]}
    case_id = resp.json()["cases"][0]["id"]
    assert_problem(await gw.post(f"{API}/mine/{number}/cases/{case_id}/withdraw", json={}, headers=bearer(bob)), 404)
    resp = await gw.post(f"{API}/mine/{number}/cases/{case_id}/withdraw", json={"reason": "撤回"}, headers=bearer(alice))
    assert resp.status_code == 200 and resp.json()["cases"][0]["status"] == "withdrawn"
    # staff cannot use the citizen endpoints, nor submit as if online
    staff = mint_token(stack.key, perms=["applications.case:read"], agency_id=county["id"], agency_path=county["path"])
    assert_problem(await gw.get(f"{API}/mine", headers=bearer(staff)), 403)
    assert_problem(await gw.post("/api/v1/applications/applications", json=application(county["id"]),
                                 headers=bearer(staff)), 403)
