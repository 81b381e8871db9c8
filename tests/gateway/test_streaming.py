"""50 MB through the gateway in both directions, streamed: the gateway process never holds the body.

The gateway runs as its own process (so its memory can be measured) in front of an upstream that hashes what it
receives and generates what it sends, chunk by chunk.
"""
import asyncio
import hashlib
import os
import subprocess
import sys
import textwrap

import httpx
import psutil

from devtools.infra import free_port
from tests.support.stack import ADMIN_PASSWORD

SIZE = 50 * 1024 * 1024
CHUNK = 256 * 1024

UPSTREAM = textwrap.dedent(
    """
    import hashlib, sys
    import uvicorn

    SIZE, CHUNK = %d, %d

    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        if scope["method"] == "POST":
            digest, total = hashlib.sha256(), 0
            while True:
                message = await receive()
                body = message.get("body", b"")
                digest.update(body)
                total += len(body)
                if not message.get("more_body"):
                    break
            payload = ('{"bytes": %%d, "sha256": "%%s"}' %% (total, digest.hexdigest())).encode()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": payload})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/octet-stream"),
                                (b"content-length", str(SIZE).encode())]})
        block = bytes(range(256)) * (CHUNK // 256)
        sent = 0
        while sent < SIZE:
            await send({"type": "http.response.body", "body": block, "more_body": True})
            sent += len(block)
        await send({"type": "http.response.body", "body": b""})

    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
    """
) % (SIZE, CHUNK)


def _expected_download_digest() -> str:
    block = bytes(range(256)) * (CHUNK // 256)
    digest = hashlib.sha256()
    for _ in range(SIZE // CHUNK):
        digest.update(block)
    return digest.hexdigest()


async def _wait_port(port: int) -> None:
    for _ in range(400):
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.05)
    raise AssertionError(f"port {port} never opened")


async def _peak_rss(proc: psutil.Process, stop: asyncio.Event) -> int:
    peak = 0
    while not stop.is_set():
        peak = max(peak, proc.memory_info().rss)
        await asyncio.sleep(0.01)
    return peak


async def test_fifty_megabytes_each_way_without_buffering(stack, tmp_path):
    upstream_port, gateway_port = free_port(), free_port()
    script = tmp_path / "upstream.py"
    script.write_text(UPSTREAM)
    env = {
        **os.environ,
        "ENVIRONMENT": "test",
        "GATEWAY_DATABASE_URL": stack.infra.databases["gateway"],
        "NATS_URL": stack.infra.nats_url,
        "GATEWAY_EVENTS_ENABLED": "false",
        "GATEWAY_JWT_PRIVATE_KEY": stack.key.private_pem,
        "DATA_ENCRYPTION_KEY": "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=",
        "ADMIN_PASSWORD": ADMIN_PASSWORD,
        "GATEWAY_CATALOG_URL": f"http://127.0.0.1:{upstream_port}",
        "DATA_DIR": str(tmp_path),
        "LOG_LEVEL": "WARNING",
    }
    upstream = subprocess.Popen([sys.executable, str(script), str(upstream_port)])
    gateway = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "gateway.app:create_app", "--factory", "--host", "127.0.0.1",
         "--port", str(gateway_port), "--no-access-log", "--no-proxy-headers"],
        env=env,
    )
    try:
        await _wait_port(upstream_port)
        await _wait_port(gateway_port)
        proc = psutil.Process(gateway.pid)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{gateway_port}", timeout=120, trust_env=False) as client:
            assert (await client.get("/healthz")).status_code == 200
            await client.get("/api/v1/catalog/warmup")  # first proxied request builds the middleware stack
            baseline = proc.memory_info().rss

            # upload: the client streams 50 MB; the upstream reports what it received
            sent = hashlib.sha256()

            async def body():
                block = os.urandom(CHUNK)
                for _ in range(SIZE // CHUNK):
                    sent.update(block)
                    yield block

            stop = asyncio.Event()
            watcher = asyncio.create_task(_peak_rss(proc, stop))
            resp = await client.post("/api/v1/catalog/attachments", content=body(),
                                     headers={"Content-Length": str(SIZE), "Content-Type": "application/octet-stream"})
            stop.set()
            upload_peak = await watcher
            assert resp.status_code == 200, resp.text
            assert resp.json() == {"bytes": SIZE, "sha256": sent.hexdigest()}

            # download: 50 MB generated upstream, hashed as it arrives
            stop = asyncio.Event()
            watcher = asyncio.create_task(_peak_rss(proc, stop))
            received = hashlib.sha256()
            total = 0
            async with client.stream("GET", "/api/v1/catalog/attachments/big") as resp:
                assert resp.status_code == 200
                assert resp.headers["content-length"] == str(SIZE)
                async for chunk in resp.aiter_raw():
                    received.update(chunk)
                    total += len(chunk)
            stop.set()
            download_peak = await watcher
            assert total == SIZE and received.hexdigest() == _expected_download_digest()

        growth_mb = (max(upload_peak, download_peak) - baseline) / 1024 / 1024
        print(f"gateway RSS baseline {baseline / 1048576:.1f} MB, growth during transfers {growth_mb:.1f} MB")
        assert growth_mb < 20, f"the gateway grew by {growth_mb:.1f} MB while proxying 50 MB"
    finally:
        for p in (gateway, upstream):
            p.terminate()
            p.wait(10)
