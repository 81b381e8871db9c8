"""The rectification list (整改清单): issues raised by inspectors, from points lost on automatic indicators, or by the
daily monitoring; answered by the agency with what it did and evidence; accepted or returned by the supervisor.

An issue is the supervisor's (``owner_agency_id``) about one agency (``agency_id``). The supervisor sees the issues
of every agency in its data scope; an agency sees its own list. An open or returned issue past its deadline is
overdue (computed on the platform's today, never stored, so it is right whatever day one looks).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found
from services.statistics.assessments.measures import MEASURES
from services.statistics.assessments.models import Issue, IssueStep, Notice, RoundAgency, RoundMeasure, Score
from services.statistics.assessments.schemas import IssueCategory
from services.statistics.assessments.service import (
    actor, check_evidence, check_version, leaves, names_of, supervised_round,
)
from services.statistics.assessments.workflow import ISSUES, ROUNDS
from services.statistics.db import kernel
from services.statistics.reference.models import Agency, calendar_cache

OPEN = ("open", "returned")
DONE = {"answer": "answered", "accept": "accepted", "return": "returned", "cancel": "cancelled"}  # action → step


def is_overdue(issue: Issue, today: date) -> bool:
    return issue.status in OPEN and issue.deadline < today


async def default_deadline(session: AsyncSession, working_days: int) -> date:
    cal = await calendar_cache.get(session)
    return cal.add_working_days(clock.today(), working_days).date


def _step(session: AsyncSession, issue: Issue, action: str, principal: Principal | None, text: str | None = None,
          evidence: list[dict[str, Any]] | None = None) -> None:
    session.add(IssueStep(issue_id=issue.id, action=action, text=text, evidence=evidence or [],
                          actor_id=principal.sub if principal else None, actor_name=actor(principal), at=clock.now()))


def _audit(session: AsyncSession, issue: Issue, action: str, before: Any = None) -> None:
    kernel.audit(session, action=f"assessment.issue_{action}", entity_type="assessment_issue", entity_id=issue.id,
                 before=before, after={"status": issue.status, "title": issue.title, "version": issue.version},
                 agency_id=issue.agency_id)


def _event(session: AsyncSession, issue: Issue, kind: str) -> None:
    kernel.emit(session, f"statistics.assessment.issue_{kind}", issue.id, {
        "issue_id": issue.id, "owner_agency_id": issue.owner_agency_id, "agency_id": issue.agency_id,
        "round_id": issue.round_id, "category": issue.category, "source": issue.source, "title": issue.title,
        "deadline": issue.deadline.isoformat(), "status": issue.status})


def notify(session: AsyncSession, issue: Issue, kind: str, message: str) -> None:
    """即时调度: the agency's staff see it at once (in-app), and other platforms through the event."""
    session.add(Notice(agency_id=issue.agency_id, issue_id=issue.id, kind=kind, message=message[:300]))


async def add_issue(session: AsyncSession, *, owner_agency_id: int, agency_id: int, round_id: int | None,
                    indicator_code: str | None, category: str, source: str, title: str, description: str,
                    suggestion: str | None, evidence: list[dict[str, Any]], deadline: date,
                    principal: Principal | None, subject_ref: str | None = None) -> Issue:
    issue = Issue(owner_agency_id=owner_agency_id, agency_id=agency_id, round_id=round_id,
                  indicator_code=indicator_code, category=category, source=source, subject_ref=subject_ref,
                  title=title, description=description, suggestion=suggestion, evidence=evidence, deadline=deadline,
                  status="open", raised_by=principal.sub if principal else None, raised_by_name=actor(principal),
                  raised_at=clock.now())
    session.add(issue)
    await session.flush()
    _step(session, issue, "raised", principal, description, evidence)
    _audit(session, issue, "raised")
    _event(session, issue, "raised")
    notify(session, issue, "issue_raised", f"新的整改问题：{title}（整改期限 {deadline}）")
    return issue


async def raise_issue(session: AsyncSession, principal: Principal, round_id: int, data: Any) -> Issue:
    """An inspector records a problem found in the round (also from a lost point)."""
    rnd = await supervised_round(session, principal, round_id)
    ROUNDS.check("raise_issue", rnd, principal)
    if await session.get(RoundAgency, (rnd.id, data.agency_id)) is None:
        raise field_error("agency_id", "该机关不在本轮测评范围内。", "The agency is not assessed in this round.")
    codes = {n["code"] for n in leaves(rnd.system_snapshot["indicators"])}
    if data.indicator_code and data.indicator_code not in codes:
        raise field_error("indicator_code", "本轮指标体系中没有该指标。", "No such indicator in the round.")
    if data.deadline is not None and data.deadline < clock.today():
        raise field_error("deadline", "整改期限不能早于今天。", "The deadline cannot be in the past.")
    evidence = await check_evidence(session, data.evidence)
    return await add_issue(
        session, owner_agency_id=rnd.owner_agency_id, agency_id=data.agency_id, round_id=rnd.id,
        indicator_code=data.indicator_code, category=data.category.value, source="inspection", title=data.title,
        description=data.description, suggestion=data.suggestion,
        evidence=evidence, deadline=data.deadline or await default_deadline(session, rnd.issue_deadline_days), principal=principal)


