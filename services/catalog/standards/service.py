"""The standard directory of proactive disclosure: the pilot areas (a configurable list) and, per agency, the
two-level list of items it must publish; the coverage view tells which items have had nothing published in a
period. Writes to one agency's directory are serialised by a transaction-level advisory lock (names are unique
among siblings after normalisation, see :func:`services.catalog.taxonomy.service.name_key`)."""
from __future__ import annotations

import re
import unicodedata
import zlib
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import field_error, not_found, register_entities
from services.catalog.agencies.models import Agency
from services.catalog.db import kernel
from services.catalog.entries.models import Entry
from services.catalog.standards.models import StandardArea, StandardItem
from services.catalog.standards.schemas import AreaCreate, AreaUpdate, ItemCopy, ItemCreate, ItemUpdate
from services.catalog.taxonomy.service import (
    advisory_lock, check_version, duplicate_name, ensure_writable, find_clash, requested_changes, state_conflict, tidy_name,
)

register_entities({"standard_area": ("标准目录领域", "standard-directory area"),
                   "standard_item": ("标准目录事项", "standard-directory item")})

AREA_LOCK = zlib.crc32(b"catalog:standard_areas")
ITEM_LOCK = zlib.crc32(b"catalog:standard_items") & 0x7FFF_FFFF  # int4 class id of the per-agency lock
MAX_PERIOD_YEARS = 5


# --- 公开时限 ----------------------------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DAYS_RE = re.compile(r"([0-9]+|[零〇一二两三四五六七八九十百]+)\s*个?\s*工作日")


def _chinese_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total = current = 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def working_days_in(time_limit: str | None) -> int | None:
    """The number of working days a 公开时限 text states: "信息形成或者变更之日起20个工作日内" → 20,
    "二十个工作日" → 20. None when it states none (calendar days, "实时", "每年3月底前" …)."""
    if not time_limit:
        return None
    match = _DAYS_RE.search(unicodedata.normalize("NFKC", time_limit))
    number = _chinese_int(match.group(1)) if match else None
    return number if number is not None and 1 <= number <= 365 else None


# --- areas -----------------------------------------------------------------------------------------------------

AREA_FIELDS = ("code", "name", "sort_order", "is_active")


def area_snapshot(area: StandardArea) -> dict[str, Any]:
    return {f: getattr(area, f) for f in AREA_FIELDS}


async def list_areas(session: AsyncSession, *, include_inactive: bool = False) -> list[StandardArea]:
    stmt = select(StandardArea).order_by(StandardArea.sort_order, StandardArea.code)
    if not include_inactive:
        stmt = stmt.where(StandardArea.is_active.is_(True))
    return list((await session.execute(stmt)).scalars().all())


async def create_area(session: AsyncSession, *, data: AreaCreate) -> StandardArea:
    await advisory_lock(session, AREA_LOCK)
    areas = (await session.execute(select(StandardArea))).scalars().all()
    if any(a.code == data.code for a in areas):
        raise field_error("code", "该代码已被其他领域使用。", "another area uses this code", code="duplicate", status=409)
    name = tidy_name(data.name)
    clash = find_clash(areas, name, key_attr="code")
    if clash is not None:
        raise duplicate_name("name", clash.name, clash.code, clash.is_active, what="领域", what_en="area")
    area = StandardArea(code=data.code, name=name, is_active=True,
                        sort_order=data.sort_order if data.sort_order is not None
                        else max((a.sort_order for a in areas), default=0) + 1)
    session.add(area)
    await _flush(session, "name")
    kernel.audit(session, action="standard_area.created", entity_type="standard_area", entity_id=area.code,
                 after=area_snapshot(area))
    return area


