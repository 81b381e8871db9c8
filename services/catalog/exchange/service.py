"""Exchange behaviour: the feeds' entries, the sync log read at a cursor, export pages, import jobs and the import
of one row. No HTTP in here."""
from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import re
import uuid
from collections.abc import AsyncIterator, Mapping
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import and_, func, literal, select, tuple_, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, problem_body, register_entities, register_messages
from kernel.errors import translate_validation_errors
from kernel.pagination import PageParams, paginate
from kernel.workdays import WorkCalendar
from services.catalog.agencies.models import Agency
from services.catalog.db import kernel
from services.catalog.entries import service as entries
from services.catalog.entries.models import Entry, EntryChange, EntryVersion
from services.catalog.entries.schemas import EntryImport
from services.catalog.exchange.models import ImportJob, ImportRowError
from services.catalog.exchange.records import exchange_record, normalise
from services.catalog.taxonomy.models import CatalogColumn

log = logging.getLogger("catalog.exchange")

register_entities({
    "column": ("栏目", "column"),
    "import_job": ("导入任务", "import job"),
})
register_messages({
    "invalid_cursor": {
        "zh": ("同步游标无效", "同步游标无效：请原样传回上次响应中的 next_cursor，或不带游标从头同步。"),
        "en": ("Invalid cursor", "The sync cursor is invalid: send back next_cursor as received, or start without one."),
    },
    "import_file_empty": {
        "zh": ("文件为空", "上传的导入文件为空。"),
        "en": ("Empty file", "The uploaded import file is empty."),
    },
})

FEED_SIZE = 50
EXPORT_PAGE = 500
LIVE = and_(Entry.live_version.is_not(None), Entry.revoked_at.is_(None))


def is_admin(principal: Principal) -> bool:
    return "*" in principal.permissions


# --- agencies and scope --------------------------------------------------------------------------------------


async def agency_filter(session: AsyncSession, agency_id: int | None, include_subordinates: bool,
                        column: Any) -> Any:
    """A condition on ``column`` (an agency id) for one agency, or it and its subordinates; 404 for an unknown one."""
    if agency_id is None:
        return None
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    if include_subordinates:
        return column.in_(select(Agency.id).where(Agency.path.startswith(agency.path, autoescape=True)))
    return column == agency.id


async def exchange_ids(session: AsyncSession, ids: set[str]) -> dict[str, str]:
    """Local entry id → the id other platforms know it by (its external id, else its own id)."""
    uuids = []
    for value in ids:
        try:
            uuids.append(uuid.UUID(value))
        except ValueError:
            continue
    if not uuids:
        return {}
    rows = (await session.execute(select(Entry.id, Entry.external_id).where(Entry.id.in_(uuids)))).all()
    return {str(r.id): r.external_id or str(r.id) for r in rows}


async def records_for(session: AsyncSession, rows: list[Any], *, today: date, api_base: str) -> list[dict[str, Any]]:
    """Exchange records of rows with ``id``, ``external_id``, ``live_version``, ``snapshot``, ``live_column_id``
    and ``live_column_name``."""
    wanted = {i for r in rows for i in (r.snapshot.get("interprets") or [])}
    known = await exchange_ids(session, wanted) if wanted else {}
    return [exchange_record(entry_id=r.id, external_id=r.external_id, live_version=r.live_version, snap=r.snapshot,
                            interprets=[known.get(i, i) for i in r.snapshot.get("interprets") or []], today=today,
                            api_base=api_base, live_column=(r.live_column_id, r.live_column_name)) for r in rows]


# --- feeds -----------------------------------------------------------------------------------------------------


def _light_snapshot() -> Any:
    """The snapshot without the body (a feed does not carry it)."""
    return type_coerce(EntryVersion.snapshot.op("-")(literal("body_html")).op("-")(literal("body_text")), JSONB)


