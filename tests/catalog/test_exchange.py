"""Exchange with other platforms through the gateway: Atom feeds, incremental sync, bulk export and import (NDJSON,
CSV, XLSX) with per-row reports, progress, resumption, scope and permissions."""
from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
import random
import uuid
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlparse

import httpx
import openpyxl
from jose import jwt
from sqlalchemy import delete, func, select, text

import pytest

from kernel import clock
from services.catalog.entries.models import Entry
from services.catalog.entries.service import PUBLIC_CHANGES_LOCK
from services.catalog.exchange.models import ImportJob
from services.catalog.exchange.records import FLAT_FIELDS
from tests.catalog.conftest import API, create_entry, entry_action, publish
from tests.support.helpers import Staff, assert_problem, bearer, create_agency, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

ATOM = "{http://www.w3.org/2005/Atom}"
_RUN = random.randint(10_000, 89_999)  # index numbers and external ids unique to this module


def ext(name: str) -> str:
    return f"test-{_RUN}-{name}"


def row(external_id: str, **overrides: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "title": f"关于做好{external_id}工作的通知",
        "genre": "notice",
        "disclosure_attribute": "proactive",
        "summary": "从原平台迁移的已发布信息。",
        "document_number": "江府办发〔2021〕12号",
        "written_on": "2021-10-08",
        "published_at": "2021-10-12T09:30:00+08:00",
        "theme_code": "11.02",
        "keywords": ["迁移", "通知"],
        "body_html": "<p>各有关单位：</p>\n<p>现将有关事项通知如下。</p>",
        **overrides,
    }