async def update_area(session: AsyncSession, *, code: str, data: AreaUpdate) -> StandardArea:
    await advisory_lock(session, AREA_LOCK)
    areas = {a.code: a for a in (await session.execute(
        select(StandardArea).execution_options(populate_existing=True))).scalars().all()}
    area = areas.get(code)
    if area is None:
        raise not_found("standard_area")
    changes = requested_changes(data, ("name", "sort_order", "is_active"))
    if "name" in changes:
        changes["name"] = tidy_name(changes["name"])
    changed = {k: v for k, v in changes.items() if getattr(area, k) != v}
    if not changed:
        return area
    if "name" in changed:
        clash = find_clash(areas.values(), changed["name"], key_attr="code", except_key=area.code)
        if clash is not None:
            raise duplicate_name("name", clash.name, clash.code, clash.is_active, what="领域", what_en="area")
    before = area_snapshot(area)
    for key, value in changed.items():
        setattr(area, key, value)
    await _flush(session, "name")
    action = {True: "reactivated", False: "deactivated"}.get(changed.get("is_active"), "updated")
    kernel.audit(session, action=f"standard_area.{action}", entity_type="standard_area", entity_id=area.code,
                 before=before, after=area_snapshot(area))
    return area


async def _usable_area(session: AsyncSession, code: str) -> StandardArea:
    area = await session.get(StandardArea, code)
    if area is None or not area.is_active:
        raise field_error("area_code", "标准目录领域不存在或已停用。", "unknown or inactive area", code="not_found")
    return area


async def _flush(session: AsyncSession, field: str) -> None:
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        raise field_error(field, "与同级已有名称重复", "duplicates a sibling's name", code="duplicate", status=409) from exc


# --- items -----------------------------------------------------------------------------------------------------

ITEM_FIELDS = (
    "id", "agency_id", "parent_id", "area_code", "name", "content_elements", "legal_basis", "time_limit",
    "time_limit_days", "subject", "channels", "audience", "method", "level", "sort_order", "is_active", "version",
)
COPIED_FIELDS = (
    "area_code", "name", "content_elements", "legal_basis", "time_limit", "time_limit_days", "subject", "channels",
    "audience", "method", "level", "sort_order",
)


# ``catalog.standard_item.*`` (docs/events.md): what the coverage of the directory is counted over
ITEM_EVENT_FIELDS = ("id", "agency_id", "parent_id", "area_code", "name", "time_limit_days", "method", "is_active",
                     "version")


def item_snapshot(item: StandardItem) -> dict[str, Any]:
    return {f: getattr(item, f) for f in ITEM_FIELDS}


def item_event_data(item: StandardItem, *, created: bool = False) -> dict[str, Any]:
    """``catalog.standard_item.*`` payload: the item, when it was created and when this change happened (on the
    platform's clock; the same instant for its creation)."""
    return {**{f: getattr(item, f) for f in ITEM_EVENT_FIELDS}, "created_at": item.created_at,
            "changed_at": item.created_at if created else clock.now()}


def _emit_item(session: AsyncSession, item: StandardItem, change: str) -> None:
    kernel.emit(session, f"catalog.standard_item.{change}", item.id,
                item_event_data(item, created=change == "created"))


def _item_view(item: StandardItem) -> dict[str, Any]:
    return {**item_snapshot(item), "created_at": item.created_at, "updated_at": item.updated_at}


def _audit_item(session: AsyncSession, item: StandardItem, action: str, before: dict[str, Any] | None) -> None:
    """Audit a change of the item and emit ``catalog.standard_item.<action>`` in the same transaction."""
    kernel.audit(session, action=f"standard_item.{action}", entity_type="standard_item", entity_id=item.id,
                 before=before, after=item_snapshot(item), agency_id=item.agency_id)
    _emit_item(session, item, action)


async def _agency(session: AsyncSession, agency_id: int) -> Agency:
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    return agency


async def _lock_directory(session: AsyncSession, agency_id: int) -> dict[int, StandardItem]:
    await advisory_lock(session, ITEM_LOCK, agency_id & 0x7FFF_FFFF)
    rows = (await session.execute(
        select(StandardItem).where(StandardItem.agency_id == agency_id).execution_options(populate_existing=True)
    )).scalars().all()
    return {i.id: i for i in rows}


def _children(items: dict[int, StandardItem], parent_id: int | None) -> list[StandardItem]:
    return [i for i in items.values() if i.parent_id == parent_id]