async def _feed_rows(session: AsyncSession, condition: Any, extra: Any = None) -> tuple[list[Any], datetime | None]:
    stmt = (select(Entry.id, Entry.live_version, Entry.live_published_at, _light_snapshot().label("snapshot"))
            .join(EntryVersion, and_(EntryVersion.entry_id == Entry.id, EntryVersion.number == Entry.live_version))
            .where(condition, LIVE))
    if extra is not None:
        stmt = stmt.where(extra)
    rows = list((await session.execute(
        stmt.order_by(Entry.live_published_at.desc(), Entry.id.desc()).limit(FEED_SIZE))).all())
    # a revocation changes the feed too (an entry disappears): it counts for Last-Modified
    last_revoked = (await session.execute(
        select(func.max(Entry.revoked_at)).where(condition, Entry.live_version.is_not(None)))).scalar_one()
    return rows, last_revoked


async def agency_feed(session: AsyncSession, agency_id: int, *, include_subordinates: bool) -> dict[str, Any]:
    agency = await session.get(Agency, agency_id)
    if agency is None or not agency.is_active:
        raise not_found("agency")
    condition = await agency_filter(session, agency.id, include_subordinates, Entry.agency_id)
    rows, last_revoked = await _feed_rows(session, condition)
    return {"kind": "agency", "agency": agency, "column": None, "rows": rows, "last_revoked": last_revoked,
            "include_subordinates": include_subordinates}


async def column_feed(session: AsyncSession, column_id: int, *, include_subordinates: bool) -> dict[str, Any]:
    """Live entries in the column (or, with ``include_subordinates``, in its sub-columns)."""
    column = await session.get(CatalogColumn, column_id)
    if column is None or not column.is_active:
        raise not_found("column")
    agency = await session.get(Agency, column.agency_id)
    if agency is None or not agency.is_active:
        raise not_found("column")
    ids = [column.id]
    if include_subordinates:
        tree = (await session.execute(select(CatalogColumn.id, CatalogColumn.parent_id).where(
            CatalogColumn.agency_id == agency.id, CatalogColumn.is_active.is_(True)))).all()
        children: dict[int | None, list[int]] = {}
        for row in tree:
            children.setdefault(row.parent_id, []).append(row.id)
        stack = [column.id]
        while stack:
            for child in children.get(stack.pop(), []):
                ids.append(child)
                stack.append(child)
    # the column is navigation (as on the entry page and in search): a merge moves live entries at once
    rows, last_revoked = await _feed_rows(session, Entry.agency_id == agency.id, Entry.live_column_id.in_(ids))
    return {"kind": "column", "agency": agency, "column": column, "rows": rows, "last_revoked": last_revoked,
            "include_subordinates": include_subordinates}


# --- sync --------------------------------------------------------------------------------------------------------

_CURSOR_PREFIX = "c1."


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"{_CURSOR_PREFIX}{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The last sequence number a client has seen (0 without a cursor); 400 for anything not made here."""
    if cursor is None or cursor == "":
        return 0
    if len(cursor) > 40 or not re.fullmatch(r"[A-Za-z0-9_-]+", cursor):
        raise Problem(400, "invalid_cursor")
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise Problem(400, "invalid_cursor") from exc
    if not text.startswith(_CURSOR_PREFIX) or not text[len(_CURSOR_PREFIX):].isdigit():
        raise Problem(400, "invalid_cursor")
    seq = int(text[len(_CURSOR_PREFIX):])
    if seq > 2**62:
        raise Problem(400, "invalid_cursor")
    return seq


async def current_seq(session: AsyncSession) -> int:
    """The last committed change. Changes are numbered under a lock held until commit, so every change with a
    smaller number is already committed (or rolled back): a cursor never skips a row that commits later."""
    return (await session.execute(select(func.coalesce(func.max(EntryChange.seq), 0)))).scalar_one()


