"""A transaction PostgreSQL aborts as a deadlock's victim is answered 409 ``concurrent_conflict`` with Retry-After
(nothing was written; the same request succeeds when sent again), not 500; other database errors stay 500."""
import asyncio

import httpx
import pytest
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.db import Database
from kernel.errors import install_problem_handlers


@pytest.fixture
async def app(infra):
    db = Database.connect(infra.databases["catalog"])
    app = FastAPI()
    install_problem_handlers(app)
    both_hold_one = asyncio.Barrier(2)

    async def session():
        async with db.sessionmaker() as s:
            yield s

    @app.post("/lock/{first}/{second}")
    async def lock(first: int, second: int, s: AsyncSession = Depends(session)) -> dict[str, str]:
        # two requests taking two locks in opposite orders: a real deadlock, which PostgreSQL breaks by aborting one
        await s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 7_000_000 + first})
        await both_hold_one.wait()
        await s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 7_000_000 + second})
        await s.commit()
        return {"ok": "yes"}

    @app.post("/duplicate")
    async def duplicate(s: AsyncSession = Depends(session)) -> None:
        await s.execute(text("DO $$ BEGIN RAISE EXCEPTION 'dup' USING ERRCODE = '23505'; END $$"))

    yield app
    await db.dispose()


async def test_a_deadlock_victim_gets_409_with_retry_after(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                                 base_url="http://test") as client:
        a, b = await asyncio.gather(client.post("/lock/1/2"), client.post("/lock/2/1"))
        assert sorted([a.status_code, b.status_code]) == [200, 409], (a.text, b.text)
        victim = a if a.status_code == 409 else b
        assert victim.headers["content-type"].startswith("application/problem+json")
        assert victim.headers["retry-after"] == "1"
        body = victim.json()
        assert body["code"] == "concurrent_conflict" and "重试" in body["detail"]
        # any other database error is still an internal error
        resp = await client.post("/duplicate")
        assert resp.status_code == 500 and resp.json()["code"] == "internal_error"
