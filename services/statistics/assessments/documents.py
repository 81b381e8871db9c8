"""The documents of supervision, in the house style of the platform's other documents (exports/word.py: A4,
仿宋 body, 黑体 headings):

- the **circular** (通报) of a round: its text drafted from the results (what was assessed and how, the results by
  group, the problems found most often, what is required next), editable before export, with the score table of
  each group attached (附件) — the tables always drawn from the round's scores;
- the **self-inspection report** (自检自查报告) of an agency for a year, drafted from its own data along the outline
  of the usual template (organisation, rules, proactive disclosure, requests, problems, next steps), editable and
  exported.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem
from services.statistics.assessments import service
from services.statistics.assessments.measures import MEASURES
from services.statistics.assessments.models import Issue, Round, SelfInspection
from services.statistics.assessments.schemas import IssueCategory, RoundKind
from services.statistics.assessments.workflow import ROUNDS
from services.statistics.db import kernel
from services.statistics.exports.document import Cell, ReportDocument, Section, Table
from services.statistics.exports.word import render_docx
from services.statistics.reference.models import Agency
from services.statistics.reports.compute import Period

CN_NUMBERS = "一二三四五六七八九十"


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _fmt(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _change(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"+{value:.2f}" if value > 0 else f"{value:.2f}"


# --- the circular ------------------------------------------------------------------------------------------------


async def draft_circular(session: AsyncSession, rnd: Round, results: dict[str, Any]) -> dict[str, Any]:
    owner = await session.get(Agency, rnd.owner_agency_id)
    owner_name = owner.name if owner else ""
    groups = results["groups"]
    kind = RoundKind(rnd.kind).label_zh
    addressees = "、".join(f"各{g['group_name']}" for g in groups) or "各单位"
    overview = (f"按照政务公开工作考核要求，{owner_name}于{_cn(rnd.period_start)}至{_cn(rnd.period_end)}"
                f"对{len(results['agencies'])}个单位开展了{kind}（{rnd.name}）。测评依据《{rnd.system_snapshot.get('system_name', '')}》"
                f"（满分{_fmt(results['total_score'])}分），主动公开及时率、政策解读、栏目更新、依申请公开办理等指标由平台"
                "根据各单位实际数据自动测量，其余指标由测评人员逐项核查评分。")
    lines = []
    for g in groups:
        members = [a for a in results["agencies"] if a["group_code"] == g["group_code"]]
        top = [a["agency_name"] for a in members if a["rank"] == 1]
        lines.append(f"{g['group_name']}共{g['agencies']}个，平均得分{_fmt(g['average'])}分，"
                     f"{'、'.join(top)}得分最高（{_fmt(members[0]['total']) if members else '—'}分）。")
    vetoed = [a["agency_name"] for a in results["agencies"] if a["vetoed"]]
    if vetoed:
        lines.append(f"{'、'.join(vetoed)}触发一票否决事项，本次测评计零分。")
    lines.append("各单位得分见附件。")
    labels = {c.value: c.label_zh for c in IssueCategory}
    problems = [f"{CN_NUMBERS[i] if i < 10 else i + 1}是{labels.get(f['category'], f['category'])}，共{f['count']}个问题。"
                for i, f in enumerate(results["frequent_issues"][:6])]
    closure = (f"截至目前，共反馈问题{results['issues_total']}个，已整改到位{results['issues_closed']}个，"
               f"整改完成率{results['closure_rate'] * 100:.1f}%。" if results["closure_rate"] is not None
               else "本次测评未发现需要整改的问题。")
    return {
        "title": f"{owner_name}关于{rnd.name}结果的通报",
        "addressees": f"{addressees}：",
        "sections": [
            {"heading": "一、基本情况", "paragraphs": [overview]},
            {"heading": "二、测评结果", "paragraphs": lines},
            {"heading": "三、存在的主要问题", "paragraphs": (problems or ["未发现突出问题。"]) + [closure]},
            {"heading": "四、下一步工作要求", "paragraphs": [
                "各单位要对照整改清单逐项整改，在整改期限内通过平台答复整改情况并上传佐证材料；",
                "主动公开的政府信息应在形成或者变更之日起20个工作日内公开，政策文件与解读材料同步发布；",
                "依申请公开须在法定期限内答复，逾期未整改的问题将在下一轮测评中继续扣分并予以通报。"]},
        ],
    }


async def circular_texts(session: AsyncSession, rnd: Round, results: dict[str, Any]) -> dict[str, Any]:
    """The circular's texts as edited, or the draft from the results."""
    return rnd.circular or await draft_circular(session, rnd, results)