async def issues_from_lost_points(session: AsyncSession, principal: Principal, round_id: int) -> int:
    """One issue per agency and automatic indicator that lost points, listing what the measure found; raised once
    (a second call adds only what is new)."""
    rnd = await supervised_round(session, principal, round_id)
    ROUNDS.check("raise_issue", rnd, principal)
    nodes = {n["code"]: n for n in leaves(rnd.system_snapshot["indicators"]) if n["kind"] == "automatic"}
    existing = set((await session.execute(select(Issue.subject_ref).where(
        Issue.round_id == rnd.id, Issue.source == "measure"))).scalars())
    rows = (await session.execute(
        select(Score.agency_id, Score.indicator_code, Score.score, RoundMeasure.value)
        .join(RoundMeasure, and_(RoundMeasure.round_id == Score.round_id, RoundMeasure.agency_id == Score.agency_id,
                                 RoundMeasure.indicator_code == Score.indicator_code))
        .where(Score.round_id == rnd.id, Score.source == "automatic"))).all()
    deadline = await default_deadline(session, rnd.issue_deadline_days)
    raised = 0
    for agency_id, code, score, value in rows:
        node = nodes.get(code)
        ref = f"round:{rnd.id}:{code}:{agency_id}"
        if node is None or score >= Decimal(node["max_score"]) or ref in existing:
            continue
        measure = MEASURES[node["measure"]]
        lines = [f"{d['title']}：{d['note']}" if d.get("note") else d["title"] for d in value.get("details", [])]
        figure = (f"{value['numerator']}/{value['denominator']}" if value.get("denominator") else
                  f"{value.get('count')} 项")
        await add_issue(
            session, owner_agency_id=rnd.owner_agency_id, agency_id=agency_id, round_id=rnd.id, indicator_code=code,
            category=node.get("category") or measure.category, source="measure",
            title=f"{node['name']}失分（得 {score}／{node['max_score']} 分）",
            description=f"{measure.label_zh}：{figure}。\n" + "\n".join(lines[:50]),
            suggestion=None, evidence=[], deadline=deadline, principal=principal, subject_ref=ref)
        raised += 1
    return raised


# --- reading ----------------------------------------------------------------------------------------------------


def _visible(principal: Principal) -> Any:
    """Issues about agencies in the caller's data scope, and its own agency's."""
    return or_(principal.scope_condition(Issue.agency_id, Agency), Issue.agency_id == (principal.agency_id or -1))


