"""Issuing letters: merge the case into the agency's template, render .docx and PDF, archive both with their
SHA-256. An issued letter is immutable: downloads return the archived bytes after checking the checksum."""
from __future__ import annotations

import asyncio
import hashlib
import uuid
from datetime import date
from typing import Any

from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem, not_found, register_entities, register_messages
from kernel.storage import FileStore, disposition
from services.applications.cases.models import Case
from services.applications.db import kernel
from services.applications.dictionaries import Channel, LetterKind
from services.applications.intake.models import Application
from services.applications.letters import content, render
from services.applications.letters.models import Letter, LetterTemplate
from services.applications.reference.models import Agency

DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

register_entities({"letter": ("文书", "letter"), "letter_template": ("文书模板", "letter template")})
register_messages(
    {
        "letter_integrity": {
            "zh": ("文书校验失败", "存档文书的校验值与登记时不一致，已拒绝提供，请联系管理员。"),
            "en": ("Letter integrity check failed", "The archived letter does not match its checksum."),
        },
    }
)


def cn_date(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "________"


def base_fields(case: Case, application: Application, agency: Agency | None, *, issued_on: date,
                handler_name: str | None = None) -> dict[str, Any]:
    details = (agency.details if agency else {}) or {}
    return {
        "applicant_name": application.applicant_name,
        "number": case.number,
        "title": case.title,
        "submitted_on": cn_date(application.submitted_on),
        "channel": Channel(application.channel).label_zh,
        "received_on": cn_date(case.received_on),
        "due_on": cn_date(case.due_on),
        "issued_on": cn_date(issued_on),
        "agency_name": agency.name if agency else "",
        "agency_phone": details.get("phone") or "",
        "agency_address": details.get("address") or "",
        "handler_name": handler_name or case.assigned_name or "",
    }


async def template_parts(session: AsyncSession, agency_id: int, kind: str) -> tuple[dict[str, str], int]:
    row = (await session.execute(
        select(LetterTemplate).where(LetterTemplate.agency_id == agency_id, LetterTemplate.kind == kind)
    )).scalar_one_or_none()
    return (dict(row.parts), row.version) if row else ({}, 0)


async def compose(session: AsyncSession, case: Case, kind: str, extra: dict[str, Any], *, issued_on: date,
                  handler_name: str | None = None) -> tuple[dict[str, Any], int]:
    application = await session.get(Application, case.application_id)
    agency = await session.get(Agency, case.agency_id)
    fields = {**base_fields(case, application, agency, issued_on=issued_on, handler_name=handler_name), **extra}
    parts, version = await template_parts(session, case.agency_id, kind)
    return content.build(kind, fields, parts), version


async def render_both(letter: dict[str, Any]) -> tuple[bytes, bytes]:
    return await asyncio.gather(asyncio.to_thread(render.to_docx, letter), asyncio.to_thread(render.to_pdf, letter))


async def issue(session: AsyncSession, store: FileStore, case: Case, kind: str, *, issued_on: date,
                extra: dict[str, Any] | None = None, actor: Principal | None = None) -> Letter:
    """Render and archive one letter (both formats) in the caller's transaction."""
    letter_data, template_version = await compose(session, case, kind, extra or {}, issued_on=issued_on,
                                                  handler_name=(actor.name if actor else None))
    docx_bytes, pdf_bytes = await render_both(letter_data)
    letter_id = uuid.uuid4()
    docx = await store.put_bytes(f"letters/{case.id}/{letter_id}.docx", docx_bytes)
    pdf = await store.put_bytes(f"letters/{case.id}/{letter_id}.pdf", pdf_bytes)
    recipient = content.RECIPIENTS.get(kind, "applicant")
    row = Letter(
        id=letter_id, case_id=case.id, kind=kind, outcome=(extra or {}).get("outcome") if kind == "reply" else None,
        title=letter_data["title"], recipient=recipient, public=recipient == "applicant", issued_on=issued_on,
        template_version=template_version, docx_key=docx.key, docx_sha256=docx.sha256, docx_size=docx.size,
        pdf_key=pdf.key, pdf_sha256=pdf.sha256, pdf_size=pdf.size,
        created_by=(actor.name or actor.username) if actor else "系统",
    )
    session.add(row)
    return row


async def letters_of(session: AsyncSession, case_ids: list[uuid.UUID], *, public_only: bool = False) -> list[Letter]:
    stmt = select(Letter).where(Letter.case_id.in_(case_ids)).order_by(Letter.created_at)
    if public_only:
        stmt = stmt.where(Letter.public.is_(True))
    return list((await session.execute(stmt)).scalars().all())


async def read_archived(store: FileStore, letter: Letter, fmt: str) -> tuple[bytes, str, str]:
    """The archived bytes, checked against the checksum recorded when the letter was issued."""
    key, digest = (letter.docx_key, letter.docx_sha256) if fmt == "docx" else (letter.pdf_key, letter.pdf_sha256)
    data = await store.read(key)
    if hashlib.sha256(data).hexdigest() != digest:
        raise Problem(500, "letter_integrity")
    media = DOCX_MEDIA if fmt == "docx" else "application/pdf"
    return data, media, f"{letter.title}-{letter.id.hex[:8]}.{fmt}"


async def file_response(store: FileStore, letter: Letter, fmt: str) -> Response:
    data, media, name = await read_archived(store, letter, fmt)
    return Response(data, media_type=media, headers={"Content-Disposition": disposition(name),
                                                     "X-Content-SHA256": hashlib.sha256(data).hexdigest()})


async def get_letter(session: AsyncSession, letter_id: uuid.UUID) -> Letter:
    letter = await session.get(Letter, letter_id)
    if letter is None:
        raise not_found("letter")
    return letter


# --- templates -------------------------------------------------------------------------------------------------


def template_view(kind: str, parts: dict[str, str], version: int, agency_id: int) -> dict[str, Any]:
    blocks = [{"style": style, "text": text, "locked": locked} for style, text, locked in content.LETTERS[kind]]
    return {
        "agency_id": agency_id,
        "kind": kind,
        "label": LetterKind(kind).label_zh,
        "version": version,
        "parts": [{"name": name, "label": label, "default": default, "value": parts.get(name)}
                  for name, (default, label) in content.PARTS.items()],
        "blocks": blocks,
        "reply_decisions": ({k: {"decision": d, "legal_basis": b} for k, (d, b) in content.REPLY.items()}
                            if kind == "reply" else None),
        "part_fields": sorted(content.PART_FIELDS),
    }


async def put_template(session: AsyncSession, *, principal: Principal, agency_id: int, kind: str,
                       parts: dict[str, str | None], version: int | None) -> dict[str, Any]:
    row = (await session.execute(
        select(LetterTemplate).where(LetterTemplate.agency_id == agency_id, LetterTemplate.kind == kind)
        .with_for_update()
    )).scalar_one_or_none()
    current = row.version if row else 0
    if (version or 0) != current:
        raise Problem(409, "version_conflict", params={"current": current})
    clean = {k: v for k, v in parts.items() if v}
    before = dict(row.parts) if row else None
    if row is None:
        row = LetterTemplate(agency_id=agency_id, kind=kind, parts=clean, version=1,
                             updated_by=principal.name or principal.username)
        session.add(row)
    else:
        row.parts = clean
        row.version += 1
        row.updated_by = principal.name or principal.username
    kernel.audit(session, action="letter_template.saved", entity_type="letter_template", entity_id=f"{agency_id}:{kind}",
                 before=before, after=clean, agency_id=agency_id)
    await session.flush()
    return template_view(kind, clean, row.version, agency_id)
