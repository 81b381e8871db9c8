"""The exchange record: one catalog entry as other platforms send and receive it.

The same record, with the same field names, is an NDJSON line of an export, an item of the sync feed, a row of a
CSV or XLSX export, and what the import accepts: an export of one platform imports into another unchanged.

Ids are local to a platform, so the record also carries what travels between platforms: ``agency_code`` (the
organisation or unified social credit code) decides the agency when present, ``column_name`` finds a column of that
agency when ``column_id`` does not name one, and ``interprets`` lists the policies by their exchange ``external_id``
(which the importing platform knows from importing those policies). ``external_id`` is the entry's id on the platform
it came from: an entry imported from elsewhere keeps its original external id, an entry drafted here exports its own
id.

Flat formats (CSV, XLSX) write lists as ``a; b`` (JSON when an item contains ``;``) and booleans as ``true`` /
``false``; on import they also accept the Chinese column headings and labels a person would type (名称, 体裁分类: 通知,
是/否, dates as Excel dates).
"""
from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from services.catalog.entries.schemas import (
    DisclosureAttribute, Genre, InterpretationForm, NotDisclosedReason, RegulationKind, Validity,
)
from services.catalog.entries.service import public_validity

# the columns of a flat export, in order; every one of them is accepted by the import
FLAT_FIELDS: tuple[str, ...] = (
    "external_id", "index_number", "agency_id", "agency_code", "agency_name", "title", "summary", "document_number",
    "written_on", "changed_on", "published_at", "genre", "theme_code", "theme_name", "column_id", "column_name",
    "keywords", "disclosure_attribute", "not_disclosed_reason", "validity", "expires_on", "regulation_kind",
    "issued_on", "abolished_on", "is_policy", "interpretation_form", "interprets", "standard_item_id", "source",
    "disclosure_scope", "body_html",
)
# what an NDJSON record or a sync item carries besides: informative, ignored by the import
INFO_FIELDS: tuple[str, ...] = ("id", "version", "version_published_at", "attachments")
# informative in a flat row too: the import does not use them
IGNORED_ON_IMPORT = frozenset({*INFO_FIELDS, "agency_name", "theme_name", "body_text"})
# used by the import to find local ids, then dropped
RESOLVED_ON_IMPORT = frozenset({"agency_code", "column_name"})
KNOWN_FIELDS = frozenset(FLAT_FIELDS) | IGNORED_ON_IMPORT

LIST_FIELDS = frozenset({"keywords", "interprets"})
DATE_FIELDS = frozenset({"written_on", "changed_on", "expires_on", "issued_on", "abolished_on"})
INT_FIELDS = frozenset({"agency_id", "column_id", "standard_item_id"})
BOOL_FIELDS = frozenset({"is_policy"})
ENUM_FIELDS = {
    "genre": Genre, "disclosure_attribute": DisclosureAttribute, "validity": Validity,
    "regulation_kind": RegulationKind, "interpretation_form": InterpretationForm,
    "not_disclosed_reason": NotDisclosedReason,
}
_ENUM_LABELS = {name: {m.label_zh: m.value for m in enum} for name, enum in ENUM_FIELDS.items()}

# Chinese headings of hand-made sheets (and of other platforms' exports) → field names
HEADER_ALIASES: dict[str, str] = {
    "外部编号": "external_id", "原编号": "external_id", "来源编号": "external_id",
    "索引号": "index_number",
    "发布机构编号": "agency_id", "机构编号": "agency_id",
    "发布机构代码": "agency_code", "机构代码": "agency_code", "统一社会信用代码": "agency_code", "组织机构代码": "agency_code",
    "发布机构": "agency_name", "发布机构名称": "agency_name",
    "名称": "title", "标题": "title", "信息名称": "title",
    "内容概述": "summary", "摘要": "summary",
    "文号": "document_number", "发文字号": "document_number",
    "成文日期": "written_on", "变更日期": "changed_on", "发布日期": "published_at",
    "体裁分类": "genre", "体裁": "genre",
    "主题分类": "theme_code", "主题分类代码": "theme_code", "主题分类名称": "theme_name",
    "栏目编号": "column_id", "组配分类": "column_name", "栏目": "column_name",
    "关键词": "keywords", "主题词": "keywords",
    "公开属性": "disclosure_attribute", "公开方式": "disclosure_attribute", "不予公开理由": "not_disclosed_reason",
    "有效性": "validity", "失效日期": "expires_on", "规章或规范性文件": "regulation_kind", "文件类别": "regulation_kind",
    "制发日期": "issued_on", "废止日期": "abolished_on", "是否政策文件": "is_policy", "解读形式": "interpretation_form",
    "解读的政策": "interprets", "标准目录事项": "standard_item_id", "信息来源": "source", "公开范围": "disclosure_scope",
    "正文": "body_html",
}
# text a spreadsheet would take for a formula: written to CSV behind an apostrophe, which the import removes
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TRUE = {"true", "1", "yes", "y", "是", "对", "√"}
_FALSE = {"false", "0", "no", "n", "否", "不是", "×"}


