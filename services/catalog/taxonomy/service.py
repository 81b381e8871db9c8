"""主题分类 and 组配分类: the platform-wide theme taxonomy and each agency's column tree.

Names are compared by a normalised key (NFKC, whitespace removed, case folded), so "政策 解读", "政策解读" and a
full-width "ＡＢＣ" typed where "ABC" exists are the same name: the duplicated columns published self-inspection
reports complain about cannot be created, and :func:`duplicate_columns` plus :func:`merge_column` clean up the
ones that already exist. Writes to one agency's tree (and to the themes) are serialised by a transaction-level
advisory lock, which makes the normalised uniqueness check race-free; the database's own unique constraints on the
exact names stay as the last guard.
"""
from __future__ import annotations

import unicodedata
import uuid
import zlib
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, register_entities, register_messages
from services.catalog.agencies.models import Agency
from services.catalog.db import kernel
from services.catalog.entries.models import Entry, EntryVersion
from services.catalog.taxonomy.models import CatalogColumn, Theme
from services.catalog.taxonomy.schemas import ColumnCreate, ColumnMerge, ColumnPurpose, ColumnUpdate, ThemeCreate, ThemeUpdate

register_entities({"theme": ("主题分类", "theme"), "column": ("栏目", "column")})
register_messages(
    {
        "taxonomy_state": {
            "zh": ("状态不允许此操作", "{reason}"),
            "en": ("Not allowed in this state", "{reason}"),
        },
        "theme_codes_exhausted": {
            "zh": ("分类代码已用完", "该级别的分类代码（01–99）已全部使用，不能再新增分类。"),
            "en": ("No codes left", "All codes (01–99) of this level are taken; no further theme can be added."),
        },
        "column_reserved": {
            "zh": ("平台专用栏目", "“{name}”是平台自动发布内容的专用栏目，不能{action}。"),
            "en": ("Reserved column", "“{name}” is filled by the platform itself; it cannot be {action}."),
        },
        "column_inactive": {
            "zh": ("栏目已停用", "栏目“{name}”已停用，请先恢复该栏目或选择其他栏目。"),
            "en": ("Column inactive", "The column “{name}” is deactivated; reactivate it or choose another."),
        },
        "column_move_cycle": {
            "zh": ("栏目位置无效", "不能把栏目移动到它自己或它的下级栏目之下。"),
            "en": ("Invalid move", "A column cannot be moved under itself or one of its sub-columns."),
        },
        "column_merge_cycle": {
            "zh": ("合并目标无效", "不能把栏目合并到它自己的下级栏目中。"),
            "en": ("Invalid merge target", "A column cannot be merged into one of its own sub-columns."),
        },
        "column_depth": {
            "zh": ("栏目层级过深", "栏目最多 {max} 级。"),
            "en": ("Too deep", "Columns may be nested at most {max} levels deep."),
        },
        "column_has_children": {
            "zh": ("存在下级栏目", "该栏目还有 {count} 个下级栏目，请先调整、合并或删除下级栏目。"),
            "en": ("Column has sub-columns", "The column still has {count} sub-column(s); move, merge or delete them first."),
        },
        "column_has_entries": {
            "zh": ("栏目中还有公开条目", "该栏目中还有 {count} 条公开的信息，停用后公众将无法按栏目找到它们。"
                   "请使用“合并”把它们转入其他栏目（合并后本栏目自动停用）。"),
            "en": ("Column has live entries", "{count} published entries are still in this column; merge it into "
                   "another column instead (the merged column is deactivated)."),
        },
        "column_in_use": {
            "zh": ("栏目已被使用", "已有条目使用过该栏目，不能删除；可以停用或合并到其他栏目。"),
            "en": ("Column in use", "Entries have used this column, so it cannot be deleted; deactivate or merge it."),
        },
        "column_merge_conflict": {
            "zh": ("下级栏目重名", "目标栏目下已有同名的下级栏目：{names}。请先合并这些下级栏目。"),
            "en": ("Sub-column name clash", "The target already has sub-columns named {names}; merge those first."),
        },
    }
)

THEME_LOCK = zlib.crc32(b"catalog:themes")
COLUMN_LOCK = zlib.crc32(b"catalog:columns") & 0x7FFF_FFFF  # int4 class id of the per-agency lock
MAX_COLUMN_DEPTH = 4

