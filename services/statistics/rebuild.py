"""Rebuild the read models by replaying the catalog and applications streams from the start.

    python -m services.statistics.rebuild

The replay runs in one transaction that first takes the ingestion lock exclusively: the live consumers wait
(their lag shows in /readyz) and readers keep seeing the old numbers until the new ones are committed. Every
replayed event is recorded in the inbox, so the live consumers skip what the replay already applied and carry on
with what came after.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import time
from typing import Any

import nats
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy
from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.db import Database
from kernel.events import Broker, Consumer, Event, run_before_commit
from services.statistics.config import StatisticsSettings
from services.statistics.db import kernel
from services.statistics.ingestion.handlers import INGESTION_LOCK, READ_MODELS, consumers
from services.statistics.reference.models import calendar_cache

log = logging.getLogger("statistics.rebuild")


async def _replay(session: AsyncSession, broker: Broker, consumer: Consumer, batch: int) -> int:
    """Apply every event of the consumer's stream up to its current end; returns how many were applied."""
    await broker.ensure_stream(consumer.stream)
    info = await broker.js.stream_info(consumer.stream)
    last = info.state.last_seq
    if not last or not info.state.messages:
        return 0
    config = ConsumerConfig(
        deliver_policy=DeliverPolicy.ALL,
        ack_policy=AckPolicy.NONE,
        filter_subjects=consumer.filter_subjects,
        inactive_threshold=60,
    )
    sub = await broker.js.pull_subscribe(consumer.filter_subjects[0], durable=None, stream=consumer.stream, config=config)
    applied = 0
    try:
        while True:
            try:
                msgs = await sub.fetch(batch, timeout=2)
            except (nats.errors.TimeoutError, asyncio.TimeoutError):
                break  # nothing more to read
            events = [Event.parse(m.data) for m in msgs]
            if events:
                await session.execute(
                    insert(kernel.Inbox)
                    .values([{"event_id": e.id, "type": e.type, "consumer": consumer.name} for e in events])
                    .on_conflict_do_nothing()
                )
            for event in events:
                handler = consumer.handler_for(event.type)
                if handler is not None:
                    await handler(session, event)
                    applied += 1
            await run_before_commit(session)
            meta = msgs[-1].metadata
            if meta.sequence.stream >= last or meta.num_pending == 0:
                break
    finally:
        await sub.unsubscribe()
    return applied


async def rebuild(settings: StatisticsSettings | None = None, *, batch: int = 500) -> dict[str, Any]:
    """Empty the read models and replay the streams into them; returns what was replayed."""
    settings = settings or StatisticsSettings()
    db = Database.connect(settings.resolved_database_url(), pool_size=2)
    broker = Broker(settings.nats_url, name="statistics-rebuild", stream_replicas=settings.nats_stream_replicas)
    started = time.monotonic()
    applied: dict[str, int] = {}
    try:
        await broker.connect(wait=10)
        async with db.sessionmaker() as session, session.begin():
            await session.execute(select(func.pg_advisory_xact_lock(INGESTION_LOCK)))
            session.info["ingestion_lock"] = session.get_transaction()  # held: the handlers need not ask again
            for model in READ_MODELS:
                await session.execute(delete(model))
            for stream, handlers in consumers().items():
                consumer = Consumer(
                    name=f"{settings.service_name}-{stream.lower()}", stream=stream, handlers=handlers,
                    sessionmaker=db.sessionmaker, inbox_model=kernel.Inbox, broker=broker,
                )
                applied[stream] = await _replay(session, broker, consumer, batch)
        calendar_cache.invalidate()
    finally:
        await broker.close()
        await db.dispose()
    return {"events": applied, "seconds": round(time.monotonic() - started, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description="重建统计服务的读模型：从头重放目录与申请事件流。")
    parser.add_argument("--batch", type=int, default=500, help="每次从事件流读取的消息数")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    result = asyncio.run(rebuild(batch=args.batch))
    total = sum(result["events"].values())
    print(f"replayed {total} events ({result['events']}) in {result['seconds']} s")


if __name__ == "__main__":
    main()
