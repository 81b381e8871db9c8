"""Intake: online (anonymous or with an account), partner platforms with Idempotency-Key, staff registration with
real dates; identity checks; agents; splitting by item; attachments; personal data encrypted and masked."""
import asyncpg
import pytest

from tests.applications.conftest import act, application, case, person, register, resident_id, submit, uscc
from tests.support.helpers import assert_problem, bearer, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/applications"


async def _db(stack):
    return await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))


async def _count(stack, agency_id):
    conn = await _db(stack)
    try:
        return (await conn.fetchval("SELECT count(*) FROM applications WHERE agency_id = $1", agency_id),
                await conn.fetchval("SELECT count(*) FROM cases WHERE agency_id = $1", agency_id))
    finally:
        await conn.close()


async def test_anonymous_online_application_gets_number_and_query_code(gw, county, stack):
    applicant = person(id_number=resident_id(), phone="13912345678", email="zhang@example.com")
    sub = await submit(gw, county["id"], applicant=applicant, items=2)
    assert len(sub["number"]) == 10 and len(sub["query_code"]) == 10
    assert [c["number"] for c in sub["cases"]] == [f"{sub['number']}-1", f"{sub['number']}-2"]
    assert all(c["status"] == "registered" for c in sub["cases"])
    conn = await _db(stack)
    try:
        row = await conn.fetchrow("SELECT * FROM applications WHERE number = $1", sub["number"])
        text = str(dict(row))
        # personal data and the query code are not stored in clear
        for secret in (applicant["id_number"], "13912345678", "zhang@example.com", applicant["address"],
                       sub["query_code"]):
            assert secret not in text, secret
        assert row["query_code_hash"] and len(row["query_code_hash"]) == 64
    finally:
        await conn.close()


async def test_identity_and_contact_are_checked(gw, county, stack):
    before = await _count(stack, county["id"])
    bad = [
        (person(id_number="110105199003078516"), "check digit"),
        (person(id_number="110105199002308519"), "impossible birth date"),
        (person(id_kind="uscc", id_number=uscc()), "a person with a company code"),
        ({**person(), "type": "commercial", "id_kind": "uscc", "id_number": "91350100M000100Y44"}, "bad USCC"),
        ({**person(), "type": "commercial", "id_kind": "resident_id"}, "a company with an ID card"),
        ({k: v for k, v in person().items() if k not in ("phone", "address")}, "no contact"),
    ]
    for applicant, why in bad:
        resp = await gw.post(f"{API}/applications", json=application(county["id"], applicant=applicant))
        body = assert_problem(resp, 422, "validation_error")
        assert body["errors"] and body["errors"][0]["field"].startswith("applicant"), why
    resp = await gw.post(f"{API}/applications", json=application(county["id"], applicant=person(id_number="1234567")),
                         headers={"Accept-Language": "en"})
    assert "resident identity" in assert_problem(resp, 422)["errors"][0]["message"]
    resp = await gw.post(f"{API}/applications", json=application(county["id"], delivery_method="email"))
    assert_problem(resp, 422)  # e-mail delivery without an e-mail address
    resp = await gw.post(f"{API}/applications", json=application(987654))
    assert_problem(resp, 422, "agency_not_accepting")
    company = {"type": "legal_service", "name": "江城律师事务所", "id_kind": "uscc", "id_number": uscc(), "phone": "0999-7654321"}
    assert (await gw.post(f"{API}/applications", json=application(county["id"], applicant=company))).status_code == 201
    after = await _count(stack, county["id"])
    assert after[0] == before[0] + 1  # only the valid one was written