# Called after :func:`merge_column` moved entries, in its transaction: ``hook(session, entry_ids, source, target)``.
# The entries package registers here what has to follow a change of ``entries.column_id`` (search documents …).
EntryColumnHook = Callable[[AsyncSession, list[uuid.UUID], CatalogColumn, CatalogColumn], Awaitable[None]]
ENTRY_COLUMN_HOOKS: list[EntryColumnHook] = []


# --- names ---------------------------------------------------------------------------------------------------


def tidy_name(name: str) -> str:
    """The name as stored: runs of whitespace (including the ideographic space) become one space."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What two names are compared by: NFKC (full-width letters, digits and punctuation become their ordinary
    forms), no whitespace at all, case folded."""
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def duplicate_name(field: str, existing_name: str, existing_id: Any, is_active: bool, *, what: str = "栏目",
                   what_en: str = "column") -> Problem:
    """409 with a per-field error naming the existing record the name collides with."""
    state_zh, state_en = ("", "") if is_active else ("（已停用，可恢复使用）", " (deactivated; it can be reactivated)")
    return Problem(
        409, "validation_error", params={"count": 1},
        errors=[{
            "field": field, "code": "duplicate", "existing_id": existing_id,
            "message": f"同级已有名称相同或仅空格、全角半角不同的{what}“{existing_name}”{state_zh}。",
            "message_en": f"A sibling {what_en} “{existing_name}” has the same name apart from spaces or "
                          f"full-width characters{state_en}.",
        }],
        extra={"existing": {"id": existing_id, "name": existing_name, "is_active": is_active}},
    )


def find_clash(siblings: Iterable[Any], name: str, *, key_attr: str = "id", except_key: Any = None) -> Any | None:
    key = name_key(name)
    for sibling in siblings:
        if getattr(sibling, key_attr) != except_key and name_key(sibling.name) == key:
            return sibling
    return None


async def advisory_lock(session: AsyncSession, *keys: int) -> None:
    await session.execute(select(func.pg_advisory_xact_lock(*keys)))


def state_conflict(reason_zh: str, reason_en: str) -> Problem:
    return Problem(409, "taxonomy_state", params={"reason": reason_zh, "reason_en": reason_en})


def check_version(current: int, given: int) -> None:
    if current != given:
        raise Problem(409, "version_conflict", params={"current": current})


def requested_changes(data: Any, required: Iterable[str]) -> dict[str, Any]:
    changes = {k: v for k, v in data.model_dump(mode="json", exclude_unset=True).items() if k != "version"}
    for name in required:
        if name in changes and changes[name] is None:
            raise field_error(name, "此项不能为空", "must not be empty", code="missing")
    return changes


# --- themes --------------------------------------------------------------------------------------------------

THEME_FIELDS = ("code", "parent_code", "name", "name_en", "sort_order", "is_active", "version")


def theme_snapshot(theme: Theme) -> dict[str, Any]:
    return {f: getattr(theme, f) for f in THEME_FIELDS}


async def theme_tree(session: AsyncSession, *, include_inactive: bool = False) -> list[dict[str, Any]]:
    """The two-level tree, ordered by ``sort_order`` then code. Without ``include_inactive`` an inactive top
    category hides its whole branch."""
    rows = (await session.execute(select(Theme).order_by(Theme.sort_order, Theme.code))).scalars().all()
    tops: dict[str, dict[str, Any]] = {}
    for t in rows:
        if t.parent_code is None and (include_inactive or t.is_active):
            tops[t.code] = {**theme_snapshot(t), "children": []}
    for t in rows:
        if t.parent_code is not None and t.parent_code in tops and (include_inactive or t.is_active):
            tops[t.parent_code]["children"].append(theme_snapshot(t))
    return list(tops.values())


async def get_theme(session: AsyncSession, code: str) -> Theme:
    theme = await session.get(Theme, code) if len(code) <= 10 else None
    if theme is None:
        raise not_found("theme")
    return theme


async def check_theme(session: AsyncSession, code: str) -> Theme:
    """The theme an entry may be given: it exists and it and its top category are in use. Raises a field error
    on ``theme_code`` otherwise (entries already carrying a deactivated theme keep it; only new choices are
    checked)."""
    theme = await session.get(Theme, code) if isinstance(code, str) and len(code) <= 10 else None
    usable = theme is not None and theme.is_active
    if usable and theme.parent_code is not None:
        parent = await session.get(Theme, theme.parent_code)
        usable = parent is not None and parent.is_active
    if not usable:
        raise field_error("theme_code", "主题分类不存在或已停用。", "Unknown or inactive theme.")
    assert theme is not None
    return theme


