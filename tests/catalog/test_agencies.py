"""The agency directory: validation, versions, moves, deactivation, history, events to the replicas."""
import asyncio

import pytest

from tests.support.helpers import assert_problem, bearer, create_agency, eventually, mint_token, unique_code, unique_name


async def _replica(gw, admin_token, agency_id):
    resp = await gw.get("/api/v1/statistics/agencies", params={"size": 100}, headers=bearer(admin_token))
    return next((a for a in resp.json()["items"] if a["id"] == agency_id), None)


async def test_create_read_and_public_guide(gw, admin_token, tree):
    agency = await create_agency(
        gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department",
        address="人民路 1 号", phone="0999-12345678", office_hours="工作日 9:00-17:00",
        guide_text="一、主动公开\n二、依申请公开", postal_code="999000", email="Office@Example.gov.cn",
    )
    assert agency["path"] == f"{tree['city']['path']}{agency['id']}/"
    assert agency["depth"] == 1 and agency["version"] == 1 and agency["email"] == "office@example.gov.cn"
    # the directory and the guide are public
    resp = await gw.get(f"/api/v1/catalog/agencies/{agency['id']}")
    assert resp.status_code == 200
    body = resp.json()
    assert body["guide_text"].startswith("一、主动公开")
    assert body["ancestors"] == [{"id": tree["city"]["id"], "name": tree["city"]["name"], "level": "city"}]
    listed = (await gw.get("/api/v1/catalog/agencies", params={"parent_id": tree["city"]["id"], "size": 100})).json()
    assert agency["id"] in [a["id"] for a in listed["items"]]
    tree_resp = (await gw.get("/api/v1/catalog/agencies/tree", params={"root_id": tree["city"]["id"]})).json()
    assert tree_resp[0]["id"] == tree["city"]["id"]
    assert agency["id"] in [c["id"] for c in tree_resp[0]["children"]]


@pytest.mark.parametrize(
    "patch, field",
    [
        ({"code": "91350100M000100Y44"}, "code"),  # bad check character
        ({"code": "12345"}, "code"),
        ({"name": ""}, "name"),
        ({"name": "甲\n乙"}, "name"),
        ({"level": "galaxy"}, "level"),
        ({"phone": "abc"}, "phone"),
        ({"postal_code": "12345"}, "postal_code"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"parent_id": 0}, "parent_id"),
        ({"unexpected": 1}, "unexpected"),
    ],
)
async def test_invalid_input_is_a_field_error_in_chinese_and_english(gw, admin_token, patch, field):
    payload = {"name": unique_name("校验测试机关"), "code": unique_code(), "level": "county", "kind": "government", **patch}
    resp = await gw.post("/api/v1/catalog/agencies", json=payload, headers=bearer(admin_token))
    body = assert_problem(resp, 422, "validation_error")
    assert resp.headers["content-language"] == "zh"
    assert field in [e["field"] for e in body["errors"]]
    assert body["title"] == "请求参数有误"
    resp = await gw.post("/api/v1/catalog/agencies", json=payload,
                         headers={**bearer(admin_token), "Accept-Language": "en-US,en;q=0.9"})
    body = assert_problem(resp, 422, "validation_error")
    assert body["title"] == "Invalid request"
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in e["message"]) for e in body["errors"])
    # nothing was written
    listed = (await gw.get("/api/v1/catalog/agencies", params={"q": payload["code"], "include_inactive": True},
                           headers=bearer(admin_token))).json()
    assert listed["total"] == 0


async def test_duplicate_code_and_sibling_name(gw, admin_token, tree):
    a = await create_agency(gw, admin_token, parent_id=tree["county_a"]["id"], level="county", kind="department")
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("重复代码"), "code": a["code"],
                         "level": "county", "kind": "department", "parent_id": tree["county_a"]["id"]},
                         headers=bearer(admin_token))
    assert assert_problem(resp, 409, "validation_error")["errors"][0]["field"] == "code"
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": a["name"], "code": unique_code(),
                         "level": "county", "kind": "department", "parent_id": tree["county_a"]["id"]},
                         headers=bearer(admin_token))
    assert assert_problem(resp, 409, "validation_error")["errors"][0]["field"] == "name"
    # an organisation code (9 characters, hyphen accepted) is a valid agency code too
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("组织机构代码机关"), "code": "D2143569-X",
                         "level": "county", "kind": "department", "parent_id": tree["county_a"]["id"]},
                         headers=bearer(admin_token))
    assert resp.status_code in (201, 409)
    if resp.status_code == 201:
        assert resp.json()["code"] == "D2143569X" and resp.json()["code_kind"] == "org"


