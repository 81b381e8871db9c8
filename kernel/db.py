"""Async SQLAlchemy 2 + asyncpg: engines, sessions and the per-service declarative base."""
from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy import MetaData, event, exc
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.util import LRUCache

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
    engine = create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=max(2, pool_size // 4),
        # not pool_pre_ping: with asyncpg it costs three round trips (BEGIN, ";", ROLLBACK) on every checkout,
        # i.e. on every request; the checkout check below costs none (see _drop_closed_connection)
        echo=echo,
        connect_args={"server_settings": {"application_name": "gongkai", "timezone": "UTC"}},
    )
    event.listen(engine.sync_engine, "checkout", _drop_closed_connection)
    return engine


def _drop_closed_connection(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """A pooled connection the server has closed (a restart, an administrator's pg_terminate_backend, an idle
    timeout) is replaced before it is handed out: the server says so when it closes it, asyncpg marks the
    connection closed as soon as the event loop reads that, and raising DisconnectionError here makes the pool
    discard it and check out another (SQLAlchemy's documented custom pessimistic check). A connection that dies
    without a word (a network partition) fails its statement instead, and SQLAlchemy then invalidates the pool."""
    driver = getattr(dbapi_connection, "driver_connection", None)
    if driver is not None and driver.is_closed():
        raise exc.DisconnectionError("the server closed this pooled connection")


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


# --- statements run on the driver ---------------------------------------------------------------------------
#
# A hot read path (the catalog search: several statements per request) can run SQLAlchemy Core statements on the
# session's asyncpg connection directly. Compiling is cached per statement shape exactly as SQLAlchemy's own
# execution caches it (the statement's cache key, its bound values extracted) — or, for a Shaped statement, per
# key without even building it — and rows come back as asyncpg records, which read like mappings. This skips
# SQLAlchemy's per-execution work (execution context, cursor adaption, result processing: ≈ 0.4–0.8 ms a statement
# here); use it only for statements whose columns need no result processing (no ORM entities, no TypeDecorators,
# no Enum classes).

_ASYNCPG = asyncpg_dialect()
_COMPILED: LRUCache[Any, Any] = LRUCache(1000)

Rows = Callable[[Any], Awaitable[list[Mapping[str, Any]]]]


@dataclass(frozen=True)
class Shaped:
    """A statement of a known shape: ``build(key)`` makes it, with a named ``bindparam`` for every value that
    varies, once per ``key``; each use brings only its ``values``. Building and compiling a statement costs
    0.1–0.2 ms each time; a hot path that runs the same few shapes with other values skips both. The statement
    may hold no anonymous bound values (``literal(x)``): a value built into it would be reused for every later
    use of the key, so compiling one is refused."""

    key: Hashable
    build: Callable[[Hashable], Any]
    values: Mapping[str, Any]

    def bound(self) -> Any:
        """The statement with these values bound, for SQLAlchemy's own execution (tests, EXPLAIN by hand)."""
        return self.build(self.key).params(**self.values)


_SHAPED: LRUCache[Any, tuple[str, tuple[str, ...], dict[str, Any]]] = LRUCache(1000)


def _compile_shape(shaped: Shaped) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    cache_key = (shaped.build, shaped.key)  # keys are the builder's own: two builders never share an entry
    entry = _SHAPED.get(cache_key)
    if entry is None:
        compiled = shaped.build(shaped.key).compile(dialect=_ASYNCPG)
        names = tuple(compiled.positiontup or ())
        anonymous = sorted(name for name, b in compiled.binds.items() if b.unique)  # literal(x), column == x, …
        if anonymous:
            raise ValueError(f"a shaped statement holds anonymous bound values: {anonymous}")
        entry = (compiled.string, names, dict(compiled._bind_processors))  # noqa: SLF001
        _SHAPED[cache_key] = entry
    return entry


def compile_for_asyncpg(stmt: Any) -> tuple[str, list[Any]]:
    """SQL text with $n parameters and the argument list, exactly as SQLAlchemy's asyncpg dialect sends them. A
    :class:`Shaped` statement is compiled once per key; any other is compiled once per statement shape as
    ``Connection.execute`` caches it (``_compile_w_cache``: the statement is still built and its cache key made)."""
    if isinstance(stmt, Shaped):
        sql, names, processors = _compile_shape(stmt)
        return sql, _arguments(names, stmt.values, processors)
    compiled, extracted, collected, _ = stmt._compile_w_cache(  # noqa: SLF001 - SQLAlchemy's own cached compile
        dialect=_ASYNCPG, compiled_cache=_COMPILED, column_keys=[])
    params = compiled.construct_params(extracted_parameters=extracted, escape_names=False,
                                       _collected_params=collected)
    # the dialect's own value conversions
    return compiled.string, _arguments(compiled.positiontup or (), params, compiled._bind_processors)  # noqa: SLF001


def _arguments(names: Any, values: Mapping[str, Any], processors: Mapping[str, Any]) -> list[Any]:
    """The positional arguments ($1, $2, …) in the statement's order, each converted as the dialect would."""
    args = []
    for name in names:
        value = values[name]
        processor = processors.get(name)
        args.append(processor(value) if processor else value)
    return args


def driver_rows(session: AsyncSession) -> Rows:
    """An executor of Core statements on ``session``'s asyncpg connection, inside the session's transaction (which
    is begun here if nothing has run in the session yet, the way SQLAlchemy's asyncpg adapter begins it lazily
    before its first statement; the session's commit or close ends it as usual)."""
    driver: Any = None

    async def rows(stmt: Any) -> list[Mapping[str, Any]]:
        nonlocal driver
        if driver is None:
            adapter = (await (await session.connection()).get_raw_connection()).dbapi_connection
            if getattr(adapter, "_transaction", None) is None:
                begin = getattr(adapter, "_start_transaction", None)
                if begin is None:  # another adapter than the one this is written for: let SQLAlchemy begin it
                    bound = stmt.bound() if isinstance(stmt, Shaped) else stmt
                    return list((await session.execute(bound)).mappings().all())
                await begin()
            driver = adapter.driver_connection
        sql, args = compile_for_asyncpg(stmt)
        return await driver.fetch(sql, *args)

    return rows


def declarative_base() -> type[DeclarativeBase]:
    """A fresh declarative base with its own metadata: each service owns its database and migrations."""
    class Base(DeclarativeBase):
        metadata = new_metadata()
        # fetch server-generated values (timestamps, identities) with RETURNING, so objects stay usable
        # after commit without lazy loads
        __mapper_args__ = {"eager_defaults": True}

    return Base
