"""One notion of today: statutory dates are dates in the platform's zone on the platform's clock, never the machine's."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from kernel import clock
from kernel.config import ServiceSettings


@pytest.mark.parametrize(("at", "beijing"), [
    ("2026-12-07T15:30:00Z", date(2026, 12, 7)),   # 23:30 in Beijing: still the 7th
    ("2026-12-07T16:30:00Z", date(2026, 12, 8)),   # 00:30 in Beijing: already the 8th while UTC is on the 7th
    ("2026-12-07T23:30:00Z", date(2026, 12, 8)),
    ("2026-12-08T07:59:59+08:00", date(2026, 12, 8)),
])
def test_today_is_the_beijing_date_on_either_side_of_midnight(at, beijing):
    with clock.pin(at):
        assert clock.today() == beijing
        assert clock.today("UTC") == clock.parse_instant(at).astimezone(timezone.utc).date()
        assert ServiceSettings(environment="test").today() == beijing  # what every service's handlers use


def test_pinned_clock_runs_on_and_is_restored():
    before = clock.offset()
    with clock.pin("2026-12-07T23:30:00Z"):
        first = clock.now()
        assert abs((first - datetime(2026, 12, 7, 23, 30, tzinfo=timezone.utc)).total_seconds()) < 1
        assert clock.now() >= first  # it runs on: timestamps keep their order
    assert clock.offset() == before


def test_local_date_of_an_instant():
    assert clock.local_date(datetime(2026, 12, 7, 16, 0, tzinfo=timezone.utc)) == date(2026, 12, 8)
    assert clock.local_date(datetime(2026, 12, 7, 16, 0)) == date(2026, 12, 8)  # naive means UTC


def _child(env: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("CLOCK_AT", "CLOCK_OFFSET_SECONDS", "ENVIRONMENT")}
    return subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True,
                          timeout=60)


def test_clock_at_moves_the_clock_of_a_process_and_of_the_processes_it_starts():
    code = ("import os; from kernel import clock; print(clock.today().isoformat()); "
            "print(os.environ['CLOCK_OFFSET_SECONDS'])")
    out = _child({"CLOCK_AT": "2026-12-07T16:30:00Z"}, code)
    assert out.returncode == 0, out.stderr
    today, offset = out.stdout.split()
    assert today == "2026-12-08"
    # a child started with the offset (as make run's services are) shares the same clock
    again = _child({"CLOCK_OFFSET_SECONDS": offset}, "from kernel import clock; print(clock.now().isoformat())")
    moved = datetime.fromisoformat(again.stdout.strip())
    assert abs(moved - datetime(2026, 12, 7, 16, 30, tzinfo=timezone.utc)) < timedelta(seconds=30)


def test_production_refuses_a_moved_clock():
    out = _child({"CLOCK_AT": "2026-12-07T16:30:00Z", "ENVIRONMENT": "production"}, "import kernel.clock")
    assert out.returncode != 0 and "refused in production" in out.stderr


async def test_the_gateway_tells_browsers_the_platform_time(gw):
    with clock.pin("2026-12-07T16:30:00Z"):
        resp = await gw.get("/api/v1/time")
    assert resp.status_code == 200 and resp.headers["cache-control"] == "no-store"
    body = resp.json()
    assert body == {"now": body["now"], "today": "2026-12-08", "timezone": "Asia/Shanghai"}
    assert abs(clock.parse_instant(body["now"]) - datetime(2026, 12, 7, 16, 30, tzinfo=timezone.utc)) < timedelta(seconds=5)
