"""Supervision through the gateway: a city supervisor defines an indicator system, opens a quarterly round over a
county and its townships, the automatic measures equal a hand count of the data fed in, an inspector scores and
records issues, a township answers two (one accepted, one returned), the round is closed, reviewed by a second
supervisor and published; the ranking and the circular (.docx read back) show the same scores, and a re-check
carries the issue left open. Then bad input and concurrency, and the daily monitoring with a pinned clock.
"""
from __future__ import annotations

import asyncio
import io
import uuid
from typing import Any

import httpx
import pytest
from docx import Document

from kernel import clock
from kernel.permissions import granted
from tests.statistics.support import drained, staff
from tests.support.helpers import assert_problem, create_agency, eventually

API = "/api/v1/statistics/assessments"
Q2 = ("2026-04-01", "2026-06-30")


def ids() -> str:
    return uuid.uuid4().hex


@pytest.fixture(scope="module")
async def area(stack, admin_token) -> dict[str, Any]:
    """A city with a county and three townships; the city's disclosure office supervises."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        city = await create_agency(gw, admin_token, level="city")
        county = await create_agency(gw, admin_token, parent_id=city["id"], name="测评县人民政府" + ids()[:4])
        towns = [await create_agency(gw, admin_token, parent_id=county["id"], level="township",
                                     name=f"{n}镇人民政府{ids()[:4]}") for n in ("甲", "乙", "丙")]

        async def replicated() -> bool:
            resp = await gw.get("/api/v1/statistics/agencies", params={"within": city["id"]},
                                headers=staff(stack, city))
            return resp.status_code == 200 and resp.json()["total"] == 5

        await eventually(replicated, timeout=10)
    return {"city": city, "county": county, "a": towns[0], "b": towns[1], "c": towns[2]}


def supervisor(stack, area, sub: str = "sup-1") -> dict[str, str]:
    return staff(stack, area["city"], perms=list(granted("supervisor")), scope="subtree", sub=sub)


def inspector(stack, area) -> dict[str, str]:
    return staff(stack, area["city"], perms=list(granted("inspector")), scope="subtree", sub="inspector-1")


def clerk(stack, agency) -> dict[str, str]:
    return staff(stack, agency, perms=list(granted("clerk")), scope="own", sub=f"clerk-{agency['id']}")


SYSTEM = {
    "name": "2026年第二季度政务公开测评指标体系", "year": 2026, "quarter": 2, "total_score": 100,
    "indicators": [
        {"code": "1", "name": "主动公开", "kind": "group", "max_score": 50, "children": [
            {"code": "1.1", "name": "主动公开及时率", "kind": "automatic", "max_score": 20,
             "measure": "publication_timeliness", "rule": {"type": "ratio"}},
            {"code": "1.2", "name": "政策解读同步", "kind": "automatic", "max_score": 15,
             "measure": "interpretation_timeliness", "params": {"within_working_days": 10},
             "rule": {"type": "thresholds", "on": "ratio", "bands": [{"at_least": 1.0, "score": 15},
                                                                     {"at_least": 0.5, "score": 8}]}},
            {"code": "1.3", "name": "公开属性标识", "kind": "manual", "max_score": 15},
        ]},
        {"code": "2", "name": "依申请公开", "kind": "group", "max_score": 40, "children": [
            {"code": "2.1", "name": "按期答复率", "kind": "automatic", "max_score": 20, "measure": "reply_on_time",
             "rule": {"type": "ratio"}},
            {"code": "2.2", "name": "逾期未办结", "kind": "automatic", "max_score": 10, "measure": "overdue_open",
             "rule": {"type": "deduction", "per": 5, "cap": 10}},
            {"code": "2.3", "name": "答复规范性", "kind": "manual", "max_score": 10},
        ]},
        {"code": "3", "name": "复议诉讼纠错", "kind": "automatic", "max_score": 10, "measure": "appeals_corrected",
         "rule": {"type": "deduction", "per": 5, "cap": 10}},
    ],
}


async def feed(stack, events, area) -> None:
    """The hand-counted data of Q2 2026 (and some just outside it)."""
    a, b, county = area["a"], area["b"], area["county"]
    policy = ids()
    for agency, title, published, late, extra in (
        (a, "甲镇关于农村人居环境整治的通知", "2026-04-08T10:00:00+08:00", True, {}),
        (a, "甲镇2026年财政预算", "2026-05-12T10:00:00+08:00", False, {}),
        (a, "甲镇集体经济组织管理办法", "2026-04-10T10:00:00+08:00", False,
         {"entry_id": policy, "regulation_kind": "normative"}),
        (a, "《甲镇集体经济组织管理办法》解读", "2026-04-14T10:00:00+08:00", False,
         {"genre": "interpretation", "interprets": [policy]}),
        (a, "甲镇一季度工作简报", "2026-03-20T10:00:00+08:00", True, {}),  # before the period
        (b, "乙镇防汛工作方案", "2026-05-06T10:00:00+08:00", False, {"is_policy": True}),  # never interpreted
        (b, "乙镇农业补贴公示", "2026-06-01T10:00:00+08:00", False, {}),
        (b, "乙镇已撤销的公告", "2026-04-20T10:00:00+08:00", True, {"revoked_at": "2026-05-01T10:00:00+08:00"}),
        (county, "县政府关于安全生产的通知", "2026-06-10T10:00:00+08:00", True, {}),
    ):
        data = {"entry_id": ids(), "version": 1, "agency": agency, "title": title, "published_at": published,
                "late": late, "working_days": 25 if late else 5, **extra}
        await events.entry("published", **data)
    for agency, received, closed, due, on_time in (
        (a, "2026-03-02", "2026-04-10", "2026-03-30", False),  # closed in the period, late
        (a, "2026-04-01", "2026-04-20", "2026-04-29", True),
        (a, "2026-05-06", None, "2026-06-15", None),  # still open at the period's end, overdue
        (b, "2026-04-13", "2026-05-08", "2026-05-13", True),
        (b, "2026-05-01", "2026-07-05", "2026-06-01", True),  # closed after the period: overdue on 30 June
        (b, "2026-06-20", None, "2026-07-20", None),  # open but not yet due
    ):
        await events.case("closed" if closed else "received", case_id=ids(), version=1, agency=agency,
                          received_on=received, closed_on=closed, due_on=due,
                          on_time=on_time, outcome="disclosed" if closed else None)
    await events.appeal("decided", appeal_id=ids(), version=2, case_id=ids(), agency_id=b["id"],
                        agency_path=b["path"], kind="reconsideration", filed_on="2026-04-02", outcome="corrected",
                        decided_on="2026-05-20")
    await drained(stack)


# 1.1 publication, 1.2 interpretation, 2.1 replies, 2.2 overdue, 3 appeals — by the hand count above
EXPECTED_AUTO = {
    "a": {"1.1": ("3/4", "15.00"), "1.2": ("1/1", "15.00"), "2.1": ("1/2", "10.00"), "2.2": (1, "5.00"), "3": (0, "10.00")},
    "b": {"1.1": ("2/2", "20.00"), "1.2": ("0/1", "0.00"), "2.1": ("1/1", "20.00"), "2.2": (1, "5.00"), "3": (1, "5.00")},
    "c": {"1.1": ("0/0", "20.00"), "1.2": ("0/0", "15.00"), "2.1": ("0/0", "20.00"), "2.2": (0, "10.00"), "3": (0, "10.00")},
    "county": {"1.1": ("0/1", "0.00"), "1.2": ("0/0", "15.00"), "2.1": ("0/0", "20.00"), "2.2": (0, "10.00"),
               "3": (0, "10.00")},
}
MANUAL = {"a": {"1.3": "12", "2.3": "8"}, "b": {"1.3": "14", "2.3": "10"}, "c": {"1.3": "10", "2.3": "5"},
          "county": {"1.3": "15", "2.3": "10"}}
TOTALS = {"a": "75.00", "b": "74.00", "c": "90.00", "county": "80.00"}


def _figure(value: dict[str, Any], expected: Any) -> Any:
    return f"{value['numerator']}/{value['denominator']}" if isinstance(expected, str) else value["count"]


async def test_a_quarterly_round_from_system_to_recheck(gw, stack, events, area):
    await feed(stack, events, area)
    sup, sup2, insp = supervisor(stack, area), supervisor(stack, area, "sup-2"), inspector(stack, area)

    # 1. the indicator system: drafted, activated (then frozen)
    resp = await gw.post(f"{API}/systems", json=SYSTEM, headers=sup)
    assert resp.status_code == 201, resp.text
    system = resp.json()
    assert system["status"] == "draft" and [n["code"] for n in system["indicators"]] == ["1", "2", "3"]
    assert system["indicators"][0]["children"][1]["params"] == {"within_working_days": 10}
    system = (await gw.post(f"{API}/systems/{system['id']}/activate", json={"version": system["version"]},
                            headers=sup)).json()
    assert system["status"] == "active" and "edit" not in system["allowed_actions"]
    assert_problem(await gw.put(f"{API}/systems/{system['id']}", json={**SYSTEM, "version": system["version"]},
                                headers=sup), 409, "assessment_state")

    # 2. a quarterly round over the county and its townships, measured at once
    resp = await gw.post(f"{API}/rounds", json={
        "system_id": system["id"], "name": "2026年第二季度政务公开测评", "kind": "quarterly", "period_start": Q2[0],
        "period_end": Q2[1], "subtree_of": area["city"]["id"]}, headers=sup)
    assert resp.status_code == 201, resp.text
    rnd = resp.json()
    groups = {m["agency_id"]: m["group_code"] for m in rnd["round_agencies"]}
    key = {area[k]["id"]: k for k in ("a", "b", "c", "county")}
    assert set(groups) == set(key) and groups[area["county"]["id"]] == "government"
    assert {groups[area[k]["id"]] for k in "abc"} == {"township"}

    scores = (await gw.get(f"{API}/rounds/{rnd['id']}/scores", headers=sup)).json()
    auto = {(key[s["agency_id"]], s["indicator_code"]): s for s in scores if s["source"] == "automatic"}
    for agency, expected in EXPECTED_AUTO.items():
        for code, (figure, score) in expected.items():
            s = auto[(agency, code)]
            assert (_figure(s["value"], figure), s["score"]) == (figure, score), (agency, code, s)
    late = auto[("a", "1.1")]["value"]["details"]
    assert [d["title"] for d in late] == ["甲镇关于农村人居环境整治的通知"]  # the one outside the period is not there

    # 3. an inspector scores the manual indicators (with evidence) and records issues
    for agency, given in MANUAL.items():
        for code, score in given.items():
            resp = await gw.put(f"{API}/rounds/{rnd['id']}/scores", json={
                "agency_id": area[agency]["id"], "indicator_code": code, "score": score, "note": "现场核查",
                "evidence": [{"kind": "url", "url": "https://example.gov.cn/gk/"}]}, headers=insp)
            assert resp.status_code == 200, resp.text
    issues = []
    for title, category in (("部分文件未标注公开属性", "attribute_unmarked"), ("依申请公开答复书缺少救济途径告知", "reply_quality")):
        resp = await gw.post(f"{API}/rounds/{rnd['id']}/issues", json={
            "agency_id": area["a"]["id"], "indicator_code": "1.3" if category == "attribute_unmarked" else "2.3",
            "category": category, "title": title, "description": f"检查发现：{title}。",
            "suggestion": "对照《条例》逐项整改。"}, headers=insp)
        assert resp.status_code == 201, resp.text
        issues.append(resp.json())
    assert (await gw.post(f"{API}/rounds/{rnd['id']}/issues/from-lost-points", headers=insp)).json()["raised"] == 7
    assert (await gw.post(f"{API}/rounds/{rnd['id']}/issues/from-lost-points", headers=insp)).json()["raised"] == 0

    # 4. the township sees its list and its notices, answers two; one is accepted, one returned
    town = clerk(stack, area["a"])
    mine = (await gw.get(f"{API}/issues", params={"round_id": rnd["id"], "size": 100}, headers=town)).json()
    assert {i["agency_id"] for i in mine["items"]} == {area["a"]["id"]} and mine["total"] == 2 + 3
    notices = (await gw.get(f"{API}/notices", headers=town)).json()
    assert notices["unread"] == 5
    assert_problem(await gw.get(f"{API}/rounds/{rnd['id']}/results", headers=town), 409, "assessment_state")
    assert (await gw.get(f"{API}/rounds/{rnd['id']}/scores", headers=town)).json() == []  # not before publication
    answered = []
    for issue in issues:
        resp = await gw.post(f"{API}/issues/{issue['id']}/answer", json={
            "version": issue["version"], "text": "已逐项整改，见截图。",
            "evidence": [{"kind": "note", "text": "整改前后对比见门户网站。"}]}, headers=town)
        assert resp.status_code == 200, resp.text
        answered.append(resp.json())
    other_town = clerk(stack, area["b"])
    assert_problem(await gw.get(f"{API}/issues/{issues[0]['id']}", headers=other_town), 404)
    accepted = (await gw.post(f"{API}/issues/{answered[0]['id']}/accept",
                              json={"version": answered[0]["version"], "comment": "整改到位"}, headers=sup)).json()
    assert accepted["status"] == "closed" and [s["action"] for s in accepted["steps"]] == ["raised", "answered", "accepted"]
    returned = (await gw.post(f"{API}/issues/{answered[1]['id']}/return",
                              json={"version": answered[1]["version"], "comment": "未见整改后的答复书样本"},
                              headers=sup)).json()
    assert returned["status"] == "returned" and returned["allowed_actions"] == ["cancel"]

    # 5. closed, reviewed by a second supervisor (not the one who closed it), published
    rnd = (await gw.get(f"{API}/rounds/{rnd['id']}", headers=sup)).json()
    rnd = (await gw.post(f"{API}/rounds/{rnd['id']}/close", json={"version": rnd["version"]}, headers=sup)).json()
    assert "review" not in rnd["allowed_actions"]
    assert_problem(await gw.post(f"{API}/rounds/{rnd['id']}/review", json={"version": rnd["version"]}, headers=sup),
                   403, "assessment_four_eyes")
    rnd = (await gw.post(f"{API}/rounds/{rnd['id']}/review", json={"version": rnd["version"]}, headers=sup2)).json()
    rnd = (await gw.post(f"{API}/rounds/{rnd['id']}/publish", json={"version": rnd["version"]}, headers=sup2)).json()
    assert rnd["status"] == "published"

    results = (await gw.get(f"{API}/rounds/{rnd['id']}/results", headers=sup)).json()
    by_key = {key[r["agency_id"]]: r for r in results["agencies"]}
    assert {k: r["total"] for k, r in by_key.items()} == TOTALS
    assert [(key[r["agency_id"]], r["rank"]) for r in results["agencies"] if r["group_code"] == "township"] == \
        [("c", 1), ("a", 2), ("b", 3)]
    assert by_key["a"]["by_indicator"]["1"] == "42.00" and by_key["a"]["unscored"] == 0
    assert results["issues_total"] == 9 and results["issues_closed"] == 1
    assert {f["category"]: f["count"] for f in results["frequent_issues"]}["late_publication"] == 2

    # the township now sees the ranking and its own detail only
    seen = (await gw.get(f"{API}/rounds/{rnd['id']}/results", headers=town)).json()
    assert [r["total"] for r in seen["agencies"]] == [r["total"] for r in results["agencies"]]
    assert all(bool(r["by_indicator"]) == (r["agency_id"] == area["a"]["id"]) for r in seen["agencies"])

    # 6. the circular: its score tables show the same scores
    resp = await gw.get(f"{API}/rounds/{rnd['id']}/circular.docx", headers=sup)
    assert resp.status_code == 200, resp.text
    doc = Document(io.BytesIO(resp.content))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "关于2026年第二季度政务公开测评结果的通报" in text and "存在的主要问题" in text
    cells = {}
    for table in doc.tables:
        for row in table.rows[1:]:
            cells[row.cells[1].text] = (row.cells[0].text, row.cells[2].text)
    for k in ("a", "b", "c", "county"):
        assert cells[area[k]["name"]] == (str(by_key[k]["rank"]), by_key[k]["total"]), k

    # 7. a re-check carries the issues left open
    resp = await gw.post(f"{API}/rounds", json={
        "system_id": system["id"], "name": "第二季度测评问题整改回头看", "kind": "recheck", "period_start": "2026-07-01",
        "period_end": "2026-07-31", "agency_ids": [area["a"]["id"], area["b"]["id"]], "recheck_of_id": rnd["id"]},
        headers=sup)
    assert resp.status_code == 201, resp.text
    recheck = resp.json()
    carried = (await gw.get(f"{API}/issues", params={"round_id": recheck["id"], "size": 100}, headers=sup)).json()
    carried_ids = {i["id"] for i in carried["items"]}
    assert returned["id"] in carried_ids and accepted["id"] not in carried_ids
    assert all(i["recheck_round_id"] == recheck["id"] for i in carried["items"])
    assert recheck["previous_round_id"] == rnd["id"]

    # across the subtree: how many issues of each type, how many rectified (as a city reports its 1,860)
    summary = (await gw.get(f"{API}/issues/summary", params={"agency_id": area["a"]["id"]}, headers=sup)).json()
    assert (summary["total"], summary["closed"]) == (5, 1)
    assert {c["category"]: c["count"] for c in summary["by_category"]} == {
        "attribute_unmarked": 1, "reply_quality": 1, "late_publication": 1, "late_reply": 1, "overdue_request": 1}
    assert (await gw.get(f"{API}/issues/summary", headers=town)).json()["total"] == 5  # its own only
    assert (await gw.get(f"{API}/issues/summary", params={"since": "2030-01-01"}, headers=sup)).json()["total"] == 0
    assert_problem(await gw.get(f"{API}/issues/summary", params={"since": "2026-02-01", "until": "2026-01-01"},
                                headers=sup), 422)

    # events for other platforms, and the audit of every score change
    async with stack.apps["statistics"].state.db.sessionmaker() as session:
        from sqlalchemy import text

        types = (await session.execute(text("SELECT type FROM outbox WHERE type LIKE 'statistics.assessment.%'"))).scalars()
        assert {"statistics.assessment.round_opened", "statistics.assessment.round_published",
                "statistics.assessment.issue_raised", "statistics.assessment.issue_answered"} <= set(types)
        audited = (await session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'assessment.score_set' AND entity_id = :id"),
            {"id": str(rnd["id"])})).scalar_one()
        assert audited == 8


async def test_bad_input_and_concurrency_leave_nothing_half_written(gw, stack, area):
    sup, insp = supervisor(stack, area), inspector(stack, area)
    bad = {**SYSTEM, "indicators": [{**SYSTEM["indicators"][0], "max_score": 55}, *SYSTEM["indicators"][1:]]}
    body = assert_problem(await gw.post(f"{API}/systems", json=bad, headers=sup), 422, "validation_error")
    fields = {e["field"] for e in body["errors"]}
    assert {"indicators", "indicators.0.max_score"} <= fields and "不一致" in body["errors"][0]["message"]
    wrong_rule = {**SYSTEM, "indicators": [SYSTEM["indicators"][0], SYSTEM["indicators"][1],
                                           {**SYSTEM["indicators"][2], "rule": {"type": "ratio", "zero_at": 0.9,
                                                                                "full_at": 0.5}}]}
    assert_problem(await gw.post(f"{API}/systems", json=wrong_rule, headers=sup), 422, "validation_error")
    unsuited = {**SYSTEM, "indicators": [SYSTEM["indicators"][0], SYSTEM["indicators"][1],
                                         {**SYSTEM["indicators"][2], "rule": {"type": "ratio"}}]}
    body = assert_problem(await gw.post(f"{API}/systems", json=unsuited, headers=sup), 422)
    assert body["errors"][0]["field"] == "indicators.2.rule"
    assert (await gw.get(f"{API}/systems", params={"size": 100}, headers=sup)).json()["total"] == 1  # none half-made

    # a draft system cannot be used; a clerk cannot define one
    draft = (await gw.post(f"{API}/systems", json=SYSTEM, headers=sup)).json()
    round_body = {"system_id": draft["id"], "name": "专项督查", "kind": "special", "period_start": Q2[0],
                  "period_end": Q2[1], "agency_ids": [area["a"]["id"]]}
    assert_problem(await gw.post(f"{API}/rounds", json=round_body, headers=sup), 422)
    forbidden = assert_problem(await gw.post(f"{API}/systems", json=SYSTEM, headers=clerk(stack, area["a"])), 403)
    assert "statistics.assessment" not in forbidden["detail"]
    draft = (await gw.post(f"{API}/systems/{draft['id']}/activate", json={"version": draft["version"]},
                           headers=sup)).json()
    assert_problem(await gw.post(f"{API}/rounds", json={**round_body, "period_end": "2026-03-01"}, headers=sup), 422)
    outside = staff(stack, area["a"], perms=list(granted("supervisor")), scope="subtree", sub="town-sup")
    assert_problem(await gw.post(f"{API}/rounds", json={**round_body, "system_id": draft["id"],
                                                        "agency_ids": [area["b"]["id"]]}, headers=outside), 404)
    rnd = (await gw.post(f"{API}/rounds", json={**round_body, "system_id": draft["id"]}, headers=sup)).json()

    # a manual score above the maximum, on an automatic indicator, or for an agency not in the round
    cell = {"agency_id": area["a"]["id"], "indicator_code": "1.3", "score": "16"}
    assert_problem(await gw.put(f"{API}/rounds/{rnd['id']}/scores", json=cell, headers=insp), 422)
    assert_problem(await gw.put(f"{API}/rounds/{rnd['id']}/scores", json={**cell, "indicator_code": "1.1", "score": 1},
                                headers=insp), 422)
    assert_problem(await gw.put(f"{API}/rounds/{rnd['id']}/scores", json={**cell, "agency_id": area["b"]["id"],
                                                                          "score": 1}, headers=insp), 422)
    # two inspectors on the same cell at once: one wins, the other is told someone scored first
    a, b = await asyncio.gather(*(gw.put(f"{API}/rounds/{rnd['id']}/scores", json={**cell, "score": s}, headers=insp)
                                  for s in ("10", "12")))
    assert sorted([a.status_code, b.status_code]) == [200, 409]
    loser = a if a.status_code == 409 else b
    assert loser.json()["code"] == "version_conflict"
    current = (await gw.get(f"{API}/rounds/{rnd['id']}/scores", params={"agency_id": area["a"]["id"]},
                            headers=sup)).json()
    manual = next(s for s in current if s["indicator_code"] == "1.3")
    assert manual["version"] == 1 and manual["score"] in ("10.00", "12.00")
    again = await gw.put(f"{API}/rounds/{rnd['id']}/scores", json={**cell, "score": "9", "expected_version": 1},
                         headers=insp)
    assert again.status_code == 200 and again.json()["version"] == 2

    # an answer to a closed issue; evidence that does not exist
    issue = (await gw.post(f"{API}/rounds/{rnd['id']}/issues", json={
        "agency_id": area["a"]["id"], "category": "other", "title": "测试问题", "description": "测试问题的描述。"},
        headers=insp)).json()
    assert_problem(await gw.post(f"{API}/rounds/{rnd['id']}/issues", json={
        "agency_id": area["a"]["id"], "category": "other", "title": "测试问题", "description": "测试问题的描述。",
        "evidence": [{"kind": "file", "file_id": str(uuid.uuid4())}]}, headers=insp), 422)
    cancelled = (await gw.post(f"{API}/issues/{issue['id']}/cancel", json={"version": issue["version"]},
                               headers=sup)).json()
    body = assert_problem(await gw.post(f"{API}/issues/{issue['id']}/answer", json={
        "version": cancelled["version"], "text": "已整改完毕。"}, headers=clerk(stack, area["a"])), 409, "assessment_state")
    assert "已撤销" in body["detail"]


async def test_daily_monitoring_raises_an_issue_for_a_policy_left_without_interpretation(gw, stack, events, area):
    from services.statistics.assessments.monitoring import run_monitoring

    sup = supervisor(stack, area)
    town = area["c"]
    policy = ids()
    await events.entry("published", entry_id=policy, version=1, agency=town, title="丙镇村级事务管理办法",
                       published_at="2026-11-02T10:00:00+08:00", regulation_kind="normative")
    await drained(stack)
    resp = await gw.post(f"{API}/monitors", json={"check": "policy_without_interpretation", "days": 10}, headers=sup)
    assert resp.status_code == 201, resp.text
    app = stack.apps["statistics"]

    async def run(at: str) -> None:
        with clock.pin(at):
            async with app.state.db.sessionmaker() as session:
                await run_monitoring(session, today=clock.today())
                await session.commit()

    def found(items):
        return [i for i in items if i["source"] == "monitoring" and "村级事务管理办法" in i["title"]]

    # 10 working days after 2 November is 16 November: on the 13th nothing yet, on the 16th (Beijing) the issue
    await run("2026-11-13T09:00:00+08:00")
    mine = (await gw.get(f"{API}/issues", params={"agency_id": town["id"], "size": 100}, headers=sup)).json()
    assert found(mine["items"]) == []
    await run("2026-11-15T16:30:00Z")  # 00:30 on the 16th in Beijing, still the 15th on UTC
    mine = (await gw.get(f"{API}/issues", params={"agency_id": town["id"], "size": 100}, headers=sup)).json()
    [issue] = found(mine["items"])
    assert issue["category"] == "missing_interpretation" and issue["round_id"] is None
    notices = (await gw.get(f"{API}/notices", headers=clerk(stack, town))).json()
    assert any("村级事务管理办法" in n["message"] for n in notices["items"])
    # the next day: the same policy does not raise a second issue
    await run("2026-11-17T09:00:00+08:00")
    mine = (await gw.get(f"{API}/issues", params={"agency_id": town["id"], "size": 100}, headers=sup)).json()
    assert len(found(mine["items"])) == 1


async def test_the_example_system_measures_every_agency_with_every_measure(gw, stack, area):
    """Started from the template, activated, and applied to the area: every automatic indicator of every agency is
    measured and scored; an agency with nothing to measure gets the points of its rules' 'nothing wrong'."""
    sup = supervisor(stack, area)
    template = (await gw.get(f"{API}/templates/example", params={"year": 2026, "quarter": 3}, headers=sup)).json()
    system = (await gw.post(f"{API}/systems", json=template, headers=sup)).json()
    system = (await gw.post(f"{API}/systems/{system['id']}/activate", json={"version": system["version"]},
                            headers=sup)).json()
    rnd = (await gw.post(f"{API}/rounds", json={
        "system_id": system["id"], "name": "2026年第三季度测评", "kind": "quarterly", "period_start": "2026-07-01",
        "period_end": "2026-09-30", "subtree_of": area["city"]["id"]}, headers=sup)).json()
    scores = (await gw.get(f"{API}/rounds/{rnd['id']}/scores", headers=sup)).json()
    automatic = [s for s in scores if s["source"] == "automatic"]
    assert len(automatic) == 4 * 9 and all(s["value"] is not None for s in automatic)
    c = next(s for s in automatic if s["agency_id"] == area["c"]["id"] and s["indicator_code"] == "2.4")
    assert c["value"]["count"] == 0 and c["score"] == "6.00"  # no columns: nothing empty or stale
    results = (await gw.get(f"{API}/rounds/{rnd['id']}/results", headers=sup)).json()
    assert all(r["unscored"] == 7 for r in results["agencies"])  # the manual ones wait for the inspectors
