"""Streaming reverse proxy from ``/api/v1/<service>/…`` to the services.

Request and response bodies flow through in chunks (a 50 MB upload or download never sits in the gateway's
memory). Hop-by-hop headers and any identity headers a client sends are dropped; the gateway adds its request
id and the caller's address. Services verify the bearer token themselves.
"""
from __future__ import annotations

import http.cookiejar
import logging
from collections.abc import AsyncIterator

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kernel.errors import PROBLEM_MEDIA_TYPE, Problem, problem_body
from kernel.i18n import negotiate
from kernel.jsonutil import dumps
from kernel.request_context import request_id_var

log = logging.getLogger("gateway.proxy")

HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers",
    "transfer-encoding", "upgrade", "proxy-connection",
}
# Identity and routing headers only the gateway may set; anything a client sends under these names is dropped.
STRIPPED_PREFIXES = ("x-user", "x-principal", "x-auth", "x-agency", "x-roles", "x-permissions", "x-remote-user",
                     "x-forwarded-", "x-real-ip", "x-request-id", "x-client-verified", "x-internal", "forwarded")
STRIPPED_EXACT = {"host", "remote-user", "x-forwarded-user", "x-scope"}


class ClientGone(Exception):
    pass


class _NoCookies(http.cookiejar.CookieJar):
    """The proxy is shared by every caller: it must never keep a Set-Cookie from one response and replay it on
    another caller's request."""

    def __init__(self) -> None:
        super().__init__(policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))


def proxy_client(timeout: float) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        timeout=httpx.Timeout(connect=5.0, read=timeout, write=timeout, pool=10.0),
        limits=httpx.Limits(max_connections=500, max_keepalive_connections=100),
        follow_redirects=False,
        trust_env=False,
        cookies=_NoCookies(),
    )


def upstream_headers(raw: list[tuple[bytes, bytes]], *, client_ip: str | None, host: str, scheme: str) -> list[tuple[str, str]]:
    headers = [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in raw]
    connection_listed = {
        token.strip().lower() for k, v in headers if k == "connection" for token in v.split(",") if token.strip()
    }
    out = []
    for k, v in headers:
        if k in HOP_BY_HOP or k in connection_listed or k in STRIPPED_EXACT or k.startswith(STRIPPED_PREFIXES):
            continue
        out.append((k, v))
    rid = request_id_var.get()
    if rid:
        out.append(("x-request-id", rid))
    if client_ip:
        out.append(("x-forwarded-for", client_ip))
    out.append(("x-forwarded-host", host))
    out.append(("x-forwarded-proto", scheme))
    return out


def downstream_headers(headers: httpx.Headers) -> list[tuple[bytes, bytes]]:
    connection_listed = {t.strip().lower() for t in headers.get("connection", "").split(",") if t.strip()}
    out = []
    for k, v in headers.multi_items():
        lk = k.lower()
        if lk in HOP_BY_HOP or lk in connection_listed or lk == "x-request-id":
            continue
        out.append((lk.encode("latin-1"), v.encode("latin-1")))
    return out


class ProxyMiddleware:
    """Routes ``/api/v1/<service>`` prefixes; the HTTP client is ``app.state.proxy_client`` (made at start-up
    by :func:`proxy_client`, closed at shutdown)."""

    def __init__(self, app: ASGIApp, *, services: dict[str, str]) -> None:
        self.app = app
        self.routes = {f"/api/v1/{name}": url for name, url in services.items()}

    def _target(self, path: str) -> tuple[str, str] | None:
        for prefix, url in self.routes.items():
            if path == prefix or path.startswith(prefix + "/"):
                return prefix.rsplit("/", 1)[1], url
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = self._target(scope.get("path", "")) if scope["type"] == "http" else None
        if target is None:
            await self.app(scope, receive, send)
            return
        service, base_url = target
        raw_path = scope.get("raw_path") or scope["path"].encode()
        url = base_url + raw_path.decode("latin-1")
        if scope.get("query_string"):
            url += "?" + scope["query_string"].decode("latin-1")
        headers_in = scope.get("headers", [])
        host = next((v.decode("latin-1") for k, v in headers_in if k == b"host"), "")
        headers = upstream_headers(
            headers_in, client_ip=scope.get("state", {}).get("client_ip"), host=host, scheme=scope.get("scheme", "http")
        )
        raw = {k.lower(): v for k, v in headers_in}
        length = raw.get(b"content-length")
        has_body = b"transfer-encoding" in raw or (length is not None and length.strip() not in (b"", b"0"))

        async def body() -> AsyncIterator[bytes]:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise ClientGone()
                chunk = message.get("body", b"")
                if chunk:
                    yield chunk
                if not message.get("more_body", False):
                    return

        client: httpx.AsyncClient = scope["app"].state.proxy_client
        request = client.build_request(scope["method"], url, headers=headers, content=body() if has_body else None)
        lang = negotiate(raw[b"accept-language"].decode("latin-1") if b"accept-language" in raw else None)
        try:
            response = await client.send(request, stream=True)
        except ClientGone:
            return
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            log.warning("cannot reach %s: %s", service, exc)
            await self._problem(send, Problem(503, "service_unavailable", params={"service": service}), lang, scope)
            return
        except httpx.TimeoutException:
            await self._problem(send, Problem(504, "gateway_timeout", params={"service": service}), lang, scope)
            return
        except httpx.RequestError as exc:
            log.warning("proxying to %s failed: %s", service, exc)
            await self._problem(send, Problem(502, "bad_gateway", params={"service": service}), lang, scope)
            return
        try:
            await send({
                "type": "http.response.start",
                "status": response.status_code,
                "headers": downstream_headers(response.headers),
            })
            async for chunk in response.aiter_raw():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except (httpx.RequestError, OSError) as exc:
            log.warning("stream from %s broke: %s", service, exc)
        finally:
            await response.aclose()

    async def _problem(self, send: Send, problem: Problem, lang: str, scope: Scope) -> None:
        body = dumps(problem_body(problem, lang, scope.get("path")))
        start: Message = {
            "type": "http.response.start",
            "status": problem.status,
            "headers": [
                (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"content-language", lang.encode()),
            ],
        }
        await send(start)
        await send({"type": "http.response.body", "body": body})
