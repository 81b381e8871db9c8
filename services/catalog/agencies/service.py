"""Agency directory behaviour: create, update, move, deactivate, with history and events."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, register_entities, register_messages
from kernel.identifiers import agency_code_kind
from kernel.pagination import PageParams, paginate
from services.catalog.agencies.models import Agency, AgencyHistory
from services.catalog.agencies.schemas import AgencyCreate, AgencyDeactivate, AgencyMove, AgencyReactivate, AgencyUpdate
from services.catalog.db import kernel

register_entities({"agency": ("机关", "agency"), "record": ("记录", "record")})
register_messages(
    {
        "agency_has_active_children": {
            "zh": ("存在下级机关", "该机关还有 {count} 个在用的下级机关，请先调整或停用下级机关。"),
            "en": ("Agency has active children", "The agency still has {count} active sub-agencies."),
        },
        "agency_move_cycle": {
            "zh": ("隶属关系无效", "不能把机关调整到它自己或它的下级机关之下。"),
            "en": ("Invalid move", "An agency cannot be moved under itself or one of its sub-agencies."),
        },
        "agency_inactive": {
            "zh": ("机关已停用", "{name} 已停用，不能进行此操作。"),
            "en": ("Agency inactive", "{name} is deactivated; this action is not possible."),
        },
        "agency_state": {
            "zh": ("状态不允许此操作", "{reason}"),
            "en": ("Not allowed in this state", "{reason}"),
        },
    }
)

SNAPSHOT_FIELDS = (
    "id", "parent_id", "path", "depth", "name", "short_name", "code", "code_kind", "level", "kind", "address",
    "postal_code", "office_hours", "phone", "fax", "email", "website", "guide_text", "accepts_requests",
    "sort_order", "is_active", "deactivated_at", "deactivation_reason", "version",
)
EDITABLE_FIELDS = (
    "name", "code", "level", "kind", "short_name", "address", "postal_code", "office_hours", "phone", "fax", "email",
    "website", "guide_text", "accepts_requests", "sort_order",
)


def snapshot(agency: Agency) -> dict[str, Any]:
    data = {f: getattr(agency, f) for f in SNAPSHOT_FIELDS}
    if isinstance(data["deactivated_at"], datetime):
        data["deactivated_at"] = data["deactivated_at"].isoformat()
    return data


async def get_agency(session: AsyncSession, agency_id: int, *, for_update: bool = False) -> Agency:
    stmt = select(Agency).where(Agency.id == agency_id)
    if for_update:
        stmt = stmt.with_for_update()
    agency = (await session.execute(stmt)).scalar_one_or_none()
    if agency is None:
        raise not_found("agency")
    return agency


async def ancestors(session: AsyncSession, agency: Agency) -> list[dict[str, Any]]:
    ids = [int(p) for p in agency.path.strip("/").split("/")[:-1] if p]
    if not ids:
        return []
    rows = (await session.execute(select(Agency.id, Agency.name, Agency.level).where(Agency.id.in_(ids)))).all()
    by_id = {r.id: {"id": r.id, "name": r.name, "level": r.level} for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _can_see_inactive(principal: Principal | None) -> bool:
    return principal is not None and principal.has("catalog.agency:read")


def list_query(
    *,
    principal: Principal | None,
    parent_id: int | None = None,
    root_id_path: str | None = None,
    q: str | None = None,
    level: str | None = None,
    kind: str | None = None,
    accepts_requests: bool | None = None,
    include_inactive: bool = False,
) -> Select[Any]:
    stmt = select(Agency).order_by(Agency.depth, Agency.sort_order, Agency.id)
    if parent_id is not None:
        stmt = stmt.where(Agency.parent_id == parent_id)
    if root_id_path is not None:
        stmt = stmt.where(Agency.path.startswith(root_id_path, autoescape=True))
    if q:
        like = f"%{q}%"
        stmt = stmt.where(or_(Agency.name.ilike(like), Agency.short_name.ilike(like), Agency.code == q.upper()))
    if level:
        stmt = stmt.where(Agency.level == level)
    if kind:
        stmt = stmt.where(Agency.kind == kind)
    if accepts_requests is not None:
        stmt = stmt.where(Agency.accepts_requests.is_(accepts_requests))
    if not (include_inactive and _can_see_inactive(principal)):
        stmt = stmt.where(Agency.is_active.is_(True))
    return stmt


async def list_agencies(session: AsyncSession, *, params: PageParams, **filters: Any) -> dict[str, Any]:
    return await paginate(session, list_query(**filters), params)


async def agency_tree(session: AsyncSession, *, root_id: int | None = None) -> list[dict[str, Any]]:
    stmt = select(Agency).where(Agency.is_active.is_(True)).order_by(Agency.depth, Agency.sort_order, Agency.id)
    if root_id is not None:
        root = await get_agency(session, root_id)
        stmt = stmt.where(Agency.path.startswith(root.path, autoescape=True))
    rows = (await session.execute(stmt)).scalars().all()
    nodes: dict[int, dict[str, Any]] = {}
    roots: list[dict[str, Any]] = []
    for a in rows:
        node = {
            "id": a.id, "name": a.name, "short_name": a.short_name, "level": a.level, "kind": a.kind,
            "accepts_requests": a.accepts_requests, "children": [],
        }
        nodes[a.id] = node
        parent = nodes.get(a.parent_id) if a.parent_id is not None else None
        (parent["children"] if parent is not None else roots).append(node)
    return roots


# --- writes ----------------------------------------------------------------------------------------------


def _check_version(agency: Agency, version: int) -> None:
    if agency.version != version:
        raise Problem(409, "version_conflict", params={"current": agency.version})


def _require_scope_over(principal: Principal, agency: Agency) -> None:
    if not principal.can_access(agency.id, agency.path):
        raise Problem(403, "out_of_scope")


async def _ensure_code_free(session: AsyncSession, code: str, *, except_id: int | None = None) -> None:
    stmt = select(Agency.id).where(Agency.code == code)
    if except_id is not None:
        stmt = stmt.where(Agency.id != except_id)
    if (await session.execute(stmt)).first() is not None:
        raise field_error("code", "该代码已被其他机关使用", "another agency already uses this code", code="duplicate", status=409)


async def _ensure_name_free(session: AsyncSession, parent_id: int | None, name: str, *, except_id: int | None = None) -> None:
    stmt = select(Agency.id).where(Agency.name == name)
    stmt = stmt.where(Agency.parent_id.is_(None) if parent_id is None else Agency.parent_id == parent_id)
    if except_id is not None:
        stmt = stmt.where(Agency.id != except_id)
    if (await session.execute(stmt)).first() is not None:
        raise field_error("name", "同一上级机关下已有同名机关", "a sibling agency has this name", code="duplicate", status=409)


def _record(session: AsyncSession, agency: Agency, change: str, changed: list[str], reason: str | None,
            principal: Principal, before: dict[str, Any] | None) -> None:
    snap = snapshot(agency)
    session.add(
        AgencyHistory(
            agency_id=agency.id,
            version=agency.version,
            change=change,
            changed_fields=changed,
            snapshot=snap,
            reason=reason,
            actor_id=principal.sub,
            actor_name=principal.name or principal.username,
        )
    )
    kernel.audit(
        session, action=f"agency.{change}", entity_type="agency", entity_id=agency.id, before=before, after=snap,
        agency_id=agency.id,
    )
    kernel.emit(session, f"catalog.agency.{change}", agency.id, snap)


async def _flush_unique(session: AsyncSession) -> None:
    """Flush, turning a unique violation that slipped past the checks (a concurrent write) into a 409."""
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        text = str(exc.orig)
        field = "code" if "uq_agencies_code" in text else "name"
        raise field_error(field, "与其他机关重复", "duplicates another agency", code="duplicate", status=409) from exc


async def create_agency(session: AsyncSession, *, principal: Principal, data: AgencyCreate) -> Agency:
    parent: Agency | None = None
    if data.parent_id is None:
        if principal.scope != "all":
            raise Problem(403, "out_of_scope")
    else:
        parent = await get_agency(session, data.parent_id, for_update=True)
        if principal.scope not in ("subtree", "all"):
            raise Problem(403, "out_of_scope")
        _require_scope_over(principal, parent)
        if not parent.is_active:
            raise Problem(409, "agency_inactive", params={"name": parent.name, "name_en": parent.name})
    await _ensure_code_free(session, data.code)
    await _ensure_name_free(session, data.parent_id, data.name)
    values = data.model_dump(mode="json")
    agency = Agency(
        **values,
        code_kind=agency_code_kind(data.code),
        path="/",
        depth=(parent.depth + 1) if parent else 0,
        version=1,
        is_active=True,
    )
    session.add(agency)
    await _flush_unique(session)
    agency.path = f"{parent.path if parent else '/'}{agency.id}/"
    await session.flush()
    _record(session, agency, "created", sorted(values), None, principal, None)
    return agency


async def update_agency(session: AsyncSession, *, principal: Principal, agency_id: int, data: AgencyUpdate) -> Agency:
    agency = await get_agency(session, agency_id, for_update=True)
    _require_scope_over(principal, agency)
    _check_version(agency, data.version)
    changes = {k: v for k, v in data.model_dump(mode="json", exclude_unset=True).items() if k != "version"}
    for required in ("name", "code", "level", "kind", "accepts_requests", "sort_order"):
        if required in changes and changes[required] is None:
            raise field_error(required, "此项不能为空", "must not be empty", code="missing")
    changed = [k for k, v in changes.items() if getattr(agency, k) != v]
    if not changed:
        return agency
    if "code" in changed:
        await _ensure_code_free(session, changes["code"], except_id=agency.id)
        changes["code_kind"] = agency_code_kind(changes["code"])
    if "name" in changed:
        await _ensure_name_free(session, agency.parent_id, changes["name"], except_id=agency.id)
    before = snapshot(agency)
    for key, value in changes.items():
        setattr(agency, key, value)
    agency.version += 1
    await _flush_unique(session)
    _record(session, agency, "updated", sorted(changed), None, principal, before)
    return agency


async def move_agency(session: AsyncSession, *, principal: Principal, agency_id: int, data: AgencyMove) -> Agency:
    agency = await get_agency(session, agency_id, for_update=True)
    _require_scope_over(principal, agency)
    _check_version(agency, data.version)
    if principal.scope not in ("subtree", "all") or (principal.scope == "subtree" and agency.id == principal.agency_id):
        raise Problem(403, "out_of_scope")
    new_parent = await get_agency(session, data.parent_id, for_update=True)
    _require_scope_over(principal, new_parent)
    if new_parent.path.startswith(agency.path):
        raise Problem(409, "agency_move_cycle")
    if not new_parent.is_active:
        raise Problem(409, "agency_inactive", params={"name": new_parent.name, "name_en": new_parent.name})
    if new_parent.id == agency.parent_id:
        return agency
    await _ensure_name_free(session, new_parent.id, agency.name, except_id=agency.id)
    before = snapshot(agency)
    old_path, new_path = agency.path, f"{new_parent.path}{agency.id}/"
    depth_delta = new_parent.depth + 1 - agency.depth
    # Lock and rewrite the whole subtree's paths; every descendant gets a new version and an event.
    descendants = (
        await session.execute(
            select(Agency)
            .where(and_(Agency.path.startswith(old_path, autoescape=True), Agency.id != agency.id))
            .order_by(Agency.depth)
            .with_for_update()
        )
    ).scalars().all()
    agency.parent_id = new_parent.id
    agency.path = new_path
    agency.depth += depth_delta
    agency.version += 1
    await session.flush()
    _record(session, agency, "moved", ["parent_id", "path"], data.reason, principal, before)
    for child in descendants:
        child_before = snapshot(child)
        child.path = new_path + child.path[len(old_path):]
        child.depth += depth_delta
        child.version += 1
        await session.flush()
        _record(session, child, "updated", ["path"], data.reason, principal, child_before)
    return agency


async def deactivate_agency(session: AsyncSession, *, principal: Principal, agency_id: int, data: AgencyDeactivate) -> Agency:
    agency = await get_agency(session, agency_id, for_update=True)
    _require_scope_over(principal, agency)
    _check_version(agency, data.version)
    if principal.agency_id == agency.id and principal.scope != "all":
        raise Problem(403, "out_of_scope")
    if not agency.is_active:
        raise Problem(409, "agency_inactive", params={"name": agency.name, "name_en": agency.name})
    active_children = (
        await session.execute(
            select(func.count()).select_from(Agency).where(Agency.parent_id == agency.id, Agency.is_active.is_(True))
        )
    ).scalar_one()
    if active_children:
        raise Problem(409, "agency_has_active_children", params={"count": active_children})
    before = snapshot(agency)
    agency.is_active = False
    agency.accepts_requests = False
    agency.deactivated_at = clock.now()
    agency.deactivation_reason = data.reason
    agency.version += 1
    await session.flush()
    _record(session, agency, "deactivated", ["is_active", "accepts_requests"], data.reason, principal, before)
    return agency


async def reactivate_agency(session: AsyncSession, *, principal: Principal, agency_id: int, data: AgencyReactivate) -> Agency:
    agency = await get_agency(session, agency_id, for_update=True)
    _require_scope_over(principal, agency)
    _check_version(agency, data.version)
    if agency.is_active:
        raise Problem(409, "agency_state", params={"reason": "该机关处于在用状态。", "reason_en": "The agency is active."})
    if agency.parent_id is not None:
        parent = await get_agency(session, agency.parent_id)
        if not parent.is_active:
            raise Problem(409, "agency_inactive", params={"name": parent.name, "name_en": parent.name})
    before = snapshot(agency)
    agency.is_active = True
    agency.deactivated_at = None
    agency.deactivation_reason = None
    agency.version += 1
    await session.flush()
    _record(session, agency, "reactivated", ["is_active"], None, principal, before)
    return agency


async def agency_history(session: AsyncSession, *, agency_id: int) -> list[AgencyHistory]:
    stmt = select(AgencyHistory).where(AgencyHistory.agency_id == agency_id).order_by(AgencyHistory.version.desc())
    return list((await session.execute(stmt)).scalars().all())


