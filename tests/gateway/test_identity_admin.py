"""Administration of users, roles and API clients; citizen accounts; personal data protected at rest."""
import base64

import asyncpg

from kernel.permissions import granted
from tests.support.helpers import assert_problem, bearer, login, unique_name

PASSWORD = "Admin-Test-2026"


async def _create_user(gw, token, agency_id, roles, **extra):
    username = unique_name("adm_")
    return await gw.post("/api/v1/auth/users", json={"username": username, "password": PASSWORD, "display_name": "管理测试",
                         "agency_id": agency_id, "roles": roles, **extra}, headers=bearer(token))


async def test_delegated_user_administration_stays_within_scope(gw, admin_token, tree):
    # a county-level user administrator: a custom role with user management over the county's subtree (and the
    # clerk's permissions, so it may grant the clerk role, whatever the services give clerks)
    code = unique_name("county_admin_").lower()
    resp = await gw.post("/api/v1/auth/roles", json={"code": code, "name": "县级账号管理员",
                         "permissions": ["auth.user:manage", "auth.user:read", *granted("clerk")],
                         "data_scope": "subtree"}, headers=bearer(admin_token))
    assert resp.status_code == 201, resp.text
    resp = await _create_user(gw, admin_token, tree["county_a"]["id"], [code])
    assert resp.status_code == 201
    county_admin = (await login(gw, resp.json()["username"], PASSWORD))["access_token"]

    ok = await _create_user(gw, county_admin, tree["town_a"]["id"], ["clerk"])
    assert ok.status_code == 201, ok.text
    assert_problem(await _create_user(gw, county_admin, tree["town_b"]["id"], ["clerk"]), 403, "out_of_scope")
    assert_problem(await _create_user(gw, county_admin, tree["town_a"]["id"], ["admin"]), 403, "role_not_grantable")
    # supervisor's audit:read is not held by the county admin: not grantable either
    assert_problem(await _create_user(gw, county_admin, tree["town_a"]["id"], ["supervisor"]), 403, "role_not_grantable")
    body = assert_problem(await _create_user(gw, county_admin, tree["town_a"]["id"], ["no_such_role"]), 422)
    assert body["errors"][0]["field"] == "roles.0"
    assert_problem(await _create_user(gw, county_admin, tree["town_a"]["id"], ["citizen"]), 422)


async def test_user_validation_and_duplicates(gw, admin_token, tree):
    resp = await gw.post("/api/v1/auth/users", json={"username": "1bad", "password": "short", "display_name": "",
                         "agency_id": tree["county_a"]["id"], "roles": []}, headers=bearer(admin_token))
    fields = {e["field"] for e in assert_problem(resp, 422, "validation_error")["errors"]}
    assert {"username", "password", "display_name", "roles"} <= fields
    first = await _create_user(gw, admin_token, tree["county_a"]["id"], ["clerk"])
    resp = await gw.post("/api/v1/auth/users", json={"username": first.json()["username"].upper(), "password": PASSWORD,
                         "display_name": "重名", "agency_id": tree["county_a"]["id"], "roles": ["clerk"]},
                         headers=bearer(admin_token))
    assert assert_problem(resp, 409)["errors"][0]["field"] == "username"
    resp = await _create_user(gw, admin_token, 999_999, ["clerk"])
    assert assert_problem(resp, 422)["errors"][0]["code"] == "unknown_agency"


async def test_phone_numbers_are_encrypted_at_rest_and_masked(gw, admin_token, tree, stack):
    resp = await _create_user(gw, admin_token, tree["county_a"]["id"], ["clerk"], phone="13912345678")
    assert resp.status_code == 201
    assert resp.json()["phone_masked"] == "139****5678"
    listed = (await gw.get("/api/v1/auth/users", params={"q": resp.json()["username"]}, headers=bearer(admin_token))).json()
    assert listed["items"][0]["phone_masked"] == "139****5678"
    assert "13912345678" not in str(listed)
    conn = await asyncpg.connect(stack.infra.databases["gateway"].replace("+asyncpg", ""))
    try:
        row = await conn.fetchrow("SELECT * FROM users WHERE username = $1", resp.json()["username"])
        assert "13912345678" not in str(dict(row))
        audit = await conn.fetch("SELECT before::text, after::text FROM audit_log WHERE entity_id = $1", str(row["id"]))
        assert audit and "13912345678" not in str([dict(a) for a in audit])
        # the audit trail is append-only
        try:
            await conn.execute("UPDATE audit_log SET action = 'x' WHERE entity_id = $1", str(row["id"]))
            raise AssertionError("audit_log accepted an UPDATE")
        except asyncpg.PostgresError as exc:
            assert "append-only" in str(exc)
    finally:
        await conn.close()


