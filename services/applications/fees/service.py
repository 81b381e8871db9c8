"""Information-processing fees (Art. 42; 国办函〔2020〕109号《政府信息公开信息处理费管理办法》).

Free by default. Per applicant per calendar month, one method per application:

* per application (按件计收): the 1st–10th application of the month are free, the 11th–30th cost 100 yuan each,
  and from the 31st every further band of 10 costs 100 yuan more per application (31–40: 200, 41–50: 300 …);
* per page (按量计收), by parts: pages 1–30 free, 31–100 at 10 yuan, 101–200 at 20 yuan, from 201 at 40 yuan.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.applications.cases.models import Case

PAGE_BANDS = ((30, Decimal(0)), (100, Decimal(10)), (200, Decimal(20)), (None, Decimal(40)))


def per_application_fee(rank: int) -> Decimal:
    """The fee for the applicant's ``rank``-th application of the calendar month."""
    if rank < 1:
        raise ValueError("rank starts at 1")
    if rank <= 10:
        return Decimal(0)
    if rank <= 30:
        return Decimal(100)
    return Decimal(100) * (2 + (rank - 31) // 10)


def per_page_fee(pages: int) -> Decimal:
    if pages < 0:
        raise ValueError("pages must not be negative")
    total = Decimal(0)
    lower = 0
    for upper, price in PAGE_BANDS:
        top = pages if upper is None else min(pages, upper)
        if top > lower:
            total += (top - lower) * price
        if upper is None or pages <= upper:
            break
        lower = upper
    return total


def describe(method: str, *, rank: int | None = None, pages: int | None = None) -> str:
    if method == "per_application":
        return f"本月第 {rank} 件申请（每月 10 件以内免费，11–30 件每件 100 元，31 件起每增加 10 件每件加收 100 元）"
    return f"共 {pages} 页（30 页以内免费，31–100 页每页 10 元，101–200 页每页 20 元，200 页以上每页 40 元，分段累计）"


async def monthly_rank(session: AsyncSession, case: Case) -> int:
    """Which application of the calendar month this is for its applicant (by date of receipt, then number)."""
    start = date(case.received_on.year, case.received_on.month, 1)
    earlier = await session.execute(
        select(func.count(func.distinct(Case.application_id))).where(
            Case.applicant_key == case.applicant_key,
            Case.received_on >= start,
            or_(Case.received_on < case.received_on,
                and_(Case.received_on == case.received_on, Case.number < case.number)),
            Case.application_id != case.application_id,
        )
    )
    return int(earlier.scalar_one()) + 1


def amount(method: str, *, rank: int, pages: int | None) -> Decimal:
    if method == "per_application":
        return per_application_fee(rank)
    return per_page_fee(pages or 0)


