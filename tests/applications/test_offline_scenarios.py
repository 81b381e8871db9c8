"""Dated scenarios entered through the API as offline events (letters sent and received, with their real dates)
produce the statutory due dates — the same table the pure clock is tested with (test_clock.py)."""
import pytest

from tests.applications.conftest import act, case, register
from tests.applications.test_clock import COMBINATIONS, SCENARIO, CAL, D

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


@pytest.mark.parametrize("row", [(2025, 1, 1, 1), (2026, 1, 1, 1), (2026, 0, 1, 1), (2025, 1, 0, 0)])
async def test_offline_events_produce_the_statutory_due_date(gw, staff, today, row):
    year, supplement, extension, consultation = row
    s = SCENARIO[year]
    today("2026-12-31" if year == 2026 else "2025-12-31")
    cid = (await register(gw, staff, received_on=s["received"]))["cases"][0]["id"]
    steps = []
    if supplement:
        steps += [(s["sup_req"], "request_supplement", {"requested_on": s["sup_req"], "deadline": s["sup_until"],
                                                         "items": ["请写明文号"]}, "clerk"),
                  (s["sup_recv"], "receive_supplement", {"received_on": s["sup_recv"], "text": "文号已写明"}, "clerk")]
    if consultation:
        steps += [(s["cons_start"], "start_consultation", {"party": "third_party", "party_name": "某公司",
                                                      "started_on": s["cons_start"], "scope": "合同", "notify_applicant": False},
                   "clerk"),
                  (s["cons_end"], "end_consultation", {"ended_on": s["cons_end"], "answer": "consent"}, "clerk")]
    if extension:
        steps.append((s["ext_on"], "extend", {"extended_on": s["ext_on"], "days": 20, "reason": "内容复杂"}, "approver"))
    for _, action, body, role in sorted(steps, key=lambda x: x[0]):
        if action == "end_consultation":
            ref = next(e for e in (await case(gw, staff, cid))["events"] if e["kind"] == "consultation_started")
            body = {**body, "ref": ref["data"]["ref"]}
        await act(gw, staff, cid, action, body, role=role)
    c = await case(gw, staff, cid)
    due, paused = COMBINATIONS[row]
    assert c["due_on"] == due
    assert sum(seg["working_days"] for seg in c["clock"]["segments"] if seg["kind"] == "pause") == paused
    assert all(e["offline"] for e in c["events"] if e["kind"] in ("supplement_requested", "supplement_received",
                                                                    "consultation_started", "extended"))


async def test_fee_paid_in_time_resumes_the_clock(gw, staff, today):
    from tests.applications.conftest import person

    today("2026-06-30")
    applicant = person()
    ids = [(await register(gw, staff, received_on="2026-06-01", applicant=dict(applicant)))["cases"][0]["id"]
           for _ in range(11)]
    cid = ids[-1]
    c = await act(gw, staff, cid, "notify_fee", {"notified_on": "2026-06-02", "method": "per_application",
                                                  "deadline": "2026-06-16"})
    assert c["status"] == "awaiting_fee"
    c = await act(gw, staff, cid, "record_payment", {"paid_on": "2026-06-09", "receipt_number": "JC2026-0001"})
    assert c["status"] == "received" and c["fee_yuan"] == "100.00" and c["fee"]["paid_on"] == "2026-06-09"
    # the wait 6/2 → 6/9 (5 working days) does not count: 20 + 5 working days after 6/1, Dragon Boat 6/19 off
    assert c["due_on"] == CAL.add_working_days(D("2026-06-01"), 25).date.isoformat() == "2026-07-07"
    resp = await gw.post(f"/api/v1/applications/cases/{ids[0]}/notify-fee", json={
        "version": (await case(gw, staff, ids[0]))["version"], "notified_on": "2026-06-02", "method": "per_page",
        "pages": 31, "deadline": "2026-06-16"}, headers=staff.h("clerk"))
    assert resp.status_code == 200 and resp.json()["fee"]["amount"] == "10"  # page 31 at 10 yuan


async def test_excessive_requests_get_a_later_reply_date(gw, staff, today):
    today("2026-06-30")
    cid = (await register(gw, staff, received_on="2026-06-01"))["cases"][0]["id"]
    c = await act(gw, staff, cid, "request_reasons", {"requested_on": "2026-06-03", "deadline": "2026-06-12"})
    assert c["status"] == "awaiting_reasons" and "说明理由告知书" in {lt["title"] for lt in c["letters"]}
    c = await act(gw, staff, cid, "receive_reasons", {"received_on": "2026-06-10", "reasonable": True,
                                              "reply_by": "2026-08-31"})
    assert c["due_on"] == "2026-08-31" and c["clock"]["deferred_to"] == "2026-08-31"
    assert "延迟答复告知书" in {lt["title"] for lt in c["letters"]}
    assert "第三十五条" in c["clock"]["steps"][-1]["text"]
