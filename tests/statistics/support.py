"""Feeding the statistics service through the real event path: envelopes published into the test stack's
JetStream (as the owners' outbox relays would), ingested by the service's durable consumers."""
from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timezone
from typing import Any

from kernel.events import Broker
from kernel.jsonutil import dumps
from tests.support.helpers import bearer, create_agency, eventually, mint_token

STATS_PERMS = ["statistics.report:read", "statistics.report:write", "statistics.report:review",
               "statistics.report:publish", "statistics.figures:write", "statistics.dashboard:read",
               "statistics.checker:use"]


class Events:
    """Publishes event envelopes with ``Nats-Msg-Id`` = event id, like the outbox relay."""

    def __init__(self, broker: Broker) -> None:
        self.broker = broker

    async def publish(self, event_type: str, subject_id: Any, data: dict[str, Any], *, event_id: uuid.UUID | None = None,
                      msg_id: str | None = None) -> uuid.UUID:
        event_id = event_id or uuid.uuid4()
        envelope = {
            "id": str(event_id), "type": event_type, "occurred_at": datetime.now(timezone.utc).isoformat(),
            "source": event_type.split(".", 1)[0], "subject_id": str(subject_id), "data": data, "trace_id": None,
        }
        await self.broker.js.publish(event_type, dumps(envelope), headers={"Nats-Msg-Id": msg_id or str(event_id)})
        return event_id

    async def case(self, change: str, **snapshot: Any) -> uuid.UUID:
        return await self.publish(f"applications.case.{change}", snapshot["case_id"], case_snapshot(**snapshot))

    async def appeal(self, change: str, **data: Any) -> uuid.UUID:
        data.setdefault("decided_on", None)
        data.setdefault("outcome", "pending")
        return await self.publish(f"applications.appeal.{change}", data["appeal_id"], data)

    async def entry(self, change: str, **data: Any) -> uuid.UUID:
        return await self.publish(f"catalog.entry.{change}", data["entry_id"], entry_snapshot(**data))


def case_snapshot(*, case_id: str, version: int, agency: dict[str, Any], applicant_type: str = "natural_person",
                  received_on: str, closed_on: str | None = None, outcome: str | None = None,
                  status: str | None = None, channel: str = "online", due_on: str | None = None,
                  on_time: bool | None = None, working_days_taken: int | None = None, fee_yuan: str = "0") -> dict[str, Any]:
    closed = closed_on is not None
    return {
        "case_id": case_id, "version": version, "agency_id": agency["id"], "agency_path": agency["path"],
        "applicant_type": applicant_type, "channel": channel, "received_on": received_on,
        "due_on": due_on, "due_provisional": False,
        "status": status or ("closed" if closed else "handling"), "closed_on": closed_on,
        "outcome": outcome if closed else None, "on_time": (True if on_time is None else on_time) if closed else None,
        "working_days_taken": (working_days_taken if working_days_taken is not None else 10) if closed else None,
        "fee_yuan": fee_yuan,
    }


def entry_snapshot(*, entry_id: str, version: int, agency: dict[str, Any], title: str = "测试文件",
                   genre: str = "notice", theme: str = "综合政务", regulation_kind: str | None = None,
                   issued_on: str | None = None, abolished_on: str | None = None, written_on: str | None = None,
                   published_at: str = "2024-01-10T09:00:00+08:00", revoked_at: str | None = None,
                   late: bool = False, working_days: int = 5, is_policy: bool = False,
                   interprets: list[str] | None = None, expires_on: str | None = None) -> dict[str, Any]:
    return {
        "entry_id": entry_id, "version": version, "agency_id": agency["id"], "agency_path": agency["path"],
        "index_number": f"TEST/{entry_id[:8]}", "title": title, "document_number": None, "genre": genre,
        "theme": theme, "disclosure_attribute": "proactive", "regulation_kind": regulation_kind,
        "issued_on": issued_on, "abolished_on": abolished_on,
        "validity": "abolished" if abolished_on else "valid", "expires_on": expires_on,
        "written_on": written_on or issued_on, "published_at": published_at, "revoked_at": revoked_at,
        "timeliness": {"working_days": working_days, "late": late, "provisional": False},
        "is_policy": is_policy, "interprets": interprets or [],
    }


async def drained(stack: Any, timeout: float = 20.0) -> None:
    """Wait until the statistics consumers have processed everything in their streams."""
    consumers = stack.apps["statistics"].state.consumers
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        lags = [await c.pending() for c in consumers]
        if all(lag == 0 for lag in lags):
            return
        if loop.time() > deadline:
            raise AssertionError(f"statistics consumers still lag: {lags}")
        await asyncio.sleep(0.05)


async def small_tree(client: Any, admin_token: str) -> dict[str, dict[str, Any]]:
    """A city government with a department, a county government with a department and a township."""
    city = await create_agency(client, admin_token, level="city")
    dept = await create_agency(client, admin_token, parent_id=city["id"], level="city", kind="department")
    county = await create_agency(client, admin_token, parent_id=city["id"])
    county_dept = await create_agency(client, admin_token, parent_id=county["id"], kind="department")
    town = await create_agency(client, admin_token, parent_id=county["id"], level="township")
    tree = {"city": city, "dept": dept, "county": county, "county_dept": county_dept, "town": town}

    async def replicated() -> bool:  # the statistics service knows them (catalog events → its agency replica)
        resp = await client.get("/api/v1/statistics/agencies", params={"within": city["id"]}, headers=bearer(admin_token))
        return resp.status_code == 200 and resp.json()["total"] == len(tree)

    await eventually(replicated, timeout=10)
    return tree


def staff(stack: Any, agency: dict[str, Any], *, perms: list[str] | None = None, scope: str = "subtree",
          sub: str | None = None) -> dict[str, str]:
    token = mint_token(stack.key, perms=perms if perms is not None else STATS_PERMS, scope=scope,
                       agency_id=agency["id"], agency_path=agency["path"], sub=sub)
    return bearer(token)


def new_id() -> str:
    return uuid.uuid4().hex
