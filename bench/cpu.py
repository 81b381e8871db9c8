"""Where the CPU went during a measured window: the servers, their PostgreSQL backends, the load generator,
and everything else on the host (a busy neighbour skews a benchmark on a small machine)."""
from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass

import asyncpg
import psutil


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return t.user + t.system


def _pg_backends(database_names: list[str]) -> dict[int, float]:
    """CPU seconds of the PostgreSQL backends serving our databases (the process title names the database)."""
    out: dict[int, float] = {}
    for proc in psutil.process_iter(["cmdline"]):
        with contextlib.suppress(psutil.Error):
            cmd = " ".join(proc.info.get("cmdline") or [])
            if cmd.startswith("postgres:") and any(f" {name} " in cmd for name in database_names):
                out[proc.pid] = _cpu(proc)
    return out


def _host_busy() -> float:
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + getattr(t, "irq", 0.0) + getattr(t, "softirq", 0.0) + getattr(t, "steal", 0.0)


async def _pg_sessions(server_url: str, database_names: list[str]) -> int | None:
    """Sessions ever opened on our databases (``pg_stat_database.sessions``, PostgreSQL 14+): a rising count
    under steady load means the services' connection pools open and close connections."""
    with contextlib.suppress(Exception):
        conn = await asyncio.wait_for(asyncpg.connect(server_url), 5)
        try:
            value = await conn.fetchval(
                "SELECT sum(sessions)::bigint FROM pg_stat_database WHERE datname = ANY($1::text[])", database_names)
            return int(value) if value is not None else None
        finally:
            await conn.close()
    return None


@dataclass
class CpuSnapshot:
    servers: dict[str, float]
    pg: dict[int, float]
    host: float
    at: float = 0.0  # monotonic time of the process reads
    host_at: float = 0.0  # monotonic time of the host read
    pg_sessions: int | None = None


class CpuMeter:
    def __init__(self, server_pids: dict[str, int], database_names: list[str], pg_server_url: str) -> None:
        self.procs = {name: psutil.Process(pid) for name, pid in server_pids.items()}
        self.database_names = database_names
        self.pg_server_url = pg_server_url

    def snapshot(self) -> CpuSnapshot:
        at = time.monotonic()
        host = _host_busy()
        servers = {}
        for name, proc in self.procs.items():
            with contextlib.suppress(psutil.Error):
                servers[name] = _cpu(proc)
        servers_at = time.monotonic()
        snap = CpuSnapshot(servers, _pg_backends(self.database_names), host, at=servers_at, host_at=at)
        snap.pg_sessions = asyncio.run(_pg_sessions(self.pg_server_url, self.database_names))
        return snap

    @staticmethod
    def used(start: CpuSnapshot, end: CpuSnapshot, client_cpu: float, seconds: float) -> dict[str, float]:
        """CPU seconds used in a ``seconds`` window by each server, our PostgreSQL backends, the load generator
        (``client_cpu``, measured by itself over exactly that window), everything else, and the whole host.
        The snapshots take a few milliseconds, so each reading is scaled to the window it actually spans."""
        scale = seconds / max(1e-6, end.at - start.at)
        out = {name: (end.servers[name] - start.servers.get(name, 0.0)) * scale for name in end.servers}
        # backends that lived through the window; short-lived ones (pool churn) end up in "other"
        out["postgres"] = sum(v - start.pg.get(pid, 0.0) for pid, v in end.pg.items()) * scale
        out["client"] = client_cpu
        host = (end.host - start.host) * seconds / max(1e-6, end.host_at - start.host_at)
        out["other"] = max(0.0, host - sum(out.values()))
        out["host"] = host
        return out

    @staticmethod
    def new_pg_sessions(start: CpuSnapshot, end: CpuSnapshot) -> int | None:
        if start.pg_sessions is None or end.pg_sessions is None:
            return None
        return end.pg_sessions - start.pg_sessions  # the meter itself connects to another database


def percent_of_core(seconds_used: dict[str, float], seconds: float) -> dict[str, float]:
    """Percent of one core, like ``top``: 100 = one core busy for the whole window."""
    return {k: round(100 * v / seconds, 1) for k, v in seconds_used.items()}
