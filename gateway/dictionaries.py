"""Code lists of the gateway (identity): what its audit log records, about what, and who acts.

Served at ``GET /api/v1/auth/dictionaries`` like the services' dictionaries (public: labels are not secret).
``tests/test_audit_labels.py`` fails when the code writes an audit action or entity type without a label here.
"""
from __future__ import annotations

from kernel.dictionaries import LabelledEnum


class AuditAction(LabelledEnum):
    auth_login = ("auth.login", "登录", "Signed in")
    auth_login_failed = ("auth.login_failed", "登录失败（密码错误）", "Sign-in failed (wrong password)")
    auth_locked = ("auth.locked", "多次登录失败，账号暂时锁定", "Locked after repeated failed sign-ins")
    auth_refresh_reuse = ("auth.refresh_reuse", "刷新令牌被重复使用，已结束该次登录",
                          "Refresh token reused; that sign-in was ended")
    user_created = ("user.created", "新建账号", "Account created")
    user_registered = ("user.registered", "公众注册账号", "Citizen registered")
    user_updated = ("user.updated", "修改账号", "Account changed")
    user_password_reset = ("user.password_reset", "重置密码", "Password reset")
    user_unlocked = ("user.unlocked", "解除锁定", "Account unlocked")
    user_password_changed = ("user.password_changed", "修改本人密码", "Own password changed")
    role_created = ("role.created", "新建角色", "Role created")
    role_updated = ("role.updated", "修改角色", "Role changed")
    role_deleted = ("role.deleted", "删除角色", "Role deleted")
    client_created = ("client.created", "新建对接平台（API 客户端）", "API client created")
    client_updated = ("client.updated", "修改对接平台（API 客户端）", "API client changed")
    client_secret_rotated = ("client.secret_rotated", "重置对接平台密钥", "API client secret rotated")


class AuditEntity(LabelledEnum):
    user = ("user", "账号", "Account")
    role = ("role", "角色", "Role")
    client = ("client", "对接平台（API 客户端）", "API client")


class ActorKind(LabelledEnum):
    """Who made a change recorded in any service's audit log (``actor_kind``)."""

    staff = ("staff", "工作人员", "Staff")
    citizen = ("citizen", "公众", "Citizen")
    client = ("client", "对接平台", "API client")
    system = ("system", "系统", "System")


DICTIONARIES = {
    "audit_actions": AuditAction,
    "audit_entities": AuditEntity,
    "actor_kinds": ActorKind,
}
