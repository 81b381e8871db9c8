"""主题分类 and 组配分类 through the gateway: the seeded theme list, stable never-reused codes, deactivation; each
agency's column tree with duplicate names refused after normalisation, moves without cycles, merging duplicated
columns, deletion only of unused columns, the platform's reserved columns, scope and versions."""
from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kernel.errors import Problem
from services.catalog.entries.models import Entry
from services.catalog.taxonomy import service as taxonomy
from services.catalog.taxonomy.models import CatalogColumn
from tests.catalog.conftest import API, create_entry, entry_action, publish
from tests.catalog.test_exchange import drain, export
from tests.support.helpers import Staff, assert_problem, bearer, create_agency, mint_token


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6]}"


async def _theme(gw: httpx.AsyncClient, token: str, status: int = 201, **body: Any) -> dict[str, Any]:
    resp = await gw.post(f"{API}/themes", json=body, headers=bearer(token))
    assert resp.status_code == status, resp.text
    return resp.json()


async def _column(gw: httpx.AsyncClient, headers: dict[str, str], agency_id: int, name: str,
                  parent_id: int | None = None, **extra: Any) -> dict[str, Any]:
    resp = await gw.post(f"{API}/columns", json={"agency_id": agency_id, "name": name, "parent_id": parent_id, **extra},
                         headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


async def _tree(gw: httpx.AsyncClient, agency_id: int, headers: dict[str, str] | None = None,
                **params: Any) -> list[dict[str, Any]]:
    resp = await gw.get(f"{API}/columns", params={"agency_id": agency_id, **params}, headers=headers or {})
    assert resp.status_code == 200, resp.text
    return resp.json()


def _flat(nodes: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for node in nodes:
        out[node["id"]] = node
        out.update(_flat(node["children"]))
    return out


async def _current(gw: httpx.AsyncClient, column_id: int, headers: dict[str, str]) -> dict[str, Any]:
    resp = await gw.get(f"{API}/columns/{column_id}", headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


# --- themes ----------------------------------------------------------------------------------------------------


async def test_seeded_theme_tree_is_public(gw):
    resp = await gw.get(f"{API}/themes")
    assert resp.status_code == 200
    tops = {t["code"]: t for t in resp.json()}
    seeded = [code for code in tops if code <= "22"]
    assert seeded == [f"{i:02d}" for i in range(1, 23)]
    assert tops["11"]["name"] == "科技、教育" and tops["11"]["parent_code"] is None
    assert [c["code"] for c in tops["11"]["children"]] == ["11.01", "11.02", "11.03", "11.04"]
    assert tops["11"]["children"][1]["name"] == "教育"
    assert [c["name"] for c in tops["01"]["children"]][:2] == ["国务院", "国务院办公厅"]
    assert tops["22"]["name"] == "其他" and tops["22"]["children"] == []
    assert all(t["is_active"] and t["version"] >= 1 for t in tops.values())


async def test_theme_codes_are_allocated_in_order_and_never_reused(gw, admin_token, staff):
    before = {t["code"] for t in (await gw.get(f"{API}/themes")).json()}
    top = await _theme(gw, admin_token, name=_name("测试分类"))
    assert top["parent_code"] is None and len(top["code"]) == 2
    assert int(top["code"]) > max(int(c) for c in before)
    first = await _theme(gw, admin_token, parent_code=top["code"], name="第一小类", name_en="First")
    second = await _theme(gw, admin_token, parent_code=top["code"], name="第二小类")
    assert (first["code"], second["code"]) == (f"{top['code']}.01", f"{top['code']}.02")
    assert first["sort_order"] < second["sort_order"] and first["name_en"] == "First"
    # a deactivated code stays taken: the next one is .03, not .02 again
    resp = await gw.patch(f"{API}/themes/{second['code']}", json={"version": 1, "is_active": False},
                          headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["is_active"] is False and resp.json()["version"] == 2
    third = await _theme(gw, admin_token, parent_code=top["code"], name="第三小类")
    assert third["code"] == f"{top['code']}.03"
    # only global administrators maintain themes
    resp = await gw.post(f"{API}/themes", json={"name": "越权分类"}, headers=staff.h("supervisor"))
    assert_problem(resp, 403, "forbidden")
    assert_problem(await gw.post(f"{API}/themes", json={"name": "匿名分类"}), 401)


@pytest.mark.parametrize("body, field", [
    ({"name": ""}, "name"),
    ({"name": "甲\n乙"}, "name"),
    ({"name": "分类", "parent_code": "11.02"}, "parent_code"),  # two levels only
    ({"name": "分类", "parent_code": "1"}, "parent_code"),
    ({"name": "分类", "sort_order": -1}, "sort_order"),
    ({"name": "分类", "code": "77"}, "code"),  # codes are allocated, never chosen
])
async def test_theme_input_is_validated(gw, admin_token, body, field):
    problem = assert_problem(await gw.post(f"{API}/themes", json=body, headers=bearer(admin_token)), 422,
                             "validation_error")
    assert field in [e["field"] for e in problem["errors"]]


async def test_theme_names_are_unique_among_siblings_after_normalisation(gw, admin_token):
    top = await _theme(gw, admin_token, name=_name("规范化分类"))
    await _theme(gw, admin_token, parent_code=top["code"], name="信息 公开")
    for variant in ("信息公开", "信息　公开", " 信息  公开 "):
        problem = assert_problem(await gw.post(f"{API}/themes", json={"parent_code": top["code"], "name": variant},
                                               headers=bearer(admin_token)), 409, "validation_error")
        assert problem["errors"][0]["field"] == "name" and problem["errors"][0]["code"] == "duplicate"
        assert "信息 公开" in problem["errors"][0]["message"]
        assert problem["existing"]["id"] == f"{top['code']}.01"
    # the same name under another parent is fine (every top category has its 其他)
    await _theme(gw, admin_token, parent_code="22", name=_name("信息公开"))
    # an unknown parent is a field error
    problem = assert_problem(await gw.post(f"{API}/themes", json={"parent_code": "98", "name": "分类"},
                                           headers=bearer(admin_token)), 422)
    assert problem["errors"][0]["field"] == "parent_code"


async def test_deactivated_theme_is_hidden_and_cannot_be_chosen(gw, stack, admin_token, staff):
    top = await _theme(gw, admin_token, name=_name("停用测试"))
    child = await _theme(gw, admin_token, parent_code=top["code"], name="子类")
    entry = await create_entry(gw, staff, theme_code=child["code"])  # usable while active
    # stale version
    resp = await gw.patch(f"{API}/themes/{top['code']}", json={"version": 7, "is_active": False}, headers=bearer(admin_token))
    assert assert_problem(resp, 409, "version_conflict")["detail"].endswith("请刷新后重试。")
    resp = await gw.patch(f"{API}/themes/{top['code']}", json={"version": 1, "is_active": False}, headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    # hidden from the public tree, with its branch; staff may ask for everything
    assert top["code"] not in [t["code"] for t in (await gw.get(f"{API}/themes")).json()]
    anon = (await gw.get(f"{API}/themes", params={"include_inactive": True})).json()
    assert top["code"] not in [t["code"] for t in anon]
    listed = (await gw.get(f"{API}/themes", params={"include_inactive": True}, headers=staff.h("clerk"))).json()
    node = next(t for t in listed if t["code"] == top["code"])
    assert node["is_active"] is False and [c["code"] for c in node["children"]] == [child["code"]]
    # the existing entry keeps it; a new choice of it (the child of an inactive top category) is refused
    current = (await gw.get(f"{API}/entries/{entry['id']}", headers=staff.h("clerk"))).json()
    assert current["theme_code"] == child["code"]
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        with pytest.raises(Problem) as raised:
            await taxonomy.check_theme(session, child["code"])
        assert raised.value.errors[0]["field"] == "theme_code"
        assert (await taxonomy.check_theme(session, "11.02")).name == "教育"
        with pytest.raises(Problem):
            await taxonomy.check_theme(session, "99.99")
    # a subcategory cannot come back while its top category is inactive
    resp = await gw.patch(f"{API}/themes/{child['code']}", json={"version": 1, "name": "改名子类"},
                          headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["name"] == "改名子类"
    resp = await gw.patch(f"{API}/themes/{child['code']}", json={"version": 2, "is_active": False},
                          headers=bearer(admin_token))
    assert resp.status_code == 200
    resp = await gw.patch(f"{API}/themes/{child['code']}", json={"version": 3, "is_active": True},
                          headers=bearer(admin_token))
    assert_problem(resp, 409, "taxonomy_state")
    resp = await gw.patch(f"{API}/themes/{top['code']}", json={"version": 2, "is_active": True}, headers=bearer(admin_token))
    assert resp.status_code == 200
    resp = await gw.patch(f"{API}/themes/{child['code']}", json={"version": 3, "is_active": True},
                          headers=bearer(admin_token))
    assert resp.status_code == 200 and resp.json()["version"] == 4
    # every change is in the audit log
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "theme", "entity_id": child["code"], "size": 100},
                          headers=bearer(admin_token))).json()["items"]
    assert [a["action"] for a in reversed(audit)] == [
        "theme.created", "theme.updated", "theme.deactivated", "theme.reactivated"]
    assert audit[-2]["before"]["name"] == "子类" and audit[-2]["after"]["name"] == "改名子类"
    # unknown code, bad code
    assert_problem(await gw.patch(f"{API}/themes/98.98", json={"version": 1, "name": "x"}, headers=bearer(admin_token)),
                   404, "not_found")
    assert_problem(await gw.patch(f"{API}/themes/abc", json={"version": 1, "name": "x"}, headers=bearer(admin_token)), 422)


# --- columns ---------------------------------------------------------------------------------------------------


async def test_column_tree_with_counts_is_public(gw, staff):
    aid = staff.agency["id"]
    top = await _column(gw, staff.h("clerk"), aid, _name("政务公开"), description="本机关政务公开栏目")
    sub = await _column(gw, staff.h("clerk"), aid, "通知公告", top["id"])
    assert sub["parent_id"] == top["id"] and sub["agency_id"] == aid and sub["version"] == 1
    entry = await publish(gw, staff, title="栏目计数测试通知：关于做好防汛工作的通知", column_id=sub["id"])
    await create_entry(gw, staff, title="栏目计数测试草稿：尚未发布的通知", column_id=sub["id"])
    public = _flat(await _tree(gw, aid))
    assert public[top["id"]]["description"] == "本机关政务公开栏目"
    assert sub["id"] in [c["id"] for c in public[top["id"]]["children"]]
    assert public[sub["id"]]["live_entries"] == 1 and public[sub["id"]]["entries"] is None
    assert public[top["id"]]["live_entries"] == 0  # counts are per column, not rolled up
    staff_view = _flat(await _tree(gw, aid, staff.h("clerk")))
    assert staff_view[sub["id"]]["entries"] == 2
    # a revoked entry no longer counts
    await entry_action(gw, staff, entry["id"], "revoke", {"reason": "测试撤销，核对栏目计数。"}, role="reviewer")
    assert _flat(await _tree(gw, aid))[sub["id"]]["live_entries"] == 0
    # unknown agency
    assert_problem(await gw.get(f"{API}/columns", params={"agency_id": 999_999_999}), 404, "not_found")
    assert_problem(await gw.get(f"{API}/columns"), 422)


async def test_duplicate_column_names_are_refused_after_normalisation(gw, staff):
    aid = staff.agency["id"]
    base = _name("政策解读")
    first = await _column(gw, staff.h("clerk"), aid, base)
    spaced = base[:2] + " " + base[2:]
    wide = base[:2] + "\u3000" + base[2:]
    for variant in (spaced, wide, f"  {base} "):
        resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": variant}, headers=staff.h("clerk"))
        problem = assert_problem(resp, 409, "validation_error")
        error = problem["errors"][0]
        assert error["field"] == "name" and error["code"] == "duplicate" and error["existing_id"] == first["id"]
        assert f"“{base}”" in error["message"]
        assert problem["existing"] == {"id": first["id"], "name": base, "is_active": True}
    latin = await _column(gw, staff.h("clerk"), aid, _name("ABC专栏"))
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in latin["name"])
    resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": full_width.lower()}, headers=staff.h("clerk"))
    assert assert_problem(resp, 409)["errors"][0]["existing_id"] == latin["id"]
    resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": "政策解读"},
                         headers={**staff.h("clerk"), "Accept-Language": "en"})
    assert resp.status_code == 201  # a different name
    resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": "政策 解读"},
                         headers={**staff.h("clerk"), "Accept-Language": "en"})
    assert "full-width" in assert_problem(resp, 409)["errors"][0]["message"]
    # the same name under another parent is allowed (and shows up in the duplicates report)
    other = await _column(gw, staff.h("clerk"), aid, _name("专题"))
    nested = await _column(gw, staff.h("clerk"), aid, spaced, other["id"])
    assert nested["name"] == spaced
    groups = (await gw.get(f"{API}/columns/duplicates", params={"agency_id": aid}, headers=staff.h("clerk"))).json()
    group = next(g for g in groups if first["id"] in [c["id"] for c in g["columns"]])
    assert sorted(c["id"] for c in group["columns"]) == sorted([first["id"], nested["id"]])
    assert next(c for c in group["columns"] if c["id"] == nested["id"])["path"] == f"{other['name']} / {spaced}"
    # renaming into a duplicate is refused too
    resp = await gw.patch(f"{API}/columns/{latin['id']}", json={"version": 1, "name": wide}, headers=staff.h("clerk"))
    assert assert_problem(resp, 409)["errors"][0]["existing_id"] == first["id"]


