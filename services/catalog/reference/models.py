from kernel.replicas import CalendarCache, CalendarDayMixin, CalendarYearMixin
from services.catalog.db import Base


class CalendarYear(CalendarYearMixin, Base):
    __tablename__ = "calendar_years"


class CalendarDay(CalendarDayMixin, Base):
    __tablename__ = "calendar_days"


calendar_cache = CalendarCache(CalendarYear, CalendarDay)
