"""Catalog entries: drafting, confidentiality review, publication with index numbers, versions, revocation,
timeliness, attachments and interpretations. Every change records its history and audit entry, updates the
search document and, when the public side changes, emits ``catalog.entry.*`` and a row of the sync log — all in
the caller's transaction."""
from __future__ import annotations

import re
import uuid
import zlib
from collections.abc import AsyncIterable
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, all_, and_, any_, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, register_entities, register_messages
from kernel.pagination import PageParams, paginate
from kernel.request_context import principal_var
from kernel.storage import FileStore
from kernel.uploads import checker
from kernel.workdays import WorkCalendar
from services.catalog.agencies.models import Agency
from services.catalog.db import kernel
from services.catalog.entries import workflow
from services.catalog.entries.html import plain_text, sanitise
from services.catalog.entries.models import (
    Entry, EntryAttachment, EntryChange, EntryHistory, EntryVersion, IndexSerial, InterpretationLink,
)
from services.catalog.entries.schemas import (
    POLICY_GENRES, EntryCreate, EntryImport, EntryUpdate, check_content,
)
from services.catalog.search.backend import SearchDoc
from services.catalog.search.service import backend as search
from services.catalog.standards.service import check_standard_item
from services.catalog.taxonomy.models import CatalogColumn, Theme
from services.catalog.taxonomy.service import ENTRY_COLUMN_HOOKS, check_column, check_theme

register_entities({
    "entry": ("公开目录条目", "catalog entry"),
    "attachment": ("附件", "attachment"),
    "entry_version": ("条目版本", "entry version"),
})
register_messages({
    "entry_state": {
        "zh": ("当前状态不允许此操作", "该条目当前为“{status}”，不能{action}。"),
        "en": ("Not allowed in this state", "The entry is {status_en}; it cannot be {action_en}."),
    },
    "entry_incomplete": {
        "zh": ("条目信息不完整", "提交保密审查前，请补全 {count} 项信息。"),
        "en": ("Entry incomplete", "Complete {count} field(s) before submitting the entry for review."),
    },
    "not_disclosed_never_published": {
        "zh": ("不予公开的信息不能发布", "该条目的公开属性为“不予公开”，不能提交发布。"),
        "en": ("Not-disclosed information is never published", "The entry is marked not disclosed; it cannot be published."),
    },
    "reviewer_is_author": {
        "zh": ("审查人不能是起草人", "保密审查须由起草、修改该条目以外的人员进行。"),
        "en": ("Reviewer is an author", "The confidentiality review must be done by someone who did not draft or edit the entry."),
    },
    "publish_at_invalid": {
        "zh": ("定时发布时间无效", "定时发布时间须在一年以内。"),
        "en": ("Invalid publication time", "A scheduled publication must be within one year."),
    },
})

ANNUAL_REPORT_COLUMN = "政府信息公开年度报告"  # the statutory name of the column annual reports are published in
PUBLIC_CHANGES_LOCK = zlib.crc32(b"catalog:entry_changes")
LATE_AFTER_WORKING_DAYS = 20  # Art. 26
ATTACHMENTS = checker(("pdf", "ofd", "doc", "docx", "xls", "xlsx", "wps", "et", "jpg", "jpeg", "png", "gif", "txt",
                       "csv", "mp4"))
SYSTEM = Principal(sub="system", kind="client", username="system", name="系统", scope="all")

CONTENT_FIELDS = (
    "title", "genre", "disclosure_attribute", "summary", "document_number", "written_on", "changed_on", "theme_code",
    "column_id", "keywords", "body_html", "not_disclosed_reason", "validity", "expires_on", "regulation_kind",
    "issued_on", "abolished_on", "is_policy", "interpretation_form", "interprets", "standard_item_id", "source",
    "disclosure_scope",
)
_NOT_NULL = ("title", "genre", "disclosure_attribute", "keywords", "body_html", "validity", "interprets")


# --- small helpers -----------------------------------------------------------------------------------------


def local_date(at: datetime, tz: str) -> date:
    return at.astimezone(ZoneInfo(tz)).date()


def effective_validity(validity: str, expires_on: date | None, today: date) -> str:
    """An expiry date takes effect by itself: a valid entry past its expiry date is expired."""
    if validity == "valid" and expires_on is not None and expires_on <= today:
        return "expired"
    return validity


def public_validity(snap: dict[str, Any], today: date) -> str:
    expires = date.fromisoformat(snap["expires_on"]) if snap.get("expires_on") else None
    return effective_validity(snap["validity"], expires, today)


def _check_version(entry: Entry, version: int) -> None:
    if entry.version != version:
        raise Problem(409, "version_conflict", params={"current": entry.version})


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _rule_error(exc: ValueError) -> Problem:
    zh, _, en = str(exc).partition("|")
    return Problem(422, "validation_error", params={"count": 1},
                   errors=[{"field": "body", "code": "value_error", "message": zh, "message_en": en or zh}])


def _history(session: AsyncSession, entry: Entry, action: str, actor: Principal | None, *, from_status: str | None,
             changed: list[str] | None = None, comment: str | None = None) -> None:
    session.add(EntryHistory(
        entry_id=entry.id, action=action, from_status=from_status, to_status=entry.status,
        entry_version=entry.version, live_version=entry.live_version, changed_fields=changed or [], comment=comment,
        actor_id=actor.sub if actor else None, actor_name=(actor.name or actor.username) if actor else None,
    ))


async def get_entry(session: AsyncSession, entry_id: uuid.UUID, *, for_update: bool = False) -> Entry:
    stmt = select(Entry).where(Entry.id == entry_id)
    if for_update:
        stmt = stmt.with_for_update()
    entry = (await session.execute(stmt)).scalar_one_or_none()
    if entry is None:
        raise not_found("entry")
    return entry


async def load_scoped(session: AsyncSession, principal: Principal, entry_id: uuid.UUID, *,
                      for_update: bool = False) -> tuple[Entry, Agency]:
    """The entry and its agency, if within the caller's data scope (else 404, as if it did not exist)."""
    entry = await get_entry(session, entry_id, for_update=for_update)
    agency = await session.get(Agency, entry.agency_id)
    assert agency is not None
    principal.ensure_access(agency.id, agency.path)
    return entry, agency


# --- content -----------------------------------------------------------------------------------------------


async def _check_refs(session: AsyncSession, principal: Principal, entry: Entry, changes: dict[str, Any]) -> None:
    """Theme, column, standard item and interpreted policies must exist, be in use and belong where they should."""
    if changes.get("theme_code") is not None:
        await check_theme(session, changes["theme_code"])
    if changes.get("column_id") is not None:
        await check_column(session, entry.agency_id, changes["column_id"])
    if changes.get("standard_item_id") is not None:
        await check_standard_item(session, entry.agency_id, changes["standard_item_id"])
    ids = changes.get("interprets") or []
    if ids:
        ids = list(dict.fromkeys(ids))
        changes["interprets"] = ids
        rows = (await session.execute(
            select(Entry.id, Entry.genre, Entry.live_version, Entry.revoked_at, Agency.id.label("agency_id"), Agency.path)
            .join(Agency, Agency.id == Entry.agency_id).where(Entry.id.in_(ids))
        )).all()
        found = {r.id: r for r in rows}
        for policy_id in ids:
            row = found.get(policy_id)
            visible = row is not None and (
                (row.live_version is not None and row.revoked_at is None) or principal.can_access(row.agency_id, row.path))
            if not visible or policy_id == entry.id:
                raise field_error("interprets", "所解读的政策不存在或不可见。", "An interpreted policy does not exist or is not visible.")
            if row.genre == "interpretation":
                raise field_error("interprets", "政策解读不能解读另一篇解读。", "An interpretation cannot interpret another interpretation.")


