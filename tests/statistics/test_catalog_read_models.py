"""The catalog's columns and standard directory as statistics' read models (``catalog.column.*``,
``catalog.standard_item.*``, and the entries' ``column_id`` / ``standard_item_id``), fed through JetStream: newer
snapshots win whatever the order, a merge moves the entries, a rebuild arrives at the same rows; and the two
coverage helpers on a small hand-built catalog, as of several dates."""
from __future__ import annotations

import random
from datetime import date
from typing import Any

from sqlalchemy import select

from kernel.db import Database
from services.statistics.config import StatisticsSettings
from services.statistics.ingestion import coverage
from services.statistics.ingestion.models import ColumnFact, EntryFact, StandardItemFact
from services.statistics.rebuild import rebuild
from tests.statistics.support import drained, entry_snapshot, new_id

START = "2026-01-01T09:00:00+08:00"


class Catalog:
    """One fictional agency's catalog, published as catalog would (ids far above any real catalog's)."""

    def __init__(self, events: Any) -> None:
        self.events = events
        self.agency = {"id": random.randint(10**12, 10**13), "path": None}
        self.next_id = random.randint(10**13, 10**14)
        self.versions: dict[int, int] = {}

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    async def column(self, name: str, *, created: str = START, parent: int | None = None, purpose: str | None = None,
                     column_id: int | None = None, change: str = "created", version: int | None = None,
                     is_active: bool = True, at: str | None = None, merged_into: int | None = None) -> int:
        column_id = column_id or self._id()
        version = version or self.versions.get(column_id, 0) + 1
        self.versions[column_id] = max(version, self.versions.get(column_id, 0))
        await self.events.publish(f"catalog.column.{change}", column_id, {
            "id": column_id, "version": version, "agency_id": self.agency["id"], "parent_id": parent, "name": name,
            "purpose": purpose, "sort_order": 1, "is_active": is_active, "created_at": created,
            "changed_at": at or created, "merged_into": merged_into, "deleted": change == "deleted",
        })
        return column_id

    async def item(self, name: str, *, created: str = START, parent: int | None = None, method: str = "proactive",
                   item_id: int | None = None, change: str = "created", is_active: bool = True,
                   at: str | None = None) -> int:
        item_id = item_id or self._id()
        version = self.versions.get(item_id, 0) + 1
        self.versions[item_id] = version
        await self.events.publish(f"catalog.standard_item.{change}", item_id, {
            "id": item_id, "version": version, "agency_id": self.agency["id"], "parent_id": parent,
            "area_code": "budget", "name": name, "time_limit_days": 20, "method": method, "is_active": is_active,
            "created_at": created, "changed_at": at or created,
        })
        return item_id

    async def entry(self, *, published_at: str, column_id: int | None = None, standard_item_id: int | None = None,
                    revoked_at: str | None = None, entry_id: str | None = None, version: int = 1) -> str:
        entry_id = entry_id or new_id()
        data = {**entry_snapshot(entry_id=entry_id, version=version, agency=self.agency, published_at=published_at,
                                 revoked_at=revoked_at),
                "column_id": column_id, "standard_item_id": standard_item_id}
        await self.events.publish("catalog.entry.revoked" if revoked_at else "catalog.entry.published", entry_id, data)
        return entry_id


def _db(stack: Any) -> Any:
    return stack.apps["statistics"].state.db.sessionmaker


async def _row(stack: Any, model: type, key: Any) -> Any:
    async with _db(stack)() as session:
        return await session.get(model, key)


