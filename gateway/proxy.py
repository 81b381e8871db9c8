"""Streaming reverse proxy from ``/api/v1/<service>/…`` to the services.

Request and response bodies flow through in chunks (a 50 MB upload or download never sits in the gateway's
memory). Hop-by-hop headers and any identity headers a client sends are dropped; the gateway adds its request
id and the caller's address. Services verify the bearer token themselves.

The upstream client is aiohttp's: it costs ≈ 150 µs of CPU per proxied request here where httpx cost ≈ 580 µs
(measured side by side against the same upstream; see bench/README.md, `bench/gateway`), and every request of
the platform passes through this hop.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import aiohttp
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from yarl import URL

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


# what aiohttp would otherwise add on its own: the client's headers are passed on as they came
NO_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")
# below the services' keep-alive timeout (uvicorn's 5 s), so an idle connection is dropped here before the
# upstream closes it under a new request
KEEPALIVE_SECONDS = 4.0


def proxy_client(timeout: float) -> aiohttp.ClientSession:
    """The session shared by every caller. Its cookie jar keeps nothing (a Set-Cookie from one response must never
    travel with another caller's request); bodies are passed on as they are (no decompression, no redirects)."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=500, limit_per_host=0, keepalive_timeout=KEEPALIVE_SECONDS,
                                       ttl_dns_cache=10),
        # connect: waiting for a pooled connection and opening one; sock_read: the longest pause in a response
        timeout=aiohttp.ClientTimeout(total=None, connect=10.0, sock_connect=5.0, sock_read=timeout),
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=False,
        skip_auto_headers=NO_AUTO_HEADERS,
        trust_env=False,
        max_field_size=65536,
        max_line_size=65536,
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


def downstream_headers(raw: tuple[tuple[bytes, bytes], ...]) -> list[tuple[bytes, bytes]]:
    """The upstream response's headers (as received) minus the hop-by-hop ones and the upstream's request id."""
    connection_listed = {
        t.strip().lower() for k, v in raw if k.lower() == b"connection" for t in v.split(b",") if t.strip()
    }
    out = []
    for k, v in raw:
        lk = k.lower()
        if lk.decode("latin-1") in HOP_BY_HOP or lk in connection_listed or lk == b"x-request-id":
            continue
        out.append((lk, v))
    return out


def upstream_problem(exc: BaseException, service: str) -> Problem | None:
    """The problem response for a request that never got a response from ``service`` (None: not such a failure)."""
    if isinstance(exc, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)):
        log.warning("cannot reach %s: %s", service, exc)
        return Problem(503, "service_unavailable", params={"service": service})
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        return Problem(504, "gateway_timeout", params={"service": service})
    if isinstance(exc, (aiohttp.ClientError, OSError)):
        log.warning("proxying to %s failed: %s", service, exc)
        return Problem(502, "bad_gateway", params={"service": service})
    return None


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

        gone = False

        async def body() -> AsyncIterator[bytes]:
            nonlocal gone
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone = True
                    raise ClientGone()
                chunk = message.get("body", b"")
                if chunk:
                    yield chunk
                if not message.get("more_body", False):
                    return

        client: aiohttp.ClientSession = scope["app"].state.proxy_client
        lang = negotiate(raw[b"accept-language"].decode("latin-1") if b"accept-language" in raw else None)
        try:
            response = await client.request(
                scope["method"], URL(url, encoded=True), headers=headers, data=body() if has_body else None,
                allow_redirects=False,
            )
        except Exception as exc:  # noqa: BLE001 - every failure to reach the upstream becomes a problem response
            if gone:  # the client hung up while sending its body (aiohttp may wrap the ClientGone raised for it)
                return
            problem = upstream_problem(exc, service)
            if problem is None:
                raise
            await self._problem(send, problem, lang, scope)
            return
        try:
            await send({
                "type": "http.response.start",
                "status": response.status,
                "headers": downstream_headers(response.raw_headers),
            })
            async for chunk in response.content.iter_any():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            # the response has started: all that can be done is to end it (the client sees a cut body)
            log.warning("stream from %s broke: %s", service, exc)
        finally:
            response.release()

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