def save_circular(session: AsyncSession, rnd: Round, data: Any) -> None:
    """The circular's texts have a version of their own (0 until first saved): editing them does not disturb the
    round's workflow."""
    current = (rnd.circular or {}).get("version", 0)
    if data.version != current:
        raise Problem(409, "version_conflict", params={"current": current})
    rnd.circular = {"title": data.title, "addressees": data.addressees, "version": current + 1,
                    "sections": [{"heading": s.heading, "paragraphs": s.paragraphs} for s in data.sections]}
    kernel.audit(session, action="assessment.round_circular", entity_type="assessment_round", entity_id=rnd.id,
                 after={"title": data.title}, agency_id=rnd.owner_agency_id)


def score_tables(results: dict[str, Any]) -> list[Table]:
    """附件: one table per group — rank, agency, total, each top-level indicator, change against the last round."""
    tops = [n for n in results["indicators"]]
    tables = []
    for i, g in enumerate(results["groups"], 1):
        header = [Cell("排名", header=True), Cell("单位", header=True), Cell("总分", header=True),
                  *(Cell(f"{n['name']}（{n['max_score']}）", header=True) for n in tops),
                  Cell("较上轮", header=True)]
        rows = [header]
        for a in (a for a in results["agencies"] if a["group_code"] == g["group_code"]):
            rows.append([Cell(str(a["rank"])), Cell(a["agency_name"], align="left"),
                         Cell(_fmt(a["total"]) + ("（否决）" if a["vetoed"] else "")),
                         *(Cell(_fmt(a["by_indicator"].get(n["code"]))) for n in tops), Cell(_change(a["change"]))])
        tables.append(Table(name=f"附件{i}：{g['group_name']}得分统计表",
                            widths=[1, 4, 1.4, *([1.6] * len(tops)), 1.3], rows=rows))
    return tables


def circular_document(texts: dict[str, Any], results: dict[str, Any]) -> ReportDocument:
    sections = [Section(heading=texts["addressees"])]
    sections += [Section(heading=s["heading"], paragraphs=list(s["paragraphs"])) for s in texts["sections"]]
    for table in score_tables(results):
        sections.append(Section(heading=table.name, tables=[table]))
    return ReportDocument(title=texts["title"], sections=sections)


async def circular_docx(session: AsyncSession, principal: Principal, round_id: int) -> tuple[bytes, str]:
    rnd = await service.supervised_round(session, principal, round_id)
    ROUNDS.check("circular", rnd, principal)
    results = await service.round_results(session, rnd)
    texts = await circular_texts(session, rnd, results)
    import asyncio

    return await asyncio.to_thread(render_docx, circular_document(texts, results)), texts["title"]


# --- the self-inspection report ------------------------------------------------------------------------------------


