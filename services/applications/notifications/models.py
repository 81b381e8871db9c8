from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, ForeignKey, Index, String, UniqueConstraint, false, func,
                        text)
from sqlalchemy.orm import Mapped, mapped_column

from services.applications.db import Base


class Notification(Base):
    """An in-app message to a staff member (``user_id``) or to everyone handling an agency's cases."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", "due_on", "user_id", name="uq_notifications_once"),
        Index("ix_notifications_send_pending", "id", postgresql_where=text("send_pending")),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    user_id: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)  # "" = the agency
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # dictionaries.NotificationKind
    due_on: Mapped[date | None] = mapped_column(Date)
    message: Mapped[str] = mapped_column(String(300), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # also to go out through the configured channels (e-mail, SMS) to the agency's contact; the deadline job sends
    # it after the creating transaction has committed and clears the flag
    send_pending: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
