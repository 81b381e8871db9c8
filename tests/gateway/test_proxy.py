"""What the proxy passes on and what it drops, seen from an upstream that echoes the request it got."""
import json

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


async def test_headers_are_filtered_and_cookies_never_shared(stack):
    upstream_port, port = free_port(), free_port()
    up_server, up_task = await serve(echo, upstream_port, lifespan="off")
    ports = {**stack.ports, "gateway": port, "catalog": upstream_port}
    server, task = await serve(create_app(gateway_settings(stack.infra, ports, stack.key, events_enabled=False)), port)
    try:
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
    finally:
        for srv in (server, up_server):
            srv.should_exit = True
        await task
        await up_task


async def test_forwarded_for_is_believed_only_from_a_trusted_proxy(stack):
    """Behind an edge proxy listed in TRUSTED_PROXIES the gateway takes the client address from it (and https
    from X-Forwarded-Proto); anyone else's X-Forwarded-For is ignored."""
    upstream_port, port = free_port(), free_port()
    up_server, up_task = await serve(echo, upstream_port, lifespan="off")
    ports = {**stack.ports, "gateway": port, "catalog": upstream_port}
    settings = gateway_settings(stack.infra, ports, stack.key, events_enabled=False, trusted_proxies=["127.0.0.1"])
    server, task = await serve(create_app(settings), port)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", trust_env=False) as client:
            got = (await client.get("/api/v1/catalog/x", headers={"X-Forwarded-For": "203.0.113.7, 10.1.1.1",
                                                                   "X-Forwarded-Proto": "https"})).json()
            # the right-most untrusted hop is the client (10.1.1.1 is not a listed proxy here)
            assert got["headers"]["x-forwarded-for"] == "10.1.1.1"
            assert got["headers"]["x-forwarded-proto"] == "https"
    finally:
        for srv in (server, up_server):
            srv.should_exit = True
        await task
        await up_task
