from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kernel.events import Broker
from tests.statistics.support import Events


@pytest.fixture
async def events(infra) -> AsyncIterator[Events]:
    broker = Broker(infra.nats_url, "test-statistics-feed")
    await broker.connect(wait=10)
    for stream in ("CATALOG", "APPLICATIONS"):
        await broker.ensure_stream(stream)
    yield Events(broker)
    await broker.close()
