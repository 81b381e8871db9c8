"""Intake: applications submitted online (with or without an account) or by partner platforms, and those staff
register from the counter, the post, fax, e-mail or an oral request; attachments; the query code."""
from __future__ import annotations

import hmac
import secrets
import uuid
from collections.abc import AsyncIterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.crypto import FieldCipher, mask_id_number, mask_name, mask_phone
from kernel.errors import Problem, field_error, register_messages
from kernel.storage import FileStore
from kernel.uploads import checker
from services.applications.cases import service as cases
from services.applications.cases.models import Case
from services.applications.intake.models import Application, Attachment, application_number_seq
from services.applications.intake.schemas import ApplicationIn, ItemIn, StaffApplicationIn
from services.applications.reference.models import Agency

register_messages(
    {
        "agency_not_accepting": {
            "zh": ("该机关不受理申请", "所选机关不存在、已停用或不受理政府信息公开申请。"),
            "en": ("Agency does not accept applications", "The agency does not exist, is inactive or accepts no applications."),
        },
        "query_failed": {
            "zh": ("申请编号或查询码不正确", "申请编号或查询码不正确。连续输错多次后将暂时锁定查询。"),
            "en": ("Wrong number or query code", "The application number or query code is wrong; repeated failures lock the lookup."),
        },
        "query_locked": {
            "zh": ("查询已暂时锁定", "查询码错误次数过多，请在 {minutes} 分钟后再试。"),
            "en": ("Lookup locked", "Too many wrong query codes; try again in {minutes} minutes."),
        },
    }
)

QUERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I

# identity proofs, powers of attorney, supplements: scans, photos and documents
ATTACHMENTS = checker(("pdf", "jpg", "jpeg", "png", "ofd", "docx"))
PURPOSES = {"identity_proof", "power_of_attorney", "supplement", "evidence", "other"}


async def save_attachment(session: AsyncSession, store: FileStore, *, chunks: AsyncIterable[bytes], filename: str,
                          content_type: str, purpose: str, uploaded_by: str | None, max_bytes: int) -> Attachment:
    """Stream a file to storage (size limit enforced while streaming), then check that its first bytes are what
    its name and type claim: a disguised file is removed and refused."""
    attachment_id, clean_type, stored = await ATTACHMENTS.save(
        store, prefix="attachments", chunks=chunks, filename=filename, content_type=content_type, max_bytes=max_bytes)
    row = Attachment(id=attachment_id, purpose=purpose, filename=filename, content_type=clean_type,
                     size=stored.size, sha256=stored.sha256, storage_key=stored.key, uploaded_by=uploaded_by)
    session.add(row)
    return row


# --- numbers and query codes -----------------------------------------------------------------------------------


async def next_number(session: AsyncSession, today: date) -> str:
    seq = (await session.execute(select(application_number_seq.next_value()))).scalar_one()
    return f"{today.year}{seq:06d}"


def new_query_code() -> str:
    return "".join(secrets.choice(QUERY_ALPHABET) for _ in range(10))


def query_hash(cipher: FieldCipher, number: str, code: str) -> str:
    return cipher.blind_index(f"query:{number}:{code.strip().upper()}") or ""


