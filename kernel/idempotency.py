"""``Idempotency-Key`` for writes a citizen or another platform may retry.

The first request with a key does its work and stores its response in the same transaction; a retry with the
same key (and the same request) gets the stored response; the same key with a different request is a 422.
Concurrent retries wait on the key's row, so the work happens once.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import DateTime, Integer, String, func, select
from sqlalchemy.dialects.postgresql import JSONB, insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from kernel.errors import Problem, register_messages

register_messages(
    {
        "idempotency_key_reused": {
            "zh": ("幂等键重复使用", "该 Idempotency-Key 已用于内容不同的请求，请为新的请求使用新的键。"),
            "en": ("Idempotency key reused", "This Idempotency-Key was used for a different request; use a new key."),
        },
        "idempotency_key_invalid": {
            "zh": ("幂等键无效", "Idempotency-Key 应为 8 至 100 个字母、数字或 -_.: 字符。"),
            "en": ("Invalid idempotency key", "Idempotency-Key must be 8–100 letters, digits or -_.: characters."),
        },
    }
)


class IdempotencyMixin:
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    owner: Mapped[str] = mapped_column(String(120), primary_key=True)  # caller (or "anonymous:<ip>")
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    status: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[Any | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


def _valid(key: str) -> bool:
    return 8 <= len(key) <= 100 and all(c.isalnum() or c in "-_.:" for c in key)


def fingerprint(request: Request, payload: Any) -> str:
    raw = json.dumps({"m": request.method, "p": request.url.path, "b": payload}, sort_keys=True, default=str)
    return hashlib.sha256(raw.encode()).hexdigest()


class Idempotent:
    """Use inside a write handler:

    ``claim = await Idempotent.claim(session, model, request, owner, payload)``; if ``claim.replay`` return it;
    otherwise do the work, then ``await claim.remember(session, status, body)`` before committing.
    """

    def __init__(self, model: type, key: str | None, owner: str, replay: JSONResponse | None) -> None:
        self.model = model
        self.key = key
        self.owner = owner
        self.replay = replay

    @classmethod
    async def claim(cls, session: AsyncSession, model: type, request: Request, owner: str, payload: Any) -> "Idempotent":
        key = request.headers.get("idempotency-key")
        if key is None:
            return cls(model, None, owner, None)
        if not _valid(key):
            raise Problem(400, "idempotency_key_invalid")
        fp = fingerprint(request, payload)
        inserted = (
            await session.execute(
                insert(model).values(key=key, owner=owner, fingerprint=fp).on_conflict_do_nothing().returning(model.key)
            )
        ).first()
        if inserted is not None:
            return cls(model, key, owner, None)
        row = (
            await session.execute(select(model).where(model.key == key, model.owner == owner).with_for_update())
        ).scalar_one()
        if row.fingerprint != fp:
            raise Problem(422, "idempotency_key_reused")
        if row.status is None:  # the first attempt failed and rolled back its work; this one does it
            return cls(model, key, owner, None)
        replay = JSONResponse(row.body, status_code=row.status, headers={"Idempotent-Replayed": "true"})
        return cls(model, key, owner, replay)

    async def remember(self, session: AsyncSession, status: int, body: Any) -> None:
        if self.key is None:
            return
        row = (await session.execute(
            select(self.model).where(self.model.key == self.key, self.model.owner == self.owner)
        )).scalar_one()
        row.status = status
        row.body = body
