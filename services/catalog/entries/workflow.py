"""The workflow of a catalog entry as one table: draft → submitted → confidentiality review (保密审查) → published
(now or at a set time) → revoked, with edits of a published entry as a new working version.

One row per action (kernel.workflow): its name (the key in ``EntryOut.actions`` and the last segment of its path),
the statuses it starts from, the permission it needs, the words of its refusal, and the condition beyond the status
(the reviewer did not draft or edit the entry, a revocation needs a live version …). The routes take their
permission from the row, the service's handlers check the row (:func:`check`), and :func:`allowed_actions` offers
exactly what would be accepted — the console shows those buttons. ``tests/catalog/test_workflow.py`` walks every
role and state.
"""
from __future__ import annotations

from kernel.auth import Principal
from kernel.errors import Problem
from kernel.workflow import Step, Workflow
from services.catalog.entries.models import Entry

WRITE = "catalog.entry:write"
REVIEW = "catalog.entry:review"
REVOKE = "catalog.entry:revoke"

EDITABLE = frozenset({"draft", "returned", "published"})
ALL_STATUSES = frozenset({"draft", "submitted", "returned", "scheduled", "published", "revoked"})  # EntryStatus


def state_error(entry: Entry, step: Step) -> Problem:
    from services.catalog.entries.schemas import EntryStatus  # the schemas import this module's action names

    status = EntryStatus(entry.status) if entry.status in ALL_STATUSES else None
    zh, en = step.words
    return Problem(409, "entry_state", params={
        "status": status.label_zh if status else entry.status,
        "status_en": status.label_en.lower() if status else entry.status,
        "action": zh, "action_en": en,
    })


def _publishable(entry: Entry, principal: Principal | None, _: object) -> Problem | None:
    if entry.disclosure_attribute == "not_disclosed":
        return Problem(409, "not_disclosed_never_published")
    return None


def _live(entry: Entry, principal: Principal | None, _: object) -> Problem | None:
    return state_error(entry, WORKFLOW["discard_changes"]) if entry.live_version is None else None


def _not_an_author(entry: Entry, principal: Principal | None, _: object) -> Problem | None:
    if principal is not None and principal.sub in (entry.editors or []):
        return Problem(403, "reviewer_is_author")
    return None


def _live_not_revoked(entry: Entry, principal: Principal | None, _: object) -> Problem | None:
    if entry.live_version is None or entry.revoked_at is not None:
        return state_error(entry, WORKFLOW["revoke"])
    return None


WORKFLOW: Workflow[Entry] = Workflow((
    Step(name="edit", from_statuses=EDITABLE, permission=WRITE, words=("修改", "edited")),  # PATCH the entry
    Step(name="attach", from_statuses=EDITABLE, permission=WRITE, words=("修改附件", "given attachments")),
    Step(name="submit", from_statuses=frozenset({"draft", "returned"}), permission=WRITE,
         words=("提交审查", "submitted"), guard=_publishable),
    Step(name="withdraw", from_statuses=frozenset({"submitted", "scheduled"}), permission=WRITE,
         words=("撤回", "withdrawn")),
    Step(name="discard_changes", from_statuses=frozenset({"draft", "returned"}), permission=WRITE,
         words=("放弃修改", "reverted"), guard=_live),
    Step(name="approve", from_statuses=frozenset({"submitted"}), permission=REVIEW, words=("审查", "reviewed"),
         guard=_not_an_author),
    Step(name="return", from_statuses=frozenset({"submitted"}), permission=REVIEW, words=("审查", "reviewed"),
         guard=_not_an_author),
    Step(name="revoke", from_statuses=ALL_STATUSES - {"revoked"}, permission=REVOKE, words=("撤销", "revoked"),
         guard=_live_not_revoked),
), state_error=state_error)
STEPS = WORKFLOW.steps
BY_NAME = WORKFLOW.by_name

EntryActionName = WORKFLOW.names(
    "EntryActionName", "公开目录条目的操作（edit 为 PATCH 条目本身，attach 为上传附件，其余为 POST /entries/{id}/<操作名>）")


def check(entry: Entry, name: str, principal: Principal | None) -> None:
    """Raise the refusal if action ``name`` may not be taken on ``entry`` now (the permission is the route's)."""
    WORKFLOW.check(name, entry, principal)


def allowed_actions(entry: Entry, principal: Principal) -> list[str]:
    """What the caller may do with the entry now, in the table's order (the console shows exactly these)."""
    return WORKFLOW.allowed(entry, principal)
