from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Identity, Index, Integer, String, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from services.catalog.db import Base


class Theme(Base):
    """主题分类: a two-level taxonomy (the gov.cn list is seeded by the migration; it is data, not code).
    Codes are stable: ``"10"`` for a top category, ``"10.02"`` for one of its subcategories."""

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("parent_code", "name", name="uq_themes_parent_name",
                                       postgresql_nulls_not_distinct=True),)

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    parent_code: Mapped[str | None] = mapped_column(String(10), ForeignKey("themes.code"), index=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class CatalogColumn(Base):
    """组配分类: one agency's tree of catalog columns (栏目). Names are unique among siblings, so a column cannot be
    duplicated by accident; ``purpose`` marks the columns the platform itself fills (the annual reports)."""

    __tablename__ = "columns"
    __table_args__ = (
        UniqueConstraint("agency_id", "parent_id", "name", name="uq_columns_sibling_name",
                         postgresql_nulls_not_distinct=True),
        Index("uq_columns_agency_purpose", "agency_id", "purpose", unique=True,
              postgresql_where=text("purpose IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    agency_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("agencies.id"), nullable=False, index=True)
    parent_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("columns.id"), index=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    purpose: Mapped[str | None] = mapped_column(String(30))
    description: Mapped[str | None] = mapped_column(String(500))
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now(),
                                                 onupdate=func.now())
