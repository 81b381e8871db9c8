from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from services.applications.db import Base


class LetterTemplate(Base):
    """An agency's wording of the editable parts of one letter kind (header, greeting, closing, contact,
    signature). The legal paragraphs are fixed in code and cannot be changed here."""

    __tablename__ = "letter_templates"
    __table_args__ = (UniqueConstraint("agency_id", "kind", name="uq_letter_templates_agency_kind"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    parts: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_by: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class Letter(Base):
    """A letter as sent: both files archived with their SHA-256; never re-rendered or changed."""

    __tablename__ = "letters"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    outcome: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    recipient: Mapped[str] = mapped_column(String(30), nullable=False)  # applicant | third_party | agency
    public: Mapped[bool] = mapped_column(nullable=False, default=True)  # the applicant may download it
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    template_version: Mapped[int] = mapped_column(Integer, nullable=False)
    docx_key: Mapped[str] = mapped_column(String(200), nullable=False)
    docx_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    docx_size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    pdf_key: Mapped[str] = mapped_column(String(200), nullable=False)
    pdf_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    pdf_size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # applicant told by e-mail/SMS
