"""Annual reports: computing them, the workflow draft → submitted → returned/accepted → published, and the
statutory deadlines (Art. 49: departments by 31 January, governments by 31 March)."""
from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.auth import Principal
from kernel.errors import Problem, conflict, not_found, register_entities, register_messages
from kernel.pagination import PageParams, paginate
from kernel.storage import FileStore
from services.statistics.db import kernel
from services.statistics.exports.document import ReportDocument, build
from services.statistics.exports.excel import render_xlsx
from services.statistics.exports.html import render_html
from services.statistics.exports.pdf import render_pdf
from services.statistics.exports.word import render_docx
from services.statistics.reference.models import Agency
from services.statistics.reports.compute import compute
from services.statistics.reports.layout import format_for_year
from services.statistics.reports.models import AnnualReport, ReportAction
from services.statistics.reports.rules import Violation, blocking, check_r6, check_tables
from services.statistics.reports.schemas import ReportCreate, ReportUpdate
from services.statistics.reports import workflow
from services.statistics.reports.text import draft_other, draft_overview, read_claims

register_entities({"agency": ("机关", "agency"), "report": ("年度报告", "annual report")})
register_messages(
    {
        "report_exists": {
            "zh": ("年度报告已存在", "该机关 {year} 年度的报告已经建立（编号 {report_id}）。"),
            "en": ("Report exists", "The agency's report for {year} already exists (id {report_id})."),
        },
        "report_state": {
            "zh": ("当前状态不允许此操作", "报告当前为“{status}”，不能{action}。"),
            "en": ("Not allowed in this state", "The report is {status_en}; it cannot be {action_en}."),
        },
        "report_inconsistent": {
            "zh": ("报告数据不一致", "报告有 {count} 处不符合勾稽关系或正文与表格不一致，请修改后再报送。"),
            "en": ("Report inconsistent", "The report breaks {count} consistency rule(s); fix them before submitting."),
        },
        "report_self_review": {
            "zh": ("不能审核自己报送的报告", "报告须由报送人以外的政务公开工作机构人员审核。"),
            "en": ("Cannot review own submission", "A report must be reviewed by someone other than its submitter."),
        },
        "report_year_open": {
            "zh": ("年度尚未结束", "{year} 年度尚未结束，年度报告只能在次年报送。"),
            "en": ("Year not over", "The year {year} is not over; its report can be submitted from next year."),
        },
    }
)

EDITABLE = workflow.EDITABLE
FROZEN = ("submitted", "accepted", "published")


# --- lookups and scope -----------------------------------------------------------------------------------------


async def get_agency(session: AsyncSession, agency_id: int) -> Agency:
    agency = await session.get(Agency, agency_id)
    if agency is None:
        raise not_found("agency")
    return agency


def ensure_read(principal: Principal, agency: Agency) -> None:
    principal.ensure_access(agency.id, agency.path)


def ensure_write(principal: Principal, agency: Agency) -> None:
    principal.ensure_access(agency.id, agency.path, hide=False)


async def load_report(session: AsyncSession, principal: Principal, report_id: int, *, for_update: bool = False
                      ) -> tuple[AnnualReport, Agency]:
    stmt = select(AnnualReport).where(AnnualReport.id == report_id)
    if for_update:
        stmt = stmt.with_for_update()
    report = (await session.execute(stmt)).scalar_one_or_none()
    if report is None:
        raise not_found("report")
    agency = await get_agency(session, report.agency_id)
    ensure_read(principal, agency)
    return report, agency


def report_title(agency: Agency, year: int) -> str:
    return f"{agency.name}{year}年政府信息公开工作年度报告"


# --- figures and rules -----------------------------------------------------------------------------------------


async def figures_of(session: AsyncSession, report: AnnualReport, agency: Agency) -> dict[str, Any]:
    """Frozen tables once submitted, else computed now."""
    if report.status in FROZEN and report.figures is not None:
        return report.figures
    return await compute(session, agency=agency, year=report.year, scope=report.scope)  # type: ignore[arg-type]


async def previous_figures(session: AsyncSession, report: AnnualReport) -> dict[str, Any] | None:
    """Last year's submitted tables of the same agency and scope (R5 compares with what was reported)."""
    stmt = select(AnnualReport.figures).where(
        AnnualReport.agency_id == report.agency_id, AnnualReport.year == report.year - 1,
        AnnualReport.scope == report.scope, AnnualReport.status.in_(FROZEN),
    )
    return (await session.execute(stmt)).scalar_one_or_none()