async def sync_changes(session: AsyncSession, principal: Principal, *, cursor: str | None, limit: int,
                       agency_id: int | None, include_subordinates: bool, today: date,
                       api_base: str) -> dict[str, Any]:
    after = decode_cursor(cursor)
    upto = await current_seq(session)
    stmt = select(EntryChange).where(EntryChange.seq > after, EntryChange.seq <= upto,
                                     principal.scope_condition(EntryChange.agency_id, Agency))
    only = await agency_filter(session, agency_id, include_subordinates, EntryChange.agency_id)
    if only is not None:
        stmt = stmt.where(only)
    changes = list((await session.execute(stmt.order_by(EntryChange.seq).limit(limit + 1))).scalars().all())
    has_more = len(changes) > limit
    changes = changes[:limit]
    # without more rows in scope, everything up to `upto` has been seen: the next call starts there
    next_seq = changes[-1].seq if has_more else max(after, upto)

    entry_ids = {c.entry_id for c in changes}
    entry_rows = {r.id: r for r in (await session.execute(
        select(Entry.id, Entry.external_id, Entry.index_number, Entry.revoked_at, Entry.revoke_reason,
               Entry.live_column_id, CatalogColumn.name.label("live_column_name"))
        .outerjoin(CatalogColumn, CatalogColumn.id == Entry.live_column_id)
        .where(Entry.id.in_(entry_ids)))).all()} if entry_ids else {}
    wanted = {(c.entry_id, c.live_version) for c in changes if c.change != "revoked" and c.live_version is not None}
    snapshots = {(r.entry_id, r.number): r.snapshot for r in (await session.execute(
        select(EntryVersion.entry_id, EntryVersion.number, EntryVersion.snapshot)
        .where(tuple_(EntryVersion.entry_id, EntryVersion.number).in_(list(wanted))))).all()} if wanted else {}
    interprets = {i for s in snapshots.values() for i in (s.get("interprets") or [])}
    known = await exchange_ids(session, interprets) if interprets else {}

    items = []
    for change in changes:
        row = entry_rows[change.entry_id]
        item: dict[str, Any] = {"seq": change.seq, "change": change.change, "at": change.at,
                                "entry_id": change.entry_id, "version": change.live_version,
                                "entry": None, "tombstone": None}
        if change.change == "revoked":
            item["tombstone"] = {"entry_id": change.entry_id, "external_id": row.external_id or str(change.entry_id),
                                 "index_number": row.index_number, "revoked_at": row.revoked_at or change.at,
                                 "reason": row.revoke_reason}
        else:
            snap = snapshots[(change.entry_id, change.live_version)]
            item["entry"] = exchange_record(
                entry_id=change.entry_id, external_id=row.external_id, live_version=change.live_version, snap=snap,
                interprets=[known.get(i, i) for i in snap.get("interprets") or []], today=today, api_base=api_base,
                live_column=(row.live_column_id, row.live_column_name))
        items.append(item)
    return {"items": items, "next_cursor": encode_cursor(next_seq), "has_more": has_more}


# --- export ------------------------------------------------------------------------------------------------------


async def export_condition(session: AsyncSession, principal: Principal, *, agency_id: int | None,
                           include_subordinates: bool, since: datetime | None, until: datetime | None) -> list[Any]:
    """Live entries in the caller's scope, of the agency asked for, whose live version was published in
    [since, until)."""
    conditions: list[Any] = [LIVE, principal.scope_condition(Entry.agency_id, Agency)]
    only = await agency_filter(session, agency_id, include_subordinates, Entry.agency_id)
    if only is not None:
        conditions.append(only)
    if since is not None:
        conditions.append(Entry.live_published_at >= since)
    if until is not None:
        conditions.append(Entry.live_published_at < until)
    return conditions


async def longest_body(session: AsyncSession, conditions: list[Any]) -> int:
    """The longest live body among the matching entries, in characters (an XLSX export splits long ones)."""
    return (await session.execute(
        select(func.coalesce(func.max(func.length(EntryVersion.snapshot["body_html"].astext)), 0))
        .select_from(Entry)
        .join(EntryVersion, and_(EntryVersion.entry_id == Entry.id, EntryVersion.number == Entry.live_version))
        .where(*conditions))).scalar_one()


