"""The clerk's inbox: applications submitted online or by a partner platform wait at the top of the workbench until a
clerk confirms receipt (Art. 31), with how long they have waited in working days; the agency is told in-app when one
arrives and, once, when one has waited more than one working day. Staff registrations never wait there."""
import logging
from datetime import date, timedelta

import asyncpg
import httpx
import pytest

from services.applications.notifications.service import LoggingSender, notify_agencies, run_deadlines
from tests.applications.conftest import Staff, act, register, replicated, submit
from tests.support.helpers import bearer, create_agency, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

API = "/api/v1/applications"


@pytest.fixture(scope="module")
async def elsewhere(stack, admin_token, tree) -> Staff:
    """Another county's staff."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        agency = await create_agency(gw, admin_token, parent_id=tree["city"]["id"])
        await replicated(gw, agency["id"])
    return Staff(stack, agency)


@pytest.fixture(scope="module")
async def office(stack, admin_token, tree) -> Staff:
    """An agency whose directory entry gives an e-mail address and a mobile number."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        agency = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], email="gongkai-office@example.gov.cn",
                                     phone="13912340000")
        await replicated(gw, agency["id"])
    return Staff(stack, agency)


async def _inbox(gw, staff: Staff, role: str = "clerk", **params) -> dict:
    resp = await gw.get(f"{API}/inbox", params={"size": 100, **params}, headers=staff.h(role))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _waiting(gw, staff: Staff, case_id: str, role: str = "clerk") -> dict | None:
    return next((x for x in (await _inbox(gw, staff, role))["items"] if x["id"] == case_id), None)