async def draft_self_inspection(session: AsyncSession, agency: Agency, year: int) -> dict[str, Any]:
    """A draft from the agency's own data for the year (up to today for the current year)."""
    end = min(date(year, 12, 31), clock.today())
    period = Period(date(year, 1, 1), end)
    values = {code: (await MEASURES[code].compute(session, [agency], period, MEASURES[code].resolve({})))[agency.id]
              for code in ("publication_timeliness", "interpretation_timeliness", "reply_on_time", "overdue_open",
                           "appeals_corrected")}

    def pct(v: dict[str, Any]) -> str:
        return f"{v['ratio'] * 100:.1f}%" if v.get("ratio") is not None else "—"

    pub, interp, reply = values["publication_timeliness"], values["interpretation_timeliness"], values["reply_on_time"]
    issues = (await session.execute(
        select(Issue.category, func.count(), func.count().filter(Issue.status == "closed"))
        .where(Issue.agency_id == agency.id, func.extract("year", Issue.raised_at) == year, Issue.status != "cancelled")
        .group_by(Issue.category))).all()
    labels = {c.value: c.label_zh for c in IssueCategory}
    problem_lines = [f"{labels.get(c, c)}：{n}个（已整改{closed}个）" for c, n, closed in issues] or ["（请填写自查发现的问题）"]
    return {
        "title": f"{agency.name}{year}年政务公开工作自检自查报告",
        "sections": [
            {"heading": "一、组织领导情况",
             "text": f"{year}年，{agency.name}认真贯彻落实《中华人民共和国政府信息公开条例》，（请填写政务公开工作领导小组、"
                     "工作机构和专职人员情况）。"},
            {"heading": "二、制度建设情况", "text": "（请填写保密审查、信息发布协调、依申请公开办理等制度的建立和执行情况。）"},
            {"heading": "三、主动公开情况",
             "text": f"截至{_cn(end)}，本年通过平台主动公开政府信息{pub['denominator']}条，其中在形成或变更之日起20个工作日内"
                     f"公开{pub['numerator']}条，及时率{pct(pub)}；需同步解读的政策文件{interp['denominator']}件，按期解读"
                     f"{interp['numerator']}件，解读同步率{pct(interp)}。"},
            {"heading": "四、依申请公开情况",
             "text": f"本年办结政府信息公开申请{reply['denominator']}件，按期答复{reply['numerator']}件，按期答复率{pct(reply)}；"
                     f"截至{_cn(end)}逾期未办结{values['overdue_open']['count']}件；行政复议纠错、行政诉讼败诉"
                     f"{values['appeals_corrected']['count']}件。"},
            {"heading": "五、存在的问题及整改情况", "text": "\n".join(problem_lines)},
            {"heading": "六、下一步工作打算", "text": "（请填写下一步改进措施。）"},
        ],
    }


async def load_self_inspection(session: AsyncSession, principal: Principal, agency_id: int, year: int
                               ) -> tuple[Agency, SelfInspection | None]:
    agency = await service.agency_of(session, agency_id)
    principal.ensure_access(agency.id, agency.path)
    report = (await session.execute(select(SelfInspection).where(
        SelfInspection.agency_id == agency_id, SelfInspection.year == year))).scalar_one_or_none()
    return agency, report


async def self_inspection_view(session: AsyncSession, principal: Principal, agency_id: int, year: int
                               ) -> dict[str, Any]:
    agency, report = await load_self_inspection(session, principal, agency_id, year)
    if report is None:
        draft = await draft_self_inspection(session, agency, year)
        return {"agency_id": agency.id, "year": year, "saved": False, "version": 0, **draft}
    return {"agency_id": agency.id, "year": year, "saved": True, "version": report.version, "title": report.title,
            "sections": report.sections}


async def save_self_inspection(session: AsyncSession, principal: Principal, agency_id: int, year: int, data: Any
                               ) -> None:
    agency, report = await load_self_inspection(session, principal, agency_id, year)
    principal.ensure_access(agency.id, agency.path, hide=False)
    sections = [{"heading": s.heading, "text": s.text} for s in data.sections]
    if report is None:
        if data.version != 0:
            raise Problem(409, "version_conflict", params={"current": 0})
        from sqlalchemy.dialects.postgresql import insert

        stmt = insert(SelfInspection).values(agency_id=agency.id, year=year, title=data.title, sections=sections,
                                             version=1, updated_by=service.actor(principal), updated_at=clock.now())
        if (await session.execute(stmt.on_conflict_do_nothing())).rowcount == 0:
            raise Problem(409, "version_conflict", params={"current": 1})
    else:
        service.check_version(report, data.version)
        report.title, report.sections = data.title, sections
        report.version += 1
        report.updated_by, report.updated_at = service.actor(principal), clock.now()
    kernel.audit(session, action="assessment.self_inspection_saved", entity_type="assessment_self_inspection",
                 entity_id=f"{agency.id}:{year}", after={"title": data.title}, agency_id=agency.id)


def self_inspection_docx(view: dict[str, Any]) -> bytes:
    sections = [Section(heading=s["heading"], paragraphs=[p for p in s["text"].split("\n") if p.strip()])
                for s in view["sections"]]
    return render_docx(ReportDocument(title=view["title"], sections=sections))