async def export_pages(sessionmaker: async_sessionmaker[AsyncSession], conditions: list[Any], *, today: date,
                       api_base: str, page_size: int = EXPORT_PAGE) -> AsyncIterator[list[dict[str, Any]]]:
    """The exchange records of the matching entries, a page at a time (keyset on the entry id, one short
    transaction per page: memory stays flat and no transaction is held while the client reads)."""
    last: uuid.UUID | None = None
    while True:
        async with sessionmaker() as session:
            stmt = (select(Entry.id, Entry.external_id, Entry.live_version, EntryVersion.snapshot,
                           Entry.live_column_id, CatalogColumn.name.label("live_column_name"))
                    .join(EntryVersion, and_(EntryVersion.entry_id == Entry.id,
                                             EntryVersion.number == Entry.live_version))
                    .outerjoin(CatalogColumn, CatalogColumn.id == Entry.live_column_id)
                    .where(*conditions))
            if last is not None:
                stmt = stmt.where(Entry.id > last)
            rows = list((await session.execute(stmt.order_by(Entry.id).limit(page_size))).all())
            if not rows:
                return
            records = await records_for(session, rows, today=today, api_base=api_base)
        last = rows[-1].id
        yield records
        if len(rows) < page_size:
            return


# --- import jobs -------------------------------------------------------------------------------------------------


def principal_claims(principal: Principal) -> dict[str, Any]:
    return {"sub": principal.sub, "kind": principal.kind, "username": principal.username, "name": principal.name,
            "roles": list(principal.roles), "permissions": sorted(principal.permissions),
            "agency_id": principal.agency_id, "agency_path": principal.agency_path, "scope": principal.scope}


def principal_of(job: ImportJob) -> Principal:
    c = job.principal
    return Principal(sub=c["sub"], kind=c["kind"], username=c.get("username") or "", name=c.get("name") or "",
                     roles=tuple(c.get("roles") or ()), permissions=frozenset(c.get("permissions") or ()),
                     agency_id=c.get("agency_id"), agency_path=c.get("agency_path"), scope=c.get("scope") or "none")


async def check_default_agency(session: AsyncSession, principal: Principal, agency_id: int | None) -> None:
    """The job's default agency must exist, be in use and be within the importer's scope (checked before the file
    is accepted, so a wrong parameter does not fail every row)."""
    if agency_id is None:
        return
    agency = await session.get(Agency, agency_id)
    if agency is None or not principal.can_access(agency.id, agency.path):
        raise field_error("agency_id", "发布机构不存在或不在您的管理范围内。", "Unknown agency or outside your scope.")
    if not agency.is_active:
        raise field_error("agency_id", "发布机构已停用。", "The agency is deactivated.")


def create_job(session: AsyncSession, principal: Principal, *, job_id: uuid.UUID, fmt: str, mode: str,
               filename: str, storage_key: str, size: int, sha256: str, agency_id: int | None) -> ImportJob:
    job = ImportJob(id=job_id, format=fmt, mode=mode, status="pending", filename=filename, storage_key=storage_key,
                    size=size, sha256=sha256, owner_id=principal.sub,
                    owner_name=principal.name or principal.username or None,
                    principal=principal_claims(principal), agency_id=agency_id, rows_done=0, created_count=0,
                    updated_count=0, unchanged_count=0, failed_count=0)
    session.add(job)
    kernel.audit(session, action="import.created", entity_type="import_job", entity_id=job_id,
                 after={"format": fmt, "mode": mode, "filename": filename, "size": size, "sha256": sha256,
                        "agency_id": agency_id},
                 agency_id=agency_id if agency_id is not None else principal.agency_id, actor=principal)
    return job


async def load_job(session: AsyncSession, principal: Principal, job_id: uuid.UUID) -> ImportJob:
    """A job, for its owner or an administrator (anyone else: 404, as if it did not exist)."""
    job = await session.get(ImportJob, job_id)
    if job is None or (job.owner_id != principal.sub and not is_admin(principal)):
        raise not_found("import_job")
    return job


def job_error_text(job: ImportJob, lang: str) -> str | None:
    if job.error is None:
        return None
    zh, _, en = job.error.partition("|")
    return en if lang == "en" and en else zh


