from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Identity, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from services.catalog.db import Base


class StandardArea(Base):
    """The pilot areas of grassroots disclosure (国办发〔2019〕54号: 重大建设项目, 财政预决算, …); a configurable list."""

    __tablename__ = "standard_areas"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class StandardItem(Base):
    """One item of an agency's 政务公开事项标准目录: what it must publish, on what basis, how fast, where, to whom."""

    __tablename__ = "standard_items"
    __table_args__ = (UniqueConstraint("agency_id", "parent_id", "name", name="uq_standard_items_sibling_name",
                                       postgresql_nulls_not_distinct=True),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("agencies.id"), nullable=False, index=True)
    parent_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("standard_items.id"), index=True)
    area_code: Mapped[str | None] = mapped_column(String(40), ForeignKey("standard_areas.code"))
    name: Mapped[str] = mapped_column(String(200), nullable=False)  # 公开事项
    content_elements: Mapped[str | None] = mapped_column(Text)  # 公开内容（要素）
    legal_basis: Mapped[str | None] = mapped_column(Text)  # 公开依据
    time_limit: Mapped[str | None] = mapped_column(String(200))  # 公开时限, as written
    time_limit_days: Mapped[int | None] = mapped_column(Integer)  # the same in working days, when it is a number
    subject: Mapped[str | None] = mapped_column(String(200))  # 公开主体
    channels: Mapped[str | None] = mapped_column(String(300))  # 公开渠道和载体
    audience: Mapped[str] = mapped_column(String(20), nullable=False, default="public")  # 公开对象
    method: Mapped[str] = mapped_column(String(20), nullable=False, default="proactive")  # 公开方式
    level: Mapped[str] = mapped_column(String(20), nullable=False, default="county")  # 公开层级
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now(),
                                                 onupdate=func.now())
