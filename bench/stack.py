"""The system under test, brought up from nothing and torn down afterwards.

* PostgreSQL: the server at 127.0.0.1:5432 when it answers, else an embedded one (fsync off) in a temp folder;
  two fresh databases (``gk_bench_<run>_gateway`` / ``_catalog``) migrated with the real migrations, dropped
  at the end.
* NATS: an embedded server on a free port.
* The catalog service and the gateway: separate ``uvicorn`` processes (one worker each, as in ``make run``),
  with rate limits raised so the benchmark is not throttled.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from devtools.infra import EmbeddedNats, EmbeddedPostgres, drop_database, ensure_database, free_port, server_answers
from kernel.config import REPO_ROOT

SYSTEM_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
SERVICES = ("gateway", "catalog")


def log(message: str) -> None:
    print(f"· {message}", file=sys.stderr, flush=True)


@dataclass
class Server:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log_file: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def tail(self, chars: int = 3000) -> str:
        with contextlib.suppress(OSError):
            return self.log_file.read_text(errors="replace")[-chars:]
        return ""


@dataclass
class BenchStack:
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="gongkai-bench-")))
    run_id: str = field(default_factory=lambda: secrets.token_hex(4))
    admin_password: str = field(default_factory=lambda: "Bench-" + secrets.token_urlsafe(18) + "-9aZ!")
    pg_server_url: str = ""
    pg_kind: str = ""
    embedded_pg: EmbeddedPostgres | None = None
    nats: EmbeddedNats | None = None
    databases: dict[str, str] = field(default_factory=dict)  # service -> database name
    servers: dict[str, Server] = field(default_factory=dict)
    keep_tmp: bool = False
    force_embedded_pg: bool = False

    # --- infrastructure ------------------------------------------------------------------------------------

    def start_infra(self) -> None:
        if not self.force_embedded_pg and asyncio.run(server_answers(SYSTEM_PG)):
            self.pg_server_url = SYSTEM_PG
            self.pg_kind = "existing server at 127.0.0.1:5432"
        else:
            port = free_port()
            log(f"{'' if self.force_embedded_pg else 'no PostgreSQL at 127.0.0.1:5432; '}"
                f"starting an embedded one on port {port}")
            self.embedded_pg = EmbeddedPostgres(self.tmp / "pg", port, fast=True)
            self.embedded_pg.start()
            self.pg_server_url = self.embedded_pg.url
            self.pg_kind = f"embedded PostgreSQL (fsync off) on port {port}"
        log(f"PostgreSQL: {self.pg_kind}")
        self.nats = EmbeddedNats(self.tmp / "nats", free_port())
        self.nats.start()
        log(f"NATS: embedded at {self.nats.url}")
        from kernel.migrations import upgrade

        for service in SERVICES:
            name = f"gk_bench_{self.run_id}_{service}"
            self.databases[service] = name  # before creating it: an interrupt in between still drops it
            asyncio.run(ensure_database(self.pg_server_url, name))
            upgrade(service, self.database_url(service))
        log(f"databases created and migrated: {', '.join(self.databases.values())}")

    def database_url(self, service: str) -> str:
        base = self.pg_server_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+asyncpg://")
        return f"{base}/{self.databases[service]}"

    # --- services ------------------------------------------------------------------------------------------

    def start_services(self) -> None:
        assert self.nats is not None
        catalog_port, gateway_port = free_port(), free_port()
        while gateway_port == catalog_port:
            gateway_port = free_port()
        unused = [free_port(), free_port()]
        env = {
            **os.environ,
            "ENVIRONMENT": "development",
            "DATA_DIR": str(self.tmp / "data"),
            "CATALOG_DATABASE_URL": self.database_url("catalog"),
            "GATEWAY_DATABASE_URL": self.database_url("gateway"),
            "NATS_URL": self.nats.url,
            "JWKS_URL": f"http://127.0.0.1:{gateway_port}/.well-known/jwks.json",
            "GATEWAY_CATALOG_URL": f"http://127.0.0.1:{catalog_port}",
            "GATEWAY_APPLICATIONS_URL": f"http://127.0.0.1:{unused[0]}",
            "GATEWAY_STATISTICS_URL": f"http://127.0.0.1:{unused[1]}",
            "ADMIN_PASSWORD": self.admin_password,
            "GATEWAY_RATE_LIMIT_IP_PER_MINUTE": "100000000",
            "GATEWAY_RATE_LIMIT_PRINCIPAL_PER_MINUTE": "100000000",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
        for stale in ("DATABASE_URL", "PORT", "GATEWAY_PORT", "GATEWAY_ADMIN_PASSWORD"):
            env.pop(stale, None)
        self._spawn("catalog", "services.catalog.app:create_app", catalog_port, env)
        self._spawn("gateway", "gateway.app:create_app", gateway_port, env)
        for server in self.servers.values():
            self._wait_healthy(server)
        log(f"catalog at {self.servers['catalog'].url}, gateway at {self.servers['gateway'].url} (pids "
            f"{self.servers['catalog'].proc.pid}, {self.servers['gateway'].proc.pid})")

    def _spawn(self, name: str, target: str, port: int, env: dict[str, str]) -> None:
        logs = self.tmp / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        log_file = logs / f"{name}.log"
        with open(log_file, "ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", target, "--factory", "--host", "127.0.0.1", "--port", str(port),
                 "--no-access-log", "--no-proxy-headers", "--timeout-graceful-shutdown", "5"],
                env=env, cwd=REPO_ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        self.servers[name] = Server(name, port, proc, log_file)

    def _wait_healthy(self, server: Server, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            if server.proc.poll() is not None:
                raise RuntimeError(f"{server.name} exited with code {server.proc.returncode}:\n{server.tail()}")
            try:
                resp = httpx.get(f"{server.url}/healthz", timeout=2, trust_env=False)
                if resp.status_code == 200:
                    return
                last = f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                last = str(exc)
            time.sleep(0.2)
        raise RuntimeError(f"{server.name} did not become healthy ({last}):\n{server.tail()}")

    # --- data ----------------------------------------------------------------------------------------------

    def admin_token(self, timeout: float = 60) -> str:
        """Log in as admin through the gateway (retrying until the token endpoint works)."""
        url = f"{self.servers['gateway'].url}/api/v1/auth/token"
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            try:
                resp = httpx.post(url, data={"grant_type": "password", "username": "admin",
                                             "password": self.admin_password}, timeout=10, trust_env=False)
                if resp.status_code == 200:
                    return str(resp.json()["access_token"])
                last = f"HTTP {resp.status_code}: {resp.text[:300]}"
            except httpx.HTTPError as exc:
                last = str(exc)
            time.sleep(0.3)
        raise RuntimeError(f"cannot log in as admin through the gateway: {last}\n{self.servers['gateway'].tail()}")

    def create_agencies(self, token: str) -> list[int]:
        """A city government with three departments and a county government, created through the gateway."""
        from devtools.demo import demo_code

        url = f"{self.servers['gateway'].url}/api/v1/catalog/agencies"
        headers = {"Authorization": f"Bearer {token}"}
        rows: list[tuple[str, str, str, str, bool]] = [
            ("基准市人民政府", "city", "government", "990100", False),
            ("基准市人民政府办公室", "city", "department", "990100", True),
            ("基准市教育局", "city", "department", "990100", True),
            ("基准市财政局", "city", "department", "990100", True),
            ("基准县人民政府", "county", "government", "990121", True),
        ]
        ids: list[int] = []
        with httpx.Client(timeout=30, trust_env=False, headers=headers) as client:
            for serial, (name, level, kind, region, child) in enumerate(rows, start=70_000):
                payload: dict[str, Any] = {
                    "name": name, "code": demo_code(region, serial), "level": level, "kind": kind,
                    "parent_id": ids[0] if child else None,
                    "short_name": name[:8],
                    "address": f"基准市人民路 {serial - 69_999} 号",
                    "office_hours": "工作日 上午 8:30–12:00，下午 14:30–17:30",
                    "guide_text": f"{name}政府信息公开指南\n\n一、主动公开。\n\n二、依申请公开。",
                }
                resp = client.post(url, json=payload)
                if resp.status_code != 201:
                    raise RuntimeError(f"creating agency {name} failed: HTTP {resp.status_code} {resp.text[:500]}")
                ids.append(int(resp.json()["id"]))
        return ids

    # --- teardown ------------------------------------------------------------------------------------------

    def stop(self) -> None:
        for server in self.servers.values():
            if server.proc.poll() is None:
                with contextlib.suppress(OSError):
                    server.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        for server in self.servers.values():
            try:
                server.proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                server.proc.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    server.proc.wait(5)
        for name in self.databases.values():
            try:
                asyncio.run(drop_database(self.pg_server_url, name))
            except Exception as exc:  # noqa: BLE001 - best effort, reported
                log(f"could not drop database {name}: {exc}")
        if self.nats:
            self.nats.stop()
        if self.embedded_pg:
            self.embedded_pg.stop()
        if self.keep_tmp:
            log(f"kept {self.tmp} (logs under logs/)")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def process_ids(self) -> dict[str, int]:
        return {name: s.proc.pid for name, s in self.servers.items()}
