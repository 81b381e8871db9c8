"""Identity behaviour: passwords, lockout, tokens and their rotation, users, roles and API clients."""
from __future__ import annotations

import asyncio
import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from jose import jwt
from sqlalchemy import any_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.config import GatewaySettings
from gateway.db import kernel
from gateway.identity.models import ApiClient, RefreshToken, Role, User
from kernel.permissions import BUILTIN_ROLES, PERMISSIONS, is_known
from gateway.identity.schemas import (
    CitizenRegister,
    ClientCreate,
    ClientUpdate,
    RoleIn,
    RoleUpdate,
    UserCreate,
    UserUpdate,
)
from gateway.keys import SigningKey
from gateway.reference.models import Agency
from kernel.auth import ALGORITHMS, SCOPE_RANK, Principal, best_scope
from kernel.crypto import FieldCipher, mask_phone
from kernel.errors import Problem, field_error, not_found, register_entities, register_messages
from kernel.pagination import PageParams, paginate

register_entities(
    {"user": ("用户", "user"), "role": ("角色", "role"), "client": ("对接平台", "API client")}
)
register_messages(
    {
        "invalid_grant": {
            "zh": ("登录失败", "用户名或密码不正确。"),
            "en": ("Login failed", "Wrong username or password."),
        },
        "account_locked": {
            "zh": ("账号已锁定", "连续登录失败次数过多，账号已锁定，请在 {minutes} 分钟后重试或联系管理员解锁。"),
            "en": ("Account locked", "Too many failed logins; try again in {minutes} minutes or ask an administrator."),
        },
        "account_disabled": {
            "zh": ("账号已停用", "该账号已停用，请联系管理员。"),
            "en": ("Account disabled", "This account is disabled; contact an administrator."),
        },
        "invalid_refresh_token": {
            "zh": ("登录已失效", "刷新令牌无效、已过期或已被使用，请重新登录。"),
            "en": ("Session expired", "The refresh token is invalid, expired or already used; log in again."),
        },
        "invalid_client": {
            "zh": ("客户端认证失败", "client_id 或 client_secret 不正确，或客户端已停用。"),
            "en": ("Client authentication failed", "Wrong client_id or client_secret, or the client is disabled."),
        },
        "unsupported_grant_type": {
            "zh": ("不支持的授权方式", "grant_type 应为 password、client_credentials 或 refresh_token。"),
            "en": ("Unsupported grant type", "grant_type must be password, client_credentials or refresh_token."),
        },
        "role_in_use": {
            "zh": ("角色正在使用", "仍有 {count} 个用户或客户端使用该角色，不能删除。"),
            "en": ("Role in use", "{count} users or clients still hold this role."),
        },
        "role_not_grantable": {
            "zh": ("不能授予该角色", "角色 {role} 的权限或数据范围超出了您本人的权限。"),
            "en": ("Role not grantable", "Role {role} exceeds your own permissions or data scope."),
        },
        "system_role": {
            "zh": ("内置角色不可修改", "内置角色由系统维护，请新建自定义角色。"),
            "en": ("Built-in role", "Built-in roles are maintained by the platform; create a custom role."),
        },
    }
)

hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile
_DUMMY_HASH = hasher.hash(secrets.token_urlsafe(16))


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    def _verify() -> bool:
        try:
            return hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(_verify)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _grant_error(code: str, status: int = 400, oauth_error: str = "invalid_grant", **params: Any) -> Problem:
    headers = {"Cache-Control": "no-store"}
    if "retry_after" in params:
        headers["Retry-After"] = str(params.pop("retry_after"))
    return Problem(status, code, params=params, headers=headers, extra={"error": oauth_error})


# --- tokens ------------------------------------------------------------------------------------------------


@dataclass
class Identity:
    """What a token is issued for."""

    subject: str
    kind: str
    username: str
    name: str
    roles: list[str]
    agency_id: int | None


