"""Every table of the applications service, imported in one place for migrations and tests."""
from services.applications.appeals.models import Appeal  # noqa: F401
from services.applications.calendar.models import CalendarDay, CalendarYear  # noqa: F401
from services.applications.cases.models import Case, CaseEvent  # noqa: F401
from services.applications.consultations.models import Consultation  # noqa: F401
from services.applications.db import Base, kernel  # noqa: F401
from services.applications.intake.models import Application, Attachment  # noqa: F401
from services.applications.letters.models import Letter, LetterTemplate  # noqa: F401
from services.applications.library.models import LibraryEntry  # noqa: F401
from services.applications.notifications.models import Notification  # noqa: F401
from services.applications.reference.models import Agency  # noqa: F401

metadata = Base.metadata
