"""The catalog service app: ``uvicorn services.catalog.app:create_app --factory``."""
from __future__ import annotations

import asyncio
import contextlib

from fastapi import FastAPI

from kernel.dictionaries import dictionary_router
from kernel.replicas import calendar_handlers
from kernel.service import create_service_app
from kernel.storage import FileStore
from services.catalog.agencies.api import router as agencies_router
from services.catalog.agencies.models import Agency
from services.catalog.config import CatalogSettings
from services.catalog.db import kernel
from services.catalog.dictionaries import DICTIONARIES
from services.catalog.entries.api import public_annual_router
from services.catalog.entries.api import public_router as public_entries_router
from services.catalog.entries.api import reports_router as entry_reports_router
from services.catalog.entries.api import router as entries_router
from services.catalog.entries.reports import report_handlers
from services.catalog.exchange.api import feeds_router
from services.catalog.exchange.api import router as exchange_router
from services.catalog.exchange.jobs import start_import_runner, stop_import_runner
from services.catalog.jobs import job_loop
from services.catalog.search.api import router as search_router
from services.catalog.standards.api import router as standards_router
from services.catalog.taxonomy.api import router as taxonomy_router
from services.catalog.reference.models import CalendarDay, CalendarYear, calendar_cache


def create_app(settings: CatalogSettings | None = None) -> FastAPI:
    settings = settings or CatalogSettings()
    store = FileStore(settings.resolved_files_url())

    async def start_jobs(app: FastAPI) -> None:
        app.state.store = store
        app.state.jobs = []
        if settings.scheduler_interval > 0:
            app.state.jobs.append(asyncio.create_task(job_loop(app.state.db.sessionmaker, settings), name="catalog-jobs"))

    async def stop_jobs(app: FastAPI) -> None:
        for task in app.state.jobs:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app = create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 政府信息公开目录服务",
        description="机关目录、公开目录条目、检索、政策解读与数据交换。",
        routers=[
            agencies_router,
            # before the entries router: its static paths (/entries/search …) must win over /entries/{entry_id}
            search_router,
            entries_router,
            entry_reports_router,
            public_entries_router,
            public_annual_router,
            exchange_router,
            feeds_router,
            taxonomy_router,
            standards_router,
            dictionary_router(DICTIONARIES),
        ],
        agency_model=Agency,
        consumers={
            "APPLICATIONS": calendar_handlers(CalendarYear, CalendarDay, calendar_cache),
            "STATISTICS": report_handlers(settings),
        },
        on_startup=[start_jobs, start_import_runner],
        on_shutdown=[stop_import_runner, stop_jobs],
    )
    app.state.store = store
    return app