class TokenIssuer:
    def __init__(self, settings: GatewaySettings, key: SigningKey) -> None:
        self.settings = settings
        self.key = key

    async def claims_for(self, session: AsyncSession, ident: Identity) -> dict[str, Any]:
        roles = (await session.execute(select(Role).where(Role.code.in_(ident.roles)))).scalars().all() if ident.roles else []
        perms: set[str] = set()
        for role in roles:
            perms.update(role.permissions)
        agency = await session.get(Agency, ident.agency_id) if ident.agency_id is not None else None
        now = int(time.time())
        return {
            "iss": self.settings.jwt_issuer,
            "aud": self.settings.jwt_audience,
            "sub": ident.subject,
            "iat": now,
            "nbf": now,
            "exp": now + self.settings.access_token_ttl,
            "jti": uuid.uuid4().hex,
            "typ": "access",
            "kind": ident.kind,
            "username": ident.username,
            "name": ident.name,
            "roles": sorted(r.code for r in roles),
            "perms": sorted(perms),
            "scope": best_scope(r.data_scope for r in roles),
            "agency_id": ident.agency_id,
            "agency_path": agency.path if agency is not None else None,
        }

    def sign(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.key.private_pem, algorithm=ALGORITHMS[0], headers={"kid": self.key.kid})

    async def access_token(self, session: AsyncSession, ident: Identity) -> tuple[str, dict[str, Any]]:
        claims = await self.claims_for(session, ident)
        return self.sign(claims), claims

    async def new_refresh_token(
        self, session: AsyncSession, user: User, *, family_id: uuid.UUID | None = None,
        family_expires_at: datetime | None = None, ip: str | None = None, user_agent: str | None = None,
    ) -> str:
        token = secrets.token_urlsafe(32)
        now = _now()
        family_expires_at = family_expires_at or now + timedelta(seconds=self.settings.refresh_family_ttl)
        session.add(
            RefreshToken(
                family_id=family_id or uuid.uuid4(),
                user_id=user.id,
                token_hash=_token_hash(token),
                expires_at=min(now + timedelta(seconds=self.settings.refresh_token_ttl), family_expires_at),
                family_expires_at=family_expires_at,
                ip=ip,
                user_agent=(user_agent or "")[:300] or None,
            )
        )
        return token


def user_identity(user: User) -> Identity:
    return Identity(str(user.id), user.kind, user.username, user.display_name, list(user.roles), user.agency_id)


def client_identity(client: ApiClient) -> Identity:
    return Identity(f"client:{client.client_id}", "client", client.client_id, client.name, list(client.roles), client.agency_id)


# --- login -------------------------------------------------------------------------------------------------


async def authenticate_password(session: AsyncSession, settings: GatewaySettings, username: str, password: str) -> User:
    """Check a password with lockout. Unknown users cost the same time as known ones."""
    user = (
        await session.execute(select(User).where(func.lower(User.username) == username.strip().lower()).with_for_update())
    ).scalar_one_or_none()
    if user is None:
        await verify_password(_DUMMY_HASH, password)
        raise _grant_error("invalid_grant")
    now = _now()
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise _grant_error("account_locked", minutes=minutes, retry_after=int((user.locked_until - now).total_seconds()) + 1)
    ok = await verify_password(user.password_hash, password)
    if not ok:
        user.failed_logins += 1
        locked = user.failed_logins >= settings.lockout_threshold
        if locked:
            user.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            user.failed_logins = 0
        kernel.audit(
            session, action="auth.login_failed" if not locked else "auth.locked", entity_type="user",
            entity_id=user.id, agency_id=user.agency_id, actor=_system_actor(user),
        )
        await session.commit()
        if locked:
            raise _grant_error(
                "account_locked", minutes=settings.lockout_minutes, retry_after=settings.lockout_minutes * 60
            )
        raise _grant_error("invalid_grant")
    if not user.is_active:
        raise _grant_error("account_disabled")
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = await hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    return user


def _system_actor(user: User) -> Principal:
    return Principal(sub=str(user.id), kind=user.kind, username=user.username, name=user.display_name)  # type: ignore[arg-type]


async def authenticate_client(session: AsyncSession, settings: GatewaySettings, client_id: str, secret: str) -> ApiClient:
    client = (
        await session.execute(select(ApiClient).where(ApiClient.client_id == client_id).with_for_update())
    ).scalar_one_or_none()
    if client is None:
        await verify_password(_DUMMY_HASH, secret)
        raise _grant_error("invalid_client", status=401, oauth_error="invalid_client")
    now = _now()
    if client.locked_until is not None and client.locked_until > now:
        raise _grant_error("invalid_client", status=401, oauth_error="invalid_client")
    if not await verify_password(client.secret_hash, secret) or not client.is_active:
        client.failed_auths += 1
        if client.failed_auths >= settings.lockout_threshold * 2:
            client.locked_until = now + timedelta(minutes=settings.lockout_minutes)
            client.failed_auths = 0
        await session.commit()
        raise _grant_error("invalid_client", status=401, oauth_error="invalid_client")
    client.failed_auths = 0
    client.last_used_at = now
    return client