def job_view(job: ImportJob, lang: str, api_base: str) -> dict[str, Any]:
    if job.status == "succeeded":
        progress = 1.0
    elif job.rows_total:
        progress = min(1.0, job.rows_done / job.rows_total)
    else:
        progress = 0.0
    return {
        "id": job.id, "format": job.format, "mode": job.mode, "status": job.status, "filename": job.filename,
        "size": job.size, "sha256": job.sha256, "owner_id": job.owner_id, "owner_name": job.owner_name,
        "agency_id": job.agency_id, "rows_total": job.rows_total, "rows_done": job.rows_done,
        "created": job.created_count, "updated": job.updated_count, "unchanged": job.unchanged_count,
        "failed": job.failed_count, "progress": round(progress, 4), "error": job_error_text(job, lang),
        "created_at": job.created_at, "started_at": job.started_at, "finished_at": job.finished_at,
        "links": {"self": f"{api_base}/imports/{job.id}", "errors": f"{api_base}/imports/{job.id}/errors"},
    }


async def list_jobs(session: AsyncSession, principal: Principal, params: PageParams, *, lang: str,
                    api_base: str) -> dict[str, Any]:
    stmt = select(ImportJob).where(ImportJob.owner_id == principal.sub).order_by(ImportJob.created_at.desc(),
                                                                                 ImportJob.id)
    page = await paginate(session, stmt, params)
    page["items"] = [job_view(job, lang, api_base) for job in page["items"]]
    return page


async def job_errors(session: AsyncSession, job: ImportJob, params: PageParams, *, lang: str) -> dict[str, Any]:
    stmt = select(ImportRowError).where(ImportRowError.job_id == job.id).order_by(ImportRowError.row_number,
                                                                                 ImportRowError.id)
    page = await paginate(session, stmt, params)
    page["items"] = [{
        "row": e.row_number, "external_id": e.external_id,
        "errors": [{"field": x.get("field"), "code": x.get("code"),
                    "message": (x.get("message_en") or x.get("message")) if lang == "en" else x.get("message")}
                   for x in e.errors],
    } for e in page["items"]]
    return page


# --- importing one row -------------------------------------------------------------------------------------------


class RowError(Exception):
    """A row that cannot be imported: its field errors, each with ``message`` (zh) and ``message_en``."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("row rejected")
        self.errors = errors


def _error(field: str, code: str, zh: str, en: str) -> dict[str, Any]:
    return {"field": field, "code": code, "message": zh, "message_en": en}


def validation_errors(exc: ValidationError) -> list[dict[str, Any]]:
    raw = list(exc.errors())
    zh = translate_validation_errors(raw, "zh")
    en = translate_validation_errors(raw, "en")
    return [{"field": z["field"], "code": z["code"], "message": z["message"], "message_en": e["message"]}
            for z, e in zip(zh, en)]


def problem_errors(problem: Problem) -> list[dict[str, Any]]:
    if problem.errors:
        return [{"field": e.get("field"), "code": e.get("code", problem.code), "message": e.get("message"),
                 "message_en": e.get("message_en") or e.get("message")} for e in problem.errors]
    zh, en = problem_body(problem, "zh", None), problem_body(problem, "en", None)
    return [{"field": None, "code": problem.code, "message": zh["detail"], "message_en": en["detail"]}]


class RowContext:
    """What the rows of one job share: the importer, the job's parameters and lookups made once."""

    def __init__(self, *, principal: Principal, mode: str, default_agency_id: int | None, tz: str,
                 flat: bool = False) -> None:
        self.principal = principal
        self.mode = mode
        self.flat = flat  # rows of a CSV or XLSX file
        self.default_agency_id = default_agency_id
        self.tz = tz
        self._agencies: dict[str, int | None] = {}
        self._columns: dict[tuple[int, str], list[int]] = {}
        self._column_names: dict[int, tuple[int, str, bool] | None] = {}

    async def agency_by_code(self, session: AsyncSession, code: str) -> int | None:
        key = code.strip().upper()
        if key not in self._agencies:
            self._agencies[key] = (await session.execute(select(Agency.id).where(Agency.code == key))).scalar_one_or_none()
        return self._agencies[key]

    async def column(self, session: AsyncSession, column_id: int) -> tuple[int, str, bool] | None:
        if column_id not in self._column_names:
            row = (await session.execute(select(CatalogColumn.agency_id, CatalogColumn.name, CatalogColumn.is_active)
                                         .where(CatalogColumn.id == column_id))).first()
            self._column_names[column_id] = (row.agency_id, row.name, row.is_active) if row else None
        return self._column_names[column_id]

    async def columns_named(self, session: AsyncSession, agency_id: int, name: str) -> list[int]:
        key = (agency_id, name)
        if key not in self._columns:
            self._columns[key] = list((await session.execute(select(CatalogColumn.id).where(
                CatalogColumn.agency_id == agency_id, CatalogColumn.name == name,
                CatalogColumn.is_active.is_(True)))).scalars())
        return self._columns[key]


