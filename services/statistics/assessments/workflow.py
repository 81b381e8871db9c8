"""The workflows of assessments as tables (kernel.workflow): indicator systems, rounds and issues.

A system is drafted, activated (then frozen: a changed system is a copy) and retired. A round is open (measured,
scored, issues recorded), closed, reviewed by a second person, and published (the agencies then see their scores
and the ranking). An issue is answered by its agency and accepted or returned by the supervisor; an open issue past
its deadline is overdue.
"""
from __future__ import annotations

from typing import Any

from kernel.auth import Principal
from kernel.errors import Problem, register_messages
from kernel.workflow import Step, Workflow

READ = "statistics.assessment:read"
MANAGE = "statistics.assessment:manage"
SCORE = "statistics.assessment:score"
ANSWER = "statistics.assessment:answer"

register_messages({
    "assessment_state": {
        "zh": ("当前状态不允许此操作", "{entity}当前为“{status}”，不能{action}。"),
        "en": ("Not allowed in this state", "The {entity_en} is {status_en}; it cannot be {action_en}."),
    },
    "assessment_four_eyes": {
        "zh": ("须由他人审核", "测评结果须由关闭本轮测评以外的人员审核。"),
        "en": ("Someone else must review", "The results must be reviewed by someone other than who closed the round."),
    },
    "assessment_not_own_issue": {
        "zh": ("只能答复本机关的问题", "整改清单只能由被测评机关自己答复。"),
        "en": ("Not your agency's issue", "Only the agency assessed answers its issues."),
    },
})

SYSTEM_STATUS = {"draft": ("草稿", "a draft"), "active": ("已启用", "active"), "retired": ("已停用", "retired")}
ROUND_STATUS = {"open": ("测评中", "open"), "closed": ("已关闭待审核", "closed"), "reviewed": ("已审核待发布", "reviewed"),
                "published": ("已发布", "published")}
ISSUE_STATUS = {"open": ("待整改", "open"), "answered": ("已答复待审核", "answered"), "returned": ("已退回重改", "returned"),
                "closed": ("已整改", "closed"), "cancelled": ("已撤销", "cancelled")}


def _state_error(entity: tuple[str, str], labels: dict[str, tuple[str, str]]) -> Any:
    def error(subject: Any, step: Step) -> Problem:
        zh, en = labels.get(subject.status, (subject.status, subject.status))
        return Problem(409, "assessment_state", params={
            "entity": entity[0], "entity_en": entity[1], "status": zh, "status_en": en,
            "action": step.words[0], "action_en": step.words[1]})
    return error


def _not_the_closer(rnd: Any, principal: Principal | None, _: Any) -> Problem | None:
    if principal is not None and rnd.closed_by == principal.sub:
        return Problem(403, "assessment_four_eyes")
    return None


def _own_agency(issue: Any, principal: Principal | None, _: Any) -> Problem | None:
    if principal is not None and principal.agency_id != issue.agency_id:
        return Problem(403, "assessment_not_own_issue")
    return None


SYSTEMS: Workflow[Any] = Workflow((
    Step(name="edit", from_statuses=frozenset({"draft"}), permission=MANAGE, words=("修改", "edited")),
    Step(name="activate", from_statuses=frozenset({"draft"}), permission=MANAGE, words=("启用", "activated")),
    Step(name="retire", from_statuses=frozenset({"active"}), permission=MANAGE, words=("停用", "retired")),
    Step(name="copy", from_statuses=frozenset({"draft", "active", "retired"}), permission=MANAGE,
         words=("复制", "copied")),
), state_error=_state_error(("指标体系", "indicator system"), SYSTEM_STATUS))

ROUNDS: Workflow[Any] = Workflow((
    Step(name="measure", from_statuses=frozenset({"open"}), permission=MANAGE, words=("重新测量", "measured again")),
    Step(name="score", from_statuses=frozenset({"open"}), permission=SCORE, words=("评分", "scored")),
    Step(name="raise_issue", from_statuses=frozenset({"open", "closed"}), permission=SCORE,
         words=("登记问题", "given issues")),
    Step(name="close", from_statuses=frozenset({"open"}), permission=MANAGE, words=("关闭", "closed")),
    Step(name="reopen", from_statuses=frozenset({"closed", "reviewed"}), permission=MANAGE,
         words=("重新开放", "reopened")),
    Step(name="review", from_statuses=frozenset({"closed"}), permission=MANAGE, words=("审核", "reviewed"),
         guard=_not_the_closer),
    Step(name="publish", from_statuses=frozenset({"reviewed"}), permission=MANAGE, words=("发布", "published")),
    Step(name="circular", from_statuses=frozenset({"closed", "reviewed", "published"}), permission=MANAGE,
         words=("生成通报", "given a circular")),
), state_error=_state_error(("测评轮次", "round"), ROUND_STATUS))

ISSUES: Workflow[Any] = Workflow((
    Step(name="answer", from_statuses=frozenset({"open", "returned"}), permission=ANSWER,
         words=("答复", "answered"), guard=_own_agency),
    Step(name="accept", from_statuses=frozenset({"answered"}), permission=MANAGE, words=("确认整改", "accepted")),
    Step(name="return", from_statuses=frozenset({"answered"}), permission=MANAGE, words=("退回", "returned")),
    Step(name="cancel", from_statuses=frozenset({"open", "answered", "returned"}), permission=MANAGE,
         words=("撤销", "cancelled")),
), state_error=_state_error(("问题", "issue"), ISSUE_STATUS))

SystemActionName = SYSTEMS.names("SystemActionName", "指标体系的操作")
RoundActionName = ROUNDS.names("RoundActionName", "测评轮次的操作")
IssueActionName = ISSUES.names("IssueActionName", "整改问题的操作")
