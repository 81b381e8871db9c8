"""Events: transactional outbox -> relay -> NATS JetStream -> idempotent consumers with an inbox.

* A service writes an :class:`OutboxMixin` row in the same transaction as the change (``ServiceKernel.emit``).
* :class:`OutboxRelay` publishes unpublished rows in order with ``Nats-Msg-Id`` = event id (JetStream drops
  duplicates inside its window), then marks them published. Only one relay publishes at a time (a transaction
  advisory lock), so order is kept even with several instances of a service.
* :class:`Consumer` pulls from a durable consumer; for each message it records the event id in the inbox and runs
  the handler in one transaction, then acks. A redelivered or republished event finds its id in the inbox and is
  only acked: the effect happens exactly once.

Envelope: ``{id, type, occurred_at, source, subject_id, data, trace_id}``; the NATS subject is the type.
"""
from __future__ import annotations

import asyncio
import fnmatch
import json
import logging
import uuid
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import nats
from nats.aio.client import Client as NatsClient
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StorageType, StreamConfig
from sqlalchemy import BigInteger, DateTime, Identity, Index, String, bindparam, func, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID, insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from kernel.jsonutil import dumps, to_jsonable

log = logging.getLogger("kernel.events")

# Every service publishes to one stream named after it. Kept here so producers and consumers agree.
STREAMS: dict[str, list[str]] = {
    "CATALOG": ["catalog.>"],
    "APPLICATIONS": ["applications.>"],
    "STATISTICS": ["statistics.>"],
    "IDENTITY": ["identity.>"],
}
DUPLICATE_WINDOW_SECONDS = 15 * 60


def stream_for(event_type: str) -> str:
    prefix = event_type.split(".", 1)[0].upper()
    if prefix not in STREAMS:
        raise ValueError(f"no stream for event type {event_type!r}")
    return prefix


# --- tables ------------------------------------------------------------------------------------------


