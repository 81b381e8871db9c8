"""Atom 1.0 (RFC 4287) feeds of an agency's or a column's latest live entries, built with ElementTree (which
escapes text and attributes). Entry ids are ``urn:uuid:`` of the catalog entry, so a new version of an entry
updates the same feed entry (its ``updated`` moves), and a revoked entry leaves the feed."""
from __future__ import annotations

import hashlib
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from services.catalog.entries.schemas import Genre

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MEDIA_TYPE = "application/atom+xml; charset=utf-8"
GENRE_SCHEME = "urn:gongkai:catalog:genre"
THEME_SCHEME = "urn:gongkai:catalog:theme"
FEED_NAMESPACE = uuid.UUID("5b0f3c1e-4c1d-4f7a-9a57-4f9e8c6d2a10")  # feed ids: uuid5 of the feed's path
_GENRES = {m.value: m.label_zh for m in Genre}
# characters XML 1.0 does not allow (validated text never has them; legacy imports are checked too, but a feed
# must be well-formed whatever the data)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ET.register_namespace("", ATOM_NS)


def _tag(name: str) -> str:
    return f"{{{ATOM_NS}}}{name}"


def _text(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def _sub(parent: ET.Element, name: str, text: Any = None, **attrs: Any) -> ET.Element:
    element = ET.SubElement(parent, _tag(name), {k: _text(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = _text(text)
    return element


def _rfc3339(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def last_modified(feed: dict[str, Any]) -> datetime:
    """When the feed last changed: its newest version, its latest revocation, or the agency/column itself."""
    candidates = [feed["agency"].updated_at]
    if feed["column"] is not None:
        candidates.append(feed["column"].updated_at)
    candidates += [r.live_published_at for r in feed["rows"] if r.live_published_at is not None]
    if feed["last_revoked"] is not None:
        candidates.append(feed["last_revoked"])
    return max(c for c in candidates if c is not None)


def etag(feed: dict[str, Any], self_url: str, portal: str) -> str:
    digest = hashlib.sha256()
    agency, column = feed["agency"], feed["column"]
    digest.update(f"v1|{self_url}|{portal}|{agency.id}:{agency.version}|".encode())
    if column is not None:
        digest.update(f"{column.id}:{column.version}|".encode())
    for row in feed["rows"]:
        digest.update(f"{row.id}:{row.live_version};".encode())
    if feed["last_revoked"] is not None:
        digest.update(feed["last_revoked"].isoformat().encode())
    return f'"{digest.hexdigest()[:32]}"'


def not_modified(headers: Any, tag: str, modified: datetime) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present; else If-Modified-Since."""
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip() for t in inm.split(",")}
        return "*" in tags or tag in tags or f"W/{tag}" in tags
    ims = headers.get("if-modified-since")
    if ims:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since is None or since.tzinfo is None:
            return False
        return modified.replace(microsecond=0) <= since
    return False


def http_date(value: datetime) -> str:
    return format_datetime(value.astimezone(timezone.utc), usegmt=True)


def render(feed: dict[str, Any], *, self_url: str, portal: str, api_base: str) -> bytes:
    """The Atom document. ``portal`` and ``api_base`` are absolute (links must be, for feed readers)."""
    agency, column = feed["agency"], feed["column"]
    root = ET.Element(_tag("feed"), {XML_LANG: "zh-CN"})
    path = f"columns/{column.id}" if column is not None else f"agencies/{agency.id}"
    scope = "sub" if feed["include_subordinates"] else "own"
    _sub(root, "id", f"urn:uuid:{uuid.uuid5(FEED_NAMESPACE, f'{path}/{scope}')}")
    if column is not None:
        title = f"{agency.name} · {column.name} — 政府信息公开"
    else:
        title = f"{agency.name} — 政府信息公开" + ("（含下级机关）" if feed["include_subordinates"] else "")
    # the portal's catalog page of the agency (and column)
    alternate = f"{portal}/catalog?agency_id={agency.id}" + (f"&column_id={column.id}" if column is not None else "")
    _sub(root, "title", title)
    _sub(root, "subtitle", f"最新发布的 {len(feed['rows'])} 条政府信息")
    _sub(root, "updated", _rfc3339(last_modified(feed)))
    _sub(root, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(root, "link", rel="alternate", type="text/html", href=alternate)
    author = _sub(root, "author")
    _sub(author, "name", agency.name)
    if agency.website:
        _sub(author, "uri", agency.website)
    _sub(root, "generator", "Gongkai 政务公开平台", uri=f"{portal}/")
    for row in feed["rows"]:
        snap = row.snapshot
        item = _sub(root, "entry")
        _sub(item, "id", f"urn:uuid:{row.id}")
        _sub(item, "title", snap["title"])
        _sub(item, "updated", _rfc3339(snap.get("version_published_at") or row.live_published_at))
        if snap.get("published_at"):
            _sub(item, "published", _rfc3339(snap["published_at"]))
        _sub(item, "link", rel="alternate", type="text/html", href=f"{portal}/entries/{row.id}")
        _sub(item, "link", rel="related", type="application/json", href=f"{api_base}/public/entries/{row.id}",
             title="API")
        summary = snap.get("summary")
        meta = [f"索引号：{snap['index_number']}" if snap.get("index_number") else None,
                f"文号：{snap['document_number']}" if snap.get("document_number") else None]
        text = "\n".join(filter(None, [summary, *meta]))
        if text:
            _sub(item, "summary", text, type="text")
        _sub(item, "category", term=snap["genre"], scheme=GENRE_SCHEME, label=_GENRES.get(snap["genre"], snap["genre"]))
        if snap.get("theme_code"):
            _sub(item, "category", term=snap["theme_code"], scheme=THEME_SCHEME, label=snap.get("theme_name"))
        entry_author = _sub(item, "author")
        _sub(entry_author, "name", snap.get("agency_name") or agency.name)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
