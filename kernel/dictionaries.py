"""Enumerations with stable English codes and Chinese/English labels, served by a dictionary endpoint so the
console, exports and statistics share one code list."""
from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from fastapi import APIRouter, Depends

from kernel.errors import not_found, register_entities


class LabelledEnum(str, Enum):
    """A str Enum whose members carry labels: ``member = ("code", "中文", "English")``."""

    label_zh: str
    label_en: str

    def __new__(cls, code: str, zh: str, en: str) -> "LabelledEnum":
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label_zh = zh
        obj.label_en = en
        return obj


def enum_items(enum: type[LabelledEnum]) -> list[dict[str, str]]:
    return [{"code": m.value, "label": m.label_zh, "label_en": m.label_en} for m in enum]


def dictionary_router(dictionaries: Mapping[str, type[LabelledEnum] | list[dict[str, Any]]]) -> APIRouter:
    """``GET /dictionaries`` (all) and ``GET /dictionaries/{name}``; public, since labels are not secret."""
    from kernel.auth import public
    from kernel.service import make_router

    register_entities({"dictionary": ("字典", "dictionary")})
    router = make_router(tags=["dictionaries"])
    materialised = {
        name: (enum_items(value) if isinstance(value, type) else list(value)) for name, value in dictionaries.items()
    }

    @router.get("/dictionaries", summary="全部字典（枚举值与中英文名称）")
    async def all_dictionaries(_: Any = Depends(public())) -> dict[str, list[dict[str, Any]]]:
        return materialised

    @router.get("/dictionaries/{name}", summary="单个字典")
    async def one_dictionary(name: str, _: Any = Depends(public())) -> list[dict[str, Any]]:
        if name not in materialised:
            raise not_found("dictionary")
        return materialised[name]

    return router
