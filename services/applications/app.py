"""The applications service app: ``uvicorn services.applications.app:create_app --factory``."""
from __future__ import annotations

import asyncio
import contextlib

from fastapi import FastAPI

from kernel.crypto import FieldCipher
from kernel.dictionaries import dictionary_router
from kernel.replicas import agency_handlers, agency_replica_router
from kernel.service import create_service_app
from kernel.storage import FileStore
from services.applications.appeals.api import router as appeals_router
from services.applications.calendar import service as calendar_service
from services.applications.calendar.api import router as calendar_router
from services.applications.cases.api import router as cases_router
from services.applications.config import ApplicationsSettings
from services.applications.consultations.api import router as consultations_router
from services.applications.db import kernel
from services.applications.dictionaries import DICTIONARIES
from services.applications.inbox.api import router as inbox_router
from services.applications.intake.api import router as intake_router
from services.applications.letters.api import router as letters_router
from services.applications.library.api import router as library_router
from services.applications.notifications.api import router as notifications_router
from services.applications.notifications.service import deadline_loop
from services.applications.reference.models import Agency
from services.applications.selfservice.api import router as selfservice_router


async def _seed_calendar(app: FastAPI) -> None:
    async with app.state.db.sessionmaker() as session, session.begin():
        await calendar_service.seed_from_package(session)


def create_app(settings: ApplicationsSettings | None = None) -> FastAPI:
    settings = settings or ApplicationsSettings()
    # the platform's data key, as the gateway holds it: personal data of applicants is encrypted with it
    cipher = FieldCipher.from_setting(
        settings.data_encryption_key, key_file=settings.data_dir / "keys" / "data.key",
        allow_generate=settings.is_development,
    )
    store = FileStore(settings.resolved_files_url())

    async def start_jobs(app: FastAPI) -> None:
        app.state.jobs = []
        if settings.deadline_job_interval > 0:
            app.state.jobs.append(asyncio.create_task(
                deadline_loop(app.state.db.sessionmaker, store, settings, cipher), name="deadline-job"))

    async def stop_jobs(app: FastAPI) -> None:
        for task in app.state.jobs:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app = create_service_app(
        settings=settings,
        kernel=kernel,
        title="Gongkai 依申请公开服务",
        description="政府信息公开申请的受理、办理期限、答复、复议诉讼；工作日历。",
        routers=[
            calendar_router,
            intake_router,
            cases_router,
            inbox_router,
            letters_router,
            selfservice_router,
            appeals_router,
            consultations_router,
            library_router,
            notifications_router,
            dictionary_router(DICTIONARIES),
            agency_replica_router(Agency, accepting_only=True, scoped=False, summary="受理政府信息公开申请的机关（公开）"),
        ],
        agency_model=Agency,
        consumers={"CATALOG": agency_handlers(Agency)},
        on_startup=[_seed_calendar, start_jobs],
        on_shutdown=[stop_jobs],
    )
    app.state.cipher = cipher
    app.state.store = store
    return app