def _next_code(codes: Iterable[str], parent_code: str | None) -> str:
    numbers = []
    for code in codes:
        tail = code.rsplit(".", 1)[-1] if parent_code else code
        if tail.isdigit():
            numbers.append(int(tail))
    number = max(numbers, default=0) + 1
    if number > 99:
        raise Problem(409, "theme_codes_exhausted")
    return f"{parent_code}.{number:02d}" if parent_code else f"{number:02d}"


async def create_theme(session: AsyncSession, *, data: ThemeCreate) -> Theme:
    """A new category; its code is the next number after the highest ever given at its level, so codes are
    never reused (themes are never deleted)."""
    await advisory_lock(session, THEME_LOCK)
    parent: Theme | None = None
    if data.parent_code is not None:
        parent = await session.get(Theme, data.parent_code)
        if parent is None or parent.parent_code is not None:
            raise field_error("parent_code", "上级分类不存在或不是一级分类。", "no such top-level theme", code="not_found")
        if not parent.is_active:
            raise state_conflict(f"一级分类“{parent.name}”已停用，不能在其下新增分类。",
                         f"The top-level theme “{parent.name}” is deactivated.")
    parent_cond = Theme.parent_code.is_(None) if parent is None else Theme.parent_code == parent.code
    siblings = (await session.execute(select(Theme).where(parent_cond))).scalars().all()
    name = tidy_name(data.name)
    clash = find_clash(siblings, name, key_attr="code")
    if clash is not None:
        raise duplicate_name("name", clash.name, clash.code, clash.is_active, what="分类", what_en="theme")
    # codes of the level, whatever their parent row says (a top category's subcategories start with its code)
    if parent is None:
        codes = (await session.execute(select(Theme.code).where(Theme.code.not_like("%.%")))).scalars().all()
    else:
        codes = (await session.execute(select(Theme.code).where(Theme.code.like(f"{parent.code}.%")))).scalars().all()
    theme = Theme(
        code=_next_code(codes, parent.code if parent else None),
        parent_code=parent.code if parent else None,
        name=name,
        name_en=data.name_en,
        sort_order=data.sort_order if data.sort_order is not None else max((s.sort_order for s in siblings), default=0) + 1,
        is_active=True,
        version=1,
    )
    session.add(theme)
    await _flush(session, "name")
    kernel.audit(session, action="theme.created", entity_type="theme", entity_id=theme.code, after=theme_snapshot(theme))
    return theme


async def update_theme(session: AsyncSession, *, code: str, data: ThemeUpdate) -> Theme:
    await advisory_lock(session, THEME_LOCK)
    theme = await get_theme(session, code)
    await session.refresh(theme)
    check_version(theme.version, data.version)
    changes = requested_changes(data, ("name", "sort_order", "is_active"))
    if "name" in changes:
        changes["name"] = tidy_name(changes["name"])
    changed = {k: v for k, v in changes.items() if getattr(theme, k) != v}
    if not changed:
        return theme
    if "name" in changed:
        parent_cond = Theme.parent_code.is_(None) if theme.parent_code is None else Theme.parent_code == theme.parent_code
        siblings = (await session.execute(select(Theme).where(parent_cond))).scalars().all()
        clash = find_clash(siblings, changed["name"], key_attr="code", except_key=theme.code)
        if clash is not None:
            raise duplicate_name("name", clash.name, clash.code, clash.is_active, what="分类", what_en="theme")
    if changed.get("is_active") is True and theme.parent_code is not None:
        parent = await session.get(Theme, theme.parent_code)
        if parent is not None and not parent.is_active:
            raise state_conflict(f"一级分类“{parent.name}”已停用，请先恢复一级分类。",
                         f"The top-level theme “{parent.name}” is deactivated; reactivate it first.")
    before = theme_snapshot(theme)
    for key, value in changed.items():
        setattr(theme, key, value)
    theme.version += 1
    await _flush(session, "name")
    action = {True: "theme.reactivated", False: "theme.deactivated"}.get(changed.get("is_active"), "theme.updated")
    kernel.audit(session, action=action, entity_type="theme", entity_id=theme.code, before=before,
                 after=theme_snapshot(theme))
    return theme