async def _item_for_write(session: AsyncSession, principal: Principal,
                          item_id: int) -> tuple[StandardItem, dict[int, StandardItem]]:
    agency_id = (await session.execute(
        select(StandardItem.agency_id).where(StandardItem.id == item_id))).scalar_one_or_none()
    if agency_id is None:
        raise not_found("standard_item")
    ensure_writable(principal, await _agency(session, agency_id))
    items = await _lock_directory(session, agency_id)
    if item_id not in items:
        raise not_found("standard_item")
    return items[item_id], items


def can_manage(principal: Principal | None, agency: Agency) -> bool:
    return (principal is not None and (principal.has("catalog.standard:write") or principal.has("catalog.entry:read"))
            and principal.can_access(agency.id, agency.path))


async def _area_order(session: AsyncSession) -> dict[str, tuple[int, str]]:
    rows = (await session.execute(select(StandardArea.code, StandardArea.name, StandardArea.sort_order))).all()
    return {r.code: (r.sort_order, r.name) for r in rows}


def _item_order(areas: dict[str, tuple[int, str]]):  # noqa: ANN202 - a sort key
    def key(item: StandardItem) -> tuple[int, int, int, int]:
        area = areas.get(item.area_code) if item.area_code else None
        return (0 if area else 1, area[0] if area else 0, item.sort_order, item.id)
    return key


async def item_tree(session: AsyncSession, *, agency_id: int, principal: Principal | None, area_code: str | None = None,
                    include_inactive: bool = False) -> list[dict[str, Any]]:
    """The agency's directory: level-1 items (by area, then order) with their level-2 items."""
    agency = await _agency(session, agency_id)
    staff = can_manage(principal, agency)
    if not agency.is_active and not staff:
        raise not_found("agency")
    show_inactive = include_inactive and staff
    rows = (await session.execute(select(StandardItem).where(StandardItem.agency_id == agency.id))).scalars().all()
    items = {i.id: i for i in rows}
    areas = await _area_order(session)
    order = _item_order(areas)
    tops = sorted((i for i in rows if i.parent_id is None and (show_inactive or i.is_active)
                   and (area_code is None or i.area_code == area_code)), key=order)
    out = []
    for top in tops:
        children = sorted((c for c in _children(items, top.id) if show_inactive or c.is_active), key=order)
        out.append({**_item_view(top), "children": [_item_view(c) for c in children]})
    return out


async def get_item(session: AsyncSession, *, item_id: int, principal: Principal | None) -> StandardItem:
    item = await session.get(StandardItem, item_id)
    if item is None:
        raise not_found("standard_item")
    if not item.is_active and not can_manage(principal, await _agency(session, item.agency_id)):
        raise not_found("standard_item")
    return item


async def check_standard_item(session: AsyncSession, agency_id: int, item_id: int) -> StandardItem:
    """The standard item an entry of ``agency_id`` may be linked to: it exists, is in use and is in that
    agency's directory. Raises a field error on ``standard_item_id`` otherwise."""
    item = await session.get(StandardItem, item_id)
    if item is None or not item.is_active or item.agency_id != agency_id:
        raise field_error("standard_item_id", "标准目录事项不存在、已停用或不属于发布机构。",
                          "Unknown or inactive standard item, or of another agency.")
    return item


def _level1_parent(items: dict[int, StandardItem], parent_id: int, *, except_id: int | None = None) -> StandardItem:
    parent = items.get(parent_id)
    if parent is None or parent.id == except_id:
        raise field_error("parent_id", "一级事项不存在或不属于该机关。", "no such level-1 item in this agency",
                          code="not_found")
    if parent.parent_id is not None:
        raise field_error("parent_id", "标准目录只有两级：二级事项下不能再设事项。",
                          "the directory has two levels: a level-2 item cannot have items")
    if not parent.is_active:
        raise state_conflict(f"一级事项“{parent.name}”已停用。", f"The level-1 item “{parent.name}” is deactivated.")
    return parent


def _ensure_unique(items: dict[int, StandardItem], parent_id: int | None, name: str, except_id: int | None) -> None:
    clash = find_clash(_children(items, parent_id), name, except_key=except_id)
    if clash is not None:
        raise duplicate_name("name", clash.name, clash.id, clash.is_active, what="事项", what_en="item")