async def test_update_with_stale_version_conflicts(gw, admin_token, tree):
    a = await create_agency(gw, admin_token, parent_id=tree["county_b"]["id"], level="county", kind="department")
    ok = await gw.patch(f"/api/v1/catalog/agencies/{a['id']}", json={"version": 1, "phone": "0999-7654321"},
                        headers=bearer(admin_token))
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = await gw.patch(f"/api/v1/catalog/agencies/{a['id']}", json={"version": 1, "phone": "0999-1111111"},
                           headers=bearer(admin_token))
    body = assert_problem(stale, 409, "version_conflict")
    assert "2" in body["detail"]
    current = (await gw.get(f"/api/v1/catalog/agencies/{a['id']}")).json()
    assert current["phone"] == "0999-7654321"


async def test_concurrent_updates_one_wins(gw, admin_token, tree):
    a = await create_agency(gw, admin_token, parent_id=tree["county_b"]["id"], level="county", kind="department")
    results = await asyncio.gather(*[
        gw.patch(f"/api/v1/catalog/agencies/{a['id']}", json={"version": 1, "address": f"地址{i}"},
                 headers=bearer(admin_token))
        for i in range(5)
    ])
    assert sorted(r.status_code for r in results) == [200, 409, 409, 409, 409]


async def test_move_rewrites_the_subtree_and_replicas_follow(gw, admin_token, tree):
    parent = await create_agency(gw, admin_token, parent_id=tree["county_a"]["id"], level="county", kind="department")
    child = await create_agency(gw, admin_token, parent_id=parent["id"], level="township")
    # cannot move under its own descendant
    resp = await gw.post(f"/api/v1/catalog/agencies/{parent['id']}/move",
                         json={"version": 1, "parent_id": child["id"]}, headers=bearer(admin_token))
    assert_problem(resp, 409, "agency_move_cycle")
    resp = await gw.post(f"/api/v1/catalog/agencies/{parent['id']}/move",
                         json={"version": 1, "parent_id": tree["county_b"]["id"], "reason": "机构调整"},
                         headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    moved = resp.json()
    assert moved["path"] == f"{tree['county_b']['path']}{parent['id']}/" and moved["version"] == 2
    child_now = (await gw.get(f"/api/v1/catalog/agencies/{child['id']}")).json()
    assert child_now["path"] == f"{moved['path']}{child['id']}/" and child_now["depth"] == moved["depth"] + 1

    async def replica_moved() -> bool:
        r = await _replica(gw, admin_token, child["id"])
        return r is not None and r["path"] == child_now["path"]

    await eventually(replica_moved, timeout=3)
    history = (await gw.get(f"/api/v1/catalog/agencies/{parent['id']}/history", headers=bearer(admin_token))).json()
    assert [h["change"] for h in history] == ["moved", "created"]
    assert history[0]["reason"] == "机构调整" and history[0]["actor_name"]


async def test_deactivate_requires_no_active_children_and_hides_from_public(gw, admin_token, tree):
    parent = await create_agency(gw, admin_token, parent_id=tree["county_a"]["id"], level="county", kind="department")
    child = await create_agency(gw, admin_token, parent_id=parent["id"], level="township")
    resp = await gw.post(f"/api/v1/catalog/agencies/{parent['id']}/deactivate",
                         json={"version": 1, "reason": "撤并"}, headers=bearer(admin_token))
    assert_problem(resp, 409, "agency_has_active_children")
    resp = await gw.post(f"/api/v1/catalog/agencies/{child['id']}/deactivate",
                         json={"version": 1, "reason": "撤并"}, headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["is_active"] is False
    assert resp.json()["accepts_requests"] is False
    assert (await gw.get(f"/api/v1/catalog/agencies/{child['id']}")).status_code == 404
    assert (await gw.get(f"/api/v1/catalog/agencies/{child['id']}", headers=bearer(admin_token))).status_code == 200
    listed = (await gw.get("/api/v1/catalog/agencies", params={"parent_id": parent["id"], "include_inactive": True})).json()
    assert listed["total"] == 0  # the public cannot ask for inactive agencies
    listed = (await gw.get("/api/v1/catalog/agencies", params={"parent_id": parent["id"], "include_inactive": True},
                           headers=bearer(admin_token))).json()
    assert listed["total"] == 1

    async def gone_from_applications() -> bool:
        r = await gw.get("/api/v1/applications/agencies", params={"q": child["name"]})
        return r.json()["total"] == 0

    await eventually(gone_from_applications, timeout=3)
    resp = await gw.post(f"/api/v1/catalog/agencies/{child['id']}/reactivate", json={"version": 2},
                         headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["is_active"] is True


async def test_writes_need_the_permission(gw, stack, tree):
    viewer = mint_token(stack.key, perms=["catalog.agency:read"], scope="all", agency_id=tree["city"]["id"],
                        agency_path=tree["city"]["path"])
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("无权"), "code": unique_code(),
                         "level": "county", "kind": "government"}, headers=bearer(viewer))
    body = assert_problem(resp, 403, "forbidden")
    # in words: what the action is and who may do it, never the permission string
    assert "catalog.agency" not in body["detail"]
    assert "维护机关目录" in body["detail"] and "政务公开办（监督）" in body["detail"]
    english = (await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("无权"), "code": unique_code(),
                             "level": "county", "kind": "government"},
                             headers={**bearer(viewer), "Accept-Language": "en"})).json()
    assert "Maintain the agency directory" in english["detail"] and "Disclosure office supervisor" in english["detail"]


