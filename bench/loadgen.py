"""A small closed-loop HTTP/1.1 load generator on raw asyncio streams (uvloop when available).

Each of ``concurrency`` connections sends one request, waits for the whole response, and sends the next one
(keep-alive), for a warm-up period (discarded) and then for the measured period. A request counts when it is
*sent* inside the measured window; its latency is the time from writing the request to reading the last
body byte. Anything but the expected status, a broken connection or a malformed response is an error.

This is several times cheaper per request than ``httpx.AsyncClient`` (no header objects, no URL parsing, no
pool bookkeeping), which matters on a small machine where the client shares the CPU with the servers.

Runs in worker processes started by :class:`LoadWorkers` (``multiprocessing`` with the *spawn* method, so a
worker imports this module only); the servers under test are separate processes too.
"""
from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import time
from array import array
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any


class BadResponse(Exception):
    pass


def build_requests(host: str, port: int, paths: list[str], headers: dict[str, str] | None = None) -> list[bytes]:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    return [
        (f"GET {p} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n"
         f"User-Agent: gongkai-bench\r\n{extra}\r\n").encode("latin-1")
        for p in paths
    ]


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bool, int]:
    """Read one response; returns (status, server wants to close, body bytes)."""
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1."):
        raise BadResponse(head[:80].decode("latin-1", "replace"))
    status = int(head[9:12])
    lower = head.lower()
    close = b"\r\nconnection: close" in lower
    idx = lower.find(b"\r\ncontent-length:")
    if idx >= 0:
        end = lower.index(b"\r\n", idx + 2)
        length = int(lower[idx + 17:end])
        if length:
            await reader.readexactly(length)
        return status, close, length
    if b"\r\ntransfer-encoding: chunked" in lower:
        total = 0
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            await reader.readexactly(size + 2)  # chunk and its CRLF
            total += size
            if size == 0:
                return status, close, total  # no trailers expected
    if status in (204, 304) or 100 <= status < 200:
        return status, close, 0
    body = await reader.read()  # delimited by close
    return status, True, len(body)


@dataclass
class Tally:
    latencies_us: array = field(default_factory=lambda: array("q"))
    request_indexes: array = field(default_factory=lambda: array("H"))  # which of the job's requests, per latency
    errors: int = 0
    statuses: Counter = field(default_factory=Counter)
    error_samples: list[str] = field(default_factory=list)
    body_bytes: int = 0

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 5:
            self.error_samples.append(what)


async def _connection(host: str, port: int, requests: list[bytes], offset: int, expect: int,
                      start_ns: int, end_ns: int, tally: Tally) -> None:
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    i = offset
    n = len(requests)
    clock = time.perf_counter_ns
    try:
        while True:
            t0 = clock()
            if t0 >= end_ns:
                return
            measured = t0 >= start_ns
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                    t0 = clock()
                    measured = t0 >= start_ns
                assert reader is not None
                sent = i % n
                writer.write(requests[sent])
                i += 1
                status, close, size = await read_response(reader)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, BadResponse, ValueError) as exc:
                if measured:
                    tally.error(f"{type(exc).__name__}: {exc}"[:200])
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(0.01)  # do not spin on a dead server
                continue
            t1 = clock()
            if measured:
                tally.latencies_us.append((t1 - t0) // 1000)
                tally.request_indexes.append(sent)
                tally.statuses[status] += 1
                tally.body_bytes += size
                if status != expect:
                    tally.error(f"HTTP {status}")
            if close:
                writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


async def run_load(job: dict[str, Any]) -> dict[str, Any]:
    """Run one load job: ``host``, ``port``, ``requests`` (raw request bytes, used round-robin),
    ``connections``, ``warmup`` and ``duration`` in seconds, ``expect`` (status), ``first`` (offset)."""
    tally = Tally()
    now = time.perf_counter_ns()
    start_ns = now + int(job["warmup"] * 1e9)
    end_ns = start_ns + int(job["duration"] * 1e9)
    tasks = [
        asyncio.create_task(_connection(job["host"], job["port"], job["requests"], job.get("first", 0) + k,
                                        job.get("expect", 200), start_ns, end_ns, tally))
        for k in range(job["connections"])
    ]
    # CPU used by this process during the measured window only
    await asyncio.sleep(max(0.0, (start_ns - time.perf_counter_ns()) / 1e9))
    cpu_start = time.process_time()
    await asyncio.sleep(max(0.0, (end_ns - time.perf_counter_ns()) / 1e9))
    cpu_end = time.process_time()
    await asyncio.gather(*tasks)
    return {
        "latencies_us": tally.latencies_us.tobytes(),
        "request_indexes": tally.request_indexes.tobytes(),
        "errors": tally.errors,
        "statuses": dict(tally.statuses),
        "error_samples": tally.error_samples,
        "body_bytes": tally.body_bytes,
        "elapsed": (end_ns - start_ns) / 1e9,
        "cpu_seconds": cpu_end - cpu_start,
        "pid": os.getpid(),
    }


def _event_loop_runner() -> Any:
    try:
        import uvloop

        return uvloop.run
    except ImportError:  # pragma: no cover - uvloop comes with uvicorn[standard]
        return asyncio.run


def _worker_main(conn: Connection) -> None:
    run = _event_loop_runner()
    with contextlib.suppress(EOFError, KeyboardInterrupt, BrokenPipeError):
        while True:
            job = conn.recv()
            if job is None:
                return
            try:
                conn.send({"ok": True, **run(run_load(job))})
            except Exception as exc:  # noqa: BLE001 - reported to the parent
                conn.send({"ok": False, "error": f"{type(exc).__name__}: {exc}"})


class LoadWorkers:
    """``count`` load-generator processes, kept for all runs (start-up cost paid once)."""

    def __init__(self, count: int) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.workers: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
        for _ in range(max(1, count)):
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="bench-loadgen")
            proc.start()
            child.close()
            self.workers.append((proc, parent))

    @property
    def pids(self) -> list[int]:
        return [p.pid for p, _ in self.workers if p.pid is not None]

    def start(self, job: dict[str, Any], concurrency: int) -> list[Connection]:
        """Hand ``concurrency`` connections out over the workers and start them; collect with :meth:`collect`."""
        used = self.workers[:max(1, min(len(self.workers), concurrency))]
        share, extra = divmod(concurrency, len(used))
        started = []
        first = 0
        for index, (_, conn) in enumerate(used):
            n = share + (1 if index < extra else 0)
            conn.send({**job, "connections": n, "first": first})
            first += n
            started.append(conn)
        return started

    def collect(self, started: list[Connection], timeout: float) -> list[dict[str, Any]]:
        results = []
        for conn in started:
            if not conn.poll(timeout):
                raise RuntimeError("a load-generator process did not answer")
            result = conn.recv()
            if not result.get("ok"):
                raise RuntimeError(f"load generator failed: {result.get('error')}")
            results.append(result)
        return results

    def close(self) -> None:
        for proc, conn in self.workers:
            with contextlib.suppress(Exception):
                conn.send(None)
            conn.close()
        for proc, _ in self.workers:
            proc.join(2)
            if proc.is_alive():
                proc.terminate()
                proc.join(2)
            if proc.is_alive():
                proc.kill()