class OutboxMixin:
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), unique=True, nullable=False)
    type: Mapped[str] = mapped_column(String(120), nullable=False)
    subject_id: Mapped[str] = mapped_column(String(120), nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    trace_id: Mapped[str | None] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (Index(f"ix_{cls.__tablename__}_unpublished", "seq", postgresql_where=text("published_at IS NULL")),)


class InboxMixin:
    event_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    type: Mapped[str] = mapped_column(String(120), nullable=False)
    consumer: Mapped[str] = mapped_column(String(120), nullable=False)
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


# --- envelope ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    id: uuid.UUID
    type: str
    occurred_at: datetime
    source: str
    subject_id: str
    data: dict[str, Any]
    trace_id: str | None = None

    def envelope(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "type": self.type,
            "occurred_at": self.occurred_at.isoformat(),
            "source": self.source,
            "subject_id": self.subject_id,
            "data": self.data,
            "trace_id": self.trace_id,
        }

    @classmethod
    def parse(cls, raw: bytes) -> "Event":
        obj = json.loads(raw)
        return cls(
            id=uuid.UUID(obj["id"]),
            type=obj["type"],
            occurred_at=datetime.fromisoformat(obj["occurred_at"]),
            source=obj.get("source", ""),
            subject_id=str(obj.get("subject_id", "")),
            data=obj.get("data") or {},
            trace_id=obj.get("trace_id"),
        )


def outbox_row(model: type, *, event_type: str, subject_id: Any, data: Any, trace_id: str | None) -> Any:
    stream_for(event_type)  # fail early on a type no stream carries
    return model(
        id=uuid.uuid4(),
        type=event_type,
        subject_id=str(subject_id),
        data=to_jsonable(data),
        occurred_at=datetime.now(timezone.utc),
        trace_id=trace_id,
    )


# --- NATS connection ---------------------------------------------------------------------------------


class Broker:
    """A NATS connection that (re)connects in the background; ``ready`` tells /readyz whether it is up."""

    def __init__(self, url: str, name: str, *, stream_replicas: int = 1) -> None:
        self.url = url
        self.name = name
        self.stream_replicas = stream_replicas
        self.nc: NatsClient | None = None
        self._connected = asyncio.Event()

    @property
    def js(self) -> JetStreamContext:
        if self.nc is None:
            raise RuntimeError("NATS is not connected")
        return self.nc.jetstream(timeout=5)

    @property
    def ready(self) -> bool:
        return self.nc is not None and self.nc.is_connected

    async def connect(self, *, wait: float | None = None) -> None:
        async def _on_disconnect() -> None:
            log.warning("disconnected from NATS")

        async def _on_reconnect() -> None:
            log.info("reconnected to NATS")

        async def _on_error(e: Exception) -> None:
            log.warning("NATS error: %s", e)

        deadline = None if wait is None else asyncio.get_running_loop().time() + wait
        delay = 0.2
        while True:
            try:
                self.nc = await nats.connect(
                    self.url,
                    name=self.name,
                    max_reconnect_attempts=-1,
                    reconnect_time_wait=0.5,
                    connect_timeout=2,
                    disconnected_cb=_on_disconnect,
                    reconnected_cb=_on_reconnect,
                    error_cb=_on_error,
                )
                self._connected.set()
                return
            except Exception as exc:  # noqa: BLE001 - any failure means "retry"
                if deadline is not None and asyncio.get_running_loop().time() > deadline:
                    raise
                log.warning("cannot reach NATS at %s (%s); retrying", self.url, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5)

    async def wait_connected(self) -> None:
        await self._connected.wait()

    async def ensure_stream(self, name: str) -> None:
        await ensure_stream(self.js, name, replicas=self.stream_replicas)

    async def close(self) -> None:
        # Relay and consumers are stopped before this, and every publish awaited its ack, so there is nothing
        # to drain; draining would wait on the pull subscriptions' pending fetches.
        if self.nc is not None and not self.nc.is_closed:
            try:
                await asyncio.wait_for(self.nc.flush(), timeout=2)
            except Exception:  # noqa: BLE001
                pass
            await self.nc.close()


async def ensure_stream(js: JetStreamContext, name: str, *, replicas: int = 1) -> None:
    """Create the stream if missing. Streams keep every event (no age limit) so read models can be rebuilt by
    replaying them from the start."""
    config = StreamConfig(
        name=name,
        subjects=STREAMS[name],
        storage=StorageType.FILE,
        duplicate_window=DUPLICATE_WINDOW_SECONDS,
        num_replicas=replicas,
    )
    try:
        await js.stream_info(name)
    except nats.js.errors.NotFoundError:
        try:
            await js.add_stream(config)
        except nats.js.errors.BadRequestError:
            # created concurrently by another service
            await js.stream_info(name)


# --- relay -------------------------------------------------------------------------------------------


class OutboxRelay:
    """Publishes outbox rows in order; safe to run in every instance of a service."""

    def __init__(
        self,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        model: type,
        broker: Broker,
        source: str,
        batch_size: int = 200,
        poll_interval: float = 0.5,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.model = model
        self.broker = broker
        self.source = source
        self.batch_size = batch_size
        self.poll_interval = poll_interval
        self.wakeup = asyncio.Event()
        self.lock_key = zlib.crc32(f"outbox:{source}".encode())
        self.published_total = 0
        self.last_error: str | None = None
        # test hook: called after publishing a batch and before marking it (simulates a crash there)
        self.after_publish_hook: Callable[[list[Any]], Awaitable[None]] | None = None

    def notify(self) -> None:
        self.wakeup.set()

    async def run_once(self) -> int:
        """Publish one batch; returns how many rows were published (0 if none or another relay holds the lock)."""
        m = self.model
        async with self.sessionmaker() as session, session.begin():
            got = (await session.execute(select(func.pg_try_advisory_xact_lock(self.lock_key)))).scalar()
            if not got:
                return 0
            rows = (
                (
                    await session.execute(
                        select(m).where(m.published_at.is_(None)).order_by(m.seq).limit(self.batch_size)
                    )
                )
                .scalars()
                .all()
            )
            if not rows:
                return 0
            js = self.broker.js
            for row in rows:
                event = Event(
                    id=row.id,
                    type=row.type,
                    occurred_at=row.occurred_at,
                    source=self.source,
                    subject_id=row.subject_id,
                    data=row.data,
                    trace_id=row.trace_id,
                )
                await js.publish(row.type, dumps(event.envelope()), headers={"Nats-Msg-Id": str(row.id)})
            if self.after_publish_hook is not None:
                await self.after_publish_hook(rows)
            await session.execute(
                update(m).where(m.seq.in_([r.seq for r in rows])).values(published_at=func.now())
            )
        self.published_total += len(rows)
        return len(rows)

    async def run(self) -> None:
        await self.broker.wait_connected()
        for name in STREAMS:
            if name.lower() == self.source:
                await self.broker.ensure_stream(name)
        while True:
            try:
                n = await self.run_once()
                self.last_error = None
                if n >= self.batch_size:
                    continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep relaying after transient failures
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("outbox relay failed: %s", exc)
            self.wakeup.clear()
            try:
                await asyncio.wait_for(self.wakeup.wait(), timeout=self.poll_interval)
            except asyncio.TimeoutError:
                pass


# --- consumers ---------------------------------------------------------------------------------------

Handler = Callable[[AsyncSession, Event], Awaitable[None]]
_BEFORE_COMMIT = "consumer_before_commit"


def before_commit(session: AsyncSession, hook: Callable[[AsyncSession], Awaitable[None]]) -> None:
    """Have ``hook`` run once before the consumer commits the handlers' transaction: a handler may queue its
    writes and write them all at once (one round trip for a whole batch of events)."""
    hooks = session.info.setdefault(_BEFORE_COMMIT, [])
    if hook not in hooks:
        hooks.append(hook)


async def run_before_commit(session: AsyncSession) -> None:
    """Run the hooks registered with :func:`before_commit` (consumers call this before committing)."""
    for hook in session.info.pop(_BEFORE_COMMIT, []):
        await hook(session)


_INBOX_BATCH: dict[str, Any] = {}


def _inbox_batch_insert(model: type) -> Any:
    """The inbox insert of a whole batch: three array parameters, so one statement (compiled once) serves every
    batch size, where a VALUES row per event costs milliseconds of compiling per batch."""
    table = model.__tablename__
    if table not in _INBOX_BATCH:
        _INBOX_BATCH[table] = text(
            f"INSERT INTO {table} (event_id, type, consumer) "
            "SELECT id, t, :consumer FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS varchar[])) AS e(id, t) "
            "ON CONFLICT DO NOTHING RETURNING event_id"
        ).bindparams(bindparam("ids", type_=ARRAY(UUID(as_uuid=True))), bindparam("types", type_=ARRAY(String())))
    return _INBOX_BATCH[table]


@dataclass
class Consumer:
    """A durable JetStream pull consumer whose handlers run at most once per event (inbox table)."""

    name: str  # durable name, unique per service and stream, e.g. "applications-catalog"
    stream: str
    handlers: dict[str, Handler]  # event type or fnmatch pattern -> handler
    sessionmaker: async_sessionmaker[AsyncSession]
    inbox_model: type
    broker: Broker
    batch: int = 100
    # handle each fetched batch in one transaction (one commit for up to ``batch`` events); a batch whose
    # transaction fails is retried one message at a time, so one bad event cannot hold back the others.
    # Handlers must then not rely on ORM objects added by an earlier handler of the batch being flushed.
    batch_transaction: bool = False
    processed_total: int = 0
    last_error: str | None = None
    _sub: Any = field(default=None, repr=False)

    @property
    def filter_subjects(self) -> list[str]:
        subjects = set()
        for pattern in self.handlers:
            parts = pattern.split(".")
            subjects.add(".".join("*" if "*" in p else p for p in parts))
        return sorted(subjects)

    def handler_for(self, event_type: str) -> Handler | None:
        if event_type in self.handlers:
            return self.handlers[event_type]
        for pattern, handler in self.handlers.items():
            if fnmatch.fnmatchcase(event_type, pattern):
                return handler
        return None

    async def subscribe(self) -> None:
        await self.broker.ensure_stream(self.stream)
        config = ConsumerConfig(
            durable_name=self.name,
            deliver_policy=DeliverPolicy.ALL,
            ack_policy=AckPolicy.EXPLICIT,
            ack_wait=30,
            max_ack_pending=1000,
            filter_subjects=self.filter_subjects,
        )
        await self._update_filter(config)
        self._sub = await self.broker.js.pull_subscribe(
            self.filter_subjects[0], durable=self.name, stream=self.stream, config=config
        )

    async def _update_filter(self, config: ConsumerConfig) -> None:
        """A durable consumer keeps the subjects it was created with: when the service now handles more (or fewer)
        event types, the existing consumer's filter is updated in place (it keeps its position in the stream), so
        new event types reach a deployed service without deleting anything."""
        try:
            info = await self.broker.js.consumer_info(self.stream, self.name)
        except nats.js.errors.NotFoundError:
            return
        current = set(info.config.filter_subjects or ([info.config.filter_subject] if info.config.filter_subject else []))
        if current != set(self.filter_subjects):
            log.info("consumer %s: filter %s -> %s", self.name, sorted(current), self.filter_subjects)
            await self.broker.js.add_consumer(self.stream, config)

    async def handle(self, raw: bytes) -> bool:
        """Process one message; returns False if it had been processed before."""
        event = Event.parse(raw)
        handler = self.handler_for(event.type)
        async with self.sessionmaker() as session, session.begin():
            inserted = (
                await session.execute(
                    insert(self.inbox_model)
                    .values(event_id=event.id, type=event.type, consumer=self.name)
                    .on_conflict_do_nothing()
                    .returning(self.inbox_model.event_id)
                )
            ).first()
            if inserted is None:
                return False
            if handler is not None:
                await handler(session, event)
            await run_before_commit(session)
        self.processed_total += 1
        return True

    async def handle_batch(self, raws: list[bytes]) -> int:
        """Process several messages in one transaction, in order; returns how many were new."""
        events = [Event.parse(raw) for raw in raws]
        async with self.sessionmaker() as session, session.begin():
            fresh = set(
                (
                    await session.execute(
                        _inbox_batch_insert(self.inbox_model),
                        {"ids": [e.id for e in events], "types": [e.type for e in events], "consumer": self.name},
                    )
                ).scalars()
            )
            done: set[uuid.UUID] = set()
            for event in events:
                if event.id not in fresh or event.id in done:
                    continue
                done.add(event.id)
                handler = self.handler_for(event.type)
                if handler is not None:
                    await handler(session, event)
            await run_before_commit(session)
        self.processed_total += len(done)
        return len(done)

    async def pending(self) -> int | None:
        """Messages not yet delivered to this consumer (its lag), or None when unknown."""
        try:
            info = await self.broker.js.consumer_info(self.stream, self.name)
        except Exception:  # noqa: BLE001
            return None
        return (info.num_pending or 0) + (info.num_ack_pending or 0)

    async def run(self) -> None:
        await self.broker.wait_connected()
        while True:
            try:
                if self._sub is None:
                    await self.subscribe()
                try:
                    msgs = await self._sub.fetch(self.batch, timeout=1)
                except (nats.errors.TimeoutError, asyncio.TimeoutError):
                    self.last_error = None  # idle, and the server answered: healthy
                    continue
                if self.batch_transaction and len(msgs) > 1:
                    try:
                        await self.handle_batch([m.data for m in msgs])
                    except asyncio.CancelledError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - fall back to one message at a time
                        log.warning("consumer %s: batch failed (%s); retrying one by one", self.name, exc)
                    else:
                        for msg in msgs:
                            await msg.ack()
                        self.last_error = None
                        continue
                for msg in msgs:
                    try:
                        await self.handle(msg.data)
                        await msg.ack()
                    except asyncio.CancelledError:
                        raise
                    except Exception as exc:  # noqa: BLE001
                        self.last_error = f"{type(exc).__name__}: {exc}"
                        log.exception("consumer %s failed on a message; it will be redelivered", self.name)
                        await msg.nak(delay=2)
                self.last_error = None
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("consumer %s: %s; retrying", self.name, self.last_error)
                self._sub = None
                await asyncio.sleep(1)


def consumer_streams(patterns: Iterable[str]) -> set[str]:
    return {stream_for(p) for p in patterns}