async def test_agents_need_a_power_of_attorney(gw, county, stack):
    agent = {"name": "李四", "id_number": resident_id(), "phone": "13700000000"}
    resp = await gw.post(f"{API}/applications", json=application(county["id"], agent=agent))
    assert assert_problem(resp, 422)["errors"][0]["field"].startswith("agent")
    before = await _count(stack, county["id"])
    import uuid

    resp = await gw.post(f"{API}/applications", json=application(county["id"], agent={
        **agent, "power_of_attorney_id": str(uuid.uuid4())}))
    assert assert_problem(resp, 422)["errors"][0]["field"] == "agent.power_of_attorney_id"
    assert await _count(stack, county["id"]) == before  # nothing half-written
    upload = await gw.post(f"{API}/attachments", params={"filename": "授权委托书.pdf", "purpose": "power_of_attorney"},
                           content=b"%PDF-1.7\n...", headers={"Content-Type": "application/pdf"})
    assert upload.status_code == 201, upload.text
    sub = await submit(gw, county["id"], agent={**agent, "power_of_attorney_id": upload.json()["id"]})
    assert sub["number"]
    # staff of the agency can read it; others cannot, and an anonymous upload id is no key to a filed attachment
    from tests.applications.conftest import Staff

    staff = Staff(stack, county)
    c = await case(gw, staff, sub["cases"][0]["id"])
    assert c["applicant"]["agent"]["name"] == "李四"
    attachment = next(a for a in c["attachments"] if a["purpose"] == "power_of_attorney")
    resp = await gw.get(f"{API}/attachments/{attachment['id']}", headers=staff.h("clerk"))
    assert resp.status_code == 200 and resp.content == b"%PDF-1.7\n..."
    assert_problem(await gw.get(f"{API}/attachments/{attachment['id']}"), 401)
    outsider = mint_token(stack.key, perms=["applications.case:read"], agency_id=999_998, agency_path="/999998/")
    assert_problem(await gw.get(f"{API}/attachments/{attachment['id']}", headers=bearer(outsider)), 404)
    # the same attachment cannot be used twice
    resp = await gw.post(f"{API}/applications", json=application(county["id"], agent={
        **agent, "power_of_attorney_id": upload.json()["id"]}))
    assert_problem(resp, 422)