def _check_dates(merged: dict[str, Any], today: date) -> None:
    for name, label in (("written_on", "成文日期"), ("changed_on", "变更日期")):
        value = merged.get(name)
        if value is not None and value > today:
            raise field_error(name, f"{label}不能晚于今天。", f"{name} cannot be in the future.")
    if merged.get("changed_on") and merged.get("written_on") and merged["changed_on"] < merged["written_on"]:
        raise field_error("changed_on", "变更日期不能早于成文日期。", "The change date cannot precede the written date.")


async def _apply_content(session: AsyncSession, principal: Principal, entry: Entry, changes: dict[str, Any],
                         today: date) -> list[str]:
    """Validate ``changes`` against the entry and set them; returns the fields that really changed."""
    changes = {k: _plain(v) for k, v in changes.items()}
    for name in _NOT_NULL:
        if name in changes and changes[name] is None:
            raise field_error(name, "此项不能为空", "must not be empty", code="missing")
    if "body_html" in changes:
        changes["body_html"] = sanitise(changes["body_html"])
        changes["body_text"] = plain_text(changes["body_html"])
    merged = {f: getattr(entry, f) for f in CONTENT_FIELDS} | changes
    try:
        check_content(merged)
    except ValueError as exc:
        raise _rule_error(exc) from exc
    _check_dates(merged, today)
    if merged.get("is_policy") is None:  # not given: policies are known by their genre and flags
        changes["is_policy"] = bool(merged.get("regulation_kind")) or merged.get("genre") in POLICY_GENRES
    await _check_refs(session, principal, entry, changes)
    changed = []
    for name, value in changes.items():
        if getattr(entry, name) != value:
            setattr(entry, name, value)
            if name != "body_text":
                changed.append(name)
    return changed


# --- snapshots, search documents, events ---------------------------------------------------------------------


def _iso(value: date | datetime | None) -> str | None:
    """ISO dates; instants in UTC (imported ones arrive with their own offsets)."""
    if isinstance(value, datetime):
        value = value.astimezone(timezone.utc)
    return value.isoformat() if value is not None else None


async def _active_attachments(session: AsyncSession, entry_id: uuid.UUID) -> list[EntryAttachment]:
    return list((await session.execute(
        select(EntryAttachment).where(EntryAttachment.entry_id == entry_id, EntryAttachment.removed_at.is_(None))
        .order_by(EntryAttachment.sort_order, EntryAttachment.created_at)
    )).scalars().all())


async def _snapshot(session: AsyncSession, entry: Entry, agency: Agency, version_published_at: datetime) -> dict[str, Any]:
    """The complete public content of the entry as it is published now (frozen in an EntryVersion)."""
    theme = await session.get(Theme, entry.theme_code) if entry.theme_code else None
    column = await session.get(CatalogColumn, entry.column_id) if entry.column_id else None
    attachments = await _active_attachments(session, entry.id)
    return {
        "id": str(entry.id), "index_number": entry.index_number, "title": entry.title, "summary": entry.summary,
        "document_number": entry.document_number, "written_on": _iso(entry.written_on),
        "changed_on": _iso(entry.changed_on), "genre": entry.genre, "theme_code": entry.theme_code,
        "theme_name": theme.name if theme else None, "column_id": entry.column_id,
        "column_name": column.name if column else None, "keywords": list(entry.keywords),
        "body_html": entry.body_html, "body_text": entry.body_text,
        "disclosure_attribute": entry.disclosure_attribute, "validity": entry.validity,
        "expires_on": _iso(entry.expires_on), "regulation_kind": entry.regulation_kind,
        "issued_on": _iso(entry.issued_on), "abolished_on": _iso(entry.abolished_on), "is_policy": entry.is_policy,
        "interpretation_form": entry.interpretation_form, "interprets": [str(i) for i in entry.interprets],
        "standard_item_id": entry.standard_item_id, "source": entry.source,
        "disclosure_scope": entry.disclosure_scope, "agency_id": agency.id, "agency_name": agency.name,
        "agency_code": agency.code, "published_at": _iso(entry.published_at),
        "version_published_at": _iso(version_published_at),
        "attachments": [{"id": str(a.id), "filename": a.filename, "title": a.title, "content_type": a.content_type,
                         "size": a.size, "sha256": a.sha256} for a in attachments],
    }


async def live_snapshot(session: AsyncSession, entry: Entry) -> dict[str, Any] | None:
    if entry.live_version is None:
        return None
    version = await session.get(EntryVersion, (entry.id, entry.live_version))
    return version.snapshot if version else None


def is_public(entry: Entry) -> bool:
    return entry.live_version is not None and entry.revoked_at is None and entry.disclosure_attribute != "not_disclosed"


async def reindex(session: AsyncSession, entry: Entry, agency: Agency, *, today: date,
                  snapshot: dict[str, Any] | None = None) -> None:
    """Tell the search backend what the entry looks like now: the live version for a public entry, the working
    copy (for staff only) otherwise."""
    public = is_public(entry)
    if public:
        snap = snapshot or await live_snapshot(session, entry)
        assert snap is not None
        written = date.fromisoformat(snap["written_on"]) if snap["written_on"] else None
        published = datetime.fromisoformat(snap["published_at"]) if snap["published_at"] else None
        doc = SearchDoc(
            entry_id=entry.id, is_public=True, status=entry.status, agency_id=agency.id, agency_path=agency.path,
            # the column is the portal's navigation, not content: a merged column moves live entries at once
            column_id=entry.live_column_id, theme_code=snap["theme_code"], genre=snap["genre"],
            disclosure_attribute=snap["disclosure_attribute"],
            validity=public_validity(snap, today),
            regulation_kind=snap["regulation_kind"], year=published.year if published else (written.year if written else None),
            written_on=written, published_at=published, title=snap["title"], summary=snap["summary"],
            keywords=snap["keywords"], document_number=snap["document_number"], index_number=snap["index_number"],
            # information disclosed on request is catalogued, but its text is not published
            body_text=snap["body_text"] if snap["disclosure_attribute"] == "proactive" else "",
        )
    else:
        doc = SearchDoc(
            entry_id=entry.id, is_public=False, status=entry.status, agency_id=agency.id, agency_path=agency.path,
            column_id=entry.column_id, theme_code=entry.theme_code, genre=entry.genre,
            disclosure_attribute=entry.disclosure_attribute,
            validity=effective_validity(entry.validity, entry.expires_on, today), regulation_kind=entry.regulation_kind,
            year=(entry.published_at.year if entry.published_at else entry.written_on.year if entry.written_on else None),
            written_on=entry.written_on, published_at=entry.published_at, title=entry.title, summary=entry.summary,
            keywords=list(entry.keywords), document_number=entry.document_number, index_number=entry.index_number,
            body_text=entry.body_text,
        )
    await search.index(session, doc)


