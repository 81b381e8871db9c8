"""Indicator systems, rounds and their scores: the behaviour, no HTTP (api.py is the thin router).

Who sees what: a supervisor (``statistics.assessment:read`` with the owner agency in its data scope) sees a system
or round whole; an agency assessed in a round sees the round, its own issues, and — once the round is published —
its own scores and the ranking. Everything else is hidden (404).
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, field_error, not_found, register_entities
from services.statistics.assessments import rules
from services.statistics.assessments.measures import MEASURE_KINDS, MEASURES, measure_all
from services.statistics.assessments.models import (
    Indicator, IndicatorSystem, Issue, Round, RoundAgency, RoundMeasure, Score,
)
from services.statistics.assessments.schemas import AgencyGroup, IndicatorIn, RoundIn, SystemIn
from services.statistics.assessments.workflow import ROUNDS, SYSTEMS
from services.statistics.db import kernel
from services.statistics.reference.models import Agency
from services.statistics.reports.compute import Period

register_entities({
    "assessment_system": ("指标体系", "indicator system"),
    "assessment_round": ("测评轮次", "assessment round"),
    "assessment_issue": ("整改问题", "issue"),
    "assessment_file": ("证据文件", "evidence file"),
    "assessment_monitor": ("巡查项", "monitoring check"),
})

ZERO = Decimal("0")
SYSTEM_DONE = {"activate": "activated", "retire": "retired"}
ROUND_DONE = {"close": "closed", "reopen": "reopened", "review": "reviewed", "publish": "published"}


def actor(principal: Principal | None) -> str | None:
    return (principal.name or principal.username) if principal else "系统"


def check_version(obj: Any, version: int) -> None:
    if obj.version != version:
        raise Problem(409, "version_conflict", params={"current": obj.version})


async def agency_of(session: AsyncSession, agency_id: int) -> Agency:
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    return agency


async def names_of(session: AsyncSession, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict((await session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids)))).all())


# --- the indicator tree ----------------------------------------------------------------------------------------


def _nodes(items: list[IndicatorIn], path: str, parent: str | None) -> list[dict[str, Any]]:
    out = []
    for i, item in enumerate(items):
        here = f"{path}.{i}"
        out.append({
            "path": here, "code": item.code, "parent_code": parent, "name": item.name, "description": item.description,
            "kind": item.kind.value, "max_score": item.max_score, "measure": item.measure, "params": item.params,
            "rule": item.rule, "category": item.category.value if item.category else None, "sort_order": i,
            "children": _nodes(item.children, f"{here}.children", item.code),
        })
    return out


def _flat(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for n in nodes:
        out.append(n)
        out.extend(_flat(n["children"]))
    return out


def validate_tree(data: SystemIn) -> list[dict[str, Any]]:
    """The tree as rows to store, or a 422 naming every problem: maximum scores that do not add up, a rule that
    does not suit its measure or exceeds the indicator's points, unknown measures or parameters, repeated codes."""
    nodes = _nodes(data.indicators, "indicators", None)
    errors = [{"field": e.field, "code": "invalid", "message": e.zh, "message_en": e.en}
              for e in rules.check_tree(nodes, data.total_score, MEASURE_KINDS)]
    for n in _flat(nodes):
        depth = n["code"].count(".") + 1
        if n["parent_code"] is not None and not n["code"].startswith(n["parent_code"] + "."):
            errors.append({"field": f"{n['path']}.code", "code": "invalid",
                           "message": f"编号 {n['code']} 应以上级编号 {n['parent_code']}. 开头。",
                           "message_en": f"Code {n['code']} must start with {n['parent_code']}."})
        elif n["parent_code"] is None and depth != 1:
            errors.append({"field": f"{n['path']}.code", "code": "invalid", "message": "一级指标编号应为 1、2、3……",
                           "message_en": "Top-level codes are 1, 2, 3 …"})
        if n["kind"] == "automatic" and n["measure"] in MEASURES:
            try:
                n["params"] = MEASURES[n["measure"]].resolve(n["params"])
            except ValueError as exc:
                zh, _, en = str(exc).partition("|")
                errors.append({"field": f"{n['path']}.params", "code": "invalid", "message": zh, "message_en": en or zh})
        elif n["params"]:
            errors.append({"field": f"{n['path']}.params", "code": "invalid", "message": "只有自动测量指标有测量参数。",
                           "message_en": "Only automatic indicators take parameters."})
    if len(_flat(nodes)) > 300:
        errors.append({"field": "indicators", "code": "too_long", "message": "指标不能超过 300 项。",
                       "message_en": "At most 300 indicators."})
    if errors:
        raise Problem(422, "validation_error", params={"count": len(errors)}, errors=errors)
    return _flat(nodes)