async def create_item(session: AsyncSession, *, principal: Principal, data: ItemCreate) -> StandardItem:
    agency = await session.get(Agency, data.agency_id)
    if agency is None:
        raise field_error("agency_id", "机关不存在。", "no such agency", code="not_found")
    ensure_writable(principal, agency)
    items = await _lock_directory(session, agency.id)
    area_code = data.area_code
    if data.parent_id is not None:
        parent = _level1_parent(items, data.parent_id)
        if area_code is not None and area_code != parent.area_code:
            raise field_error("area_code", "二级事项的领域须与一级事项一致。", "a level-2 item takes its parent's area")
        area_code = parent.area_code
    elif area_code is not None:
        await _usable_area(session, area_code)
    name = tidy_name(data.name)
    _ensure_unique(items, data.parent_id, name, None)
    values = data.model_dump(mode="json", exclude={"agency_id", "parent_id", "area_code", "name", "sort_order"})
    if values["time_limit_days"] is None:
        values["time_limit_days"] = working_days_in(values["time_limit"])
    siblings = _children(items, data.parent_id)
    item = StandardItem(
        **values, agency_id=agency.id, parent_id=data.parent_id, area_code=area_code, name=name,
        sort_order=data.sort_order if data.sort_order is not None else max((s.sort_order for s in siblings), default=0) + 1,
        is_active=True, version=1, created_at=clock.now(),  # the platform's clock: statistics dates items by it
    )
    session.add(item)
    await _flush(session, "name")
    _audit_item(session, item, "created", None)
    return item


async def update_item(session: AsyncSession, *, principal: Principal, item_id: int, data: ItemUpdate) -> StandardItem:
    item, items = await _item_for_write(session, principal, item_id)
    check_version(item.version, data.version)
    changes = requested_changes(data, ("name", "audience", "method", "level", "sort_order"))
    if "name" in changes:
        changes["name"] = tidy_name(changes["name"])
    if "time_limit_days" in changes and changes["time_limit_days"] is None:
        changes["time_limit_days"] = working_days_in(changes.get("time_limit", item.time_limit))
    elif "time_limit" in changes and "time_limit_days" not in changes:
        changes["time_limit_days"] = working_days_in(changes["time_limit"])
    parent_id = changes.get("parent_id", item.parent_id)
    children = _children(items, item.id)
    if parent_id is not None:
        parent = items.get(parent_id) if parent_id == item.parent_id else _level1_parent(items, parent_id, except_id=item.id)
        if children:
            raise state_conflict("该事项下还有二级事项，不能改为二级事项。", "The item has level-2 items; it cannot become one.")
        if changes.get("area_code", parent.area_code if parent else None) != (parent.area_code if parent else None):
            raise field_error("area_code", "二级事项的领域须与一级事项一致。", "a level-2 item takes its parent's area")
        changes["area_code"] = parent.area_code if parent else None
    elif changes.get("area_code") is not None and changes["area_code"] != item.area_code:
        await _usable_area(session, changes["area_code"])
    changed = {k: v for k, v in changes.items() if getattr(item, k) != v}
    if not changed:
        return item
    if "name" in changed or "parent_id" in changed:
        _ensure_unique(items, parent_id, changed.get("name", item.name), item.id)
    before = item_snapshot(item)
    for key, value in changed.items():
        setattr(item, key, value)
    item.version += 1
    if "area_code" in changed and parent_id is None:  # level-2 items follow their level-1 item's area
        for child in children:
            if child.area_code != item.area_code:
                child_before = item_snapshot(child)
                child.area_code = item.area_code
                child.version += 1
                await _flush(session, "area_code")
                _audit_item(session, child, "updated", child_before)
    await _flush(session, "name")
    _audit_item(session, item, "updated", before)
    return item


async def deactivate_item(session: AsyncSession, *, principal: Principal, item_id: int, version: int) -> StandardItem:
    """Deactivate an item and, for a level-1 item, its level-2 items: entries linked to them keep the link, new
    links are refused."""
    item, items = await _item_for_write(session, principal, item_id)
    check_version(item.version, version)
    if not item.is_active:
        raise state_conflict("该事项已停用。", "The item is already deactivated.")
    for target in [item, *(c for c in _children(items, item.id) if c.is_active)]:
        before = item_snapshot(target)
        target.is_active = False
        target.version += 1
        await session.flush()
        _audit_item(session, target, "deactivated", before)
    return item


