"""Catalog → statistics: the columns (``catalog.column.*``) and the standard directory (``catalog.standard_item.*``)
as events with the documented fields, entries' events naming their column and standard item, and all of it in
statistics' read models through NATS, where the coverage helpers count it."""
from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kernel import clock
from services.catalog.db import kernel
from services.statistics.ingestion import coverage
from services.statistics.ingestion.models import ColumnFact, EntryFact, StandardItemFact
from tests.catalog.conftest import API, publish
from tests.support.helpers import Staff, create_agency, eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

COLUMN_FIELDS = {"id", "version", "agency_id", "parent_id", "name", "purpose", "sort_order", "is_active",
                 "created_at", "changed_at", "merged_into", "deleted"}
ITEM_FIELDS = {"id", "version", "agency_id", "parent_id", "area_code", "name", "time_limit_days", "method",
               "is_active", "created_at", "changed_at"}


def _name(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:6]}"


async def _post(gw: httpx.AsyncClient, path: str, body: dict[str, Any], headers: dict[str, str],
                status: int = 201) -> dict[str, Any]:
    resp = await gw.post(f"{API}{path}", json=body, headers=headers)
    assert resp.status_code == status, resp.text
    return resp.json()


async def _events(stack: Any, prefix: str, subject_id: Any) -> list[tuple[str, dict[str, Any]]]:
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        rows = (await session.execute(
            select(kernel.Outbox.type, kernel.Outbox.data)
            .where(kernel.Outbox.subject_id == str(subject_id), kernel.Outbox.type.startswith(prefix))
            .order_by(kernel.Outbox.seq))).all()
    return [(r.type, r.data) for r in rows]


def _stats(stack: Any) -> Any:
    return stack.apps["statistics"].state.db.sessionmaker


