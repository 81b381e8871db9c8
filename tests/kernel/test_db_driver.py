"""The kernel's database plumbing below SQLAlchemy's execution: the pool's liveness check on checkout, statements
compiled once per shape, and statements run on the session's driver connection inside the session's transaction."""
import asyncio
import uuid

import pytest
from sqlalchemy import ARRAY, Integer, bindparam, column, func, literal, literal_column, select, table, text
from sqlalchemy.dialects.postgresql import UUID

from kernel.db import Database, Shaped, compile_for_asyncpg, driver_rows

numbers = table("numbers", column("n", Integer))


async def test_a_connection_the_server_closed_is_replaced_on_checkout(infra):
    """A pooled connection whose backend was terminated (a server restart, pg_terminate_backend) is not handed out:
    the next session gets a live one and its statement succeeds."""
    db = Database.connect(infra.databases["catalog"], pool_size=1)
    other = Database.connect(infra.databases["catalog"], pool_size=1)
    try:
        async with db.sessionmaker() as session:
            first_pid = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        async with other.sessionmaker() as admin:
            assert (await admin.execute(text("SELECT pg_terminate_backend(:p)"), {"p": first_pid})).scalar_one()
        await asyncio.sleep(0.3)  # the server's goodbye reaches the idle pooled connection
        async with db.sessionmaker() as session:
            second_pid = (await session.execute(text("SELECT pg_backend_pid()"))).scalar_one()
        assert second_pid != first_pid
    finally:
        await db.dispose()
        await other.dispose()


def _values_stmt(values: list[int], at_least: int, ids: list[uuid.UUID]):
    rows = select(func.unnest(literal(values, ARRAY(Integer))).label("n")).subquery()
    return (select(rows.c.n, literal(ids, ARRAY(UUID(as_uuid=True))).label("ids"))
            .where(rows.c.n >= at_least).order_by(rows.c.n.desc()).limit(2))


def test_statements_of_one_shape_are_compiled_once_with_their_own_values():
    a_ids, b_ids = [uuid.uuid4()], [uuid.uuid4(), uuid.uuid4()]
    sql_a, args_a = compile_for_asyncpg(_values_stmt([1, 2, 3], 2, a_ids))
    sql_b, args_b = compile_for_asyncpg(_values_stmt([7, 8], 8, b_ids))
    assert sql_a is sql_b  # the cached text, not a second compile
    assert [1, 2, 3] in args_a and 2 in args_a and [7, 8] in args_b and 8 in args_b
    assert a_ids in args_a and b_ids in args_b
    # a different shape is a different statement
    sql_c, _ = compile_for_asyncpg(_values_stmt([1], 0, a_ids).where(literal(True)))
    assert sql_c != sql_a


async def test_driver_rows_run_in_the_sessions_transaction_and_agree_with_sqlalchemy(infra):
    db = Database.connect(infra.databases["catalog"])
    try:
        ids = [uuid.uuid4(), uuid.uuid4()]
        async with db.sessionmaker() as session:
            rows = driver_rows(session)
            # the first statement of the session begins its transaction: a transaction-local setting made on the
            # driver is seen by SQLAlchemy's next statement, in the same transaction
            await rows(select(func.set_config("gongkai.probe", "driver", True)))
            seen = (await session.execute(text("SELECT current_setting('gongkai.probe', true), txid_current()")))
            setting, txid = seen.one()
            assert setting == "driver"
            assert (await rows(select(func.txid_current().label("t"))))[0]["t"] == txid
            for values, at_least in (([5, 1, 9, 3], 3), ([2, 4], 4), ([1], 5)):
                stmt = _values_stmt(values, at_least, ids)
                got = [dict(r) for r in await rows(stmt)]
                expected = [dict(r) for r in (await session.execute(stmt)).mappings().all()]
                assert got == expected
            assert [r["n"] for r in await rows(_values_stmt([5, 1, 9, 3], 3, ids))] == [9, 5]
        # the session's close ended the transaction: the setting is gone on the next one
        async with db.sessionmaker() as session:
            rows = driver_rows(session)
            assert (await rows(select(func.current_setting("gongkai.probe", True).label("s"))))[0]["s"] in (None, "")
    finally:
        await db.dispose()


def _shaped_numbers(key):
    _, with_floor = key
    stmt = select(numbers.c.n)
    if with_floor:
        stmt = stmt.where(numbers.c.n >= bindparam("floor", type_=Integer))
    return stmt.limit(bindparam("limit", type_=Integer))


def test_a_shaped_statement_is_built_once_per_key_and_takes_its_values_each_time():
    built = []

    def build(key):
        built.append(key)
        return _shaped_numbers(key)

    a_sql, a_args = compile_for_asyncpg(Shaped(("numbers", True), build, {"floor": 3, "limit": 10}))
    b_sql, b_args = compile_for_asyncpg(Shaped(("numbers", True), build, {"floor": 7, "limit": 2, "unused": 1}))
    assert built == [("numbers", True)] and a_sql is b_sql
    assert sorted(a_args) == [3, 10] and sorted(b_args) == [2, 7]
    other_sql, other_args = compile_for_asyncpg(Shaped(("numbers", False), build, {"limit": 1}))
    assert len(built) == 2 and other_sql != a_sql and other_args == [1]
    # a value missing from a use is an error, not a leftover of an earlier use
    with pytest.raises(KeyError):
        compile_for_asyncpg(Shaped(("numbers", True), build, {"limit": 1}))
    # a value built into the statement would be reused for every later use of the key: refused
    with pytest.raises(ValueError, match="anonymous"):
        compile_for_asyncpg(Shaped(("numbers", "built-in"), lambda key: select(numbers.c.n).where(numbers.c.n == 5), {}))


async def test_a_shaped_statement_runs_on_the_driver_and_bound_through_sqlalchemy(infra):
    db = Database.connect(infra.databases["catalog"])
    series = select(func.generate_series(literal_column("1"), literal_column("10")).label("n")).subquery()

    def build(_key):
        return (select(series.c.n).where(series.c.n >= bindparam("floor", type_=Integer)).order_by(series.c.n)
                .limit(bindparam("limit", type_=Integer)))

    try:
        async with db.sessionmaker() as session:
            rows = driver_rows(session)
            for floor, limit in ((3, 2), (8, 5)):
                shaped = Shaped(("series",), build, {"floor": floor, "limit": limit})
                got = [r["n"] for r in await rows(shaped)]
                assert got == list(range(floor, min(floor + limit, 11)))
                assert [r.n for r in (await session.execute(shaped.bound())).all()] == got
    finally:
        await db.dispose()


async def test_driver_rows_fall_back_to_sqlalchemy_on_an_adapter_it_does_not_know():
    """Without the asyncpg adapter's lazy begin (another SQLAlchemy version or driver), every statement goes through
    the session, a Shaped one with its values bound: slower, never wrong."""
    executed = []

    class Result:
        def mappings(self):
            return self

        def all(self):
            return [{"n": 1}]

    class Raw:
        dbapi_connection = object()  # neither _transaction nor _start_transaction

    class Connection:
        async def get_raw_connection(self):
            return Raw()

    class Session:
        async def connection(self):
            return Connection()

        async def execute(self, stmt):
            executed.append(stmt)
            return Result()

    rows = driver_rows(Session())
    shaped = Shaped(("numbers", True), _shaped_numbers, {"floor": 4, "limit": 2})
    assert await rows(shaped) == [{"n": 1}] and await rows(select(numbers.c.n)) == [{"n": 1}]
    assert len(executed) == 2
    assert executed[0].compile().params == {"floor": 4, "limit": 2}
