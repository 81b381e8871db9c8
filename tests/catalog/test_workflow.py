"""The entry workflow table is what the service does: for every role and every state of an entry, each action a user
is offered (``EntryOut.actions``) is accepted, and each action not offered is refused — with nothing written.

An offered action is tried on a fresh entry in that state; every action not offered is tried on one shared entry per
state, which must be unchanged afterwards. Refusals speak in words, never in permission strings.
"""
from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest

from kernel import clock
from kernel.permissions import granted
from services.catalog.entries.workflow import STEPS
from tests.catalog.conftest import API, create_entry, entry_action, publish
from tests.support.helpers import Staff, bearer, first_offers, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

ALL = [s.name for s in STEPS]
PDF = b"%PDF-1.4\n" + b"0" * 1024
AUTHOR = "wf-author"


def principals(staff: Staff) -> dict[str, dict[str, str]]:
    both = mint_token(staff.stack.key, perms=sorted({*granted("clerk"), *granted("reviewer")}), roles=["clerk", "reviewer"],
                      agency_id=staff.agency["id"], agency_path=staff.agency["path"], sub=AUTHOR, ttl=3600)
    return {
        "clerk (author)": staff.h("clerk", sub=AUTHOR),
        "another clerk": staff.h("clerk", sub="wf-clerk-2"),
        "reviewer": staff.h("reviewer", sub="wf-reviewer"),
        "reviewer who edited it": bearer(both),
        "supervisor": staff.h("supervisor", sub="wf-supervisor"),
        "approver": staff.h("approver", sub="wf-approver"),
    }


async def _as_author(gw, staff: Staff, eid: str, action: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    return await entry_action(gw, staff, eid, action, body, sub=AUTHOR)


async def in_state(gw, staff: Staff, state: str) -> str:
    """A new entry of the module's agency, drafted by AUTHOR and brought to ``state`` through the real API."""
    if state in ("published", "published_draft", "revoked"):
        live = await publish(gw, staff, title="江城市教育局关于校园安全的通知")
        eid = live["id"]
        if state == "published_draft":
            resp = await gw.patch(f"{API}/entries/{eid}", json={"version": live["version"], "keywords": ["校园安全", "修订"]},
                                  headers=staff.h("clerk", sub=AUTHOR))
            assert resp.status_code == 200, resp.text
        if state == "revoked":
            await entry_action(gw, staff, eid, "revoke", {"reason": "内容已过时"}, role="reviewer")
        return eid
    entry = await create_entry(gw, staff, title="江城市教育局关于暑期安全的通知")
    eid = entry["id"]
    resp = await gw.patch(f"{API}/entries/{eid}", json={"version": entry["version"], "keywords": ["暑期", "安全"]},
                          headers=staff.h("clerk", sub=AUTHOR))  # AUTHOR is now an editor of the entry
    assert resp.status_code == 200, resp.text
    if state in ("submitted", "returned", "scheduled"):
        await _as_author(gw, staff, eid, "submit")
    if state == "returned":
        await entry_action(gw, staff, eid, "return", {"comment": "请补充附件"}, role="reviewer")
    if state == "scheduled":
        later = (clock.now() + timedelta(days=2)).isoformat()
        await entry_action(gw, staff, eid, "approve", {"publish_at": later}, role="reviewer")
    return eid


STATUS_OF = {"published_draft": "draft"}
BODIES: dict[str, dict[str, Any]] = {
    "submit": {}, "withdraw": {}, "discard_changes": {}, "approve": {"comment": "同意发布"},
    "return": {"comment": "请删除学生姓名"}, "revoke": {"reason": "已被新文件替代"},
}


async def attempt(gw, eid: str, action: str, version: int, headers: dict[str, str]):
    if action == "edit":
        return await gw.patch(f"{API}/entries/{eid}", json={"version": version, "summary": "修订后的内容概述，说明变化。"},
                              headers=headers)
    if action == "attach":
        return await gw.post(f"{API}/entries/{eid}/attachments", params={"filename": "附件.pdf", "title": "附件"},
                             content=PDF, headers={**headers, "Content-Type": "application/pdf"})
    path = action.replace("_", "-")
    return await gw.post(f"{API}/entries/{eid}/{path}", json={"version": version, **BODIES[action]}, headers=headers)


@pytest.mark.parametrize("state", ["draft", "submitted", "returned", "scheduled", "published", "published_draft",
                                   "revoked"])
async def test_offered_actions_are_accepted_and_the_others_refused(gw, staff, state):
    who = principals(staff)
    shared = await in_state(gw, staff, state)
    before = (await gw.get(f"{API}/entries/{shared}", headers=staff.h("clerk"))).json()
    assert before["status"] == STATUS_OF.get(state, state)
    offered: dict[str, list[str]] = {}
    for name, headers in who.items():
        resp = await gw.get(f"{API}/entries/{shared}", headers=headers)
        assert resp.status_code == 200, resp.text
        offered[name] = resp.json()["actions"]
        assert set(offered[name]) <= set(ALL)

    gate = asyncio.Semaphore(6)

    async def refused(name: str, action: str) -> None:
        async with gate:
            resp = await attempt(gw, shared, action, before["version"], who[name])
        assert resp.status_code in (403, 409), (name, state, action, resp.status_code, resp.text)
        problem = resp.json()
        assert problem["code"] in ("forbidden", "entry_state", "reviewer_is_author", "not_disclosed_never_published")
        assert "catalog.entry" not in problem["detail"], problem["detail"]

    await asyncio.gather(*(refused(name, action) for name in who for action in ALL if action not in offered[name]))
    after = (await gw.get(f"{API}/entries/{shared}", headers=staff.h("clerk"))).json()
    assert (after["version"], after["status"], len(after["attachments"])) == \
        (before["version"], before["status"], len(before["attachments"]))

    tried = first_offers(offered)

    async def accepted(action: str, name: str) -> None:
        async with gate:
            fresh = await in_state(gw, staff, state)
            current = (await gw.get(f"{API}/entries/{fresh}", headers=staff.h("clerk"))).json()
            resp = await attempt(gw, fresh, action, current["version"], who[name])
        assert resp.status_code in (200, 201) or (resp.status_code == 422 and resp.json()["code"] in (
            "validation_error", "entry_incomplete")), (name, state, action, resp.status_code, resp.text)

    await asyncio.gather(*(accepted(action, name) for action, name in tried.items()))

    if state == "submitted":
        assert {"approve", "return"} <= set(offered["reviewer"])
        assert not {"approve", "return"} & set(offered["reviewer who edited it"])  # nobody reviews their own work
        assert not {"approve", "return"} & set(offered["clerk (author)"])
    assert not offered["approver"]  # an approver reads the catalog; publishing is the reviewer's