async def test_columns_standard_items_and_entries_reach_statistics(gw, stack, staff, admin_token):
    aid, path = staff.agency["id"], staff.agency["path"]
    clerk, supervisor = staff.h("clerk"), staff.h("supervisor")
    today = clock.today()

    # columns: created, renamed, one merged into another, one deleted
    notices = await _post(gw, "/columns", {"agency_id": aid, "name": _name("通知公告")}, clerk)
    heading = await _post(gw, "/columns", {"agency_id": aid, "name": _name("政务公开")}, clerk)
    sub = await _post(gw, "/columns", {"agency_id": aid, "name": _name("重点领域"), "parent_id": heading["id"]}, clerk)
    dup = await _post(gw, "/columns", {"agency_id": aid, "name": notices["name"], "parent_id": heading["id"]}, clerk)
    resp = await gw.patch(f"{API}/columns/{sub['id']}", json={"version": 1, "name": sub["name"] + "信息"}, headers=clerk)
    assert resp.status_code == 200, resp.text
    mistake = await _post(gw, "/columns", {"agency_id": aid, "name": _name("误建")}, clerk)
    resp = await gw.delete(f"{API}/columns/{mistake['id']}", params={"version": 1}, headers=clerk)
    assert resp.status_code == 204, resp.text

    # the standard directory: a level-1 item with a level-2 item, copied into a sub-agency
    budget = await _post(gw, "/standard-items", {"agency_id": aid, "name": "财政预决算", "area_code": "budget",
                                                 "time_limit": "信息形成之日起20个工作日内"}, supervisor)
    dept = await _post(gw, "/standard-items", {"agency_id": aid, "name": "部门预算", "parent_id": budget["id"]},
                       supervisor)
    unit = await create_agency(gw, admin_token, parent_id=aid, level="city", kind="department")
    copied = await _post(gw, "/standard-items/copy", {"from_agency_id": aid, "to_agency_ids": [unit["id"]]},
                         supervisor, status=200)
    assert copied["created"] == 2

    # an entry filed in the duplicate column for the level-2 item; then the duplicate is merged away
    entry = await publish(gw, staff, title="关于2026年部门预算公开的通知", column_id=dup["id"],
                          standard_item_id=dept["id"])
    merged = await _post(gw, f"/columns/{dup['id']}/merge", {"version": 1, "target_id": notices["id"]}, clerk,
                         status=200)
    assert merged["moved_entries"] == 1

    # --- what catalog emitted
    [(kind, created)] = await _events(stack, "catalog.column.", notices["id"])
    assert kind == "catalog.column.created" and set(created) == COLUMN_FIELDS
    assert (created["id"], created["agency_id"], created["parent_id"], created["name"], created["purpose"],
            created["is_active"], created["version"], created["merged_into"], created["deleted"]) == (
        notices["id"], aid, None, notices["name"], None, True, 1, None, False)
    assert created["created_at"] == created["changed_at"]
    assert clock.local_date(clock.parse_instant(created["created_at"])) == today
    changes = await _events(stack, "catalog.column.", sub["id"])
    assert [(t, d["version"], d["name"], d["parent_id"]) for t, d in changes] == [
        ("catalog.column.created", 1, sub["name"], heading["id"]),
        ("catalog.column.updated", 2, sub["name"] + "信息", heading["id"])]
    assert changes[1][1]["created_at"] == changes[0][1]["created_at"]
    changes = await _events(stack, "catalog.column.", dup["id"])
    assert [t for t, _ in changes] == ["catalog.column.created", "catalog.column.merged"]
    assert {k: changes[1][1][k] for k in ("version", "is_active", "merged_into")} == {
        "version": 2, "is_active": False, "merged_into": notices["id"]}
    changes = await _events(stack, "catalog.column.", mistake["id"])
    assert [(t, d["version"], d["is_active"], d["deleted"]) for t, d in changes] == [
        ("catalog.column.created", 1, True, False), ("catalog.column.deleted", 2, False, True)]

    [(kind, item)] = await _events(stack, "catalog.standard_item.", dept["id"])
    assert kind == "catalog.standard_item.created" and set(item) == ITEM_FIELDS
    assert (item["agency_id"], item["parent_id"], item["area_code"], item["name"], item["method"], item["is_active"],
            item["version"]) == (aid, budget["id"], "budget", "部门预算", "proactive", True, 1)
    [(_, top)] = await _events(stack, "catalog.standard_item.", budget["id"])
    assert top["time_limit_days"] == 20
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        copies = (await session.execute(
            select(kernel.Outbox.data).where(kernel.Outbox.type == "catalog.standard_item.created",
                                             kernel.Outbox.data["agency_id"].as_integer() == unit["id"])
            .order_by(kernel.Outbox.seq))).scalars().all()
    assert [(c["name"], c["parent_id"] is None) for c in copies] == [("财政预决算", True), ("部门预算", False)]
    unit_dept = copies[1]["id"]

    [(kind, published)] = await _events(stack, "catalog.entry.", entry["id"])
    assert kind == "catalog.entry.published"
    assert (published["column_id"], published["standard_item_id"]) == (dup["id"], dept["id"])

    # a level-2 item deactivated and reactivated: two more versions
    resp = await gw.post(f"{API}/standard-items/{unit_dept}/deactivate", json={"version": 1},
                         headers=Staff(stack, unit).h("supervisor"))
    assert resp.status_code == 200, resp.text
    resp = await gw.post(f"{API}/standard-items/{unit_dept}/reactivate", json={"version": 2},
                         headers=Staff(stack, unit).h("supervisor"))
    assert resp.status_code == 200, resp.text
    changes = await _events(stack, "catalog.standard_item.", unit_dept)
    assert [(t, d["version"], d["is_active"]) for t, d in changes] == [
        ("catalog.standard_item.created", 1, True), ("catalog.standard_item.deactivated", 2, False),
        ("catalog.standard_item.reactivated", 3, True)]

    # --- what statistics made of it
    async def arrived() -> bool:
        async with _stats(stack)() as session:
            item = await session.get(StandardItemFact, unit_dept)
            column = await session.get(ColumnFact, dup["id"])
            fact = await session.get(EntryFact, entry["id"])
            return (item is not None and item.version == 3 and column is not None and column.version == 2
                    and fact is not None and fact.column_id == notices["id"]
                    and await session.get(ColumnFact, mistake["id"]) is not None)

    await eventually(arrived, timeout=15)
    async with _stats(stack)() as session:
        rows = {c.column_id: c for c in (await session.execute(
            select(ColumnFact).where(ColumnFact.agency_id == aid))).scalars()}
        assert {i: (r.name, r.parent_id, r.is_active, r.merged_into, r.version) for i, r in rows.items()} == {
            notices["id"]: (notices["name"], None, True, None, 1),
            heading["id"]: (heading["name"], None, True, None, 1),
            sub["id"]: (sub["name"] + "信息", heading["id"], True, None, 2),
            dup["id"]: (notices["name"], heading["id"], False, notices["id"], 2),
            mistake["id"]: (mistake["name"], None, False, None, 2),
        }
        assert {r.agency_path for r in rows.values()} == {path}
        assert rows[dup["id"]].deactivated_at is not None and rows[notices["id"]].deactivated_at is None
        fact = await session.get(EntryFact, entry["id"])
        assert (fact.column_id, fact.standard_item_id) == (notices["id"], dept["id"])
        item = await session.get(StandardItemFact, unit_dept)
        assert (item.agency_id, item.agency_path, item.name, item.is_active, item.deactivated_at) == (
            unit["id"], unit["path"], "部门预算", True, None)

        # today: the two leaf columns the agency fills are 通知公告 (the entry came with the merge) and the empty
        # 重点领域信息; the heading counts through it; the directory's one leaf item is covered, the copy's is not
        found = await coverage.column_freshness(session, [aid], today, 30)
        assert (found[aid]["columns"], found[aid]["empty"], found[aid]["stale"]) == (2, [sub["id"]], [])
        covered = await coverage.standard_coverage(session, [aid, unit["id"]], today)
        assert (covered[aid]["items"], covered[aid]["covered"], covered[aid]["uncovered"]) == (1, 1, [])
        assert (covered[unit["id"]]["items"], covered[unit["id"]]["covered"], covered[unit["id"]]["uncovered"]) == (
            1, 0, [unit_dept])
        # yesterday none of it existed
        yesterday = today - timedelta(days=1)
        assert (await coverage.column_freshness(session, [aid], yesterday, 30))[aid]["columns"] == 0
        assert (await coverage.standard_coverage(session, [aid], yesterday))[aid]["items"] == 0
