"""Append-only audit trail of every write by staff or an API client.

Each service keeps an ``audit_log`` table (a trigger made by the migration helper
:func:`kernel.migrations.create_append_only_trigger` rejects UPDATE and DELETE). Records are written in the same
transaction as the change, so a rolled-back change leaves no record and a committed one always has one.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Identity, Index, String, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from kernel.crypto import mask_id_number, mask_phone
from kernel.jsonutil import to_jsonable
from kernel.request_context import client_ip_var, principal_var, request_id_var

# Field names whose values are personal data: masked before they reach the audit trail.
_MASKERS = {
    "id_number": mask_id_number,
    "identity_number": mask_id_number,
    "phone": mask_phone,
    "mobile": mask_phone,
    "contact_phone": mask_phone,
}
_DROP = {"password", "password_hash", "secret", "secret_hash", "client_secret", "token", "token_hash"}


def sanitise(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in _DROP or k.endswith("_enc") or k.endswith("_bidx"):
                continue
            masker = _MASKERS.get(k)
            out[k] = masker(v) if masker and isinstance(v, str) else sanitise(v)
        return out
    if isinstance(value, list):
        return [sanitise(v) for v in value]
    return value


class AuditLogMixin:
    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    service: Mapped[str] = mapped_column(String(40), nullable=False)
    actor_id: Mapped[str | None] = mapped_column(String(64))
    actor_name: Mapped[str | None] = mapped_column(String(100))
    actor_kind: Mapped[str | None] = mapped_column(String(20))
    roles: Mapped[list[str]] = mapped_column(ARRAY(String(64)), nullable=False, server_default="{}")
    agency_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(80), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(120))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    source_ip: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            Index(f"ix_{cls.__tablename__}_entity", "entity_type", "entity_id"),
            Index(f"ix_{cls.__tablename__}_actor_at", "actor_id", "at"),
            Index(f"ix_{cls.__tablename__}_at", "at"),
        )


def audit_row(
    model: type,
    *,
    service: str,
    action: str,
    entity_type: str,
    entity_id: Any,
    before: Any = None,
    after: Any = None,
    agency_id: int | None = None,
    actor: Any = None,
) -> Any:
    principal = actor or principal_var.get()
    return model(
        service=service,
        actor_id=principal.sub if principal else None,
        actor_name=(principal.name or principal.username) if principal else None,
        actor_kind=principal.kind if principal else "system",
        roles=list(principal.roles) if principal else [],
        agency_id=agency_id if agency_id is not None else (principal.agency_id if principal else None),
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id) if entity_id is not None else None,
        before=sanitise(to_jsonable(before)) if before is not None else None,
        after=sanitise(to_jsonable(after)) if after is not None else None,
        source_ip=client_ip_var.get(),
        request_id=request_id_var.get(),
    )


async def record(session: AsyncSession, model: type, **kwargs: Any) -> None:
    session.add(audit_row(model, **kwargs))
