"""The issue's "done when", through the gateway with real accounts: a department clerk drafts an entry with an
attachment and submits it; a reviewer returns it once, then approves it; it is published with the next index
number, found by a 2-character query from the public search without login, listed in the agency's Atom feed and
in the sync endpoint, with its timeliness shown. Revocation hides it from the public and sync reports it."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kernel import clock
from tests.catalog.conftest import API, draft
from tests.support.helpers import bearer, create_agency, staff_account

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

ATOM = "{http://www.w3.org/2005/Atom}"


async def _act(gw, token, entry_id, action, body=None):
    current = (await gw.get(f"{API}/entries/{entry_id}", headers=bearer(token))).json()
    resp = await gw.post(f"{API}/entries/{entry_id}/{action}", json={"version": current["version"], **(body or {})},
                         headers=bearer(token))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_done_when_walkthrough(gw, admin_token, tree, catalog_calendar):
    dept = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")
    clerk = await staff_account(gw, admin_token, dept["id"], "clerk")
    reviewer = await staff_account(gw, admin_token, dept["id"], "reviewer")
    platform = await staff_account(gw, admin_token, dept["id"], "supervisor")  # syncs like a partner platform would

    # an entry published before, so ours gets the next number
    first = (await gw.post(f"{API}/entries", json=draft(title="江城市某局2026年工作要点"), headers=bearer(clerk))).json()
    await _act(gw, clerk, first["id"], "submit")
    first = await _act(gw, reviewer, first["id"], "approve")
    start = (await gw.get(f"{API}/sync", params={"agency_id": dept["id"]}, headers=bearer(platform))).json()

    title = "江城市某局关于公布2025年政府信息公开工作年报的通知"
    entry = (await gw.post(f"{API}/entries", json=draft(title=title, written_on=clock.today().isoformat()),
                           headers=bearer(clerk))).json()
    resp = await gw.post(f"{API}/entries/{entry['id']}/attachments", params={"filename": "年报.pdf"},
                         content=b"%PDF-1.7\n" + b"1" * 4096, headers={**bearer(clerk), "Content-Type": "application/pdf"})
    assert resp.status_code == 201, resp.text
    await _act(gw, clerk, entry["id"], "submit")
    returned = await _act(gw, reviewer, entry["id"], "return", {"comment": "请补充关键词。"})
    assert returned["status"] == "returned"
    resp = await gw.patch(f"{API}/entries/{entry['id']}", json={"version": returned["version"], "keywords": ["年报"]},
                          headers=bearer(clerk))
    assert resp.status_code == 200, resp.text
    await _act(gw, clerk, entry["id"], "submit")
    live = await _act(gw, reviewer, entry["id"], "approve")
    assert live["status"] == "published"
    serial = int(first["index_number"].rsplit("-", 1)[1]) + 1
    assert live["index_number"] == f"{dept['code']}/{clock.today().year}-{serial:05d}"
    assert live["timeliness"] == {"formed_on": clock.today().isoformat(), "working_days": 0, "late": False,
                                  "provisional": False, "published": True}

    # the public finds it with a 2-character query, without logging in
    found = (await gw.get(f"{API}/search", params={"q": "年报", "agency_id": dept["id"]})).json()
    assert live["id"] in [item["id"] for item in found["items"]]
    page = (await gw.get(f"{API}/public/entries/{live['id']}")).json()
    assert page["index_number"] == live["index_number"] and len(page["attachments"]) == 1

    # the agency's Atom feed lists it
    feed = await gw.get(f"{API}/feeds/agencies/{dept['id']}.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    titles = [e.findtext(f"{ATOM}title") for e in ET.fromstring(feed.content).iter(f"{ATOM}entry")]
    assert title in titles

    # the sync endpoint reports it after the cursor the platform held
    synced = (await gw.get(f"{API}/sync", params={"cursor": start["next_cursor"], "agency_id": dept["id"]},
                           headers=bearer(platform))).json()
    assert [(i["change"], i["entry_id"]) for i in synced["items"]] == [("published", live["id"])]
    assert synced["items"][0]["entry"]["index_number"] == live["index_number"]

    # revocation hides it from the public and the sync endpoint reports it
    await _act(gw, reviewer, live["id"], "revoke", {"reason": "文件内容有误，撤销发布。"})
    assert (await gw.get(f"{API}/public/entries/{live['id']}")).status_code == 404
    found = (await gw.get(f"{API}/search", params={"q": "年报", "agency_id": dept["id"]})).json()
    assert live["id"] not in [item["id"] for item in found["items"]]
    feed = await gw.get(f"{API}/feeds/agencies/{dept['id']}.atom")
    assert title not in [e.findtext(f"{ATOM}title") for e in ET.fromstring(feed.content).iter(f"{ATOM}entry")]
    after = (await gw.get(f"{API}/sync", params={"cursor": synced["next_cursor"], "agency_id": dept["id"]},
                          headers=bearer(platform))).json()
    assert [(i["change"], i["entry_id"]) for i in after["items"]] == [("revoked", live["id"])]
    assert after["items"][0]["tombstone"]["index_number"] == live["index_number"]
