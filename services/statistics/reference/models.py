from kernel.replicas import AgencyReplicaMixin, CalendarCache, CalendarDayMixin, CalendarYearMixin
from services.statistics.db import Base


class Agency(AgencyReplicaMixin, Base):
    """Replica of catalog's agency directory (``catalog.agency.*`` events)."""

    __tablename__ = "agencies"


class CalendarYear(CalendarYearMixin, Base):
    __tablename__ = "calendar_years"


class CalendarDay(CalendarDayMixin, Base):
    __tablename__ = "calendar_days"


calendar_cache = CalendarCache(CalendarYear, CalendarDay)
