"""The clerk's inbox: applications submitted online or by a partner platform that wait for staff to confirm receipt.

Art. 31: for an online application the day of receipt is the day both sides confirm it, so until a clerk confirms
(action ``receive``) the case has no due date. How long each one has waited is counted in working days on the
official calendar from the day it was submitted (that day itself does not count: submitted on Monday, it has waited
one working day on Tuesday); one that has waited more than :data:`CONFIRM_WITHIN` working days is overdue for
confirmation. Staff registrations are received on the day given and never wait here.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from kernel.auth import Principal
from kernel.workdays import WorkCalendar
from services.applications.cases.models import Case
from services.applications.intake.models import Application
from services.applications.intake.service import listed_name
from services.applications.reference.models import Agency

WAITING = "registered"  # submitted online or by a partner platform, receipt not yet confirmed
CONFIRM_WITHIN = 1  # working days a clerk has to confirm receipt before the application is overdue for it


def waited_working_days(cal: WorkCalendar, submitted_on: date, today: date) -> int:
    """Working days in (submitted_on, today]."""
    return max(0, cal.working_days_between(submitted_on, today))


def confirm_by(cal: WorkCalendar, submitted_on: date) -> date:
    """The last day to confirm receipt without being overdue: the CONFIRM_WITHIN-th working day after submission."""
    return cal.add_working_days(submitted_on, CONFIRM_WITHIN).date


def overdue_before(cal: WorkCalendar, today: date) -> date:
    """Applications submitted before the returned day have waited more than CONFIRM_WITHIN working days on ``today``.

    waited(s) > N means (s, today] holds at least N + 1 working days, i.e. the (N + 1)-th latest working day on or
    before today lies after s. Searching back is bounded (a calendar without working days would be a data error)."""
    found, day = 0, today
    for _ in range(400):
        if cal.is_workday(day):
            found += 1
            if found == CONFIRM_WITHIN + 1:
                return day
        day -= timedelta(days=1)
    return date.min


def is_overdue(cal: WorkCalendar, submitted_on: date, today: date) -> bool:
    return waited_working_days(cal, submitted_on, today) > CONFIRM_WITHIN


def _conditions(principal: Principal, agency_id: int | None) -> list[Any]:
    conditions = [Case.status == WAITING, principal.scope_condition(Case.agency_id, Agency)]
    if agency_id:
        conditions.append(Case.agency_id == agency_id)
    return conditions


def waiting_query(principal: Principal, *, agency_id: int | None = None, submitted_before: date | None = None) -> Select[Any]:
    """Cases awaiting confirmation within the caller's scope, the longest-waiting first."""
    named = aliased(Agency)  # for the name; the scope condition has its own subquery on the replica
    stmt = (
        select(Case, Application.submitted_on, Application.submitted_at, Application.applicant_name, named.name)
        .join(Application, Application.id == Case.application_id)
        .outerjoin(named, named.id == Case.agency_id)
        .where(*_conditions(principal, agency_id))
    )
    if submitted_before:
        stmt = stmt.where(Application.submitted_on < submitted_before)
    return stmt.order_by(Application.submitted_on, Application.submitted_at, Case.number)


def item(cal: WorkCalendar, today: date, row: Any) -> dict[str, Any]:
    case, submitted_on, submitted_at, applicant_name, agency_name = row
    waited = waited_working_days(cal, submitted_on, today)
    return {
        **{c: getattr(case, c) for c in (
            "id", "number", "agency_id", "title", "applicant_type", "channel", "status", "version")},
        "agency_name": agency_name,
        "applicant_name": listed_name(case.applicant_type, applicant_name),
        "submitted_on": submitted_on,
        "submitted_at": submitted_at,
        "waited_working_days": waited,
        "confirm_by": confirm_by(cal, submitted_on),
        "overdue_for_confirmation": waited > CONFIRM_WITHIN,
    }


async def summary(session: AsyncSession, cal: WorkCalendar, principal: Principal, *, today: date,
                  agency_id: int | None = None) -> dict[str, Any]:
    """How many wait, how many of them are overdue for confirmation, and since when the oldest waits."""
    cutoff = overdue_before(cal, today)
    total, overdue, oldest = (await session.execute(
        select(func.count(), func.count().filter(Application.submitted_on < cutoff), func.min(Application.submitted_on))
        .select_from(Case).join(Application, Application.id == Case.application_id)
        .where(*_conditions(principal, agency_id))
    )).one()
    return {"total": total, "overdue": overdue, "oldest_submitted_on": oldest, "today": today}
