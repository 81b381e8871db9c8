"""Alembic plumbing shared by every service's migrations.

Each service has ``services/<name>/alembic.ini`` and ``services/<name>/migrations/``; its ``env.py`` calls
:func:`run_env`. Apply with ``python -m devtools.migrate`` (all services) or
``alembic -c services/<name>/alembic.ini upgrade head``.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command, context, op
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.ext.asyncio import async_engine_from_config

from kernel.config import REPO_ROOT


def run_env(metadata: MetaData, default_url: str | None) -> None:
    """Body of a service's ``env.py``. The URL comes from ``config.attributes['url']`` (programmatic runs),
    ``-x url=…`` on the command line, or the service's settings."""
    config = context.config
    url = config.attributes.get("url") or context.get_x_argument(as_dictionary=True).get("url") or default_url
    if not url:
        raise RuntimeError("no database URL for migrations")

    def do_run(connection) -> None:  # type: ignore[no-untyped-def]
        context.configure(connection=connection, target_metadata=metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()

    if context.is_offline_mode():
        context.configure(url=url, target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return

    async def run_async() -> None:
        engine = async_engine_from_config({"sqlalchemy.url": url}, prefix="sqlalchemy.", poolclass=pool.NullPool)
        async with engine.connect() as connection:
            await connection.run_sync(do_run)
            await connection.commit()
        await engine.dispose()

    asyncio.run(run_async())


def alembic_config(service: str, url: str) -> Config:
    """A programmatic Alembic config for ``services/<service>`` (or ``gateway``)."""
    folder = REPO_ROOT / ("gateway" if service == "gateway" else f"services/{service}")
    cfg = Config(str(folder / "alembic.ini"))
    cfg.set_main_option("script_location", str(folder / "migrations"))
    cfg.attributes["url"] = url
    return cfg


def upgrade(service: str, url: str, revision: str = "head") -> None:
    """Apply migrations (blocking; call from a thread inside an event loop)."""
    command.upgrade(alembic_config(service, url), revision)


# --- operations used by migrations -------------------------------------------------------------------------

def create_append_only_trigger(table: str) -> None:
    """Make ``table`` append-only: UPDATE, DELETE and TRUNCATE raise."""
    op.execute(
        """
        CREATE OR REPLACE FUNCTION gongkai_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $$;
        """
    )
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION gongkai_reject_change()"
    )
    op.execute(
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION gongkai_reject_change()"
    )


def migrations_dir(service: str) -> Path:
    return REPO_ROOT / ("gateway" if service == "gateway" else f"services/{service}") / "migrations"
