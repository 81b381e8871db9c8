"""Session fixtures: real PostgreSQL + NATS, migrated databases, the whole platform on real ports."""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from kernel import clock
from tests.support.helpers import create_agency, login
from tests.support.infra import TestInfra
from tests.support.stack import ADMIN_PASSWORD, Stack, running_stack


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock-at", metavar="INSTANT",
        help="run with the services' clock started at this instant (e.g. 2026-12-07T23:30:00Z); tests take today "
             "from the same clock (kernel.clock), never from the machine",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "dates: the test depends on today's date (make test also runs these with the "
                                       "clock pinned on either side of Beijing midnight)")
    at = config.getoption("--clock-at")
    if at:
        # the whole session, services included (they run in this process), is on the moved clock
        clock.set_offset(clock.parse_instant(at) - clock.now() + clock.offset())


def pytest_report_header(config: pytest.Config) -> str:
    return f"platform clock: {clock.local_now().isoformat(timespec='seconds')} ({clock.DEFAULT_TIMEZONE})"


@pytest.fixture(scope="session")
def infra() -> Iterator[TestInfra]:
    infra = TestInfra.start()
    try:
        infra.create_databases()
        yield infra
    finally:
        infra.stop()


@pytest.fixture(scope="session")
async def stack(infra: TestInfra) -> AsyncIterator[Stack]:
    async with running_stack(infra) as stack:
        yield stack


@pytest.fixture
async def gw(stack: Stack) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        yield client


@pytest.fixture(scope="session")
async def admin_token(stack: Stack) -> str:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        return (await login(client, "admin", ADMIN_PASSWORD))["access_token"]


@pytest.fixture(scope="session")
async def tree(stack: Stack, admin_token: str) -> dict[str, Any]:
    """A small agency tree: a city with a department and two counties, each county with a township."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        city = await create_agency(client, admin_token, level="city", name=None)
        dept = await create_agency(client, admin_token, parent_id=city["id"], level="city", kind="department")
        county_a = await create_agency(client, admin_token, parent_id=city["id"])
        county_b = await create_agency(client, admin_token, parent_id=city["id"])
        town_a = await create_agency(client, admin_token, parent_id=county_a["id"], level="township")
        town_b = await create_agency(client, admin_token, parent_id=county_b["id"], level="township")
    return {"city": city, "dept": dept, "county_a": county_a, "county_b": county_b, "town_a": town_a, "town_b": town_b}