async def test_every_write_is_audited_with_request_id(gw, admin_token, tree):
    resp = await gw.post("/api/v1/catalog/agencies", json={"name": unique_name("审计测试"), "code": unique_code(),
                         "level": "county", "kind": "department", "parent_id": tree["county_a"]["id"]},
                         headers={**bearer(admin_token), "X-Request-ID": "client-chosen-id"})
    assert resp.status_code == 201
    request_id = resp.headers["x-request-id"]
    assert request_id != "client-chosen-id"  # generated at the gateway, not taken from the client
    audit = (await gw.get("/api/v1/catalog/audit", params={"request_id": request_id},
                          headers=bearer(admin_token))).json()["items"]
    assert len(audit) == 1
    entry = audit[0]
    assert entry["action"] == "agency.created" and entry["entity_id"] == str(resp.json()["id"])
    assert entry["actor_name"] == "系统管理员" and entry["roles"] == ["admin"]
    assert entry["source_ip"] == "127.0.0.1" and entry["after"]["name"] == resp.json()["name"]


async def test_idempotency_key_makes_a_retry_safe(gw, admin_token, tree):
    payload = {"name": unique_name("幂等测试"), "code": unique_code(), "level": "county", "kind": "department",
               "parent_id": tree["county_b"]["id"]}
    headers = {**bearer(admin_token), "Idempotency-Key": f"retry-{unique_name('k')}"}
    first, second = await asyncio.gather(
        gw.post("/api/v1/catalog/agencies", json=payload, headers=headers),
        gw.post("/api/v1/catalog/agencies", json=payload, headers=headers),
    )
    assert first.status_code == second.status_code == 201, (first.text, second.text)
    assert first.json()["id"] == second.json()["id"]
    assert "true" in (first.headers.get("idempotent-replayed"), second.headers.get("idempotent-replayed"))
    listed = (await gw.get("/api/v1/catalog/agencies", params={"q": payload["name"]})).json()
    assert listed["total"] == 1
    # the same key for a different request is refused
    other = await gw.post("/api/v1/catalog/agencies", json={**payload, "name": unique_name("另一个")}, headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")
    assert_problem(await gw.post("/api/v1/catalog/agencies", json=payload,
                                 headers={**bearer(admin_token), "Idempotency-Key": "bad key!"}), 400)