async def reactivate_item(session: AsyncSession, *, principal: Principal, item_id: int, version: int) -> StandardItem:
    item, items = await _item_for_write(session, principal, item_id)
    check_version(item.version, version)
    if item.is_active:
        raise state_conflict("该事项处于在用状态。", "The item is active.")
    parent = items.get(item.parent_id) if item.parent_id is not None else None
    if parent is not None and not parent.is_active:
        raise state_conflict(f"一级事项“{parent.name}”已停用，请先恢复一级事项。",
                     f"The level-1 item “{parent.name}” is deactivated; reactivate it first.")
    before = item_snapshot(item)
    item.is_active = True
    item.version += 1
    await session.flush()
    _audit_item(session, item, "reactivated", before)
    return item


async def copy_items(session: AsyncSession, *, principal: Principal, data: ItemCopy) -> dict[str, Any]:
    """Copy another agency's active items (e.g. a county's template into each of its townships). Items whose
    name already exists at the same place in a target are skipped; level-2 items are added under an existing
    level-1 item of the same name. All targets or none."""
    source_agency = await session.get(Agency, data.from_agency_id)
    if source_agency is None:
        raise field_error("from_agency_id", "机关不存在。", "no such agency", code="not_found")
    target_ids = sorted(set(data.to_agency_ids))
    if source_agency.id in target_ids:
        raise field_error("to_agency_ids", "不能复制到来源机关自身。", "the source cannot be a target")
    targets = []
    for agency_id in target_ids:
        agency = await session.get(Agency, agency_id)
        if agency is None:
            raise field_error("to_agency_ids", f"机关 {agency_id} 不存在。", f"no agency {agency_id}", code="not_found")
        ensure_writable(principal, agency)
        targets.append(agency)
    rows = (await session.execute(
        select(StandardItem).where(StandardItem.agency_id == source_agency.id, StandardItem.is_active.is_(True))
    )).scalars().all()
    source = {i.id: i for i in rows}
    order = _item_order(await _area_order(session))
    tops = [i for i in rows if i.parent_id is None and (data.area_code is None or i.area_code == data.area_code)]
    if data.item_ids is not None:
        wanted = set(data.item_ids)
        unknown = wanted - {t.id for t in tops}
        if unknown:
            raise field_error("item_ids", "以下编号不是来源机关在用的一级事项（或不在所选领域）："
                              + "、".join(map(str, sorted(unknown))),
                              "not active level-1 items of the source (in the chosen area): "
                              + ", ".join(map(str, sorted(unknown))))
        tops = [t for t in tops if t.id in wanted]
    tops.sort(key=order)

    result: list[dict[str, Any]] = []
    for agency in targets:  # in id order: concurrent copies take the agencies' locks in the same order
        items = await _lock_directory(session, agency.id)
        created: list[int] = []
        skipped: list[str] = []

        async def add(template: StandardItem, parent_id: int | None) -> StandardItem:
            item = StandardItem(**{f: getattr(template, f) for f in COPIED_FIELDS}, agency_id=agency.id,
                                parent_id=parent_id, is_active=True, version=1, created_at=clock.now())
            session.add(item)
            await _flush(session, "to_agency_ids")
            items[item.id] = item
            created.append(item.id)
            _emit_item(session, item, "created")  # audited once per agency below
            return item

        for top in tops:
            existing = find_clash(_children(items, None), top.name)
            if existing is None:
                parent = await add(top, None)
            else:
                skipped.append(top.name)
                parent = existing
            for child in sorted(_children(source, top.id), key=order):
                if not parent.is_active or find_clash(_children(items, parent.id), child.name) is not None:
                    skipped.append(f"{top.name} / {child.name}")
                else:
                    await add(child, parent.id)
        kernel.audit(session, action="standard_item.copied", entity_type="agency", entity_id=agency.id,
                     after={"from_agency_id": source_agency.id, "created": created, "skipped": skipped},
                     agency_id=agency.id)
        result.append({"agency_id": agency.id, "created": len(created), "skipped": skipped})
    return {"created": sum(r["created"] for r in result), "skipped": sum(len(r["skipped"]) for r in result),
            "agencies": result}