def event_data(entry: Entry, agency: Agency, snap: dict[str, Any], today: date) -> dict[str, Any]:
    """``catalog.entry.*`` payload (docs/events.md): the public side of the entry."""
    return {
        "entry_id": str(entry.id), "version": entry.version, "agency_id": agency.id, "agency_path": agency.path,
        "index_number": entry.index_number, "title": snap["title"], "document_number": snap["document_number"],
        "genre": snap["genre"], "theme": snap["theme_code"], "disclosure_attribute": snap["disclosure_attribute"],
        "regulation_kind": snap["regulation_kind"], "issued_on": snap["issued_on"],
        "abolished_on": snap["abolished_on"],
        "validity": public_validity(snap, today),
        "expires_on": snap["expires_on"], "written_on": snap["written_on"], "published_at": snap["published_at"],
        "revoked_at": _iso(entry.revoked_at),
        "timeliness": {"working_days": entry.timeliness_days, "late": bool(entry.late),
                       "provisional": bool(entry.timeliness_provisional)},
        "is_policy": snap["is_policy"], "interprets": snap["interprets"],
        # where it is filed: the column the public finds it in (a merge of columns moves a live entry without a
        # new version; later events carry the new column) and the item of the standard directory it fulfils
        "column_id": entry.live_column_id if entry.live_column_id is not None else snap.get("column_id"),
        "standard_item_id": snap.get("standard_item_id"),
    }


async def lock_public_changes(session: AsyncSession) -> None:
    """The sync log's transaction lock (held until commit, so the log's order is the order of commits). Every
    transaction that changes the public side takes it *before* any other lock of the publication (an index-number
    counter): one lock order, so a transaction publishing many entries (an import batch, the scheduler) cannot
    deadlock with a clerk's publication. Re-entrant within a transaction."""
    await session.execute(select(func.pg_advisory_xact_lock(PUBLIC_CHANGES_LOCK)))


async def _public_change(session: AsyncSession, entry: Entry, agency: Agency, change: str, snap: dict[str, Any],
                         today: date) -> None:
    """Emit ``catalog.entry.<change>`` and append to the sync log."""
    kernel.emit(session, f"catalog.entry.{change}", entry.id, event_data(entry, agency, snap, today))
    await lock_public_changes(session)
    session.add(EntryChange(entry_id=entry.id, change=change, entry_version=entry.version,
                            live_version=entry.live_version, agency_id=agency.id, agency_path=agency.path))
    await session.flush()


# --- timeliness --------------------------------------------------------------------------------------------


def formed_on(entry: Entry) -> date | None:
    """The day the information was formed, or changed for a later version (Art. 26)."""
    return entry.changed_on or entry.written_on


def timeliness(calendar: WorkCalendar, formed: date | None, until: date) -> tuple[int | None, bool | None, bool]:
    if formed is None:
        return None, None, False
    days = calendar.working_days_between(formed, until)
    return days, days > LATE_AFTER_WORKING_DAYS, calendar.any_provisional(formed, until)


def timeliness_view(entry: Entry, calendar: WorkCalendar, today: date) -> dict[str, Any]:
    """For a live entry whose working copy is not being changed: its publication's figures; otherwise the working
    days the pending version has waited so far."""
    formed = formed_on(entry)
    if entry.live_version is not None and entry.status in ("published", "revoked"):
        return {"formed_on": formed, "working_days": entry.timeliness_days, "late": entry.late,
                "provisional": bool(entry.timeliness_provisional), "published": True}
    days, late, provisional = timeliness(calendar, formed, today)
    return {"formed_on": formed, "working_days": days, "late": late, "provisional": provisional, "published": False}


# --- publication ---------------------------------------------------------------------------------------------

_CANONICAL_INDEX = re.compile(r"^(?P<code>[0-9A-Z]{9}|[0-9A-Z]{18})/(?P<year>\d{4})-(?P<serial>\d{5})$")


async def next_serial(session: AsyncSession, agency_id: int, year: int) -> int:
    """The next index-number serial of an agency in a year. The counter row stays locked until the transaction
    ends, so concurrent publications take turns and a rolled-back one gives its number back: no gaps, no
    duplicates."""
    stmt = insert(IndexSerial).values(agency_id=agency_id, year=year, last_serial=1)
    stmt = stmt.on_conflict_do_update(index_elements=[IndexSerial.agency_id, IndexSerial.year],
                                      set_={"last_serial": IndexSerial.last_serial + 1}).returning(IndexSerial.last_serial)
    return (await session.execute(stmt)).scalar_one()


async def _take_legacy_index(session: AsyncSession, entry: Entry, agency: Agency, index_number: str) -> None:
    """An index number from another platform, kept as it is. One in this agency's canonical form reserves its
    serial, so numbers assigned later never collide with it."""
    taken = (await session.execute(select(Entry.id).where(Entry.index_number == index_number, Entry.id != entry.id))).first()
    if taken is not None:
        raise field_error("index_number", "该索引号已被其他条目使用。", "Another entry has this index number.",
                          code="duplicate", status=409)
    entry.index_number = index_number
    match = _CANONICAL_INDEX.match(index_number)
    if match and match["code"] == agency.code:
        year, serial = int(match["year"]), int(match["serial"])
        stmt = insert(IndexSerial).values(agency_id=agency.id, year=year, last_serial=serial)
        stmt = stmt.on_conflict_do_update(index_elements=[IndexSerial.agency_id, IndexSerial.year],
                                          set_={"last_serial": func.greatest(IndexSerial.last_serial, serial)})
        await session.execute(stmt)
        entry.index_year, entry.index_serial = year, serial


async def _publish(session: AsyncSession, entry: Entry, agency: Agency, *, actor: Principal | None,
                   calendar: WorkCalendar, tz: str, today: date, note: str | None = None,
                   published_at: datetime | None = None, legacy_index: str | None = None) -> None:
    """Make the working copy the live version: index number (first time), timeliness, frozen version, links,
    history, search document, event and sync log."""
    if entry.disclosure_attribute == "not_disclosed":
        raise Problem(409, "not_disclosed_never_published")
    await lock_public_changes(session)
    now = clock.now()
    at = published_at or now
    day = local_date(at, tz)
    first = entry.live_version is None
    if entry.index_number is None:
        if legacy_index:
            await _take_legacy_index(session, entry, agency, legacy_index)
        else:
            serial = await next_serial(session, agency.id, day.year)
            entry.index_number = f"{agency.code}/{day.year}-{serial:05d}"
            entry.index_year, entry.index_serial = day.year, serial
    formed = formed_on(entry)
    days, late, provisional = timeliness(calendar, formed, day)
    before = entry.status
    entry.live_version = (entry.live_version or 0) + 1
    entry.live_column_id = entry.column_id
    entry.status = "published"
    entry.published_at = entry.published_at or at
    entry.live_published_at = at
    entry.timeliness_days, entry.late, entry.timeliness_provisional = days, late, provisional
    entry.publish_at = None
    entry.editors = []
    entry.version += 1
    await session.flush()
    snap = await _snapshot(session, entry, agency, at)
    session.add(EntryVersion(
        entry_id=entry.id, number=entry.live_version, snapshot=snap, formed_on=formed, published_at=at,
        timeliness_days=days, late=late, timeliness_provisional=provisional,
        published_by=actor.sub if actor else None,
        published_by_name=(actor.name or actor.username) if actor else None, note=note,
    ))
    if not first:  # the previous version's links (a first publication has none)
        await session.execute(delete(InterpretationLink).where(InterpretationLink.interpretation_id == entry.id))
    if entry.genre == "interpretation" and entry.interprets:
        await session.execute(insert(InterpretationLink), [
            {"interpretation_id": entry.id, "policy_id": p} for p in entry.interprets])
    _history(session, entry, "published", actor, from_status=before, comment=note)
    await reindex(session, entry, agency, today=today, snapshot=snap)
    await _public_change(session, entry, agency, "published" if first else "updated", snap, today)


