"""Per-request context: request id, caller, source address (read by logs and the audit trail)."""
from __future__ import annotations

import uuid
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kernel.auth import Principal

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
client_ip_var: ContextVar[str | None] = ContextVar("client_ip", default=None)
principal_var: ContextVar["Principal | None"] = ContextVar("principal", default=None)

REQUEST_ID_HEADER = "x-request-id"


def new_request_id() -> str:
    return uuid.uuid4().hex


def valid_request_id(value: str | None) -> bool:
    """Accept ids from the gateway only if they look like ids (no log injection)."""
    if not value or len(value) > 64:
        return False
    return all(c.isalnum() or c in "-_." for c in value)


def snapshot() -> dict[str, Any]:
    p = principal_var.get()
    return {
        "request_id": request_id_var.get(),
        "client_ip": client_ip_var.get(),
        "actor": p.sub if p else None,
    }
