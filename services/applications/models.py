"""Every table of the applications service, imported in one place for migrations and tests."""
from services.applications.calendar.models import CalendarDay, CalendarYear  # noqa: F401
from services.applications.db import Base, kernel  # noqa: F401
from services.applications.reference.models import Agency  # noqa: F401

metadata = Base.metadata