async def rotate_refresh_token(session: AsyncSession, issuer: TokenIssuer, token: str, *, ip: str | None,
                               user_agent: str | None) -> tuple[User, str]:
    row = (
        await session.execute(select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token)).with_for_update())
    ).scalar_one_or_none()
    now = _now()
    if row is None:
        raise _grant_error("invalid_refresh_token")
    if row.used_at is not None or row.revoked_at is not None:
        if row.used_at is not None and row.revoked_at is None:
            # A rotated token came back: someone holds a copy. End the whole login.
            await revoke_family(session, row.family_id, reason="reuse_detected")
            kernel.audit(session, action="auth.refresh_reuse", entity_type="user", entity_id=row.user_id,
                         actor=Principal(sub=str(row.user_id), kind="staff"))
            await session.commit()
        raise _grant_error("invalid_refresh_token")
    if row.expires_at <= now or row.family_expires_at <= now:
        raise _grant_error("invalid_refresh_token")
    user = await session.get(User, row.user_id)
    if user is None or not user.is_active:
        raise _grant_error("account_disabled")
    row.used_at = now
    new_token = await issuer.new_refresh_token(
        session, user, family_id=row.family_id, family_expires_at=row.family_expires_at, ip=ip, user_agent=user_agent
    )
    return user, new_token


async def revoke_family(session: AsyncSession, family_id: uuid.UUID, *, reason: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=_now(), revoked_reason=reason)
    )


async def revoke_refresh_token(session: AsyncSession, token: str, *, user_id: uuid.UUID | None = None) -> bool:
    row = (await session.execute(select(RefreshToken).where(RefreshToken.token_hash == _token_hash(token)))).scalar_one_or_none()
    if row is None or (user_id is not None and row.user_id != user_id):
        return False
    await revoke_family(session, row.family_id, reason="logout")
    return True


async def revoke_user_tokens(session: AsyncSession, user_id: uuid.UUID, reason: str) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=_now(), revoked_reason=reason)
    )


# --- bootstrap ---------------------------------------------------------------------------------------------


async def sync_builtin_roles(session: AsyncSession) -> None:
    for r in BUILTIN_ROLES:
        role = await session.get(Role, r.code)
        if role is None:
            session.add(
                Role(code=r.code, name=r.name, name_en=r.name_en, description=r.description,
                     permissions=list(r.permissions), data_scope=r.data_scope, kind=r.kind, is_system=True)
            )
        elif (role.permissions, role.data_scope, role.name, role.kind) != (list(r.permissions), r.data_scope, r.name, r.kind):
            role.permissions = list(r.permissions)
            role.data_scope = r.data_scope
            role.name, role.name_en, role.description, role.kind = r.name, r.name_en, r.description, r.kind
            role.is_system = True


async def admin_exists(session: AsyncSession) -> bool:
    return (await session.execute(select(User.id).where(func.lower(User.username) == "admin"))).first() is not None


async def ensure_admin(session: AsyncSession, password: str) -> bool:
    if await admin_exists(session):
        return False
    session.add(
        User(
            username="admin", display_name="系统管理员", kind="staff", password_hash=await hash_password(password),
            roles=["admin"], password_changed_at=_now(),
        )
    )
    return True


# --- users -------------------------------------------------------------------------------------------------


async def agency_of(session: AsyncSession, agency_id: int | None) -> Agency | None:
    return await session.get(Agency, agency_id) if agency_id is not None else None


async def _require_agency(session: AsyncSession, agency_id: int, principal: Principal) -> Agency:
    agency = await agency_of(session, agency_id)
    if agency is None or not agency.is_active:
        raise field_error("agency_id", "机关不存在、已停用或尚未同步", "unknown or inactive agency", code="unknown_agency")
    if not principal.can_access(agency.id, agency.path):
        raise Problem(403, "out_of_scope")
    return agency


