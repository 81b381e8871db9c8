"""Ingestion through the real event path: consumers visible in /readyz with their lag; the rebuild command
replays the streams into fresh read models and arrives at the same numbers."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import func, select

from kernel.config import REPO_ROOT
from kernel.db import Database
from services.statistics.config import StatisticsSettings
from services.statistics.ingestion.handlers import READ_MODELS
from services.statistics.ingestion.models import CaseFact
from services.statistics.rebuild import rebuild
from tests.statistics.support import drained, new_id, small_tree, staff


@pytest.fixture(scope="module")
async def tree(stack, admin_token):
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return await small_tree(client, admin_token)


async def test_consumers_and_their_lag_are_reported(gw, stack):
    ready = (await gw.get(f"{stack.url('statistics')}/readyz")).json()
    for name in ("consumer:statistics-catalog", "consumer:statistics-applications"):
        assert ready["checks"][name]["ok"] and ready["checks"][name]["lag"] is not None, ready


async def _counts(db: Database) -> dict[str, int]:
    async with db.sessionmaker() as session:
        return {m.__tablename__: (await session.execute(select(func.count()).select_from(m))).scalar_one()
                for m in READ_MODELS}


async def test_rebuild_replays_the_streams_into_the_same_numbers(gw, stack, tree, events):
    for i in range(30):
        agency = (tree["dept"], tree["county"], tree["town"])[i % 3]
        cid = new_id()
        await events.case("received", case_id=cid, version=1, agency=agency, received_on=f"2024-{1 + i % 12:02d}-03",
                          applicant_type=("natural_person", "commercial", "research")[i % 3])
        if i % 4:
            await events.case("closed", case_id=cid, version=2, agency=agency, received_on=f"2024-{1 + i % 12:02d}-03",
                              closed_on=f"2025-0{1 + i % 5}-15", outcome=("disclosed", "other.other")[i % 2],
                              applicant_type=("natural_person", "commercial", "research")[i % 3])
    await events.appeal("filed", appeal_id=new_id(), version=1, agency_id=tree["town"]["id"],
                        agency_path=tree["town"]["path"], kind="litigation_direct", filed_on="2024-11-01")
    await drained(stack)
    headers = staff(stack, tree["city"])

    async def figures():
        out = []
        for year in (2024, 2025):
            resp = await gw.get("/api/v1/statistics/reports/compute",
                                params={"agency_id": tree["city"]["id"], "year": year, "scope": "rollup"},
                                headers=headers)
            out.append(resp.json()["figures"])
        return out

    before = await figures()
    assert before[0]["section3"]["new"][6] == 30 and before[0]["section4"]["litigation_direct"]["pending"] == 1
    db = Database.connect(stack.infra.databases["statistics"])
    try:
        counts = await _counts(db)
        settings = StatisticsSettings(environment="test", database_url=stack.infra.databases["statistics"],
                                      nats_url=stack.infra.nats_url)
        result = await rebuild(settings)
        assert result["events"]["APPLICATIONS"] >= 30 and result["events"]["CATALOG"] >= 5
        assert await _counts(db) == counts
        assert await figures() == before
        # live ingestion carries on after the rebuild, each event once
        cid = new_id()
        await events.case("received", case_id=cid, version=1, agency=tree["dept"], received_on="2024-12-01")
        await drained(stack)
        async with db.sessionmaker() as session:
            assert (await session.get(CaseFact, cid)).version == 1
        after = await figures()
        assert after[0]["section3"]["new"][6] == 31
    finally:
        await db.dispose()


async def test_rebuild_command_line(stack):
    env = {**os.environ, "STATISTICS_DATABASE_URL": stack.infra.databases["statistics"],
           "NATS_URL": stack.infra.nats_url, "ENVIRONMENT": "test"}
    proc = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "services.statistics.rebuild"], cwd=REPO_ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "replayed" in proc.stdout
    await drained(stack)
