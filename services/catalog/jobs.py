"""The catalog's periodic job: scheduled publications and expiry dates (and whatever else registers a step).
Each step runs in its own transaction; several instances may run it at once (the steps lock with SKIP LOCKED)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.catalog.config import CatalogSettings
from services.catalog.entries import service as entries
from services.catalog.reference.models import calendar_cache

log = logging.getLogger("catalog.jobs")

Step = Callable[[AsyncSession, CatalogSettings], Awaitable[int]]


async def publish_scheduled(session: AsyncSession, settings: CatalogSettings) -> int:
    calendar = await calendar_cache.get(session)
    return await entries.publish_due(session, calendar=calendar, tz=settings.timezone, today=settings.today())


async def apply_expiry_dates(session: AsyncSession, settings: CatalogSettings) -> int:
    return await entries.expire_due(session, today=settings.today())


STEPS: dict[str, Step] = {"scheduled_publications": publish_scheduled, "expired_entries": apply_expiry_dates}


async def run_once(sessionmaker: async_sessionmaker[AsyncSession], settings: CatalogSettings) -> dict[str, Any]:
    done: dict[str, Any] = {}
    for name, step in STEPS.items():
        try:
            async with sessionmaker() as session:
                done[name] = await step(session, settings)
                await session.commit()
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - one failing step must not stop the others; the next run retries
            log.exception("catalog job step %s failed", name)
            done[name] = "failed"
    return done


async def job_loop(sessionmaker: async_sessionmaker[AsyncSession], settings: CatalogSettings) -> None:
    while True:
        done = await run_once(sessionmaker, settings)
        if any(v for v in done.values()):
            log.info("catalog job: %s", done)
        await asyncio.sleep(settings.scheduler_interval)
