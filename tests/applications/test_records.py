"""Appeals (report section 四), the consultations log and the case library."""
import asyncpg
import pytest

from tests.applications.conftest import act, person, register, resident_id
from tests.support.helpers import assert_problem, eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/applications"


async def _replied(gw, staff, outcome="disclosed", applicant=None):
    cid = (await register(gw, staff, received_on="2025-03-03", **({"applicant": applicant} if applicant else {})))["cases"][0]["id"]
    await act(gw, staff, cid, "draft_reply", {"outcome": outcome, "details": "答复内容。"}, sub="d")
    await act(gw, staff, cid, "approve_reply", {}, role="approver", sub="a")
    await act(gw, staff, cid, "dispatch_reply", {"dispatched_on": "2025-03-20", "method": "post"})
    return cid


async def test_appeals_with_outcomes_make_report_section_four(gw, staff, stack, today):
    today("2025-12-30")
    cid = await _replied(gw, staff)
    other = await _replied(gw, staff)

    async def file(body, status=201):
        resp = await gw.post(f"{API}/appeals", json=body, headers=staff.h("clerk"))
        assert resp.status_code == status, resp.text
        return resp.json()

    recon = await file({"case_id": cid, "kind": "reconsideration", "body": "东湖县人民政府", "filed_on": "2025-04-10",
                        "reference": "东政复〔2025〕3号"})
    # suing after reconsideration needs the decided reconsideration of the same case
    body = await file({"case_id": cid, "kind": "litigation_after_reconsideration", "follows_id": recon["id"],
                       "body": "东湖县人民法院", "filed_on": "2025-06-01"}, status=422)
    assert body["errors"][0]["field"] == "follows_id"
    await file({"case_id": cid, "kind": "litigation_direct", "follows_id": recon["id"], "body": "法院",
                "filed_on": "2025-06-01"}, status=422)
    decided = await gw.post(f"{API}/appeals/{recon['id']}/decision", json={
        "version": recon["version"], "outcome": "upheld", "decided_on": "2025-05-20"}, headers=staff.h("clerk"))
    assert decided.status_code == 200 and decided.json()["outcome"] == "upheld"
    bad = await gw.post(f"{API}/appeals/{recon['id']}/decision", json={
        "version": decided.json()["version"], "outcome": "corrected", "decided_on": "2025-04-01"}, headers=staff.h("clerk"))
    assert_problem(bad, 422)  # before filing
    stale = await gw.post(f"{API}/appeals/{recon['id']}/decision", json={
        "version": recon["version"], "outcome": "other", "decided_on": "2025-05-21"}, headers=staff.h("clerk"))
    assert_problem(stale, 409, "version_conflict")
    await file({"case_id": cid, "kind": "litigation_after_reconsideration", "follows_id": recon["id"],
                "body": "东湖县人民法院", "filed_on": "2025-05-15"}, status=422)  # before the decision
    await file({"case_id": cid, "kind": "litigation_after_reconsideration", "follows_id": recon["id"],
                "body": "东湖县人民法院", "filed_on": "2025-06-01"})
    await file({"case_id": other, "kind": "litigation_direct", "body": "江城市中级人民法院", "filed_on": "2025-07-01"})
    await file({"case_id": other, "kind": "reconsideration", "body": "东湖县人民政府", "filed_on": "2025-01-01"},
               status=422)  # before receipt
    summary = (await gw.get(f"{API}/appeals/summary", params={"year": 2025}, headers=staff.h("clerk"))).json()
    rows = summary["rows"]
    assert rows["reconsideration"]["upheld"] >= 1
    assert rows["litigation_after_reconsideration"]["pending"] >= 1 and rows["litigation_direct"]["pending"] >= 1
    for row in rows.values():  # R4: total = upheld + corrected + other + pending
        assert row["total"] == row["upheld"] + row["corrected"] + row["other"] + row["pending"]

    async def events() -> bool:
        conn = await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))
        try:
            rows = await conn.fetch("SELECT type, data::text AS d FROM outbox WHERE subject_id = $1", recon["id"])
            return {r["type"] for r in rows} == {"applications.appeal.filed", "applications.appeal.decided"}
        finally:
            await conn.close()

    await eventually(events, timeout=3)


