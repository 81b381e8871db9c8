"""ASGI middleware: request id, client address, language, and one access log line per request.

Pure ASGI (no BaseHTTPMiddleware) so request and response bodies stream through untouched.
"""
from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kernel.i18n import current_lang, negotiate
from kernel.request_context import client_ip_var, new_request_id, principal_var, request_id_var, valid_request_id

access_log = logging.getLogger("access")


def _is_trusted(addr: str | None, trusted: Iterable[str]) -> bool:
    if not addr:
        return False
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    for entry in trusted:
        try:
            if ip in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def resolve_client_ip(peer: str | None, forwarded_for: str | None, trusted: Iterable[str]) -> str | None:
    """The caller's address: the socket peer, or, behind trusted proxies, the right-most untrusted hop."""
    trusted = list(trusted)
    if not forwarded_for or not _is_trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, trusted):
            try:
                ipaddress.ip_address(hop)
            except ValueError:
                return peer
            return hop
    return hops[0] if hops else peer


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, *, trusted_proxies: Iterable[str] = (), trust_request_id: bool = True) -> None:
        self.app = app
        self.trusted = list(trusted_proxies)
        self.trust_request_id = trust_request_id

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        peer = scope.get("client")[0] if scope.get("client") else None
        incoming = headers.get("x-request-id")
        # A request id is accepted only from a trusted hop (the gateway); otherwise one is made here.
        if self.trust_request_id and valid_request_id(incoming) and _is_trusted(peer, self.trusted):
            rid = incoming
        else:
            rid = new_request_id()
        ip = resolve_client_ip(peer, headers.get("x-forwarded-for"), self.trusted)
        proto = headers.get("x-forwarded-proto")
        if proto in ("http", "https") and _is_trusted(peer, self.trusted):
            scope["scheme"] = proto  # TLS ends at the edge proxy; links we build must say https
        lang = negotiate(headers.get("accept-language"))
        tokens = (request_id_var.set(rid), client_ip_var.set(ip), current_lang.set(lang), principal_var.set(None))
        scope.setdefault("state", {})["request_id"] = rid
        scope["state"]["client_ip"] = ip
        started = time.perf_counter()
        status_holder = {"status": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                hdrs = list(message.get("headers", []))
                hdrs.append((b"x-request-id", rid.encode()))
                message["headers"] = hdrs
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            path = scope.get("path", "")
            if not path.endswith(("/healthz", "/readyz")):
                access_log.info(
                    "%s %s %s",
                    scope.get("method"),
                    path,
                    status_holder["status"],
                    extra={
                        "fields": {
                            "method": scope.get("method"),
                            "path": path,
                            "status": status_holder["status"],
                            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                            "client_ip": ip,
                        }
                    },
                )
            for var, token in zip((request_id_var, client_ip_var, current_lang, principal_var), tokens):
                var.reset(token)