@pytest.mark.parametrize("body, field", [
    ({"name": ""}, "name"),
    ({"name": "x" * 61}, "name"),
    ({"name": "甲\u0000乙"}, "name"),
    ({"name": "栏目", "parent_id": 0}, "parent_id"),
    ({"name": "栏目", "purpose": "annual_report"}, "purpose"),  # reserved columns are the platform's
    ({"name": "栏目", "sort_order": 100_001}, "sort_order"),
])
async def test_column_input_is_validated(gw, staff, body, field):
    resp = await gw.post(f"{API}/columns", json={"agency_id": staff.agency["id"], **body}, headers=staff.h("clerk"))
    assert field in [e["field"] for e in assert_problem(resp, 422, "validation_error")["errors"]]


async def test_column_moves_keep_the_tree_sound(gw, staff, tree, admin_token):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    a = await _column(gw, h, aid, _name("甲"))
    b = await _column(gw, h, aid, "乙", a["id"])
    c = await _column(gw, h, aid, "丙", b["id"])
    # no cycles
    resp = await gw.patch(f"{API}/columns/{a['id']}", json={"version": 1, "parent_id": c["id"]}, headers=h)
    assert_problem(resp, 409, "column_move_cycle")
    resp = await gw.patch(f"{API}/columns/{a['id']}", json={"version": 1, "parent_id": a["id"]}, headers=h)
    assert_problem(resp, 409, "column_move_cycle")
    # no parent of another agency
    foreign = await _column(gw, bearer(admin_token), tree["dept"]["id"], _name("他机关栏目"))
    resp = await gw.patch(f"{API}/columns/{c['id']}", json={"version": 1, "parent_id": foreign["id"]}, headers=h)
    assert assert_problem(resp, 422)["errors"][0]["field"] == "parent_id"
    # at most four levels
    d = await _column(gw, h, aid, "丁", c["id"])
    resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": "戊", "parent_id": d["id"]}, headers=h)
    assert_problem(resp, 409, "column_depth")
    other = await _column(gw, h, aid, _name("己"))
    resp = await gw.patch(f"{API}/columns/{b['id']}", json={"version": 1, "parent_id": other["id"]}, headers=h)
    assert resp.status_code == 200 and resp.json()["parent_id"] == other["id"] and resp.json()["version"] == 2
    resp = await gw.patch(f"{API}/columns/{a['id']}", json={"version": 1, "parent_id": d["id"]}, headers=h)
    assert_problem(resp, 409, "column_depth")
    # to the top level, renamed, reordered; a stale version is refused
    resp = await gw.patch(f"{API}/columns/{c['id']}", json={"version": 1, "parent_id": None, "name": "丙（一级）",
                                                            "sort_order": 5, "description": "说明"}, headers=h)
    assert resp.status_code == 200, resp.text
    moved = resp.json()
    assert (moved["parent_id"], moved["name"], moved["sort_order"], moved["version"]) == (None, "丙（一级）", 5, 2)
    assert_problem(await gw.patch(f"{API}/columns/{c['id']}", json={"version": 1, "sort_order": 6}, headers=h),
                   409, "version_conflict")
    assert_problem(await gw.patch(f"{API}/columns/{c['id']}", json={"version": 2, "name": None}, headers=h), 422)
    tree_now = _flat(await _tree(gw, aid))
    assert d["id"] in [x["id"] for x in tree_now[c["id"]]["children"]]
    assert b["id"] in [x["id"] for x in tree_now[other["id"]]["children"]]


