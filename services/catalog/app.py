"""The catalog service app: ``uvicorn services.catalog.app:create_app --factory``."""
from __future__ import annotations

from fastapi import FastAPI

from kernel.replicas import calendar_handlers
from kernel.service import create_service_app
from services.catalog.agencies.api import router as agencies_router
from services.catalog.agencies.models import Agency
from services.catalog.agencies.schemas import AgencyChange, AgencyKind, AgencyLevel
from services.catalog.config import CatalogSettings
from services.catalog.db import kernel
from services.catalog.reference.models import CalendarDay, CalendarYear, calendar_cache
from kernel.dictionaries import dictionary_router

DICTIONARIES = {"agency_level": AgencyLevel, "agency_kind": AgencyKind, "agency_change": AgencyChange}


def create_app(settings: CatalogSettings | None = None) -> FastAPI:
    settings = settings or CatalogSettings()
    return create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 政府信息公开目录服务",
        description="机关目录、公开目录条目、检索、政策解读与数据交换。",
        routers=[agencies_router, dictionary_router(DICTIONARIES)],
        agency_model=Agency,
        consumers={"APPLICATIONS": calendar_handlers(CalendarYear, CalendarDay, calendar_cache)},
    )
