from __future__ import annotations

import re
import uuid
from datetime import date, datetime

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from typing import Annotated

from kernel.types import Email, Line, Mobile

_USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{2,63}$")


def _username(value: str) -> str:
    if not _USERNAME_RE.match(value):
        raise ValueError(
            "用户名须以字母开头，3–64 位，只能包含字母、数字、下划线、点和连字符|"
            "username: 3–64 characters, starting with a letter; letters, digits, _ . - only"
        )
    return value.lower()


def _password(value: str) -> str:
    if len(value) < 8 or len(value) > 128:
        raise ValueError("密码长度应为 8–128 位|password must be 8–128 characters")
    classes = sum(
        bool(re.search(p, value)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]")
    )
    if classes < 3:
        raise ValueError(
            "密码须包含大写字母、小写字母、数字、符号中的至少三类|"
            "password needs at least three of: upper case, lower case, digits, symbols"
        )
    return value


Username = Annotated[str, AfterValidator(_username)]
Password = Annotated[str, AfterValidator(_password)]
RoleCode = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
ScopeName = Annotated[str, Field(pattern=r"^(own|subtree|all|none)$")]


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    refresh_token: str | None = None
    scope: str = ""


class RevokeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: str = Field(..., min_length=10, max_length=200)


class MeOut(BaseModel):
    id: str
    kind: str
    username: str
    display_name: str
    roles: list[str]
    permissions: list[str]
    data_scope: str
    agency_id: int | None
    agency_path: str | None
    agency_name: str | None
    phone_masked: str | None = None


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    old_password: str = Field(..., min_length=1, max_length=128)
    new_password: Password


class CitizenRegister(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password
    display_name: Line(100, 2)
    phone: Mobile
    email: Email | None = None


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    password: Password
    display_name: Line(100, 2)
    agency_id: int = Field(..., ge=1, description="所属机关")
    roles: list[RoleCode] = Field(..., min_length=1, max_length=10)
    email: Email | None = None
    phone: Mobile | None = None


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    display_name: Line(100, 2) | None = None
    agency_id: int | None = Field(None, ge=1)
    roles: list[RoleCode] | None = Field(None, min_length=1, max_length=10)
    email: Email | None = None
    phone: Mobile | None = None
    is_active: bool | None = None


class PasswordReset(BaseModel):
    model_config = ConfigDict(extra="forbid")

    new_password: Password


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    display_name: str
    kind: str
    agency_id: int | None
    agency_name: str | None
    roles: list[str]
    email: str | None
    phone_masked: str | None
    is_active: bool
    locked: bool
    failed_logins: int
    last_login_at: datetime | None
    version: int
    created_at: datetime


class RoleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: RoleCode
    name: Line(60, 2)
    name_en: Line(80) | None = None
    description: Line(300) | None = None
    permissions: list[str] = Field(..., max_length=200)
    data_scope: ScopeName


class RoleUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line(60, 2) | None = None
    name_en: Line(80) | None = None
    description: Line(300) | None = None
    permissions: list[str] | None = Field(None, max_length=200)
    data_scope: ScopeName | None = None


class RoleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name: str
    name_en: str | None
    description: str | None
    permissions: list[str]
    data_scope: str
    kind: str
    is_system: bool


class PermissionOut(BaseModel):
    code: str
    label: str
    label_en: str


class ClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line(100, 2)
    description: Line(500) | None = None
    agency_id: int | None = Field(None, ge=1, description="对接平台所属机关（决定数据范围）")
    roles: list[RoleCode] = Field(..., min_length=1, max_length=10)


class ClientUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(..., ge=1)
    name: Line(100, 2) | None = None
    description: Line(500) | None = None
    roles: list[RoleCode] | None = Field(None, min_length=1, max_length=10)
    is_active: bool | None = None


class ClientOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    client_id: str
    name: str
    description: str | None
    agency_id: int | None
    roles: list[str]
    is_active: bool
    last_used_at: datetime | None
    secret_rotated_at: datetime | None
    version: int
    created_at: datetime


class ClientWithSecret(ClientOut):
    client_secret: str = Field(..., description="仅在创建或重置时返回一次，请妥善保存")


class PlatformTime(BaseModel):
    now: datetime = Field(description="当前时刻（ISO 8601，UTC）")
    today: date = Field(description="平台时区的今天（法定日期以此为准）")
    timezone: str = Field(description="法定日期所用时区，如 Asia/Shanghai")