async def test_columns_are_scoped_to_the_callers_agencies(gw, stack, tree):
    county_a, county_b = Staff(stack, tree["county_a"]), Staff(stack, tree["county_b"])
    mine = await _column(gw, county_a.h("clerk"), tree["county_a"]["id"], _name("县甲栏目"))
    # another county's clerk may read the public tree but not touch it
    resp = await gw.post(f"{API}/columns", json={"agency_id": tree["county_a"]["id"], "name": "越权"},
                         headers=county_b.h("clerk"))
    assert_problem(resp, 403, "out_of_scope")
    for method, path, body in [
        ("PATCH", f"/columns/{mine['id']}", {"version": 1, "name": "越权改名"}),
        ("POST", f"/columns/{mine['id']}/deactivate", {"version": 1}),
        ("POST", f"/columns/{mine['id']}/merge", {"version": 1, "target_id": mine["id"]}),
    ]:
        resp = await gw.request(method, f"{API}{path}", json=body, headers=county_b.h("clerk"))
        assert_problem(resp, 403, "out_of_scope")
    assert_problem(await gw.delete(f"{API}/columns/{mine['id']}", params={"version": 1}, headers=county_b.h("clerk")),
                   403, "out_of_scope")
    assert_problem(await gw.get(f"{API}/columns/duplicates", params={"agency_id": tree["county_a"]["id"]},
                                headers=county_b.h("clerk")), 403, "out_of_scope")
    # the county's own township is out of reach for its clerk, within reach for the city's supervisor
    assert_problem(await gw.post(f"{API}/columns", json={"agency_id": tree["town_a"]["id"], "name": "乡镇栏目"},
                                 headers=county_a.h("clerk")), 403, "out_of_scope")
    city = Staff(stack, tree["city"])
    await _column(gw, city.h("supervisor"), tree["town_a"]["id"], _name("乡镇栏目"))
    # roles without the permission, citizens and anonymous callers
    assert_problem(await gw.post(f"{API}/columns", json={"agency_id": tree["county_a"]["id"], "name": "审查员栏目"},
                                 headers=county_a.h("reviewer")), 403, "forbidden")
    citizen = mint_token(stack.key, kind="citizen", scope="none", perms=[])
    assert_problem(await gw.post(f"{API}/columns", json={"agency_id": tree["county_a"]["id"], "name": "公众栏目"},
                                 headers=bearer(citizen)), 403, "forbidden")
    assert_problem(await gw.post(f"{API}/columns", json={"agency_id": tree["county_a"]["id"], "name": "匿名栏目"}), 401)
    # an unknown agency is a field error
    resp = await gw.post(f"{API}/columns", json={"agency_id": 999_999_999, "name": "无主栏目"}, headers=city.h("supervisor"))
    assert assert_problem(resp, 422)["errors"][0]["field"] == "agency_id"


