"""An application as it arrived (申请) and its attachments. Personal data is encrypted at rest (``*_enc``, AES-GCM
with the platform's data key) with a keyed blind index of the identity number for repeat detection."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, Sequence, String, Text, func
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.applications.db import Base

application_number_seq = Sequence("application_number_seq", metadata=Base.metadata)


class Application(Base):
    __tablename__ = "applications"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    number: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    post_kind: Mapped[str | None] = mapped_column(String(20))
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    applicant_type: Mapped[str] = mapped_column(String(20), nullable=False)
    applicant_name: Mapped[str] = mapped_column(String(200), nullable=False)
    id_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    id_number_enc: Mapped[str] = mapped_column(String(300), nullable=False)
    applicant_key: Mapped[str] = mapped_column(String(64), nullable=False, index=True)  # blind index of the id
    phone_enc: Mapped[str | None] = mapped_column(String(300))
    email_enc: Mapped[str | None] = mapped_column(String(400))
    address_enc: Mapped[str | None] = mapped_column(String(1200))
    postal_code: Mapped[str | None] = mapped_column(String(6))
    agent_name: Mapped[str | None] = mapped_column(String(100))
    agent_id_number_enc: Mapped[str | None] = mapped_column(String(300))
    agent_phone_enc: Mapped[str | None] = mapped_column(String(300))
    info_form: Mapped[str] = mapped_column(String(20), nullable=False)
    delivery_method: Mapped[str] = mapped_column(String(20), nullable=False)
    citizen_id: Mapped[str | None] = mapped_column(String(64), index=True)  # the account that applied, if any
    client_id: Mapped[str | None] = mapped_column(String(64))  # the partner platform that submitted, if any
    registered_by: Mapped[str | None] = mapped_column(String(64))  # staff who registered an offline application
    query_code_hash: Mapped[str | None] = mapped_column(String(64))
    query_failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    query_locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Attachment(Base):
    """A file uploaded with an application, a supplement or by staff. The id is an unguessable capability until
    the file is linked to an application; after that only those who may see the case can read it."""

    __tablename__ = "attachments"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"), index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True), index=True)
    purpose: Mapped[str] = mapped_column(String(30), nullable=False)
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    content_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    storage_key: Mapped[str] = mapped_column(String(200), nullable=False)
    uploaded_by: Mapped[str | None] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    note: Mapped[str | None] = mapped_column(Text)