async def test_newer_snapshots_win_and_a_merge_moves_the_entries(stack, events):
    cat = Catalog(events)
    keep = await cat.column("政策解读")
    dup = await cat.column("政策 解读")
    entry = await cat.entry(published_at="2026-03-01T10:00:00+08:00", column_id=dup)
    # version 3 (renamed) arrives before version 2 (moved): the older one is ignored
    await cat.column("政策解读（旧）", column_id=keep, change="updated", version=3, at="2026-02-01T09:00:00+08:00")
    await cat.column("政策解读", column_id=keep, change="moved", version=2, at="2026-01-15T09:00:00+08:00")
    await drained(stack)
    row = await _row(stack, ColumnFact, keep)
    assert (row.version, row.name, row.is_active) == (3, "政策解读（旧）", True)
    assert row.created_at.isoformat() == "2026-01-01T01:00:00+00:00" and row.deactivated_at is None
    assert (await _row(stack, EntryFact, entry)).column_id == dup

    # the merge: the source is inactive with its target, and its entries are the target's now
    await cat.column("政策 解读", column_id=dup, change="merged", is_active=False, at="2026-06-10T09:00:00+08:00",
                     merged_into=keep)
    await drained(stack)
    row = await _row(stack, ColumnFact, dup)
    assert (row.version, row.is_active, row.merged_into) == (2, False, keep)
    assert row.deactivated_at.isoformat() == "2026-06-10T01:00:00+00:00"
    assert (await _row(stack, EntryFact, entry)).column_id == keep
    # replayed old snapshot of the source: nothing changes
    await cat.column("政策 解读", column_id=dup, change="created", version=1)
    await drained(stack)
    assert (await _row(stack, ColumnFact, dup)).merged_into == keep

    # reactivated, it is a column of its own again; deleted, it stays as an inactive row
    await cat.column("政策 解读", column_id=dup, change="reactivated", version=3, at="2026-07-01T09:00:00+08:00")
    await drained(stack)
    row = await _row(stack, ColumnFact, dup)
    assert (row.is_active, row.merged_into, row.deactivated_at) == (True, None, None)
    await cat.column("政策 解读", column_id=dup, change="deleted", version=4, is_active=False,
                     at="2026-07-02T09:00:00+08:00")
    await drained(stack)
    row = await _row(stack, ColumnFact, dup)
    assert (row.version, row.is_active, row.deactivated_at.date()) == (4, False, date(2026, 7, 2))

    # a merge delivered after a newer snapshot of its column (a redelivery) moves nothing
    late = await cat.column("图解")
    filed = await cat.entry(published_at="2026-03-02T10:00:00+08:00", column_id=late)
    await cat.column("图解", column_id=late, change="reactivated", version=3, at="2026-06-20T09:00:00+08:00")
    await drained(stack)
    await cat.column("图解", column_id=late, change="merged", version=2, is_active=False,
                     at="2026-06-10T09:00:00+08:00", merged_into=keep)
    await drained(stack)
    row = await _row(stack, ColumnFact, late)
    assert (row.version, row.is_active, row.merged_into) == (3, True, None)
    assert (await _row(stack, EntryFact, filed)).column_id == late

    # standard items: the same rule
    item = await cat.item("部门预算")
    await events.publish("catalog.standard_item.updated", item, {
        "id": item, "version": 3, "agency_id": cat.agency["id"], "parent_id": None, "area_code": "budget",
        "name": "部门预算（新）", "time_limit_days": 10, "method": "proactive", "is_active": True,
        "created_at": START, "changed_at": "2026-03-01T09:00:00+08:00"})
    await events.publish("catalog.standard_item.updated", item, {
        "id": item, "version": 2, "agency_id": cat.agency["id"], "parent_id": None, "area_code": "budget",
        "name": "部门预算（旧）", "time_limit_days": 15, "method": "proactive", "is_active": True,
        "created_at": START, "changed_at": "2026-02-01T09:00:00+08:00"})
    await drained(stack)
    row = await _row(stack, StandardItemFact, item)
    assert (row.version, row.name, row.time_limit_days, row.method) == (3, "部门预算（新）", 10, "proactive")