async def test_merge_moves_entries_and_sub_columns_then_deactivates(gw, stack, staff):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    keep = await _column(gw, h, aid, _name("政策解读"))
    section = await _column(gw, h, aid, _name("政务公开"))
    dup = await _column(gw, h, aid, keep["name"], section["id"])  # the same column twice, in two places
    sub = await _column(gw, h, aid, "图解", dup["id"])
    live = await publish(gw, staff, title="合并测试：关于规范栏目设置的通知（已发布）", column_id=dup["id"])
    drafted = await create_entry(gw, staff, title="合并测试：关于规范栏目设置的通知（草稿）", column_id=dup["id"])
    elsewhere = await create_entry(gw, staff, title="合并测试：其他栏目中的通知", column_id=section["id"])
    reader = staff.h("supervisor")
    _, cursor = await drain(gw, reader, agency_id=aid)
    # refused: into itself, into its own sub-column, into another agency's column, stale version
    assert_problem(await gw.post(f"{API}/columns/{dup['id']}/merge", json={"version": 1, "target_id": dup["id"]},
                                 headers=h), 422)
    assert_problem(await gw.post(f"{API}/columns/{dup['id']}/merge", json={"version": 1, "target_id": sub["id"]},
                                 headers=h), 409, "column_merge_cycle")
    assert_problem(await gw.post(f"{API}/columns/{dup['id']}/merge", json={"version": 9, "target_id": keep["id"]},
                                 headers=h), 409, "version_conflict")
    resp = await gw.post(f"{API}/columns/{dup['id']}/merge", json={"version": 1, "target_id": keep["id"]}, headers=h)
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["moved_entries"] == 2 and result["moved_children"] == [sub["id"]]
    assert result["column"]["is_active"] is False and result["column"]["version"] == 2
    assert result["target"]["id"] == keep["id"]
    for entry in (live, drafted):
        assert (await gw.get(f"{API}/entries/{entry['id']}", headers=h)).json()["column_id"] == keep["id"]
    assert (await gw.get(f"{API}/entries/{elsewhere['id']}", headers=h)).json()["column_id"] == section["id"]
    # the column is navigation: the live entry's public page, search and column feed follow it at once, and its
    # history says why it moved
    assert (await gw.get(f"{API}/public/entries/{live['id']}")).json()["column"]["id"] == keep["id"]
    found = (await gw.get(f"{API}/search", params={"column_id": keep["id"]})).json()
    assert [i["id"] for i in found["items"]] == [live["id"]]
    feed = (await gw.get(f"{API}/feeds/columns/{keep['id']}.atom")).text
    assert "合并测试：关于规范栏目设置的通知（已发布）" in feed
    history = (await gw.get(f"{API}/entries/{live['id']}/history", headers=h)).json()
    assert history[-1]["changed_fields"] == ["column_id"] and "合并" in history[-1]["comment"]
    # partners that sync learn the new column of the live entry (same version, no new publication); the draft is
    # not public and is not reported; a bulk export carries the new column too
    changes, _ = await drain(gw, reader, cursor, agency_id=aid)
    assert [(c["change"], c["entry_id"], c["version"]) for c in changes] == [("updated", live["id"], 1)]
    assert (changes[0]["entry"]["column_id"], changes[0]["entry"]["column_name"]) == (keep["id"], keep["name"])
    exported = [json.loads(line) for line in (await export(gw, reader, "ndjson", agency_id=aid)).text.splitlines()]
    mine = [r for r in exported if r["id"] == live["id"]]
    assert len(mine) == 1 and (mine[0]["column_id"], mine[0]["column_name"]) == (keep["id"], keep["name"])
    public = _flat(await _tree(gw, aid))
    assert dup["id"] not in public and public[keep["id"]]["live_entries"] == 1
    assert [c["id"] for c in public[keep["id"]]["children"]] == [sub["id"]]
    # the merged column is no longer offered to entries; its history is audited
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        with pytest.raises(Problem) as raised:
            await taxonomy.check_column(session, aid, dup["id"])
        assert raised.value.errors[0]["field"] == "column_id"
        assert (await taxonomy.check_column(session, aid, keep["id"])).id == keep["id"]
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "column", "entity_id": str(dup["id"])},
                          headers=staff.h("supervisor"))).json()["items"]
    assert audit[0]["action"] == "column.merged" and audit[0]["after"]["merged_into"] == keep["id"]
    assert audit[0]["after"]["moved_entries"] == 2
    # a merged (inactive) column cannot receive a merge, and a clash among sub-columns is named
    other = await _column(gw, h, aid, _name("其他"))
    assert_problem(await gw.post(f"{API}/columns/{other['id']}/merge", json={"version": 1, "target_id": dup["id"]},
                                 headers=h), 409, "column_inactive")
    await _column(gw, h, aid, "图解", other["id"])
    problem = assert_problem(await gw.post(f"{API}/columns/{other['id']}/merge",
                                           json={"version": 1, "target_id": keep["id"]}, headers=h),
                             409, "column_merge_conflict")
    assert "“图解”" in problem["detail"]


