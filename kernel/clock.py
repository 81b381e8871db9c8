"""The platform's one notion of now and today.

Statutory dates (receipt, due dates, publication, report deadlines) are dates in the platform's time zone
(``Asia/Shanghai`` by default), never the machine's: between 16:00 and 24:00 UTC a machine on UTC is still on
yesterday while Beijing is already on today. Everything that dates a statutory fact asks this module.

The clock can be moved, for tests and demonstrations only (never in production):

- ``CLOCK_AT=2026-12-07T23:30:00Z``: the clock starts at that instant when the process starts and runs on from
  there. A process that starts others (``make run``) passes the resulting ``CLOCK_OFFSET_SECONDS`` on, so every
  service shares one offset.
- ``CLOCK_OFFSET_SECONDS``: the offset from the machine's clock, in seconds.
- :func:`pin` inside one process (the test suite runs the services in-process and pins their shared clock).

Security timestamps (token expiry, rate limits, lockouts) stay on the machine's clock: they are not statutory.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

# the platform's time zone: TIMEZONE, or Asia/Shanghai (a service's <PREFIX>TIMEZONE setting may name another)
DEFAULT_TIMEZONE = os.environ.get("TIMEZONE") or "Asia/Shanghai"
OFFSET_ENV = "CLOCK_OFFSET_SECONDS"
AT_ENV = "CLOCK_AT"


def parse_instant(value: str) -> datetime:
    """An ISO 8601 instant; one without a zone is read as UTC."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    at = datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def _offset_from_env() -> timedelta:
    if os.environ.get("ENVIRONMENT", "").lower() == "production":
        if os.environ.get(OFFSET_ENV) or os.environ.get(AT_ENV):
            raise RuntimeError(f"{AT_ENV}/{OFFSET_ENV} move the statutory clock and are refused in production")
        return timedelta()
    if os.environ.get(OFFSET_ENV):
        return timedelta(seconds=float(os.environ[OFFSET_ENV]))
    if os.environ.get(AT_ENV):
        offset = parse_instant(os.environ[AT_ENV]) - datetime.now(timezone.utc)
        # processes started from this one share the offset rather than each starting the clock anew
        os.environ[OFFSET_ENV] = repr(offset.total_seconds())
        return offset
    return timedelta()


_offset: timedelta = _offset_from_env()


@lru_cache(maxsize=16)
def zone(name: str | None = None) -> ZoneInfo:
    return ZoneInfo(name or DEFAULT_TIMEZONE)


def now() -> datetime:
    """The current instant (UTC, aware) on the platform's clock."""
    return datetime.now(timezone.utc) + _offset


def local_now(tz: str | None = None) -> datetime:
    return now().astimezone(zone(tz))


def today(tz: str | None = None) -> date:
    """Today in the platform's time zone (``tz``, default Asia/Shanghai)."""
    return local_now(tz).date()


def local_date(at: datetime, tz: str | None = None) -> date:
    """The date of an instant in the platform's time zone (a naive instant is taken as UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(zone(tz)).date()


def start_of(day: date, tz: str | None = None) -> datetime:
    """The first instant of ``day`` in the platform's time zone (for "raised on or after this date")."""
    return datetime.combine(day, datetime.min.time(), zone(tz))


def offset() -> timedelta:
    return _offset


def set_offset(value: timedelta) -> None:
    global _offset
    _offset = value


@contextlib.contextmanager
def pin(at: datetime | str) -> Iterator[None]:
    """Within the block, the clock starts at ``at`` and runs on from there (this process only)."""
    instant = parse_instant(at) if isinstance(at, str) else at
    previous = _offset
    set_offset(instant - datetime.now(timezone.utc))
    try:
        yield
    finally:
        set_offset(previous)
