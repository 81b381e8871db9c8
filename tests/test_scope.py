"""Data scope across services: a county's staff see their county's records and nothing of another county's.

Users are created and log in through the gateway, so the scope comes from their roles and agency as issued in the
token. Applications' scoped records (cases) are covered by its own tests; here it is its audit trail.
"""
import pytest

from tests.support.helpers import assert_problem, bearer, eventually, login, unique_name

PASSWORD = "Scope-Test-2026"


async def _user(gw, admin_token, agency_id, roles):
    username = unique_name("scope_")
    resp = await gw.post("/api/v1/auth/users", json={"username": username, "password": PASSWORD,
                         "display_name": "范围测试", "agency_id": agency_id, "roles": roles},
                         headers=bearer(admin_token))
    assert resp.status_code == 201, resp.text
    return resp.json(), (await login(gw, username, PASSWORD))["access_token"]


@pytest.fixture(scope="module")
async def county_staff(stack, admin_token, tree):
    import httpx

    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        _, supervisor = await _user(gw, admin_token, tree["county_a"]["id"], ["supervisor"])
        _, clerk = await _user(gw, admin_token, tree["county_a"]["id"], ["clerk"])
        other_user, _ = await _user(gw, admin_token, tree["county_b"]["id"], ["clerk"])
        # an audited write in each county
        for key in ("county_a", "county_b"):
            a = tree[key]
            cur = (await gw.get(f"/api/v1/catalog/agencies/{a['id']}")).json()
            resp = await gw.patch(f"/api/v1/catalog/agencies/{a['id']}", json={"version": cur["version"],
                                  "office_hours": "工作日"}, headers=bearer(admin_token))
            assert resp.status_code == 200
    return {"supervisor": supervisor, "clerk": clerk, "other_user": other_user}


async def test_catalog_records_of_another_county(gw, tree, county_staff):
    sup, clerk = county_staff["supervisor"], county_staff["clerk"]
    b = tree["county_b"]
    # reads of one record outside the scope look like "not found"
    assert_problem(await gw.get(f"/api/v1/catalog/agencies/{b['id']}/history", headers=bearer(sup)), 404)
    assert_problem(await gw.get(f"/api/v1/catalog/agencies/{tree['town_b']['id']}/history", headers=bearer(sup)), 404)
    assert_problem(await gw.get(f"/api/v1/catalog/agencies/{b['id']}/history", headers=bearer(clerk)), 404)
    # writes outside the scope are forbidden
    cur = (await gw.get(f"/api/v1/catalog/agencies/{b['id']}")).json()
    assert_problem(await gw.patch(f"/api/v1/catalog/agencies/{b['id']}", json={"version": cur["version"], "phone": "0999-1"},
                                  headers=bearer(sup)), 403, "out_of_scope")
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("越权"), "code": "91350100M000100Y43",
                         "level": "township", "kind": "government", "parent_id": b["id"]}, headers=bearer(sup))
    assert_problem(resp, 403, "out_of_scope")
    # inside the scope it works: the county's own township
    assert (await gw.get(f"/api/v1/catalog/agencies/{tree['town_a']['id']}/history", headers=bearer(sup))).status_code == 200
    # a clerk's scope is the own agency only: not even the county's township
    assert_problem(await gw.get(f"/api/v1/catalog/agencies/{tree['town_a']['id']}/history", headers=bearer(clerk)), 404)
    assert (await gw.get(f"/api/v1/catalog/agencies/{tree['county_a']['id']}/history", headers=bearer(clerk))).status_code == 200


async def test_audit_trails_are_scoped_in_every_service(gw, tree, county_staff):
    sup = county_staff["supervisor"]
    subtree = (await gw.get("/api/v1/catalog/agencies", params={"within": tree["county_a"]["id"], "size": 100,
                                                                "include_inactive": True},
                            headers=bearer(sup))).json()["items"]
    a_ids = {a["id"] for a in subtree}
    assert tree["town_a"]["id"] in a_ids and tree["county_b"]["id"] not in a_ids
    for service in ("catalog", "applications", "statistics", "auth"):
        resp = await gw.get(f"/api/v1/{service}/audit", params={"size": 100}, headers=bearer(sup))
        assert resp.status_code == 200, (service, resp.text)
        agencies = {e["agency_id"] for e in resp.json()["items"]}
        assert agencies <= a_ids, (service, agencies)
    catalog = (await gw.get("/api/v1/catalog/audit", params={"size": 100}, headers=bearer(sup))).json()["items"]
    assert tree["county_a"]["id"] in {e["agency_id"] for e in catalog}
    # a clerk holds no audit permission at all
    assert_problem(await gw.get("/api/v1/catalog/audit", headers=bearer(county_staff["clerk"])), 403, "forbidden")


async def test_statistics_agency_list_is_scoped(gw, tree, county_staff):
    async def sees_own_subtree() -> bool:
        resp = await gw.get("/api/v1/statistics/agencies", params={"size": 100}, headers=bearer(county_staff["supervisor"]))
        ids = {a["id"] for a in resp.json()["items"]}
        return {tree["county_a"]["id"], tree["town_a"]["id"]} <= ids

    await eventually(sees_own_subtree, timeout=3)
    resp = await gw.get("/api/v1/statistics/agencies", params={"size": 100}, headers=bearer(county_staff["supervisor"]))
    ids = {a["id"] for a in resp.json()["items"]}
    assert not ids & {tree["county_b"]["id"], tree["town_b"]["id"], tree["city"]["id"]}
    resp = await gw.get("/api/v1/statistics/agencies", params={"size": 100}, headers=bearer(county_staff["clerk"]))
    assert {a["id"] for a in resp.json()["items"]} == {tree["county_a"]["id"]}


async def test_users_of_another_county_are_invisible(gw, tree, county_staff):
    other = county_staff["other_user"]
    assert_problem(await gw.get(f"/api/v1/auth/users/{other['id']}", headers=bearer(county_staff["supervisor"])), 404)
    listed = (await gw.get("/api/v1/auth/users", params={"size": 100}, headers=bearer(county_staff["supervisor"]))).json()
    assert other["id"] not in {u["id"] for u in listed["items"]}
    assert tree["county_b"]["id"] not in {u["agency_id"] for u in listed["items"]}
    assert tree["town_b"]["id"] not in {u["agency_id"] for u in listed["items"]}


async def test_applications_calendar_edit_needs_the_permission(gw, county_staff):
    resp = await gw.put("/api/v1/applications/calendar/years/2030", json={"source_notice": "x 通知", "days": []},
                        headers=bearer(county_staff["supervisor"]))
    assert_problem(resp, 403, "forbidden")
