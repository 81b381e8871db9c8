"""The kernel's database plumbing below SQLAlchemy's execution: the pool's liveness check on checkout, statements
compiled once per shape, and statements run on the session's driver connection inside the session's transaction."""
import asyncio
import uuid

from sqlalchemy import ARRAY, Integer, column, func, literal, select, table, text
from sqlalchemy.dialects.postgresql import UUID

from kernel.db import Database, compile_for_asyncpg, driver_rows

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