async def test_partner_platform_submits_with_idempotency_key(gw, county, stack):
    client = mint_token(stack.key, kind="client", perms=["applications.application:submit"], scope="subtree",
                        agency_id=county["id"], agency_path=county["path"])
    body = application(county["id"])
    headers = {**bearer(client), "Idempotency-Key": "platform-req-0001-abc"}
    first = await gw.post(f"{API}/applications", json=body, headers=headers)
    assert first.status_code == 201 and first.json()["channel"] == "api"
    again = await gw.post(f"{API}/applications", json=body, headers=headers)
    assert again.status_code == 201 and again.headers.get("idempotent-replayed") == "true"
    assert again.json()["number"] == first.json()["number"] and again.json()["query_code"] is None
    other = await gw.post(f"{API}/applications", json={**body, "info_form": "paper"}, headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")
    no_perm = mint_token(stack.key, kind="client", perms=[], scope="subtree", agency_id=county["id"],
                         agency_path=county["path"])
    assert_problem(await gw.post(f"{API}/applications", json=body, headers=bearer(no_perm)), 403, "forbidden")


async def test_staff_register_offline_applications_with_real_dates(gw, staff, county, stack, today):
    today("2026-03-10")
    post = await register(gw, staff, received_on="2026-03-06", submitted_on="2026-03-03", channel="post")
    c = await case(gw, staff, post["cases"][0]["id"])
    assert c["channel"] == "post" and c["received_on"] == "2026-03-06" and c["application"]["post_kind"] == "registered"
    assert c["events"][0]["offline"] is True
    base = {**application(county["id"]), "channel": "in_person"}
    bad = [
        ({**base, "submitted_on": "2026-03-05", "received_on": "2026-03-04"}, "received before submitted"),
        ({**base, "submitted_on": "2026-03-04", "received_on": "2026-03-05"}, "in person: same day"),
        ({**base, "channel": "post", "submitted_on": "2026-03-04", "received_on": "2026-03-05"}, "post kind missing"),
        ({**base, "channel": "online", "submitted_on": "2026-03-04", "received_on": "2026-03-04"}, "online by staff"),
    ]
    before = await _count(stack, county["id"])
    for payload, why in bad:
        resp = await gw.post(f"{API}/applications/register", json=payload, headers=staff.h("clerk"))
        assert resp.status_code == 422, why
        assert_problem(resp, 422)
    resp = await gw.post(f"{API}/applications/register", json={**base, "submitted_on": "2026-03-11",
                         "received_on": "2026-03-11"}, headers=staff.h("clerk"))
    assert_problem(resp, 422)  # in the future
    assert await _count(stack, county["id"]) == before
    # a citizen or anonymous caller cannot register
    resp = await gw.post(f"{API}/applications/register", json={**base, "submitted_on": "2026-03-09",
                         "received_on": "2026-03-09"})
    assert_problem(resp, 401)


async def test_split_an_application_by_item(gw, staff, today):
    today("2026-03-10")
    sub = await register(gw, staff, received_on="2026-03-09")
    cid = sub["cases"][0]["id"]
    resp = await gw.post(f"{API}/cases/{cid}/split", json={"version": (await case(gw, staff, cid))["version"], "items": [
        {"title": "2025年财政预算执行情况", "description": "请公开2025年财政预算执行情况报告。"},
        {"title": "2025年政府采购目录", "description": "请公开2025年政府采购目录及限额标准。"}]}, headers=staff.h("clerk"))
    assert resp.status_code == 201, resp.text
    new = resp.json()
    assert [c["number"] for c in new] == [f"{sub['number']}-2", f"{sub['number']}-3"]
    for c in new:
        full = await case(gw, staff, c["id"])
        assert full["received_on"] == "2026-03-09" and full["due_on"] == "2026-04-07"
    # once other steps happened, no more splitting
    await act(gw, staff, cid, "extend", {"extended_on": "2026-03-10", "days": 5, "reason": "内容复杂"}, role="approver")
    resp = await gw.post(f"{API}/cases/{cid}/split", json={"version": (await case(gw, staff, cid))["version"],
                         "items": [{"title": "再拆一项", "description": "不应允许再拆分。"}]}, headers=staff.h("clerk"))
    assert_problem(resp, 409, "case_state")


@pytest.mark.parametrize("filename,content_type,body,status", [
    ("id.pdf", "application/pdf", b"MZ\x90\x00 this is an exe", 415),  # disguised
    ("id.pdf", "image/png", b"%PDF-1.4", 415),  # type does not match the name
    ("id.exe", "application/octet-stream", b"MZ", 415),
    ("id.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, 201),
    ("id.jpg", "image/jpeg", b"", 415),  # empty
])
async def test_attachments_are_sniffed(gw, stack, filename, content_type, body, status):
    resp = await gw.post(f"{API}/attachments", params={"filename": filename}, content=body,
                         headers={"Content-Type": content_type})
    assert resp.status_code == status, resp.text
    if status != 201:
        assert_problem(resp, status, "attachment_type")


async def test_oversized_attachments_are_refused_without_leftovers(gw, stack):
    limit = stack.apps["applications"].state.settings.max_attachment_mb * 1024 * 1024
    files = stack.infra.tmp / "data" / "files" / "applications" / "attachments"
    before = sorted(files.iterdir()) if files.exists() else []
    resp = await gw.post(f"{API}/attachments", params={"filename": "big.pdf"}, content=b"%PDF" + b"0" * limit,
                         headers={"Content-Type": "application/pdf"})
    assert_problem(resp, 413, "payload_too_large")

    async def chunks():  # no Content-Length: the limit is enforced while streaming
        yield b"%PDF-1.7"
        for _ in range(limit // (1024 * 1024) + 1):
            yield b"0" * (1024 * 1024)

    resp = await gw.post(f"{API}/attachments", params={"filename": "big.pdf"}, content=chunks(),
                         headers={"Content-Type": "application/pdf"})
    assert_problem(resp, 413, "payload_too_large")
    assert (sorted(files.iterdir()) if files.exists() else []) == before


async def test_lists_mask_and_events_carry_no_personal_data(gw, staff, stack, today):
    today("2026-03-10")
    applicant = person(name="欧阳明月", id_number=resident_id(), phone="13612345678")
    sub = await register(gw, staff, received_on="2026-03-10", applicant=applicant)
    listed = (await gw.get(f"{API}/cases", params={"q": sub["number"]}, headers=staff.h("clerk"))).json()
    assert listed["items"][0]["applicant_name"] == "欧***"
    assert applicant["id_number"] not in str(listed) and "13612345678" not in str(listed)
    conn = await _db(stack)
    try:
        events = await conn.fetch("SELECT data::text AS d FROM outbox WHERE subject_id = $1", sub["cases"][0]["id"])
        audit = await conn.fetch("SELECT after::text AS a FROM audit_log WHERE entity_id = $1", sub["id"])
    finally:
        await conn.close()
    assert events and all("欧阳" not in e["d"] and applicant["id_number"] not in e["d"] for e in events)
    received = next(e["d"] for e in events if '"status": "received"' in e["d"])
    for field in ("applicant_type", "channel", "received_on", "due_on", "agency_path", "outcome", "fee_yuan"):
        assert f'"{field}"' in received
    assert audit and all(applicant["id_number"] not in a["a"] for a in audit)


async def test_possible_repeat_applications_are_suggested(gw, staff, today):
    today("2026-03-10")
    applicant = person(id_number=resident_id())
    first = await register(gw, staff, received_on="2026-03-02", applicant=dict(applicant))
    second = await register(gw, staff, received_on="2026-03-10", applicant=dict(applicant))
    other = await register(gw, staff, received_on="2026-03-10")
    c = await case(gw, staff, second["cases"][0]["id"])
    assert [r["number"] for r in c["possible_repeats"]] == [first["cases"][0]["number"]]
    assert c["possible_repeats"][0]["similarity"] >= 0.9
    assert (await case(gw, staff, other["cases"][0]["id"]))["possible_repeats"] == []