# --- the workflow --------------------------------------------------------------------------------------------


async def create_entry(session: AsyncSession, *, principal: Principal, data: EntryCreate, today: date) -> tuple[Entry, Agency]:
    agency_id = data.agency_id or principal.agency_id
    if agency_id is None:
        raise field_error("agency_id", "请选择发布机构。", "Choose the publishing agency.", code="missing")
    agency = await session.get(Agency, agency_id)
    if agency is None or not principal.can_access(agency.id, agency.path):
        raise field_error("agency_id", "发布机构不存在或不在您的管理范围内。", "Unknown agency or outside your scope.")
    if not agency.is_active:
        raise Problem(409, "agency_inactive", params={"name": agency.name, "name_en": agency.name})
    entry = Entry(
        id=uuid.uuid4(), agency_id=agency.id, status="draft", version=1, title=data.title, genre=data.genre.value,
        disclosure_attribute=data.disclosure_attribute.value, keywords=[], body_html="", body_text="",
        validity="valid", is_policy=False, interprets=[], created_by=principal.sub,
        created_by_name=principal.name or principal.username, editors=[principal.sub],
    )
    changes = {k: v for k, v in data.model_dump().items() if k != "agency_id"}
    changes["is_policy"] = data.is_policy  # None: derived from the genre
    await _apply_content(session, principal, entry, changes, today)
    session.add(entry)
    await session.flush()
    _history(session, entry, "created", principal, from_status=None)
    kernel.audit(session, action="entry.created", entity_type="entry", entity_id=entry.id,
                 after={"title": entry.title, "genre": entry.genre, "disclosure_attribute": entry.disclosure_attribute},
                 agency_id=agency.id)
    await reindex(session, entry, agency, today=today)
    return entry, agency


def _audit(session: AsyncSession, entry: Entry, agency: Agency, action: str, *, before: Any = None, after: Any = None,
           actor: Principal | None = None) -> None:
    kernel.audit(session, action=f"entry.{action}", entity_type="entry", entity_id=entry.id, before=before,
                 after=after, agency_id=agency.id, actor=actor)


def _touch(entry: Entry, principal: Principal) -> None:
    if principal.sub not in entry.editors:
        entry.editors = [*entry.editors, principal.sub]
    entry.version += 1


async def update_entry(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, data: EntryUpdate,
                       today: date) -> tuple[Entry, Agency]:
    """Edit the working copy. Editing a live entry starts its next version: the public keeps seeing the live one
    until the new one has passed review."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, data.version)
    workflow.check(entry, "edit", principal)
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    starting_revision = entry.status == "published"
    if starting_revision and "changed_on" not in changes:
        changes["changed_on"] = today  # the information changes today unless the editor says when it did
    before = {f: _plain(getattr(entry, f)) for f in changes if f in CONTENT_FIELDS and f != "body_html"}
    changed = await _apply_content(session, principal, entry, changes, today)
    if not changed:
        return entry, agency
    from_status = entry.status
    if starting_revision:
        entry.status = "draft"
    _touch(entry, principal)
    await session.flush()
    _history(session, entry, "edited", principal, from_status=from_status, changed=changed)
    _audit(session, entry, agency, "edited", before={k: before[k] for k in changed if k in before},
           after={k: _plain(getattr(entry, k)) for k in changed if k != "body_html"})
    await reindex(session, entry, agency, today=today)
    return entry, agency


def missing_for_review(entry: Entry, attachments: int) -> list[dict[str, str]]:
    """What a submission needs beyond a draft: the statutory minimum (summary, written date) and what the catalog
    needs to file and show the entry."""
    missing: list[tuple[str, str, str]] = []
    if not entry.summary:
        missing.append(("summary", "请填写内容概述", "a summary is required"))
    if entry.written_on is None:
        missing.append(("written_on", "请填写成文日期", "the written date is required"))
    if not entry.theme_code:
        missing.append(("theme_code", "请选择主题分类", "a theme is required"))
    if entry.disclosure_attribute == "proactive" and not entry.body_text and attachments == 0:
        missing.append(("body_html", "主动公开的信息须有正文或附件", "proactive information needs a body or an attachment"))
    if entry.genre == "interpretation":
        if not entry.interprets:
            missing.append(("interprets", "请选择所解读的政策", "choose the policies this interprets"))
        if not entry.interpretation_form:
            missing.append(("interpretation_form", "请选择解读形式", "choose the form of the interpretation"))
    return [{"field": f, "code": "missing", "message": zh, "message_en": en} for f, zh, en in missing]


async def submit(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int,
                 today: date) -> tuple[Entry, Agency]:
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "submit", principal)
    missing = missing_for_review(entry, len(await _active_attachments(session, entry.id)))
    if missing:
        raise Problem(422, "entry_incomplete", params={"count": len(missing)}, errors=missing)
    before = entry.status
    entry.status = "submitted"
    entry.submitted_at = clock.now()
    _touch(entry, principal)
    _history(session, entry, "submitted", principal, from_status=before)
    _audit(session, entry, agency, "submitted", before={"status": before}, after={"status": entry.status})
    await reindex(session, entry, agency, today=today)
    return entry, agency


async def withdraw(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int,
                   today: date) -> tuple[Entry, Agency]:
    """Take a submitted or scheduled entry back to draft (to change it, or to stop a scheduled publication)."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "withdraw", principal)
    before = entry.status
    entry.status = "draft"
    entry.publish_at = None
    entry.version += 1
    _history(session, entry, "withdrawn", principal, from_status=before)
    _audit(session, entry, agency, "withdrawn", before={"status": before}, after={"status": entry.status})
    await reindex(session, entry, agency, today=today)
    return entry, agency


async def return_entry(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int,
                       comment: str, today: date) -> tuple[Entry, Agency]:
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "return", principal)
    entry.status = "returned"
    entry.review_comment = comment
    entry.version += 1
    _history(session, entry, "returned", principal, from_status="submitted", comment=comment)
    _audit(session, entry, agency, "returned", before={"status": "submitted"},
           after={"status": entry.status, "comment": comment})
    await reindex(session, entry, agency, today=today)
    return entry, agency


MAX_SCHEDULE = timedelta(days=366)


