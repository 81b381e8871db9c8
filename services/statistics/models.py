"""Every table of the statistics service, imported in one place for migrations and tests."""
from services.statistics.assessments.models import (  # noqa: F401
    EvidenceFile, Indicator, IndicatorSystem, Issue, IssueStep, Monitor, Notice, Round, RoundAgency, RoundMeasure, Score,
    SelfInspection,
)
from services.statistics.db import Base, kernel  # noqa: F401
from services.statistics.figures.models import FigureSet  # noqa: F401
from services.statistics.ingestion.models import AppealFact, CaseFact, ConsultationFact, EntryFact  # noqa: F401
from services.statistics.reference.models import Agency, CalendarDay, CalendarYear  # noqa: F401
from services.statistics.reports.models import AnnualReport, ReportAction  # noqa: F401

metadata = Base.metadata