async def check_query_code(session: AsyncSession, cipher: FieldCipher, *, number: str, code: str,
                           max_failures: int, lock_minutes: int) -> Application:
    """The application for a number and query code. Compared in constant time; after ``max_failures`` wrong
    codes the number is locked for ``lock_minutes`` (held in the database, so it holds across instances)."""
    application = (await session.execute(
        select(Application).where(Application.number == number.strip()).with_for_update()
    )).scalar_one_or_none()
    now = datetime.now(timezone.utc)  # a lockout is security, not a statutory date: the machine's clock
    if application is None or application.query_code_hash is None:
        # same cost as a real comparison: the answer does not tell whether the number exists
        hmac.compare_digest(query_hash(cipher, number, code), "0" * 64)
        raise Problem(404, "query_failed")
    if application.query_locked_until and application.query_locked_until > now:
        minutes = max(1, int((application.query_locked_until - now).total_seconds() // 60) + 1)
        raise Problem(429, "query_locked", params={"minutes": minutes}, headers={"Retry-After": str(minutes * 60)})
    if not hmac.compare_digest(query_hash(cipher, application.number, code), application.query_code_hash):
        application.query_failures += 1
        if application.query_failures >= max_failures:
            application.query_locked_until = now + timedelta(minutes=lock_minutes)
            application.query_failures = 0
        await session.commit()
        raise Problem(404, "query_failed")
    if application.query_failures:
        application.query_failures = 0
    return application


# --- submission ------------------------------------------------------------------------------------------------


async def accepting_agency(session: AsyncSession, agency_id: int) -> Agency:
    agency = await session.get(Agency, agency_id)
    if agency is None or not agency.is_active or not agency.accepts_requests:
        raise Problem(422, "agency_not_accepting", errors=[{"field": "agency_id", "code": "agency_not_accepting",
                                                            "message": "该机关不受理申请", "message_en": "not accepting"}])
    return agency


async def new_case(session: AsyncSession, application: Application, item: ItemIn, *, item_no: int) -> Case:
    case = Case(
        id=uuid.uuid4(), application_id=application.id, item_no=item_no, number=f"{application.number}-{item_no}",
        agency_id=application.agency_id, applicant_type=application.applicant_type, channel=application.channel,
        applicant_key=application.applicant_key, title=item.title, description=item.description,
        document_number=item.document_number, status="registered", version=1,
    )
    session.add(case)
    await session.flush()
    return case


async def _link(session: AsyncSession, application: Application, data: ApplicationIn) -> None:
    ids = list(data.attachment_ids)
    purposes = {i: "identity_proof" for i in ids}
    if data.agent is not None:
        ids.append(data.agent.power_of_attorney_id)
        purposes[data.agent.power_of_attorney_id] = "power_of_attorney"
    if not ids:
        return
    rows = {a.id: a for a in (await session.execute(
        select(Attachment).where(Attachment.id.in_(ids)).with_for_update()
    )).scalars()}
    for i, attachment_id in enumerate(ids):
        a = rows.get(attachment_id)
        field = "agent.power_of_attorney_id" if purposes[attachment_id] == "power_of_attorney" else f"attachment_ids.{i}"
        if a is None or a.application_id is not None:
            raise field_error(field, "附件不存在或已被使用，请重新上传。", "Unknown or already used attachment; upload again.")
        a.application_id = application.id
        a.purpose = purposes[attachment_id]


async def submit(
    session: AsyncSession,
    store: FileStore,
    cipher: FieldCipher,
    *,
    data: ApplicationIn,
    channel: str,
    today: date,
    principal: Principal | None,
) -> tuple[Application, list[Case], str | None]:
    """Create the application and one case per item. Online and API applications wait for staff to confirm
    receipt; staff registrations are received on the date given. Returns the query code for anonymous
    applicants (shown once; only its keyed hash is kept)."""
    await accepting_agency(session, data.agency_id)
    a = data.applicant
    number = await next_number(session, today)
    staff = isinstance(data, StaffApplicationIn)
    if staff and (data.received_on > today or data.submitted_on > today):
        raise field_error("received_on", "日期不能晚于今天。", "Dates cannot be in the future.")
    code = new_query_code() if principal is None or principal.kind != "citizen" else None
    application = Application(
        id=uuid.uuid4(), number=number, agency_id=data.agency_id, channel=channel,
        post_kind=data.post_kind.value if staff and data.post_kind else None,
        submitted_on=data.submitted_on if staff else today,
        applicant_type=a.type.value, applicant_name=a.name, id_kind=a.id_kind.value,
        id_number_enc=cipher.encrypt(a.id_number, context="applicant.id_number"),
        applicant_key=cipher.blind_index(a.id_number),
        phone_enc=cipher.encrypt(a.phone, context="applicant.phone"),
        email_enc=cipher.encrypt(a.email, context="applicant.email"),
        address_enc=cipher.encrypt(a.address, context="applicant.address"),
        postal_code=a.postal_code,
        agent_name=data.agent.name if data.agent else None,
        agent_id_number_enc=cipher.encrypt(data.agent.id_number, context="agent.id_number") if data.agent else None,
        agent_phone_enc=cipher.encrypt(data.agent.phone, context="agent.phone") if data.agent else None,
        info_form=data.info_form.value, delivery_method=data.delivery_method.value,
        citizen_id=principal.sub if principal and principal.kind == "citizen" else None,
        client_id=principal.sub if principal and principal.kind == "client" else None,
        registered_by=principal.sub if staff and principal else None,
        query_code_hash=query_hash(cipher, number, code) if code else None,
    )
    session.add(application)
    await session.flush()
    await _link(session, application, data)
    created = [await new_case(session, application, item, item_no=i) for i, item in enumerate(data.items, 1)]
    from services.applications.cases.actions import start_clock

    for case in created:
        if staff:
            await start_clock(session, store, case, received_on=data.received_on, today=today, actor=principal,
                              offline=True)
            case.version += 1
            await cases.publish(session, case, "received")
    if not staff:  # online or partner platform: the agency's staff must confirm receipt (Art. 31)
        from services.applications.notifications.service import notify_new_applications

        await notify_new_applications(session, application, created)
    from services.applications.db import kernel

    if principal is not None and principal.kind in ("staff", "client"):
        kernel.audit(session, action="application.registered" if staff else "application.submitted",
                     entity_type="application", entity_id=application.id,
                     after={"number": number, "channel": channel, "cases": [c.number for c in created],
                            "applicant_type": application.applicant_type, "id_number": a.id_number},
                     agency_id=application.agency_id)
    return application, created, code


# --- reading personal data -------------------------------------------------------------------------------------


def applicant_view(cipher: FieldCipher, application: Application, *, masked: bool) -> dict[str, Any]:
    """The applicant's details, decrypted for those handling the case, masked otherwise."""
    def dec(value: str | None, context: str) -> str | None:
        return cipher.decrypt(value, context=context) if value else None

    id_number = dec(application.id_number_enc, "applicant.id_number")
    phone = dec(application.phone_enc, "applicant.phone")
    address = dec(application.address_enc, "applicant.address")
    email = dec(application.email_enc, "applicant.email")
    person = application.applicant_type == "natural_person"
    view = {
        "type": application.applicant_type,
        "name": mask_name(application.applicant_name) if masked and person else application.applicant_name,
        "id_kind": application.id_kind,
        "id_number": mask_id_number(id_number) if masked else id_number,
        "phone": mask_phone(phone) if masked else phone,
        "email": (email[:2] + "***" + email[email.find("@"):]) if masked and email else email,
        "address": (address[:6] + "****") if masked and address else address,
        "postal_code": application.postal_code,
        "agent": None,
    }
    if application.agent_name:
        agent_id = dec(application.agent_id_number_enc, "agent.id_number")
        agent_phone = dec(application.agent_phone_enc, "agent.phone")
        view["agent"] = {
            "name": mask_name(application.agent_name) if masked else application.agent_name,
            "id_number": mask_id_number(agent_id) if masked else agent_id,
            "phone": mask_phone(agent_phone) if masked else agent_phone,
        }
    return view


def listed_name(application_type: str, name: str) -> str:
    return mask_name(name) if application_type == "natural_person" else name