def ndjson(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def csv_bytes(rows: list[dict[str, Any]], fields: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for r in rows:
        writer.writerow([r.get(f, "") for f in fields])
    return ("\ufeff" + out.getvalue()).encode()


def sub_of(token_headers: dict[str, str]) -> str:
    return jwt.get_unverified_claims(token_headers["Authorization"].split()[1])["sub"]


async def start_import(gw: httpx.AsyncClient, headers: dict[str, str], content: bytes, *, fmt: str,
                       mode: str = "published", agency_id: int | None = None, **params: Any) -> dict[str, Any]:
    query = {"format": fmt, "mode": mode, **params}
    if agency_id is not None:
        query["agency_id"] = agency_id
    resp = await gw.post(f"{API}/imports", params=query, content=content, headers=headers)
    assert resp.status_code == 202, resp.text
    job = resp.json()
    assert resp.headers["location"] == f"{API}/imports/{job['id']}"
    assert job["status"] in ("pending", "running", "succeeded", "failed")
    return job


async def wait_job(gw: httpx.AsyncClient, headers: dict[str, str], job_id: str,
                   timeout: float = 120) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Poll the job until it ends; returns the final job and every state seen on the way."""
    seen = []
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        resp = await gw.get(f"{API}/imports/{job_id}", headers=headers)
        assert resp.status_code == 200, resp.text
        job = resp.json()
        seen.append(job)
        if job["status"] in ("succeeded", "failed"):
            return job, seen
        assert asyncio.get_running_loop().time() < deadline, f"import job still {job['status']}: {job}"
        await asyncio.sleep(0.05)


async def import_and_wait(gw: httpx.AsyncClient, headers: dict[str, str], content: bytes, **kw: Any) -> dict[str, Any]:
    job = await start_import(gw, headers, content, **kw)
    done, _ = await wait_job(gw, headers, job["id"])
    return done


async def row_errors(gw: httpx.AsyncClient, headers: dict[str, str], job_id: str, **params: Any) -> dict[str, Any]:
    resp = await gw.get(f"{API}/imports/{job_id}/errors", params={"size": 100, **params}, headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


async def drain(gw: httpx.AsyncClient, headers: dict[str, str], cursor: str | None = None, *, limit: int = 200,
                **params: Any) -> tuple[list[dict[str, Any]], str]:
    """Every change after ``cursor``, following next_cursor while has_more."""
    items: list[dict[str, Any]] = []
    while True:
        query = {"limit": limit, **params}
        if cursor is not None:
            query["cursor"] = cursor
        resp = await gw.get(f"{API}/sync", params=query, headers=headers)
        assert resp.status_code == 200, resp.text
        page = resp.json()
        assert len(page["items"]) <= limit
        items += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items, cursor


async def export(gw: httpx.AsyncClient, headers: dict[str, str], fmt: str, **params: Any) -> httpx.Response:
    resp = await gw.get(f"{API}/export", params={"format": fmt, **params}, headers=headers)
    assert resp.status_code == 200, resp.text
    return resp


async def new_version(gw: httpx.AsyncClient, staff: Staff, entry_id: str, **changes: Any) -> dict[str, Any]:
    current = (await gw.get(f"{API}/entries/{entry_id}", headers=staff.h("clerk"))).json()
    resp = await gw.patch(f"{API}/entries/{entry_id}", json={"version": current["version"], **changes},
                          headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    await entry_action(gw, staff, entry_id, "submit")
    return await entry_action(gw, staff, entry_id, "approve", role="reviewer")


def parse_feed(resp: httpx.Response) -> ET.Element:
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(resp.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None and root.find(f"{ATOM}{required}").text
    return root


def feed_entries(root: ET.Element) -> dict[str, ET.Element]:
    out = {}
    for item in root.findall(f"{ATOM}entry"):
        entry_id = item.find(f"{ATOM}id").text
        assert entry_id.startswith("urn:uuid:")
        out[entry_id.removeprefix("urn:uuid:")] = item
    return out


# --- Atom feeds --------------------------------------------------------------------------------------------------


async def test_agency_feed_lists_live_entries_as_valid_atom(gw, stack, staff, admin_token):
    first = await publish(gw, staff, title="江城市教育局关于<春季>开学工作的通知 & 安排", document_number="江教发〔2026〕11号")
    second = await publish(gw, staff, title="江城市教育局2026年招生政策解读", genre="announcement", theme_code="11.02")
    gone = await publish(gw, staff, title="江城市教育局将被撤销的公告", genre="announcement")
    await entry_action(gw, staff, gone["id"], "revoke", {"reason": "内容有误，已撤销。"}, role="reviewer")

    resp = await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom")  # no login
    root = parse_feed(resp)
    assert staff.agency["name"] in root.find(f"{ATOM}title").text
    assert root.find(f"{ATOM}author/{ATOM}name").text == staff.agency["name"]
    assert root.find(f"{ATOM}id").text.startswith("urn:uuid:")
    self_link = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"][0]
    assert self_link.get("href").startswith("http") and self_link.get("href").endswith(f"/agencies/{staff.agency['id']}.atom")
    items = feed_entries(root)
    assert first["id"] in items and second["id"] in items and gone["id"] not in items  # revoked: gone
    item = items[first["id"]]
    assert item.find(f"{ATOM}title").text == "江城市教育局关于<春季>开学工作的通知 & 安排"  # escaped, and back
    assert b"&lt;\xe6\x98\xa5" in resp.content and b"&amp;" in resp.content
    links = {link.get("rel"): link.get("href") for link in item.findall(f"{ATOM}link")}
    assert links["alternate"].endswith(f"/entries/{first['id']}") and links["alternate"].startswith("http")
    assert links["related"].endswith(f"{API}/public/entries/{first['id']}")
    assert datetime.fromisoformat(item.find(f"{ATOM}updated").text) >= datetime.fromisoformat(
        item.find(f"{ATOM}published").text)
    assert first["index_number"] in item.find(f"{ATOM}summary").text
    categories = {(c.get("scheme"), c.get("term"), c.get("label")) for c in item.findall(f"{ATOM}category")}
    assert ("urn:gongkai:catalog:genre", "notice", "通知") in categories
    assert ("urn:gongkai:catalog:theme", "11.02", "教育") in categories
    assert item.find(f"{ATOM}author/{ATOM}name").text == staff.agency["name"]
    # newest first
    order = list(items)
    assert order.index(second["id"]) < order.index(first["id"])
    # the link to the API works
    assert (await gw.get(urlparse(links["related"]).path)).json()["title"] == item.find(f"{ATOM}title").text

    # pollers: 304 on the ETag or the date, a new publication changes both
    etag, modified = resp.headers["etag"], resp.headers["last-modified"]
    assert resp.headers["cache-control"].startswith("public")
    again = await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    again = await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom", headers={"If-Modified-Since": modified})
    assert again.status_code == 304
    await publish(gw, staff, title="江城市教育局又一则通知")
    fresh = await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom", headers={"If-None-Match": etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != etag
    # a revocation changes the feed too
    await entry_action(gw, staff, second["id"], "revoke", {"reason": "政策已调整。"}, role="reviewer")
    after = await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom", headers={"If-None-Match": fresh.headers["etag"]})
    assert after.status_code == 200 and second["id"] not in feed_entries(parse_feed(after))

    # subordinate agencies only when asked
    child = await create_agency(gw, admin_token, parent_id=staff.agency["id"], level="city", kind="department")
    child_entry = await publish(gw, Staff(stack, child), title="下属单位发布的通知")
    own = feed_entries(parse_feed(await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom")))
    assert child_entry["id"] not in own
    with_sub = parse_feed(await gw.get(f"{API}/feeds/agencies/{staff.agency['id']}.atom",
                                       params={"include_subordinates": "true"}))
    assert child_entry["id"] in feed_entries(with_sub) and first["id"] in feed_entries(with_sub)
    assert "含下级机关" in with_sub.find(f"{ATOM}title").text


async def test_column_feed_and_feed_not_found(gw, stack, staff, admin_token):
    async def column(name: str, parent_id: int | None = None) -> dict[str, Any]:
        resp = await gw.post(f"{API}/columns", json={"agency_id": staff.agency["id"], "name": name, "parent_id": parent_id},
                             headers=staff.h("clerk"))
        assert resp.status_code == 201, resp.text
        return resp.json()

    notices = await column(f"通知公告{_RUN}")
    sub = await column("教育类通知", notices["id"])
    empty = await column(f"空栏目{_RUN}")
    spare = await column(f"将停用的栏目{_RUN}")
    in_column = await publish(gw, staff, title="栏目中的通知", column_id=notices["id"])
    in_sub = await publish(gw, staff, title="下级栏目中的通知", column_id=sub["id"])
    elsewhere = await publish(gw, staff, title="未分栏目的通知")

    root = parse_feed(await gw.get(f"{API}/feeds/columns/{notices['id']}.atom"))
    assert set(feed_entries(root)) == {in_column["id"]}
    assert notices["name"] in root.find(f"{ATOM}title").text
    root = parse_feed(await gw.get(f"{API}/feeds/columns/{notices['id']}.atom", params={"include_subordinates": True}))
    assert set(feed_entries(root)) == {in_column["id"], in_sub["id"]} and elsewhere["id"] not in feed_entries(root)
    # a column's feed follows the live version: moving the working copy changes nothing until it is published
    current = (await gw.get(f"{API}/entries/{in_column['id']}", headers=staff.h("clerk"))).json()
    await gw.patch(f"{API}/entries/{in_column['id']}", json={"version": current["version"], "column_id": empty["id"]},
                   headers=staff.h("clerk"))
    assert in_column["id"] in feed_entries(parse_feed(await gw.get(f"{API}/feeds/columns/{notices['id']}.atom")))
    assert feed_entries(parse_feed(await gw.get(f"{API}/feeds/columns/{empty['id']}.atom"))) == {}

    # unknown or inactive agency or column: 404 problem
    assert_problem(await gw.get(f"{API}/feeds/agencies/987654321.atom"), 404, "not_found")
    assert_problem(await gw.get(f"{API}/feeds/columns/987654321.atom"), 404, "not_found")
    resp = await gw.post(f"{API}/columns/{spare['id']}/deactivate", json={"version": spare["version"]},
                         headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    assert_problem(await gw.get(f"{API}/feeds/columns/{spare['id']}.atom"), 404, "not_found")
    closed = await create_agency(gw, admin_token, parent_id=staff.agency["id"], level="city", kind="department")
    resp = await gw.post(f"{API}/agencies/{closed['id']}/deactivate",
                         json={"version": closed["version"], "reason": "机构改革撤并"}, headers=bearer(admin_token))
    assert resp.status_code == 200, resp.text
    problem = assert_problem(await gw.get(f"{API}/feeds/agencies/{closed['id']}.atom",
                                          headers={"Accept-Language": "en"}), 404, "not_found")
    assert "agency" in problem["detail"]


# --- sync ----------------------------------------------------------------------------------------------------------


async def test_sync_returns_changes_in_order_with_versions_and_tombstones(gw, staff):
    reader = staff.h("supervisor")
    scope = {"agency_id": staff.agency["id"]}
    _, start = await drain(gw, reader, **scope)
    a = await publish(gw, staff, title="同步测试：甲通知")
    b = await publish(gw, staff, title="同步测试：乙公告", genre="announcement")
    a2 = await new_version(gw, staff, a["id"], title="同步测试：甲通知（修订）")
    await entry_action(gw, staff, b["id"], "revoke", {"reason": "重复发布，予以撤销。"}, role="reviewer")

    # one change per page, following the cursor
    items, end = await drain(gw, reader, start, limit=1, **scope)
    assert [(i["change"], i["entry_id"], i["version"]) for i in items] == [
        ("published", a["id"], 1), ("published", b["id"], 1), ("updated", a["id"], 2), ("revoked", b["id"], 1)]
    seqs = [i["seq"] for i in items]
    assert seqs == sorted(seqs) and len(set(seqs)) == 4
    first, second, update, revoked = items
    assert first["entry"]["title"] == "同步测试：甲通知" and first["entry"]["index_number"] == a["index_number"]
    assert update["entry"]["title"] == "同步测试：甲通知（修订）" and update["entry"]["version"] == 2
    assert update["entry"]["published_at"] == first["entry"]["published_at"]  # 发布日期 is the first publication's
    assert update["entry"]["version_published_at"] > first["entry"]["version_published_at"]
    assert first["entry"]["external_id"] == a["id"] and first["entry"]["agency_code"] == staff.agency["code"]
    assert set(FLAT_FIELDS) <= set(first["entry"])  # the same record as an export row
    assert revoked["entry"] is None and revoked["tombstone"] == {
        "entry_id": b["id"], "external_id": b["id"], "index_number": b["index_number"],
        "revoked_at": revoked["tombstone"]["revoked_at"], "reason": "重复发布，予以撤销。"}
    assert first["tombstone"] is None and a2["live_version"] == 2

    # the same in one page; nothing after the end; an invalid cursor is a problem
    resp = (await gw.get(f"{API}/sync", params={"cursor": start, **scope}, headers=reader)).json()
    assert [i["seq"] for i in resp["items"]] == seqs and resp["has_more"] is False and resp["next_cursor"] == end
    resp = (await gw.get(f"{API}/sync", params={"cursor": end, **scope}, headers=reader)).json()
    assert resp == {"items": [], "next_cursor": end, "has_more": False}
    for bad in ("not a cursor!", "Zm9vYmFy", base64.urlsafe_b64encode(b"c1.-5").decode(), "x" * 41):
        resp = await gw.get(f"{API}/sync", params={"cursor": bad}, headers=reader)
        assert resp.status_code in (400, 422), resp.text
        assert resp.headers["content-type"].startswith("application/problem+json")
    assert_problem(await gw.get(f"{API}/sync", params={"cursor": "Zm9vYmFy"}, headers=reader), 400, "invalid_cursor")


async def test_sync_while_publications_happen_misses_nothing(gw, stack, staff):
    """A client polls the sync feed while several publications commit concurrently: it sees each exactly once, in
    increasing order (the log is written under a lock held until commit, so no later-committed row gets a smaller
    number than one already seen)."""
    reader = staff.h("supervisor")
    scope = {"agency_id": staff.agency["id"]}
    _, cursor = await drain(gw, reader, **scope)
    drafts = []
    for i in range(8):
        drafts.append((await create_entry(gw, staff, title=f"并发同步测试第{i + 1}号通知"))["id"])
        await entry_action(gw, staff, drafts[-1], "submit")
    seen: list[dict[str, Any]] = []
    done = asyncio.Event()

    async def poll() -> None:
        nonlocal cursor
        async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
            while True:
                finished = done.is_set()
                items, cursor = await drain(client, reader, cursor, limit=3, **scope)
                seen.extend(items)
                if finished:
                    return
                await asyncio.sleep(0.01)

    async def approve(entry_id: str) -> None:
        async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
            current = (await client.get(f"{API}/entries/{entry_id}", headers=staff.h("clerk"))).json()
            resp = await client.post(f"{API}/entries/{entry_id}/approve", json={"version": current["version"]},
                                     headers=staff.h("reviewer"))
            assert resp.status_code == 200, resp.text

    poller = asyncio.create_task(poll())
    await asyncio.gather(*(approve(d) for d in drafts))
    done.set()
    await poller
    assert sorted(i["entry_id"] for i in seen) == sorted(drafts)
    assert [i["seq"] for i in seen] == sorted({i["seq"] for i in seen})


async def test_sync_and_export_keep_to_the_callers_scope(gw, stack, staff, tree, admin_token):
    mine = await publish(gw, staff, title="范围测试：本机关的通知")
    outsider = Staff(stack, await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city",
                                                kind="department"))
    theirs = await publish(gw, outsider, title="范围测试：其他机关的通知")
    # a clerk of the other agency sees its own changes only
    items, _ = await drain(gw, outsider.h("clerk"))
    ids = {i["entry_id"] for i in items}
    assert theirs["id"] in ids and mine["id"] not in ids
    assert all(i["entry"]["agency_id"] == outsider.agency["id"] for i in items if i["entry"])
    items, _ = await drain(gw, outsider.h("clerk"), agency_id=staff.agency["id"])
    assert items == []
    exported = await export(gw, outsider.h("clerk"), "ndjson", agency_id=staff.agency["id"])
    assert exported.content == b""
    exported = await export(gw, outsider.h("clerk"), "ndjson")
    assert {json.loads(line)["id"] for line in exported.text.splitlines()} == {theirs["id"]}
    # the city's supervisor (this agency and below) sees both
    city = Staff(stack, tree["city"])
    items, _ = await drain(gw, city.h("supervisor"), agency_id=tree["city"]["id"], include_subordinates=True)
    assert {mine["id"], theirs["id"]} <= {i["entry_id"] for i in items}
    exported = await export(gw, city.h("supervisor"), "csv", agency_id=tree["city"]["id"], include_subordinates=True)
    rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert {mine["index_number"], theirs["index_number"]} <= {r["index_number"] for r in rows}
    # unknown agency: 404; the public and citizens cannot sync, export or import
    assert_problem(await gw.get(f"{API}/sync", params={"agency_id": 987654321}, headers=city.h("supervisor")), 404)
    for method, path in (("GET", "/sync"), ("GET", "/export"), ("POST", "/imports?format=ndjson"), ("GET", "/imports")):
        assert_problem(await gw.request(method, f"{API}{path}", content=b"{}"), 401, "not_authenticated")
        citizen = mint_token(stack.key, kind="citizen", perms=[], scope="none", roles=["citizen"])
        assert_problem(await gw.request(method, f"{API}{path}", content=b"{}", headers=bearer(citizen)), 403, "forbidden")
    # a clerk may sync and export but not import
    assert_problem(await gw.post(f"{API}/imports", params={"format": "ndjson"}, content=ndjson([row(ext("clerk"))]),
                                 headers=staff.h("clerk")), 403, "forbidden")


# --- import and export ---------------------------------------------------------------------------------------------


async def test_export_imports_back_unchanged_in_every_format(gw, stack, staff):
    """Rows from another platform (legacy index numbers as they are, an interpretation linked to its policy by
    external id, a column by name) are imported as published; each export format imports back with every row
    "unchanged", and so does the same file a second time."""
    importer = staff.h("supervisor")
    column = (await gw.post(f"{API}/columns", json={"agency_id": staff.agency["id"], "name": f"迁移栏目{_RUN}"},
                            headers=staff.h("clerk"))).json()
    legacy = {
        "hyphen": f"00250239-7/2025-{_RUN:05d}",
        "six_serial": f"{staff.agency['code']}/2024-{_RUN:06d}",
        "year_month": f"{staff.agency['code'][:8]}/202110-{_RUN % 100000:05d}",
        "six_prefix": f"ABC123/2023-{_RUN:05d}",
    }
    rows = [
        row(ext("policy"), index_number=legacy["hyphen"], column_name=column["name"],
            keywords=["政策;解读", "迁移"], regulation_kind="normative"),
        row(ext("reading"), index_number=legacy["six_serial"], genre="interpretation", title="政策解读：迁移说明",
            interprets=[ext("policy")], interpretation_form="text", is_policy=False),
        row(ext("month"), index_number=legacy["year_month"], disclosure_attribute="on_request", genre="report",
            summary=None, body_html=""),
        row(ext("prefix"), index_number=legacy["six_prefix"], validity="abolished", abolished_on="2024-01-01"),
        row(ext("fresh"), written_on="2026-01-05", published_at=None),  # no index number: one is assigned
        row(ext("expiring"), expires_on="2023-12-31", document_number="江府办发[2021]13号"),
        row(ext("formula"), title='=HYPERLINK("http://example.com","点击")通知', summary="-1+1"),
        row(ext("long"), body_html="<p>" + "为深入贯彻落实有关决策部署，现就有关事项通知如下。" * 1700 + "</p>"),  # > 1 Excel cell
    ]
    job = await import_and_wait(gw, importer, ndjson(rows), fmt="ndjson", mode="published", agency_id=staff.agency["id"])
    assert (job["status"], job["created"], job["failed"], job["rows_total"]) == ("succeeded", 8, 0, 8), \
        (job, await row_errors(gw, importer, job["id"]))

    exported = await export(gw, importer, "ndjson", agency_id=staff.agency["id"])
    assert exported.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in exported.headers["content-disposition"]
    records = {r["external_id"]: r for r in map(json.loads, exported.text.splitlines()) if r["external_id"].startswith(f"test-{_RUN}")}
    assert set(records) == {r["external_id"] for r in rows}
    assert records[ext("policy")]["index_number"] == legacy["hyphen"]  # as-is
    assert records[ext("reading")]["index_number"] == legacy["six_serial"]
    assert records[ext("month")]["index_number"] == legacy["year_month"]
    assert records[ext("prefix")]["index_number"] == legacy["six_prefix"]
    year = clock.today().year
    assert records[ext("fresh")]["index_number"].startswith(f"{staff.agency['code']}/{year}-")
    assert records[ext("reading")]["interprets"] == [ext("policy")]
    assert records[ext("policy")]["column_id"] == column["id"] and records[ext("policy")]["column_name"] == column["name"]
    assert datetime.fromisoformat(records[ext("policy")]["published_at"]) == datetime(  # the original date, kept
        2021, 10, 12, 1, 30, tzinfo=timezone.utc)
    assert records[ext("policy")]["regulation_kind"] == "normative" and records[ext("policy")]["keywords"] == ["政策;解读", "迁移"]
    assert records[ext("expiring")]["validity"] == "expired" and records[ext("expiring")]["document_number"] == "江府办发〔2021〕13号"
    assert records[ext("month")]["disclosure_attribute"] == "on_request"
    # the sync cursor of the export: changes after it only
    later, _ = await drain(gw, importer, exported.headers["x-sync-cursor"], agency_id=staff.agency["id"])
    assert not {i["entry_id"] for i in later} & {r["id"] for r in records.values()}
    public = (await gw.get(f"{API}/public/entries/by-index", params={"index_number": legacy["hyphen"]})).json()
    assert public["id"] == records[ext("policy")]["id"]

    # each format back in, unchanged (only this test's rows: other tests' entries of the agency are exported too)
    ours = {r["external_id"] for r in rows}
    ndjson_file = "".join(line + "\n" for line in exported.text.splitlines() if json.loads(line)["external_id"] in ours)
    csv_resp = await export(gw, importer, "csv", agency_id=staff.agency["id"])
    assert csv_resp.content.startswith("\ufeff".encode()) and csv_resp.headers["content-type"].startswith("text/csv")
    csv_rows = list(csv.reader(io.StringIO(csv_resp.content.decode("utf-8-sig"))))
    assert csv_rows[0] == list(FLAT_FIELDS)
    kept = [csv_rows[0]] + [r for r in csv_rows[1:] if r[0] in ours]
    formula = [r for r in kept if r[0] == ext("formula")][0]
    assert formula[FLAT_FIELDS.index("title")].startswith("'=HYPERLINK")  # not a formula when Excel opens it
    out = io.StringIO()
    csv.writer(out).writerows(kept)
    csv_file = ("\ufeff" + out.getvalue()).encode()
    xlsx_resp = await export(gw, importer, "xlsx", agency_id=staff.agency["id"])
    book = openpyxl.load_workbook(io.BytesIO(xlsx_resp.content))
    sheet = book["entries"]
    heading = [c.value for c in sheet[1]]
    assert heading == list(FLAT_FIELDS) + ["body_html_2", "body_html_3"]  # the long body continues over 3 cells
    for number in range(sheet.max_row, 1, -1):
        if sheet.cell(number, 1).value not in ours:
            sheet.delete_rows(number)
    assert sheet.max_row == 1 + len(rows)
    assert isinstance(sheet.cell(2, FLAT_FIELDS.index("written_on") + 1).value, datetime)  # a real date in Excel
    titles = [sheet.cell(n, FLAT_FIELDS.index("title") + 1) for n in range(2, sheet.max_row + 1)]
    assert all(c.data_type == "s" for c in titles) and any(c.value.startswith("=HYPERLINK") for c in titles)
    buffer = io.BytesIO()
    book.save(buffer)
    for fmt, content in (("ndjson", ndjson_file.encode()), ("csv", csv_file), ("xlsx", buffer.getvalue()),
                         ("ndjson", ndjson(rows))):
        again = await import_and_wait(gw, importer, content, fmt=fmt, mode="published", agency_id=staff.agency["id"])
        assert (again["status"], again["unchanged"], again["created"], again["updated"], again["failed"]) == \
            ("succeeded", len(rows), 0, 0, 0), (fmt, again, await row_errors(gw, importer, again["id"]))
    # a changed row is an update: a new live version, seen by sync as "updated"
    _, cursor = await drain(gw, importer, agency_id=staff.agency["id"])
    changed = [dict(rows[0], title="关于做好迁移工作的通知（修订）")]
    again = await import_and_wait(gw, importer, ndjson(changed), fmt="ndjson", mode="published", agency_id=staff.agency["id"])
    assert (again["updated"], again["unchanged"]) == (1, 0)
    items, _ = await drain(gw, importer, cursor, agency_id=staff.agency["id"])
    assert [(i["change"], i["version"], i["entry"]["title"]) for i in items] == [
        ("updated", 2, "关于做好迁移工作的通知（修订）")]
    assert items[0]["entry"]["index_number"] == legacy["hyphen"]


async def test_row_errors_are_reported_per_row(gw, stack, staff, tree, admin_token):
    importer = staff.h("supervisor")
    taken = f"{staff.agency['code']}/2020-{_RUN:05d}"
    first = await import_and_wait(gw, importer, ndjson([row(ext("taken"), index_number=taken)]), fmt="ndjson",
                                  agency_id=staff.agency["id"])
    assert first["created"] == 1, first
    outside = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")
    fields = ["external_id", "index_number", "agency_code", "title", "genre", "disclosure_attribute", "written_on",
              "keywords", "is_policy"]
    rows = [
        row(ext("ok-1"), index_number=f"{staff.agency['code']}/2021-{_RUN:06d}"),             # row 2
        row(ext("bad-date"), written_on="2021-02-30"),                                             # row 3
        row(ext("bad-genre"), genre="poem"),                                                       # row 4
        row(ext("no-title"), title=""),                                                            # row 5
        row(ext("outside"), agency_code=outside["code"]),                                          # row 6
        row(ext("dup-index"), index_number=taken),                                                 # row 7
        row(ext("ok-2"), index_number=f"{staff.agency['code']}/202110-{_RUN % 100000:05d}", keywords="一；二"),  # 8
        {**row(ext("ok-3")), "genre": "通知", "disclosure_attribute": "主动公开", "is_policy": "否"},   # row 9
    ]
    for r in rows:
        r["keywords"] = "; ".join(r["keywords"]) if isinstance(r["keywords"], list) else r["keywords"]
    job = await import_and_wait(gw, importer, csv_bytes(rows, fields), fmt="csv", mode="published",
                                agency_id=staff.agency["id"], filename="迁移清单.csv")
    assert (job["status"], job["rows_total"], job["created"], job["failed"]) == ("succeeded", 8, 3, 5), job
    assert job["filename"] == "迁移清单.csv" and job["progress"] == 1.0
    report = await row_errors(gw, importer, job["id"])
    assert report["total"] == 5
    by_row = {e["row"]: e for e in report["items"]}
    assert sorted(by_row) == [3, 4, 5, 6, 7]
    expected = {3: ("written_on", ext("bad-date")), 4: ("genre", ext("bad-genre")), 5: ("title", ext("no-title")),
                6: ("agency_id", ext("outside")), 7: ("index_number", ext("dup-index"))}
    for number, (field, external_id) in expected.items():
        assert by_row[number]["external_id"] == external_id
        assert field in [e["field"] for e in by_row[number]["errors"]], by_row[number]
    assert by_row[3]["errors"][0]["message"] == "日期格式应为 YYYY-MM-DD"
    assert by_row[5]["errors"][0]["message"] == "此项为必填项"
    assert "管理范围" in by_row[6]["errors"][0]["message"]
    assert by_row[7]["errors"][0]["code"] == "duplicate"
    english = await row_errors(gw, {**importer, "Accept-Language": "en"}, job["id"])
    en = {e["row"]: e for e in english["items"]}
    assert en[6]["errors"][0]["message"] == "Unknown agency or outside your scope."
    assert en[7]["errors"][0]["message"] == "Another entry has this index number."
    page = await row_errors(gw, importer, job["id"], size=2, page=3)
    assert (page["total"], page["pages"], [e["row"] for e in page["items"]]) == (5, 3, [7])
    # the good rows are live, with their index numbers as they were
    exported = await export(gw, importer, "ndjson", agency_id=staff.agency["id"])
    records = {r["external_id"]: r for r in map(json.loads, exported.text.splitlines())}
    assert records[ext("ok-2")]["index_number"] == f"{staff.agency['code']}/202110-{_RUN % 100000:05d}"
    assert records[ext("ok-2")]["keywords"] == ["一", "二"]
    assert records[ext("ok-3")]["genre"] == "notice" and records[ext("ok-3")]["is_policy"] is False
    assert ext("outside") not in records and ext("bad-date") not in records
    # nothing of the bad rows was written, anywhere
    admin = bearer(mint_token(stack.key, perms=["*"], scope="all", roles=["admin"]))
    for name in ("bad-date", "bad-genre", "no-title", "outside", "dup-index"):
        listed = (await gw.get(f"{API}/entries", params={"q": ext(name)}, headers=admin)).json()
        assert listed["total"] == 0, name


async def test_progress_can_be_polled_and_jobs_are_private(gw, stack, staff):
    importer = staff.h("supervisor")
    rows = [row(ext(f"bulk-{i:03d}"), title=f"批量导入测试第{i}号通知", keywords=[f"批量{i}"]) for i in range(250)]
    job = await start_import(gw, importer, ndjson(rows), fmt="ndjson", mode="draft", agency_id=staff.agency["id"])
    done, seen = await wait_job(gw, importer, job["id"])
    assert (done["status"], done["rows_total"], done["rows_done"], done["created"], done["progress"]) == \
        ("succeeded", 250, 250, 250, 1.0)
    batch = stack.apps["catalog"].state.settings.import_batch_rows
    progress = [s["rows_done"] for s in seen]
    assert progress == sorted(progress) and all(p % batch == 0 or p == 250 for p in progress)
    assert all(0 <= s["progress"] <= 1 for s in seen)
    assert done["started_at"] and done["finished_at"] >= done["started_at"]
    # drafts: imported for review, not public
    listed = (await gw.get(f"{API}/entries", params={"agency_id": staff.agency["id"], "status": "draft",
                                                     "q": "批量导入测试第1号"}, headers=staff.h("clerk"))).json()
    assert listed["total"] >= 1 and listed["items"][0]["live_version"] is None
    # the owner lists it; someone else (even with the same permission) cannot read it; an administrator can
    mine = (await gw.get(f"{API}/imports", headers=importer)).json()
    assert job["id"] in [j["id"] for j in mine["items"]]
    colleague = staff.h("supervisor", sub=str(uuid.uuid4()))
    assert_problem(await gw.get(f"{API}/imports/{job['id']}", headers=colleague), 404, "not_found")
    assert_problem(await gw.get(f"{API}/imports/{job['id']}/errors", headers=colleague), 404, "not_found")
    assert job["id"] not in [j["id"] for j in (await gw.get(f"{API}/imports", headers=colleague)).json()["items"]]
    admin = mint_token(stack.key, perms=["*"], scope="all", roles=["admin"])
    assert (await gw.get(f"{API}/imports/{job['id']}", headers=bearer(admin))).json()["rows_done"] == 250
    # one audit entry when the job is created, one when it ends (not one per row of the job itself)
    audit = (await gw.get(f"{API}/audit", params={"entity_type": "import_job", "entity_id": job["id"]},
                          headers=bearer(admin))).json()
    assert sorted(a["action"] for a in audit["items"]) == ["import.created", "import.finished"]
    finished = [a for a in audit["items"] if a["action"] == "import.finished"][0]
    assert finished["after"]["created"] == 250 and finished["actor_id"] == sub_of(importer)


async def test_files_that_are_not_what_they_say_fail_the_job(gw, stack, staff):
    importer = staff.h("supervisor")
    junk_zip = io.BytesIO()
    with zipfile.ZipFile(junk_zip, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    cases = [
        ("xlsx", ndjson([row(ext("x"))]), "Excel"),
        ("xlsx", junk_zip.getvalue(), "Excel"),
        ("ndjson", b"external_id,title\nx,y\n", "NDJSON"),
        ("csv", "编号,名字\n1,2\n".encode(), "无法识别的列"),
        ("csv", b"genre,title\nnotice,abc\n", "external_id"),
        ("csv", junk_zip.getvalue(), "CSV"),
    ]
    for fmt, content, words in cases:
        job = await import_and_wait(gw, importer, content, fmt=fmt, agency_id=staff.agency["id"])
        assert job["status"] == "failed" and words in job["error"], (fmt, job)
        assert job["created"] == 0 and job["finished_at"]
    english = (await gw.get(f"{API}/imports/{job['id']}", headers={**importer, "Accept-Language": "en"})).json()
    assert english["error"] == "The file is not a CSV text file (binary data or a workbook?)."
    # a GB18030 CSV with Chinese headings, as older platforms write it, is read
    legacy = "外部编号,名称,体裁分类,公开属性,成文日期,发布日期,索引号\n" + \
             f"{ext('gbk')},旧平台导出的通知,通知,主动公开,2019-05-06,2019-05-08,{staff.agency['code'][:6]}/2019-{_RUN:05d}\n"
    job = await import_and_wait(gw, importer, legacy.encode("gb18030"), fmt="csv", agency_id=staff.agency["id"])
    assert (job["status"], job["created"]) == ("succeeded", 1), (job, await row_errors(gw, importer, job["id"]))
    # empty body, bad parameters, too large
    assert_problem(await gw.post(f"{API}/imports", params={"format": "csv"}, content=b"", headers=importer), 422,
                   "import_file_empty")
    assert_problem(await gw.post(f"{API}/imports", params={"format": "pdf"}, content=b"x", headers=importer), 422)
    assert_problem(await gw.post(f"{API}/imports", params={"format": "csv", "agency_id": 987654321}, content=b"x",
                                 headers=importer), 422, "validation_error")
    settings = stack.apps["catalog"].state.settings
    limit = settings.import_max_mb
    settings.import_max_mb = 1
    try:
        resp = await gw.post(f"{API}/imports", params={"format": "ndjson"}, content=b"{}\n" * 400_000,
                             headers=importer)
        assert_problem(resp, 413, "payload_too_large")
    finally:
        settings.import_max_mb = limit
    # Idempotency-Key: a retried upload is the same job
    headers = {**importer, "Idempotency-Key": f"import-{_RUN}-retry"}
    body = ndjson([row(ext("retry"))])
    first = await gw.post(f"{API}/imports", params={"format": "ndjson", "agency_id": staff.agency["id"]}, content=body,
                          headers=headers)
    again = await gw.post(f"{API}/imports", params={"format": "ndjson", "agency_id": staff.agency["id"]}, content=body,
                          headers=headers)
    assert first.status_code == again.status_code == 202 and first.json()["id"] == again.json()["id"]
    assert again.headers.get("idempotent-replayed") == "true"


async def test_an_interrupted_job_is_resumed_after_its_last_committed_row(gw, stack, staff):
    """A job whose instance died after committing 2 of 5 rows (status running, heartbeat long stale) is picked up
    and finished from row 3: rows 1–2 are not read again."""
    importer = staff.h("supervisor")
    app = stack.apps["catalog"]
    rows = [row(ext(f"resume-{i}")) for i in range(1, 6)]
    content = ndjson(rows)
    job_id = uuid.uuid4()
    stored = await app.state.store.put_bytes(f"imports/{job_id}", content)
    token = importer["Authorization"].split()[1]
    claims = jwt.get_unverified_claims(token)
    async with app.state.db.sessionmaker() as session:
        session.add(ImportJob(
            id=job_id, format="ndjson", mode="published", status="running", filename="resume.ndjson",
            storage_key=stored.key, size=stored.size, sha256=stored.sha256, owner_id=claims["sub"], owner_name="t",
            principal={"sub": claims["sub"], "kind": "staff", "username": "", "name": "t", "roles": ["supervisor"],
                       "permissions": claims["perms"], "agency_id": claims["agency_id"],
                       "agency_path": claims["agency_path"], "scope": claims["scope"]},
            agency_id=staff.agency["id"], rows_total=5, rows_done=2, created_count=2, updated_count=0,
            unchanged_count=0, failed_count=0, started_at=datetime.now(timezone.utc) - timedelta(hours=1),
            heartbeat_at=datetime.now(timezone.utc) - timedelta(hours=1)))
        await session.commit()
    await app.state.imports.pick_up()  # what the runner's loop does every few seconds
    done, _ = await wait_job(gw, importer, str(job_id))
    assert (done["status"], done["rows_done"], done["created"], done["failed"]) == ("succeeded", 5, 5, 0), done
    exported = await export(gw, importer, "ndjson", agency_id=staff.agency["id"])
    present = {json.loads(line)["external_id"] for line in exported.text.splitlines()}
    assert {ext("resume-3"), ext("resume-4"), ext("resume-5")} <= present
    assert not {ext("resume-1"), ext("resume-2")} & present  # "already done" before the interruption: skipped
    assert not await app.state.store.exists(stored.key)  # the file is removed once the job has ended
    # a job that is still beating is left to its instance
    async with app.state.db.sessionmaker() as session:
        other = uuid.uuid4()
        session.add(ImportJob(id=other, format="ndjson", mode="draft", status="running", filename="x.ndjson",
                              storage_key=f"imports/{other}", size=1, sha256="0" * 64, owner_id="someone",
                              principal={"sub": "someone", "kind": "staff"}, rows_done=0, created_count=0,
                              updated_count=0, unchanged_count=0, failed_count=0,
                              heartbeat_at=datetime.now(timezone.utc)))
        await session.commit()
    assert other not in await app.state.imports.pick_up()
    async with app.state.db.sessionmaker() as session:
        await session.execute(delete(ImportJob).where(ImportJob.id == other))
        await session.commit()


async def test_an_import_and_interactive_publications_run_side_by_side(gw, stack, staff):
    """Rows published by an import take index numbers and the sync log's lock like any publication; clerks
    publishing in the same agency meanwhile neither fail nor wait for the whole import, and the sync log has every
    publication once."""
    importer = staff.h("supervisor")
    _, cursor = await drain(gw, importer, agency_id=staff.agency["id"])
    drafts = [(await entry_action(gw, staff, (await create_entry(gw, staff, title=f"导入期间发布的通知{i}"))["id"],
                                  "submit"))["id"] for i in range(5)]
    # published in 2025 first, then now: the import needs this year's serial after it has published something
    rows = [row(ext(f"side-{i:02d}"), written_on="2025-02-03", published_at="2025-06-02T09:00:00+08:00")
            for i in range(15)] + [row(ext(f"side-{i:02d}"), written_on="2026-02-02", published_at=None)
                                   for i in range(15, 40)]
    job = await start_import(gw, importer, ndjson(rows), fmt="ndjson", mode="published", agency_id=staff.agency["id"])

    async def approve(entry_id: str) -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
            await asyncio.sleep(0.05 * drafts.index(entry_id))
            current = (await client.get(f"{API}/entries/{entry_id}", headers=staff.h("clerk"))).json()
            resp = await client.post(f"{API}/entries/{entry_id}/approve", json={"version": current["version"]},
                                     headers=staff.h("reviewer"))
            assert resp.status_code == 200, resp.text
            return resp.json()

    approved = await asyncio.gather(*(approve(d) for d in drafts))
    done, _ = await wait_job(gw, importer, job["id"])
    assert (done["status"], done["created"], done["failed"]) == ("succeeded", 40, 0), done
    items, _ = await drain(gw, importer, cursor, agency_id=staff.agency["id"])
    published = [i for i in items if i["change"] == "published"]
    assert len(published) == 45 and len({i["entry_id"] for i in published}) == 45
    numbers = [i["entry"]["index_number"] for i in published]
    assert len(set(numbers)) == 45 and {a["index_number"] for a in approved} <= set(numbers)


async def test_an_import_batch_waiting_for_an_entry_holds_no_publication_lock(gw, stack, staff):
    """A batch locks its rows' entries before the sync log's lock, as a clerk's publication does: while a clerk holds
    an entry the batch will update, the batch waits without holding the sync log's lock, so the clerk's publication
    goes through (the other order deadlocks: the batch holding the sync log's lock from an earlier row, waiting for
    the clerk's entry, the clerk waiting for the sync log's lock)."""
    importer = staff.h("supervisor")
    aid = staff.agency["id"]
    first, second = ext("order-1"), ext("order-2")
    job = await import_and_wait(gw, importer, ndjson([row(first), row(second)]), fmt="ndjson", agency_id=aid)
    assert job["created"] == 2, job
    async with stack.apps["catalog"].state.db.sessionmaker() as clerk:
        # the clerk's transaction holds the second entry (as publishing or editing it does) ...
        await clerk.execute(select(Entry.id).where(Entry.external_id == second).with_for_update())
        changed = [row(first, summary="第二次导入：更新后的摘要。"), row(second, summary="第二次导入：更新后的摘要。")]
        job = await start_import(gw, importer, ndjson(changed), fmt="ndjson", agency_id=aid)
        # ... until the batch is waiting for an entry lock
        for _ in range(200):
            await clerk.execute(text("SELECT pg_stat_clear_snapshot()"))  # else the view stays as first read
            waiting = (await clerk.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND datname = current_database()"))).scalar_one()
            if waiting:
                break
            await asyncio.sleep(0.05)
        assert waiting, "the import never waited for the clerk's entry"
        # the clerk's publication takes the sync log's lock: free, as the waiting batch holds none
        await clerk.execute(text("SET LOCAL lock_timeout = '3s'"))
        await clerk.execute(select(func.pg_advisory_xact_lock(PUBLIC_CHANGES_LOCK)))
        await clerk.commit()
    done, _ = await wait_job(gw, importer, job["id"])
    assert (done["status"], done["updated"], done["failed"]) == ("succeeded", 2, 0), done