async def test_deactivate_reactivate_and_delete(gw, stack, staff):
    aid = staff.agency["id"]
    h = staff.h("clerk")
    parent = await _column(gw, h, aid, _name("机构信息"))
    child = await _column(gw, h, aid, "领导信息", parent["id"])
    assert_problem(await gw.post(f"{API}/columns/{parent['id']}/deactivate", json={"version": 1}, headers=h),
                   409, "column_has_children")
    used = await _column(gw, h, aid, _name("在用栏目"))
    await publish(gw, staff, title="停用测试：栏目中有公开条目时不能停用", column_id=used["id"])
    problem = assert_problem(await gw.post(f"{API}/columns/{used['id']}/deactivate", json={"version": 1}, headers=h),
                             409, "column_has_entries")
    assert "合并" in problem["detail"]
    resp = await gw.post(f"{API}/columns/{child['id']}/deactivate", json={"version": 1}, headers=h)
    assert resp.status_code == 200 and resp.json()["is_active"] is False
    assert_problem(await gw.post(f"{API}/columns/{child['id']}/deactivate", json={"version": 2}, headers=h),
                   409, "taxonomy_state")
    # hidden from the public, shown to the agency's staff on request
    assert child["id"] not in _flat(await _tree(gw, aid))
    assert child["id"] not in _flat(await _tree(gw, aid, include_inactive=True))
    assert _flat(await _tree(gw, aid, h, include_inactive=True))[child["id"]]["is_active"] is False
    assert_problem(await gw.get(f"{API}/columns/{child['id']}"), 404)
    assert (await _current(gw, child["id"], h))["is_active"] is False
    # a new column of the same name points at the deactivated one, which can be reactivated
    resp = await gw.post(f"{API}/columns", json={"agency_id": aid, "name": "领导信息", "parent_id": parent["id"]},
                         headers=h)
    error = assert_problem(resp, 409)["errors"][0]
    assert error["existing_id"] == child["id"] and "已停用" in error["message"]
    resp = await gw.post(f"{API}/columns/{parent['id']}/deactivate", json={"version": 1}, headers=h)
    assert resp.status_code == 200
    assert_problem(await gw.post(f"{API}/columns/{child['id']}/reactivate", json={"version": 2}, headers=h),
                   409, "column_inactive")
    assert (await gw.post(f"{API}/columns/{parent['id']}/reactivate", json={"version": 2}, headers=h)).status_code == 200
    resp = await gw.post(f"{API}/columns/{child['id']}/reactivate", json={"version": 2}, headers=h)
    assert resp.status_code == 200 and resp.json()["is_active"] is True and resp.json()["version"] == 3
    # deletion: only a column no entry ever used, without sub-columns, at its current version
    assert_problem(await gw.delete(f"{API}/columns/{parent['id']}", params={"version": 3}, headers=h),
                   409, "column_has_children")
    assert_problem(await gw.delete(f"{API}/columns/{used['id']}", params={"version": 1}, headers=h), 409, "column_in_use")
    assert_problem(await gw.delete(f"{API}/columns/{child['id']}", params={"version": 1}, headers=h),
                   409, "version_conflict")
    assert_problem(await gw.delete(f"{API}/columns/{child['id']}", headers=h), 422)
    # a column an entry used in a published version, even after the entry moved on, stays
    moved_from = await _column(gw, h, aid, _name("曾用栏目"))
    entry = await publish(gw, staff, title="删除测试：发布时使用过的栏目不能删除", column_id=moved_from["id"])
    resp = await gw.patch(f"{API}/entries/{entry['id']}", json={"version": entry["version"], "column_id": used["id"]},
                          headers=h)
    assert resp.status_code == 200, resp.text
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        assert (await session.execute(select(Entry.column_id).where(Entry.id == uuid.UUID(entry["id"])))).scalar_one() \
            == used["id"]
    assert_problem(await gw.delete(f"{API}/columns/{moved_from['id']}", params={"version": 1}, headers=h),
                   409, "column_in_use")
    resp = await gw.delete(f"{API}/columns/{child['id']}", params={"version": 3}, headers=h)
    assert resp.status_code == 204
    assert_problem(await gw.get(f"{API}/columns/{child['id']}", headers=h), 404, "not_found")
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "column", "entity_id": str(child["id"])},
                          headers=staff.h("supervisor"))).json()["items"]
    assert [a["action"] for a in audit] == [
        "column.deleted", "column.reactivated", "column.deactivated", "column.created"]