def texts_of(report: AnnualReport) -> str:
    return "\n".join((report.overview_text, report.problems_text, report.other_text))


async def violations_of(session: AsyncSession, report: AnnualReport, figures: dict[str, Any]) -> list[Violation]:
    """R1–R5 on the tables (R5 against last year's submitted report: a warning, since a case registered late
    with an earlier date of receipt changes last year after its report) and R6 on the texts."""
    previous = await previous_figures(session, report)
    return check_tables(figures, previous, r5_severity="warning") + check_r6(read_claims(texts_of(report)), figures)


# --- reading ---------------------------------------------------------------------------------------------------


async def list_reports(session: AsyncSession, *, principal: Principal, params: PageParams, year: int | None,
                       status: str | None, agency_id: int | None, scope: str | None) -> dict[str, Any]:
    stmt = (
        select(AnnualReport, Agency.name.label("agency_name"))
        .join(Agency, Agency.id == AnnualReport.agency_id)
        .where(principal.scope_condition(AnnualReport.agency_id, Agency))
        .order_by(AnnualReport.year.desc(), Agency.path, AnnualReport.scope)
    )
    for column, value in ((AnnualReport.year, year), (AnnualReport.status, status),
                          (AnnualReport.agency_id, agency_id), (AnnualReport.scope, scope)):
        if value is not None:
            stmt = stmt.where(column == value)
    page = await paginate(session, stmt, params, scalars=False)
    page["items"] = [{**_summary(r), "agency_name": name} for r, name in page["items"]]
    return page


def _summary(report: AnnualReport) -> dict[str, Any]:
    return {k: getattr(report, k) for k in (
        "id", "agency_id", "year", "scope", "format", "status", "title", "version", "updated_at", "submitted_at",
        "published_at", "overview_text", "problems_text", "other_text", "review_comment", "reviewed_at",
    )}


def public_links(report: AnnualReport, base: str) -> dict[str, str]:
    if report.status != "published" or not report.files:
        return {}
    return {kind: f"{base}/public/reports/{report.id}/report.{kind}" for kind in report.files}


async def report_view(session: AsyncSession, report: AnnualReport, agency: Agency, base: str,
                      principal: Principal | None = None) -> dict[str, Any]:
    figures = await figures_of(session, report, agency)
    violations = await violations_of(session, report, figures)
    return {
        **_summary(report),
        "agency_name": agency.name,
        "figures": figures,
        "live": report.status in EDITABLE,
        "violations": [v.as_dict() for v in violations],
        "files": public_links(report, base),
        "allowed_actions": workflow.allowed_actions(report, principal, today_in_china()) if principal else [],
    }


async def history(session: AsyncSession, report_id: int) -> list[ReportAction]:
    stmt = select(ReportAction).where(ReportAction.report_id == report_id).order_by(ReportAction.id)
    return list((await session.execute(stmt)).scalars())


# --- writes ----------------------------------------------------------------------------------------------------


def _record(session: AsyncSession, report: AnnualReport, principal: Principal, action: str, before_status: str | None,
            comment: str | None = None, before: dict[str, Any] | None = None) -> None:
    session.add(ReportAction(
        report_id=report.id, action=action, from_status=before_status, to_status=report.status, comment=comment,
        actor_id=principal.sub, actor_name=principal.name or principal.username,
    ))
    after = {k: getattr(report, k) for k in ("status", "version", "title", "year", "scope")}
    if comment:
        after["comment"] = comment
    kernel.audit(session, action=f"report.{action}", entity_type="annual_report", entity_id=report.id,
                 before=before or ({"status": before_status} if before_status else None), after=after,
                 agency_id=report.agency_id)


def _check_version(report: AnnualReport, version: int) -> None:
    if report.version != version:
        raise Problem(409, "version_conflict", params={"current": report.version})


