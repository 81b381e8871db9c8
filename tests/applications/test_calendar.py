"""The working-day calendar service: seeded schedules, computations that show their arithmetic, administrator
edits published to the replicas in catalog and statistics."""
import asyncpg

from tests.support.helpers import assert_problem, bearer, eventually, mint_token


async def test_seeded_years_and_a_year_view(gw):
    years = (await gw.get("/api/v1/applications/calendar/years")).json()
    by_year = {y["year"]: y for y in years}
    assert by_year[2025]["official"] and by_year[2026]["official"] and 2004 in by_year
    y2026 = (await gw.get("/api/v1/applications/calendar/years/2026")).json()
    swapped = {d["date"] for d in y2026["days"] if d["is_workday"]}
    assert swapped == {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}
    assert any(d["date"] == "2026-02-17" and d["name"] == "春节" for d in y2026["days"])
    y2031 = (await gw.get("/api/v1/applications/calendar/years/2031")).json()
    assert y2031["provisional"] is True and y2031["days"] == []


async def test_due_date_with_its_arithmetic(gw):
    resp = await gw.get("/api/v1/applications/calendar/add", params={"start": "2026-02-09", "days": 20})
    body = resp.json()
    assert body["due"] == "2026-03-13" and body["provisional"] is False
    skipped = {s["date"]: s["reason"] for s in body["skipped"]}
    assert skipped["2026-02-16"] == "春节" and skipped["2026-02-15"] == "春节" and skipped["2026-03-01"] == "星期日"
    assert "2026-02-14" not in skipped and "2026-02-28" not in skipped  # swapped working Saturdays
    count = (await gw.get("/api/v1/applications/calendar/between",
                          params={"start": "2026-02-13", "end": "2026-02-28"})).json()
    assert count["working_days"] == 6
    provisional = (await gw.get("/api/v1/applications/calendar/add", params={"start": "2032-12-20", "days": 10})).json()
    assert provisional["provisional"] is True and provisional["provisional_years"] == [2032, 2033]


async def test_bad_calendar_queries(gw):
    assert_problem(await gw.get("/api/v1/applications/calendar/add", params={"start": "2026-02-30", "days": 1}), 422)
    assert_problem(await gw.get("/api/v1/applications/calendar/add", params={"start": "2026-02-01", "days": -1}), 422)
    assert_problem(await gw.get("/api/v1/applications/calendar/add", params={"start": "1990-02-01", "days": 1}), 400)
    assert_problem(await gw.get("/api/v1/applications/calendar/years/1800"), 422)


async def test_administrator_enters_a_new_year_and_replicas_follow(gw, admin_token, stack):
    year = 2031
    payload = {
        "source_notice": "国务院办公厅关于2031年部分节假日安排的通知（测试）",
        "days": [
            {"date": "2031-01-01", "is_workday": False, "name": "元旦"},
            {"date": "2031-01-22", "is_workday": False, "name": "春节"},
            {"date": "2031-01-23", "is_workday": False, "name": "春节"},
            {"date": "2031-01-26", "is_workday": True, "name": "春节调休上班"},
        ],
    }
    resp = await gw.put(f"/api/v1/applications/calendar/years/{year}", json=payload, headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    assert resp.json()["official"] is True and resp.json()["version"] == 1
    due = (await gw.get("/api/v1/applications/calendar/add", params={"start": "2031-01-21", "days": 2})).json()
    assert due["due"] == "2031-01-26" and due["provisional"] is False  # 1/22–23 off, 1/24 Fri, 1/26 swapped Sunday
    # a second edit needs the current version
    stale = await gw.put(f"/api/v1/applications/calendar/years/{year}", json=payload, headers=bearer(admin_token))
    assert_problem(stale, 409, "version_conflict")

    async def replicated(db: str) -> bool:
        conn = await asyncpg.connect(stack.infra.databases[db].replace("+asyncpg", ""))
        try:
            rows = await conn.fetch("SELECT day, is_workday FROM calendar_days WHERE day >= '2031-01-01' AND day < '2032-01-01'")
            return len(rows) == 4
        finally:
            await conn.close()

    await eventually(lambda: replicated("catalog"), timeout=3)
    await eventually(lambda: replicated("statistics"), timeout=3)
    audit = (await gw.get("/api/v1/applications/audit", params={"entity_type": "calendar_year", "entity_id": str(year)},
                          headers=bearer(admin_token))).json()["items"]
    assert audit and audit[0]["action"] == "calendar.year_replaced"


async def test_invalid_schedules_are_refused(gw, admin_token):
    base = {"source_notice": "测试通知"}
    cases = [
        ({**base, "days": [{"date": "2032-03-03", "is_workday": True}]}, 422),  # a Wednesday is already a workday
        ({**base, "days": [{"date": "2033-01-01", "is_workday": False}]}, 422),  # another year
        ({**base, "days": [{"date": "2032-01-01", "is_workday": False}] * 2}, 422),  # duplicate
        ({**base, "days": [{"date": "2032-13-01", "is_workday": False}]}, 422),
        ({"days": []}, 422),  # no source
    ]
    for payload, status in cases:
        assert_problem(await gw.put("/api/v1/applications/calendar/years/2032", json=payload, headers=bearer(admin_token)),
                       status)
    year = (await gw.get("/api/v1/applications/calendar/years/2032")).json()
    assert year["provisional"] is True  # nothing was written


async def test_calendar_edit_needs_the_permission(gw, stack):
    token = mint_token(stack.key, perms=["catalog.agency:write"], scope="all")
    resp = await gw.put("/api/v1/applications/calendar/years/2033", json={"source_notice": "测试", "days": []},
                        headers=bearer(token))
    assert_problem(resp, 403, "forbidden")
