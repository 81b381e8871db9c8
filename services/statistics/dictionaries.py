"""Code lists of the statistics service (stable English codes, Chinese and English labels), served at
``GET /api/v1/statistics/dictionaries``.

``audit_actions`` and ``audit_entities`` label what the audit log records (``tests/test_audit_labels.py`` fails when
the code writes one without a label here); ``report_actions`` the steps of an annual report's history.
"""
from __future__ import annotations

from kernel.dictionaries import LabelledEnum
from services.statistics.reports.layout import AppealKind, AppealOutcome, ApplicantType, Outcome
from services.statistics.reports.schemas import ReportScope, ReportStatus
from services.statistics.assessments.measures import MEASURES
from services.statistics.assessments.schemas import (
    AgencyGroup, IndicatorKind, IssueCategory, IssueSource, IssueStatus, MonitorCheck, RoundKind,
)


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
    system_created = ("assessment.system_created", "制定指标体系", "Indicator system created")
    system_updated = ("assessment.system_updated", "修改指标体系", "Indicator system edited")
    system_activated = ("assessment.system_activated", "启用指标体系", "Indicator system activated")
    system_retired = ("assessment.system_retired", "停用指标体系", "Indicator system retired")
    system_copied = ("assessment.system_copied", "复制指标体系", "Indicator system copied")
    round_opened = ("assessment.round_opened", "开启测评", "Assessment round opened")
    round_measured = ("assessment.round_measured", "重新测量", "Round measured again")
    round_closed = ("assessment.round_closed", "关闭测评", "Round closed")
    round_reopened = ("assessment.round_reopened", "重新开放测评", "Round reopened")
    round_reviewed = ("assessment.round_reviewed", "审核测评结果", "Round results reviewed")
    round_published = ("assessment.round_published", "发布测评结果", "Round results published")
    round_circular = ("assessment.round_circular", "修改通报", "Circular edited")
    score_set = ("assessment.score_set", "测评打分", "Score given")
    issue_raised = ("assessment.issue_raised", "登记整改问题", "Issue raised")
    issue_answered = ("assessment.issue_answered", "答复整改问题", "Issue answered")
    issue_accepted = ("assessment.issue_accepted", "确认整改到位", "Rectification accepted")
    issue_returned = ("assessment.issue_returned", "退回整改答复", "Answer returned")
    issue_cancelled = ("assessment.issue_cancelled", "撤销整改问题", "Issue cancelled")
    self_inspection_saved = ("assessment.self_inspection_saved", "保存自检自查报告", "Self-inspection report saved")


class AuditEntity(LabelledEnum):
    annual_report = ("annual_report", "年度报告", "Annual report")
    figure_set = ("figure_set", "统计数字（机关、年度）", "Figures (agency, year)")
    assessment_system = ("assessment_system", "指标体系", "Indicator system")
    assessment_round = ("assessment_round", "测评轮次", "Assessment round")
    assessment_issue = ("assessment_issue", "整改问题", "Issue")
    assessment_self_inspection = ("assessment_self_inspection", "自检自查报告", "Self-inspection report")


class RoundStatus(LabelledEnum):
    open = ("open", "测评中", "Open")
    closed = ("closed", "已关闭待审核", "Closed")
    reviewed = ("reviewed", "已审核待发布", "Reviewed")
    published = ("published", "已发布", "Published")


class SystemStatus(LabelledEnum):
    draft = ("draft", "草稿", "Draft")
    active = ("active", "已启用", "Active")
    retired = ("retired", "已停用", "Retired")


class IssueStepAction(LabelledEnum):
    raised = ("raised", "登记问题", "Raised")
    answered = ("answered", "答复整改情况", "Answered")
    accepted = ("accepted", "确认整改到位", "Accepted")
    returned = ("returned", "退回重改", "Returned")
    cancelled = ("cancelled", "撤销", "Cancelled")


class NoticeKind(LabelledEnum):
    issue_raised = ("issue_raised", "新的整改问题", "New issue")
    issue_returned = ("issue_returned", "整改答复被退回", "Answer returned")


DICTIONARIES = {
    "applicant_types": ApplicantType, "outcomes": Outcome, "appeal_kinds": AppealKind,
    "appeal_outcomes": AppealOutcome, "report_scopes": ReportScope, "report_statuses": ReportStatus,
    "report_actions": ReportHistoryAction, "audit_actions": AuditAction, "audit_entities": AuditEntity,
    "round_kinds": RoundKind, "round_statuses": RoundStatus, "system_statuses": SystemStatus,
    "indicator_kinds": IndicatorKind, "agency_groups": AgencyGroup, "issue_categories": IssueCategory,
    "issue_statuses": IssueStatus, "issue_sources": IssueSource, "issue_steps": IssueStepAction,
    "assessment_notices": NoticeKind, "monitor_checks": MonitorCheck,
    "assessment_measures": [{"code": m.code, "label": m.label_zh, "label_en": m.label_en, "kind": m.kind}
                            for m in MEASURES.values()],
}
