"""Fixtures for the catalog tests: an agency of their own per module (under the session's city), staff tokens by
built-in role, and the calendar replica the timeliness figures rest on."""
from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from services.catalog.reference.models import CalendarYear
from tests.support.helpers import Staff, create_agency, eventually

API = "/api/v1/catalog"


@pytest.fixture(scope="session")
async def catalog_calendar(stack) -> None:
    """Wait until catalog holds the working-day calendar that applications seeds and publishes."""
    async def seeded() -> bool:
        async with stack.apps["catalog"].state.db.sessionmaker() as session:
            return (await session.execute(select(func.count()).select_from(CalendarYear))).scalar_one() > 0

    await eventually(seeded, timeout=20)


@pytest.fixture(scope="module")
async def agency(stack, admin_token, tree, catalog_calendar) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        return await create_agency(gw, admin_token, parent_id=tree["city"]["id"], level="city", kind="department")


@pytest.fixture(scope="module")
def staff(stack, agency) -> Staff:
    return Staff(stack, agency)


def draft(**overrides: Any) -> dict[str, Any]:
    """A complete draft of a notice (everything a submission needs)."""
    return {
        "title": "江城市教育局关于做好2026年义务教育招生入学工作的通知",
        "genre": "notice",
        "disclosure_attribute": "proactive",
        "summary": "部署2026年全市义务教育阶段招生入学工作，明确招生范围、时间安排和报名方式。",
        "document_number": "江教发〔2026〕3号",
        "written_on": "2026-03-02",
        "theme_code": "11.02",
        "keywords": ["义务教育", "招生入学"],
        "body_html": "<p>各区县教育局：</p><p>为做好2026年义务教育招生入学工作，现将有关事项通知如下。</p>",
        **overrides,
    }


async def create_entry(gw: httpx.AsyncClient, staff: Staff, role: str = "clerk", **overrides: Any) -> dict[str, Any]:
    resp = await gw.post(f"{API}/entries", json=draft(**overrides), headers=staff.h(role))
    assert resp.status_code == 201, resp.text
    return resp.json()


async def entry_action(gw: httpx.AsyncClient, staff: Staff, entry_id: str, action: str, body: dict[str, Any] | None = None,
                       *, role: str = "clerk", status: int = 200, **token: Any) -> dict[str, Any]:
    current = (await gw.get(f"{API}/entries/{entry_id}", headers=staff.h("clerk"))).json()
    resp = await gw.post(f"{API}/entries/{entry_id}/{action}", json={"version": current["version"], **(body or {})},
                         headers=staff.h(role, **token))
    assert resp.status_code == status, resp.text
    return resp.json()


async def publish(gw: httpx.AsyncClient, staff: Staff, **overrides: Any) -> dict[str, Any]:
    """Draft (by the clerk), submit, approve (by the reviewer): a live entry."""
    entry = await create_entry(gw, staff, **overrides)
    await entry_action(gw, staff, entry["id"], "submit")
    return await entry_action(gw, staff, entry["id"], "approve", role="reviewer")
