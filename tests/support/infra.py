"""PostgreSQL and NATS for the test session.

PostgreSQL: the server at 127.0.0.1:5432 when one answers (``GONGKAI_TEST_PG_URL`` overrides), otherwise an
embedded one from the pip wheel. NATS: always a server of our own on a free port. Databases get names unique to
the test session and are dropped at the end.
"""
from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from devtools.infra import EmbeddedNats, EmbeddedPostgres, drop_database, ensure_database, free_port, server_answers
from kernel.migrations import upgrade

SYSTEM_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
SERVICES = ("gateway", "catalog", "applications", "statistics")


@dataclass
class TestInfra:
    pg_url: str
    nats_url: str
    tmp: Path
    embedded_pg: EmbeddedPostgres | None = None
    nats: EmbeddedNats | None = None
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    databases: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls) -> "TestInfra":
        tmp = Path(tempfile.mkdtemp(prefix="gongkai-test-"))
        pg_url = os.environ.get("GONGKAI_TEST_PG_URL") or SYSTEM_PG
        embedded = None
        if os.environ.get("GONGKAI_TEST_EMBEDDED_PG") == "1" or not asyncio.run(server_answers(pg_url)):
            embedded = EmbeddedPostgres(tmp / "pg", free_port(), fast=True)
            embedded.start()
            pg_url = embedded.url
        nats = EmbeddedNats(tmp / "nats", free_port())
        nats.start()
        return cls(pg_url=pg_url, nats_url=nats.url, tmp=tmp, embedded_pg=embedded, nats=nats)

    def database_url(self, name: str) -> str:
        base = self.pg_url.rsplit("/", 1)[0]
        return f"{base.replace('postgresql://', 'postgresql+asyncpg://')}/{name}"

    def create_databases(self) -> dict[str, str]:
        """One fresh database per service, migrated to head by the real migrations."""
        for service in SERVICES:
            name = f"gk_test_{self.run_id}_{service}"
            asyncio.run(ensure_database(self.pg_url, name))
            url = self.database_url(name)
            upgrade(service, url)
            self.databases[service] = url
        return self.databases

    def stop(self) -> None:
        for url in self.databases.values():
            try:
                asyncio.run(drop_database(self.pg_url, url.rsplit("/", 1)[1]))
            except Exception:  # noqa: BLE001 - best effort
                pass
        if self.nats:
            self.nats.stop()
        if self.embedded_pg:
            self.embedded_pg.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)