async def create_report(session: AsyncSession, *, principal: Principal, data: ReportCreate) -> AnnualReport:
    agency = await get_agency(session, data.agency_id)
    ensure_write(principal, agency)
    existing = (await session.execute(select(AnnualReport.id).where(
        AnnualReport.agency_id == agency.id, AnnualReport.year == data.year, AnnualReport.scope == data.scope.value,
    ))).scalar_one_or_none()
    if existing is not None:
        raise Problem(409, "report_exists", params={"year": data.year, "report_id": existing})
    figures = await compute(session, agency=agency, year=data.year, scope=data.scope.value)  # type: ignore[arg-type]
    report = AnnualReport(
        agency_id=agency.id, year=data.year, scope=data.scope.value, format=format_for_year(data.year),
        status="draft", title=report_title(agency, data.year),
        overview_text=draft_overview(figures, agency.name), problems_text="", other_text=draft_other(figures),
        version=1, created_by=principal.name or principal.username,
    )
    session.add(report)
    try:
        await session.flush()
    except IntegrityError as exc:  # created concurrently
        await session.rollback()
        raise conflict("该年度报告已由他人建立，请刷新。", "The report was just created by someone else.") from exc
    _record(session, report, principal, "created", None)
    return report


async def update_report(session: AsyncSession, *, principal: Principal, report_id: int, data: ReportUpdate
                        ) -> tuple[AnnualReport, Agency]:
    report, agency = await load_report(session, principal, report_id, for_update=True)
    ensure_write(principal, agency)
    _check_version(report, data.version)
    workflow.check(report, "edit", principal, today_in_china())
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    before = {k: getattr(report, k) for k in changes}
    for key, value in changes.items():
        if value is not None:
            setattr(report, key, value)
    report.version += 1
    report.updated_at = func.now()
    _record(session, report, principal, "updated", report.status, before={**before, "status": report.status})
    return report, agency


async def draft_texts(session: AsyncSession, report: AnnualReport, agency: Agency) -> dict[str, str]:
    figures = await figures_of(session, report, agency)
    return {"overview_text": draft_overview(figures, agency.name), "other_text": draft_other(figures)}


async def submit(session: AsyncSession, *, principal: Principal, report_id: int, version: int, today: date
                 ) -> tuple[AnnualReport, Agency]:
    report, agency = await load_report(session, principal, report_id, for_update=True)
    ensure_write(principal, agency)
    _check_version(report, version)
    workflow.check(report, "submit", principal, today)
    figures = await compute(session, agency=agency, year=report.year, scope=report.scope)  # type: ignore[arg-type]
    errors = blocking(await violations_of(session, report, figures))
    if errors:
        raise Problem(422, "report_inconsistent", params={"count": len(errors)},
                      extra={"violations": [v.as_dict() for v in errors]})
    before = report.status
    report.figures = figures
    report.status = "submitted"
    report.submitted_at = clock.now()
    report.submitted_by = principal.sub
    report.version += 1
    report.updated_at = func.now()
    _record(session, report, principal, "submitted", before)
    return report, agency


async def review(session: AsyncSession, *, principal: Principal, report_id: int, version: int, accept: bool,
                 comment: str | None) -> tuple[AnnualReport, Agency]:
    report, agency = await load_report(session, principal, report_id, for_update=True)
    ensure_write(principal, agency)
    _check_version(report, version)
    workflow.check(report, "accept" if accept else "return", principal, today_in_china())
    before = report.status
    report.status = "accepted" if accept else "returned"
    if not accept:
        report.figures = None  # back to live tables while it is corrected
    report.reviewed_at = clock.now()
    report.reviewed_by = principal.sub
    report.review_comment = comment
    report.version += 1
    report.updated_at = func.now()
    _record(session, report, principal, "accepted" if accept else "returned", before, comment)
    return report, agency


def document_of(report: AnnualReport, figures: dict[str, Any]) -> ReportDocument:
    return build(title=report.title, figures=figures, overview=report.overview_text, problems=report.problems_text,
                 other=report.other_text)


RENDERERS = {"docx": render_docx, "xlsx": render_xlsx, "pdf": render_pdf}
MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}


async def render(document: ReportDocument, kind: str) -> bytes:
    if kind == "html":
        return render_html(document).encode()
    return await asyncio.to_thread(RENDERERS[kind], document)