def header_field(heading: Any) -> str | None:
    """The field a column heading names (field names as they are, or the Chinese headings); None if unknown."""
    if heading is None:
        return None
    text = str(heading).strip().lstrip("\ufeff").strip()
    if not text:
        return None
    if text in KNOWN_FIELDS or body_part(text):
        return text
    lowered = text.lower()
    if lowered in KNOWN_FIELDS or body_part(lowered):
        return lowered
    return HEADER_ALIASES.get(text)


# --- long bodies in spreadsheets ----------------------------------------------------------------------------------
# An Excel cell holds at most 32,767 characters (UTF-16 units; openpyxl silently cuts longer text). An XLSX export
# writes a longer body in pieces: body_html, then body_html_2, body_html_3, … at the end of the row; the import joins
# them in order. 16,000 code points are at most 32,000 UTF-16 units, whatever the characters.
BODY_PIECE = 16_000
MAX_BODY_PIECES = 40
_BODY_PART = re.compile(r"^body_html_(\d{1,2})$")


def body_part(name: str) -> int | None:
    """The piece number of a continuation column ``body_html_<n>`` (2 ≤ n ≤ 40), else None."""
    match = _BODY_PART.match(name)
    if match and 2 <= int(match[1]) <= MAX_BODY_PIECES:
        return int(match[1])
    return None


def body_pieces(body: str | None) -> list[str]:
    if not body:
        return []
    return [body[i:i + BODY_PIECE] for i in range(0, len(body), BODY_PIECE)]


# --- out ---------------------------------------------------------------------------------------------------------


def exchange_record(*, entry_id: uuid.UUID, external_id: str | None, live_version: int, snap: Mapping[str, Any],
                    interprets: list[str], today: date, api_base: str,
                    live_column: tuple[int | None, str | None] | None = None) -> dict[str, Any]:
    """The record of one live version (its frozen snapshot). ``interprets`` are the exchange ids of the policies
    it explains. ``live_column`` (id, name) is the column the live entry is shown in now: the column is navigation,
    so a merge of columns moves live entries without a new version, and a partner must learn the new one."""
    proactive = snap["disclosure_attribute"] == "proactive"
    record: dict[str, Any] = {
        "id": str(entry_id),
        "external_id": external_id or str(entry_id),
        "version": live_version,
        "index_number": snap["index_number"],
        "agency_id": snap["agency_id"],
        "agency_code": snap["agency_code"],
        "agency_name": snap["agency_name"],
        "title": snap["title"],
        "summary": snap["summary"],
        "document_number": snap["document_number"],
        "written_on": snap["written_on"],
        "changed_on": snap["changed_on"],
        "published_at": snap["published_at"],
        "version_published_at": snap["version_published_at"],
        "genre": snap["genre"],
        "theme_code": snap["theme_code"],
        "theme_name": snap["theme_name"],
        "column_id": live_column[0] if live_column is not None else snap["column_id"],
        "column_name": live_column[1] if live_column is not None else snap["column_name"],
        "keywords": list(snap["keywords"] or []),
        "disclosure_attribute": snap["disclosure_attribute"],
        "not_disclosed_reason": None,  # never live
        "validity": public_validity(dict(snap), today),
        "expires_on": snap["expires_on"],
        "regulation_kind": snap["regulation_kind"],
        "issued_on": snap["issued_on"],
        "abolished_on": snap["abolished_on"],
        "is_policy": snap["is_policy"],
        "interpretation_form": snap["interpretation_form"],
        "interprets": interprets,
        "standard_item_id": snap["standard_item_id"],
        "source": snap["source"],
        "disclosure_scope": snap["disclosure_scope"],
        "body_html": snap["body_html"],
        "attachments": [
            {**a, "url": (f"{api_base}/public/entries/{entry_id}/attachments/{a['id']}" if proactive
                          else f"{api_base}/entries/{entry_id}/attachments/{a['id']}")}
            for a in snap.get("attachments") or []
        ],
    }
    return record