async def approve(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int,
                  publish_at: datetime | None, comment: str | None, calendar: WorkCalendar, tz: str,
                  today: date) -> tuple[Entry, Agency]:
    """保密审查 passed: publish now, or at ``publish_at``."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "approve", principal)
    now = clock.now()
    if publish_at is not None:
        if publish_at.tzinfo is None:
            publish_at = publish_at.replace(tzinfo=ZoneInfo(tz))
        if publish_at - now > MAX_SCHEDULE:
            raise Problem(422, "publish_at_invalid")
    entry.review_comment = None
    if publish_at is not None and publish_at > now + timedelta(seconds=30):
        entry.status = "scheduled"
        entry.publish_at = publish_at
        entry.version += 1
        _history(session, entry, "approved", principal, from_status="submitted",
                 comment=comment, changed=["publish_at"])
        _audit(session, entry, agency, "approved", before={"status": "submitted"},
               after={"status": "scheduled", "publish_at": publish_at})
        await reindex(session, entry, agency, today=today)
        return entry, agency
    entry.version += 1
    _history(session, entry, "approved", principal, from_status="submitted", comment=comment)
    await _publish(session, entry, agency, actor=principal, calendar=calendar, tz=tz, today=today)
    _audit(session, entry, agency, "published", before={"status": "submitted"},
           after={"status": entry.status, "index_number": entry.index_number, "live_version": entry.live_version})
    return entry, agency


async def revoke(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int, reason: str,
                 today: date) -> tuple[Entry, Agency]:
    """Hide a live entry from the public for good; its index number and record are kept."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "revoke", principal)
    await lock_public_changes(session)
    snap = await live_snapshot(session, entry)
    assert snap is not None
    before = entry.status
    entry.status = "revoked"
    entry.revoked_at = clock.now()
    entry.revoke_reason = reason
    entry.publish_at = None
    entry.version += 1
    await session.execute(delete(InterpretationLink).where(InterpretationLink.interpretation_id == entry.id))
    _history(session, entry, "revoked", principal, from_status=before, comment=reason)
    _audit(session, entry, agency, "revoked", before={"status": before}, after={"status": "revoked", "reason": reason})
    await reindex(session, entry, agency, today=today)
    await _public_change(session, entry, agency, "revoked", snap, today)
    return entry, agency