def _effective_validity(data: dict[str, Any], today: date) -> None:
    """A row still "valid" past its expiry date is expired (as the expiry job would make it), so the entry is right
    from the start and re-importing its export, which says "expired", changes nothing."""
    if data.get("validity", "valid") != "valid" or not isinstance(data.get("expires_on"), str):
        return
    try:
        expires = date.fromisoformat(data["expires_on"])
    except ValueError:
        return
    if expires <= today:
        data["validity"] = "expired"


async def _resolve(session: AsyncSession, ctx: RowContext, data: dict[str, Any]) -> None:
    """Platform-independent references → this platform's ids (agency by code, column by name, interpreted
    policies by their exchange id)."""
    code = data.pop("agency_code", None)
    if code is not None:
        agency_id = await ctx.agency_by_code(session, str(code))
        if agency_id is None:
            raise RowError([_error("agency_code", "not_found", "本平台没有该代码的机关。",
                                   "No agency on this platform has this code.")])
        data["agency_id"] = agency_id
    elif "agency_id" not in data and ctx.default_agency_id is not None:
        data["agency_id"] = ctx.default_agency_id
    column_name = data.pop("column_name", None)
    agency_id = data.get("agency_id")
    if column_name is not None and isinstance(agency_id, int):
        name = str(column_name).strip()
        given = data.get("column_id")
        current = await ctx.column(session, given) if isinstance(given, int) else None
        if current is None or current[0] != agency_id or current[1] != name or not current[2]:
            found = await ctx.columns_named(session, agency_id, name)
            if len(found) != 1:
                raise RowError([_error(
                    "column_name", "not_found" if not found else "ambiguous",
                    "发布机构没有该名称的栏目。" if not found else "发布机构有多个同名栏目，请填写栏目编号。",
                    "The agency has no column of this name." if not found
                    else "The agency has several columns of this name; give column_id.")])
            data["column_id"] = found[0]
    refs = data.get("interprets")
    if isinstance(refs, list) and refs and all(isinstance(r, str) for r in refs):
        by_external = {r.external_id: r.id for r in (await session.execute(
            select(Entry.id, Entry.external_id).where(Entry.external_id.in_(refs)))).all()}
        data["interprets"] = [str(by_external[r]) if r in by_external else r for r in refs]


async def import_row(session: AsyncSession, ctx: RowContext, raw: Mapping[str, Any], *, calendar: WorkCalendar,
                     today: date, savepoint: bool = True) -> str:
    """Validate and import one row: "created", "updated" or "unchanged", or RowError. In a savepoint nothing of a
    failed row is left behind; without one (a transaction of its own) the caller rolls back."""
    data = normalise(raw, tz=ctx.tz, flat=ctx.flat)
    _effective_validity(data, today)
    async with session.begin_nested() if savepoint else contextlib.nullcontext():
        await _resolve(session, ctx, data)
        try:
            parsed = EntryImport.model_validate(data)
        except ValidationError as exc:
            raise RowError(validation_errors(exc)) from exc
        try:
            _, outcome = await entries.import_entry(session, principal=ctx.principal, data=parsed, mode=ctx.mode,
                                                    calendar=calendar, tz=ctx.tz, today=today)
        except Problem as exc:
            raise RowError(problem_errors(exc)) from exc
    return outcome


async def lock_existing(session: AsyncSession, external_ids: list[str | None]) -> None:
    """Lock the entries these rows will update, in one statement and in id order."""
    ids = sorted({i for i in external_ids if i})
    if ids:
        await session.execute(select(Entry.id).where(Entry.external_id.in_(ids)).order_by(Entry.id).with_for_update())


def external_id_of(raw: Mapping[str, Any]) -> str | None:
    value = raw.get("external_id")
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text[:120] or None
