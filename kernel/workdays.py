"""Working-day arithmetic on the official calendar (pure functions, no I/O).

The calendar is the State Council's holiday schedule: weekdays are working days and weekends are not, except
for the listed holidays (non-working weekdays) and swapped working days (调休: working weekends). A year the
schedule has not been published for is computed on weekends only and reported as *provisional*.

Counting (*practice*, domain.md §2): "within N working days from X" starts on the working day after X, so the
due date is the N-th working day after X.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple


class DueDate(NamedTuple):
    date: date
    provisional: bool  # some day counted lies in a year without an official schedule


@dataclass(frozen=True)
class WorkCalendar:
    overrides: Mapping[date, bool] = field(default_factory=dict)  # date -> is_workday, where not the weekday rule
    official_years: frozenset[int] = frozenset()

    @classmethod
    def build(cls, days: Iterable[tuple[date, bool]], official_years: Iterable[int]) -> "WorkCalendar":
        """From (date, is_workday) pairs; entries that agree with the weekday rule are dropped."""
        overrides = {d: w for d, w in days if w != (d.weekday() < 5)}
        return cls(overrides=overrides, official_years=frozenset(official_years))

    def is_workday(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        return day.weekday() < 5

    def is_provisional(self, day: date) -> bool:
        return day.year not in self.official_years

    def next_workday(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        d = day + timedelta(days=1)
        while not self.is_workday(d):
            d += timedelta(days=1)
        return d

    def add_working_days(self, start: date, n: int) -> DueDate:
        """The N-th working day after ``start`` (``start`` itself never counts)."""
        if n < 0:
            raise ValueError("n must not be negative")
        d = start
        provisional = False
        counted = 0
        while counted < n:
            d += timedelta(days=1)
            provisional = provisional or self.is_provisional(d)
            if self.is_workday(d):
                counted += 1
        return DueDate(d, provisional)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in the half-open interval (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        d = start
        while d < end:
            d += timedelta(days=1)
            if self.is_workday(d):
                count += 1
        return count

    def any_provisional(self, start: date, end: date) -> bool:
        lo, hi = min(start, end), max(start, end)
        return any(y not in self.official_years for y in range(lo.year, hi.year + 1))