async def test_reserved_column_is_created_once_and_protected(gw, stack, admin_token, tree):
    agency = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")
    staff = Staff(stack, agency)
    h = staff.h("clerk")
    # staff made a column of that name before: it is adopted, not duplicated
    own = await _column(gw, h, agency["id"], "政府信息公开 工作年度报告")
    sessionmaker = stack.apps["catalog"].state.db.sessionmaker

    async def ensure() -> int:
        async with sessionmaker() as session:
            column = await taxonomy.ensure_purpose_column(session, agency["id"], "annual_report", "政府信息公开工作年度报告")
            await session.commit()
            return column.id

    ids = await asyncio.gather(*(ensure() for _ in range(4)))
    assert set(ids) == {own["id"]}
    reserved = await _current(gw, own["id"], h)
    assert reserved["purpose"] == "annual_report" and reserved["version"] == 2
    # an agency without such a column gets one, exactly once, even when asked concurrently
    other = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")

    async def ensure_other() -> int:
        async with sessionmaker() as session:
            column = await taxonomy.ensure_purpose_column(session, other["id"], "annual_report", "政府信息公开工作年度报告")
            await session.commit()
            return column.id

    ids = await asyncio.gather(*(ensure_other() for _ in range(4)))
    assert len(set(ids)) == 1
    async with sessionmaker() as session:
        rows = (await session.execute(select(CatalogColumn).where(CatalogColumn.agency_id == other["id"]))).scalars().all()
        assert [(c.name, c.purpose, c.parent_id) for c in rows] == [("政府信息公开工作年度报告", "annual_report", None)]
        with pytest.raises(ValueError):
            await taxonomy.ensure_purpose_column(session, other["id"], "guestbook", "留言板")
    tree_now = await _tree(gw, other["id"])
    assert [(c["name"], c["purpose"]) for c in tree_now] == [("政府信息公开工作年度报告", "annual_report")]
    # staff cannot rename, deactivate, delete or merge it, nor merge into it; they may reorder it
    version = reserved["version"]
    assert_problem(await gw.patch(f"{API}/columns/{own['id']}", json={"version": version, "name": "年报"}, headers=h),
                   409, "column_reserved")
    assert_problem(await gw.post(f"{API}/columns/{own['id']}/deactivate", json={"version": version}, headers=h),
                   409, "column_reserved")
    assert_problem(await gw.delete(f"{API}/columns/{own['id']}", params={"version": version}, headers=h),
                   409, "column_reserved")
    spare = await _column(gw, h, agency["id"], "其他栏目")
    assert_problem(await gw.post(f"{API}/columns/{own['id']}/merge", json={"version": version, "target_id": spare["id"]},
                                 headers=h), 409, "column_reserved")
    assert_problem(await gw.post(f"{API}/columns/{spare['id']}/merge", json={"version": 1, "target_id": own["id"]},
                                 headers=h), 409, "column_reserved")
    resp = await gw.patch(f"{API}/columns/{own['id']}", json={"version": version, "sort_order": 99}, headers=h)
    assert resp.status_code == 200 and resp.json()["sort_order"] == 99
    # the purposes are a dictionary
    purposes = (await gw.get(f"{API}/dictionaries/column_purpose")).json()
    assert purposes == [{"code": "annual_report", "label": "政府信息公开工作年度报告",
                         "label_en": "Annual reports on disclosure work"}]