async def publish(session: AsyncSession, *, principal: Principal, report_id: int, version: int, store: FileStore,
                  base: str) -> tuple[AnnualReport, Agency]:
    """Publish an accepted report: its files are rendered and kept as published, and
    ``statistics.report.published`` tells catalog to publish it in the agency's annual-report column."""
    report, agency = await load_report(session, principal, report_id, for_update=True)
    ensure_write(principal, agency)
    _check_version(report, version)
    workflow.check(report, "publish", principal, today_in_china())
    document = document_of(report, report.figures or {})
    files: dict[str, Any] = {}
    for kind in RENDERERS:
        key = f"reports/{report.id}/v{report.version + 1}/report.{kind}"
        stored = await store.put_bytes(key, await render(document, kind))
        files[kind] = {"key": key, "sha256": stored.sha256, "size": stored.size}
    before = report.status
    report.files = files
    report.status = "published"
    report.published_at = clock.now()
    report.published_by = principal.sub
    report.version += 1
    report.updated_at = func.now()
    _record(session, report, principal, "published", before)
    links = public_links(report, base)
    kernel.emit(session, "statistics.report.published", report.id, {
        "report_id": report.id,
        "version": report.version,
        "agency_id": report.agency_id,
        "year": report.year,
        "title": report.title,
        "body_html": render_html(document),
        "pdf_url": links["pdf"],
        "docx_url": links["docx"],
        "published_at": report.published_at.isoformat(),
    })
    return report, agency


# --- deadlines ---------------------------------------------------------------------------------------------------


def is_government(agency: Agency) -> bool:
    """County-level and higher people's governments publish a combined report by 31 March; departments,
    township governments and other bodies report by 31 January (Art. 49)."""
    return (agency.details or {}).get("kind") == "government" and agency.level in ("national", "province", "city", "county")


def deadline_for(agency: Agency, year: int) -> date:
    return date(year + 1, 3, 31) if is_government(agency) else date(year + 1, 1, 31)


async def deadlines(session: AsyncSession, *, principal: Principal, year: int, within: Agency | None, today: date,
                    params: PageParams, only_overdue: bool) -> dict[str, Any]:
    """Every active agency in scope with the report it owes for ``year`` (its own, or a government's combined
    one) and whether it was submitted and published in time."""
    kind = func.coalesce(Agency.details["kind"].astext, "")
    gov = and_(kind == "government", Agency.level.in_(("national", "province", "city", "county")))
    scope_col = case((gov, "rollup"), else_="agency")
    stmt = (
        select(Agency, AnnualReport)
        .outerjoin(AnnualReport, and_(AnnualReport.agency_id == Agency.id, AnnualReport.year == year,
                                      AnnualReport.scope == scope_col))
        .where(Agency.is_active.is_(True), principal.scope_condition(Agency.id, Agency))
        .order_by(Agency.path)
    )
    if within is not None:
        stmt = stmt.where(Agency.path.startswith(within.path, autoescape=True))
    rows = []
    for agency, report in (await session.execute(stmt)).all():
        deadline = deadline_for(agency, year)
        submitted = report.submitted_at if report else None
        published = report.published_at if report else None
        submitted_ok = submitted is not None and _china_date(submitted) <= deadline
        published_ok = published is not None and _china_date(published) <= deadline
        rows.append({
            "agency_id": agency.id, "agency_name": agency.name, "level": agency.level,
            "kind": (agency.details or {}).get("kind"),
            "expected_scope": "rollup" if is_government(agency) else "agency", "deadline": deadline,
            "report_id": report.id if report else None, "status": report.status if report else None,
            "submitted_at": submitted, "published_at": published,
            "submitted_on_time": submitted_ok, "published_on_time": published_ok,
            "overdue": today > deadline and not published_ok,
        })
    if only_overdue:
        rows = [r for r in rows if r["overdue"]]
    start = params.offset
    return {
        "year": year,
        "submit_deadline": date(year + 1, 1, 31),
        "government_deadline": date(year + 1, 3, 31),
        "total": len(rows),
        "not_submitted": sum(1 for r in rows if not r["submitted_on_time"]),
        "not_published": sum(1 for r in rows if not r["published_on_time"]),
        "items": rows[start:start + params.size],
    }


def today_in_china() -> date:
    """Today in the platform's time zone, on the platform's clock."""
    return clock.today()


def _china_date(at: datetime) -> date:
    return clock.local_date(at)
