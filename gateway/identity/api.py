"""Identity endpoints under ``/api/v1/auth``: tokens (OAuth2 password, client-credentials and refresh grants),
the caller's own account, citizen registration, and administration of users, roles and API clients."""
from __future__ import annotations

import base64
import binascii
import uuid
from typing import Any

from fastapi import Depends, Form, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.identity import service
from gateway.identity.schemas import (
    CitizenRegister,
    ClientCreate,
    ClientOut,
    ClientUpdate,
    ClientWithSecret,
    MeOut,
    PasswordChange,
    PasswordReset,
    PermissionOut,
    RevokeRequest,
    RoleIn,
    RoleOut,
    RoleUpdate,
    TokenResponse,
    UserCreate,
    UserOut,
    UserUpdate,
)
from kernel.auth import Principal, authenticated, public, require
from kernel.crypto import mask_phone
from kernel.db import get_session
from kernel.errors import field_error
from kernel.pagination import Page, PageParams, page_params
from kernel.service import make_router

router = make_router(tags=["identity"])


def _issuer(request: Request) -> service.TokenIssuer:
    return request.app.state.issuer


def _basic_client(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        raw = base64.b64decode(header[6:], validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise service._grant_error("invalid_client", status=401, oauth_error="invalid_client") from exc
    client_id, sep, secret = raw.partition(":")
    if not sep:
        raise service._grant_error("invalid_client", status=401, oauth_error="invalid_client")
    return client_id, secret


def _token_json(body: TokenResponse) -> JSONResponse:
    return JSONResponse(body.model_dump(exclude_none=True), headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


@router.post("/token", response_model=TokenResponse, summary="获取访问令牌（OAuth2 password / client_credentials / refresh_token）")
async def token(
    request: Request,
    grant_type: str = Form(..., max_length=40),
    username: str | None = Form(None, max_length=64),
    password: str | None = Form(None, max_length=128),
    client_id: str | None = Form(None, max_length=64),
    client_secret: str | None = Form(None, max_length=128),
    refresh_token: str | None = Form(None, max_length=200),
    scope: str | None = Form(None, max_length=200),
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> JSONResponse:
    settings = request.app.state.settings
    issuer = _issuer(request)
    ip = request.state.client_ip
    ua = request.headers.get("user-agent")
    if grant_type == "password":
        missing = [f for f, v in (("username", username), ("password", password)) if not v]
        if missing:
            raise field_error(missing[0], "此项为必填项", "required", code="missing")
        user = await service.authenticate_password(session, settings, username or "", password or "")
        access, claims = await issuer.access_token(session, service.user_identity(user))
        refresh = await issuer.new_refresh_token(session, user, ip=ip, user_agent=ua)
        service.kernel.audit(session, action="auth.login", entity_type="user", entity_id=user.id,
                             agency_id=user.agency_id, actor=Principal(sub=str(user.id), kind=user.kind,
                                                                       username=user.username, name=user.display_name))
        await session.commit()
        return _token_json(TokenResponse(access_token=access, expires_in=settings.access_token_ttl,
                                         refresh_token=refresh, scope=" ".join(claims["perms"])))
    if grant_type == "client_credentials":
        basic = _basic_client(request)
        cid, secret = basic if basic else (client_id, client_secret)
        if not cid or not secret:
            raise service._grant_error("invalid_client", status=401, oauth_error="invalid_client")
        client = await service.authenticate_client(session, settings, cid, secret)
        access, claims = await issuer.access_token(session, service.client_identity(client))
        await session.commit()
        return _token_json(TokenResponse(access_token=access, expires_in=settings.access_token_ttl,
                                         scope=" ".join(claims["perms"])))
    if grant_type == "refresh_token":
        if not refresh_token:
            raise field_error("refresh_token", "此项为必填项", "required", code="missing")
        user, new_refresh = await service.rotate_refresh_token(session, issuer, refresh_token, ip=ip, user_agent=ua)
        access, claims = await issuer.access_token(session, service.user_identity(user))
        await session.commit()
        return _token_json(TokenResponse(access_token=access, expires_in=settings.access_token_ttl,
                                         refresh_token=new_refresh, scope=" ".join(claims["perms"])))
    raise service._grant_error("unsupported_grant_type", oauth_error="unsupported_grant_type")


@router.post("/revoke", status_code=204, summary="注销：吊销刷新令牌（及其轮换链）")
async def revoke(
    data: RevokeRequest,
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> Response:
    # RFC 7009: answer 204 whether or not the token was known
    await service.revoke_refresh_token(session, data.refresh_token)
    await session.commit()
    return Response(status_code=204)


@router.get("/me", response_model=MeOut, summary="当前登录账号")
async def me(
    request: Request,
    principal: Principal = Depends(authenticated()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    agency = await service.agency_of(session, principal.agency_id)
    phone = None
    if principal.kind != "client":
        user = await session.get(service.User, uuid.UUID(principal.sub))
        if user is not None and user.phone_enc:
            phone = request.app.state.cipher.decrypt(user.phone_enc, context="user.phone")
    return {
        "id": principal.sub,
        "kind": principal.kind,
        "username": principal.username,
        "display_name": principal.name,
        "roles": list(principal.roles),
        "permissions": sorted(principal.permissions),
        "data_scope": principal.scope,
        "agency_id": principal.agency_id,
        "agency_path": principal.agency_path,
        "agency_name": agency.name if agency else None,
        "phone_masked": mask_phone(phone),
    }


@router.post("/me/password", status_code=204, summary="修改本人密码（其他会话将退出登录）")
async def change_password(
    data: PasswordChange,
    principal: Principal = Depends(authenticated("staff", "citizen")),
    session: AsyncSession = Depends(get_session),
) -> Response:
    await service.change_own_password(session, principal=principal, old=data.old_password, new=data.new_password)
    await session.commit()
    return Response(status_code=204)


@router.post("/register", response_model=MeOut, status_code=201, summary="公众注册账号")
async def register(
    request: Request,
    data: CitizenRegister,
    _: Principal | None = Depends(public()),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    user = await service.register_citizen(session, request.app.state.cipher, data)
    await session.commit()
    return {
        "id": str(user.id), "kind": "citizen", "username": user.username, "display_name": user.display_name,
        "roles": list(user.roles), "permissions": [], "data_scope": "none", "agency_id": None, "agency_path": None,
        "agency_name": None, "phone_masked": mask_phone(data.phone),
    }


# --- users -------------------------------------------------------------------------------------------------


@router.get("/users", response_model=Page[UserOut], summary="用户列表（数据范围内）")
async def list_users(
    request: Request,
    q: str | None = Query(None, min_length=1, max_length=64),
    kind: str | None = Query(None, pattern="^(staff|citizen)$"),
    agency_id: int | None = Query(None, ge=1),
    role: str | None = Query(None, max_length=40),
    active: bool | None = None,
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("auth.user:read", "auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.list_users(
        session, request.app.state.cipher, principal=principal, params=params, q=q, kind=kind,
        agency_id=agency_id, role=role, active=active,
    )


@router.post("/users", response_model=UserOut, status_code=201, summary="新建工作人员账号")
async def create_user(
    request: Request,
    data: UserCreate,
    principal: Principal = Depends(require("auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    cipher = request.app.state.cipher
    user = await service.create_user(session, cipher, principal=principal, data=data)
    await session.commit()
    return await service.user_out(session, cipher, user)


@router.get("/users/{user_id}", response_model=UserOut, summary="用户详情")
async def get_user(
    request: Request,
    user_id: uuid.UUID,
    principal: Principal = Depends(require("auth.user:read", "auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    user = await service.get_user_scoped(session, principal, user_id)
    return await service.user_out(session, request.app.state.cipher, user)


@router.patch("/users/{user_id}", response_model=UserOut, summary="修改用户（机关、角色、启停用）")
async def update_user(
    request: Request,
    user_id: uuid.UUID,
    data: UserUpdate,
    principal: Principal = Depends(require("auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    cipher = request.app.state.cipher
    user = await service.update_user(session, cipher, principal=principal, user_id=user_id, data=data)
    await session.commit()
    return await service.user_out(session, cipher, user)


@router.post("/users/{user_id}/password", response_model=UserOut, summary="重置用户密码")
async def reset_password(
    request: Request,
    user_id: uuid.UUID,
    data: PasswordReset,
    principal: Principal = Depends(require("auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    user = await service.reset_password(session, principal=principal, user_id=user_id, new_password=data.new_password)
    await session.commit()
    return await service.user_out(session, request.app.state.cipher, user)


@router.post("/users/{user_id}/unlock", response_model=UserOut, summary="解除登录锁定")
async def unlock_user(
    request: Request,
    user_id: uuid.UUID,
    principal: Principal = Depends(require("auth.user:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    user = await service.unlock_user(session, principal=principal, user_id=user_id)
    await session.commit()
    return await service.user_out(session, request.app.state.cipher, user)


# --- roles and permissions ---------------------------------------------------------------------------------


@router.get("/permissions", response_model=list[PermissionOut], summary="全部权限项")
async def permissions(_: Principal = Depends(authenticated("staff"))) -> list[dict[str, str]]:
    return service.permission_list()


@router.get("/roles", response_model=list[RoleOut], summary="角色列表")
async def list_roles(
    _: Principal = Depends(authenticated("staff")), session: AsyncSession = Depends(get_session)
) -> list[Any]:
    return await service.list_roles(session)


@router.post("/roles", response_model=RoleOut, status_code=201, summary="新建自定义角色")
async def create_role(
    data: RoleIn,
    principal: Principal = Depends(require("auth.role:manage")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    role = await service.create_role(session, principal=principal, data=data)
    await session.commit()
    return role


@router.patch("/roles/{code}", response_model=RoleOut, summary="修改自定义角色")
async def update_role(
    code: str,
    data: RoleUpdate,
    principal: Principal = Depends(require("auth.role:manage")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    role = await service.update_role(session, principal=principal, code=code, data=data)
    await session.commit()
    return role


@router.delete("/roles/{code}", status_code=204, summary="删除未使用的自定义角色")
async def delete_role(
    code: str,
    principal: Principal = Depends(require("auth.role:manage")),
    session: AsyncSession = Depends(get_session),
) -> Response:
    await service.delete_role(session, principal=principal, code=code)
    await session.commit()
    return Response(status_code=204)


# --- API clients -------------------------------------------------------------------------------------------


@router.get("/clients", response_model=Page[ClientOut], summary="对接平台（API 客户端）列表")
async def list_clients(
    params: PageParams = Depends(page_params),
    principal: Principal = Depends(require("auth.client:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    return await service.list_clients(session, principal=principal, params=params)


@router.post("/clients", response_model=ClientWithSecret, status_code=201, summary="登记对接平台（返回一次性密钥）")
async def create_client(
    data: ClientCreate,
    principal: Principal = Depends(require("auth.client:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    client, secret = await service.create_client(session, principal=principal, data=data)
    await session.commit()
    return {**ClientOut.model_validate(client).model_dump(), "client_secret": secret}


@router.patch("/clients/{client_uuid}", response_model=ClientOut, summary="修改对接平台（角色、启停用）")
async def update_client(
    client_uuid: uuid.UUID,
    data: ClientUpdate,
    principal: Principal = Depends(require("auth.client:manage")),
    session: AsyncSession = Depends(get_session),
) -> Any:
    client = await service.update_client(session, principal=principal, client_uuid=client_uuid, data=data)
    await session.commit()
    return client


@router.post("/clients/{client_uuid}/secret", response_model=ClientWithSecret, summary="重置对接平台密钥")
async def rotate_secret(
    client_uuid: uuid.UUID,
    principal: Principal = Depends(require("auth.client:manage")),
    session: AsyncSession = Depends(get_session),
) -> dict[str, Any]:
    client, secret = await service.rotate_client_secret(session, principal=principal, client_uuid=client_uuid)
    await session.commit()
    return {**ClientOut.model_validate(client).model_dump(), "client_secret": secret}