async def test_column_creation_is_idempotent_and_audited(gw, staff):
    name = _name("幂等栏目")
    headers = {**staff.h("clerk"), "Idempotency-Key": f"column-{uuid.uuid4().hex}"}
    body = {"agency_id": staff.agency["id"], "name": name}
    first = await gw.post(f"{API}/columns", json=body, headers=headers)
    again = await gw.post(f"{API}/columns", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"] and again.headers.get("idempotent-replayed") == "true"
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "column", "entity_id": str(first.json()["id"])},
                          headers=staff.h("supervisor"))).json()["items"]
    assert len(audit) == 1 and audit[0]["action"] == "column.created" and audit[0]["after"]["name"] == name
    assert audit[0]["agency_id"] == staff.agency["id"] and audit[0]["actor_name"] == f"clerk-{staff.agency['id']}"


def test_name_key_and_code_allocation_rules():
    assert taxonomy.name_key("政策 解读") == taxonomy.name_key("政策解读") == taxonomy.name_key("政策\u3000解读")
    assert taxonomy.name_key("ＡＢＣ（一）") == taxonomy.name_key("abc(一)")
    assert taxonomy.name_key("政策解读") != taxonomy.name_key("政策文件解读")
    assert taxonomy.tidy_name(" 政策\u3000 解读 ") == "政策 解读"
    assert taxonomy._next_code(["01", "02", "22"], None) == "23"
    assert taxonomy._next_code(["11.01", "11.04"], "11") == "11.05"
    assert taxonomy._next_code([], "22") == "22.01"
    with pytest.raises(Problem) as raised:
        taxonomy._next_code(["98", "99"], None)
    assert raised.value.code == "theme_codes_exhausted"
