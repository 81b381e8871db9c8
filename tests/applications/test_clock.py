"""The statutory clock, table-driven, on the official 2025 and 2026 schedules (with their swapped working
weekends), taken from the same package the calendar is seeded from. Expected dates were counted by hand on the
published schedules (and cross-checked by a naive day-by-day count)."""
from datetime import date
from itertools import product

import pytest

from kernel.workdays import WorkCalendar
from services.applications.calendar.service import package_year_days
from services.applications.clock import ClockError, ClockEvent, check_new_event, compute


def official(*years: int) -> WorkCalendar:
    days = [(d, w) for y in years for d, w, _ in package_year_days(y)]
    return WorkCalendar.build(days, years)


CAL = official(2024, 2025, 2026)
D = date.fromisoformat


def ev(kind: str, on: str, **kw):
    for key in ("until",):
        if key in kw and isinstance(kw[key], str):
            kw[key] = D(kw[key])
    return ClockEvent(kind, D(on), **kw)


# --- plain 20 working days -------------------------------------------------------------------------------------

PLAIN = [
    # received, due, what the row exercises
    ("2025-01-20", "2025-02-21", "Spring Festival 1/28–2/4 with working Sunday 1/26 and Saturday 2/8"),
    ("2025-09-26", "2025-10-30", "National Day 10/1–8 with working Sunday 9/28 and Saturday 10/11"),
    ("2025-03-20", "2025-04-18", "Qingming 4/4–6"),
    ("2025-04-25", "2025-05-27", "Labour Day 5/1–5 with working Sunday 4/27; Dragon Boat starts after"),
    ("2025-12-22", "2026-01-20", "New Year 2026 1/1–3 with working Sunday 1/4, across the year boundary"),
    ("2026-02-09", "2026-03-13", "Spring Festival 2/15–23 with working Saturdays 2/14 and 2/28"),
    ("2026-09-14", "2026-10-16", "Mid-autumn 9/25–27, National Day 10/1–7, working 9/20 and 10/10"),
    ("2026-04-30", "2026-06-01", "Labour Day 2026 5/1–5 with working Saturday 5/9"),
    ("2026-01-02", "2026-01-29", "received on a holiday: counting starts the next working day (1/4, a Sunday)"),
]


@pytest.mark.parametrize("received,due,why", PLAIN)
def test_twenty_working_days_from_receipt(received, due, why):
    result = compute([ev("received", received)], CAL)
    assert result.due_on == D(due), why
    assert result.state == "running" and result.provisional is False
    assert sum(s["working_days"] for s in result.segments) == 20
    assert result.segments[0]["from"] == D(received).fromordinal(D(received).toordinal() + 1)


def test_plain_rows_agree_with_the_calendar_endpoint_arithmetic():
    for received, due, _ in PLAIN:
        assert CAL.add_working_days(D(received), 20).date == D(due)


# --- every combination of supplement, extension and consultation, in both years ---------------------------------

SCENARIO = {
    2025: dict(received="2025-09-15", sup_req="2025-09-19", sup_until="2025-10-17", sup_recv="2025-09-24",
               cons_start="2025-10-09", cons_end="2025-10-16", ext_on="2025-10-17"),
    2026: dict(received="2026-02-09", sup_req="2026-02-12", sup_until="2026-03-06", sup_recv="2026-02-26",
               cons_start="2026-03-04", cons_end="2026-03-18", ext_on="2026-03-12"),
}
# (year, supplement, extension, consultation) -> (due date, paused working days)
COMBINATIONS = {
    (2025, 0, 0, 0): ("2025-10-17", 0),
    (2025, 0, 0, 1): ("2025-10-27", 6),
    (2025, 0, 1, 0): ("2025-11-14", 0),
    (2025, 0, 1, 1): ("2025-11-24", 6),
    (2025, 1, 0, 0): ("2025-10-28", 0),
    (2025, 1, 0, 1): ("2025-11-05", 6),
    (2025, 1, 1, 0): ("2025-11-25", 0),
    (2025, 1, 1, 1): ("2025-12-03", 6),
    (2026, 0, 0, 0): ("2026-03-13", 0),
    (2026, 0, 0, 1): ("2026-03-27", 10),
    (2026, 0, 1, 0): ("2026-04-13", 0),
    (2026, 0, 1, 1): ("2026-04-27", 10),
    (2026, 1, 0, 0): ("2026-03-25", 0),
    (2026, 1, 0, 1): ("2026-04-09", 10),
    (2026, 1, 1, 0): ("2026-04-23", 0),
    (2026, 1, 1, 1): ("2026-05-11", 10),
}


