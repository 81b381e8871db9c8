"""How an agency's catalog is kept, as of a date, from the read models: empty and stale columns, and the share of
its standard-directory items that have something published. Each function is one SQL statement for any number
of agencies (no per-agency loop); the assessments' measures build on them.

"As of" a day means at the end of that day in China (``CHINA_TZ``, as the annual report dates its figures): an
entry counts when it was first published (``published_at``) on or before that day and had not been revoked by
its end; a column or item counts when it had been created by then and was still in use at its end (deactivated,
merged or deleted later). What the read models cannot tell: the column or item an entry was filed under on a
past day, if a later version moved it (the current one is used), and a merge moves the entries into the target
column for every date, also before the merge.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import BigInteger, DateTime, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from services.statistics.reports.compute import CHINA_TZ


def _start_of(day: date) -> datetime:
    """The first instant of ``day`` in China."""
    return datetime.combine(day, time.min, clock.zone(CHINA_TZ))


def _params(*names: str) -> list[Any]:
    return [bindparam("agency_ids", type_=ARRAY(BigInteger)),
            *(bindparam(n, type_=DateTime(timezone=True)) for n in names)]


# Leaf columns in use at the end of the day, without the platform's own (``purpose``: the annual reports, which
# the platform publishes itself), each with its newest entry live at the end of the day (one backward probe of
# ix_entry_facts_agency_column per column). A column with sub-columns in use is a heading: it is judged by them.
_COLUMNS = text("""
WITH cols AS (
    SELECT column_id, agency_id, parent_id, name, purpose
    FROM column_facts
    WHERE agency_id = ANY(:agency_ids) AND created_at < :until AND (is_active OR deactivated_at >= :until)
), leaves AS (
    SELECT c.column_id, c.agency_id, c.name
    FROM cols c
    WHERE c.purpose IS NULL AND NOT EXISTS (SELECT 1 FROM cols k WHERE k.parent_id = c.column_id)
)
SELECT l.agency_id, l.column_id, l.name, newest.published_at AS newest
FROM leaves l
LEFT JOIN LATERAL (
    SELECT e.published_at
    FROM entry_facts e
    WHERE e.agency_id = l.agency_id AND e.column_id = l.column_id AND e.published_at < :until
      AND (e.revoked_at IS NULL OR e.revoked_at >= :until)
    ORDER BY e.published_at DESC
    LIMIT 1
) newest ON true
ORDER BY l.agency_id, l.column_id
""").bindparams(*_params("until"))


async def column_freshness(session: AsyncSession, agency_ids: list[int], as_of: date,
                           stale_after_days: int) -> dict[int, dict[str, Any]]:
    """Per agency (every one asked for, with zeros when it has no columns):
    ``{"columns": n, "empty": [column ids], "stale": [column ids], "names": {id: name}, "newest": {id: date}}``.

    ``columns`` counts the leaf columns in use at the end of ``as_of`` that the agency fills itself (columns with
    a ``purpose`` are filled by the platform and do not count). ``empty``: those without any entry live at the end
    of ``as_of``; ``stale``: the others whose newest entry was published more than ``stale_after_days`` days
    before ``as_of`` (published on ``as_of - stale_after_days`` is not yet stale). ``names`` and ``newest`` (the
    newest entry's publication date) describe the columns listed in ``empty`` and ``stale``. Ids in ascending
    order."""
    out: dict[int, dict[str, Any]] = {
        a: {"columns": 0, "empty": [], "stale": [], "names": {}, "newest": {}} for a in agency_ids}
    if not agency_ids:
        return out
    until = _start_of(as_of + timedelta(days=1))
    stale_before = _start_of(as_of - timedelta(days=stale_after_days))
    rows = (await session.execute(_COLUMNS, {"agency_ids": list(agency_ids), "until": until})).all()
    for agency_id, column_id, name, newest in rows:
        found = out[agency_id]
        found["columns"] += 1
        if newest is None:
            found["empty"].append(column_id)
        elif newest < stale_before:
            found["stale"].append(column_id)
            found["newest"][column_id] = clock.local_date(newest, CHINA_TZ)
        else:
            continue
        found["names"][column_id] = name
    return out


# Leaf items in use at the end of the day that are to be published proactively (公开方式 主动: an item disclosed on
# request is not expected in the catalog), each with whether an entry linked to it was live at the end of the day.
# A level-1 item with level-2 items in use is judged by them.
_ITEMS = text("""
WITH items AS (
    SELECT item_id, agency_id, parent_id, name, method
    FROM standard_item_facts
    WHERE agency_id = ANY(:agency_ids) AND created_at < :until AND (is_active OR deactivated_at >= :until)
), leaves AS (
    SELECT i.item_id, i.agency_id, i.name
    FROM items i
    WHERE i.method = 'proactive' AND NOT EXISTS (SELECT 1 FROM items k WHERE k.parent_id = i.item_id)
)
SELECT l.agency_id, l.item_id, l.name, EXISTS (
    SELECT 1
    FROM entry_facts e
    WHERE e.agency_id = l.agency_id AND e.standard_item_id = l.item_id AND e.published_at < :until
      AND (e.revoked_at IS NULL OR e.revoked_at >= :until)
) AS covered
FROM leaves l
ORDER BY l.agency_id, l.item_id
""").bindparams(*_params("until"))


async def standard_coverage(session: AsyncSession, agency_ids: list[int], as_of: date) -> dict[int, dict[str, Any]]:
    """Per agency (every one asked for, with zeros when it has no directory):
    ``{"items": n, "covered": n, "uncovered": [item ids], "names": {id: name}}``.

    ``items`` counts the leaf items of the agency's 政务公开事项标准目录 in use at the end of ``as_of`` that are to
    be published proactively; ``covered`` those with at least one linked entry live at the end of ``as_of``;
    ``uncovered`` lists the others (ascending ids), ``names`` their names."""
    out: dict[int, dict[str, Any]] = {a: {"items": 0, "covered": 0, "uncovered": [], "names": {}} for a in agency_ids}
    if not agency_ids:
        return out
    until = _start_of(as_of + timedelta(days=1))
    rows = (await session.execute(_ITEMS, {"agency_ids": list(agency_ids), "until": until})).all()
    for agency_id, item_id, name, covered in rows:
        found = out[agency_id]
        found["items"] += 1
        if covered:
            found["covered"] += 1
        else:
            found["uncovered"].append(item_id)
            found["names"][item_id] = name
    return out
