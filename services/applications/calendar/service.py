"""Calendar behaviour: seeding from the chinese-calendar package, administrator edits, computations."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import chinese_calendar
from chinese_calendar import constants as cc
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal
from kernel.errors import Problem, register_messages
from kernel.replicas import CALENDAR_EVENT, calendar_year_payload, load_work_calendar, replace_calendar_year
from kernel.workdays import WorkCalendar
from services.applications.calendar.models import CalendarDay, CalendarYear, calendar_cache
from services.applications.calendar.schemas import CalendarYearIn
from services.applications.db import kernel

register_messages(
    {
        "calendar_day_invalid": {
            "zh": ("日历数据有误", "{reason}"),
            "en": ("Invalid calendar data", "{reason}"),
        },
    }
)

HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}
WEEKDAY_ZH = "一二三四五六日"


def package_years() -> range:
    """Years the installed chinese-calendar package has official schedules for."""
    first = min(cc.holidays).year
    last = max(max(cc.holidays), max(cc.workdays)).year
    return range(first, last + 1)


def package_year_days(year: int) -> list[tuple[date, bool, str | None]]:
    days: list[tuple[date, bool, str | None]] = []
    for d, holiday in sorted(cc.holidays.items()):
        if d.year == year:
            name = getattr(holiday, "value", str(holiday))
            days.append((d, False, HOLIDAY_NAMES_ZH.get(name, name)))
    for d, holiday in sorted(cc.workdays.items()):
        if d.year == year:
            name = getattr(holiday, "value", str(holiday))
            days.append((d, True, f"{HOLIDAY_NAMES_ZH.get(name, name)}调休上班"))
    return sorted(days)


async def seed_from_package(session: AsyncSession) -> list[int]:
    """Insert the package's official schedules for years not yet in the table (never overwriting edits)."""
    await session.execute(select(func.pg_advisory_xact_lock(0x6361_6C65)))  # one seeder at a time
    known = set((await session.execute(select(CalendarYear.year))).scalars().all())
    seeded = []
    for year in package_years():
        if year in known:
            continue
        payload = calendar_year_payload(
            year,
            True,
            f"国务院办公厅关于{year}年部分节假日安排的通知（chinese-calendar {chinese_calendar.__version__}）",
            1,
            package_year_days(year),
        )
        await replace_calendar_year(session, CalendarYear, CalendarDay, payload)
        kernel.emit(session, CALENDAR_EVENT, year, payload)
        seeded.append(year)
    if seeded:
        calendar_cache.invalidate()
        await recompute_due_dates(session)
    return seeded


async def list_years(session: AsyncSession) -> list[CalendarYear]:
    return list((await session.execute(select(CalendarYear).order_by(CalendarYear.year))).scalars().all())


async def get_year(session: AsyncSession, year: int) -> dict[str, Any]:
    row = await session.get(CalendarYear, year)
    days = (
        await session.execute(
            select(CalendarDay)
            .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
            .order_by(CalendarDay.day)
        )
    ).scalars().all()
    return {
        "year": year,
        "official": bool(row and row.official),
        "provisional": not (row and row.official),
        "source_notice": row.source_notice if row else None,
        "version": row.version if row else None,
        "updated_at": row.updated_at if row else None,
        "days": [{"date": d.day, "is_workday": d.is_workday, "name": d.name} for d in days],
    }


def _invalid(reason_zh: str, reason_en: str) -> Problem:
    return Problem(422, "calendar_day_invalid", params={"reason": reason_zh, "reason_en": reason_en})


async def replace_year(session: AsyncSession, *, principal: Principal, year: int, data: CalendarYearIn) -> dict[str, Any]:
    if not 2000 <= year <= 2100:
        raise _invalid("年份应在 2000 至 2100 之间。", "The year must be between 2000 and 2100.")
    for d in data.days:
        if d.date.year != year:
            raise _invalid(f"{d.date} 不在 {year} 年内。", f"{d.date} is not in {year}.")
        if d.is_workday and d.date.weekday() < 5:
            raise _invalid(
                f"{d.date}（星期{WEEKDAY_ZH[d.date.weekday()]}）本来就是工作日，调休上班日应为周六或周日。",
                f"{d.date} is a weekday already; swapped working days fall on weekends.",
            )
    current = await session.get(CalendarYear, year, with_for_update=True)
    if current is not None and data.version != current.version:
        raise Problem(409, "version_conflict", params={"current": current.version})
    before = await get_year(session, year) if current is not None else None
    version = (current.version + 1) if current is not None else 1
    payload = calendar_year_payload(
        year, data.official, data.source_notice, version, [(d.date, d.is_workday, d.name) for d in data.days]
    )
    await replace_calendar_year(session, CalendarYear, CalendarDay, payload)
    kernel.emit(session, CALENDAR_EVENT, year, payload)
    kernel.audit(
        session, action="calendar.year_replaced", entity_type="calendar_year", entity_id=year,
        before=before, after=payload,
    )
    calendar_cache.invalidate()
    await recompute_due_dates(session)
    return payload


async def recompute_due_dates(session: AsyncSession) -> int:
    """The calendar changed: every open case's due date is recomputed from its history, in this transaction."""
    from services.applications.cases.service import recompute_open_cases

    cal = await load_work_calendar(session, CalendarYear, CalendarDay)
    return await recompute_open_cases(session, cal)


async def work_calendar(session: AsyncSession) -> WorkCalendar:
    return await calendar_cache.get(session)


async def names_between(session: AsyncSession, start: date, end: date) -> dict[date, str]:
    rows = (await session.execute(select(CalendarDay.day, CalendarDay.name).where(CalendarDay.day > start, CalendarDay.day <= end))).all()
    return {d: n for d, n in rows if n}


async def compute_due(session: AsyncSession, *, start: date, working_days: int) -> dict[str, Any]:
    cal = await work_calendar(session)
    due = cal.add_working_days(start, working_days)
    names = await names_between(session, start, due.date)
    skipped = []
    d = start
    while d < due.date:
        d += timedelta(days=1)
        if not cal.is_workday(d):
            skipped.append({"date": d, "reason": names.get(d) or f"星期{WEEKDAY_ZH[d.weekday()]}"})
    years = sorted({y for y in range(start.year, due.date.year + 1) if y not in cal.official_years})
    return {
        "start": start,
        "working_days": working_days,
        "due": due.date,
        "provisional": due.provisional,
        "provisional_years": years,
        "skipped": skipped,
    }


async def count_between(session: AsyncSession, *, start: date, end: date) -> dict[str, Any]:
    cal = await work_calendar(session)
    return {
        "start": start,
        "end": end,
        "working_days": cal.working_days_between(start, end),
        "provisional": cal.any_provisional(start, end),
    }
