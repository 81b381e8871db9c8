"""Letter templates: each agency words the editable parts of its letters; the legal paragraphs are locked."""
from typing import Any

from fastapi import Depends, Query
from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy.ext.asyncio import AsyncSession

from kernel.auth import Principal, require
from kernel.db import get_session
from kernel.errors import field_error
from kernel.service import make_router
from services.applications.cases.service import agency_path
from services.applications.dictionaries import LetterKind
from services.applications.letters import content, service
from services.applications.reference.models import Agency

router = make_router("/letter-templates", tags=["letters"])


class TemplateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_id: int | None = Field(None, ge=1, description="默认为本人所在机关")
    version: int | None = Field(None, ge=0, description="当前版本号（首次保存为 0 或不填）")
    parts: dict[str, str | None] = Field(..., description="可编辑部分：header, review_body, closing, contact, signature")

    @field_validator("parts")
    @classmethod
    def _editable_only(cls, parts: dict[str, str | None]) -> dict[str, str | None]:
        for name, text in parts.items():
            if name not in content.PARTS:
                raise ValueError(f"“{name}”不是可编辑部分；法定条文段落已锁定，不能修改|"
                                 f"'{name}' is not editable; the legal paragraphs are locked")
            if text is not None:
                if len(text) > 500 or "\x00" in text:
                    raise ValueError(f"{name} 过长|{name} is too long")
                content.check_part(name, text)
        return parts


async def _agency(session: AsyncSession, principal: Principal, agency_id: int | None, *, write: bool) -> int:
    agency_id = agency_id or principal.agency_id
    if agency_id is None or await session.get(Agency, agency_id) is None:
        raise field_error("agency_id", "请指定机关。", "Name the agency.")
    principal.ensure_access(agency_id, await agency_path(session, agency_id), hide=not write)
    return agency_id


@router.get("/{kind}", summary="文书模板（锁定的法定段落与本机关可编辑部分）")
async def get_template(
    kind: LetterKind,
    agency_id: int | None = Query(None, ge=1),
    principal: Principal = Depends(require("applications.case:read")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency_id = await _agency(session, principal, agency_id, write=False)
    parts, version = await service.template_parts(session, agency_id, kind.value)
    return service.template_view(kind.value, parts, version, agency_id)


@router.put("/{kind}", summary="修改本机关文书模板的可编辑部分")
async def put_template(
    kind: LetterKind,
    data: TemplateIn,
    principal: Principal = Depends(require("applications.template:write")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency_id = await _agency(session, principal, data.agency_id, write=True)
    out = await service.put_template(session, principal=principal, agency_id=agency_id, kind=kind.value,
                                     parts=data.parts, version=data.version)
    await session.commit()
    return out
