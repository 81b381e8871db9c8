"""Request-scoped helpers of the applications service: its file store, the personal-data cipher, today's date."""
from __future__ import annotations

from datetime import date

from fastapi import Request

from kernel.crypto import FieldCipher
from kernel.storage import FileStore


def store(request: Request) -> FileStore:
    return request.app.state.store


def cipher(request: Request) -> FieldCipher:
    return request.app.state.cipher


def today(request: Request) -> date:
    """Statutory dates are local dates (Asia/Shanghai by default)."""
    return request.app.state.settings.today()


def client_ip(request: Request) -> str:
    from kernel.request_context import client_ip_var

    return client_ip_var.get() or (request.client.host if request.client else "unknown")
