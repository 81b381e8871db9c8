"""Figures for the request-handling service's CPU-bound parts: the statutory clock and letter rendering.

Run with ``.venv/bin/python -m bench.applications``. Prints medians; nothing is asserted."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

from kernel.workdays import WorkCalendar
from services.applications.calendar.service import package_year_days
from services.applications.clock import ClockEvent, compute
from services.applications.letters import content, render


def _median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    cal = WorkCalendar.build([(d, w) for y in (2025, 2026) for d, w, _ in package_year_days(y)], (2025, 2026))
    events = [
        ClockEvent("received", date(2026, 2, 9)),
        ClockEvent("supplement_requested", date(2026, 2, 12), until=date(2026, 3, 6)),
        ClockEvent("supplement_received", date(2026, 2, 26)),
        ClockEvent("pause_started", date(2026, 3, 4), pause="third_party", ref="c", until=date(2026, 3, 25)),
        ClockEvent("pause_ended", date(2026, 3, 18), ref="c"),
        ClockEvent("extended", date(2026, 3, 20), days=20),
    ]
    clock = _median(lambda: compute(events, cal), 200)
    print(f"clock: compute a case with supplement, consultation and extension  {clock * 1e6:8.0f} µs (median of 200)")
    recompute = _median(lambda: [compute(events[: 1 + i % 6], cal) for i in range(1000)], 3)
    print(f"clock: recompute 1000 open cases after a calendar change            {recompute * 1e3:8.0f} ms")
    fields = {"applicant_name": "张三", "number": "2026000001-1", "title": "2025年道路改造资金",
              "received_on": "2026年3月2日", "issued_on": "2026年3月20日", "agency_name": "东湖县人民政府",
              "outcome": "partly_disclosed", "details": "资金批复文件予以公开；合同金额涉及第三方商业秘密，不予公开。" * 3}
    letter = content.build("reply", fields, {})
    render.to_pdf(letter)  # warm up (imports, font file into the page cache)
    pdf = _median(lambda: render.to_pdf(letter), 5)
    docx = _median(lambda: render.to_docx(letter), 20)
    print(f"letters: reply letter as PDF (embedded WenQuanYi Micro Hei subset)        {pdf * 1e3:8.0f} ms (median of 5)")
    print(f"letters: reply letter as .docx                                      {docx * 1e3:8.0f} ms (median of 20)")


if __name__ == "__main__":
    main()
