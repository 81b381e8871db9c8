"""What the proxy passes on and what it drops, seen from an upstream that echoes the request it got."""
import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

import httpx

from devtools.infra import free_port
from gateway.app import create_app
from tests.support.stack import gateway_settings, serve


async def echo(scope, receive, send):
    """Echoes method, path, query and headers; sets a cookie on every response."""
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    payload = json.dumps({
        "method": scope["method"], "path": scope["path"], "query": scope["query_string"].decode(),
        "headers": {k.decode(): v.decode() for k, v in scope["headers"]}, "body": body.decode(),
    }).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [
        (b"content-type", b"application/json"), (b"set-cookie", b"session=secret-of-the-first-caller; Path=/"),
        (b"connection", b"keep-alive, x-upstream-private"), (b"x-upstream-private", b"drop me"),
    ]})
    await send({"type": "http.response.body", "body": payload})


@contextlib.asynccontextmanager
async def echo_upstream() -> AsyncIterator[int]:
    """The echo app served on a port of its own (the service the gateway proxies to)."""
    port = free_port()
    server, task = await serve(echo, port, lifespan="off")
    try:
        yield port
    finally:
        server.should_exit = True
        await task


@contextlib.asynccontextmanager
async def raw_upstream(handle) -> AsyncIterator[int]:
    """A bare TCP upstream whose behaviour a test writes byte by byte (what uvicorn would never do)."""
    port = free_port()
    server = await asyncio.start_server(handle, "127.0.0.1", port)
    try:
        yield port
    finally:
        server.close()
        await server.wait_closed()


@contextlib.asynccontextmanager
async def gateway_before(stack, upstream_port: int, **overrides) -> AsyncIterator[int]:
    """A gateway of its own whose catalog is ``upstream_port``; yields the gateway's port."""
    port = free_port()
    ports = {**stack.ports, "gateway": port, "catalog": upstream_port}
    server, task = await serve(create_app(gateway_settings(stack.infra, ports, stack.key, events_enabled=False,
                                                           **overrides)), port)
    try:
        yield port
    finally:
        server.should_exit = True
        await task


async def test_headers_are_filtered_and_cookies_never_shared(stack):
    async with echo_upstream() as upstream_port, gateway_before(stack, upstream_port) as port:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            resp = await client.post(
                "/api/v1/catalog/x/y?q=%E5%B9%B4%E6%8A%A5&n=1", content=b"hello",
                headers={"X-User-Id": "admin", "X-Roles": "admin", "X-Forwarded-For": "6.6.6.6",
                         "X-Request-ID": "mine", "Connection": "keep-alive, X-Secret-Hop", "X-Secret-Hop": "1",
                         "Proxy-Authorization": "Basic x", "Authorization": "Bearer abc", "Accept-Language": "en"},
            )
            got = resp.json()
            assert got["path"] == "/api/v1/catalog/x/y" and got["query"] == "q=%E5%B9%B4%E6%8A%A5&n=1"
            assert got["body"] == "hello" and got["method"] == "POST"
            h = got["headers"]
            for dropped in ("x-user-id", "x-roles", "x-secret-hop", "proxy-authorization"):
                assert dropped not in h, dropped
            assert h["x-forwarded-for"] == "127.0.0.1"  # the client's own claim is not believed
            assert h["x-request-id"] == resp.headers["x-request-id"] != "mine"
            assert h["authorization"] == "Bearer abc" and h["accept-language"] == "en"
            assert "x-upstream-private" not in resp.headers
        # a second caller: the first caller's cookie must not travel with its requests
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as other:
            second = (await other.get("/api/v1/catalog/other")).json()
            assert "cookie" not in second["headers"]


async def test_forwarded_for_is_believed_only_from_a_trusted_proxy(stack):
    """Behind an edge proxy listed in TRUSTED_PROXIES the gateway takes the client address from it (and https
    from X-Forwarded-Proto); anyone else's X-Forwarded-For is ignored."""
    async with (echo_upstream() as upstream_port,
                gateway_before(stack, upstream_port, trusted_proxies=["127.0.0.1"]) as port):
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            got = (await client.get("/api/v1/catalog/x", headers={"X-Forwarded-For": "203.0.113.7, 10.1.1.1",
                                                                   "X-Forwarded-Proto": "https"})).json()
            # the right-most untrusted hop is the client (10.1.1.1 is not a listed proxy here)
            assert got["headers"]["x-forwarded-for"] == "10.1.1.1"
            assert got["headers"]["x-forwarded-proto"] == "https"


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    return head + (await reader.readexactly(length) if length else b"")