async def _check_roles_grantable(session: AsyncSession, principal: Principal, codes: list[str], kind: str) -> None:
    roles = {r.code: r for r in (await session.execute(select(Role).where(Role.code.in_(codes)))).scalars().all()}
    for i, code in enumerate(codes):
        role = roles.get(code)
        if role is None:
            raise field_error(f"roles.{i}", f"角色 {code} 不存在", f"unknown role {code}", code="unknown_role")
        if role.kind != kind:
            raise field_error(f"roles.{i}", f"角色 {code} 不适用于此类账号", f"role {code} is not for this kind of account",
                              code="role_kind")
        if "*" in principal.permissions:
            continue
        covered = all(principal.has(p) for p in role.permissions)
        if not covered or SCOPE_RANK.get(role.data_scope, 0) > SCOPE_RANK[principal.scope]:
            raise Problem(403, "role_not_grantable", params={"role": code})


def user_scope_condition(principal: Principal) -> Any:
    """Users an administrator may see: by the agency they belong to, within the caller's scope. Only global
    administrators see citizens and users without an agency."""
    if principal.scope == "all":
        return None
    return principal.scope_condition(User.agency_id, Agency)


async def get_user_scoped(session: AsyncSession, principal: Principal, user_id: uuid.UUID, *, for_update: bool = False) -> User:
    stmt = select(User).where(User.id == user_id)
    cond = user_scope_condition(principal)
    if cond is not None:
        stmt = stmt.where(cond)
    if for_update:
        stmt = stmt.with_for_update()
    user = (await session.execute(stmt)).scalar_one_or_none()
    if user is None:
        raise not_found("user")
    return user


def user_snapshot(user: User) -> dict[str, Any]:
    return {
        "id": str(user.id), "username": user.username, "display_name": user.display_name, "kind": user.kind,
        "agency_id": user.agency_id, "roles": list(user.roles), "email": user.email, "is_active": user.is_active,
        "version": user.version,
    }


async def user_out(session: AsyncSession, cipher: FieldCipher, user: User, agencies: dict[int, str] | None = None) -> dict[str, Any]:
    if agencies is None:
        agency = await agency_of(session, user.agency_id)
        agency_name = agency.name if agency else None
    else:
        agency_name = agencies.get(user.agency_id) if user.agency_id else None
    phone = cipher.decrypt(user.phone_enc, context="user.phone") if user.phone_enc else None
    return {
        **user_snapshot(user),
        "id": user.id,
        "agency_name": agency_name,
        "phone_masked": mask_phone(phone),
        "locked": bool(user.locked_until and user.locked_until > _now()),
        "failed_logins": user.failed_logins,
        "last_login_at": user.last_login_at,
        "created_at": user.created_at,
    }


async def list_users(session: AsyncSession, cipher: FieldCipher, *, principal: Principal, params: PageParams,
                     q: str | None, kind: str | None, agency_id: int | None, role: str | None,
                     active: bool | None) -> dict[str, Any]:
    stmt = select(User).order_by(User.created_at.desc(), User.id)
    cond = user_scope_condition(principal)
    if cond is not None:
        stmt = stmt.where(cond)
    if q:
        stmt = stmt.where(or_(User.username.ilike(f"%{q}%"), User.display_name.ilike(f"%{q}%")))
    if kind:
        stmt = stmt.where(User.kind == kind)
    if agency_id is not None:
        stmt = stmt.where(User.agency_id == agency_id)
    if role:
        stmt = stmt.where(role == any_(User.roles))
    if active is not None:
        stmt = stmt.where(User.is_active.is_(active))
    page = await paginate(session, stmt, params)
    ids = {u.agency_id for u in page["items"] if u.agency_id}
    names = dict((await session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids)))).all()) if ids else {}
    page["items"] = [await user_out(session, cipher, u, names) for u in page["items"]]
    return page


async def _username_free(session: AsyncSession, username: str) -> None:
    if (await session.execute(select(User.id).where(func.lower(User.username) == username.lower()))).first():
        raise field_error("username", "用户名已被使用", "username is taken", code="duplicate", status=409)


