"""`make run`: the whole platform on one machine.

With no ``DATABASE_URL``/``NATS_URL`` it starts PostgreSQL and NATS from pip wheels (data under ``.data/``),
applies migrations, starts the three services and the gateway, loads demo data on first start, prints the URL
and the demo logins, and stops everything cleanly on Ctrl-C.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from devtools.infra import EmbeddedNats, EmbeddedPostgres, free_port, port_open
from kernel.config import REPO_ROOT

SERVICES = [
    ("catalog", "services.catalog.app:create_app", 8101),
    ("applications", "services.applications.app:create_app", 8102),
    ("statistics", "services.statistics.app:create_app", 8103),
]


class Platform:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.logs = data_dir / "logs"
        self.pg: EmbeddedPostgres | None = None
        self.nats: EmbeddedNats | None = None
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start_infra(self, env: dict[str, str]) -> None:
        if not env.get("DATABASE_URL"):
            port_file = self.data_dir / "pg.port"
            port = int(port_file.read_text()) if port_file.exists() else free_port(54329)
            if port_open("127.0.0.1", port):
                port = free_port()
            self.pg = EmbeddedPostgres(self.data_dir / "pg", port)
            print(f"· 启动内置 PostgreSQL（{self.data_dir / 'pg'}，端口 {port}）…", flush=True)
            self.pg.start()
            port_file.write_text(str(port))
            env["DATABASE_URL"] = self.pg.url
        if not env.get("NATS_URL"):
            port = free_port(4233)
            self.nats = EmbeddedNats(self.data_dir / "nats", port)
            print(f"· 启动内置 NATS JetStream（端口 {port}）…", flush=True)
            self.nats.start()
            env["NATS_URL"] = self.nats.url

    def spawn(self, name: str, target: str, port: int, env: dict[str, str]) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 - owned by the child
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", target, "--factory", "--host", "127.0.0.1", "--port", str(port),
             "--no-access-log", "--no-proxy-headers", "--timeout-graceful-shutdown", "10"],
            env=env, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        self.procs.append((name, proc))

    def wait_ready(self, url: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            for name, proc in self.procs:
                if proc.poll() is not None:
                    tail = (self.logs / f"{name}.log").read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"{name} exited with code {proc.returncode}:\n{tail}")
            try:
                resp = httpx.get(url, timeout=3, trust_env=False)
                if resp.status_code == 200:
                    return
                last = resp.text[:500]
            except httpx.HTTPError as exc:
                last = str(exc)
            time.sleep(0.5)
        raise RuntimeError(f"the platform did not become ready: {last}")

    def stop(self) -> None:
        for _, proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for _, proc in self.procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
        if self.nats:
            self.nats.stop()
        if self.pg:
            self.pg.stop()


def main() -> int:
    data_dir = Path(os.environ.get("GONGKAI_DATA_DIR", REPO_ROOT / ".data")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("ENVIRONMENT", "development")
    env["DATA_DIR"] = str(data_dir)
    platform = Platform(data_dir)
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            raise KeyboardInterrupt

    # SIGINT too: a shell starting us in the background leaves SIGINT ignored, and Python then never raises
    # KeyboardInterrupt for it.
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        platform.start_infra(env)
        os.environ.update(env)
        print("· 执行数据库迁移…", flush=True)
        from devtools.migrate import migrate_all

        migrate_all()
        gateway_port = int(env.get("PORT") or 8000)
        if port_open("127.0.0.1", gateway_port):
            print(f"端口 {gateway_port} 已被占用；请设置 PORT 使用其他端口。", file=sys.stderr)
            return 1
        env["JWKS_URL"] = f"http://127.0.0.1:{gateway_port}/.well-known/jwks.json"
        for name, target, default_port in SERVICES:
            port = free_port(default_port)
            env[f"GATEWAY_{name.upper()}_URL"] = f"http://127.0.0.1:{port}"
            platform.spawn(name, target, port, env)
        env["PORT"] = str(gateway_port)
        platform.spawn("gateway", "gateway.app:create_app", gateway_port, env)
        print("· 启动服务（日志：%s）…" % platform.logs, flush=True)
        base = f"http://127.0.0.1:{gateway_port}"
        platform.wait_ready(f"{base}/readyz")

        from devtools.demo import DEMO_PASSWORD, demo_accounts, load_demo

        loaded = load_demo(base, admin_password=env.get("ADMIN_PASSWORD") or None)
        from gateway.config import DEV_ADMIN_PASSWORD

        print()
        print("Gongkai 政务公开平台已启动")
        print(f"  门户与管理后台   {base}/")
        print(f"  API 文档         {base}/docs")
        print(f"  就绪检查         {base}/readyz")
        print(f"  管理员           admin / {env.get('ADMIN_PASSWORD') or DEV_ADMIN_PASSWORD}")
        print(f"  演示账号（密码均为 {DEMO_PASSWORD}）{'：已载入演示数据' if loaded else ''}")
        from kernel.permissions import BUILTIN_ROLES

        role_names = {r.code: r.name for r in BUILTIN_ROLES}
        by_agency: dict[str, list[str]] = {}
        for username, role, agency in demo_accounts():  # one line per agency: its accounts and what each does
            by_agency.setdefault(agency, []).append(f"{username}（{role_names.get(role, role)}）")
        for agency, accounts in by_agency.items():
            print(f"    {agency}：{'、'.join(accounts)}")
        print("按 Ctrl-C 停止。", flush=True)
        while True:
            for name, proc in platform.procs:
                if proc.poll() is not None:
                    print(f"{name} 意外退出（代码 {proc.returncode}），见 {platform.logs / (name + '.log')}", file=sys.stderr)
                    return 1
            time.sleep(1)
    except KeyboardInterrupt:
        print("\n· 正在停止…", flush=True)
        return 0
    except Exception as exc:  # noqa: BLE001
        print(f"启动失败：{exc}", file=sys.stderr)
        return 1
    finally:
        platform.stop()


if __name__ == "__main__":
    sys.exit(main())
