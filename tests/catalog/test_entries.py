"""Catalog entries through the gateway: drafting, confidentiality review, publication with index numbers, versions,
revocation, timeliness, attachments, interpretations, scope, and the rules that keep bad data out."""
from __future__ import annotations

import asyncio
import hashlib
import re
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text

from kernel import clock
from kernel.permissions import granted
from services.catalog import jobs
from services.catalog.db import kernel
from services.catalog.entries.models import EntryChange
from tests.catalog.conftest import API, create_entry, draft, entry_action, publish
from tests.support.helpers import Staff, assert_problem, bearer, create_agency, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

PDF = b"%PDF-1.4\n" + b"0" * 2048


async def _get(gw: httpx.AsyncClient, staff: Staff, entry_id: str, role: str = "clerk") -> dict[str, Any]:
    resp = await gw.get(f"{API}/entries/{entry_id}", headers=staff.h(role))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _outbox(stack, entry_id: str) -> list[tuple[str, dict[str, Any]]]:
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        rows = (await session.execute(
            select(kernel.Outbox.type, kernel.Outbox.data).where(kernel.Outbox.subject_id == entry_id)
            .order_by(kernel.Outbox.seq))).all()
    return [(r.type, r.data) for r in rows]


async def _changes(stack, entry_id: str) -> list[str]:
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        return list((await session.execute(
            select(EntryChange.change).where(EntryChange.entry_id == entry_id).order_by(EntryChange.seq))).scalars())


# --- drafting ------------------------------------------------------------------------------------------------


async def test_disclosure_attribute_is_required_from_the_first_draft(gw, staff):
    body = draft()
    del body["disclosure_attribute"]
    problem = assert_problem(await gw.post(f"{API}/entries", json=body, headers=staff.h("clerk")), 422, "validation_error")
    assert [e["field"] for e in problem["errors"]] == ["disclosure_attribute"]
    assert problem["errors"][0]["message"] == "此项为必填项"
    # 不予公开 needs its reason, and the reason only goes with 不予公开
    resp = await gw.post(f"{API}/entries", json=draft(disclosure_attribute="not_disclosed"), headers=staff.h("clerk"))
    assert "不予公开理由" in assert_problem(resp, 422)["errors"][0]["message"]
    resp = await gw.post(f"{API}/entries", json=draft(not_disclosed_reason="state_secret"), headers=staff.h("clerk"))
    assert_problem(resp, 422)


async def test_bad_input_is_refused_field_by_field(gw, staff):
    cases = [
        ({"genre": "poem"}, "genre"),
        ({"title": "x"}, "title"),
        ({"written_on": "2026-02-30"}, "written_on"),
        ({"written_on": (clock.today() + timedelta(days=5)).isoformat()}, "written_on"),
        ({"theme_code": "99.99"}, "theme_code"),
        ({"keywords": [f"关键词{i}" for i in range(11)]}, "keywords"),
        ({"column_id": 999999999}, "column_id"),
        ({"unknown_field": 1}, "unknown_field"),
        ({"interprets": ["00000000-0000-0000-0000-000000000000"]}, "body"),  # only interpretations link policies
    ]
    for overrides, field in cases:
        resp = await gw.post(f"{API}/entries", json=draft(**overrides), headers=staff.h("clerk"))
        problem = assert_problem(resp, 422, "validation_error")
        assert field in [e["field"] for e in problem["errors"]], (overrides, problem)
    # English on request
    resp = await gw.post(f"{API}/entries", json=draft(theme_code="99.99"),
                         headers={**staff.h("clerk"), "Accept-Language": "en"})
    assert assert_problem(resp, 422)["errors"][0]["message"] == "Unknown or inactive theme."
    # nothing was written by any of them
    listed = (await gw.get(f"{API}/entries", params={"q": "义务教育招生", "agency_id": staff.agency["id"]},
                           headers=staff.h("clerk"))).json()
    assert all(item["title"] != "x" for item in listed["items"])


