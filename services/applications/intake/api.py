"""Intake endpoints: online submission (with or without an account; partner platforms with an API client and
``Idempotency-Key``), registration by staff of applications that came in person, by post, fax, e-mail or orally,
and attachment uploads."""
from typing import Any

from fastapi import Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, public, require
from kernel.db import get_session
from kernel.errors import Problem, field_error, forbidden
from kernel.permissions import kind_refusal
from kernel.service import make_router
from services.applications import deps
from services.applications.cases.service import agency_path
from services.applications.db import kernel
from services.applications.intake import service
from services.applications.intake.schemas import ApplicationIn, AttachmentOut, StaffApplicationIn, SubmissionOut
from services.applications.intake.service import PURPOSES

router = make_router("", tags=["intake"])


def _out(application: Any, cases: list[Any], code: str | None) -> dict[str, Any]:
    return {
        "id": application.id, "number": application.number, "query_code": code, "agency_id": application.agency_id,
        "channel": application.channel, "submitted_at": application.submitted_at,
        "cases": [{"id": c.id, "number": c.number, "title": c.title, "status": c.status} for c in cases],
    }


@router.post("/applications", response_model=SubmissionOut, status_code=201,
             summary="提交政府信息公开申请（网上申请；对接平台须持 applications.application:submit，支持 Idempotency-Key）")
async def submit_application(
    request: Request,
    data: ApplicationIn,
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Any:
    if principal is not None and principal.kind == "client":
        if not principal.has("applications.application:submit"):
            raise forbidden("applications.application:submit")
        channel = "api"
    elif principal is not None and principal.kind == "staff":
        # staff register what they receive (with its real dates) under 登记申请, not as an online application
        raise Problem(403, "forbidden", params=kind_refusal(("citizen", "client")))
    else:
        channel = "online"
    owner = principal.sub if principal is not None else f"anonymous:{deps.client_ip(request)}"
    claim = await kernel.idempotent(session, request, owner, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    application, cases, code = await service.submit(
        session, deps.store(request), deps.cipher(request), data=data, channel=channel, today=deps.today(request),
        principal=principal,
    )
    body = SubmissionOut.model_validate(_out(application, cases, code)).model_dump(mode="json")
    # a replay must not hand out the query code again to whoever holds the key
    await claim.remember(session, 201, {**body, "query_code": None})
    await session.commit()
    return body


@router.post("/applications/register", response_model=SubmissionOut, status_code=201,
             summary="登记当面、信函、传真、电子邮件或口头提出的申请（含实际日期）")
async def register_application(
    request: Request,
    data: StaffApplicationIn,
    principal: Principal = Depends(require("applications.case:register")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    principal.ensure_access(data.agency_id, await agency_path(session, data.agency_id), hide=False)
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    application, cases, code = await service.submit(
        session, deps.store(request), deps.cipher(request), data=data, channel=data.channel.value,
        today=deps.today(request), principal=principal,
    )
    body = SubmissionOut.model_validate(_out(application, cases, code)).model_dump(mode="json")
    await claim.remember(session, 201, {**body, "query_code": None})
    await session.commit()
    return body


@router.post("/attachments", response_model=AttachmentOut, status_code=201,
             summary="上传附件（请求体为文件本身；PDF、JPG、PNG、OFD、DOCX）")
async def upload_attachment(
    request: Request,
    filename: str = Query(..., min_length=3, max_length=200, description="文件名（含扩展名）"),
    purpose: str = Query("identity_proof", description="identity_proof | power_of_attorney | supplement | evidence | other"),
    principal: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Any:
    if purpose not in PURPOSES:
        raise field_error("purpose", "附件用途无效。", "Unknown purpose.")
    settings = request.app.state.settings
    limit = settings.max_attachment_mb * 1024 * 1024
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise Problem(413, "payload_too_large", params={"limit": f"{settings.max_attachment_mb} MB"})
    attachment = await service.save_attachment(
        session, deps.store(request), chunks=request.stream(), filename=filename,
        content_type=request.headers.get("content-type", "application/octet-stream"), purpose=purpose,
        uploaded_by=principal.sub if principal else f"anonymous:{deps.client_ip(request)}", max_bytes=limit,
    )
    if principal is not None and principal.kind in ("staff", "client"):
        kernel.audit(session, action="attachment.uploaded", entity_type="attachment", entity_id=attachment.id,
                     after={"filename": filename, "size": attachment.size, "sha256": attachment.sha256})
    await session.commit()
    return attachment