def _flat_list(values: list[Any]) -> str:
    items = [str(v) for v in values]
    if any(";" in v or "；" in v for v in items):
        return json.dumps(items, ensure_ascii=False)
    return "; ".join(items)


def flat_value(name: str, value: Any) -> Any:
    """A record's value as a CSV/XLSX cell (None for an empty cell)."""
    if value is None:
        return None
    if name in LIST_FIELDS:
        return _flat_list(value) if value else None
    if name in BOOL_FIELDS:
        return "true" if value else "false"
    return value


def flat_row(record: Mapping[str, Any]) -> list[Any]:
    return [flat_value(name, record.get(name)) for name in FLAT_FIELDS]


# --- in ----------------------------------------------------------------------------------------------------------


def _split_list(value: str) -> Any:
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except ValueError:
            return value  # pydantic reports "not a list"
    return [part.strip() for part in text.replace("；", ";").split(";") if part.strip()]


def _local_time(text: str, tz: str) -> str:
    """A publication time without a time zone is local time; a date alone is local midnight."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0), ZoneInfo(tz)).isoformat()
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text  # pydantic reports it
    return (value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))).isoformat()


def _cell(name: str, value: Any, tz: str) -> Any:
    """One value of a row as the import schema expects it; ``...`` for an empty cell (left out)."""
    if value is None:
        return ...
    if isinstance(value, str):
        is_body = name == "body_html" or body_part(name) is not None
        if not value or (not is_body and not value.strip()):
            return ...
    if name in LIST_FIELDS:
        if isinstance(value, str):
            return _split_list(value)
        return value
    if name in BOOL_FIELDS and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        return value
    if name == "published_at" and isinstance(value, str):
        return _local_time(value.strip(), tz)
    if name in ENUM_FIELDS and isinstance(value, str):
        text = value.strip()
        return _ENUM_LABELS[name].get(text, text)
    if isinstance(value, datetime):  # an Excel date or date-time cell
        if name in DATE_FIELDS:
            return value.date().isoformat()
        if name == "published_at":
            return (value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))).isoformat()
        return value.isoformat()
    if isinstance(value, date):
        if name == "published_at":
            return datetime.combine(value, time(0), ZoneInfo(tz)).isoformat()
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and name not in BOOL_FIELDS:
        value = int(value)  # Excel keeps numbers as floats
    if isinstance(value, int) and not isinstance(value, bool) and name not in INT_FIELDS and name not in BOOL_FIELDS:
        return str(value)  # a numeric external id or document number typed into a sheet
    return value


def normalise(raw: Mapping[str, Any], *, tz: str, flat: bool = False) -> dict[str, Any]:
    """A row as read from a file (keys already field names) → the fields the import looks at. Empty cells and the
    informative fields are left out; everything else, known or not, goes on to validation. ``flat``: a CSV or XLSX
    row (a formula guard apostrophe is removed)."""
    out: dict[str, Any] = {}
    for name, value in raw.items():
        if name in IGNORED_ON_IMPORT:
            continue
        if flat and isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in "=+-@\t\r":
            value = value[1:]
        cell = _cell(name, value, tz)
        if cell is not ...:
            out[name] = cell
    pieces = sorted((n, name) for name in out if (n := body_part(name)) is not None)
    if pieces:
        out["body_html"] = str(out.get("body_html") or "") + "".join(str(out.pop(name)) for _, name in pieces)
    return out