def scenario_events(year: int, supplement: int, extension: int, consultation: int) -> list[ClockEvent]:
    s = SCENARIO[year]
    events = [ev("received", s["received"])]
    if supplement:
        events += [ev("supplement_requested", s["sup_req"], until=s["sup_until"]), ev("supplement_received", s["sup_recv"])]
    if consultation:
        until = CAL.add_working_days(D(s["cons_start"]), 15).date
        events += [ev("pause_started", s["cons_start"], pause="third_party", ref="c1", until=until),
                   ev("pause_ended", s["cons_end"], ref="c1")]
    if extension:
        events.append(ev("extended", s["ext_on"], days=20))
    return sorted(events, key=lambda e: e.on)


@pytest.mark.parametrize("year,supplement,extension,consultation", sorted(COMBINATIONS))
def test_combinations(year, supplement, extension, consultation):
    due, paused = COMBINATIONS[(year, supplement, extension, consultation)]
    events = scenario_events(year, supplement, extension, consultation)
    # each event is acceptable when recorded in order, on the day it happened
    for i, e in enumerate(events):
        check_new_event(events[:i], e, CAL, today=e.on)
    result = compute(events, CAL)
    assert result.due_on == D(due)
    assert sum(s["working_days"] for s in result.segments if s["kind"] == "pause") == paused
    assert sum(s["working_days"] for s in result.segments if s["kind"] == "count") == 20 + 20 * extension
    assert result.extension_days == 20 * extension
    assert [r["reason"] for r in result.restarts] == (["supplement_received"] if supplement else [])
    assert result.steps[-1]["kind"] == "due" and str(D(due).day) in result.steps[-1]["text"]


# --- pauses, deferrals, reopening -------------------------------------------------------------------------------

PAUSES = [
    # events, expected due, expected state
    ([ev("received", "2026-09-14"), ev("pause_started", "2026-09-21", pause="third_party", ref="c", until="2026-10-19"),
      ev("pause_ended", "2026-10-23", ref="c")], "2026-11-06", "running"),  # a late answer pauses only 15 working days
    ([ev("received", "2026-09-14"), ev("pause_started", "2026-09-21", pause="third_party", ref="c", until="2026-10-19")],
     "2026-11-06", "paused"),  # no answer yet: the latest possible due date
    ([ev("received", "2025-04-21"), ev("pause_started", "2025-04-25", pause="fee", ref="f", until="2025-05-16")],
     "2025-06-10", "paused"),
    ([ev("received", "2025-04-21"), ev("pause_started", "2025-04-25", pause="fee", ref="f", until="2025-05-16"),
      ev("pause_ended", "2025-05-08", ref="f")], "2025-05-30", "running"),
    ([ev("received", "2026-05-25"), ev("pause_started", "2026-06-01", pause="third_party", ref="t", until="2026-06-22"),
      ev("pause_started", "2026-06-05", pause="agency", ref="a", until="2026-06-29"),
      ev("pause_ended", "2026-06-10", ref="t"), ev("pause_ended", "2026-06-15", ref="a")], "2026-07-07", "running"),
    ([ev("received", "2026-05-25"), ev("pause_started", "2026-06-01", pause="reasons", ref="r", until="2026-06-15"),
      ev("pause_ended", "2026-06-15", ref="r"), ev("deferred", "2026-06-16", until="2026-08-31")], "2026-08-31", "running"),
    ([ev("received", "2025-09-15"), ev("closed", "2025-10-10"), ev("reopened", "2026-07-01", days=15)],
     "2026-07-22", "running"),
]


@pytest.mark.parametrize("events,due,state", PAUSES)
def test_pauses_deferrals_and_reopening(events, due, state):
    result = compute(events, CAL)
    assert result.due_on == D(due)
    assert result.state == state