# --- coverage --------------------------------------------------------------------------------------------------


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def validate_period(start: date, end: date) -> None:
    if end < start:
        raise field_error("to", "结束日期不能早于开始日期。", "the end date is before the start date", code="period")
    if end >= _add_years(start, MAX_PERIOD_YEARS):
        raise field_error("to", f"统计期间最长 {MAX_PERIOD_YEARS} 年。",
                          f"the period may be at most {MAX_PERIOD_YEARS} years", code="period")


async def coverage(session: AsyncSession, *, principal: Principal, agency_id: int, start: date, end: date, tz: str,
                   area_code: str | None = None) -> dict[str, Any]:
    """Every active item of the agency's directory with the number of entries linked to it that were first
    published in [start, end] (local dates) and are still public. Items that should be published proactively
    and have none are ``uncovered`` and listed first.

    The date is ``entries.published_at`` (the first publication, 发布日期), not ``live_published_at``: the latter
    moves whenever a corrected version goes out, and a correction to last year's budget is not this year's
    budget. Entries published before the period and still public do not count."""
    validate_period(start, end)
    agency = await _agency(session, agency_id)
    principal.ensure_access(agency.id, agency.path)
    rows = (await session.execute(
        select(StandardItem).where(StandardItem.agency_id == agency.id, StandardItem.is_active.is_(True))
    )).scalars().all()
    if area_code is not None:
        rows = [i for i in rows if i.area_code == area_code]
    items = {i.id: i for i in rows}
    zone = ZoneInfo(tz)
    since = datetime.combine(start, time.min, zone)
    until = datetime.combine(end + timedelta(days=1), time.min, zone)
    counts: dict[int, tuple[int, datetime | None]] = {}
    if items:
        found = (await session.execute(
            select(Entry.standard_item_id, func.count(), func.max(Entry.published_at))
            .where(Entry.standard_item_id.in_(list(items)), Entry.live_version.is_not(None),
                   Entry.revoked_at.is_(None), Entry.published_at >= since, Entry.published_at < until)
            .group_by(Entry.standard_item_id)
        )).all()
        counts = {r[0]: (r[1], r[2]) for r in found}
    areas = await _area_order(session)
    order = _item_order(areas)
    keyed: list[tuple[Any, dict[str, Any]]] = []
    for item in rows:
        own, last = counts.get(item.id, (0, None))
        children = [c for c in _children(items, item.id)] if item.parent_id is None else []
        with_children = own + sum(counts.get(c.id, (0, None))[0] for c in children)
        lasts = [t for t in [last, *(counts.get(c.id, (0, None))[1] for c in children)] if t is not None]
        expected = item.method == "proactive"
        parent = items.get(item.parent_id) if item.parent_id is not None else None
        row = {
            "id": item.id, "parent_id": item.parent_id, "depth": 1 if item.parent_id is None else 2,
            "name": item.name, "parent_name": parent.name if parent else None, "area_code": item.area_code,
            "area_name": areas[item.area_code][1] if item.area_code in areas else None,
            "time_limit": item.time_limit, "time_limit_days": item.time_limit_days, "method": item.method,
            "level": item.level, "expected": expected, "entries": own, "entries_with_children": with_children,
            "last_published_at": max(lasts) if lasts else None, "uncovered": expected and with_children == 0,
        }
        # uncovered first; within each group the directory's own order (a level-2 item after its level-1 item)
        keyed.append(((not row["uncovered"], order(parent or item), 0 if parent is None else 1, order(item)), row))
    out = [row for _, row in sorted(keyed, key=lambda pair: pair[0])]
    expected_count = sum(1 for r in out if r["expected"])
    uncovered = sum(1 for r in out if r["uncovered"])
    return {"agency_id": agency.id, "from": start, "to": end, "items_total": len(out), "expected": expected_count,
            "covered": expected_count - uncovered, "uncovered": uncovered, "items": out}
