"""Code lists of the statistics service (stable English codes, Chinese and English labels), served at
``GET /api/v1/statistics/dictionaries``.

``audit_actions`` and ``audit_entities`` label what the audit log records (``tests/test_audit_labels.py`` fails when
the code writes one without a label here); ``report_actions`` the steps of an annual report's history.
"""
from __future__ import annotations

from kernel.dictionaries import LabelledEnum
from services.statistics.reports.layout import AppealKind, AppealOutcome, ApplicantType, Outcome
from services.statistics.reports.schemas import ReportScope, ReportStatus


class ReportHistoryAction(LabelledEnum):
    """A step in an annual report's history (``report_actions.action``)."""

    created = ("created", "建立草稿", "Draft created")
    updated = ("updated", "修改", "Edited")
    submitted = ("submitted", "报送审核", "Submitted for review")
    returned = ("returned", "退回修改", "Returned with comments")
    accepted = ("accepted", "审核通过", "Accepted")
    published = ("published", "发布", "Published")


class AuditAction(LabelledEnum):
    figures_put = ("figures.put", "填报统计数字", "Figures entered")
    report_created = ("report.created", "建立年度报告", "Annual report created")
    report_updated = ("report.updated", "修改年度报告", "Annual report edited")
    report_submitted = ("report.submitted", "报送年度报告", "Annual report submitted")
    report_returned = ("report.returned", "退回年度报告", "Annual report returned")
    report_accepted = ("report.accepted", "年度报告审核通过", "Annual report accepted")
    report_published = ("report.published", "发布年度报告", "Annual report published")


class AuditEntity(LabelledEnum):
    annual_report = ("annual_report", "年度报告", "Annual report")
    figure_set = ("figure_set", "统计数字（机关、年度）", "Figures (agency, year)")


DICTIONARIES = {
    "applicant_types": ApplicantType, "outcomes": Outcome, "appeal_kinds": AppealKind,
    "appeal_outcomes": AppealOutcome, "report_scopes": ReportScope, "report_statuses": ReportStatus,
    "report_actions": ReportHistoryAction, "audit_actions": AuditAction, "audit_entities": AuditEntity,
}