async def _flush(session: AsyncSession, field: str) -> None:
    """Flush, turning a unique violation that slipped past the checks into a 409 on ``field``."""
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        if "foreign key" in str(exc.orig).lower():
            raise Problem(409, "column_in_use") from exc
        raise field_error(field, "与同级已有名称重复", "duplicates a sibling's name", code="duplicate", status=409) from exc


# --- columns -------------------------------------------------------------------------------------------------

COLUMN_FIELDS = ("id", "agency_id", "parent_id", "name", "purpose", "description", "sort_order", "is_active", "version")
# ``catalog.column.*`` (docs/events.md): the column's place in the agency's tree, not its description
COLUMN_EVENT_FIELDS = ("id", "agency_id", "parent_id", "name", "purpose", "sort_order", "is_active", "version")
# audit action -> event type (adopting a staff-made column for a platform purpose is an update)
COLUMN_EVENTS = {"created": "created", "updated": "updated", "moved": "moved", "reserved": "updated",
                 "deactivated": "deactivated", "reactivated": "reactivated", "merged": "merged"}


def column_snapshot(column: CatalogColumn) -> dict[str, Any]:
    return {f: getattr(column, f) for f in COLUMN_FIELDS}


def column_event_data(snapshot: dict[str, Any], created_at: Any, *, created: bool = False,
                      merged_into: int | None = None, deleted: bool = False) -> dict[str, Any]:
    """``catalog.column.*`` payload: the snapshot's fields, when the column was created and when this change
    happened (on the platform's clock; the same instant for its creation), and for a merge the column it went
    into."""
    return {**{f: snapshot[f] for f in COLUMN_EVENT_FIELDS}, "created_at": created_at,
            "changed_at": created_at if created else clock.now(), "merged_into": merged_into, "deleted": deleted}


def _audit_column(session: AsyncSession, column: CatalogColumn, action: str, before: dict[str, Any] | None,
                  **extra: Any) -> None:
    """Audit a change of the column and emit ``catalog.column.<change>`` in the same transaction."""
    snap = column_snapshot(column)
    kernel.audit(session, action=f"column.{action}", entity_type="column", entity_id=column.id, before=before,
                 after={**snap, **extra}, agency_id=column.agency_id)
    kernel.emit(session, f"catalog.column.{COLUMN_EVENTS[action]}", column.id,
                column_event_data(snap, column.created_at, created=action == "created",
                                  merged_into=extra.get("merged_into")))


async def _agency(session: AsyncSession, agency_id: int) -> Agency:
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    return agency


def ensure_writable(principal: Principal, agency: Agency) -> None:
    if not principal.can_access(agency.id, agency.path):
        raise Problem(403, "out_of_scope")
    if not agency.is_active:
        raise Problem(409, "agency_inactive", params={"name": agency.name, "name_en": agency.name})


async def _lock_tree(session: AsyncSession, agency_id: int) -> dict[int, CatalogColumn]:
    """Take the agency's column lock and load its whole tree, fresh (trees are small: tens of columns)."""
    await advisory_lock(session, COLUMN_LOCK, agency_id & 0x7FFF_FFFF)
    rows = (await session.execute(
        select(CatalogColumn).where(CatalogColumn.agency_id == agency_id)
        .execution_options(populate_existing=True)
    )).scalars().all()
    return {c.id: c for c in rows}


def _children(tree: dict[int, CatalogColumn], parent_id: int | None) -> list[CatalogColumn]:
    return [c for c in tree.values() if c.parent_id == parent_id]


def _ancestors(tree: dict[int, CatalogColumn], column: CatalogColumn) -> list[CatalogColumn]:
    out: list[CatalogColumn] = []
    current = tree.get(column.parent_id) if column.parent_id is not None else None
    while current is not None and len(out) <= len(tree):
        out.append(current)
        current = tree.get(current.parent_id) if current.parent_id is not None else None
    return out


def _depth(tree: dict[int, CatalogColumn], column: CatalogColumn) -> int:
    return len(_ancestors(tree, column)) + 1


def _height(tree: dict[int, CatalogColumn], column: CatalogColumn) -> int:
    """Levels of the subtree rooted at ``column`` (1 for a leaf)."""
    children = _children(tree, column.id)
    return 1 + max((_height(tree, c) for c in children), default=0)


