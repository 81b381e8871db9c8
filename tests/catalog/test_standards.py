"""The standard directory of proactive disclosure through the gateway: the pilot areas, each agency's two-level list
of items (public), copying a county's template into its townships, scope, versions, and the coverage view that
lists the items with nothing published in a period."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from kernel import clock
from kernel.errors import Problem
from services.catalog.entries.models import Entry
from services.catalog.standards import service as standards
from tests.catalog.conftest import API, create_entry, entry_action, publish
from tests.support.helpers import Staff, assert_problem, bearer, create_agency

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6]}"


async def _item(gw: httpx.AsyncClient, headers: dict[str, str], agency_id: int, name: str, status: int = 201,
                **fields: Any) -> dict[str, Any]:
    resp = await gw.post(f"{API}/standard-items", json={"agency_id": agency_id, "name": name, **fields}, headers=headers)
    assert resp.status_code == status, resp.text
    return resp.json()


async def _directory(gw: httpx.AsyncClient, agency_id: int, headers: dict[str, str] | None = None,
                     **params: Any) -> list[dict[str, Any]]:
    resp = await gw.get(f"{API}/standard-items", params={"agency_id": agency_id, **params}, headers=headers or {})
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _set_published_at(stack, entry_id: str, at: datetime) -> None:
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        await session.execute(update(Entry).where(Entry.id == uuid.UUID(entry_id)).values(published_at=at))
        await session.commit()


# --- areas -----------------------------------------------------------------------------------------------------


async def test_seeded_areas_are_public_and_maintained_by_administrators(gw, admin_token, staff):
    areas = (await gw.get(f"{API}/standard-areas")).json()
    codes = [a["code"] for a in areas]
    assert codes[:3] == ["major_projects", "public_resource_trading", "budget"]
    assert len([c for c in codes if not c.startswith("t_")]) == 26
    assert next(a for a in areas if a["code"] == "budget")["name"] == "财政预决算"
    code = f"t_{uuid.uuid4().hex[:8]}"
    resp = await gw.post(f"{API}/standard-areas", json={"code": code, "name": f"测试领域{code}"}, headers=bearer(admin_token))
    assert resp.status_code == 201, resp.text
    area = resp.json()
    assert area["is_active"] is True and area["sort_order"] > 26
    # duplicates: the code, and the name once normalised
    assert_problem(await gw.post(f"{API}/standard-areas", json={"code": code, "name": "另一个名称"},
                                 headers=bearer(admin_token)), 409, "validation_error")
    problem = assert_problem(await gw.post(f"{API}/standard-areas", json={"code": f"{code}x", "name": "财政 预决算"},
                                           headers=bearer(admin_token)), 409)
    assert problem["errors"][0]["field"] == "name" and problem["existing"]["id"] == "budget"
    assert_problem(await gw.post(f"{API}/standard-areas", json={"code": "Bad-Code", "name": "格式"},
                                 headers=bearer(admin_token)), 422)
    assert_problem(await gw.post(f"{API}/standard-areas", json={"code": f"{code}y", "name": "越权"},
                                 headers=staff.h("supervisor")), 403, "forbidden")
    # deactivated: hidden from the public, refused for new items
    resp = await gw.patch(f"{API}/standard-areas/{code}", json={"is_active": False, "name": f"改名领域{code}"},
                          headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["is_active"] is False
    assert code not in [a["code"] for a in (await gw.get(f"{API}/standard-areas")).json()]
    listed = (await gw.get(f"{API}/standard-areas", params={"include_inactive": True}, headers=staff.h("clerk"))).json()
    assert next(a for a in listed if a["code"] == code)["name"] == f"改名领域{code}"
    problem = assert_problem(await gw.post(f"{API}/standard-items", json={
        "agency_id": staff.agency["id"], "name": "停用领域事项", "area_code": code}, headers=staff.h("clerk")), 422)
    assert problem["errors"][0]["field"] == "area_code"
    assert_problem(await gw.patch(f"{API}/standard-areas/nosuch_area", json={"name": "x"}, headers=bearer(admin_token)),
                   404, "not_found")
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "standard_area", "entity_id": code},
                          headers=bearer(admin_token))).json()["items"]
    assert [a["action"] for a in audit] == ["standard_area.deactivated", "standard_area.created"]


async def test_code_lists_are_dictionaries(gw):
    body = (await gw.get(f"{API}/dictionaries")).json()
    assert [(i["code"], i["label"]) for i in body["standard_audience"]] == [("public", "全社会"), ("specific", "特定群体")]
    assert [(i["code"], i["label"]) for i in body["standard_method"]] == [("proactive", "主动"), ("on_request", "依申请")]
    assert [i["label"] for i in body["standard_level"]] == ["县级", "乡级", "县级、乡级"]


# --- items -----------------------------------------------------------------------------------------------------


async def test_two_level_directory_with_derived_time_limits(gw, staff):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    budget = await _item(gw, h, aid, _name("财政预算"), area_code="budget", legal_basis="《中华人民共和国预算法》第十四条",
                         time_limit="批准后20日内", subject="县财政局", channels="政府网站■政务服务中心",
                         method="proactive", audience="public", level="county")
    assert budget["time_limit_days"] is None  # calendar days, not working days
    child = await _item(gw, h, aid, "部门预算", parent_id=budget["id"],
                        time_limit="信息形成或者变更之日起20个工作日内", content_elements="部门预算报表及说明")
    assert child["area_code"] == "budget" and child["time_limit_days"] == 20 and child["audience"] == "public"
    written = await _item(gw, h, aid, "三公经费", parent_id=budget["id"], time_limit="自信息形成之日起二十个工作日内")
    assert written["time_limit_days"] == 20
    given = await _item(gw, h, aid, "决算公开", parent_id=budget["id"], time_limit="每年8月底前", time_limit_days=15,
                        level="county_township", method="on_request", audience="specific")
    assert (given["time_limit_days"], given["level"], given["method"], given["audience"]) == (
        15, "county_township", "on_request", "specific")
    health = await _item(gw, h, aid, _name("医疗卫生"), area_code="health")
    # two levels only; a level-2 item takes its parent's area; names unique after normalisation
    problem = assert_problem(await gw.post(f"{API}/standard-items", json={
        "agency_id": aid, "name": "三级事项", "parent_id": child["id"]}, headers=h), 422)
    assert problem["errors"][0]["field"] == "parent_id"
    problem = assert_problem(await gw.post(f"{API}/standard-items", json={
        "agency_id": aid, "name": "错领域", "parent_id": budget["id"], "area_code": "health"}, headers=h), 422)
    assert problem["errors"][0]["field"] == "area_code"
    problem = assert_problem(await gw.post(f"{API}/standard-items", json={
        "agency_id": aid, "name": "部门 预算", "parent_id": budget["id"]}, headers=h), 409)
    assert problem["errors"][0]["existing_id"] == child["id"]
    for bad, field in [({"audience": "everyone"}, "audience"), ({"method": "maybe"}, "method"),
                       ({"level": "city"}, "level"), ({"time_limit_days": 0}, "time_limit_days"),
                       ({"area_code": "no_such_area"}, "area_code"), ({"name": ""}, "name")]:
        resp = await gw.post(f"{API}/standard-items", json={"agency_id": aid, "name": "校验事项", **bad}, headers=h)
        assert field in [e["field"] for e in assert_problem(resp, 422)["errors"]], bad
    # the directory is public: level-1 items in the order of their areas, each with its level-2 items
    directory = await _directory(gw, aid)
    ids = [i["id"] for i in directory]
    assert ids.index(budget["id"]) < ids.index(health["id"])  # 财政预决算 comes before 医疗卫生
    node = next(i for i in directory if i["id"] == budget["id"])
    assert [c["name"] for c in node["children"]] == ["部门预算", "三公经费", "决算公开"]
    assert node["legal_basis"] == "《中华人民共和国预算法》第十四条" and node["version"] == 1
    assert [i["id"] for i in await _directory(gw, aid, area_code="health")] == [health["id"]]
    assert (await gw.get(f"{API}/standard-items/{child['id']}")).json()["content_elements"] == "部门预算报表及说明"
    assert_problem(await gw.get(f"{API}/standard-items", params={"agency_id": 999_999_999}), 404)


async def test_editing_items(gw, stack, staff):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    first = await _item(gw, h, aid, _name("社会救助"), area_code="social_assistance")
    second = await _item(gw, h, aid, _name("养老服务"), area_code="elderly_care")
    child = await _item(gw, h, aid, "低保对象", parent_id=first["id"], time_limit="20个工作日")
    assert_problem(await gw.patch(f"{API}/standard-items/{child['id']}", json={"version": 9, "name": "x"}, headers=h),
                   409, "version_conflict")
    # the time limit's text changes: its working days follow unless given
    resp = await gw.patch(f"{API}/standard-items/{child['id']}",
                          json={"version": 1, "time_limit": "信息形成之日起十个工作日内", "subject": "县民政局"}, headers=h)
    assert resp.status_code == 200, resp.text
    assert (resp.json()["time_limit_days"], resp.json()["subject"], resp.json()["version"]) == (10, "县民政局", 2)
    resp = await gw.patch(f"{API}/standard-items/{child['id']}", json={"version": 2, "subject": None}, headers=h)
    assert resp.json()["subject"] is None
    # a level-2 item moves to another level-1 item and takes its area
    resp = await gw.patch(f"{API}/standard-items/{child['id']}", json={"version": 3, "parent_id": second["id"]}, headers=h)
    assert resp.status_code == 200 and resp.json()["area_code"] == "elderly_care"
    # a level-1 item's area change carries its level-2 items along; one with items cannot become level-2
    resp = await gw.patch(f"{API}/standard-items/{second['id']}", json={"version": 1, "area_code": "health"}, headers=h)
    assert resp.status_code == 200 and resp.json()["area_code"] == "health"
    assert (await gw.get(f"{API}/standard-items/{child['id']}")).json()["area_code"] == "health"
    assert_problem(await gw.patch(f"{API}/standard-items/{second['id']}", json={"version": 2, "parent_id": first["id"]},
                                  headers=h), 409, "taxonomy_state")
    assert_problem(await gw.patch(f"{API}/standard-items/{first['id']}", json={"version": 1, "parent_id": first["id"]},
                                  headers=h), 422)
    assert_problem(await gw.patch(f"{API}/standard-items/{first['id']}", json={"version": 1, "method": None},
                                  headers=h), 422)
    # deactivating a level-1 item takes its level-2 items with it
    resp = await gw.post(f"{API}/standard-items/{second['id']}/deactivate", json={"version": 2}, headers=h)
    assert resp.status_code == 200 and resp.json()["is_active"] is False
    assert second["id"] not in [i["id"] for i in await _directory(gw, aid)]
    staff_view = await _directory(gw, aid, h, include_inactive=True)
    assert [c["is_active"] for c in next(i for i in staff_view if i["id"] == second["id"])["children"]] == [False]
    assert_problem(await gw.get(f"{API}/standard-items/{child['id']}"), 404)
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        with pytest.raises(Problem) as raised:
            await standards.check_standard_item(session, aid, child["id"])
        assert raised.value.errors[0]["field"] == "standard_item_id"
        assert (await standards.check_standard_item(session, aid, first["id"])).id == first["id"]
        with pytest.raises(Problem):
            await standards.check_standard_item(session, aid + 1, first["id"])
    # entries cannot be linked to it any more
    resp = await gw.post(f"{API}/entries", json={**_draft(), "standard_item_id": child["id"]}, headers=h)
    assert assert_problem(resp, 422)["errors"][0]["field"] == "standard_item_id"
    current = (await gw.get(f"{API}/standard-items/{child['id']}", headers=h)).json()
    assert_problem(await gw.post(f"{API}/standard-items/{child['id']}/reactivate", json={"version": current["version"]},
                                 headers=h), 409, "taxonomy_state")
    assert (await gw.post(f"{API}/standard-items/{second['id']}/reactivate", json={"version": 3}, headers=h)).status_code == 200
    resp = await gw.post(f"{API}/standard-items/{child['id']}/reactivate", json={"version": current["version"]}, headers=h)
    assert resp.status_code == 200 and resp.json()["is_active"] is True
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "standard_item", "entity_id": str(child["id"])},
                          headers=staff.h("supervisor"))).json()["items"]
    assert [a["action"] for a in reversed(audit)] == [
        "standard_item.created", "standard_item.updated", "standard_item.updated", "standard_item.updated",
        "standard_item.updated", "standard_item.deactivated", "standard_item.reactivated"]


def _draft(**overrides: Any) -> dict[str, Any]:
    from tests.catalog.conftest import draft
    return draft(**overrides)


async def test_items_are_scoped_to_the_callers_agencies(gw, stack, tree):
    county_a, county_b = Staff(stack, tree["county_a"]), Staff(stack, tree["county_b"])
    mine = await _item(gw, county_a.h("clerk"), tree["county_a"]["id"], _name("县甲事项"))
    assert_problem(await gw.post(f"{API}/standard-items", json={"agency_id": tree["county_a"]["id"], "name": "越权"},
                                 headers=county_b.h("clerk")), 403, "out_of_scope")
    for method, path, body in [
        ("PATCH", f"/standard-items/{mine['id']}", {"version": 1, "name": "越权改名"}),
        ("POST", f"/standard-items/{mine['id']}/deactivate", {"version": 1}),
    ]:
        assert_problem(await gw.request(method, f"{API}{path}", json=body, headers=county_b.h("clerk")), 403, "out_of_scope")
    assert_problem(await gw.post(f"{API}/standard-items", json={"agency_id": tree["county_a"]["id"], "name": "审查员"},
                                 headers=county_a.h("reviewer")), 403, "forbidden")
    assert_problem(await gw.post(f"{API}/standard-items", json={"agency_id": tree["county_a"]["id"], "name": "匿名"}), 401)
    # anyone reads it
    assert mine["id"] in [i["id"] for i in await _directory(gw, tree["county_a"]["id"])]


async def test_copy_a_county_template_into_its_townships(gw, stack, admin_token, tree):
    county = await create_agency(gw, admin_token, parent_id=tree["city"]["id"])
    towns = [await create_agency(gw, admin_token, parent_id=county["id"], level="township") for _ in range(2)]
    outsider = await create_agency(gw, admin_token, parent_id=tree["county_b"]["id"], level="township")
    supervisor = Staff(stack, county).h("supervisor")
    budget = await _item(gw, supervisor, county["id"], "财政预决算", area_code="budget", level="township",
                         time_limit="20个工作日")
    await _item(gw, supervisor, county["id"], "部门预算", parent_id=budget["id"])
    await _item(gw, supervisor, county["id"], "部门决算", parent_id=budget["id"])
    relief = await _item(gw, supervisor, county["id"], "救灾", area_code="disaster_relief")
    await _item(gw, supervisor, county["id"], "救灾物资", parent_id=relief["id"])
    retired = await _item(gw, supervisor, county["id"], "已停用事项")
    await gw.post(f"{API}/standard-items/{retired['id']}/deactivate", json={"version": 1}, headers=supervisor)
    # one township already has part of it
    await _item(gw, supervisor, towns[1]["id"], "财政 预决算", area_code="budget")
    # all or nothing: a target out of scope spoils the whole copy
    resp = await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [towns[0]["id"], outsider["id"]]}, headers=supervisor)
    assert_problem(resp, 403, "out_of_scope")
    assert await _directory(gw, towns[0]["id"]) == []
    resp = await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [t["id"] for t in towns]}, headers=supervisor)
    assert resp.status_code == 200, resp.text
    result = resp.json()
    by_agency = {a["agency_id"]: a for a in result["agencies"]}
    assert by_agency[towns[0]["id"]] == {"agency_id": towns[0]["id"], "created": 5, "skipped": []}
    assert by_agency[towns[1]["id"]]["created"] == 4 and by_agency[towns[1]["id"]]["skipped"] == ["财政预决算"]
    assert (result["created"], result["skipped"]) == (9, 1)
    copied = await _directory(gw, towns[0]["id"])
    assert [(i["name"], [c["name"] for c in i["children"]]) for i in copied] == [
        ("财政预决算", ["部门预算", "部门决算"]), ("救灾", ["救灾物资"])]
    assert copied[0]["level"] == "township" and copied[0]["time_limit_days"] == 20 and copied[0]["agency_id"] == towns[0]["id"]
    existing = next(i for i in await _directory(gw, towns[1]["id"]) if i["area_code"] == "budget")
    assert existing["name"] == "财政 预决算" and [c["name"] for c in existing["children"]] == ["部门预算", "部门决算"]
    # copying again adds nothing; filters by area and by item
    again = (await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [towns[0]["id"]], "area_code": "disaster_relief"},
        headers=supervisor)).json()
    assert (again["created"], again["agencies"][0]["skipped"]) == (0, ["救灾", "救灾 / 救灾物资"])
    assert_problem(await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [towns[0]["id"]], "item_ids": [retired["id"]]},
        headers=supervisor), 422)
    assert_problem(await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [county["id"]]}, headers=supervisor), 422)
    assert_problem(await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": []}, headers=supervisor), 422)
    # a township's clerk may copy the county's public template into its own directory, not into its neighbour's
    clerk = Staff(stack, towns[0]).h("clerk")
    assert_problem(await gw.post(f"{API}/standard-items/copy", json={
        "from_agency_id": county["id"], "to_agency_ids": [towns[1]["id"]]}, headers=clerk), 403, "out_of_scope")
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "agency", "entity_id": str(towns[0]["id"]),
                                                  "action": "standard_item.copied"},
                          headers=supervisor)).json()["items"]
    assert len(audit) == 2 and audit[-1]["after"]["from_agency_id"] == county["id"]


# --- coverage --------------------------------------------------------------------------------------------------


async def test_coverage_lists_items_without_entries_first(gw, stack, staff):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    group = await _item(gw, h, aid, _name("义务教育"), area_code="compulsory_education")
    enrolment = await _item(gw, h, aid, "招生入学", parent_id=group["id"])
    subsidies = await _item(gw, h, aid, "资助政策", parent_id=group["id"])
    fees = await _item(gw, h, aid, _name("收费项目"), area_code="compulsory_education")
    on_request = await _item(gw, h, aid, _name("依申请事项"), area_code="compulsory_education", method="on_request")
    inactive = await _item(gw, h, aid, _name("停用事项"))
    await gw.post(f"{API}/standard-items/{inactive['id']}/deactivate", json={"version": 1}, headers=h)

    await publish(gw, staff, title="覆盖测试：关于2026年义务教育招生入学工作的通知", standard_item_id=enrolment["id"])
    revoked = await publish(gw, staff, title="覆盖测试：已撤销的资助政策通知", standard_item_id=subsidies["id"])
    await entry_action(gw, staff, revoked["id"], "revoke", {"reason": "内容有误，撤销后重新发布。"}, role="reviewer")
    await create_entry(gw, staff, title="覆盖测试：尚未发布的资助政策草稿", standard_item_id=subsidies["id"])
    # published long ago (its first publication counts, not the date a corrected version went out)
    old = await publish(gw, staff, title="覆盖测试：2024年收费项目公示", standard_item_id=fees["id"])
    await _set_published_at(stack, old["id"], datetime(2024, 12, 31, 16, 30, tzinfo=timezone.utc))  # 2025-01-01 00:30 in Beijing

    today = clock.today()  # statutory dates are Beijing dates
    start, end = (today - timedelta(days=30)).isoformat(), today.isoformat()
    resp = await gw.get(f"{API}/standard-items/coverage", params={"agency_id": aid, "from": start, "to": end}, headers=h)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert (body["agency_id"], body["from"], body["to"]) == (aid, start, end)
    rows = {r["id"]: r for r in body["items"]}
    assert inactive["id"] not in rows
    assert rows[enrolment["id"]]["entries"] == 1 and rows[enrolment["id"]]["uncovered"] is False
    assert rows[enrolment["id"]]["last_published_at"] is not None
    assert rows[subsidies["id"]]["entries"] == 0 and rows[subsidies["id"]]["uncovered"] is True
    assert rows[group["id"]]["entries"] == 0 and rows[group["id"]]["entries_with_children"] == 1
    assert rows[group["id"]]["uncovered"] is False  # one of its level-2 items was published
    assert rows[fees["id"]]["uncovered"] is True
    assert rows[on_request["id"]]["expected"] is False and rows[on_request["id"]]["uncovered"] is False
    assert rows[subsidies["id"]]["parent_name"] == group["name"] and rows[subsidies["id"]]["depth"] == 2
    assert rows[fees["id"]]["area_name"] == "义务教育"
    flags = [r["uncovered"] for r in body["items"]]
    assert flags == sorted(flags, reverse=True)  # uncovered first
    mine = [r["id"] for r in body["items"] if r["id"] in {group["id"], enrolment["id"], subsidies["id"], fees["id"],
                                                            on_request["id"]}]
    assert mine == [subsidies["id"], fees["id"], group["id"], enrolment["id"], on_request["id"]]
    assert body["uncovered"] == sum(flags) and body["covered"] == body["expected"] - body["uncovered"]
    assert body["items_total"] == len(body["items"])

    # the old entry counts in the period of its (Beijing) publication date only
    async def fees_in(start: str, end: str) -> dict[str, Any]:
        resp = await gw.get(f"{API}/standard-items/coverage", params={"agency_id": aid, "from": start, "to": end,
                                                                     "area_code": "compulsory_education"}, headers=h)
        assert resp.status_code == 200, resp.text
        return next(r for r in resp.json()["items"] if r["id"] == fees["id"])

    assert (await fees_in("2025-01-01", "2025-01-31"))["entries"] == 1
    assert (await fees_in("2024-12-01", "2024-12-31"))["entries"] == 0
    assert (await fees_in("2021-01-02", "2026-01-01"))["uncovered"] is False  # exactly five years


async def test_coverage_period_and_scope(gw, stack, staff, tree):
    aid = staff.agency["id"]
    h = staff.h("clerk")

    async def ask(headers: dict[str, str], **params: Any) -> httpx.Response:
        return await gw.get(f"{API}/standard-items/coverage", params={"agency_id": aid, **params}, headers=headers)

    problem = assert_problem(await ask(h, **{"from": "2026-02-01", "to": "2026-01-01"}), 422, "validation_error")
    assert problem["errors"][0]["field"] == "to"
    problem = assert_problem(await ask(h, **{"from": "2021-01-01", "to": "2026-01-01"}), 422)
    assert "5 年" in problem["errors"][0]["message"]
    assert_problem(await ask(h, **{"from": "2026-01-01"}), 422)
    assert_problem(await ask(h, **{"from": "2026-13-01", "to": "2026-12-31"}), 422)
    # staff who read the agency's entries (any role with catalog.entry:read in scope), nobody else
    assert (await ask(staff.h("reviewer"), **{"from": "2026-01-01", "to": "2026-12-31"})).status_code == 200
    assert (await ask(Staff(stack, tree["city"]).h("supervisor"), **{"from": "2026-01-01", "to": "2026-12-31"})).status_code \
        == 200
    assert_problem(await ask(Staff(stack, tree["county_b"]).h("clerk"), **{"from": "2026-01-01", "to": "2026-12-31"}),
                   404, "not_found")
    assert_problem(await ask({}, **{"from": "2026-01-01", "to": "2026-12-31"}), 401)


@pytest.mark.parametrize("text, days", [
    ("信息形成或者变更之日起20个工作日内", 20),
    ("自信息形成之日起二十个工作日内", 20),
    ("十五个工作日", 15),
    ("５个工作日内", 5),  # full-width digits
    ("7 个 工作日", 7),
    ("一百二十个工作日", 120),
    ("批准后20日内", None),  # calendar days are not working days
    ("实时公开", None),
    ("每年3月31日前", None),
    ("0个工作日", None),
    ("", None),
    (None, None),
])
def test_working_days_are_read_from_the_time_limit(text, days):
    assert standards.working_days_in(text) == days