async def list_issues(session: AsyncSession, principal: Principal, *, round_id: int | None, agency_id: int | None,
                      status: list[str] | None, category: str | None, source: str | None, overdue: bool | None,
                      offset: int, size: int) -> dict[str, Any]:
    today = clock.today()
    stmt = select(Issue).where(_visible(principal))
    if round_id:
        stmt = stmt.where(or_(Issue.round_id == round_id, Issue.recheck_round_id == round_id))
    if agency_id:
        stmt = stmt.where(Issue.agency_id == agency_id)
    if status:
        stmt = stmt.where(Issue.status.in_(status))
    if category:
        stmt = stmt.where(Issue.category == category)
    if source:
        stmt = stmt.where(Issue.source == source)
    if overdue is not None:
        late = and_(Issue.status.in_(OPEN), Issue.deadline < today)
        stmt = stmt.where(late if overdue else ~late)
    total = (await session.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one()
    rows = list((await session.execute(stmt.order_by(Issue.deadline, Issue.id).offset(offset).limit(size))).scalars())
    names = await names_of(session, {i.agency_id for i in rows})
    return {"total": total, "items": [issue_summary(i, names, today) for i in rows]}


def issue_summary(issue: Issue, names: dict[int, str], today: date) -> dict[str, Any]:
    return {**{c: getattr(issue, c) for c in (
        "id", "owner_agency_id", "agency_id", "round_id", "recheck_round_id", "indicator_code", "category", "source",
        "title", "description", "suggestion", "evidence", "deadline", "status", "raised_by_name", "raised_at",
        "closed_at", "version")}, "agency_name": names.get(issue.agency_id), "overdue": is_overdue(issue, today)}


async def load_issue(session: AsyncSession, principal: Principal, issue_id: int, *, for_update: bool = False) -> Issue:
    stmt = select(Issue).where(Issue.id == issue_id, _visible(principal))
    issue = (await session.execute(stmt.with_for_update() if for_update else stmt)).scalar_one_or_none()
    if issue is None:
        raise not_found("assessment_issue")
    return issue


async def issue_view(session: AsyncSession, principal: Principal, issue: Issue) -> dict[str, Any]:
    steps = (await session.execute(select(IssueStep).where(IssueStep.issue_id == issue.id)
                                   .order_by(IssueStep.id))).scalars().all()
    names = await names_of(session, {issue.agency_id})
    supervises = await _supervises(session, principal, issue)
    allowed = [a for a in ISSUES.allowed(issue, principal) if supervises or a == "answer"]
    return {**issue_summary(issue, names, clock.today()),
            "steps": [{"action": s.action, "text": s.text, "evidence": s.evidence, "actor_name": s.actor_name,
                       "at": s.at} for s in steps],
            "allowed_actions": allowed}


async def _supervises(session: AsyncSession, principal: Principal, issue: Issue) -> bool:
    owner = await session.get(Agency, issue.owner_agency_id)
    return owner is not None and principal.can_access(owner.id, owner.path)


# --- the answer and the decision ---------------------------------------------------------------------------------


async def act(session: AsyncSession, principal: Principal, issue_id: int, action: str, data: Any) -> Issue:
    issue = await load_issue(session, principal, issue_id, for_update=True)
    check_version(issue, data.version)
    if action != "answer" and not await _supervises(session, principal, issue):
        raise Problem(403, "out_of_scope")
    ISSUES.check(action, issue, principal)
    before = {"status": issue.status}
    evidence: list[dict[str, Any]] = []
    if action == "answer":
        evidence = await check_evidence(session, data.evidence)
        issue.status = "answered"
        text = data.text
    else:
        issue.status = {"accept": "closed", "return": "returned", "cancel": "cancelled"}[action]
        text = data.comment
        if issue.status in ("closed", "cancelled"):
            issue.closed_at = clock.now()
    issue.version += 1
    past = DONE[action]
    _step(session, issue, past, principal, text, evidence)
    _audit(session, issue, past, before)
    _event(session, issue, past)
    if action == "return":
        notify(session, issue, "issue_returned", f"整改答复被退回：{issue.title}（{data.comment}）")
    return issue


# --- notices ----------------------------------------------------------------------------------------------------


async def notices(session: AsyncSession, principal: Principal, *, unread_only: bool, limit: int = 50
                  ) -> dict[str, Any]:
    if principal.agency_id is None:
        return {"unread": 0, "items": []}
    base = select(Notice).where(Notice.agency_id == principal.agency_id)
    unread = (await session.execute(select(func.count()).select_from(
        base.where(Notice.read_at.is_(None)).subquery()))).scalar_one()
    if unread_only:
        base = base.where(Notice.read_at.is_(None))
    rows = (await session.execute(base.order_by(Notice.id.desc()).limit(limit))).scalars().all()
    return {"unread": unread, "items": [{c: getattr(n, c) for c in ("id", "issue_id", "kind", "message", "created_at",
                                                                    "read_at")} for n in rows]}


async def mark_read(session: AsyncSession, principal: Principal, notice_id: int) -> None:
    notice = await session.get(Notice, notice_id)
    if notice is None or notice.agency_id != principal.agency_id:
        raise not_found("assessment_issue")
    notice.read_at = notice.read_at or clock.now()


ISSUE_CATEGORIES = {c.value for c in IssueCategory}


async def summary(session: AsyncSession, principal: Principal, *, since: date | None, until: date | None,
                  agency_id: int | None) -> dict[str, Any]:
    """Across every issue the caller can see (its subtree, all rounds and the monitoring), in a period of raising:
    how many of each type, how many rectified, how many overdue — what a city reports as "1,860 issues fed back"."""
    today = clock.today()
    stmt = select(Issue.category, func.count(), func.count().filter(Issue.status == "closed"),
                  func.count().filter(Issue.status.in_(OPEN), Issue.deadline < today)).where(
        _visible(principal), Issue.status != "cancelled")
    if since:
        stmt = stmt.where(Issue.raised_at >= clock.start_of(since))
    if until:
        stmt = stmt.where(Issue.raised_at < clock.start_of(until + timedelta(days=1)))
    if agency_id:
        stmt = stmt.where(Issue.agency_id == agency_id)
    rows = sorted((await session.execute(stmt.group_by(Issue.category))).all(), key=lambda r: (-r[1], r[0]))
    total, closed = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return {"total": total, "closed": closed, "overdue": sum(r[3] for r in rows),
            "closure_rate": round(closed / total, 4) if total else None,
            "by_category": [{"category": c, "count": n, "closed": done, "overdue": late} for c, n, done, late in rows]}
