"""Case library: a closed case is nominated with its personal data removed; a reviewer (not the nominator)
checks and edits the text before it enters the library. Texts still carrying personal data are refused."""
from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import any_, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.crypto import FieldCipher
from kernel.errors import Problem, field_error, not_found, register_entities, register_messages
from kernel.identifiers import is_valid_resident_id
from services.applications.cases.models import Case
from services.applications.cases.service import agency_path, get_case, is_closed
from services.applications.db import kernel
from services.applications.dictionaries import Outcome
from services.applications.intake.models import Application
from services.applications.library.models import LibraryEntry

register_entities({"library_entry": ("案例", "library entry")})
register_messages(
    {
        "personal_data_left": {
            "zh": ("文本仍含个人信息", "入库文本中仍含有个人信息（{kinds}），请删除后再审核通过。"),
            "en": ("Personal data left", "The text still contains personal data ({kinds}); remove it first."),
        },
    }
)

ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
PHONE_RE = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")


def redact(text: str, names: list[str]) -> str:
    """Remove identity numbers, phone numbers, e-mail addresses and the given names/addresses."""
    text = ID_RE.sub("[身份证号已删除]", text)
    text = MOBILE_RE.sub("[电话已删除]", text)
    text = PHONE_RE.sub("[电话已删除]", text)
    text = EMAIL_RE.sub("[邮箱已删除]", text)
    for name in sorted({n for n in names if n and len(n) >= 2}, key=len, reverse=True):
        text = text.replace(name, "某某")
    return text


def personal_data_in(text: str, names: list[str]) -> list[str]:
    kinds = []
    if any(is_valid_resident_id(m.group(0)) for m in ID_RE.finditer(text)):
        kinds.append("身份证号")
    if MOBILE_RE.search(text) or PHONE_RE.search(text):
        kinds.append("电话号码")
    if EMAIL_RE.search(text):
        kinds.append("电子邮箱")
    if any(n and len(n) >= 2 and n in text for n in names):
        kinds.append("申请人或代理人姓名、地址")
    return kinds


async def _personal(session: AsyncSession, cipher: FieldCipher, case: Case) -> list[str]:
    application = await session.get(Application, case.application_id)
    names = [application.applicant_name, application.agent_name or ""]
    if application.address_enc:
        names.append(cipher.decrypt(application.address_enc, context="applicant.address") or "")
    if application.applicant_type != "natural_person":
        names = names[1:]  # an organisation's name is not personal data
    return names


async def nominate(session: AsyncSession, cipher: FieldCipher, *, principal: Principal, module: str,
                   case_id: uuid.UUID | None, title: str | None, body: str | None, keywords: list[str]) -> LibraryEntry:
    case = None
    names: list[str] = []
    if case_id is not None:
        case = await get_case(session, case_id, principal, write=True)
        if not is_closed(case):
            raise Problem(409, "case_state", params={"status": case.status, "status_en": case.status,
                                                     "reason": "只有办结的案件可以推荐入库。",
                                                     "reason_en": "Only closed cases can be nominated."})
        names = await _personal(session, cipher, case)
        if body is None:
            outcome = Outcome(case.outcome).label_zh if case.outcome else ""
            details = (case.draft or {}).get("details", "")
            body = (f"申请内容：{case.title}。{case.description}\n\n办理结果：{outcome}\n\n答复要点：{details}\n\n"
                    f"办理情况：收到申请之日 {case.received_on}，办结之日 {case.closed_on}，"
                    f"用时 {case.working_days_taken} 个工作日。")
        body = redact(body, names)
        title = redact(title or case.title, names)
    elif not (title and body):
        raise field_error("body", "不关联案件的条目应提供标题和正文。", "Without a case, give a title and a body.")
    agency_id = case.agency_id if case else principal.agency_id
    if agency_id is None:
        raise field_error("case_id", "请关联案件。", "Link a case.")
    entry = LibraryEntry(id=uuid.uuid4(), module=module, status="nominated", case_id=case.id if case else None,
                         agency_id=agency_id, outcome=case.outcome if case else None, title=title, body=body,
                         keywords=keywords, nominated_by=principal.sub,
                         nominated_by_name=principal.name or principal.username, version=1)
    session.add(entry)
    kernel.audit(session, action="library.nominated", entity_type="library_entry", entity_id=entry.id,
                 agency_id=agency_id, after={"module": module, "title": title, "case_id": entry.case_id})
    return entry


async def get_entry(session: AsyncSession, entry_id: uuid.UUID, principal: Principal, *, for_update: bool = False) -> LibraryEntry:
    entry = await session.get(LibraryEntry, entry_id, with_for_update=for_update or None)
    if entry is None:
        raise not_found("library_entry")
    if entry.status != "published" and not principal.can_access(entry.agency_id, await agency_path(session, entry.agency_id)):
        raise not_found("library_entry")
    return entry


async def review(session: AsyncSession, cipher: FieldCipher, *, principal: Principal, entry_id: uuid.UUID,
                 version: int, approve: bool, title: str | None, body: str | None, keywords: list[str] | None,
                 comment: str | None) -> LibraryEntry:
    entry = await get_entry(session, entry_id, principal, for_update=True)
    if not principal.can_access(entry.agency_id, await agency_path(session, entry.agency_id)):
        raise Problem(403, "out_of_scope")
    if entry.version != version:
        raise Problem(409, "version_conflict", params={"current": entry.version})
    if entry.status != "nominated":
        raise Problem(409, "case_state", params={"status": entry.status, "status_en": entry.status,
                                                 "reason": "该条目已审核。", "reason_en": "Already reviewed."})
    if entry.nominated_by == principal.sub:
        raise Problem(403, "four_eyes")
    if title:
        entry.title = title
    if body:
        entry.body = body
    if keywords is not None:
        entry.keywords = keywords
    if approve:
        names: list[str] = []
        if entry.case_id:
            names = await _personal(session, cipher, await session.get(Case, entry.case_id))
        left = personal_data_in(f"{entry.title}\n{entry.body}", names)
        if left:
            raise Problem(422, "personal_data_left", params={"kinds": "、".join(left), "kinds_en": ", ".join(left)})
    entry.status = "published" if approve else "rejected"
    entry.reviewed_by = principal.sub
    entry.reviewed_by_name = principal.name or principal.username
    entry.reviewed_at = clock.now()
    entry.review_comment = comment
    entry.version += 1
    kernel.audit(session, action="library.reviewed", entity_type="library_entry", entity_id=entry.id,
                 agency_id=entry.agency_id, after={"status": entry.status, "comment": comment})
    return entry


def search_query(principal: Principal, *, q: str | None, module: str | None, outcome: str | None,
                 status: str) -> Any:
    from services.applications.reference.models import Agency

    stmt = select(LibraryEntry).order_by(LibraryEntry.created_at.desc())
    if status == "published":
        stmt = stmt.where(LibraryEntry.status == "published")
    else:
        stmt = stmt.where(LibraryEntry.status == status, principal.scope_condition(LibraryEntry.agency_id, Agency))
    if module:
        stmt = stmt.where(LibraryEntry.module == module)
    if outcome:
        stmt = stmt.where(LibraryEntry.outcome == outcome)
    if q:
        for word in q.split()[:5]:
            like = f"%{word}%"
            stmt = stmt.where(or_(LibraryEntry.title.ilike(like), LibraryEntry.body.ilike(like),
                                  literal(word) == any_(LibraryEntry.keywords)))
    return stmt


