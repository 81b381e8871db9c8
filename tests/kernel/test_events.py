"""Outbox -> NATS JetStream -> consumer: exactly one effect even when the relay crashes between publishing and
marking its rows, and when a consumer receives an event twice."""
import asyncio
import uuid

import pytest
from sqlalchemy import func, select

from devtools.infra import drop_database, ensure_database
from kernel.db import Database
from kernel.events import Broker, Consumer, OutboxRelay
from kernel.migrations import upgrade
from services.catalog.db import kernel as catalog_kernel


class Crash(Exception):
    pass


@pytest.fixture(scope="module")
async def scratch_db(infra):
    """A database of its own (migrated like catalog's) so the running stack's relay does not touch its outbox."""
    name = f"gk_test_{infra.run_id}_outbox"
    await ensure_database(infra.pg_url, name)
    url = infra.database_url(name)
    await asyncio.to_thread(upgrade, "catalog", url)
    db = Database.connect(url)
    yield db
    await db.dispose()
    await drop_database(infra.pg_url, name)


@pytest.fixture
async def broker(infra):
    broker = Broker(infra.nats_url, "test-events")
    await broker.connect(wait=10)
    await broker.ensure_stream("CATALOG")
    yield broker
    await broker.close()


def _relay(db, broker):
    return OutboxRelay(sessionmaker=db.sessionmaker, model=catalog_kernel.Outbox, broker=broker, source="catalog")


def _consumer(db, broker, handlers):
    return Consumer(name=f"test-{uuid.uuid4().hex[:8]}", stream="CATALOG", handlers=handlers,
                    sessionmaker=db.sessionmaker, inbox_model=catalog_kernel.Inbox, broker=broker)


async def test_relay_crash_after_publish_still_delivers_once(scratch_db, broker):
    event_type = f"catalog.test.ping_{uuid.uuid4().hex[:8]}"
    async with scratch_db.sessionmaker() as session, session.begin():
        for i in range(3):
            catalog_kernel.emit(session, event_type, i, {"n": i})

    relay = _relay(scratch_db, broker)

    async def crash(rows):
        raise Crash("relay died after publishing")

    relay.after_publish_hook = crash
    with pytest.raises(Crash):
        await relay.run_once()
    async with scratch_db.sessionmaker() as session:
        unpublished = (await session.execute(
            select(func.count()).select_from(catalog_kernel.Outbox).where(catalog_kernel.Outbox.published_at.is_(None))
        )).scalar_one()
    assert unpublished == 3  # the marks were rolled back with the crash

    relay.after_publish_hook = None  # the restarted relay publishes the same events again
    assert await relay.run_once() == 3
    assert await relay.run_once() == 0

    info = await broker.js.stream_info("CATALOG", subjects_filter=event_type)
    assert info.state.subjects == {event_type: 3}  # JetStream dropped the republished duplicates

    seen: list[int] = []

    async def handler(session, event):
        seen.append(event.data["n"])

    consumer = _consumer(scratch_db, broker, {event_type: handler})
    task = asyncio.create_task(consumer.run())
    for _ in range(100):
        if len(seen) == 3:
            break
        await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert sorted(seen) == [0, 1, 2]

    # a redelivery (consumer crashed after its transaction, before the ack) has no second effect
    msgs = await (await broker.js.pull_subscribe(event_type, stream="CATALOG")).fetch(1, timeout=2)
    assert await consumer.handle(msgs[0].data) is False
    assert sorted(seen) == [0, 1, 2]


async def test_handler_failure_rolls_back_and_is_retried(scratch_db, broker):
    event_type = f"catalog.test.flaky_{uuid.uuid4().hex[:8]}"
    async with scratch_db.sessionmaker() as session, session.begin():
        catalog_kernel.emit(session, event_type, 1, {"n": 1})
    await _relay(scratch_db, broker).run_once()
    attempts: list[int] = []

    async def flaky(session, event):
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("transient failure")

    consumer = _consumer(scratch_db, broker, {event_type: flaky})
    task = asyncio.create_task(consumer.run())
    for _ in range(200):
        if consumer.processed_total == 1:
            break
        await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert len(attempts) == 2 and consumer.processed_total == 1


