"""The statistics service app: ``uvicorn services.statistics.app:create_app --factory``."""
from __future__ import annotations

from fastapi import FastAPI

from kernel.replicas import agency_handlers, agency_replica_router, calendar_handlers
from kernel.service import create_service_app
from services.statistics.config import StatisticsSettings
from services.statistics.db import kernel
from services.statistics.reference.models import Agency, CalendarDay, CalendarYear, calendar_cache


def create_app(settings: StatisticsSettings | None = None) -> FastAPI:
    settings = settings or StatisticsSettings()
    return create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 统计与年度报告服务",
        description="政府信息公开工作年度报告、逐级汇总、统计看板与报告校验。",
        routers=[
            agency_replica_router(Agency, accepting_only=False, scoped=True, summary="本账号数据范围内的机关"),
        ],
        agency_model=Agency,
        consumers={
            "CATALOG": agency_handlers(Agency),
            "APPLICATIONS": calendar_handlers(CalendarYear, CalendarDay, calendar_cache),
        },
    )
