"""Section 二 figures with no source in the platform: staff enter them, another platform pushes them
(``Idempotency-Key`` makes a retried push harmless)."""
from __future__ import annotations

from typing import Any

from fastapi import Depends, Path, Request
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.service import make_router
from services.statistics.db import kernel
from services.statistics.figures import service
from services.statistics.figures.schemas import FiguresIn, FiguresOut

router = make_router("/figures", tags=["figures"])
YEAR = Path(..., ge=2019, le=2100, description="报告年度")


@router.get("/{agency_id}/{year}", response_model=FiguresOut, summary="某机关某年度的填报数据（行政许可、处罚、强制、收费等）")
async def get_figures(
    agency_id: int,
    year: int = YEAR,
    principal: Principal = Depends(require("statistics.report:read", "statistics.figures:write")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.get_figures(session, principal=principal, agency_id=agency_id, year=year)


@router.put("/{agency_id}/{year}", response_model=FiguresOut,
            summary="填报或推送某机关某年度的数据（支持 Idempotency-Key）")
async def put_figures(
    request: Request,
    data: FiguresIn,
    agency_id: int,
    year: int = YEAR,
    principal: Principal = Depends(require("statistics.figures:write")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    claim = await kernel.idempotent(session, request, principal.sub, data.model_dump(mode="json"))
    if claim.replay is not None:
        return claim.replay
    out = await service.put_figures(session, principal=principal, agency_id=agency_id, year=year, data=data)
    body = FiguresOut.model_validate(out).model_dump(mode="json")
    await claim.remember(session, 200, body)
    await session.commit()
    return body
