"""The statistics service app: ``uvicorn services.statistics.app:create_app --factory``."""
from __future__ import annotations

import asyncio
import contextlib

from fastapi import FastAPI

from kernel.dictionaries import dictionary_router
from kernel.replicas import agency_replica_router
from kernel.service import create_service_app
from kernel.storage import FileStore
from services.statistics.assessments.api import router as assessments_router
from services.statistics.assessments.monitoring import monitoring_loop
from services.statistics.checker.api import router as checker_router
from services.statistics.config import StatisticsSettings
from services.statistics.dashboards.api import router as dashboards_router
from services.statistics.db import kernel
from services.statistics.dictionaries import DICTIONARIES
from services.statistics.figures.api import router as figures_router
from services.statistics.ingestion.handlers import consumers
from services.statistics.reference.models import Agency
from services.statistics.reports.api import public_router as public_reports_router
from services.statistics.reports.api import router as reports_router


def create_app(settings: StatisticsSettings | None = None) -> FastAPI:
    settings = settings or StatisticsSettings()

    async def open_files(app: FastAPI) -> None:
        app.state.files = FileStore(settings.resolved_files_url())

    async def start_jobs(app: FastAPI) -> None:
        app.state.jobs = []
        if settings.monitoring_interval > 0:
            app.state.jobs.append(asyncio.create_task(
                monitoring_loop(app.state.db.sessionmaker, settings.monitoring_interval), name="monitoring"))

    async def stop_jobs(app: FastAPI) -> None:
        for task in app.state.jobs:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    return create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 统计与年度报告服务",
        description="政府信息公开工作年度报告、逐级汇总、统计看板与报告校验。",
        routers=[
            agency_replica_router(Agency, accepting_only=False, scoped=True, summary="本账号数据范围内的机关"),
            reports_router,
            public_reports_router,
            figures_router,
            dashboards_router,
            checker_router,
            assessments_router,
            dictionary_router(DICTIONARIES),
        ],
        agency_model=Agency,
        consumers=consumers(),
        batched_streams=("CATALOG", "APPLICATIONS"),
        on_startup=[open_files, start_jobs],
        on_shutdown=[stop_jobs],
    )
