"""What happens by itself as days pass (the deadline job, run here with explicit dates), and calendar changes
moving the due dates of open cases."""
import asyncio
from datetime import date

import asyncpg
import pytest

from services.applications.notifications.service import run_deadlines
from tests.applications.conftest import act, case, person, register
from tests.support.helpers import bearer, eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


async def _run(stack, on: str) -> dict:
    app = stack.apps["applications"]
    async with app.state.db.sessionmaker() as session:
        done = await run_deadlines(session, app.state.store, today=date.fromisoformat(on))
        await session.commit()
    return done


async def test_no_supplement_in_time_closes_the_case_as_abandoned(gw, staff, stack, today):
    today("2026-03-05")
    cid = (await register(gw, staff, received_on="2026-03-02"))["cases"][0]["id"]
    await act(gw, staff, cid, "request_supplement", {"requested_on": "2026-03-05", "deadline": "2026-03-19",
                                                      "items": ["请说明所需信息的具体名称"]})
    await _run(stack, "2026-03-19")  # the last day of the period: still open
    assert (await case(gw, staff, cid))["status"] == "supplement_requested"
    done = await _run(stack, "2026-03-20")
    assert done["no_supplement"] >= 1
    c = await case(gw, staff, cid)
    assert c["status"] == "closed" and c["outcome"] == "other.no_supplement" and c["closed_on"] == "2026-03-20"
    reply = [lt for lt in c["letters"] if lt["kind"] == "reply"]
    assert reply and reply[0]["outcome"] == "other.no_supplement"
    assert (await _run(stack, "2026-03-21"))["no_supplement"] == 0  # done once


async def test_unpaid_fee_closes_the_case_and_the_wait_does_not_count(gw, staff, stack, today):
    today("2026-06-01")
    applicant = person()
    cases = []
    for _ in range(11):  # the 11th application of the month costs 100 yuan
        sub = await register(gw, staff, received_on="2026-05-11", applicant=dict(applicant))
        cases.append(sub["cases"][0]["id"])
    first, eleventh = cases[0], cases[-1]
    resp = await gw.post(f"/api/v1/applications/cases/{first}/notify-fee", json={
        "version": (await case(gw, staff, first))["version"], "notified_on": "2026-05-12", "method": "per_application",
        "deadline": "2026-05-26"}, headers=staff.h("clerk"))
    assert resp.status_code == 409 and "不收费" in resp.json()["detail"]  # the 1st of the month is free
    c = await act(gw, staff, eleventh, "notify_fee", {"notified_on": "2026-05-12", "method": "per_application",
                                                       "deadline": "2026-05-26"})
    assert c["status"] == "awaiting_fee" and c["fee"]["amount"] == "100" and c["fee"]["rank"] == 11
    assert "收费通知书" in {lt["title"] for lt in c["letters"]}
    done = await _run(stack, "2026-05-27")
    assert done["fee_unpaid"] >= 1
    c = await case(gw, staff, eleventh)
    assert c["status"] == "closed" and c["outcome"] == "other.fee_unpaid" and c["closed_on"] == "2026-05-27"
    assert c["fee_yuan"] == "0.00"  # nothing was paid


async def test_consultation_without_answer_ends_after_fifteen_working_days(gw, staff, stack, today):
    today("2026-09-21")
    cid = (await register(gw, staff, received_on="2026-09-14"))["cases"][0]["id"]
    c = await act(gw, staff, cid, "start_consultation", {"party": "agency", "party_name": "东湖县财政局",
                                                    "started_on": "2026-09-21", "scope": "共同制作的资金文件",
                                                    "notify_applicant": False})
    assert c["due_on"] == "2026-11-06"  # while waiting: the latest it can be
    await _run(stack, "2026-10-19")  # the 15th working day: still waiting
    assert (await case(gw, staff, cid))["status"] == "consulting"
    await _run(stack, "2026-10-20")
    c = await case(gw, staff, cid)
    assert c["status"] == "received" and c["due_on"] == "2026-11-06"
    ended = [e for e in c["events"] if e["kind"] == "consultation_ended"]
    assert ended and ended[0]["occurred_on"] == "2026-10-19" and ended[0]["data"]["answer"] == "no_answer"


async def test_due_soon_and_overdue_notices_once(gw, staff, stack, today):
    today("2026-03-02")
    sub = await register(gw, staff, received_on="2026-03-02")
    cid = sub["cases"][0]["id"]
    await act(gw, staff, cid, "assign", {"assignee_id": "handler-due", "assignee_name": "王五"})
    await _run(stack, "2026-03-25")  # due 3/30: within 3 working days
    await _run(stack, "2026-03-26")
    await _run(stack, "2026-03-31")  # overdue
    resp = await gw.get("/api/v1/applications/notifications", headers=staff.h("clerk", sub="handler-due"))
    mine = [n for n in resp.json()["items"] if n["case_id"] == cid]
    assert sorted(n["kind"] for n in mine) == ["assigned", "due_soon", "overdue"]
    today("2026-03-31")
    overdue = (await gw.get("/api/v1/applications/cases/overdue", params={"size": 100}, headers=staff.h("clerk"))).json()
    assert cid in {c["id"] for c in overdue["items"]}
    read = await gw.post("/api/v1/applications/notifications/read", json={"ids": [n["id"] for n in mine]},
                         headers=staff.h("clerk", sub="handler-due"))
    assert read.json() == {"marked": 3}