async def create_user(session: AsyncSession, cipher: FieldCipher, *, principal: Principal, data: UserCreate) -> User:
    await _require_agency(session, data.agency_id, principal)
    await _check_roles_grantable(session, principal, data.roles, "staff")
    await _username_free(session, data.username)
    user = User(
        username=data.username, display_name=data.display_name, kind="staff",
        password_hash=await hash_password(data.password), agency_id=data.agency_id, roles=sorted(set(data.roles)),
        email=data.email, phone_enc=cipher.encrypt(data.phone, context="user.phone"),
        phone_bidx=cipher.blind_index(data.phone), password_changed_at=_now(),
    )
    session.add(user)
    await _flush_user(session)
    kernel.audit(session, action="user.created", entity_type="user", entity_id=user.id, after=user_snapshot(user),
                 agency_id=user.agency_id)
    return user


async def _flush_user(session: AsyncSession) -> None:
    try:
        await session.flush()
    except IntegrityError as exc:
        await session.rollback()
        field = "phone" if "phone_bidx" in str(exc.orig) else "username"
        raise field_error(field, "已被其他账号使用", "already used by another account", code="duplicate", status=409) from exc


async def register_citizen(session: AsyncSession, cipher: FieldCipher, data: CitizenRegister) -> User:
    await _username_free(session, data.username)
    bidx = cipher.blind_index(data.phone)
    if (await session.execute(select(User.id).where(User.kind == "citizen", User.phone_bidx == bidx))).first():
        raise field_error("phone", "该手机号已注册", "this phone number is already registered", code="duplicate", status=409)
    user = User(
        username=data.username, display_name=data.display_name, kind="citizen",
        password_hash=await hash_password(data.password), roles=["citizen"], email=data.email,
        phone_enc=cipher.encrypt(data.phone, context="user.phone"), phone_bidx=bidx, password_changed_at=_now(),
    )
    session.add(user)
    await _flush_user(session)
    kernel.audit(session, action="user.registered", entity_type="user", entity_id=user.id, after=user_snapshot(user),
                 actor=Principal(sub=str(user.id), kind="citizen", username=user.username))
    return user


async def update_user(session: AsyncSession, cipher: FieldCipher, *, principal: Principal, user_id: uuid.UUID,
                      data: UserUpdate) -> User:
    user = await get_user_scoped(session, principal, user_id, for_update=True)
    if user.version != data.version:
        raise Problem(409, "version_conflict", params={"current": user.version})
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    for required in ("display_name", "roles", "is_active"):
        if required in changes and changes[required] is None:
            raise field_error(required, "此项不能为空", "must not be empty", code="missing")
    before = user_snapshot(user)
    if "agency_id" in changes and changes["agency_id"] != user.agency_id:
        if user.kind != "staff" or changes["agency_id"] is None:
            raise field_error("agency_id", "只有工作人员账号属于机关", "only staff accounts belong to agencies")
        await _require_agency(session, changes["agency_id"], principal)
        user.agency_id = changes["agency_id"]
    if "roles" in changes and sorted(set(changes["roles"])) != sorted(user.roles):
        await _check_roles_grantable(session, principal, changes["roles"], user.kind)
        # removing roles the caller could not grant is as much an escalation as adding them
        await _check_roles_grantable(session, principal, list(user.roles), user.kind)
        user.roles = sorted(set(changes["roles"]))
    if "display_name" in changes:
        user.display_name = changes["display_name"]
    if "email" in changes:
        user.email = changes["email"]
    if "phone" in changes:
        user.phone_enc = cipher.encrypt(changes["phone"], context="user.phone")
        user.phone_bidx = cipher.blind_index(changes["phone"])
    if "is_active" in changes and changes["is_active"] != user.is_active:
        if user.id == _uuid_or_none(principal.sub):
            raise field_error("is_active", "不能停用自己的账号", "you cannot disable your own account")
        user.is_active = changes["is_active"]
        if not user.is_active:
            await revoke_user_tokens(session, user.id, "disabled")
    user.version += 1
    await _flush_user(session)
    kernel.audit(session, action="user.updated", entity_type="user", entity_id=user.id, before=before,
                 after=user_snapshot(user), agency_id=user.agency_id)
    return user


