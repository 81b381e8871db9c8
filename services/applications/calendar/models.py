from kernel.replicas import CalendarCache, CalendarDayMixin, CalendarYearMixin
from services.applications.db import Base


class CalendarYear(CalendarYearMixin, Base):
    """A year's schedule: official once the State Council notice is entered (or seeded), else provisional."""

    __tablename__ = "calendar_years"


class CalendarDay(CalendarDayMixin, Base):
    """Named days of a year: holidays (is_workday false) and swapped working weekends (is_workday true)."""

    __tablename__ = "calendar_days"


calendar_cache = CalendarCache(CalendarYear, CalendarDay)