async def test_concurrent_job_runs_do_not_close_a_case_twice(gw, staff, stack, today):
    today("2026-04-01")
    cid = (await register(gw, staff, received_on="2026-03-23"))["cases"][0]["id"]
    await act(gw, staff, cid, "request_supplement", {"requested_on": "2026-03-24", "deadline": "2026-03-31",
                                                      "items": ["请补充身份证明"]})
    results = await asyncio.gather(*(_run(stack, "2026-04-01") for _ in range(3)))
    c = await case(gw, staff, cid)
    assert c["status"] == "closed" and len([lt for lt in c["letters"] if lt["kind"] == "reply"]) == 1
    assert len([e for e in c["events"] if e["kind"] == "abandoned"]) == 1
    assert sum(r["no_supplement"] for r in results) >= 1


async def test_a_calendar_change_moves_open_cases(gw, staff, stack, admin_token, today):
    today("2034-03-06")
    open_id = (await register(gw, staff, received_on="2034-03-06"))["cases"][0]["id"]
    closed_id = (await register(gw, staff, received_on="2034-03-06"))["cases"][0]["id"]
    closed = await act(gw, staff, closed_id, "withdraw", {"withdrawn_on": "2034-03-06"})
    before = await case(gw, staff, open_id)
    assert before["due_on"] == "2034-04-03" and before["due_provisional"] is True  # 2034 not yet published
    assert "尚未公布" in before["clock"]["steps"][-1]["text"]
    payload = {"source_notice": "国务院办公厅关于2034年部分节假日安排的通知（测试）", "days": [
        {"date": "2034-03-13", "is_workday": False, "name": "测试假日"},
        {"date": "2034-03-14", "is_workday": False, "name": "测试假日"}]}
    resp = await gw.put("/api/v1/applications/calendar/years/2034", json=payload, headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    after = await case(gw, staff, open_id)
    assert after["due_on"] == "2034-04-05" and after["due_provisional"] is False
    assert after["version"] == before["version"] + 1
    assert (await case(gw, staff, closed_id))["version"] == closed["version"]  # closed cases stay as they were

    async def updated_event() -> bool:
        conn = await asyncpg.connect(stack.infra.databases["applications"].replace("+asyncpg", ""))
        try:
            rows = await conn.fetch("SELECT data FROM outbox WHERE type = 'applications.case.updated' AND subject_id = $1",
                                    open_id)
            return any('"due_on": "2034-04-05"' in r["data"] for r in rows)
        finally:
            await conn.close()

    await eventually(updated_event, timeout=3)


async def test_the_job_runs_by_itself_in_the_lifespan(stack, gw, staff, today):
    """A second instance of the service with the job on: it closes an expired case without being asked."""
    from asgi_lifespan import LifespanManager

    from services.applications.app import create_app
    from services.applications.config import ApplicationsSettings

    today("2025-03-10")
    cid = (await register(gw, staff, received_on="2025-03-03"))["cases"][0]["id"]
    await act(gw, staff, cid, "request_supplement", {"requested_on": "2025-03-04", "deadline": "2025-03-07",
                                                      "items": ["请补充身份证明"]})
    settings = ApplicationsSettings(environment="test", database_url=stack.infra.databases["applications"],
                                    events_enabled=False, data_dir=stack.infra.tmp / "data",
                                    data_encryption_key="MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=",
                                    deadline_job_interval=0.05)
    app = create_app(settings)
    async with LifespanManager(app):
        async def closed() -> bool:
            return (await case(gw, staff, cid))["status"] == "closed"

        await eventually(closed, timeout=10)
    c = await case(gw, staff, cid)
    assert c["outcome"] == "other.no_supplement" and c["closed_on"] == "2025-03-08"


class RecordingSender:
    """A sender standing in for an e-mail gateway: remembers what it was asked to send."""

    def __init__(self, channel):
        self.channel = channel
        self.sent = []

    async def send(self, *, to, subject, body):
        self.sent.append((to, subject))


async def test_applicants_are_told_of_new_letters_by_email_and_sms_once(gw, staff, stack, today):
    from services.applications.notifications.service import notify_applicants

    today("2026-03-10")
    applicant = person(email="applicant@example.com", phone="13811112222")
    sub = await register(gw, staff, received_on="2026-03-10", applicant=applicant)
    app = stack.apps["applications"]
    email, sms = RecordingSender("email"), RecordingSender("sms")
    for _ in range(5):  # letters of other tests may be waiting too
        async with app.state.db.sessionmaker() as session:
            sent = await notify_applicants(session, app.state.cipher, [email, sms])
            await session.commit()
        if not sent:
            break
    assert ("applicant@example.com", f"【政府信息公开】政府信息公开申请接收回执（申请编号 {sub['number']}）") in email.sent
    assert any(to == "13811112222" and sub["number"] in subject for to, subject in sms.sent)
    before = len(email.sent)
    async with app.state.db.sessionmaker() as session:
        assert await notify_applicants(session, app.state.cipher, [email, sms]) == 0
    assert len(email.sent) == before