def tree_of(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows (with ``code``, ``parent_code``, ``sort_order``) as a nested tree of plain values."""
    by_parent: dict[str | None, list[dict[str, Any]]] = {}
    for r in sorted(rows, key=lambda r: r["sort_order"]):
        by_parent.setdefault(r["parent_code"], []).append(r)

    def build(parent: str | None) -> list[dict[str, Any]]:
        return [{"code": r["code"], "name": r["name"], "description": r["description"], "kind": r["kind"],
                 "max_score": str(rules.points(r["max_score"])), "measure": r["measure"], "params": r["params"] or {},
                 "rule": r["rule"], "category": r["category"], "children": build(r["code"])}
                for r in by_parent.get(parent, [])]
    return build(None)


def leaves(tree: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for n in tree:
        out.extend(leaves(n["children"]) if n["kind"] == "group" else [n])
    return out


def _rule_json(rule: Any) -> dict[str, Any] | None:
    return rule.model_dump(mode="json") if rule is not None and hasattr(rule, "model_dump") else rule


async def _indicator_rows(session: AsyncSession, system_id: int) -> list[dict[str, Any]]:
    rows = (await session.execute(select(Indicator).where(Indicator.system_id == system_id))).scalars().all()
    return [{c: getattr(r, c) for c in ("code", "parent_code", "name", "description", "kind", "max_score", "measure",
                                         "params", "rule", "category", "sort_order")} for r in rows]


async def _store_tree(session: AsyncSession, system: IndicatorSystem, rows: list[dict[str, Any]]) -> None:
    await session.execute(delete(Indicator).where(Indicator.system_id == system.id))
    for r in rows:
        session.add(Indicator(system_id=system.id, parent_code=r["parent_code"], code=r["code"], name=r["name"],
                              description=r["description"], kind=r["kind"], max_score=rules.points(r["max_score"]),
                              measure=r["measure"], params=r["params"] or {}, rule=_rule_json(r["rule"]),
                              category=r["category"], sort_order=r["sort_order"]))


# --- systems ----------------------------------------------------------------------------------------------------


async def load_system(session: AsyncSession, principal: Principal, system_id: int, *, for_update: bool = False
                      ) -> IndicatorSystem:
    stmt = select(IndicatorSystem).where(IndicatorSystem.id == system_id)
    system = (await session.execute(stmt.with_for_update() if for_update else stmt)).scalar_one_or_none()
    if system is None:
        raise not_found("assessment_system")
    owner = await agency_of(session, system.owner_agency_id)
    if not principal.can_access(owner.id, owner.path):
        raise not_found("assessment_system")
    return system


def _audit_system(session: AsyncSession, system: IndicatorSystem, action: str, before: Any = None) -> None:
    kernel.audit(session, action=f"assessment.system_{action}", entity_type="assessment_system", entity_id=system.id,
                 before=before, after={"name": system.name, "status": system.status, "version": system.version},
                 agency_id=system.owner_agency_id)


async def create_system(session: AsyncSession, principal: Principal, data: SystemIn, *, copied_from: int | None = None
                        ) -> IndicatorSystem:
    if principal.agency_id is None:
        raise Problem(403, "out_of_scope")
    rows = validate_tree(data)
    system = IndicatorSystem(owner_agency_id=principal.agency_id, name=data.name, year=data.year, quarter=data.quarter,
                             total_score=rules.points(data.total_score), description=data.description,
                             status="draft", copied_from_id=copied_from, created_by=actor(principal))
    session.add(system)
    await session.flush()
    await _store_tree(session, system, rows)
    _audit_system(session, system, "created")
    return system


async def update_system(session: AsyncSession, principal: Principal, system_id: int, data: SystemIn, version: int
                        ) -> IndicatorSystem:
    system = await load_system(session, principal, system_id, for_update=True)
    check_version(system, version)
    SYSTEMS.check("edit", system, principal)
    rows = validate_tree(data)
    before = {"name": system.name, "version": system.version}
    for f in ("name", "year", "quarter", "description"):
        setattr(system, f, getattr(data, f))
    system.total_score = rules.points(data.total_score)
    system.version += 1
    system.updated_at = clock.now()
    await _store_tree(session, system, rows)
    _audit_system(session, system, "updated", before)
    return system


async def transition_system(session: AsyncSession, principal: Principal, system_id: int, action: str, version: int
                            ) -> IndicatorSystem:
    system = await load_system(session, principal, system_id, for_update=True)
    check_version(system, version)
    SYSTEMS.check(action, system, principal)
    before = {"status": system.status}
    system.status = {"activate": "active", "retire": "retired"}[action]
    system.version += 1
    system.updated_at = clock.now()
    _audit_system(session, system, SYSTEM_DONE[action], before)
    return system


async def copy_system(session: AsyncSession, principal: Principal, system_id: int, *, year: int, quarter: int | None,
                      name: str | None) -> IndicatorSystem:
    """Copy-from-last-year: the same tree as a new draft for another year or quarter, to be adjusted."""
    source = await load_system(session, principal, system_id)
    SYSTEMS.check("copy", source, principal)
    copy = IndicatorSystem(owner_agency_id=principal.agency_id or source.owner_agency_id,
                           name=name or source.name.replace(str(source.year), str(year)), year=year, quarter=quarter,
                           total_score=source.total_score, description=source.description, status="draft",
                           copied_from_id=source.id, created_by=actor(principal))
    session.add(copy)
    await session.flush()
    await _store_tree(session, copy, await _indicator_rows(session, source.id))
    _audit_system(session, copy, "copied", {"copied_from": source.id})
    return copy


async def system_view(session: AsyncSession, principal: Principal, system: IndicatorSystem) -> dict[str, Any]:
    names = await names_of(session, {system.owner_agency_id})
    return {**_system_summary(system, names), "description": system.description,
            "indicators": tree_of(await _indicator_rows(session, system.id)),
            "allowed_actions": SYSTEMS.allowed(system, principal)}


def _system_summary(system: IndicatorSystem, names: dict[int, str]) -> dict[str, Any]:
    return {**{c: getattr(system, c) for c in ("id", "owner_agency_id", "name", "year", "quarter", "total_score",
                                               "status", "version", "copied_from_id", "created_at")},
            "owner_agency_name": names.get(system.owner_agency_id)}


async def list_systems(session: AsyncSession, principal: Principal, *, year: int | None, status: str | None,
                       offset: int, size: int) -> dict[str, Any]:
    stmt = select(IndicatorSystem).where(principal.scope_condition(IndicatorSystem.owner_agency_id, Agency))
    if year:
        stmt = stmt.where(IndicatorSystem.year == year)
    if status:
        stmt = stmt.where(IndicatorSystem.status == status)
    total = (await session.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one()
    rows = (await session.execute(stmt.order_by(IndicatorSystem.year.desc(), IndicatorSystem.id.desc())
                                  .offset(offset).limit(size))).scalars().all()
    names = await names_of(session, {s.owner_agency_id for s in rows})
    return {"total": total, "items": [_system_summary(s, names) for s in rows]}


# --- rounds -----------------------------------------------------------------------------------------------------


def group_of(agency: Agency) -> AgencyGroup:
    kind = (agency.details or {}).get("kind")
    if agency.level == "township":
        return AgencyGroup.township
    if kind == "government":
        return AgencyGroup.government
    if kind == "department":
        return AgencyGroup.department
    return AgencyGroup.other


async def load_round(session: AsyncSession, principal: Principal, round_id: int, *, for_update: bool = False
                     ) -> tuple[Round, str]:
    """The round and how the caller sees it: ``supervisor`` (the owner agency is in its scope) or ``agency`` (its
    agency is assessed in it)."""
    stmt = select(Round).where(Round.id == round_id)
    rnd = (await session.execute(stmt.with_for_update() if for_update else stmt)).scalar_one_or_none()
    if rnd is None:
        raise not_found("assessment_round")
    owner = await agency_of(session, rnd.owner_agency_id)
    if principal.can_access(owner.id, owner.path):
        return rnd, "supervisor"
    if principal.agency_id is not None and await session.get(RoundAgency, (rnd.id, principal.agency_id)):
        return rnd, "agency"
    raise not_found("assessment_round")


async def supervised_round(session: AsyncSession, principal: Principal, round_id: int, *, for_update: bool = False
                           ) -> Round:
    rnd, view = await load_round(session, principal, round_id, for_update=for_update)
    if view != "supervisor":
        raise Problem(403, "out_of_scope")
    return rnd


def _audit_round(session: AsyncSession, rnd: Round, action: str, before: Any = None, after: Any = None) -> None:
    kernel.audit(session, action=f"assessment.round_{action}", entity_type="assessment_round", entity_id=rnd.id,
                 before=before, after=after or {"status": rnd.status, "name": rnd.name, "version": rnd.version},
                 agency_id=rnd.owner_agency_id)


def _event(session: AsyncSession, rnd: Round, kind: str, **data: Any) -> None:
    kernel.emit(session, f"statistics.assessment.{kind}", rnd.id, {
        "round_id": rnd.id, "owner_agency_id": rnd.owner_agency_id, "name": rnd.name, "kind": rnd.kind,
        "period_start": rnd.period_start.isoformat(), "period_end": rnd.period_end.isoformat(), "status": rnd.status,
        **data})


async def open_round(session: AsyncSession, principal: Principal, data: RoundIn) -> Round:
    system = await load_system(session, principal, data.system_id)
    if system.status != "active":
        raise field_error("system_id", "只能使用已启用的指标体系（启用后不再修改）。", "Only an active system can be used.")
    if principal.agency_id is None:
        raise Problem(403, "out_of_scope")
    agencies = await _round_agencies(session, principal, data)
    previous = data.previous_round_id
    if data.recheck_of_id is not None:
        earlier = await supervised_round(session, principal, data.recheck_of_id)
        previous = previous or earlier.id
    if previous is None:
        previous = (await session.execute(
            select(Round.id).where(Round.owner_agency_id == principal.agency_id, Round.status == "published",
                                   Round.kind != "recheck", Round.period_end < data.period_end)
            .order_by(Round.period_end.desc(), Round.id.desc()).limit(1))).scalar_one_or_none()
    elif data.previous_round_id is not None:
        await supervised_round(session, principal, data.previous_round_id)
    snapshot = {"total_score": str(system.total_score), "system_name": system.name,
                "indicators": tree_of(await _indicator_rows(session, system.id))}
    rnd = Round(owner_agency_id=principal.agency_id, system_id=system.id, system_snapshot=snapshot, name=data.name,
                kind=data.kind.value, period_start=data.period_start, period_end=data.period_end, status="open",
                recheck_of_id=data.recheck_of_id, previous_round_id=previous,
                issue_deadline_days=data.issue_deadline_days, opened_by=principal.sub)
    session.add(rnd)
    await session.flush()
    for agency in agencies:
        group = data.groups.get(str(agency.id)) or group_of(agency)
        session.add(RoundAgency(round_id=rnd.id, agency_id=agency.id, group_code=group.value, group_name=group.label_zh))
    if data.recheck_of_id is not None:  # the re-check verifies what the earlier round left open
        await session.execute(update(Issue).where(
            Issue.round_id == data.recheck_of_id, Issue.status.in_(("open", "answered", "returned")),
            Issue.agency_id.in_([a.id for a in agencies])).values(recheck_round_id=rnd.id))
    await session.flush()
    await measure(session, rnd, agencies)
    _audit_round(session, rnd, "opened")
    _event(session, rnd, "round_opened", agencies=[a.id for a in agencies])
    return rnd


async def _round_agencies(session: AsyncSession, principal: Principal, data: RoundIn) -> list[Agency]:
    if data.agency_ids:
        found = (await session.execute(select(Agency).where(Agency.id.in_(data.agency_ids)))).scalars().all()
        by_id = {a.id: a for a in found}
        for i, agency_id in enumerate(data.agency_ids):
            a = by_id.get(agency_id)
            if a is None or not a.is_active or not principal.can_access(a.id, a.path):
                raise field_error(f"agency_ids.{i}", "机关不存在、已停用或不在本账号的管理范围内。",
                                  "Unknown, inactive or outside your scope.")
        return [by_id[i] for i in dict.fromkeys(data.agency_ids)]
    root = await session.get(Agency, data.subtree_of)
    if root is None or not principal.can_access(root.id, root.path):
        raise field_error("subtree_of", "机关不存在或不在本账号的管理范围内。", "Unknown or outside your scope.")
    stmt = select(Agency).where(Agency.path.startswith(root.path, autoescape=True), Agency.is_active.is_(True))
    if not data.include_root:
        stmt = stmt.where(Agency.id != root.id)
    agencies = (await session.execute(stmt.order_by(Agency.path))).scalars().all()
    if not agencies:
        raise field_error("subtree_of", "该机关没有下级机关。", "The agency has no agencies below it.")
    return list(agencies)


async def agencies_of(session: AsyncSession, rnd: Round) -> list[Agency]:
    return list((await session.execute(
        select(Agency).join(RoundAgency, RoundAgency.agency_id == Agency.id).where(RoundAgency.round_id == rnd.id)
        .order_by(Agency.path))).scalars().all())


async def measure(session: AsyncSession, rnd: Round, agencies: list[Agency] | None = None) -> None:
    """Measure every automatic indicator for every agency of the round as of the period's end, store the values and
    score them (manual scores are left as they are)."""
    import json

    from sqlalchemy import text

    agencies = agencies if agencies is not None else await agencies_of(session, rnd)
    automatic = [n for n in leaves(rnd.system_snapshot["indicators"]) if n["kind"] == "automatic"]
    values = await measure_all(session, agencies, Period(rnd.period_start, rnd.period_end),
                               [(n["code"], n["measure"], n["params"]) for n in automatic])
    now = clock.now()
    # Stored as one row per (agency, indicator), sent as arrays that PostgreSQL unnests: two statements of constant
    # text whatever the number of rows. (A multi-row VALUES with five to ten bound values a row took SQLAlchemy
    # 1.5–2 s to build and compile for 499 agencies × 9 indicators, longer than measuring them; bench/assessments.py.)
    ids: list[int] = []
    codes: list[str] = []
    stored: list[str] = []
    scores: list[Decimal] = []
    vetoes: list[bool] = []
    for n in automatic:
        rule = rules.RULE.validate_python(n["rule"])
        for agency in agencies:
            value = values[(agency.id, n["code"])]
            outcome = rules.apply(rule, Decimal(n["max_score"]), value)
            ids.append(agency.id)
            codes.append(n["code"])
            stored.append(json.dumps(value))
            scores.append(outcome.score)
            vetoes.append(outcome.veto)
    if ids:
        arrays = {"round_id": rnd.id, "now": now, "agency_ids": ids, "codes": codes}
        await session.execute(text(
            "INSERT INTO assessment_round_measures (round_id, agency_id, indicator_code, value, measured_at) "
            "SELECT CAST(:round_id AS BIGINT), m.agency_id, m.code, CAST(m.value AS JSONB), CAST(:now AS TIMESTAMPTZ) "
            "FROM unnest(CAST(:agency_ids AS BIGINT[]), CAST(:codes AS VARCHAR[]), CAST(:values AS TEXT[])) "
            "AS m(agency_id, code, value) "
            "ON CONFLICT (round_id, agency_id, indicator_code) "
            "DO UPDATE SET value = excluded.value, measured_at = excluded.measured_at"),
            {**arrays, "values": stored})
        await session.execute(text(
            "INSERT INTO assessment_scores (round_id, agency_id, indicator_code, score, source, veto, scored_at, "
            "scored_by_name, evidence, version) "
            "SELECT CAST(:round_id AS BIGINT), s.agency_id, s.code, s.score, 'automatic', s.veto, "
            "CAST(:now AS TIMESTAMPTZ), '系统自动测量', "
            "CAST('[]' AS JSONB), 1 "
            "FROM unnest(CAST(:agency_ids AS BIGINT[]), CAST(:codes AS VARCHAR[]), CAST(:scores AS NUMERIC[]), "
            "CAST(:vetoes AS BOOLEAN[])) AS s(agency_id, code, score, veto) "
            "ON CONFLICT (round_id, agency_id, indicator_code) DO UPDATE SET score = excluded.score, "
            "veto = excluded.veto, scored_at = excluded.scored_at, version = assessment_scores.version + 1"),
            {**arrays, "scores": scores, "vetoes": vetoes})
    rnd.measured_at = now


async def remeasure(session: AsyncSession, principal: Principal, round_id: int, version: int) -> Round:
    rnd = await supervised_round(session, principal, round_id, for_update=True)
    check_version(rnd, version)
    ROUNDS.check("measure", rnd, principal)
    await measure(session, rnd)
    rnd.version += 1
    _audit_round(session, rnd, "measured")
    return rnd


async def set_manual_score(session: AsyncSession, principal: Principal, round_id: int, data: Any) -> Score:
    rnd = await supervised_round(session, principal, round_id)
    ROUNDS.check("score", rnd, principal)
    node = next((n for n in leaves(rnd.system_snapshot["indicators"]) if n["code"] == data.indicator_code), None)
    if node is None or node["kind"] != "manual":
        raise field_error("indicator_code", "本轮指标体系中没有该人工评分指标。", "No such manual indicator in the round.")
    if data.score > Decimal(node["max_score"]):
        raise field_error("score", f"得分不能超过本项分值 {node['max_score']}。",
                          f"The score cannot exceed {node['max_score']}.")
    if await session.get(RoundAgency, (rnd.id, data.agency_id)) is None:
        raise field_error("agency_id", "该机关不在本轮测评范围内。", "The agency is not assessed in this round.")
    evidence = await check_evidence(session, data.evidence)
    values = {"score": rules.points(data.score), "note": data.note, "evidence": evidence, "scored_by": principal.sub,
              "scored_by_name": actor(principal), "scored_at": clock.now()}
    key = {"round_id": rnd.id, "agency_id": data.agency_id, "indicator_code": data.indicator_code}
    current = (await session.execute(select(Score).filter_by(**key).with_for_update())).scalar_one_or_none()
    if (current.version if current else 0) != data.expected_version:
        # two inspectors on the same cell: the later one sees what the first gave before overwriting it
        raise Problem(409, "version_conflict", params={"current": current.version if current else 0})
    before = {"score": str(current.score), "note": current.note} if current else None
    if current is None:
        stmt = insert(Score).values(**key, source="manual", veto=False, version=1, **values).on_conflict_do_nothing()
        if (await session.execute(stmt)).rowcount == 0:  # scored at the same moment by someone else
            raise Problem(409, "version_conflict", params={"current": 1})
    else:
        await session.execute(update(Score).filter_by(**key).values(version=Score.version + 1, **values))
    kernel.audit(session, action="assessment.score_set", entity_type="assessment_round", entity_id=rnd.id,
                 before=before, after={"agency_id": data.agency_id, "indicator": data.indicator_code,
                                       "score": str(values["score"]), "note": data.note},
                 agency_id=data.agency_id)
    return (await session.execute(select(Score).filter_by(**key).execution_options(populate_existing=True))).scalar_one()


async def check_evidence(session: AsyncSession, evidence: list[Any]) -> list[dict[str, Any]]:
    """The evidence as stored: every file must exist (and is stored with its name, for the lists)."""
    from services.statistics.assessments.models import EvidenceFile

    ids = [e.file_id for e in evidence if e.kind == "file"]
    found = dict((await session.execute(select(EvidenceFile.id, EvidenceFile.filename)
                                        .where(EvidenceFile.id.in_(ids)))).all()) if ids else {}
    out = []
    for i, e in enumerate(evidence):
        item = e.model_dump(mode="json", exclude_none=True)
        if e.kind == "file":
            if e.file_id not in found:
                raise field_error(f"evidence.{i}.file_id", "证据文件不存在，请重新上传。", "Unknown evidence file.")
            item["filename"] = found[e.file_id]
        out.append(item)
    return out


async def transition_round(session: AsyncSession, principal: Principal, round_id: int, action: str, version: int
                           ) -> Round:
    rnd = await supervised_round(session, principal, round_id, for_update=True)
    check_version(rnd, version)
    ROUNDS.check(action, rnd, principal)
    before = {"status": rnd.status}
    rnd.status = {"close": "closed", "reopen": "open", "review": "reviewed", "publish": "published"}[action]
    if action == "close":
        rnd.closed_by = principal.sub
    if action == "review":
        rnd.reviewed_by = principal.sub
    if action == "reopen":
        rnd.closed_by = rnd.reviewed_by = None
    if action == "publish":
        rnd.published_at = clock.now()
    rnd.version += 1
    past = ROUND_DONE[action]
    _audit_round(session, rnd, past, before)
    if action == "publish":
        results = await round_results(session, rnd)
        _event(session, rnd, "round_published", results=[
            {"agency_id": a["agency_id"], "total": str(a["total"]), "rank": a["rank"], "group": a["group_code"],
             "vetoed": a["vetoed"]} for a in results["agencies"]])
    else:
        _event(session, rnd, f"round_{past}")
    return rnd


async def round_summaries(session: AsyncSession, rounds: list[Round]) -> list[dict[str, Any]]:
    counts = dict((await session.execute(
        select(RoundAgency.round_id, func.count()).where(RoundAgency.round_id.in_([r.id for r in rounds]))
        .group_by(RoundAgency.round_id))).all()) if rounds else {}
    names = await names_of(session, {r.owner_agency_id for r in rounds})
    return [{**{c: getattr(r, c) for c in ("id", "owner_agency_id", "system_id", "name", "kind", "period_start",
                                           "period_end", "status", "recheck_of_id", "previous_round_id", "measured_at",
                                           "published_at", "version")},
             "owner_agency_name": names.get(r.owner_agency_id), "agencies": counts.get(r.id, 0)} for r in rounds]


async def list_rounds(session: AsyncSession, principal: Principal, *, status: str | None, kind: str | None,
                      offset: int, size: int) -> dict[str, Any]:
    """The rounds the caller supervises, and the published or running ones its own agency is assessed in."""
    from sqlalchemy import or_

    assessed = select(RoundAgency.round_id).where(RoundAgency.agency_id == (principal.agency_id or -1))
    stmt = select(Round).where(or_(principal.scope_condition(Round.owner_agency_id, Agency), Round.id.in_(assessed)))
    if status:
        stmt = stmt.where(Round.status == status)
    if kind:
        stmt = stmt.where(Round.kind == kind)
    total = (await session.execute(select(func.count()).select_from(stmt.subquery()))).scalar_one()
    rows = list((await session.execute(stmt.order_by(Round.period_end.desc(), Round.id.desc())
                                       .offset(offset).limit(size))).scalars().all())
    return {"total": total, "items": await round_summaries(session, rows)}


async def round_view(session: AsyncSession, principal: Principal, rnd: Round, view: str) -> dict[str, Any]:
    members = (await session.execute(
        select(RoundAgency, Agency.name).join(Agency, Agency.id == RoundAgency.agency_id)
        .where(RoundAgency.round_id == rnd.id).order_by(Agency.path))).all()
    if view == "agency":
        members = [(m, n) for m, n in members if m.agency_id == principal.agency_id]
    return {
        **(await round_summaries(session, [rnd]))[0],
        "indicators": rnd.system_snapshot["indicators"], "issue_deadline_days": rnd.issue_deadline_days,
        "round_agencies": [{"agency_id": m.agency_id, "agency_name": n, "group_code": m.group_code,
                            "group_name": m.group_name} for m, n in members],
        "view": view,
        "allowed_actions": ROUNDS.allowed(rnd, principal) if view == "supervisor" else [],
    }


async def scores_of(session: AsyncSession, principal: Principal, rnd: Round, view: str, agency_id: int | None
                    ) -> list[dict[str, Any]]:
    """Every score of the round (with the measured value behind an automatic one); an agency sees its own, once
    the round is published."""
    if view == "agency":
        if rnd.status != "published":
            return []
        agency_id = principal.agency_id
    stmt = select(Score, RoundMeasure.value).outerjoin(RoundMeasure, (RoundMeasure.round_id == Score.round_id) & (
        RoundMeasure.agency_id == Score.agency_id) & (RoundMeasure.indicator_code == Score.indicator_code)
    ).where(Score.round_id == rnd.id)
    if agency_id:
        stmt = stmt.where(Score.agency_id == agency_id)
    return [{**{c: getattr(s, c) for c in ("agency_id", "indicator_code", "score", "source", "veto", "note", "evidence",
                                           "scored_by_name", "scored_at", "version")}, "value": value}
            for s, value in (await session.execute(stmt.order_by(Score.agency_id, Score.indicator_code))).all()]


# --- results ----------------------------------------------------------------------------------------------------


def _totals(tree: list[dict[str, Any]], scored: dict[str, Decimal]) -> dict[str, Decimal]:
    """Scores of every node: a leaf's own, a group's the sum of its children's."""
    out: dict[str, Decimal] = {}

    def walk(node: dict[str, Any]) -> Decimal:
        if node["kind"] == "group":
            value = sum((walk(c) for c in node["children"]), ZERO)
        else:
            value = scored.get(node["code"], ZERO)
        out[node["code"]] = rules.points(value)
        return value

    for n in tree:
        walk(n)
    return out


async def agency_totals(session: AsyncSession, rnd: Round) -> dict[int, dict[str, Any]]:
    tree = rnd.system_snapshot["indicators"]
    manual = {n["code"] for n in leaves(tree) if n["kind"] == "manual"}
    members = (await session.execute(
        select(RoundAgency, Agency.name).join(Agency, Agency.id == RoundAgency.agency_id)
        .where(RoundAgency.round_id == rnd.id))).all()
    scored: dict[int, dict[str, Decimal]] = {}
    vetoed: set[int] = set()
    for agency_id, code, score, veto in (await session.execute(
            select(Score.agency_id, Score.indicator_code, Score.score, Score.veto).where(Score.round_id == rnd.id))).all():
        scored.setdefault(agency_id, {})[code] = score
        if veto:
            vetoed.add(agency_id)
    out = {}
    for member, name in members:
        own = scored.get(member.agency_id, {})
        by_node = _totals(tree, own)
        total = ZERO if member.agency_id in vetoed else sum((by_node[n["code"]] for n in tree), ZERO)
        out[member.agency_id] = {"agency_id": member.agency_id, "agency_name": name, "group_code": member.group_code,
                                 "group_name": member.group_name, "total": rules.points(total),
                                 "vetoed": member.agency_id in vetoed, "by_indicator": by_node,
                                 "unscored": len(manual - set(own))}
    return out


def rank(rows: list[dict[str, Any]]) -> None:
    """Competition ranking within each group by total (1, 1, 3 …)."""
    by_group: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_group.setdefault(r["group_code"], []).append(r)
    for group in by_group.values():
        group.sort(key=lambda r: (-r["total"], r["agency_name"]))
        for i, r in enumerate(group):
            r["rank"] = group[i - 1]["rank"] if i and group[i - 1]["total"] == r["total"] else i + 1


async def round_results(session: AsyncSession, rnd: Round) -> dict[str, Any]:
    totals = await agency_totals(session, rnd)
    previous = await agency_totals(session, await session.get(Round, rnd.previous_round_id)) \
        if rnd.previous_round_id else {}
    issues = (await session.execute(
        select(Issue.agency_id, Issue.category, Issue.status)
        .where((Issue.round_id == rnd.id) | (Issue.recheck_round_id == rnd.id), Issue.status != "cancelled"))).all()
    per_agency: dict[int, list[int]] = {}
    for agency_id, _, status in issues:
        t = per_agency.setdefault(agency_id, [0, 0])
        t[0] += 1
        t[1] += status == "closed"
    rows = []
    for agency_id, r in totals.items():
        before = previous.get(agency_id)
        rows.append({**r, "previous_total": before["total"] if before else None,
                     "change": (r["total"] - before["total"]) if before else None,
                     "issues": per_agency.get(agency_id, [0, 0])[0], "issues_closed": per_agency.get(agency_id, [0, 0])[1]})
    rank(rows)
    rows.sort(key=lambda r: (r["group_code"], r["rank"], r["agency_name"]))
    groups: dict[str, dict[str, Any]] = {}
    for r in rows:
        g = groups.setdefault(r["group_code"], {"group_code": r["group_code"], "group_name": r["group_name"],
                                                "agencies": 0, "average": ZERO})
        g["agencies"] += 1
        g["average"] += r["total"]
    for g in groups.values():
        g["average"] = rules.points(g["average"] / g["agencies"])
    frequent = Counter(category for _, category, _ in issues).most_common()
    closed = sum(1 for *_, status in issues if status == "closed")
    return {
        "round_id": rnd.id, "status": rnd.status, "total_score": Decimal(rnd.system_snapshot["total_score"]),
        "indicators": rnd.system_snapshot["indicators"], "agencies": rows, "groups": list(groups.values()),
        "frequent_issues": [{"category": c, "count": n} for c, n in frequent],
        "issues_total": len(issues), "issues_closed": closed,
        "closure_rate": round(closed / len(issues), 4) if issues else None,
    }


async def results_for(session: AsyncSession, principal: Principal, round_id: int) -> dict[str, Any]:
    rnd, view = await load_round(session, principal, round_id)
    if view == "agency" and rnd.status != "published":
        raise Problem(409, "assessment_state", params={
            "entity": "测评轮次", "entity_en": "round", "status": "尚未发布", "status_en": "not yet published",
            "action": "查看结果", "action_en": "read for its results"})
    results = await round_results(session, rnd)
    if view == "agency":  # the ranking, and its own figures in detail
        for r in results["agencies"]:
            if r["agency_id"] != principal.agency_id:
                r["by_indicator"] = {}
    return results