async def discard_changes(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID, version: int,
                          today: date) -> tuple[Entry, Agency]:
    """Drop the unpublished changes of a live entry: the working copy becomes the live version again."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "discard_changes", principal)
    snap = await live_snapshot(session, entry)
    assert snap is not None
    for name in CONTENT_FIELDS:
        value = snap.get(name)
        if name in ("written_on", "changed_on", "expires_on", "issued_on", "abolished_on") and value:
            value = date.fromisoformat(value)
        elif name == "interprets":
            value = [uuid.UUID(v) for v in value or []]
        setattr(entry, name, value)
    entry.body_text = snap["body_text"]
    live_files = {uuid.UUID(a["id"]) for a in snap["attachments"]}
    await session.execute(update(EntryAttachment).where(EntryAttachment.entry_id == entry.id,
                                                        EntryAttachment.id.in_(live_files)).values(removed_at=None))
    await session.execute(update(EntryAttachment).where(
        EntryAttachment.entry_id == entry.id, EntryAttachment.id.not_in(live_files) if live_files else True,
        EntryAttachment.removed_at.is_(None)).values(removed_at=func.now()))
    before = entry.status
    entry.status = "published"
    entry.editors = []
    entry.review_comment = None
    entry.version += 1
    _history(session, entry, "edited", principal, from_status=before, comment="放弃未发布的修改，恢复为已发布版本")
    _audit(session, entry, agency, "changes_discarded", before={"status": before}, after={"status": entry.status})
    await reindex(session, entry, agency, today=today)
    return entry, agency


# --- attachments ---------------------------------------------------------------------------------------------


async def add_attachment(session: AsyncSession, store: FileStore, *, principal: Principal, entry_id: uuid.UUID,
                         chunks: AsyncIterable[bytes], filename: str, content_type: str, title: str | None,
                         max_bytes: int, today: date) -> tuple[EntryAttachment, Entry]:
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    workflow.check(entry, "attach", principal)
    file_id, clean_type, stored = await ATTACHMENTS.save(
        store, prefix=f"entries/{entry.id}", chunks=chunks, filename=filename, content_type=content_type,
        max_bytes=max_bytes)
    count = len(await _active_attachments(session, entry.id))
    attachment = EntryAttachment(id=file_id, entry_id=entry.id, filename=filename, title=title,
                                 content_type=clean_type, size=stored.size, sha256=stored.sha256,
                                 storage_key=stored.key, sort_order=count, uploaded_by=principal.sub)
    session.add(attachment)
    before = entry.status
    if entry.status == "published":
        entry.status = "draft"
        if entry.changed_on is None or entry.changed_on < today:
            entry.changed_on = today
    _touch(entry, principal)
    await session.flush()
    _history(session, entry, "attachment_added", principal, from_status=before, comment=filename)
    _audit(session, entry, agency, "attachment_added",
           after={"attachment": str(file_id), "filename": filename, "size": stored.size, "sha256": stored.sha256})
    await reindex(session, entry, agency, today=today)
    return attachment, entry


async def remove_attachment(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID,
                            attachment_id: uuid.UUID, version: int, today: date) -> Entry:
    """Take a file out of the working copy (the file stays for the versions published with it)."""
    entry, agency = await load_scoped(session, principal, entry_id, for_update=True)
    _check_version(entry, version)
    workflow.check(entry, "attach", principal)
    attachment = await session.get(EntryAttachment, attachment_id)
    if attachment is None or attachment.entry_id != entry.id or attachment.removed_at is not None:
        raise not_found("attachment")
    attachment.removed_at = clock.now()
    before = entry.status
    if entry.status == "published":
        entry.status = "draft"
        if entry.changed_on is None or entry.changed_on < today:
            entry.changed_on = today
    _touch(entry, principal)
    await session.flush()
    _history(session, entry, "attachment_removed", principal, from_status=before, comment=attachment.filename)
    _audit(session, entry, agency, "attachment_removed", before={"attachment": str(attachment.id),
                                                                 "filename": attachment.filename})
    await reindex(session, entry, agency, today=today)
    return entry


async def staff_attachment(session: AsyncSession, *, principal: Principal, entry_id: uuid.UUID,
                           attachment_id: uuid.UUID) -> EntryAttachment:
    entry, _ = await load_scoped(session, principal, entry_id)
    attachment = await session.get(EntryAttachment, attachment_id)
    if attachment is None or attachment.entry_id != entry.id:
        raise not_found("attachment")
    return attachment


async def public_attachment(session: AsyncSession, *, entry_id: uuid.UUID, attachment_id: uuid.UUID) -> EntryAttachment:
    """A file of the live version of a proactively disclosed entry."""
    entry = await session.get(Entry, entry_id)
    if entry is None or not is_public(entry):
        raise not_found("attachment")
    snap = await live_snapshot(session, entry)
    if snap is None or snap["disclosure_attribute"] != "proactive" or str(attachment_id) not in {
            a["id"] for a in snap["attachments"]}:
        raise not_found("attachment")
    attachment = await session.get(EntryAttachment, attachment_id)
    if attachment is None:
        raise not_found("attachment")
    return attachment


# --- the publication job -------------------------------------------------------------------------------------


async def publish_due(session: AsyncSession, *, calendar: WorkCalendar, tz: str, today: date, limit: int = 100) -> int:
    """Publish the scheduled entries whose time has come. Safe with several instances (SKIP LOCKED)."""
    now = clock.now()
    entries = (await session.execute(
        select(Entry).where(Entry.status == "scheduled", Entry.publish_at <= now)
        .order_by(Entry.publish_at).limit(limit).with_for_update(skip_locked=True)
    )).scalars().all()
    for entry in entries:
        agency = await session.get(Agency, entry.agency_id)
        assert agency is not None
        at = entry.publish_at
        await _publish(session, entry, agency, actor=None, calendar=calendar, tz=tz, today=today,
                       note="定时发布", published_at=at)
        _audit(session, entry, agency, "published", before={"status": "scheduled"},
               after={"status": entry.status, "index_number": entry.index_number}, actor=SYSTEM)
    return len(entries)


async def expire_due(session: AsyncSession, *, today: date, limit: int = 500) -> int:
    """Live entries past their expiry date become 失效 by themselves: the change is recorded, the search
    document updated and ``catalog.entry.updated`` emitted (the public view already shows it from that day)."""
    entries = (await session.execute(
        select(Entry).where(Entry.validity == "valid", Entry.expires_on <= today, Entry.live_version.is_not(None),
                            Entry.revoked_at.is_(None))
        .limit(limit).with_for_update(skip_locked=True)
    )).scalars().all()
    for entry in entries:
        agency = await session.get(Agency, entry.agency_id)
        assert agency is not None
        entry.validity = "expired"
        entry.version += 1
        _history(session, entry, "expired", None, from_status=entry.status, changed=["validity"],
                 comment=f"失效日期 {entry.expires_on.isoformat()}")
        _audit(session, entry, agency, "expired", before={"validity": "valid"}, after={"validity": "expired"},
               actor=SYSTEM)
        snap = await live_snapshot(session, entry)
        assert snap is not None
        await reindex(session, entry, agency, today=today, snapshot=snap)
        await _public_change(session, entry, agency, "updated", snap, today)
    return len(entries)


# --- importing -------------------------------------------------------------------------------------------------


async def import_entry(session: AsyncSession, *, principal: Principal, data: EntryImport, mode: str,
                       calendar: WorkCalendar, tz: str, today: date) -> tuple[Entry, str]:
    """Create or update the entry with ``data.external_id``: "created", "updated" or "unchanged". With mode
    "published" the row is live at once (it was published on the platform it comes from, so it is not reviewed
    again); its legacy index number and publication time are kept as they are. Does not commit."""
    if mode not in ("published", "draft"):
        raise field_error("mode", "导入方式应为 published 或 draft。", "mode must be published or draft.")
    agency = await session.get(Agency, data.agency_id)
    if agency is None or not principal.can_access(agency.id, agency.path):
        raise field_error("agency_id", "发布机构不存在或不在您的管理范围内。", "Unknown agency or outside your scope.")
    if not agency.is_active:
        raise field_error("agency_id", "发布机构已停用。", "The agency is deactivated.")
    if mode == "published" and data.disclosure_attribute.value == "not_disclosed":
        raise field_error("disclosure_attribute", "不予公开的信息不能以发布方式导入。",
                          "Not-disclosed information cannot be imported as published.")
    content = data.model_dump(include=set(CONTENT_FIELDS))
    content["is_policy"] = data.is_policy
    entry = (await session.execute(
        select(Entry).where(Entry.external_id == data.external_id).with_for_update())).scalar_one_or_none()
    if entry is None:
        entry = Entry(
            id=uuid.uuid4(), agency_id=agency.id, status="draft", version=1, external_id=data.external_id,
            title=data.title, genre=data.genre.value, disclosure_attribute=data.disclosure_attribute.value,
            keywords=[], body_html="", body_text="", validity="valid", is_policy=False, interprets=[],
            created_by=principal.sub, created_by_name=principal.name or principal.username,
            editors=[] if mode == "published" else [principal.sub],
        )
        await _apply_content(session, principal, entry, content, today)
        session.add(entry)
        await session.flush()
        outcome, changed, before = "created", [], None
    else:
        if entry.agency_id != agency.id:
            raise field_error("agency_id", "已导入的条目不能改换发布机构。", "An imported entry cannot change its agency.")
        if data.index_number and entry.index_number and data.index_number != entry.index_number:
            raise field_error("index_number", "索引号一经赋予不得更改。", "An index number never changes.")
        if entry.status in ("submitted", "scheduled", "revoked"):  # an import updates what an edit could
            raise workflow.state_error(entry, workflow.BY_NAME["edit"])
        before = entry.status
        changed = await _apply_content(session, principal, entry, content, today)
        needs_publication = mode == "published" and (changed or entry.live_version is None or entry.status != "published")
        if not changed and not needs_publication:
            return entry, "unchanged"
        if changed:
            if entry.status == "published":
                entry.status = "draft"
            entry.version += 1
        outcome = "updated"
    _history(session, entry, "imported", principal, from_status=before, changed=changed,
             comment=f"外部编号 {data.external_id}")
    _audit(session, entry, agency, "imported", after={"external_id": data.external_id, "outcome": outcome,
                                                      "mode": mode, "changed": changed})
    if mode == "published":
        await _publish(session, entry, agency, actor=principal, calendar=calendar, tz=tz, today=today, note="导入",
                       published_at=data.published_at if entry.live_version is None else None,
                       legacy_index=data.index_number)
    else:
        if data.index_number and entry.index_number is None:
            await _take_legacy_index(session, entry, agency, data.index_number)
        await reindex(session, entry, agency, today=today)
    return entry, outcome


# --- reading -------------------------------------------------------------------------------------------------


def summary_view(entry: Entry, agency_name: str, calendar: WorkCalendar, today: date) -> dict[str, Any]:
    return {
        "id": entry.id, "agency_id": entry.agency_id, "agency_name": agency_name, "status": entry.status,
        "version": entry.version, "live_version": entry.live_version,
        "has_pending_changes": entry.live_version is not None and entry.status in ("draft", "returned", "submitted", "scheduled"),
        "index_number": entry.index_number, "title": entry.title, "document_number": entry.document_number,
        "genre": entry.genre, "theme_code": entry.theme_code, "column_id": entry.column_id,
        "disclosure_attribute": entry.disclosure_attribute,
        "validity": effective_validity(entry.validity, entry.expires_on, today), "written_on": entry.written_on,
        "published_at": entry.published_at, "publish_at": entry.publish_at, "submitted_at": entry.submitted_at,
        "updated_at": entry.updated_at,
        "created_by_name": entry.created_by_name, "timeliness": timeliness_view(entry, calendar, today),
    }


def _link(entry: Entry, *, staff: bool) -> dict[str, Any]:
    return {"id": entry.id, "title": entry.title, "index_number": entry.index_number, "genre": entry.genre,
            "interpretation_form": entry.interpretation_form, "published_at": entry.published_at,
            "status": entry.status if staff else None}


_LIVE = and_(Entry.live_version.is_not(None), Entry.revoked_at.is_(None))


async def _interpretations_of(session: AsyncSession, policy_id: uuid.UUID, *, staff: bool) -> list[Entry]:
    """Live interpretations of a policy; for staff also those being drafted."""
    live = select(InterpretationLink.interpretation_id).where(InterpretationLink.policy_id == policy_id)
    cond = and_(Entry.id.in_(live), _LIVE)
    if staff:
        cond = or_(cond, policy_id == any_(Entry.interprets))
    return list((await session.execute(select(Entry).where(cond).order_by(Entry.published_at))).scalars().all())


async def entry_view(session: AsyncSession, entry: Entry, agency: Agency, principal: Principal,
                     calendar: WorkCalendar, today: date, settings_base: str = "/api/v1/catalog") -> dict[str, Any]:
    attachments = await _active_attachments(session, entry.id)
    policies = []
    if entry.interprets:
        rows = (await session.execute(select(Entry).where(Entry.id.in_(entry.interprets)))).scalars().all()
        policies = [_link(p, staff=True) for p in rows]
    interpretations = [_link(i, staff=True) for i in await _interpretations_of(session, entry.id, staff=True)]
    view = summary_view(entry, agency.name, calendar, today)
    view.update({
        "summary": entry.summary, "changed_on": entry.changed_on, "keywords": list(entry.keywords),
        "body_html": entry.body_html, "not_disclosed_reason": entry.not_disclosed_reason,
        "expires_on": entry.expires_on, "regulation_kind": entry.regulation_kind, "issued_on": entry.issued_on,
        "abolished_on": entry.abolished_on, "is_policy": entry.is_policy,
        "interpretation_form": entry.interpretation_form, "standard_item_id": entry.standard_item_id,
        "source": entry.source, "disclosure_scope": entry.disclosure_scope,
        "live_published_at": entry.live_published_at, "revoked_at": entry.revoked_at,
        "revoke_reason": entry.revoke_reason, "review_comment": entry.review_comment, "created_by": entry.created_by, "created_at": entry.created_at,
        "attachments": [{"id": a.id, "filename": a.filename, "title": a.title, "content_type": a.content_type,
                         "size": a.size, "sha256": a.sha256, "created_at": a.created_at,
                         "url": f"{settings_base}/entries/{entry.id}/attachments/{a.id}"} for a in attachments],
        "interprets": policies, "interpretations": interpretations,
        "actions": workflow.allowed_actions(entry, principal),
    })
    return view


def list_query(principal: Principal, *, agency_path: str | None = None, agency_id: int | None = None,
               status: str | None = None, genre: str | None = None, theme_code: str | None = None,
               column_id: int | None = None, disclosure_attribute: str | None = None, q: str | None = None,
               late: bool | None = None, pending_changes: bool | None = None,
               awaiting_my_review: bool = False) -> Select[Any]:
    stmt = (select(Entry, Agency.name).join(Agency, Agency.id == Entry.agency_id)
            .where(principal.scope_condition(Entry.agency_id, Agency)))
    if agency_path is not None:
        stmt = stmt.where(Agency.path.startswith(agency_path, autoescape=True))
    if agency_id is not None:
        stmt = stmt.where(Entry.agency_id == agency_id)
    for column, value in ((Entry.status, status), (Entry.genre, genre), (Entry.column_id, column_id),
                          (Entry.disclosure_attribute, disclosure_attribute)):
        if value is not None:
            stmt = stmt.where(column == value)
    if theme_code:
        stmt = stmt.where(or_(Entry.theme_code == theme_code, Entry.theme_code.startswith(f"{theme_code}.")))
    if q:
        like = f"%{q}%"
        stmt = stmt.where(or_(Entry.title.ilike(like), Entry.document_number.ilike(like), Entry.index_number.ilike(like)))
    if late is not None:
        stmt = stmt.where(Entry.late.is_(late))
    if pending_changes is not None:
        pending = and_(Entry.live_version.is_not(None), Entry.status.in_(("draft", "returned", "submitted", "scheduled")))
        stmt = stmt.where(pending if pending_changes else ~pending)
    if awaiting_my_review:
        stmt = stmt.where(Entry.status == "submitted", principal.sub != all_(Entry.editors))
    return stmt.order_by(Entry.updated_at.desc(), Entry.id)


async def list_entries(session: AsyncSession, principal: Principal, params: PageParams, *, calendar: WorkCalendar,
                       today: date, **filters: Any) -> dict[str, Any]:
    page = await paginate(session, list_query(principal, **filters), params, scalars=False)
    page["items"] = [summary_view(entry, name, calendar, today) for entry, name in page["items"]]
    return page


async def versions(session: AsyncSession, entry: Entry) -> list[EntryVersion]:
    return list((await session.execute(
        select(EntryVersion).where(EntryVersion.entry_id == entry.id).order_by(EntryVersion.number.desc())
    )).scalars().all())


async def history(session: AsyncSession, entry: Entry) -> list[EntryHistory]:
    return list((await session.execute(
        select(EntryHistory).where(EntryHistory.entry_id == entry.id).order_by(EntryHistory.id)
    )).scalars().all())


async def timeliness_list(session: AsyncSession, principal: Principal, *, kind: str, agency_path: str | None,
                          year: int | None, calendar: WorkCalendar, today: date, warning_days: int,
                          params: PageParams) -> dict[str, Any]:
    """``late``: live versions published more than 20 working days after the information was formed or changed;
    ``pending``: entries (or new versions) not yet published ``warning_days`` or more working days after."""
    base = (select(Entry, Agency.name).join(Agency, Agency.id == Entry.agency_id)
            .where(principal.scope_condition(Entry.agency_id, Agency)))
    if agency_path is not None:
        base = base.where(Agency.path.startswith(agency_path, autoescape=True))
    if kind == "late":
        stmt = base.where(Entry.late.is_(True), Entry.live_version.is_not(None))
        if year is not None:
            stmt = stmt.where(func.extract("year", Entry.live_published_at) == year)
        page = await paginate(session, stmt.order_by(Entry.timeliness_days.desc(), Entry.id), params, scalars=False)
        page["items"] = [{
            "id": e.id, "agency_id": e.agency_id, "agency_name": name, "title": e.title, "status": e.status,
            "index_number": e.index_number, "formed_on": formed_on(e), "published_at": e.live_published_at,
            "working_days": e.timeliness_days, "late": True, "provisional": bool(e.timeliness_provisional),
        } for e, name in page["items"]]
        return page
    # pending: at least `warning_days` working days are at least that many calendar days
    cutoff = today - timedelta(days=warning_days)
    formed = func.coalesce(Entry.changed_on, Entry.written_on)
    stmt = base.where(Entry.status.in_(("draft", "returned", "submitted", "scheduled")),
                      Entry.disclosure_attribute != "not_disclosed", formed <= cutoff).order_by(formed, Entry.id)
    rows = []
    for entry, name in (await session.execute(stmt)).all():
        days, late, provisional = timeliness(calendar, formed_on(entry), today)
        if days is not None and days >= warning_days:
            rows.append({"id": entry.id, "agency_id": entry.agency_id, "agency_name": name, "title": entry.title,
                         "status": entry.status, "index_number": entry.index_number, "formed_on": formed_on(entry),
                         "published_at": None, "working_days": days, "late": bool(late), "provisional": provisional})
    total = len(rows)
    return {"items": rows[params.offset: params.offset + params.size], "total": total, "page": params.page,
            "size": params.size, "pages": (total + params.size - 1) // params.size}


async def uninterpreted_policies(session: AsyncSession, principal: Principal, *, agency_path: str | None,
                                 params: PageParams) -> dict[str, Any]:
    """Live policies that no live interpretation explains."""
    interpreted = (select(InterpretationLink.policy_id)
                   .join(Entry, Entry.id == InterpretationLink.interpretation_id).where(_LIVE))
    stmt = (select(Entry, Agency.name).join(Agency, Agency.id == Entry.agency_id)
            .where(principal.scope_condition(Entry.agency_id, Agency), _LIVE, Entry.is_policy.is_(True),
                   Entry.id.not_in(interpreted)))
    if agency_path is not None:
        stmt = stmt.where(Agency.path.startswith(agency_path, autoescape=True))
    page = await paginate(session, stmt.order_by(Entry.published_at.desc(), Entry.id), params, scalars=False)
    page["items"] = [{"id": e.id, "agency_id": e.agency_id, "agency_name": name, "title": e.title,
                      "index_number": e.index_number, "document_number": e.document_number, "genre": e.genre,
                      "published_at": e.published_at} for e, name in page["items"]]
    return page


async def public_entry(session: AsyncSession, *, entry_id: uuid.UUID | None = None, index_number: str | None = None,
                       today: date, base: str = "/api/v1/catalog") -> dict[str, Any]:
    """The live version of an entry as the public sees it (PublicEntryOut)."""
    stmt = select(Entry)
    stmt = stmt.where(Entry.id == entry_id) if entry_id is not None else stmt.where(Entry.index_number == index_number)
    entry = (await session.execute(stmt)).scalar_one_or_none()
    if entry is None or not is_public(entry):
        raise not_found("entry")
    snap = await live_snapshot(session, entry)
    assert snap is not None
    proactive = snap["disclosure_attribute"] == "proactive"
    policies: list[dict[str, Any]] = []
    if snap["interprets"]:
        ids = [uuid.UUID(i) for i in snap["interprets"]]
        rows = (await session.execute(select(Entry).where(Entry.id.in_(ids), _LIVE))).scalars().all()
        policies = [_link(p, staff=False) for p in rows]
    interpretations = [_link(i, staff=False) for i in await _interpretations_of(session, entry.id, staff=False)]
    # the column is navigation (a merged column moves live entries at once); the rest is the live version
    column = await session.get(CatalogColumn, entry.live_column_id) if entry.live_column_id else None
    return {
        "id": entry.id, "index_number": snap["index_number"], "title": snap["title"], "summary": snap["summary"],
        "document_number": snap["document_number"], "written_on": snap["written_on"],
        "published_at": snap["published_at"], "updated_at": snap["version_published_at"],
        "version": entry.live_version,
        "agency": {"id": snap["agency_id"], "name": snap["agency_name"], "code": snap["agency_code"]},
        "genre": snap["genre"],
        "theme": {"code": snap["theme_code"], "name": snap["theme_name"]} if snap["theme_code"] else None,
        "column": {"id": column.id, "name": column.name} if column else None,
        "keywords": snap["keywords"], "body_html": snap["body_html"] if proactive else None,
        "disclosure_attribute": snap["disclosure_attribute"], "validity": public_validity(snap, today),
        "expires_on": snap["expires_on"], "regulation_kind": snap["regulation_kind"],
        "issued_on": snap["issued_on"], "abolished_on": snap["abolished_on"], "is_policy": snap["is_policy"],
        "interpretation_form": snap["interpretation_form"], "source": snap["source"],
        "disclosure_scope": snap["disclosure_scope"],
        "attachments": [{**a, "url": f"{base}/public/entries/{entry.id}/attachments/{a['id']}"}
                        for a in snap["attachments"]] if proactive else [],
        "interprets": policies, "interpretations": interpretations,
    }


async def annual_reports(session: AsyncSession, *, agency_path: str | None, agency_id: int | None,
                         params: PageParams) -> dict[str, Any]:
    """Live entries of the agencies' annual-report columns (年度报告), newest first."""
    stmt = (select(Entry, Agency.name).join(Agency, Agency.id == Entry.agency_id)
            .join(CatalogColumn, CatalogColumn.id == Entry.column_id)
            .where(or_(CatalogColumn.purpose == "annual_report",
                       # before an agency's first report comes from statistics, the first-level column staff made
                       # under the statutory name (the one that is then adopted as the reserved column)
                       and_(CatalogColumn.purpose.is_(None), CatalogColumn.parent_id.is_(None),
                            CatalogColumn.name == ANNUAL_REPORT_COLUMN)),
                   _LIVE, Entry.disclosure_attribute != "not_disclosed"))
    if agency_path is not None:
        stmt = stmt.where(Agency.path.startswith(agency_path, autoescape=True))
    if agency_id is not None:
        stmt = stmt.where(Entry.agency_id == agency_id)
    page = await paginate(session, stmt.order_by(Entry.published_at.desc(), Entry.id), params, scalars=False)
    page["items"] = [{"id": e.id, "title": e.title, "index_number": e.index_number, "genre": e.genre,
                      "agency": {"id": e.agency_id, "name": name}, "column_id": e.column_id,
                      "published_at": e.published_at} for e, name in page["items"]]
    return page