def _subtree_ids(tree: dict[int, CatalogColumn], column: CatalogColumn) -> set[int]:
    ids = {column.id}
    for child in _children(tree, column.id):
        ids |= _subtree_ids(tree, child)
    return ids


def _ensure_unique_among(tree: dict[int, CatalogColumn], parent_id: int | None, name: str, except_id: int | None) -> None:
    clash = find_clash(_children(tree, parent_id), name, except_key=except_id)
    if clash is not None:
        raise duplicate_name("name", clash.name, clash.id, clash.is_active)


def _reserved(column: CatalogColumn, action_zh: str, action_en: str) -> Problem:
    return Problem(409, "column_reserved", params={"name": column.name, "name_en": column.name, "action": action_zh,
                                                   "action_en": action_en})


async def _column_for_write(session: AsyncSession, principal: Principal,
                            column_id: int) -> tuple[CatalogColumn, Agency, dict[int, CatalogColumn]]:
    agency_id = (await session.execute(
        select(CatalogColumn.agency_id).where(CatalogColumn.id == column_id))).scalar_one_or_none()
    if agency_id is None:
        raise not_found("column")
    agency = await _agency(session, agency_id)
    ensure_writable(principal, agency)
    tree = await _lock_tree(session, agency.id)
    if column_id not in tree:  # deleted while we waited for the lock
        raise not_found("column")
    return tree[column_id], agency, tree


async def _live_counts(session: AsyncSession, column_ids: Iterable[int]) -> dict[int, int]:
    ids = list(column_ids)
    if not ids:
        return {}
    rows = (await session.execute(
        select(Entry.live_column_id, func.count()).where(
            Entry.live_column_id.in_(ids), Entry.live_version.is_not(None), Entry.revoked_at.is_(None))
        .group_by(Entry.live_column_id)
    )).all()
    return {r[0]: r[1] for r in rows}


async def _all_counts(session: AsyncSession, column_ids: Iterable[int]) -> dict[int, int]:
    ids = list(column_ids)
    if not ids:
        return {}
    rows = (await session.execute(
        select(Entry.column_id, func.count()).where(Entry.column_id.in_(ids)).group_by(Entry.column_id))).all()
    return {r[0]: r[1] for r in rows}


def can_manage(principal: Principal | None, agency: Agency) -> bool:
    """Staff who maintain or read this agency's catalog (they see inactive columns and drafts' counts)."""
    return (principal is not None and (principal.has("catalog.column:write") or principal.has("catalog.entry:read"))
            and principal.can_access(agency.id, agency.path))


async def column_tree(session: AsyncSession, *, agency_id: int, principal: Principal | None,
                      include_inactive: bool = False) -> list[dict[str, Any]]:
    """The agency's columns as a tree with the number of live entries in each. Inactive columns (and what lies
    under them) only for the agency's staff who ask for them."""
    agency = await _agency(session, agency_id)
    staff = can_manage(principal, agency)
    if not agency.is_active and not staff:
        raise not_found("agency")
    show_inactive = include_inactive and staff
    rows = (await session.execute(
        select(CatalogColumn).where(CatalogColumn.agency_id == agency.id)
        .order_by(CatalogColumn.sort_order, CatalogColumn.id)
    )).scalars().all()
    tree = {c.id: c for c in rows}
    visible = [c for c in rows if show_inactive or (c.is_active and all(a.is_active for a in _ancestors(tree, c)))]
    live = await _live_counts(session, [c.id for c in visible])
    total = await _all_counts(session, [c.id for c in visible]) if staff else {}
    nodes: dict[int, dict[str, Any]] = {}
    for c in visible:
        nodes[c.id] = {
            "id": c.id, "parent_id": c.parent_id, "name": c.name, "purpose": c.purpose, "description": c.description,
            "sort_order": c.sort_order, "is_active": c.is_active, "version": c.version,
            "live_entries": live.get(c.id, 0), "entries": total.get(c.id, 0) if staff else None, "children": [],
        }
    roots: list[dict[str, Any]] = []
    for c in visible:  # ``visible`` is in sibling order, so children are appended in order
        parent = nodes.get(c.parent_id) if c.parent_id is not None else None
        if c.parent_id is None:
            roots.append(nodes[c.id])
        elif parent is not None:
            parent["children"].append(nodes[c.id])
    return roots


