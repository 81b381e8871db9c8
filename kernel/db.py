"""Async SQLAlchemy 2 + asyncpg: engines, sessions and the per-service declarative base."""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_metadata() -> MetaData:
    return MetaData(naming_convention=NAMING_CONVENTION)


def create_engine(url: str, *, pool_size: int = 20, echo: bool = False) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=max(2, pool_size // 4),
        pool_pre_ping=True,
        echo=echo,
        connect_args={"server_settings": {"application_name": "gongkai", "timezone": "UTC"}},
    )


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@dataclass
class Database:
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]

    @classmethod
    def connect(cls, url: str, **kw: Any) -> "Database":
        engine = create_engine(url, **kw)
        return cls(engine, create_sessionmaker(engine))

    async def dispose(self) -> None:
        await self.engine.dispose()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """FastAPI dependency: one session per request. Handlers commit explicitly; anything uncommitted is
    rolled back, so a failed request never leaves a half-written change."""
    db: Database = request.app.state.db
    async with db.sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise


def declarative_base() -> type[DeclarativeBase]:
    """A fresh declarative base with its own metadata: each service owns its database and migrations."""
    class Base(DeclarativeBase):
        metadata = new_metadata()
        # fetch server-generated values (timestamps, identities) with RETURNING, so objects stay usable
        # after commit without lazy loads
        __mapper_args__ = {"eager_defaults": True}

    return Base