async def _column_merged(session: AsyncSession, entry_ids: list[uuid.UUID], source: CatalogColumn,
                         target: CatalogColumn) -> None:
    """A merge of columns moved working copies (``entry_ids``); live versions in the source column move too (the
    column is navigation, not published content: no new version). Each entry's history records it, and the search
    documents follow: a public one shows the live column, another the working copy's."""
    live_moved = set((await session.execute(
        update(Entry).where(Entry.live_column_id == source.id).values(live_column_id=target.id).returning(Entry.id)
    )).scalars().all())
    affected = list(set(entry_ids) | live_moved)
    if not affected:
        return
    actor = principal_var.get()
    rows = (await session.execute(select(Entry).where(Entry.id.in_(affected)))).scalars().all()
    await session.execute(insert(EntryHistory), [{
        "entry_id": e.id, "action": "edited", "from_status": e.status, "to_status": e.status,
        "entry_version": e.version, "live_version": e.live_version,
        "changed_fields": ["column_id"],
        "comment": f"栏目“{source.name}”合并到“{target.name}”",
        "actor_id": actor.sub if actor else None, "actor_name": (actor.name or actor.username) if actor else None,
    } for e in rows])
    moved_docs = [e.id for e in rows if (e.id in live_moved if is_public(e) else e.id in set(entry_ids))]
    await search.move_to_column(session, moved_docs, target.id)
    # partners that sync learn the new column of the public entries: one "updated" change each (same version).
    # The sync log's lock is taken after the entries' row locks (the UPDATE above), as a publication does.
    public_moved = [e for e in rows if e.id in live_moved and is_public(e)]
    if public_moved:
        await lock_public_changes(session)
        paths = dict((await session.execute(
            select(Agency.id, Agency.path).where(Agency.id.in_({e.agency_id for e in public_moved})))).all())
        session.add_all([EntryChange(entry_id=e.id, change="updated", entry_version=e.version,
                                     live_version=e.live_version, agency_id=e.agency_id,
                                     agency_path=paths[e.agency_id]) for e in public_moved])
        await session.flush()


ENTRY_COLUMN_HOOKS.append(_column_merged)