async def test_body_is_sanitised_and_document_number_brackets_corrected(gw, staff):
    entry = await create_entry(gw, staff, document_number="江教发[2026]7号",
                               body_html='<p onclick="steal()">正文<script>alert(1)</script></p>'
                                         '<a href="javascript:alert(1)">链接</a><iframe src="https://x"></iframe>')
    assert entry["document_number"] == "江教发〔2026〕7号"
    assert entry["body_html"] == '<p>正文</p><a rel="noopener noreferrer">链接</a>'
    assert entry["status"] == "draft" and entry["is_policy"] is True  # a notice is a policy by default
    assert entry["actions"] == ["edit", "attach", "submit"]


async def test_idempotent_creation(gw, staff):
    headers = {**staff.h("clerk"), "Idempotency-Key": "entry-create-0001"}
    first = await gw.post(f"{API}/entries", json=draft(title="幂等创建测试条目"), headers=headers)
    again = await gw.post(f"{API}/entries", json=draft(title="幂等创建测试条目"), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"] and again.headers.get("idempotent-replayed") == "true"


# --- the workflow ----------------------------------------------------------------------------------------------


async def test_draft_review_return_approve_publish(gw, stack, staff):
    """The issue's walkthrough: draft with an attachment, submit, returned once, approved, published with the next
    index number, seen by the public, its history and timeliness shown."""
    entry = await create_entry(gw, staff, title="江城市教育局关于2026年中小学校舍安全检查的通知", summary=None)
    eid = entry["id"]
    resp = await gw.post(f"{API}/entries/{eid}/attachments", params={"filename": "检查表.pdf", "title": "检查表"},
                         content=PDF, headers={**staff.h("clerk"), "Content-Type": "application/pdf"})
    assert resp.status_code == 201, resp.text
    attachment = resp.json()["attachments"][0]
    assert attachment["sha256"] == hashlib.sha256(PDF).hexdigest() and attachment["size"] == len(PDF)
    # incomplete: the summary is missing
    problem = assert_problem((await gw.post(f"{API}/entries/{eid}/submit", json={"version": resp.json()["version"]},
                                            headers=staff.h("clerk"))), 422, "entry_incomplete")
    assert [e["field"] for e in problem["errors"]] == ["summary"]
    # a colleague who is also a reviewer completes the summary…
    both = mint_token(stack.key, perms=[*granted("clerk"), *granted("reviewer")], scope="own",
                      agency_id=staff.agency["id"], agency_path=staff.agency["path"])
    current = await _get(gw, staff, eid)
    resp = await gw.patch(f"{API}/entries/{eid}", json={"version": current["version"], "summary": "部署校舍安全检查。"},
                          headers=bearer(both))
    assert resp.status_code == 200, resp.text
    submitted = await entry_action(gw, staff, eid, "submit")
    assert submitted["status"] == "submitted" and submitted["actions"] == ["withdraw"]
    # …so may not review it
    resp = await gw.post(f"{API}/entries/{eid}/approve", json={"version": submitted["version"]}, headers=bearer(both))
    assert_problem(resp, 403, "reviewer_is_author")
    # a clerk cannot review at all
    resp = await gw.post(f"{API}/entries/{eid}/approve", json={"version": submitted["version"]}, headers=staff.h("clerk"))
    assert_problem(resp, 403, "forbidden")
    # the reviewer returns it once, with comments
    assert_problem(await gw.post(f"{API}/entries/{eid}/return", json={"version": submitted["version"], "comment": ""},
                                 headers=staff.h("reviewer")), 422)
    returned = await entry_action(gw, staff, eid, "return", {"comment": "附件中有学生姓名，请删除后重新提交。"}, role="reviewer")
    assert returned["status"] == "returned" and returned["review_comment"].startswith("附件中有学生姓名")
    fixed = await gw.patch(f"{API}/entries/{eid}", json={"version": returned["version"], "keywords": ["校舍安全"]},
                           headers=staff.h("clerk"))
    assert fixed.json()["status"] == "returned"
    await entry_action(gw, staff, eid, "submit")
    published = await entry_action(gw, staff, eid, "approve", {"comment": "经审查，无涉密内容。"}, role="reviewer")
    assert published["status"] == "published" and published["live_version"] == 1
    year = clock.today().year
    assert re.fullmatch(rf"{staff.agency['code']}/{year}-\d{{5}}", published["index_number"])
    # the timeliness: written 2026-03-02, published today → far more than 20 working days
    t = published["timeliness"]
    assert t["published"] and t["formed_on"] == "2026-03-02" and t["working_days"] > 20 and t["late"] is True
    # the public sees the live version without logging in, with the attachment
    public = (await gw.get(f"{API}/public/entries/{eid}")).json()
    assert public["index_number"] == published["index_number"] and public["agency"]["code"] == staff.agency["code"]
    assert public["theme"] == {"code": "11.02", "name": "教育"} and public["keywords"] == ["校舍安全"]
    by_index = await gw.get(f"{API}/public/entries/by-index", params={"index_number": published["index_number"]})
    assert by_index.status_code == 200 and by_index.json()["id"] == eid
    download = await gw.get(public["attachments"][0]["url"])
    assert download.status_code == 200 and download.content == PDF
    assert download.headers["etag"] == f'"{attachment["sha256"]}"'
    assert "filename*=UTF-8''%E6%A3%80%E6%9F%A5%E8%A1%A8.pdf" in download.headers["content-disposition"]
    # history, in order, with who and what
    history = (await gw.get(f"{API}/entries/{eid}/history", headers=staff.h("reviewer"))).json()
    assert [h["action"] for h in history] == ["created", "attachment_added", "edited", "submitted", "returned",
                                              "edited", "submitted", "approved", "published"]
    assert history[4]["comment"].startswith("附件中有学生姓名")
    # the event statistics needs, and the sync log
    events = await _outbox(stack, eid)
    assert events[-1][0] == "catalog.entry.published"
    data = events[-1][1]
    assert data["index_number"] == published["index_number"] and data["agency_path"] == staff.agency["path"]
    assert data["timeliness"]["late"] is True and data["genre"] == "notice" and data["is_policy"] is True
    assert await _changes(stack, eid) == ["published"]


async def test_editing_a_published_entry_prepares_a_new_version(gw, stack, staff):
    live = await publish(gw, staff, title="江城市教育局2026年招生计划公告", genre="announcement")
    eid = live["id"]
    edited = (await gw.patch(f"{API}/entries/{eid}", json={"version": live["version"], "title": "江城市教育局2026年招生计划（调整）公告"},
                             headers=staff.h("clerk"))).json()
    assert edited["status"] == "draft" and edited["live_version"] == 1 and edited["has_pending_changes"] is True
    assert edited["changed_on"] == clock.today().isoformat()  # the change date counts for the new version's timeliness
    # the public still sees version 1
    assert (await gw.get(f"{API}/public/entries/{eid}")).json()["title"] == "江城市教育局2026年招生计划公告"
    await entry_action(gw, staff, eid, "submit")
    v2 = await entry_action(gw, staff, eid, "approve", role="reviewer")
    assert v2["live_version"] == 2 and v2["index_number"] == live["index_number"]
    assert v2["timeliness"]["working_days"] == 0 and v2["timeliness"]["late"] is False
    public = (await gw.get(f"{API}/public/entries/{eid}")).json()
    assert public["title"].endswith("（调整）公告") and public["version"] == 2
    assert public["published_at"] == live["published_at"]  # 发布日期 stays the first publication's
    versions = (await gw.get(f"{API}/entries/{eid}/versions", headers=staff.h("clerk"))).json()
    assert [v["number"] for v in versions] == [2, 1]
    assert versions[1]["snapshot"]["title"] == "江城市教育局2026年招生计划公告" and versions[1]["late"] is True
    assert [t for t, _ in await _outbox(stack, eid)] == ["catalog.entry.published", "catalog.entry.updated"]
    assert await _changes(stack, eid) == ["published", "updated"]
    # discarding changes restores the live version
    edited = (await gw.patch(f"{API}/entries/{eid}", json={"version": v2["version"], "title": "临时修改的标题"},
                             headers=staff.h("clerk"))).json()
    restored = await entry_action(gw, staff, eid, "discard-changes")
    assert restored["status"] == "published" and restored["title"] == public["title"]


async def test_revocation_hides_the_entry_and_keeps_the_record(gw, stack, staff):
    live = await publish(gw, staff, title="江城市教育局关于某培训机构的处理决定", genre="decision")
    eid = live["id"]
    assert_problem(await gw.post(f"{API}/entries/{eid}/revoke", json={"version": live["version"], "reason": "x"},
                                 headers=staff.h("clerk")), 403, "forbidden")
    revoked = await entry_action(gw, staff, eid, "revoke", {"reason": "该决定已被复议机关撤销。"}, role="reviewer")
    assert revoked["status"] == "revoked" and revoked["index_number"] == live["index_number"]
    assert revoked["actions"] == []
    assert_problem(await gw.get(f"{API}/public/entries/{eid}"), 404, "not_found")
    assert_problem(await gw.get(f"{API}/public/entries/by-index", params={"index_number": live["index_number"]}), 404)
    # staff still read it, and nothing more can be done with it
    assert (await _get(gw, staff, eid))["revoke_reason"] == "该决定已被复议机关撤销。"
    assert_problem(await gw.patch(f"{API}/entries/{eid}", json={"version": revoked["version"], "title": "再改标题"},
                                  headers=staff.h("clerk")), 409, "entry_state")
    events = await _outbox(stack, eid)
    assert events[-1][0] == "catalog.entry.revoked" and events[-1][1]["revoked_at"]
    assert await _changes(stack, eid) == ["published", "revoked"]


async def test_not_disclosed_entries_are_never_published(gw, staff):
    entry = await create_entry(gw, staff, title="江城市教育局内部人事安排", disclosure_attribute="not_disclosed",
                               not_disclosed_reason="internal_affairs")
    assert "submit" not in entry["actions"]
    resp = await gw.post(f"{API}/entries/{entry['id']}/submit", json={"version": entry["version"]}, headers=staff.h("clerk"))
    assert_problem(resp, 409, "not_disclosed_never_published")


async def test_on_request_entries_show_metadata_only(gw, staff):
    live = await publish(gw, staff, title="江城市教育局2025年度部门决算明细账", disclosure_attribute="on_request",
                         genre="statistics")
    public = (await gw.get(f"{API}/public/entries/{live['id']}")).json()
    assert public["disclosure_attribute"] == "on_request" and public["body_html"] is None and public["attachments"] == []


async def test_concurrent_publication_never_skips_or_duplicates_serials(gw, stack, tree, admin_token, catalog_calendar):
    agency = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")
    team = Staff(stack, agency)
    ids = []
    for i in range(12):
        entry = await create_entry(gw, team, title=f"并发发布测试条目第{i + 1}号")
        ids.append((await entry_action(gw, team, entry["id"], "submit"))["id"])

    async def approve(entry_id: str) -> httpx.Response:
        current = await _get(gw, team, entry_id)
        async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
            return await client.post(f"{API}/entries/{entry_id}/approve", json={"version": current["version"]},
                                     headers=team.h("reviewer"))

    results = await asyncio.gather(*(approve(i) for i in ids))
    assert all(r.status_code == 200 for r in results), [r.text for r in results if r.status_code != 200]
    serials = sorted(int(r.json()["index_number"].rsplit("-", 1)[1]) for r in results)
    assert serials == list(range(1, 13))
    # a failed publication gives its serial back: the next one continues without a gap
    nxt = await publish(gw, team, title="并发之后的下一个条目")
    assert nxt["index_number"].endswith("-00013")


async def test_scheduled_publication_and_expiry_take_effect_by_themselves(gw, stack, staff):
    entry = await create_entry(gw, staff, title="江城市教育局关于暑期安全教育的通知", expires_on=clock.today().isoformat())
    await entry_action(gw, staff, entry["id"], "submit")
    later = (clock.now() + timedelta(hours=2)).isoformat()
    scheduled = await entry_action(gw, staff, entry["id"], "approve", {"publish_at": later}, role="reviewer")
    assert scheduled["status"] == "scheduled" and scheduled["index_number"] is None
    assert_problem(await gw.get(f"{API}/public/entries/{entry['id']}"), 404)
    too_late = await create_entry(gw, staff, title="定时发布时间过远的条目")
    await entry_action(gw, staff, too_late["id"], "submit")
    resp = await gw.post(f"{API}/entries/{too_late['id']}/approve",
                         json={"version": (await _get(gw, staff, too_late["id"]))["version"],
                               "publish_at": "2099-01-01T00:00:00+08:00"}, headers=staff.h("reviewer"))
    assert_problem(resp, 422, "publish_at_invalid")
    # the time comes: the job publishes it, then applies its expiry date
    app = stack.apps["catalog"]
    async with app.state.db.sessionmaker() as session:
        await session.execute(text("UPDATE entries SET publish_at = :at WHERE id = :id"),
                              {"id": entry["id"], "at": clock.now() - timedelta(seconds=1)})
        await session.commit()
    done = await jobs.run_once(app.state.db.sessionmaker, app.state.settings)
    assert "failed" not in done.values()  # (the service's own job may have been first: the outcome is what counts)
    live = await _get(gw, staff, entry["id"])
    assert live["status"] == "published" and live["index_number"] and live["validity"] == "expired"
    assert (await gw.get(f"{API}/public/entries/{entry['id']}")).json()["validity"] == "expired"
    history = [h["action"] for h in (await gw.get(f"{API}/entries/{entry['id']}/history", headers=staff.h("clerk"))).json()]
    assert history[-2:] == ["published", "expired"]
    events = await _outbox(stack, entry["id"])
    assert [t for t, _ in events] == ["catalog.entry.published", "catalog.entry.updated"]
    assert events[-1][1]["validity"] == "expired"


async def test_withdraw_and_version_conflicts(gw, staff):
    entry = await create_entry(gw, staff, title="撤回与版本冲突测试条目")
    stale = entry["version"]
    await entry_action(gw, staff, entry["id"], "submit")
    assert_problem(await gw.patch(f"{API}/entries/{entry['id']}", json={"version": stale, "title": "新标题测试"},
                                  headers=staff.h("clerk")), 409, "version_conflict")
    current = await _get(gw, staff, entry["id"])
    assert_problem(await gw.patch(f"{API}/entries/{entry['id']}", json={"version": current["version"], "title": "新标题测试"},
                                  headers=staff.h("clerk")), 409, "entry_state")
    back = await entry_action(gw, staff, entry["id"], "withdraw")
    assert back["status"] == "draft"


async def test_attachments_are_sniffed_and_removed_files_stay_with_their_versions(gw, staff):
    entry = await create_entry(gw, staff, title="附件检查测试条目")
    url = f"{API}/entries/{entry['id']}/attachments"
    for filename, ctype, body in [("a.pdf", "application/pdf", b"MZ\x90\x00 an exe"),
                                  ("a.pdf", "image/png", PDF),
                                  ("run.exe", "application/octet-stream", b"MZ"),
                                  ("a.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"\x7fELF"),
                                  ("a.txt", "text/plain", b"#!/bin/sh\nrm -rf /")]:
        resp = await gw.post(url, params={"filename": filename}, content=body,
                             headers={**staff.h("clerk"), "Content-Type": ctype})
        assert_problem(resp, 415, "attachment_type")
    ok = await gw.post(url, params={"filename": "说明.pdf"}, content=PDF,
                       headers={**staff.h("clerk"), "Content-Type": "application/pdf"})
    assert ok.status_code == 201
    att = ok.json()["attachments"][0]
    await entry_action(gw, staff, entry["id"], "submit")
    live = await entry_action(gw, staff, entry["id"], "approve", role="reviewer")
    removed = await gw.delete(f"{API}/entries/{entry['id']}/attachments/{att['id']}",
                              params={"version": live["version"]}, headers=staff.h("clerk"))
    assert removed.status_code == 200 and removed.json()["attachments"] == []
    assert removed.json()["status"] == "draft"
    # the live version still has it
    assert (await gw.get(f"{API}/public/entries/{entry['id']}/attachments/{att['id']}")).status_code == 200
    # someone else's attachment id under this entry is not found
    assert_problem(await gw.get(f"{API}/public/entries/{entry['id']}/attachments/{entry['id']}"), 404)


async def test_interpretations_link_both_ways(gw, staff):
    policy = await publish(gw, staff, title="江城市教育局关于印发《课后服务管理办法》的通知", genre="measures")
    lonely = await publish(gw, staff, title="江城市教育局关于印发《校车管理办法》的通知", genre="measures")
    bad = await gw.post(f"{API}/entries", json=draft(title="解读不能解读解读", genre="interpretation",
                                                     interprets=[policy["id"]], interpretation_form="text"),
                        headers=staff.h("clerk"))
    assert bad.status_code == 201
    incomplete = await create_entry(gw, staff, title="缺少解读对象的解读", genre="interpretation")
    problem = assert_problem(await gw.post(f"{API}/entries/{incomplete['id']}/submit",
                                           json={"version": incomplete["version"]}, headers=staff.h("clerk")),
                             422, "entry_incomplete")
    assert {e["field"] for e in problem["errors"]} == {"interprets", "interpretation_form"}
    interp = await publish(gw, staff, title="图解《课后服务管理办法》", genre="interpretation",
                           interprets=[policy["id"]], interpretation_form="graphic")
    policy_page = (await gw.get(f"{API}/public/entries/{policy['id']}")).json()
    assert [i["id"] for i in policy_page["interpretations"]] == [interp["id"]]
    assert policy_page["interpretations"][0]["interpretation_form"] == "graphic"
    interp_page = (await gw.get(f"{API}/public/entries/{interp['id']}")).json()
    assert [p["id"] for p in interp_page["interprets"]] == [policy["id"]]
    missing = (await gw.get(f"{API}/policies/uninterpreted", params={"agency_id": staff.agency["id"], "size": 100},
                            headers=staff.h("clerk"))).json()
    ids = [m["id"] for m in missing["items"]]
    assert lonely["id"] in ids and policy["id"] not in ids
    # an interpretation cannot interpret an interpretation
    resp = await gw.post(f"{API}/entries", json=draft(title="解读的解读", genre="interpretation",
                                                      interprets=[interp["id"]], interpretation_form="text"),
                         headers=staff.h("clerk"))
    assert_problem(resp, 422)["errors"][0]["field"] == "interprets"


async def test_timeliness_lists(gw, staff):
    pending = await create_entry(gw, staff, title="久未发布的条目", written_on=(clock.today() - timedelta(days=60)).isoformat())
    late = (await gw.get(f"{API}/timeliness", params={"kind": "late", "agency_id": staff.agency["id"], "size": 100},
                         headers=staff.h("clerk"))).json()
    assert late["total"] >= 1 and all(i["late"] and i["working_days"] > 20 for i in late["items"])
    waiting = (await gw.get(f"{API}/timeliness", params={"kind": "pending", "agency_id": staff.agency["id"], "size": 100},
                            headers=staff.h("clerk"))).json()
    row = next(i for i in waiting["items"] if i["id"] == pending["id"])
    assert row["working_days"] >= 40 and row["late"] is True
    assert_problem(await gw.get(f"{API}/timeliness", params={"kind": "soon"}, headers=staff.h("clerk")), 422)


async def test_scope_keeps_agencies_apart(gw, stack, staff, tree, admin_token):
    other = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")
    outsider = Staff(stack, other)
    entry = await create_entry(gw, staff, title="范围测试条目")
    assert_problem(await gw.get(f"{API}/entries/{entry['id']}", headers=outsider.h("clerk")), 404)
    assert_problem(await gw.post(f"{API}/entries/{entry['id']}/submit", json={"version": entry["version"]},
                                 headers=outsider.h("clerk")), 404)
    listed = (await gw.get(f"{API}/entries", params={"size": 100}, headers=outsider.h("clerk"))).json()
    assert entry["id"] not in [i["id"] for i in listed["items"]]
    resp = await gw.post(f"{API}/entries", json=draft(agency_id=staff.agency["id"]), headers=outsider.h("clerk"))
    assert_problem(resp, 422)["errors"][0]["field"] == "agency_id"
    # the city's supervisor sees the department's drafts (own agency and below), the public does not
    city = Staff(stack, tree["city"])
    assert (await gw.get(f"{API}/entries/{entry['id']}", headers=city.h("supervisor"))).status_code == 200
    assert_problem(await gw.get(f"{API}/entries/{entry['id']}"), 401)
    assert_problem(await gw.get(f"{API}/public/entries/{entry['id']}"), 404)


async def test_dictionaries_label_the_codes(gw):
    resp = await gw.get(f"{API}/dictionaries/genre")
    genres = {g["code"]: g["label"] for g in resp.json()}
    assert genres["interpretation"] == "政策解读" and genres["notice"] == "通知"
    statuses = {s["code"]: s["label"] for s in (await gw.get(f"{API}/dictionaries/entry_status")).json()}
    assert statuses["submitted"] == "待保密审查"