async def _freshness_case(cat: Catalog) -> dict[str, int]:
    """Columns of one agency (stale after 30 days):

    - 通知公告: an entry published 2026-06-20, and one of 2026-03-01 that came with 合并栏目 (merged into it on
      2026-06-10);
    - 规划计划: its newest entry 2026-05-31 00:30 in Beijing (still 2026-05-30 in UTC);
    - 人事信息: an entry of 2026-05-30, and one published 2026-06-25 and revoked 2026-06-28;
    - 财政信息: nothing; 年度报告: nothing, but the platform fills it (``purpose``);
    - 政务公开: a heading whose sub-column 重点领域 has nothing;
    - 新栏目: created 2026-07-05; 旧栏目: nothing, deactivated 2026-06-15.
    """
    c = {}
    c["notices"] = await cat.column("通知公告")
    c["plans"] = await cat.column("规划计划")
    c["personnel"] = await cat.column("人事信息")
    c["finance"] = await cat.column("财政信息")
    c["reports"] = await cat.column("年度报告", purpose="annual_report")
    c["heading"] = await cat.column("政务公开")
    c["key_areas"] = await cat.column("重点领域", parent=c["heading"])
    c["new"] = await cat.column("新栏目", created="2026-07-05T09:00:00+08:00")
    c["old"] = await cat.column("旧栏目")
    c["merged"] = await cat.column("合并栏目")
    await cat.entry(published_at="2026-06-20T10:00:00+08:00", column_id=c["notices"])
    await cat.entry(published_at="2026-03-01T10:00:00+08:00", column_id=c["merged"])
    await cat.entry(published_at="2026-05-31T00:30:00+08:00", column_id=c["plans"])
    await cat.entry(published_at="2026-05-30T12:00:00+08:00", column_id=c["personnel"])
    await cat.entry(published_at="2026-06-25T12:00:00+08:00", column_id=c["personnel"],
                    revoked_at="2026-06-28T12:00:00+08:00", version=2)
    await cat.column("旧栏目", column_id=c["old"], change="deactivated", is_active=False, at="2026-06-15T09:00:00+08:00")
    await cat.column("合并栏目", column_id=c["merged"], change="merged", is_active=False,
                     at="2026-06-10T09:00:00+08:00", merged_into=c["notices"])
    return c


async def _coverage_case(cat: Catalog) -> dict[str, int]:
    """Standard items of one agency:

    - 财政预决算 (level 1) with 部门预算 (an entry published 2026-03-01) and 部门决算 (an entry of 2026-07-02);
    - 救灾 (level 1, no level 2): an entry published 2026-02-01, revoked 2026-06-01;
    - 依申请公开事项: disclosed on request, not expected in the catalog;
    - 重大项目 (level 1): its only level-2 item 项目审批 was deactivated 2026-04-01; nothing published;
    - 新事项: created 2026-07-01.
    """
    s = {}
    s["budget"] = await cat.item("财政预决算")
    s["dept_budget"] = await cat.item("部门预算", parent=s["budget"])
    s["dept_accounts"] = await cat.item("部门决算", parent=s["budget"])
    s["relief"] = await cat.item("救灾")
    s["on_request"] = await cat.item("依申请公开事项", method="on_request")
    s["projects"] = await cat.item("重大项目")
    s["approvals"] = await cat.item("项目审批", parent=s["projects"])
    s["new"] = await cat.item("新事项", created="2026-07-01T09:00:00+08:00")
    await cat.item("项目审批", item_id=s["approvals"], parent=s["projects"], change="deactivated", is_active=False,
                   at="2026-04-01T09:00:00+08:00")
    await cat.entry(published_at="2026-03-01T10:00:00+08:00", standard_item_id=s["dept_budget"])
    await cat.entry(published_at="2026-07-02T10:00:00+08:00", standard_item_id=s["dept_accounts"])
    await cat.entry(published_at="2026-02-01T10:00:00+08:00", standard_item_id=s["relief"],
                    revoked_at="2026-06-01T10:00:00+08:00", version=2)
    return s


