"""Fixtures for the request-handling tests: an agency of their own per module, staff tokens with the built-in
roles' permissions, and helpers that go through the real API (gateway → applications)."""
from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import httpx
import pytest

from devtools.demo import demo_code
from kernel import clock
from kernel.identifiers import id_check_char
from tests.support.helpers import Staff, create_agency, eventually

_serial = itertools.count(1)


def resident_id(birth: str = "19900307", region: str = "110105") -> str:
    first17 = f"{region}{birth}{next(_serial) % 1000:03d}"
    return first17 + id_check_char(first17)


def uscc() -> str:
    return demo_code("990500", 70_000 + next(_serial))


def person(**overrides: Any) -> dict[str, Any]:
    return {"type": "natural_person", "name": "张三", "id_kind": "resident_id", "id_number": resident_id(),
            "phone": "13800138000", "address": "江城市人民路 1 号", "postal_code": "999000", **overrides}


def application(agency_id: int, *, items: int = 1, **overrides: Any) -> dict[str, Any]:
    return {
        "agency_id": agency_id,
        "applicant": overrides.pop("applicant", None) or person(),
        "items": [{"title": f"2025年城区道路改造项目资金使用情况{i}",
                   "description": "请公开2025年城区道路改造项目的资金批复文件及使用明细。"} for i in range(1, items + 1)],
        "info_form": "electronic", "delivery_method": "online", **overrides,
    }


async def replicated(gw: httpx.AsyncClient, agency_id: int) -> None:
    async def seen() -> bool:
        resp = await gw.get("/api/v1/applications/agencies", params={"within": agency_id, "size": 1})
        return resp.status_code == 200 and resp.json()["total"] >= 1

    await eventually(seen, timeout=5)


@pytest.fixture(scope="module")
async def county(stack, admin_token, tree) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        agency = await create_agency(gw, admin_token, parent_id=tree["city"]["id"], phone="0999-1234567",
                                     address="江城市东湖县人民路 8 号")
        await replicated(gw, agency["id"])
    return agency


@pytest.fixture(scope="module")
def staff(stack, county) -> Staff:
    return Staff(stack, county)


async def submit(gw: httpx.AsyncClient, agency_id: int, **overrides: Any) -> dict[str, Any]:
    resp = await gw.post("/api/v1/applications/applications", json=application(agency_id, **overrides))
    assert resp.status_code == 201, resp.text
    return resp.json()


async def register(gw: httpx.AsyncClient, staff: Staff, *, received_on: str, channel: str = "in_person",
                   submitted_on: str | None = None, **overrides: Any) -> dict[str, Any]:
    body = {**application(staff.agency["id"], **overrides), "channel": channel,
            "submitted_on": submitted_on or received_on, "received_on": received_on}
    if channel == "post":
        body["post_kind"] = "registered"
    resp = await gw.post("/api/v1/applications/applications/register", json=body, headers=staff.h("clerk"))
    assert resp.status_code == 201, resp.text
    return resp.json()


async def case(gw: httpx.AsyncClient, staff: Staff, case_id: str) -> dict[str, Any]:
    resp = await gw.get(f"/api/v1/applications/cases/{case_id}", headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    return resp.json()


async def act(gw: httpx.AsyncClient, staff: Staff, case_id: str, action: str, body: dict[str, Any], *,
              role: str = "clerk", status: int = 200, **token: Any) -> dict[str, Any]:
    current = await case(gw, staff, case_id)
    resp = await gw.post(f"/api/v1/applications/cases/{case_id}/{action.replace('_', '-')}", json={"version": current["version"], **body},
                         headers=staff.h(role, **token))
    assert resp.status_code == status, resp.text
    return resp.json()


def d(value: str) -> date:
    return date.fromisoformat(value)


def official_workdays_after(start: date, n: int, paused: tuple[date, date] | None = None) -> date:
    """The n-th working day after ``start`` on the State Council schedule as the chinese-calendar package has it,
    skipping days in the half-open ``paused`` interval (a, b] — an oracle independent of the service's code."""
    from datetime import timedelta

    import chinese_calendar

    d, counted = start, 0
    while counted < n:
        d += timedelta(days=1)
        if chinese_calendar.is_workday(d) and not (paused and paused[0] < d <= paused[1]):
            counted += 1
    return d


class Today:
    """Sets the applications service's idea of today (its settings' clock), so dated scenarios run as if on
    those days — the statutory checks ('no date in the future') apply to the given day."""

    def __init__(self, monkeypatch: Any, app: Any) -> None:
        self.value = clock.today()
        monkeypatch.setattr(type(app.state.settings), "today", lambda _settings: self.value)

    def __call__(self, value: str) -> None:
        self.value = date.fromisoformat(value)


@pytest.fixture
def today(monkeypatch, stack) -> Today:
    return Today(monkeypatch, stack.apps["applications"])


def pdf_text(data: bytes) -> str:
    """The text of a PDF without whitespace; the text must be extractable as it is (copy, search, screen
    readers)."""
    import io

    from pypdf import PdfReader

    raw = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "\x00" not in raw, "the PDF's text cannot be extracted cleanly"
    return "".join(raw.split())