async def test_citizen_registration(gw):
    username = unique_name("citizen_")
    resp = await gw.post("/api/v1/auth/register", json={"username": username, "password": "Citizen-2026",
                         "display_name": "李四", "phone": "+86 137-1234-5678"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["phone_masked"] == "137****5678"
    tokens = await login(gw, username, "Citizen-2026")
    me = (await gw.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))).json()
    assert me["kind"] == "citizen" and me["roles"] == ["citizen"] and me["data_scope"] == "none"
    # the same phone cannot register twice; a citizen cannot administer anything
    resp = await gw.post("/api/v1/auth/register", json={"username": unique_name("citizen_"), "password": "Citizen-2026",
                         "display_name": "王五", "phone": "13712345678"})
    assert assert_problem(resp, 409)["errors"][0]["field"] == "phone"
    assert_problem(await gw.get("/api/v1/auth/users", headers=bearer(tokens["access_token"])), 403)
    resp = await gw.post("/api/v1/auth/register", json={"username": unique_name("c_"), "password": "password",
                         "display_name": "赵六", "phone": "12345"})
    fields = {e["field"] for e in assert_problem(resp, 422)["errors"]}
    assert fields == {"password", "phone"}


async def test_api_client_credentials(gw, admin_token, tree):
    resp = await gw.post("/api/v1/auth/clients", json={"name": "省政务公开平台", "agency_id": tree["county_a"]["id"],
                         "roles": ["platform"]}, headers=bearer(admin_token))
    assert resp.status_code == 201, resp.text
    client = resp.json()
    secret = client["client_secret"]
    form = {"grant_type": "client_credentials", "client_id": client["client_id"], "client_secret": secret}
    token = (await gw.post("/api/v1/auth/token", data=form)).json()
    assert "refresh_token" not in token
    basic = base64.b64encode(f"{client['client_id']}:{secret}".encode()).decode()
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "client_credentials"},
                         headers={"Authorization": f"Basic {basic}"})
    assert resp.status_code == 200
    me = (await gw.get("/api/v1/auth/me", headers=bearer(token["access_token"]))).json()
    assert me["kind"] == "client" and me["agency_id"] == tree["county_a"]["id"] and me["data_scope"] == "subtree"
    listed = (await gw.get("/api/v1/statistics/agencies", params={"size": 100},
                           headers=bearer(token["access_token"]))).json()
    assert tree["county_b"]["id"] not in {a["id"] for a in listed["items"]}
    body = assert_problem(await gw.post("/api/v1/auth/token", data={**form, "client_secret": "wrong"}), 401,
                          "invalid_client")
    assert body["error"] == "invalid_client"
    rotated = await gw.post(f"/api/v1/auth/clients/{client['id']}/secret", headers=bearer(admin_token))
    assert rotated.status_code == 200 and rotated.json()["client_secret"] != secret
    assert_problem(await gw.post("/api/v1/auth/token", data=form), 401, "invalid_client")
    form["client_secret"] = rotated.json()["client_secret"]
    assert (await gw.post("/api/v1/auth/token", data=form)).status_code == 200
    # clients cannot hold staff roles
    resp = await gw.post("/api/v1/auth/clients", json={"name": "x 平台", "roles": ["admin"]}, headers=bearer(admin_token))
    assert_problem(resp, 422)


async def test_roles_and_permissions(gw, admin_token):
    perms = (await gw.get("/api/v1/auth/permissions", headers=bearer(admin_token))).json()
    assert {"code": "catalog.agency:write", "label": "维护机关目录", "label_en": "Maintain the agency directory"} in perms
    resp = await gw.post("/api/v1/auth/roles", json={"code": "bad_role", "name": "坏角色", "permissions": ["made.up:perm"],
                         "data_scope": "own"}, headers=bearer(admin_token))
    assert assert_problem(resp, 422)["errors"][0]["code"] == "unknown_permission"
    assert_problem(await gw.patch("/api/v1/auth/roles/admin", json={"name": "改名"}, headers=bearer(admin_token)), 409,
                   "system_role")
    code = unique_name("tmp_role_").lower()
    assert (await gw.post("/api/v1/auth/roles", json={"code": code, "name": "临时角色", "permissions": ["audit:read"],
                          "data_scope": "own"}, headers=bearer(admin_token))).status_code == 201
    resp = await gw.patch(f"/api/v1/auth/roles/{code}", json={"permissions": ["audit:read", "auth.user:read"]},
                          headers=bearer(admin_token))
    assert resp.json()["permissions"] == ["audit:read", "auth.user:read"]
    assert (await gw.delete(f"/api/v1/auth/roles/{code}", headers=bearer(admin_token))).status_code == 204
    assert_problem(await gw.delete("/api/v1/auth/roles/clerk", headers=bearer(admin_token)), 409, "system_role")
    roles = {r["code"] for r in (await gw.get("/api/v1/auth/roles", headers=bearer(admin_token))).json()}
    assert {"admin", "supervisor", "clerk", "reviewer", "approver", "citizen", "platform"} <= roles