def _uuid_or_none(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


async def reset_password(session: AsyncSession, *, principal: Principal, user_id: uuid.UUID, new_password: str) -> User:
    user = await get_user_scoped(session, principal, user_id, for_update=True)
    if "admin" in user.roles and "*" not in principal.permissions:
        raise Problem(403, "role_not_grantable", params={"role": "admin"})
    user.password_hash = await hash_password(new_password)
    user.password_changed_at = _now()
    user.failed_logins = 0
    user.locked_until = None
    user.version += 1
    await revoke_user_tokens(session, user.id, "password_reset")
    kernel.audit(session, action="user.password_reset", entity_type="user", entity_id=user.id, agency_id=user.agency_id)
    return user


async def unlock_user(session: AsyncSession, *, principal: Principal, user_id: uuid.UUID) -> User:
    user = await get_user_scoped(session, principal, user_id, for_update=True)
    before = {"locked_until": user.locked_until, "failed_logins": user.failed_logins}
    user.locked_until = None
    user.failed_logins = 0
    user.version += 1
    kernel.audit(session, action="user.unlocked", entity_type="user", entity_id=user.id, before=before,
                 after={"locked_until": None, "failed_logins": 0}, agency_id=user.agency_id)
    return user


async def change_own_password(session: AsyncSession, *, principal: Principal, old: str, new: str) -> None:
    user = await session.get(User, _uuid_or_none(principal.sub), with_for_update=True) if principal.kind != "client" else None
    if user is None:
        raise not_found("user")
    if not await verify_password(user.password_hash, old):
        raise field_error("old_password", "原密码不正确", "the current password is wrong", code="wrong_password")
    if old == new:
        raise field_error("new_password", "新密码不能与原密码相同", "the new password must differ", code="same_password")
    user.password_hash = await hash_password(new)
    user.password_changed_at = _now()
    user.version += 1
    await revoke_user_tokens(session, user.id, "password_changed")
    kernel.audit(session, action="user.password_changed", entity_type="user", entity_id=user.id, agency_id=user.agency_id)


# --- roles -------------------------------------------------------------------------------------------------


def _check_permissions(perms: list[str]) -> None:
    for i, p in enumerate(perms):
        if not is_known(p):
            raise field_error(f"permissions.{i}", f"未知权限 {p}", f"unknown permission {p}", code="unknown_permission")


async def list_roles(session: AsyncSession) -> list[Role]:
    return list((await session.execute(select(Role).order_by(Role.is_system.desc(), Role.code))).scalars().all())


async def create_role(session: AsyncSession, *, principal: Principal, data: RoleIn) -> Role:
    _check_permissions(data.permissions)
    if await session.get(Role, data.code) is not None:
        raise field_error("code", "角色代码已存在", "role code exists", code="duplicate", status=409)
    role = Role(**data.model_dump(), kind="staff", is_system=False)
    role.permissions = sorted(set(data.permissions))
    session.add(role)
    await session.flush()
    kernel.audit(session, action="role.created", entity_type="role", entity_id=role.code, after=data.model_dump())
    return role


async def update_role(session: AsyncSession, *, principal: Principal, code: str, data: RoleUpdate) -> Role:
    role = await session.get(Role, code, with_for_update=True)
    if role is None:
        raise not_found("role")
    if role.is_system:
        raise Problem(409, "system_role")
    before = RoleSnapshot.of(role)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("permissions") is not None:
        _check_permissions(changes["permissions"])
        changes["permissions"] = sorted(set(changes["permissions"]))
    for key, value in changes.items():
        if value is None and key in ("name", "permissions", "data_scope"):
            raise field_error(key, "此项不能为空", "must not be empty", code="missing")
        setattr(role, key, value)
    await session.flush()
    kernel.audit(session, action="role.updated", entity_type="role", entity_id=role.code, before=before,
                 after=RoleSnapshot.of(role))
    return role


async def delete_role(session: AsyncSession, *, principal: Principal, code: str) -> None:
    role = await session.get(Role, code, with_for_update=True)
    if role is None:
        raise not_found("role")
    if role.is_system:
        raise Problem(409, "system_role")
    users = (await session.execute(select(func.count()).select_from(User).where(code == any_(User.roles)))).scalar_one()
    clients = (await session.execute(select(func.count()).select_from(ApiClient).where(code == any_(ApiClient.roles)))).scalar_one()
    if users + clients:
        raise Problem(409, "role_in_use", params={"count": users + clients})
    kernel.audit(session, action="role.deleted", entity_type="role", entity_id=code, before=RoleSnapshot.of(role))
    await session.delete(role)


class RoleSnapshot:
    @staticmethod
    def of(role: Role) -> dict[str, Any]:
        return {"code": role.code, "name": role.name, "permissions": list(role.permissions), "data_scope": role.data_scope}


def permission_list() -> list[dict[str, str]]:
    return [{"code": code, "label": zh, "label_en": en} for code, (zh, en) in sorted(PERMISSIONS.items())]


# --- API clients -------------------------------------------------------------------------------------------


def _new_client_secret() -> str:
    return secrets.token_urlsafe(32)


async def create_client(session: AsyncSession, *, principal: Principal, data: ClientCreate) -> tuple[ApiClient, str]:
    if data.agency_id is not None:
        await _require_agency(session, data.agency_id, principal)
    elif principal.scope != "all":
        raise field_error("agency_id", "请指定对接平台所属机关", "an agency is required", code="missing")
    await _check_roles_grantable(session, principal, data.roles, "client")
    secret = _new_client_secret()
    client = ApiClient(
        client_id=f"gk_{secrets.token_hex(8)}", secret_hash=await hash_password(secret), name=data.name,
        description=data.description, agency_id=data.agency_id, roles=sorted(set(data.roles)),
        secret_rotated_at=_now(),
    )
    session.add(client)
    await session.flush()
    kernel.audit(session, action="client.created", entity_type="client", entity_id=client.client_id,
                 after=ClientSnapshot.of(client), agency_id=client.agency_id)
    return client, secret


class ClientSnapshot:
    @staticmethod
    def of(c: ApiClient) -> dict[str, Any]:
        return {"client_id": c.client_id, "name": c.name, "agency_id": c.agency_id, "roles": list(c.roles),
                "is_active": c.is_active, "version": c.version}


def client_scope_condition(principal: Principal) -> Any:
    if principal.scope == "all":
        return None
    return principal.scope_condition(ApiClient.agency_id, Agency)


async def get_client_scoped(session: AsyncSession, principal: Principal, client_uuid: uuid.UUID, *, for_update: bool = False) -> ApiClient:
    stmt = select(ApiClient).where(ApiClient.id == client_uuid)
    cond = client_scope_condition(principal)
    if cond is not None:
        stmt = stmt.where(cond)
    if for_update:
        stmt = stmt.with_for_update()
    client = (await session.execute(stmt)).scalar_one_or_none()
    if client is None:
        raise not_found("client")
    return client


async def list_clients(session: AsyncSession, *, principal: Principal, params: PageParams) -> dict[str, Any]:
    stmt = select(ApiClient).order_by(ApiClient.created_at.desc())
    cond = client_scope_condition(principal)
    if cond is not None:
        stmt = stmt.where(cond)
    return await paginate(session, stmt, params)


async def update_client(session: AsyncSession, *, principal: Principal, client_uuid: uuid.UUID, data: ClientUpdate) -> ApiClient:
    client = await get_client_scoped(session, principal, client_uuid, for_update=True)
    if client.version != data.version:
        raise Problem(409, "version_conflict", params={"current": client.version})
    before = ClientSnapshot.of(client)
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    if changes.get("roles") is not None:
        await _check_roles_grantable(session, principal, changes["roles"], "client")
        changes["roles"] = sorted(set(changes["roles"]))
    for key, value in changes.items():
        if value is None and key in ("name", "roles", "is_active"):
            raise field_error(key, "此项不能为空", "must not be empty", code="missing")
        setattr(client, key, value)
    client.version += 1
    await session.flush()
    kernel.audit(session, action="client.updated", entity_type="client", entity_id=client.client_id, before=before,
                 after=ClientSnapshot.of(client), agency_id=client.agency_id)
    return client


async def rotate_client_secret(session: AsyncSession, *, principal: Principal, client_uuid: uuid.UUID) -> tuple[ApiClient, str]:
    client = await get_client_scoped(session, principal, client_uuid, for_update=True)
    secret = _new_client_secret()
    client.secret_hash = await hash_password(secret)
    client.secret_rotated_at = _now()
    client.version += 1
    kernel.audit(session, action="client.secret_rotated", entity_type="client", entity_id=client.client_id,
                 agency_id=client.agency_id)
    return client, secret