async def _notices(gw, staff: Staff, case_id: str) -> list[dict]:
    resp = await gw.get(f"{API}/notifications", params={"size": 100}, headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    return [n for n in resp.json()["items"] if n["case_id"] == case_id]


async def _run(stack, on: str) -> dict:
    app = stack.apps["applications"]
    async with app.state.db.sessionmaker() as session:
        done = await run_deadlines(session, app.state.store, today=date.fromisoformat(on))
        await session.commit()
    return done


def _oracle_waited(submitted: str, on: str) -> int:
    """Working days in (submitted, on] on the State Council schedule as the chinese-calendar package has it."""
    import chinese_calendar

    d, end, n = date.fromisoformat(submitted), date.fromisoformat(on), 0
    while d < end:
        d += timedelta(days=1)
        n += chinese_calendar.is_workday(d)
    return n


async def test_an_online_application_waits_in_its_agencys_inbox_until_receipt_is_confirmed(
        gw, stack, staff, elsewhere, tree, today):
    today("2026-03-06")  # a Friday
    sub = await submit(gw, staff.agency["id"])
    cid = sub["cases"][0]["id"]
    item = await _waiting(gw, staff, cid)
    assert item is not None
    assert (item["number"], item["channel"], item["status"], item["agency_id"]) == \
        (sub["cases"][0]["number"], "online", "registered", staff.agency["id"])
    assert item["agency_name"] == staff.agency["name"] and item["title"].startswith("2025年城区道路改造项目")
    assert item["submitted_on"] == "2026-03-06" and item["submitted_at"]
    assert item["waited_working_days"] == 0 and item["overdue_for_confirmation"] is False
    assert item["confirm_by"] == "2026-03-09"  # the first working day after the Friday
    assert item["applicant_name"] != "张三"  # masked like every list

    # not in another county's inbox; in the inbox of the city's supervisor (this agency and below)
    assert await _waiting(gw, elsewhere, cid) is None
    outsider = mint_token(stack.key, perms=["applications.case:read"], agency_id=999_997, agency_path="/999997/")
    listed = (await gw.get(f"{API}/inbox", params={"size": 100}, headers=bearer(outsider))).json()
    assert cid not in {x["id"] for x in listed["items"]}
    assert await _waiting(gw, Staff(stack, tree["city"]), cid, role="supervisor") is not None
    # the inbox is for staff who read cases
    assert (await gw.get(f"{API}/inbox")).status_code == 401
    citizen = mint_token(stack.key, kind="citizen", roles=["citizen"], scope="none")
    assert (await gw.get(f"{API}/inbox", headers=bearer(citizen))).status_code == 403

    today("2026-03-07")  # the weekend does not count
    assert (await _waiting(gw, staff, cid))["waited_working_days"] == 0
    today("2026-03-09")
    item = await _waiting(gw, staff, cid)
    assert (item["waited_working_days"], item["overdue_for_confirmation"]) == (1, False)
    assert cid not in {x["id"] for x in (await _inbox(gw, staff, overdue_only="true"))["items"]}
    today("2026-03-10")  # more than one working day: overdue for confirmation
    item = await _waiting(gw, staff, cid)
    assert (item["waited_working_days"], item["overdue_for_confirmation"]) == (2, True)
    assert cid in {x["id"] for x in (await _inbox(gw, staff, overdue_only="true"))["items"]}
    summary = (await gw.get(f"{API}/inbox/summary", headers=staff.h("clerk"))).json()
    assert summary["total"] >= 1 and summary["overdue"] >= 1 and summary["today"] == "2026-03-10"
    assert summary["oldest_submitted_on"] <= "2026-03-06"

    # the clerk confirms receipt: the clock starts that day and the application leaves the inbox
    c = await act(gw, staff, cid, "receive", {"received_on": "2026-03-10"})
    assert c["status"] == "received" and c["received_on"] == "2026-03-10" and c["due_on"]
    assert await _waiting(gw, staff, cid) is None


async def test_the_wait_is_counted_on_the_official_calendar(gw, staff, today):
    today("2026-04-30")  # the day before the Labour Day holiday
    cid = (await submit(gw, staff.agency["id"]))["cases"][0]["id"]
    today("2026-05-06")  # six days later, the first working day after the holiday
    item = await _waiting(gw, staff, cid)
    assert item["waited_working_days"] == _oracle_waited("2026-04-30", "2026-05-06") == 1
    assert item["overdue_for_confirmation"] is False and item["confirm_by"] == "2026-05-06"
    today("2026-05-07")
    item = await _waiting(gw, staff, cid)
    assert item["waited_working_days"] == _oracle_waited("2026-04-30", "2026-05-07") == 2
    assert item["overdue_for_confirmation"] is True
    # the oldest wait comes first
    later = (await submit(gw, staff.agency["id"]))["cases"][0]["id"]
    order = [x["id"] for x in (await _inbox(gw, staff))["items"]]
    assert order.index(cid) < order.index(later)


async def test_the_agency_is_notified_of_online_and_platform_applications_not_of_staff_registrations(
        gw, stack, staff, today):
    today("2026-03-16")
    citizen = mint_token(stack.key, kind="citizen", roles=["citizen"], scope="none")
    from tests.applications.conftest import application

    resp = await gw.post(f"{API}/applications", json=application(staff.agency["id"], items=2), headers=bearer(citizen))
    assert resp.status_code == 201, resp.text
    online = resp.json()
    for c in online["cases"]:  # one notice per case, to everyone handling the agency's cases
        notices = await _notices(gw, staff, c["id"])
        assert [n["kind"] for n in notices] == ["new_application"], notices
        assert c["number"] in notices[0]["message"] and "网上申请" in notices[0]["message"]
        assert notices[0]["read_at"] is None and notices[0]["agency_id"] == staff.agency["id"]

    client = mint_token(stack.key, kind="client", perms=["applications.application:submit"], scope="subtree",
                        agency_id=staff.agency["id"], agency_path=staff.agency["path"])
    resp = await gw.post(f"{API}/applications", json=application(staff.agency["id"]),
                         headers={**bearer(client), "Idempotency-Key": "inbox-platform-0001"})
    assert resp.status_code == 201, resp.text
    platform_case = resp.json()["cases"][0]
    notices = await _notices(gw, staff, platform_case["id"])
    assert [n["kind"] for n in notices] == ["new_application"] and "对接平台" in notices[0]["message"]
    item = await _waiting(gw, staff, platform_case["id"])
    assert item["channel"] == "api"

    # received at the counter on a given day: no wait, no notice, not in the inbox
    offline = (await register(gw, staff, received_on="2026-03-16"))["cases"][0]["id"]
    assert await _notices(gw, staff, offline) == []
    assert await _waiting(gw, staff, offline) is None

    # the kinds have Chinese and English labels
    kinds = {d["code"]: d for d in (await gw.get(f"{API}/dictionaries/notification_kinds")).json()}
    assert kinds["new_application"]["label"] == "新申请待确认" and kinds["confirmation_overdue"]["label"] == "确认超期"
    assert kinds["confirmation_overdue"]["label_en"]


async def test_the_deadline_job_raises_confirmation_overdue_once(gw, stack, staff, today):
    today("2026-03-20")  # a Friday
    cid = (await submit(gw, staff.agency["id"]))["cases"][0]["id"]
    received = (await submit(gw, staff.agency["id"]))["cases"][0]["id"]
    await _run(stack, "2026-03-23")  # one working day: not yet
    assert [n["kind"] for n in await _notices(gw, staff, cid)] == ["new_application"]
    today("2026-03-23")
    await act(gw, staff, received, "receive", {"received_on": "2026-03-23"})  # confirmed in time

    done = await _run(stack, "2026-03-24")
    assert done["confirmation_overdue"] >= 1
    overdue = [n for n in await _notices(gw, staff, cid) if n["kind"] == "confirmation_overdue"]
    assert len(overdue) == 1 and overdue[0]["due_on"] == "2026-03-23"
    assert "确认超期" in overdue[0]["message"] and "2 个工作日" in overdue[0]["message"]
    assert not [n for n in await _notices(gw, staff, received) if n["kind"] == "confirmation_overdue"]

    await _run(stack, "2026-03-25")  # once only
    await _run(stack, "2026-03-30")
    assert len([n for n in await _notices(gw, staff, cid) if n["kind"] == "confirmation_overdue"]) == 1


async def test_agency_notices_go_out_through_the_configured_channels_to_the_directorys_contact(
        gw, stack, staff, office, today, caplog):
    today("2026-03-16")
    to_office = (await submit(gw, office.agency["id"]))["cases"][0]
    to_county = (await submit(gw, staff.agency["id"]))["cases"][0]  # the directory gives a landline only

    class Recorder:
        def __init__(self, channel: str) -> None:
            self.channel, self.sent = channel, []

        async def send(self, *, to: str, subject: str, body: str) -> None:
            self.sent.append((to, subject, body))

    email, sms = Recorder("email"), Recorder("sms")
    app = stack.apps["applications"]
    conn = await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))
    try:
        pending = "SELECT count(*) FROM notifications WHERE case_id = ANY($1::uuid[]) AND send_pending"
        ids = [to_office["id"], to_county["id"]]
        assert await conn.fetchval(pending, ids) == 2
        for _ in range(50):  # other modules' notices may be ahead in the queue
            async with app.state.db.sessionmaker() as session:
                await notify_agencies(session, [email, sms])
                await session.commit()
            if await conn.fetchval(pending, ids) == 0:
                break
        assert await conn.fetchval(pending, ids) == 0
        # staff registrations and in-app-only notices are never queued for the channels
        offline = (await register(gw, staff, received_on="2026-03-16"))["cases"][0]["id"]
        assert await conn.fetchval("SELECT count(*) FROM notifications WHERE case_id = $1", offline) == 0
    finally:
        await conn.close()

    mails = [m for m in email.sent if to_office["number"] in m[1] + m[2]]
    texts = [m for m in sms.sent if to_office["number"] in m[1] + m[2]]
    assert [m[0] for m in mails] == ["gongkai-office@example.gov.cn"] and [m[0] for m in texts] == ["13912340000"]
    assert "确认收到" in mails[0][2]
    # the county's directory entry has no e-mail and a landline: its notice stays in-app
    assert not [m for m in email.sent + sms.sent if to_county["number"] in m[1] + m[2]]

    # sending again sends nothing: each notice goes out once
    email.sent.clear()
    async with app.state.db.sessionmaker() as session:
        await notify_agencies(session, [email])
        await session.commit()
    assert not [m for m in email.sent if to_office["number"] in m[1] + m[2]]

    # the stand-in sender logs the address masked
    with caplog.at_level(logging.INFO, logger="applications.notifications"):
        await LoggingSender("email").send(to="gongkai-office@example.gov.cn", subject="s", body="b")
        await LoggingSender("sms").send(to="13912340000", subject="s", body="b")
    assert "gongkai-office@example.gov.cn" not in caplog.text and "13912340000" not in caplog.text
    assert "go***@example.gov.cn" in caplog.text
