"""The workflow of an annual report as one table: draft → submitted to the disclosure office → returned or accepted →
published (Art. 49–50).

One row per action: its name (the key in ``ReportOut.allowed_actions`` and its path), the statuses it starts from,
the permission it needs, the words of its refusal and the condition beyond the status — above all, whoever submitted
a report never reviews it. Routes take their permission from the row, the service checks the row (:func:`check`), and
:func:`allowed_actions` offers exactly what would be accepted: the console shows those buttons.
``tests/statistics/test_report_workflow.py`` walks every role and status.
"""
from __future__ import annotations

from datetime import date

from kernel.auth import Principal
from kernel.errors import Problem
from kernel.workflow import Step, Workflow
from services.statistics.reports.models import AnnualReport

WRITE = "statistics.report:write"
REVIEW = "statistics.report:review"
PUBLISH = "statistics.report:publish"

EDITABLE = frozenset({"draft", "returned"})
STATUS_LABELS = {
    "draft": ("起草中", "a draft"), "submitted": ("已报送待审核", "submitted"), "returned": ("已退回修改", "returned"),
    "accepted": ("审核通过", "accepted"), "published": ("已发布", "published"),
}


def state_error(report: AnnualReport, step: Step) -> Problem:
    zh, en = STATUS_LABELS[report.status]
    return Problem(409, "report_state", params={"status": zh, "status_en": en, "action": step.words[0],
                                                "action_en": step.words[1]})


def _year_over(report: AnnualReport, principal: Principal | None, today: date) -> Problem | None:
    if report.year >= today.year:
        return Problem(409, "report_year_open", params={"year": report.year})
    return None


def _not_the_submitter(report: AnnualReport, principal: Principal | None, today: date) -> Problem | None:
    if principal is not None and report.submitted_by == principal.sub:
        return Problem(403, "report_self_review")
    return None


WORKFLOW: Workflow[AnnualReport] = Workflow((
    Step(name="edit", from_statuses=EDITABLE, permission=WRITE, words=("修改", "edited")),  # PATCH the report
    Step(name="submit", from_statuses=EDITABLE, permission=WRITE, words=("报送", "submitted"), guard=_year_over),
    Step(name="return", from_statuses=frozenset({"submitted", "accepted"}), permission=REVIEW,
         words=("退回", "returned"), guard=_not_the_submitter),
    Step(name="accept", from_statuses=frozenset({"submitted"}), permission=REVIEW, words=("审核通过", "accepted"),
         guard=_not_the_submitter),
    Step(name="publish", from_statuses=frozenset({"accepted"}), permission=PUBLISH, words=("发布", "published")),
), state_error=state_error)
STEPS = WORKFLOW.steps
BY_NAME = WORKFLOW.by_name

ReportActionName = WORKFLOW.names("ReportActionName", "年度报告的操作（edit 为 PATCH 报告本身，其余为 POST /reports/{id}/<操作名>）")


def check(report: AnnualReport, name: str, principal: Principal | None, today: date) -> None:
    """Raise the refusal if action ``name`` may not be taken on ``report`` now (the permission is the route's)."""
    WORKFLOW.check(name, report, principal, today)


def allowed_actions(report: AnnualReport, principal: Principal, today: date) -> list[str]:
    return WORKFLOW.allowed(report, principal, today)
