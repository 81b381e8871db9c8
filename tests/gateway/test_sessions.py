"""Refresh-token rotation and revocation, lockout after failed logins."""
from tests.support.helpers import assert_problem, bearer, login, unique_name


async def _staff_user(gw, admin_token, agency_id, password="Clerk-Pass-2026"):
    username = unique_name("user_")
    resp = await gw.post(
        "/api/v1/auth/users",
        json={"username": username, "password": password, "display_name": "测试办事员", "agency_id": agency_id,
              "roles": ["clerk"]},
        headers=bearer(admin_token),
    )
    assert resp.status_code == 201, resp.text
    return username, password, resp.json()


async def _refresh(gw, token):
    return await gw.post("/api/v1/auth/token", data={"grant_type": "refresh_token", "refresh_token": token})


async def test_refresh_rotates_and_reuse_revokes_the_family(gw, admin_token, tree):
    username, password, _ = await _staff_user(gw, admin_token, tree["county_a"]["id"])
    first = await login(gw, username, password)
    second = await _refresh(gw, first["refresh_token"])
    assert second.status_code == 200, second.text
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    assert (await gw.get("/api/v1/auth/me", headers=bearer(rotated["access_token"]))).status_code == 200
    # the old refresh token comes back (stolen copy): refused, and the whole login is ended
    assert_problem(await _refresh(gw, first["refresh_token"]), 400, "invalid_refresh_token")
    assert_problem(await _refresh(gw, rotated["refresh_token"]), 400, "invalid_refresh_token")
    # a new login is unaffected
    again = await login(gw, username, password)
    assert (await _refresh(gw, again["refresh_token"])).status_code == 200


async def test_revoked_refresh_token_is_refused(gw, admin_token, tree):
    username, password, _ = await _staff_user(gw, admin_token, tree["county_a"]["id"])
    tokens = await login(gw, username, password)
    resp = await gw.post("/api/v1/auth/revoke", json={"refresh_token": tokens["refresh_token"]})
    assert resp.status_code == 204
    assert_problem(await _refresh(gw, tokens["refresh_token"]), 400, "invalid_refresh_token")
    # unknown tokens are answered the same way (RFC 7009) without revealing anything
    assert (await gw.post("/api/v1/auth/revoke", json={"refresh_token": "x" * 43})).status_code == 204
    assert_problem(await _refresh(gw, "y" * 43), 400, "invalid_refresh_token")


async def test_password_change_ends_other_sessions(gw, admin_token, tree):
    username, password, _ = await _staff_user(gw, admin_token, tree["county_a"]["id"])
    tokens = await login(gw, username, password)
    resp = await gw.post("/api/v1/auth/me/password", json={"old_password": "wrong", "new_password": "New-Pass-2026"},
                         headers=bearer(tokens["access_token"]))
    assert assert_problem(resp, 422, "validation_error")["errors"][0]["field"] == "old_password"
    resp = await gw.post("/api/v1/auth/me/password", json={"old_password": password, "new_password": "New-Pass-2026"},
                         headers=bearer(tokens["access_token"]))
    assert resp.status_code == 204
    assert_problem(await _refresh(gw, tokens["refresh_token"]), 400, "invalid_refresh_token")
    await login(gw, username, "New-Pass-2026")


async def test_lockout_after_repeated_failures(gw, admin_token, tree):
    username, password, user = await _staff_user(gw, admin_token, tree["county_a"]["id"])
    for attempt in range(4):
        resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": "bad"})
        body = assert_problem(resp, 400, "invalid_grant")
        assert body["error"] == "invalid_grant"
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": "bad"})
    assert_problem(resp, 400, "account_locked")
    # locked: even the right password is refused, with a Retry-After
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert_problem(resp, 400, "account_locked")
    assert int(resp.headers["retry-after"]) > 0
    listed = (await gw.get(f"/api/v1/auth/users/{user['id']}", headers=bearer(admin_token))).json()
    assert listed["locked"] is True
    # an administrator unlocks; the audit trail shows the lock and the unlock
    resp = await gw.post(f"/api/v1/auth/users/{user['id']}/unlock", headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["locked"] is False
    await login(gw, username, password)
    audit = (await gw.get("/api/v1/auth/audit", params={"entity_id": user["id"], "size": 50},
                          headers=bearer(admin_token))).json()["items"]
    actions = [a["action"] for a in audit]
    assert "auth.locked" in actions and "user.unlocked" in actions and "auth.login" in actions


async def test_unknown_user_and_bad_grant(gw):
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": "nobody", "password": "x"})
    assert_problem(resp, 400, "invalid_grant")
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "implicit"})
    assert_problem(resp, 400, "unsupported_grant_type")
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": "admin"})
    body = assert_problem(resp, 422, "validation_error")
    assert body["errors"][0]["field"] == "password"
    resp = await gw.post("/api/v1/auth/token", data={})
    assert_problem(resp, 422, "validation_error")


async def test_disabled_user_cannot_log_in_or_refresh(gw, admin_token, tree):
    username, password, user = await _staff_user(gw, admin_token, tree["county_a"]["id"])
    tokens = await login(gw, username, password)
    resp = await gw.patch(f"/api/v1/auth/users/{user['id']}", json={"version": user["version"], "is_active": False},
                          headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    assert_problem(await _refresh(gw, tokens["refresh_token"]), 400)
    resp = await gw.post("/api/v1/auth/token", data={"grant_type": "password", "username": username, "password": password})
    assert_problem(resp, 400, "account_disabled")
