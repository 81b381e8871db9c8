"""The workflow of a request case as one table (Art. 45: registration → review → handling → reply → archiving).

One row per action. Its one ``name`` is the key in ``allowed_actions``, the path (``/cases/{id}/<name with
hyphens>``) and the handler's function name in :mod:`services.applications.cases.actions`. The row also holds the
statuses the action starts from, the permission it needs, its request schema (by class name in
:mod:`services.applications.cases.schemas`), the letter it issues, and the condition beyond the status that must hold
(the drafter may not approve their own reply, a fee notice goes out once …).

Everything else is derived from here: the routes (``cases/api.py``), what a user is offered (:func:`allowed_actions`),
the status checks the handlers make (:func:`enter`), and the console's buttons (the ``CaseActionName`` enum in
the OpenAPI document, which the console's forms are typed by). So what a user is offered is exactly what the
service accepts; ``tests/applications/test_workflow.py`` walks every role and status to prove it.

Kept free of the schemas and the handlers (both are looked up by name) so that those modules can import it.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem
from kernel.workflow import Step, Workflow
from services.applications.cases.models import Case, CaseEvent
from services.applications.cases.service import locked_case, state_problem

HANDLE = "applications.case:handle"
APPROVE = "applications.case:approve"

RUNNING = frozenset({"received", "handling"})
BEFORE_REPLY = frozenset({"registered", "received", "handling", "supplement_requested", "consulting", "awaiting_fee",
                          "awaiting_reasons", "reviewing", "approved"})
REPLIED = frozenset({"replied", "closed"})


@dataclass(frozen=True)
class Facts:
    """What the conditions of some actions need beyond the case row (read once per request)."""

    steps_beyond_receipt: bool = False  # a supplement, consultation … was recorded: the case can no longer be split
    reopenable_appeals: tuple[uuid.UUID, ...] = ()  # decided "corrected", not yet used to reopen the case


@dataclass(frozen=True, kw_only=True)
class CaseStep(Step):
    schema: str  # class name in cases/schemas.py
    summary: str  # the route's summary (Chinese, as the API documentation shows it)
    letter: str | None = None  # the letter this step issues (LetterKind), for the console's preview
    needs_store: bool = False  # the handler writes letters: it takes the file store
    returns: Literal["case", "cases"] = "case"
    status_code: int = 200
    facts: bool = False  # the guard reads Facts (loaded from the history and the appeals)


def _not_drafter(case: Case, principal: Principal | None, facts: Facts) -> Problem | None:
    if principal is not None and case.draft and case.draft.get("drafted_by") == principal.sub:
        return Problem(403, "four_eyes")
    return None


def _no_fee_yet(case: Case, principal: Principal | None, facts: Facts) -> Problem | None:
    if case.fee:
        return state_problem(case, "该申请已发出过收费通知。", "A fee notice was already sent.")
    return None


def _delivery_pending(case: Case, principal: Principal | None, facts: Facts) -> Problem | None:
    if not case.delivery or case.delivery.get("delivered_on"):
        return state_problem(case, "送达已登记或没有需要送达的答复。", "Delivery already recorded or nothing to deliver.")
    return None


def _splittable(case: Case, principal: Principal | None, facts: Facts) -> Problem | None:
    if facts.steps_beyond_receipt:
        return state_problem(case, "案件已有补正、征求意见等事项，不能拆分。", "The case already has further steps.")
    return None


def _reopenable(case: Case, principal: Principal | None, facts: Facts) -> Problem | None:
    if not facts.reopenable_appeals:
        return state_problem(case, "只有复议或诉讼结果为纠正的，才重新办理；本案没有尚未据以重新办理的纠正决定。",
                             "Only a corrected appeal decision reopens a case; this case has none not yet acted on.")
    return None


def _step(name: str, from_statuses: frozenset[str], permission: str, schema: str, summary: str,
          words: tuple[str, str], **more: object) -> CaseStep:
    return CaseStep(name=name, from_statuses=from_statuses, permission=permission, schema=schema, summary=summary,
                    words=words, **more)  # type: ignore[arg-type]


STEPS: tuple[CaseStep, ...] = (
    _step("receive", frozenset({"registered"}), HANDLE, "ReceiveIn",
         "确认收到网上申请（开始计算答复期限，发出回执）",
         ("只有待确认的网上申请需要确认收到。", "Only registered online applications await confirmation."),
         letter="receipt", needs_store=True),
    _step("assign", BEFORE_REPLY - {"registered"}, HANDLE, "AssignIn", "分办：指定承办人或承办部门",
         ("已办结的案件不能再分办。", "A closed case cannot be assigned.")),
    _step("request_supplement", RUNNING, HANDLE, "SupplementRequestIn", "一次性告知补正（收到申请后 7 个工作日内）",
         ("只有正在办理的申请可以要求补正。", "Only cases being handled can get a supplement request."),
         letter="supplement_notice", needs_store=True),
    _step("receive_supplement", frozenset({"supplement_requested"}), HANDLE, "SupplementIn",
         "登记收到的补正（答复期限重新计算）", ("没有待补正的告知。", "No supplement is awaited.")),
    _step("extend", BEFORE_REPLY - {"registered", "supplement_requested"}, APPROVE, "ExtendIn",
         "批准延期答复（最长 20 个工作日，须审批负责人）", ("该状态下不能延期。", "The case cannot be extended in this state."),
         letter="extension_notice", needs_store=True),
    _step("start_consultation", RUNNING | {"consulting"}, HANDLE, "ConsultIn", "征求第三方或其他机关意见（期间不计入）",
         ("只有正在办理的申请可以征求意见。", "Only cases being handled can be consulted on."),
         letter="third_party_consultation", needs_store=True),
    _step("end_consultation", frozenset({"consulting"}), HANDLE, "ConsultEndIn", "登记意见或期限届满",
         ("没有进行中的征求意见。", "No consultation is running."), needs_store=True),
    _step("request_reasons", RUNNING, HANDLE, "ReasonsRequestIn", "要求说明理由（条例第三十五条）",
         ("只有正在办理的申请可以要求说明理由。", "Only cases being handled."), letter="reasons_request", needs_store=True),
    _step("receive_reasons", frozenset({"awaiting_reasons"}), HANDLE, "ReasonsIn", "登记申请人说明的理由",
         ("没有待说明的理由。", "No reasons are awaited."), needs_store=True),
    _step("notify_fee", RUNNING, HANDLE, "FeeNoticeIn", "发出收费通知（金额按规定自动计算）",
         ("只有正在办理的申请可以发出收费通知。", "Only cases being handled."), letter="fee_notice", guard=_no_fee_yet,
         needs_store=True),
    _step("record_payment", frozenset({"awaiting_fee"}), HANDLE, "FeePaidIn", "登记缴费",
         ("没有待缴的费用。", "No fee is awaited.")),
    _step("draft_reply", RUNNING | {"reviewing"}, HANDLE, "DraftIn", "起草答复（办理结果）并提交审核",
         ("只有正在办理、没有待补正、征求意见或缴费等事项的申请可以起草答复。",
          "A reply can be drafted only while the case is being handled with nothing pending.")),
    _step("approve_reply", frozenset({"reviewing"}), APPROVE, "ApproveIn", "审核签发答复（起草人以外的人员）",
         ("没有待审核的答复。", "No reply awaits approval."), guard=_not_drafter),
    _step("return_reply", frozenset({"reviewing", "approved"}), APPROVE, "ReturnIn", "退回答复稿（审批负责人）",
         ("没有待审核的答复。", "No reply awaits approval.")),
    _step("dispatch_reply", frozenset({"approved"}), HANDLE, "DispatchIn", "送达答复（生成并存档答复书，办结）",
         ("答复须经审核签发后才能送达。", "The reply must be approved before dispatch."), letter="reply",
         needs_store=True),
    _step("record_delivery", REPLIED, HANDLE, "DeliveredIn", "登记送达回证",
         ("答复尚未发出。", "No reply has been dispatched."), guard=_delivery_pending),
    _step("archive", REPLIED | {"withdrawn"}, HANDLE, "ArchiveIn", "归档",
         ("只有办结的案件可以归档。", "Only closed cases can be archived.")),
    _step("withdraw", BEFORE_REPLY, HANDLE, "WithdrawIn", "登记申请人撤回申请",
         ("答复已发出，不能撤回。", "The reply has already been sent.")),
    _step("reopen", REPLIED | {"archived"}, HANDLE, "ReopenIn", "复议或诉讼纠正后重新办理",
         ("只有已答复的案件可以重新办理。", "Only replied cases can be reopened."), guard=_reopenable, facts=True),
    _step("split", frozenset({"registered"}) | RUNNING, HANDLE, "SplitIn", "按信息项拆分为多件案件",
         ("只有尚未开展其他办理事项的案件可以拆分。", "Only cases with no steps beyond receipt can be split."),
         guard=_splittable, facts=True, returns="cases", status_code=201),
)
WORKFLOW: Workflow[Case] = Workflow(STEPS, state_error=lambda case, step: state_problem(case, *step.words))
BY_NAME: dict[str, CaseStep] = WORKFLOW.by_name  # type: ignore[assignment]

# the action names as an enumeration: in the OpenAPI document (CaseOut.allowed_actions), so the console's forms are
# typed by exactly these names
CaseActionName = WORKFLOW.names("CaseActionName", "案件办理操作（与 POST /cases/{id}/<操作名，下划线作连字符> 一一对应）")


async def load_facts(session: AsyncSession, case: Case, events: list[CaseEvent] | None = None) -> Facts:
    from services.applications.appeals.models import Appeal

    if events is None:
        events = list((await session.execute(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id))).scalars().all())
    used = {str(e.data.get("appeal_id")) for e in events if e.kind == "reopened"}
    corrected = (await session.execute(
        select(Appeal.id).where(Appeal.case_id == case.id, Appeal.outcome == "corrected").order_by(Appeal.decided_on)
    )).scalars().all()
    return Facts(
        steps_beyond_receipt=any(e.clock and e.clock.get("kind") != "received" for e in events),
        reopenable_appeals=tuple(a for a in corrected if str(a) not in used),
    )


def allowed_actions(case: Case, principal: Principal, facts: Facts) -> list[str]:
    """The actions ``principal`` may take on ``case`` now, in the table's order."""
    return WORKFLOW.allowed(case, principal, facts)


async def enter(session: AsyncSession, name: str, case_id: uuid.UUID, principal: Principal | None,
                version: int) -> Case:
    """Lock the case at the version the caller saw and check that action ``name`` may start from its status (and its
    further condition). Every handler of the table starts here."""
    case = await locked_case(session, case_id, principal, version)
    facts = await load_facts(session, case) if BY_NAME[name].facts else Facts()
    WORKFLOW.check(name, case, principal, facts)
    return case
