"""Every table of the catalog service, imported in one place for migrations and tests."""
from services.catalog.agencies.models import Agency, AgencyHistory  # noqa: F401
from services.catalog.db import Base, kernel  # noqa: F401
from services.catalog.reference.models import CalendarDay, CalendarYear  # noqa: F401

metadata = Base.metadata
