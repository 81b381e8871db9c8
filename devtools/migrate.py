"""Apply every service's migrations: ``python -m devtools.migrate`` (uses DATABASE_URL, or each service's
``<SERVICE>_DATABASE_URL``). Creates missing databases with a UTF-8 locale when the server allows it."""
from __future__ import annotations

import asyncio
import sys

from sqlalchemy.engine import make_url

from devtools.infra import ensure_database
from gateway.config import GatewaySettings
from kernel.config import ServiceSettings
from kernel.migrations import upgrade
from services.applications.config import ApplicationsSettings
from services.catalog.config import CatalogSettings
from services.statistics.config import StatisticsSettings

SETTINGS: dict[str, type[ServiceSettings]] = {
    "gateway": GatewaySettings,
    "catalog": CatalogSettings,
    "applications": ApplicationsSettings,
    "statistics": StatisticsSettings,
}


def migrate_all(services: list[str] | None = None) -> None:
    for name in services or list(SETTINGS):
        url = SETTINGS[name]().resolved_database_url()
        parsed = make_url(url)
        server = parsed.set(database="postgres").render_as_string(hide_password=False)
        try:
            asyncio.run(ensure_database(server, parsed.database or ""))
        except Exception as exc:  # noqa: BLE001 - a managed database may forbid CREATE DATABASE
            print(f"[migrate] {name}: cannot check/create database ({exc}); assuming it exists", file=sys.stderr)
        upgrade(name, url)
        print(f"[migrate] {name}: at head")


if __name__ == "__main__":
    migrate_all(sys.argv[1:] or None)