async def get_column(session: AsyncSession, *, column_id: int, principal: Principal | None) -> CatalogColumn:
    column = await session.get(CatalogColumn, column_id)
    if column is None:
        raise not_found("column")
    if not column.is_active:
        agency = await _agency(session, column.agency_id)
        if not can_manage(principal, agency):
            raise not_found("column")
    return column


async def check_column(session: AsyncSession, agency_id: int, column_id: int) -> CatalogColumn:
    """The column an entry of ``agency_id`` may be put in: it exists, is in use and belongs to that agency.
    Raises a field error on ``column_id`` otherwise."""
    column = await session.get(CatalogColumn, column_id)
    if column is None or not column.is_active or column.agency_id != agency_id:
        raise field_error("column_id", "栏目不存在、已停用或不属于发布机构。", "Unknown or inactive column, or of another agency.")
    return column


async def ensure_purpose_column(session: AsyncSession, agency_id: int, purpose: str, name: str) -> CatalogColumn:
    """The agency's column reserved for ``purpose`` (e.g. the annual reports the statistics service publishes),
    created on first use. Race-safe: the agency's column lock plus ``INSERT … ON CONFLICT DO NOTHING`` on the
    unique (agency, purpose) index. A first-level column staff already made with the same (normalised) name is
    adopted rather than duplicated. Runs in the caller's transaction; the caller commits."""
    purpose = ColumnPurpose(purpose).value

    async def existing() -> CatalogColumn | None:
        return (await session.execute(
            select(CatalogColumn).where(CatalogColumn.agency_id == agency_id, CatalogColumn.purpose == purpose)
            .execution_options(populate_existing=True)
        )).scalar_one_or_none()

    found = await existing()
    if found is not None:
        return found
    tree = await _lock_tree(session, agency_id)
    found = await existing()
    if found is not None:
        return found
    name = tidy_name(name)
    roots = _children(tree, None)
    same = find_clash(roots, name)
    if same is not None and same.purpose is None:
        before = column_snapshot(same)
        same.purpose = purpose
        same.is_active = True
        same.version += 1
        await session.flush()
        _audit_column(session, same, "reserved", before)
        return same
    inserted = (await session.execute(
        insert(CatalogColumn).values(
            agency_id=agency_id, parent_id=None, name=name, purpose=purpose,
            sort_order=max((c.sort_order for c in roots), default=0) + 1, is_active=True, version=1,
            created_at=clock.now(),
        ).on_conflict_do_nothing().returning(CatalogColumn.id)
    )).scalar_one_or_none()
    found = await existing()
    if found is None:  # the name is taken by another reserved column: impossible with one purpose per name
        raise state_conflict(f"无法创建专用栏目“{name}”。", f"The reserved column “{name}” cannot be created.")
    if inserted is not None:
        _audit_column(session, found, "created", None)
    return found


async def create_column(session: AsyncSession, *, principal: Principal, data: ColumnCreate) -> CatalogColumn:
    agency = await session.get(Agency, data.agency_id)
    if agency is None:
        raise field_error("agency_id", "机关不存在。", "no such agency", code="not_found")
    ensure_writable(principal, agency)
    tree = await _lock_tree(session, agency.id)
    parent: CatalogColumn | None = None
    if data.parent_id is not None:
        parent = tree.get(data.parent_id)
        if parent is None:
            raise field_error("parent_id", "上级栏目不存在或不属于该机关。", "no such column in this agency", code="not_found")
        if not parent.is_active:
            raise Problem(409, "column_inactive", params={"name": parent.name, "name_en": parent.name})
        if _depth(tree, parent) + 1 > MAX_COLUMN_DEPTH:
            raise Problem(409, "column_depth", params={"max": MAX_COLUMN_DEPTH})
    name = tidy_name(data.name)
    _ensure_unique_among(tree, data.parent_id, name, None)
    siblings = _children(tree, data.parent_id)
    column = CatalogColumn(
        agency_id=agency.id, parent_id=data.parent_id, name=name, description=data.description,
        sort_order=data.sort_order if data.sort_order is not None else max((s.sort_order for s in siblings), default=0) + 1,
        is_active=True, version=1, created_at=clock.now(),  # the platform's clock: statistics dates columns by it
    )
    session.add(column)
    await _flush(session, "name")
    _audit_column(session, column, "created", None)
    return column


