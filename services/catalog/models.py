"""Every table of the catalog service, imported in one place for migrations and tests."""
from services.catalog.agencies.models import Agency, AgencyHistory  # noqa: F401
from services.catalog.db import Base, kernel  # noqa: F401
from services.catalog.entries.models import (  # noqa: F401
    Entry, EntryAttachment, EntryChange, EntryHistory, EntryVersion, IndexSerial, InterpretationLink,
)
from services.catalog.exchange.models import ImportJob, ImportRowError  # noqa: F401
from services.catalog.reference.models import CalendarDay, CalendarYear  # noqa: F401
from services.catalog.search.models import SearchDocument  # noqa: F401
from services.catalog.standards.models import StandardArea, StandardItem  # noqa: F401
from services.catalog.taxonomy.models import CatalogColumn, Theme  # noqa: F401

metadata = Base.metadata
