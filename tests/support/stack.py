"""The four apps running in the test process on real ports (uvicorn), talking to real PostgreSQL and NATS."""
from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from devtools.infra import free_port
from gateway.app import create_app as create_gateway
from gateway.config import GatewaySettings
from gateway.keys import SigningKey
from services.applications.app import create_app as create_applications
from services.applications.config import ApplicationsSettings
from services.catalog.app import create_app as create_catalog
from services.catalog.config import CatalogSettings
from services.statistics.app import create_app as create_statistics
from services.statistics.config import StatisticsSettings
from tests.support.infra import TestInfra

ADMIN_PASSWORD = "Test-Admin-2026!"


@dataclass
class Stack:
    infra: TestInfra
    key: SigningKey
    ports: dict[str, int]
    apps: dict[str, FastAPI] = field(default_factory=dict)
    servers: list[uvicorn.Server] = field(default_factory=list)
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)

    def url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.ports[name]}"

    @property
    def gateway(self) -> str:
        return self.url("gateway")


def common_settings(infra: TestInfra, service: str, ports: dict[str, int], jwks_file: Path) -> dict[str, Any]:
    return {
        "environment": "test",
        "database_url": infra.databases[service],
        "nats_url": infra.nats_url,
        "jwks_url": f"http://127.0.0.1:{ports['gateway']}/.well-known/jwks.json",
        "data_dir": infra.tmp / "data",
        "data_encryption_key": "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=",
    }


def gateway_settings(infra: TestInfra, ports: dict[str, int], key: SigningKey, **overrides: Any) -> GatewaySettings:
    values = {
        **common_settings(infra, "gateway", ports, Path()),
        "jwt_private_key": key.private_pem,
        "admin_password": ADMIN_PASSWORD,
        "catalog_url": f"http://127.0.0.1:{ports['catalog']}",
        "applications_url": f"http://127.0.0.1:{ports['applications']}",
        "statistics_url": f"http://127.0.0.1:{ports['statistics']}",
        "spa_dir": infra.tmp / "no-spa",
        # generous limits for the suite; the rate-limit tests build their own gateway
        "rate_limit_ip_per_minute": 100_000,
        "rate_limit_principal_per_minute": 100_000,
        "rate_limit_login_per_minute": 100_000,
    }
    values.update(overrides)
    return GatewaySettings(**values)


def build_apps(infra: TestInfra, ports: dict[str, int], key: SigningKey) -> dict[str, FastAPI]:
    jwks_file = infra.tmp / "jwks.json"
    jwks_file.write_text(json.dumps({"keys": [key.jwk]}))
    return {
        "gateway": create_gateway(gateway_settings(infra, ports, key)),
        "catalog": create_catalog(CatalogSettings(**common_settings(infra, "catalog", ports, jwks_file))),
        # the deadline job runs when a test says so, with the date it gives (tests/applications/test_deadlines.py)
        "applications": create_applications(ApplicationsSettings(**common_settings(infra, "applications", ports, jwks_file),
                                                                 deadline_job_interval=0)),
        # the daily monitoring runs when a test says so, with the date it gives (tests/statistics/test_assessments.py)
        "statistics": create_statistics(StatisticsSettings(**common_settings(infra, "statistics", ports, jwks_file),
                                                           monitoring_interval=0)),
    }


async def serve(app: Any, port: int, lifespan: str = "on") -> tuple[uvicorn.Server, asyncio.Task[Any]]:
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False, lifespan=lifespan,
                            proxy_headers=False)
    server = uvicorn.Server(config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    return server, task


@contextlib.asynccontextmanager
async def running_stack(infra: TestInfra) -> AsyncIterator[Stack]:
    ports = {name: free_port() for name in ("gateway", "catalog", "applications", "statistics")}
    key = SigningKey.generate()
    stack = Stack(infra=infra, key=key, ports=ports)
    stack.apps = build_apps(infra, ports, key)
    try:
        for name in ("catalog", "applications", "statistics", "gateway"):
            server, task = await serve(stack.apps[name], ports[name])
            stack.servers.append(server)
            stack.tasks.append(task)
        yield stack
    finally:
        for server in stack.servers:
            server.should_exit = True
        await asyncio.gather(*stack.tasks, return_exceptions=True)