async def test_an_event_type_no_stream_carries_is_refused(scratch_db):
    async with scratch_db.sessionmaker() as session:
        with pytest.raises(ValueError):
            catalog_kernel.emit(session, "nowhere.thing.happened", 1, {})


async def test_batched_consumer_applies_each_event_once_and_isolates_a_bad_one(scratch_db, broker):
    """A batch is one transaction; when it fails the messages are retried one by one, so the good events of the
    batch still take effect exactly once and only the bad one is redelivered."""
    event_type = f"catalog.test.batch_{uuid.uuid4().hex[:8]}"
    async with scratch_db.sessionmaker() as session, session.begin():
        for i in range(6):
            catalog_kernel.emit(session, event_type, i, {"n": i})
    await _relay(scratch_db, broker).run_once()
    seen: list[int] = []
    failures: list[int] = []

    async def handler(session, event):
        if event.data["n"] == 3 and not failures:
            failures.append(3)
            raise RuntimeError("bad event, once")
        seen.append(event.data["n"])

    consumer = _consumer(scratch_db, broker, {event_type: handler})
    consumer.batch_transaction = True
    task = asyncio.create_task(consumer.run())
    for _ in range(200):
        if consumer.processed_total == 6:
            break
        await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert consumer.processed_total == 6 and failures == [3]
    assert sorted(set(seen)) == [0, 1, 2, 3, 4, 5]
    async with scratch_db.sessionmaker() as session:
        inbox = catalog_kernel.Inbox
        recorded = (await session.execute(
            select(func.count()).select_from(inbox).where(inbox.consumer == consumer.name)
        )).scalar_one()
    assert recorded == 6  # the rolled-back attempt left nothing; each event is recorded once

    # the same events again in one batch (a redelivery) have no effect
    msgs = await (await broker.js.pull_subscribe(event_type, stream="CATALOG")).fetch(6, timeout=2)
    assert await consumer.handle_batch([m.data for m in msgs]) == 0


async def test_handlers_may_write_once_before_the_commit(scratch_db, broker):
    """``before_commit`` hooks run once per transaction, after every handler of the batch."""
    from kernel.events import before_commit

    event_type = f"catalog.test.queued_{uuid.uuid4().hex[:8]}"
    async with scratch_db.sessionmaker() as session, session.begin():
        for i in range(4):
            catalog_kernel.emit(session, event_type, i, {"n": i})
    await _relay(scratch_db, broker).run_once()
    flushed: list[list[int]] = []

    async def flush(session):
        flushed.append(session.info.pop("queued"))

    async def handler(session, event):
        session.info.setdefault("queued", []).append(event.data["n"])
        before_commit(session, flush)

    consumer = _consumer(scratch_db, broker, {event_type: handler})
    msgs = await (await broker.js.pull_subscribe(event_type, stream="CATALOG")).fetch(4, timeout=2)
    assert await consumer.handle_batch([m.data for m in msgs[:3]]) == 3
    assert await consumer.handle(msgs[3].data) is True
    assert flushed == [[0, 1, 2], [3]]


async def test_a_deployed_consumer_learns_new_event_types(scratch_db, broker):
    """A service that handles a new event type after an upgrade receives it through its existing durable consumer
    (whose subject filter is updated in place, keeping its position)."""
    tag = uuid.uuid4().hex[:8]
    old, new = f"catalog.test.old_{tag}", f"catalog.test.new_{tag}"
    seen: list[str] = []

    async def handler(session, event):
        seen.append(event.type)

    first = _consumer(scratch_db, broker, {old: handler})
    await first.subscribe()  # deployed, knowing one type
    async with scratch_db.sessionmaker() as session, session.begin():
        catalog_kernel.emit(session, old, 1, {})
        catalog_kernel.emit(session, new, 2, {})
    await _relay(scratch_db, broker).run_once()
    upgraded = Consumer(name=first.name, stream="CATALOG", handlers={old: handler, new: handler},
                        sessionmaker=scratch_db.sessionmaker, inbox_model=catalog_kernel.Inbox, broker=broker)
    task = asyncio.create_task(upgraded.run())
    for _ in range(200):
        if len(seen) == 2:
            break
        await asyncio.sleep(0.05)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert sorted(seen) == sorted([old, new])
    info = await broker.js.consumer_info("CATALOG", first.name)
    assert set(info.config.filter_subjects) == {old, new}