async def test_consultations_log_counts_by_channel(gw, staff, county, stack, today):
    today("2026-03-10")
    for channel in ("phone", "phone", "online", "in_person"):
        resp = await gw.post(f"{API}/consultations", json={"channel": channel, "occurred_on": "2026-03-09",
                                                           "topic": "如何申请公开不动产登记信息"},
                             headers=staff.h("clerk"))
        assert resp.status_code == 201, resp.text
    assert_problem(await gw.post(f"{API}/consultations", json={"channel": "phone", "occurred_on": "2026-03-11",
                                                               "topic": "未来的日期"}, headers=staff.h("clerk")), 422)
    assert_problem(await gw.post(f"{API}/consultations", json={"channel": "pigeon", "occurred_on": "2026-03-09",
                                                               "topic": "渠道无效"}, headers=staff.h("clerk")), 422)
    counts = (await gw.get(f"{API}/consultations/counts", params={"since": "2026-03-01", "until": "2026-03-31"},
                           headers=staff.h("clerk"))).json()
    mine = {c["channel"]: c["count"] for c in counts if c["agency_id"] == county["id"]}
    assert mine == {"phone": 2, "online": 1, "in_person": 1}
    import json

    conn = await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))
    try:
        rows = await conn.fetch("SELECT data::text AS d FROM outbox WHERE type = 'applications.consultation.recorded'")
    finally:
        await conn.close()
    ours = [json.loads(r["d"]) for r in rows if json.loads(r["d"])["agency_id"] == county["id"]]
    assert len(ours) == 4 and set(ours[0]) == {"consultation_id", "agency_id", "agency_path", "channel", "occurred_on",
                                               "topic"}


async def test_the_case_library_removes_personal_data_and_needs_a_second_pair_of_eyes(gw, staff, today):
    today("2025-12-30")
    applicant = person(name="司马光明", id_number=resident_id(), phone="13512345678")
    cid = await _replied(gw, staff, outcome="withheld.third_party", applicant=applicant)
    open_id = (await register(gw, staff, received_on="2025-12-29"))["cases"][0]["id"]
    assert_problem(await gw.post(f"{API}/library", json={"module": "guiding_case", "case_id": open_id},
                                 headers=staff.h("clerk")), 409, "case_state")
    resp = await gw.post(f"{API}/library", json={"module": "guiding_case", "case_id": cid, "keywords": ["第三方"]},
                         headers=staff.h("clerk", sub="nominator"))
    assert resp.status_code == 201, resp.text
    entry = resp.json()
    assert entry["status"] == "nominated" and "司马光明" not in entry["body"]
    # not yet searchable
    found = (await gw.get(f"{API}/library", params={"q": "第三方"}, headers=staff.h("clerk"))).json()
    assert entry["id"] not in {e["id"] for e in found["items"]}
    review = f"{API}/library/{entry['id']}/review"
    assert_problem(await gw.post(review, json={"version": entry["version"], "approve": True},
                                 headers=staff.h("supervisor", sub="nominator")), 403, "four_eyes")
    leaked = entry["body"] + "\n联系申请人司马光明，电话13512345678。"
    body = assert_problem(await gw.post(review, json={"version": entry["version"], "approve": True, "body": leaked},
                                        headers=staff.h("supervisor")), 422, "personal_data_left")
    assert "电话" in body["detail"]
    assert (await gw.get(f"{API}/library/{entry['id']}", headers=staff.h("clerk"))).json()["status"] == "nominated"
    resp = await gw.post(review, json={"version": entry["version"], "approve": True,
                                       "body": entry["body"] + "\n评析：征求第三方意见后不予公开的典型案例。"},
                         headers=staff.h("supervisor"))
    assert resp.status_code == 200 and resp.json()["status"] == "published"
    found = (await gw.get(f"{API}/library", params={"q": "典型案例", "module": "guiding_case"},
                          headers=staff.h("approver"))).json()
    assert entry["id"] in {e["id"] for e in found["items"]}
    # texts without a case (theory, reference texts)
    resp = await gw.post(f"{API}/library", json={"module": "reference_text", "title": "补正告知书参考文本",
                                                 "body": "一次性告知需要补正的全部事项，并给予合理的补正期限。"},
                         headers=staff.h("clerk"))
    assert resp.status_code == 201 and resp.json()["case_id"] is None
    assert_problem(await gw.post(f"{API}/library", json={"module": "theory"}, headers=staff.h("clerk")), 422)
