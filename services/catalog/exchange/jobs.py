"""Running bulk imports in the background.

A job is claimed by one instance (an atomic UPDATE on a job that is pending, or running with a stale heartbeat),
its file copied from storage to a temporary file, checked and counted, then read row by row in a worker thread.
Each transaction holds a batch of rows' entries, their row errors and the job's progress and counts, so a client polling the job sees committed figures and a job
interrupted by a crash or a restart is resumed after its last committed row by whichever instance finds it first
(were a row replayed, idempotency by external id would make it "unchanged"). A heartbeat runs alongside; on a
clean shutdown running jobs are released at once for the next start.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from kernel.request_context import principal_var, request_id_var
from kernel.storage import FileStore
from services.catalog.config import CatalogSettings
from services.catalog.db import kernel
from services.catalog.exchange import service
from services.catalog.exchange.models import ImportJob, ImportRowError
from services.catalog.exchange.readers import FileInvalid, Row, RowProblem, reader
from services.catalog.reference.models import calendar_cache

log = logging.getLogger("catalog.exchange.jobs")

ACTIVE = ("pending", "running")


class Lost(Exception):
    """Another instance has taken the job over (this one was presumed dead)."""


def _take(rows: Iterator[Row], n: int) -> list[Row]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= n:
            break
    return batch


class ImportRunner:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], store: FileStore,
                 settings: CatalogSettings) -> None:
        self.sessionmaker = sessionmaker
        self.store = store
        self.settings = settings
        self.tasks: dict[uuid.UUID, asyncio.Task[None]] = {}
        self._loop: asyncio.Task[None] | None = None

    # --- lifecycle ----------------------------------------------------------------------------------------------

    def start(self, job_id: uuid.UUID) -> None:
        """Run a job in this instance (if no other instance has it)."""
        if job_id in self.tasks:
            return
        task = asyncio.create_task(self._run_claimed(job_id), name=f"import-{job_id}")
        self.tasks[job_id] = task
        task.add_done_callback(lambda _t: self.tasks.pop(job_id, None))

    async def pick_up(self) -> list[uuid.UUID]:
        """Start the jobs nobody is running: new ones, and those whose instance stopped beating."""
        stale = datetime.now(timezone.utc) - timedelta(seconds=self.settings.import_stale_seconds)
        async with self.sessionmaker() as session:
            ids = list((await session.execute(
                select(ImportJob.id).where(ImportJob.status.in_(ACTIVE),
                                           or_(ImportJob.heartbeat_at.is_(None), ImportJob.heartbeat_at < stale))
                .order_by(ImportJob.created_at).limit(10))).scalars())
        for job_id in ids:
            self.start(job_id)
        return ids

    async def loop(self) -> None:
        while True:
            try:
                await self.pick_up()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the next look retries
                log.exception("looking for import jobs failed")
            await asyncio.sleep(self.settings.import_poll_interval)

    def run_loop(self) -> None:
        if self.settings.import_poll_interval > 0:
            self._loop = asyncio.create_task(self.loop(), name="import-jobs")

    async def stop(self) -> None:
        """Stop this instance's jobs (each at a batch boundary: the open batch rolls back) and release them, so
        the next start resumes them without waiting for the heartbeat to go stale."""
        tasks = ([self._loop] if self._loop else []) + list(self.tasks.values())
        running = list(self.tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if running:
            with contextlib.suppress(Exception):
                async with self.sessionmaker() as session:
                    await session.execute(update(ImportJob).where(ImportJob.id.in_(running),
                                                                  ImportJob.status == "running")
                                          .values(heartbeat_at=None))
                    await session.commit()

    # --- one job ------------------------------------------------------------------------------------------------

    async def _claim(self, job_id: uuid.UUID) -> ImportJob | None:
        now = datetime.now(timezone.utc)
        stale = now - timedelta(seconds=self.settings.import_stale_seconds)
        async with self.sessionmaker() as session:
            job = (await session.execute(
                update(ImportJob)
                .where(ImportJob.id == job_id, ImportJob.status.in_(ACTIVE),
                       or_(ImportJob.heartbeat_at.is_(None), ImportJob.heartbeat_at < stale))
                .values(status="running", heartbeat_at=now, started_at=func.coalesce(ImportJob.started_at, now))
                .returning(ImportJob))).scalar_one_or_none()
            await session.commit()
            return job

    async def _beat(self, job_id: uuid.UUID) -> None:
        interval = max(1.0, self.settings.import_stale_seconds / 4)
        while True:
            await asyncio.sleep(interval)
            with contextlib.suppress(Exception):
                async with self.sessionmaker() as session:
                    await session.execute(update(ImportJob).where(ImportJob.id == job_id, ImportJob.status == "running")
                                          .values(heartbeat_at=datetime.now(timezone.utc)))
                    await session.commit()

    async def _run_claimed(self, job_id: uuid.UUID) -> None:
        job = await self._claim(job_id)
        if job is None:
            return
        principal = service.principal_of(job)
        principal_var.set(principal)
        request_id_var.set(f"import-{job.id.hex}")
        beat = asyncio.create_task(self._beat(job.id))
        try:
            with tempfile.TemporaryDirectory(prefix="gongkai-import-") as tmp:
                path = Path(tmp) / f"file.{job.format}"
                await self._download(job, path)
                await self._process(job, path)
        except asyncio.CancelledError:
            raise
        except Lost:
            log.warning("import job %s was taken over by another instance", job_id)
        except FileInvalid as exc:
            await self._finish(job, "failed", error=str(exc))
        except Exception:  # noqa: BLE001 - recorded on the job; the error is logged with its trace
            log.exception("import job %s failed", job_id)
            try:
                await self._finish(job, "failed", error="导入因系统错误中断，请联系管理员并提供任务编号。|The import "
                                                        "stopped on a system error; quote the job id to support.")
            except Exception:  # noqa: BLE001 - the database is gone too: the job stays running, its heartbeat
                # goes stale, and an instance resumes it after its last committed batch
                log.exception("import job %s could not be marked failed", job_id)
        finally:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat

    async def _download(self, job: ImportJob, path: Path) -> None:
        with path.open("wb") as f:
            async for chunk in self.store.open(job.storage_key):
                f.write(chunk)

    async def _process(self, job: ImportJob, path: Path) -> None:
        file = reader(job.format, path)
        total = await asyncio.to_thread(file.count)
        async with self.sessionmaker() as session:
            await session.execute(update(ImportJob).where(ImportJob.id == job.id).values(rows_total=total))
            await session.commit()
        job.rows_total = total
        ctx = service.RowContext(principal=service.principal_of(job), mode=job.mode,
                                 default_agency_id=job.agency_id, tz=self.settings.timezone,
                                 flat=job.format != "ndjson")
        rows = file.rows(job.rows_done)
        # Rows are committed in batches. A batch locks its rows' existing entries first, then (when it publishes)
        # holds the sync log's lock until it commits: the lock order of a clerk's publication (entry, sync log,
        # index-number counter), so batches cannot deadlock with it; the clerk waits for at most one batch.
        try:
            while True:
                batch = await asyncio.to_thread(_take, rows, self.settings.import_batch_rows)
                if not batch:
                    break
                await self._commit(job, ctx, batch)
        finally:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(rows.close)
        await self._finish(job, "succeeded")

    async def _commit(self, job: ImportJob, ctx: service.RowContext, batch: list[Row]) -> None:
        """Import ``batch`` and advance the job's progress and counts in one transaction."""
        counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        alone = len(batch) == 1  # a row with a transaction of its own needs no savepoint: a failure rolls back
        async with self.sessionmaker() as session:
            # the batch's existing entries are locked first, in one statement: a batch then takes row locks before
            # the sync log's lock (as a clerk's publication and a column merge do), never one after the other
            await service.lock_existing(session, [service.external_id_of(raw) for _, raw in batch
                                                  if not isinstance(raw, RowProblem)])
            calendar = await calendar_cache.get(session)
            today = self.settings.today()
            for number, raw in batch:
                if isinstance(raw, RowProblem):
                    errors, external_id = raw.errors, raw.external_id
                else:
                    external_id = service.external_id_of(raw)
                    try:
                        outcome = await service.import_row(session, ctx, raw, calendar=calendar, today=today,
                                                           savepoint=not alone)
                        counts[outcome] += 1
                        continue
                    except service.RowError as exc:
                        errors = exc.errors
                    except Exception as exc:  # noqa: BLE001 - one row's database error must not stop the job
                        log.warning("import job %s row %s: %s", job.id, number, exc)
                        errors = [{"field": None, "code": "row_failed",
                                   "message": "该行导入时出错（可能与同时进行的修改冲突），请稍后重新导入该行。",
                                   "message_en": "The row failed (perhaps a concurrent change); import it again later."}]
                    if alone:
                        await session.rollback()
                counts["failed"] += 1
                session.add(ImportRowError(job_id=job.id, row_number=number, external_id=external_id, errors=errors))
            # progress goes with the rows; it only moves from where this runner left it (else another instance has
            # taken the job over, and this transaction is dropped)
            moved = (await session.execute(
                update(ImportJob)
                .where(ImportJob.id == job.id, ImportJob.status == "running", ImportJob.rows_done == job.rows_done)
                .values(rows_done=ImportJob.rows_done + len(batch),
                        created_count=ImportJob.created_count + counts["created"],
                        updated_count=ImportJob.updated_count + counts["updated"],
                        unchanged_count=ImportJob.unchanged_count + counts["unchanged"],
                        failed_count=ImportJob.failed_count + counts["failed"],
                        heartbeat_at=datetime.now(timezone.utc))
                .returning(ImportJob.rows_done))).first()
            if moved is None:
                await session.rollback()
                raise Lost()
            await session.commit()
        job.rows_done += len(batch)
        job.created_count += counts["created"]
        job.updated_count += counts["updated"]
        job.unchanged_count += counts["unchanged"]
        job.failed_count += counts["failed"]

    async def _finish(self, job: ImportJob, status: str, *, error: str | None = None) -> None:
        now = datetime.now(timezone.utc)
        async with self.sessionmaker() as session:
            done = (await session.execute(
                update(ImportJob).where(ImportJob.id == job.id, ImportJob.status == "running")
                .values(status=status, error=error, finished_at=now, heartbeat_at=now)
                .returning(ImportJob))).scalar_one_or_none()
            if done is None:
                await session.rollback()
                return
            principal = service.principal_of(done)
            after: dict[str, Any] = {"status": status, "rows_total": done.rows_total, "rows_done": done.rows_done,
                                     "created": done.created_count, "updated": done.updated_count,
                                     "unchanged": done.unchanged_count, "failed": done.failed_count}
            if error:
                after["error"] = error.partition("|")[0]
            kernel.audit(session, action="import.finished", entity_type="import_job", entity_id=done.id,
                         before={"status": "running"}, after=after,
                         agency_id=done.agency_id if done.agency_id is not None else principal.agency_id,
                         actor=principal)
            await session.commit()
        # the file was only needed to run (or resume) the job
        await self.store.delete(job.storage_key)


async def start_import_runner(app: Any) -> None:
    """Start-up hook: the runner, and its loop that picks up new, interrupted and stale jobs."""
    runner = ImportRunner(app.state.db.sessionmaker, app.state.store, app.state.settings)
    app.state.imports = runner
    runner.run_loop()


async def stop_import_runner(app: Any) -> None:
    runner: ImportRunner | None = getattr(app.state, "imports", None)
    if runner is not None:
        await runner.stop()
