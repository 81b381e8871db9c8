"""Working-day arithmetic on the official 2025 and 2026 schedules, including swapped working weekends.

Expected dates are counted by hand from the State Council notices:
2025: 春节 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked; 国庆/中秋 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) worked.
2026: 春节 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) worked; 中秋 9/25 off; 国庆 10/1–10/7 off, 9/20 (Sun) and
10/10 (Sat) worked.
"""
from datetime import date

import pytest

from kernel.workdays import WorkCalendar
from services.applications.calendar.service import package_year_days

D = date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    days = [(d, w) for year in (2024, 2025, 2026) for d, w, _ in package_year_days(year)]
    return WorkCalendar.build(days, {2024, 2025, 2026})


@pytest.mark.parametrize(
    "start, n, due",
    [
        # Spring Festival 2025
        (D(2025, 1, 24), 1, D(2025, 1, 26)),  # Friday -> the swapped Sunday counts
        (D(2025, 1, 24), 2, D(2025, 1, 27)),
        (D(2025, 1, 24), 3, D(2025, 2, 5)),  # 1/28–2/4 off
        (D(2025, 2, 4), 1, D(2025, 2, 5)),  # counting from inside the holiday
        (D(2025, 2, 7), 1, D(2025, 2, 8)),  # the swapped Saturday
        (D(2025, 1, 20), 20, D(2025, 2, 21)),
        # National Day 2025
        (D(2025, 9, 26), 1, D(2025, 9, 28)),
        (D(2025, 9, 26), 4, D(2025, 10, 9)),
        (D(2025, 10, 1), 1, D(2025, 10, 9)),
        (D(2025, 10, 10), 1, D(2025, 10, 11)),
        (D(2025, 9, 22), 20, D(2025, 10, 24)),
        # Spring Festival 2026
        (D(2026, 2, 13), 1, D(2026, 2, 14)),
        (D(2026, 2, 13), 2, D(2026, 2, 24)),
        (D(2026, 2, 27), 1, D(2026, 2, 28)),
        (D(2026, 2, 9), 20, D(2026, 3, 13)),
        # Mid-Autumn and National Day 2026
        (D(2026, 9, 18), 1, D(2026, 9, 20)),
        (D(2026, 9, 24), 1, D(2026, 9, 28)),  # 9/25 Mid-Autumn off, then a weekend
        (D(2026, 9, 21), 20, D(2026, 10, 26)),
        # an ordinary fortnight, and the degenerate case
        (D(2025, 3, 3), 10, D(2025, 3, 17)),
        (D(2025, 3, 3), 0, D(2025, 3, 3)),
    ],
)
def test_add_working_days(cal, start, n, due):
    result = cal.add_working_days(start, n)
    assert result.date == due
    assert result.provisional is False


@pytest.mark.parametrize(
    "start, end, count",
    [
        (D(2025, 1, 24), D(2025, 2, 5), 3),
        (D(2025, 9, 26), D(2025, 10, 9), 4),
        (D(2026, 2, 13), D(2026, 2, 28), 6),  # 2/14, 2/24–2/27, 2/28
        (D(2026, 9, 30), D(2026, 10, 8), 1),
        (D(2025, 3, 3), D(2025, 3, 3), 0),
        (D(2025, 2, 5), D(2025, 1, 24), -3),
    ],
)
def test_working_days_between(cal, start, end, count):
    assert cal.working_days_between(start, end) == count


def test_year_without_schedule_is_weekends_only_and_provisional(cal):
    # 2027 has no official schedule here: 1 Jan 2027 (a Friday) counts as a working day, flagged provisional.
    result = cal.add_working_days(D(2026, 12, 28), 5)
    assert result.date == D(2027, 1, 4)
    assert result.provisional is True
    assert cal.is_provisional(D(2027, 6, 1))
    assert cal.any_provisional(D(2026, 12, 1), D(2027, 1, 2))
    assert not cal.any_provisional(D(2026, 1, 1), D(2026, 12, 31))


def test_swapped_days_and_holidays(cal):
    assert cal.is_workday(D(2025, 1, 26)) and cal.is_workday(D(2026, 10, 10))  # swapped weekends
    assert not cal.is_workday(D(2025, 1, 28)) and not cal.is_workday(D(2026, 9, 25))  # holidays on weekdays
    assert not cal.is_workday(D(2025, 3, 1))  # an ordinary Saturday
    assert cal.next_workday(D(2025, 9, 30)) == D(2025, 10, 9)


def test_negative_count_rejected(cal):
    with pytest.raises(ValueError):
        cal.add_working_days(D(2025, 1, 1), -1)
