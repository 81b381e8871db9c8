"""Workflows as tables (architecture.md §3): one row per action with its name, the statuses it starts from, the
permission it needs and the condition beyond the status; routes, status checks and what a user is offered are all
derived from the one table, so what a user is offered is exactly what the service accepts.

A service describes its aggregate's rows (a request case, a catalog entry, an annual report) and gives the table the
function that words a refusal for the wrong status. A row's condition (``guard``) gets the subject, the caller and
a context the service supplies (facts read once per request, today's date …) and returns the refusal, or None.
"""
from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kernel.auth import Principal
from kernel.errors import Problem

S = TypeVar("S")  # the aggregate: it has a ``status``
Guard = Callable[[Any, "Principal | None", Any], "Problem | None"]


@dataclass(frozen=True, kw_only=True)
class Step:
    """A row; a service subclasses it for what its routes need besides (the request schema, the letter issued …)."""

    name: str  # the key users are offered, the last segment of the route's path (hyphens for underscores)
    from_statuses: frozenset[str]
    permission: str
    words: tuple[str, str] = ("", "")  # the action, or why not, in a refusal for the wrong status (zh, en)
    guard: Guard | None = None

    @property
    def path(self) -> str:
        return self.name.replace("_", "-")


class Workflow(Generic[S]):
    def __init__(self, steps: Iterable[Step], *, state_error: Callable[[S, Step], Problem]) -> None:
        self.steps: tuple[Step, ...] = tuple(steps)
        self.by_name: dict[str, Step] = {s.name: s for s in self.steps}
        if len(self.by_name) != len(self.steps):
            raise ValueError("workflow step names must be unique")
        self.state_error = state_error

    def __getitem__(self, name: str) -> Step:
        return self.by_name[name]

    def names(self, enum_name: str, doc: str) -> type[enum.StrEnum]:
        """The action names as an enumeration, for the OpenAPI document (the console's forms are typed by it)."""
        names = enum.StrEnum(enum_name, {s.name: s.name for s in self.steps})  # type: ignore[misc]
        names.__doc__ = doc
        return names

    def refusal(self, step: Step | str, subject: S, principal: Principal | None, context: Any = None) -> Problem | None:
        """Why ``step`` cannot be taken on ``subject`` now — its status or its condition — or None. The permission
        is the route's business (and :meth:`allowed`'s)."""
        step = self.by_name[step] if isinstance(step, str) else step
        if getattr(subject, "status") not in step.from_statuses:
            return self.state_error(subject, step)
        return step.guard(subject, principal, context) if step.guard is not None else None

    def check(self, name: str, subject: S, principal: Principal | None, context: Any = None) -> None:
        """Raise the refusal if action ``name`` may not be taken on ``subject`` now."""
        problem = self.refusal(name, subject, principal, context)
        if problem is not None:
            raise problem

    def allowed(self, subject: S, principal: Principal, context: Any = None) -> list[str]:
        """The actions ``principal`` may take on ``subject`` now, in the table's order."""
        return [s.name for s in self.steps
                if principal.has(s.permission) and self.refusal(s, subject, principal, context) is None]