async def test_column_freshness_and_standard_coverage_as_of_a_date(stack, events):
    cat = Catalog(events)
    other = Catalog(events)  # a second agency in the same call, with one fresh column
    c = await _freshness_case(cat)
    s = await _coverage_case(cat)
    fresh = await other.column("通知公告")
    await other.entry(published_at="2026-06-29T10:00:00+08:00", column_id=fresh)
    await drained(stack)
    a, b = cat.agency["id"], other.agency["id"]
    nobody = cat.agency["id"] + 1  # asked for, no catalog at all

    async with _db(stack)() as session:
        # 2026-06-30: five columns count (not the platform's, the heading, the future one, the deactivated one, the
        # merged one); 财政信息 and 重点领域 are empty; 人事信息's last live entry is 31 days old (the later one was
        # revoked by then); 规划计划's is exactly 30 days old in Beijing; 通知公告 has an entry of 06-20
        found = await coverage.column_freshness(session, [a, b, nobody], date(2026, 6, 30), 30)
        assert found[a] == {
            "columns": 5, "empty": sorted([c["finance"], c["key_areas"]]), "stale": [c["personnel"]],
            "names": {c["finance"]: "财政信息", c["key_areas"]: "重点领域", c["personnel"]: "人事信息"},
            "newest": {c["personnel"]: date(2026, 5, 30)},
        }
        assert found[b] == {"columns": 1, "empty": [], "stale": [], "names": {}, "newest": {}}
        assert found[nobody] == {"columns": 0, "empty": [], "stale": [], "names": {}, "newest": {}}
        # 2026-06-26: the entry of 06-25 was live, so 人事信息 is fresh
        found = await coverage.column_freshness(session, [a], date(2026, 6, 26), 30)
        assert (found[a]["columns"], found[a]["empty"], found[a]["stale"]) == (
            5, sorted([c["finance"], c["key_areas"]]), [])
        # 2026-06-01: 旧栏目 and 合并栏目 were still in use (and are empty: the merge moved 合并栏目's entry into
        # 通知公告 for every date), whose only entry then was that one of 03-01: stale
        found = await coverage.column_freshness(session, [a], date(2026, 6, 1), 30)
        assert (found[a]["columns"], found[a]["empty"], found[a]["stale"]) == (
            7, sorted([c["finance"], c["key_areas"], c["old"], c["merged"]]), [c["notices"]])
        assert found[a]["newest"] == {c["notices"]: date(2026, 3, 1)}

        # 2026-06-30: leaf items expected in the catalog are 部门预算, 部门决算, 救灾 and 重大项目 (a leaf since its only
        # sub-item was deactivated); only 部门预算 has a live entry
        covered = await coverage.standard_coverage(session, [a, nobody], date(2026, 6, 30))
        assert covered[a] == {
            "items": 4, "covered": 1, "uncovered": sorted([s["dept_accounts"], s["relief"], s["projects"]]),
            "names": {s["dept_accounts"]: "部门决算", s["relief"]: "救灾", s["projects"]: "重大项目"},
        }
        assert covered[nobody] == {"items": 0, "covered": 0, "uncovered": [], "names": {}}
        # 2026-05-31: 救灾's entry was not yet revoked
        covered = await coverage.standard_coverage(session, [a], date(2026, 5, 31))
        assert (covered[a]["items"], covered[a]["covered"], covered[a]["uncovered"]) == (
            4, 2, sorted([s["dept_accounts"], s["projects"]]))
        # 2026-03-31: 项目审批 was in use, so it is the leaf, not 重大项目
        covered = await coverage.standard_coverage(session, [a], date(2026, 3, 31))
        assert (covered[a]["items"], covered[a]["covered"], covered[a]["uncovered"]) == (
            4, 2, sorted([s["dept_accounts"], s["approvals"]]))
        # 2026-07-05: 部门决算 is covered, 新事项 counts (and is not)
        covered = await coverage.standard_coverage(session, [a], date(2026, 7, 5))
        assert (covered[a]["items"], covered[a]["covered"], covered[a]["uncovered"]) == (
            5, 2, sorted([s["relief"], s["projects"], s["new"]]))
        assert await coverage.column_freshness(session, [], date(2026, 6, 30), 30) == {}
        assert await coverage.standard_coverage(session, [], date(2026, 6, 30)) == {}


async def _rows(stack: Any, agency_id: int) -> list[Any]:
    async with _db(stack)() as session:
        out = []
        for model, key in ((ColumnFact, ColumnFact.column_id), (StandardItemFact, StandardItemFact.item_id),
                           (EntryFact, EntryFact.entry_id)):
            rows = (await session.execute(select(model).where(model.agency_id == agency_id).order_by(key))).scalars()
            out += [{k: v for k, v in vars(r).items() if not k.startswith("_") and k != "updated_at"} for r in rows]
        return out


async def test_rebuild_replays_columns_and_standard_items(stack, events):
    cat = Catalog(events)
    await _freshness_case(cat)
    await _coverage_case(cat)
    await drained(stack)
    before = await _rows(stack, cat.agency["id"])
    assert len(before) == 10 + 8 + 8
    settings = StatisticsSettings(environment="test", database_url=stack.infra.databases["statistics"],
                                  nats_url=stack.infra.nats_url)
    result = await rebuild(settings)
    assert result["events"]["CATALOG"] >= 26
    assert await _rows(stack, cat.agency["id"]) == before
    db = Database.connect(stack.infra.databases["statistics"])
    try:
        async with db.sessionmaker() as session:
            found = await coverage.column_freshness(session, [cat.agency["id"]], date(2026, 6, 30), 30)
        assert found[cat.agency["id"]]["columns"] == 5
    finally:
        await db.dispose()