def test_closing_reports_working_days_taken_and_timeliness():
    result = compute([ev("received", "2025-09-15"), ev("closed", "2025-10-10")], CAL)
    assert result.working_days_taken == 14 and result.on_time is True and result.due_on == D("2025-10-17")
    late = compute([ev("received", "2025-09-15"), ev("closed", "2025-10-20")], CAL)
    assert late.on_time is False and late.working_days_taken == 21
    paused = compute([ev("received", "2025-09-15"),
                      ev("pause_started", "2025-10-09", pause="third_party", ref="c", until="2025-10-30"),
                      ev("pause_ended", "2025-10-16", ref="c"), ev("closed", "2025-10-20")], CAL)
    assert paused.working_days_taken == 15 and paused.on_time is True


def test_awaiting_supplement_stops_the_clock():
    result = compute([ev("received", "2026-02-09"), ev("supplement_requested", "2026-02-12", until="2026-03-06")], CAL)
    assert result.state == "awaiting_supplement" and result.due_on is None
    assert result.supplement_deadline == D("2026-03-06") and result.supplement_window_ends == D("2026-02-25")


def test_unpublished_years_are_flagged_provisional():
    cal = official(2025, 2026)
    result = compute([ev("received", "2026-12-21")], cal)
    assert result.provisional is True and "尚未公布" in result.steps[-1]["text"]
    assert compute([ev("received", "2026-11-02")], cal).provisional is False


def test_a_new_holiday_moves_the_due_date():
    before = compute([ev("received", "2031-03-03")], WorkCalendar.build([], [2031]))
    after = compute([ev("received", "2031-03-03")],
                    WorkCalendar.build([(D("2031-03-10"), False), (D("2031-03-11"), False)], [2031]))
    assert before.due_on == D("2031-03-31") and after.due_on == D("2031-04-02")


# --- events that do not fit the history -------------------------------------------------------------------------

R = [ev("received", "2026-02-09")]
REFUSED = [
    (R, ev("supplement_requested", "2026-02-26", until="2026-03-10"), "supplement_too_late"),  # 8th working day
    (R, ev("supplement_requested", "2026-02-12", until="2026-02-12"), "supplement_period"),
    (R + [ev("supplement_requested", "2026-02-12", until="2026-03-06")],
     ev("supplement_requested", "2026-02-13", until="2026-03-06"), "supplement_pending"),
    (R + [ev("supplement_requested", "2026-02-12", until="2026-03-06")], ev("supplement_received", "2026-03-09"),
     "supplement_expired"),
    (R, ev("supplement_received", "2026-02-12"), "no_supplement_pending"),
    (R, ev("extended", "2026-02-12", days=21), "extension_too_long"),
    (R + [ev("extended", "2026-02-12", days=10)], ev("extended", "2026-02-13", days=5), "already_extended"),
    (R, ev("extended", "2026-03-16", days=10), "extension_after_due"),  # due 2026-03-13
    (R, ev("pause_ended", "2026-02-12", ref="x"), "no_pause"),
    (R, ev("deferred", "2026-02-12", until="2026-03-10"), "deferral_not_later"),
    (R, ev("extended", "2026-02-05", days=5), "before_receipt"),
    (R + [ev("extended", "2026-02-12", days=5)], ev("pause_started", "2026-02-11", pause="fee", ref="f",
                                                     until="2026-03-01"), "out_of_order"),
    (R, ev("extended", "2026-04-01", days=5), "date_in_future"),
    ([], ev("extended", "2026-02-12", days=5), "not_received"),
    (R + [ev("closed", "2026-02-12")], ev("extended", "2026-02-13", days=5), "closed"),
    (R, ev("reopened", "2026-02-12", days=20), "not_closed"),
]


@pytest.mark.parametrize("history,event,code", REFUSED)
def test_events_that_do_not_fit_are_refused(history, event, code):
    with pytest.raises(ClockError) as info:
        check_new_event(history, event, CAL, today=D("2026-03-20"))
    assert info.value.code == code
    assert info.value.zh and info.value.en


def test_a_supplement_on_the_seventh_working_day_is_in_time():
    check_new_event(R, ev("supplement_requested", "2026-02-25", until="2026-03-10"), CAL, today=D("2026-02-25"))


def test_every_combination_is_covered():
    assert set(COMBINATIONS) == {(y, *flags) for y in (2025, 2026) for flags in product((0, 1), repeat=3)}
