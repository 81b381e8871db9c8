"""The applications service app: ``uvicorn services.applications.app:create_app --factory``."""
from __future__ import annotations

from fastapi import FastAPI

from kernel.replicas import agency_handlers, agency_replica_router
from kernel.service import create_service_app
from services.applications.calendar import service as calendar_service
from services.applications.calendar.api import router as calendar_router
from services.applications.config import ApplicationsSettings
from services.applications.db import kernel
from services.applications.reference.models import Agency


async def _seed_calendar(app: FastAPI) -> None:
    async with app.state.db.sessionmaker() as session, session.begin():
        await calendar_service.seed_from_package(session)


def create_app(settings: ApplicationsSettings | None = None) -> FastAPI:
    settings = settings or ApplicationsSettings()
    return create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 依申请公开服务",
        description="政府信息公开申请的受理、办理期限、答复、复议诉讼；工作日历。",
        routers=[
            calendar_router,
            agency_replica_router(Agency, accepting_only=True, scoped=False, summary="受理政府信息公开申请的机关（公开）"),
        ],
        agency_model=Agency,
        consumers={"CATALOG": agency_handlers(Agency)},
        on_startup=[_seed_calendar],
    )