async def update_column(session: AsyncSession, *, principal: Principal, column_id: int, data: ColumnUpdate) -> CatalogColumn:
    column, _, tree = await _column_for_write(session, principal, column_id)
    check_version(column.version, data.version)
    changes = requested_changes(data, ("name", "sort_order"))
    if "name" in changes:
        changes["name"] = tidy_name(changes["name"])
    changed = {k: v for k, v in changes.items() if getattr(column, k) != v}
    if not changed:
        return column
    if "name" in changed and column.purpose is not None:
        raise _reserved(column, "改名", "renamed")
    parent_id = changed.get("parent_id", column.parent_id)
    if "parent_id" in changed and parent_id is not None:
        parent = tree.get(parent_id)
        if parent is None:
            raise field_error("parent_id", "上级栏目不存在或不属于该机关。", "no such column in this agency", code="not_found")
        if parent.id in _subtree_ids(tree, column):
            raise Problem(409, "column_move_cycle")
        if not parent.is_active:
            raise Problem(409, "column_inactive", params={"name": parent.name, "name_en": parent.name})
        if _depth(tree, parent) + _height(tree, column) > MAX_COLUMN_DEPTH:
            raise Problem(409, "column_depth", params={"max": MAX_COLUMN_DEPTH})
    if "name" in changed or "parent_id" in changed:
        _ensure_unique_among(tree, parent_id, changed.get("name", column.name), column.id)
    before = column_snapshot(column)
    for key, value in changed.items():
        setattr(column, key, value)
    column.version += 1
    await _flush(session, "name")
    _audit_column(session, column, "moved" if set(changed) == {"parent_id"} else "updated", before)
    return column


async def deactivate_column(session: AsyncSession, *, principal: Principal, column_id: int, version: int) -> CatalogColumn:
    column, _, tree = await _column_for_write(session, principal, column_id)
    check_version(column.version, version)
    if column.purpose is not None:
        raise _reserved(column, "停用", "deactivated")
    if not column.is_active:
        raise state_conflict("该栏目已停用。", "The column is already deactivated.")
    active_children = [c for c in _children(tree, column.id) if c.is_active]
    if active_children:
        raise Problem(409, "column_has_children", params={"count": len(active_children)})
    live = (await _live_counts(session, [column.id])).get(column.id, 0)
    if live:
        raise Problem(409, "column_has_entries", params={"count": live})
    before = column_snapshot(column)
    column.is_active = False
    column.version += 1
    await session.flush()
    _audit_column(session, column, "deactivated", before)
    return column


async def reactivate_column(session: AsyncSession, *, principal: Principal, column_id: int, version: int) -> CatalogColumn:
    column, _, tree = await _column_for_write(session, principal, column_id)
    check_version(column.version, version)
    if column.is_active:
        raise state_conflict("该栏目处于在用状态。", "The column is active.")
    parent = tree.get(column.parent_id) if column.parent_id is not None else None
    if parent is not None and not parent.is_active:
        raise Problem(409, "column_inactive", params={"name": parent.name, "name_en": parent.name})
    before = column_snapshot(column)
    column.is_active = True
    column.version += 1
    await session.flush()
    _audit_column(session, column, "reactivated", before)
    return column