async def test_upstream_failures_are_problem_responses(stack):
    """No answer in time → 504; the upstream hangs up without a response, or sends garbage → 502; nothing
    listening → 503. Each a problem+json in the caller's language, and the gateway keeps serving."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            path = request.split(b" ", 2)[1]
            if path.startswith(b"/api/v1/catalog/ok"):  # a kept-alive connection: answer, and wait for the next
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok")
                await writer.drain()
                continue
            if path.startswith(b"/api/v1/catalog/slow"):
                await reader.read()  # no answer; until the gateway gives up and hangs up
            elif path.startswith(b"/api/v1/catalog/garbage"):
                writer.write(b"this is not HTTP\r\n\r\n")
                await writer.drain()
            writer.close()
            return

    nothing_listens = f"http://127.0.0.1:{free_port()}"
    async with (raw_upstream(handle) as upstream_port,
                gateway_before(stack, upstream_port, proxy_timeout=0.5, statistics_url=nothing_listens) as port):
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=10) as client:
            slow = await client.get("/api/v1/catalog/slow")
            assert slow.status_code == 504 and slow.json()["code"] == "gateway_timeout"
            assert slow.headers["content-type"].startswith("application/problem+json")
            assert "catalog" in slow.json()["title"] + slow.json().get("detail", "")
            hangup = await client.get("/api/v1/catalog/hangup", headers={"Accept-Language": "en"})
            assert hangup.status_code == 502 and hangup.json()["code"] == "bad_gateway"
            assert hangup.headers["content-language"] == "en"
            garbage = await client.post("/api/v1/catalog/garbage", content=b"x" * 10)
            assert garbage.status_code == 502
            down = await client.get("/api/v1/statistics/anything")
            assert down.status_code == 503 and down.json()["code"] == "service_unavailable"
            for _ in range(3):  # and the next requests go through
                ok = await client.get("/api/v1/catalog/ok")
                assert ok.status_code == 200 and ok.text == "ok"


async def test_a_connection_the_upstream_closed_while_idle_is_not_reused(stack):
    """An upstream that closes each connection right after its response (as a service does after its keep-alive
    timeout): the next request must not fail on the pooled, dead connection."""
    served = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        await _read_request(reader)
        served += 1
        body = str(served).encode()
        # no "connection: close": the gateway believes the connection may be reused, then it is closed
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body))
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()

    async with raw_upstream(handle) as upstream_port, gateway_before(stack, upstream_port) as port:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False, timeout=10) as client:
            for i in range(1, 6):
                resp = await client.get("/api/v1/catalog/n")
                assert resp.status_code == 200 and resp.text == str(i)
                await asyncio.sleep(0.2)  # the upstream has closed the connection by now


async def test_a_chunked_upload_passes_through(stack):
    """A client that streams its body without a length (Transfer-Encoding: chunked) reaches the service whole."""

    async def parts():
        for part in ("公开", "目录", "x" * 70_000):
            yield part.encode()

    async with echo_upstream() as upstream_port, gateway_before(stack, upstream_port) as port:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            head = await client.head("/api/v1/catalog/upload")  # no body comes back, and the pooled connection
            assert head.status_code == 200 and head.content == b""  # to the service stays usable
            got = (await client.put("/api/v1/catalog/upload", content=parts())).json()
            assert got["method"] == "PUT" and got["body"] == "公开目录" + "x" * 70_000
            assert "transfer-encoding" in got["headers"] or "content-length" in got["headers"]
            assert "content-type" not in got["headers"]  # the gateway adds no headers of its own choosing


async def test_an_upload_that_expects_100_continue(stack):
    """curl sends `Expect: 100-continue` before a body over 1 MB: the gateway says continue, and the body reaches the
    service whole (the upstream hop negotiates its own continue)."""
    body = "公开".encode() * 200_000
    async with echo_upstream() as upstream_port, gateway_before(stack, upstream_port) as port:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"POST /api/v1/catalog/upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                     b"Content-Length: %d\r\nExpect: 100-continue\r\n\r\n" % len(body))
        await writer.drain()
        interim = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
        assert interim.startswith(b"HTTP/1.1 100"), interim
        writer.write(body)
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        assert head.startswith(b"HTTP/1.1 200"), head
        assert b"transfer-encoding: chunked" in head.lower(), head
        payload = b""
        while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
            payload += (await reader.readexactly(size + 2))[:-2]
        got = json.loads(payload)
        assert got["body"] == body.decode() and got["headers"]["content-length"] == str(len(body))
        writer.close()
