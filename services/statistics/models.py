"""Every table of the statistics service, imported in one place for migrations and tests."""
from services.statistics.db import Base, kernel  # noqa: F401
from services.statistics.reference.models import Agency, CalendarDay, CalendarYear  # noqa: F401

metadata = Base.metadata