async def merge_column(session: AsyncSession, *, principal: Principal, column_id: int,
                       data: ColumnMerge) -> tuple[CatalogColumn, CatalogColumn, list[uuid.UUID], list[int]]:
    """Move every entry of the column (whatever its status) and its sub-columns into ``target_id``, then
    deactivate it: the remedy for duplicated columns. Returns (source, target, moved entry ids, moved
    sub-column ids). Only ``entries.column_id`` changes here; :data:`ENTRY_COLUMN_HOOKS` run afterwards in the
    same transaction."""
    source, _, tree = await _column_for_write(session, principal, column_id)
    check_version(source.version, data.version)
    if source.purpose is not None:
        raise _reserved(source, "合并到其他栏目", "merged away")
    target = tree.get(data.target_id)
    if target is None:
        raise field_error("target_id", "目标栏目不存在或不属于该机关。", "no such column in this agency", code="not_found")
    if target.id == source.id:
        raise field_error("target_id", "不能合并到栏目自身。", "a column cannot be merged into itself")
    if target.purpose is not None:
        raise _reserved(target, "接收合并的条目", "a merge target")
    if not target.is_active:
        raise Problem(409, "column_inactive", params={"name": target.name, "name_en": target.name})
    if target.id in _subtree_ids(tree, source):
        raise Problem(409, "column_merge_cycle")
    children = _children(tree, source.id)
    target_children = _children(tree, target.id)
    clashes = [c.name for c in children if find_clash(target_children, c.name) is not None]
    if clashes:
        names = "、".join(f"“{n}”" for n in clashes)
        raise Problem(409, "column_merge_conflict", params={"names": names, "names_en": names})
    if children and _depth(tree, target) + max(_height(tree, c) for c in children) > MAX_COLUMN_DEPTH:
        raise Problem(409, "column_depth", params={"max": MAX_COLUMN_DEPTH})

    moved = list((await session.execute(
        update(Entry).where(Entry.column_id == source.id).values(column_id=target.id).returning(Entry.id)
    )).scalars().all())
    for child in children:
        before = column_snapshot(child)
        child.parent_id = target.id
        child.version += 1
        await _flush(session, "target_id")
        _audit_column(session, child, "moved", before)
    before = column_snapshot(source)
    source.is_active = False
    source.version += 1
    await session.flush()
    _audit_column(session, source, "merged", before, merged_into=target.id, moved_entries=len(moved),
                  moved_children=[c.id for c in children])
    for hook in ENTRY_COLUMN_HOOKS:
        await hook(session, moved, source, target)
    return source, target, moved, [c.id for c in children]


async def delete_column(session: AsyncSession, *, principal: Principal, column_id: int, version: int) -> None:
    """Remove a column no entry ever used (a mistake just made); anything else is deactivated or merged."""
    column, _, tree = await _column_for_write(session, principal, column_id)
    check_version(column.version, version)
    if column.purpose is not None:
        raise _reserved(column, "删除", "deleted")
    children = _children(tree, column.id)
    if children:
        raise Problem(409, "column_has_children", params={"count": len(children)})
    used = (await session.execute(select(Entry.id).where(Entry.column_id == column.id).limit(1))).first()
    if used is None:  # a published version may have carried it before the entry moved elsewhere
        used = (await session.execute(
            select(EntryVersion.entry_id).join(Entry, Entry.id == EntryVersion.entry_id)
            .where(Entry.agency_id == column.agency_id, EntryVersion.snapshot["column_id"].astext == str(column.id))
            .limit(1)
        )).first()
    if used is not None:
        raise Problem(409, "column_in_use")
    before = column_snapshot(column)
    created_at = column.created_at
    await session.delete(column)
    await _flush(session, "id")
    kernel.audit(session, action="column.deleted", entity_type="column", entity_id=before["id"], before=before,
                 agency_id=before["agency_id"])
    # the last word on the column: inactive, one version on
    kernel.emit(session, "catalog.column.deleted", before["id"],
                column_event_data({**before, "is_active": False, "version": before["version"] + 1}, created_at,
                                  deleted=True))


async def duplicate_columns(session: AsyncSession, *, principal: Principal, agency_id: int) -> list[dict[str, Any]]:
    """Groups of the agency's columns whose names are the same once normalised, anywhere in the tree (siblings
    can no longer collide, but "政策解读" under two different parents is the duplication to clean up)."""
    agency = await _agency(session, agency_id)
    principal.ensure_access(agency.id, agency.path, hide=False)
    rows = (await session.execute(
        select(CatalogColumn).where(CatalogColumn.agency_id == agency.id).order_by(CatalogColumn.sort_order, CatalogColumn.id)
    )).scalars().all()
    tree = {c.id: c for c in rows}
    groups: dict[str, list[CatalogColumn]] = {}
    for c in rows:
        groups.setdefault(name_key(c.name), []).append(c)
    groups = {k: v for k, v in groups.items() if len(v) > 1}
    live = await _live_counts(session, [c.id for cols in groups.values() for c in cols])
    out = []
    for key, cols in groups.items():
        out.append({"key": key, "columns": [{
            "id": c.id, "parent_id": c.parent_id, "name": c.name, "is_active": c.is_active,
            "path": " / ".join([a.name for a in reversed(_ancestors(tree, c))] + [c.name]),
            "live_entries": live.get(c.id, 0),
        } for c in cols]})
    return out
