"""The permission strings the platform knows, with labels, and the built-in roles.

Services check permissions by string (``require("catalog.agency:write")``); this registry is where every one of
them is named, so roles can only grant permissions that exist (a test checks every service route against it).
Built-in roles are defined here and kept in sync at start-up (by the gateway); administrators add their own roles.
It lives in the kernel because every service words its refusals from it: a user is told in words what they tried
and which roles may do it (:func:`refusal`), never a permission string.

Each service has its own section: its permissions and what each built-in role gets of them.
"""
from __future__ import annotations

from dataclasses import dataclass

# --- identity and administration (gateway) -----------------------------------------------------------------
IDENTITY = {
    "auth.user:read": ("查看用户", "View users"),
    "auth.user:manage": ("管理用户", "Manage users"),
    "auth.role:manage": ("管理角色", "Manage roles"),
    "auth.client:manage": ("管理对接平台（API 客户端）", "Manage API clients"),
    "audit:read": ("查看审计日志", "Read the audit log"),
}
IDENTITY_GRANTS: dict[str, list[str]] = {
    "supervisor": ["auth.user:read", "audit:read"],
}

# --- catalog -----------------------------------------------------------------------------------------------
CATALOG = {
    "catalog.agency:read": ("查看机关目录（含停用机关与变更历史）", "Read the agency directory incl. history"),
    "catalog.agency:write": ("维护机关目录", "Maintain the agency directory"),
    "catalog.entry:read": ("查看公开目录条目（含草稿、审查记录和历史版本）", "Read catalog entries incl. drafts and history"),
    "catalog.entry:write": ("起草、修改、提交公开目录条目", "Draft, edit and submit catalog entries"),
    "catalog.entry:review": ("保密审查（通过发布或退回）", "Confidentiality review: approve for publication or return"),
    "catalog.entry:revoke": ("撤销已发布的条目", "Revoke published entries"),
    "catalog.column:write": ("维护本机关栏目（组配分类）", "Maintain the agency's columns"),
    "catalog.taxonomy:write": ("维护主题分类和标准目录领域", "Maintain the theme taxonomy and standard-directory areas"),
    "catalog.standard:write": ("维护主动公开标准目录", "Maintain the standard directory of proactive disclosure"),
    "catalog.exchange:read": ("增量同步与批量导出目录", "Sync and bulk-export the catalog"),
    "catalog.exchange:import": ("批量导入目录", "Bulk-import catalog entries"),
}
CATALOG_GRANTS: dict[str, list[str]] = {
    "supervisor": ["catalog.agency:read", "catalog.agency:write", "catalog.entry:read", "catalog.entry:revoke",
                   "catalog.column:write", "catalog.standard:write", "catalog.exchange:read", "catalog.exchange:import"],
    "clerk": ["catalog.agency:read", "catalog.entry:read", "catalog.entry:write", "catalog.column:write",
              "catalog.standard:write", "catalog.exchange:read"],
    "reviewer": ["catalog.agency:read", "catalog.entry:read", "catalog.entry:review", "catalog.entry:revoke"],
    "approver": ["catalog.agency:read", "catalog.entry:read"],
    "inspector": ["catalog.agency:read", "catalog.entry:read"],
    "platform": ["catalog.entry:read", "catalog.exchange:read", "catalog.exchange:import"],
}

# --- applications ------------------------------------------------------------------------------------------
APPLICATIONS = {
    "applications.calendar:write": ("维护工作日历", "Maintain the working-day calendar"),
    "applications.case:read": ("查看依申请公开案件", "Read request cases"),
    "applications.case:register": ("登记当面、信函等方式提出的申请", "Register applications received offline"),
    "applications.case:handle": ("办理申请（分办、补正、征求意见、收费、起草、送达、归档）", "Handle request cases"),
    "applications.case:approve": ("审核签发答复、批准延期", "Approve replies and extensions"),
    "applications.application:submit": ("通过接口提交申请（对接平台）", "Submit applications through the API"),
    "applications.appeal:write": ("登记行政复议、行政诉讼", "Record appeals"),
    "applications.consultation:write": ("登记咨询", "Record consultations"),
    "applications.library:read": ("查阅案例库", "Read the case library"),
    "applications.library:nominate": ("推荐案例入库", "Nominate cases for the library"),
    "applications.library:review": ("审核案例入库", "Review library entries"),
    "applications.template:write": ("维护文书模板", "Maintain letter templates"),
}
APPLICATIONS_GRANTS: dict[str, list[str]] = {
    "supervisor": ["applications.case:read", "applications.appeal:write", "applications.library:read",
                   "applications.library:nominate", "applications.library:review", "applications.template:write"],
    "clerk": ["applications.case:read", "applications.case:register", "applications.case:handle",
              "applications.appeal:write", "applications.consultation:write", "applications.library:read",
              "applications.library:nominate"],
    "reviewer": ["applications.case:read", "applications.library:read"],
    "approver": ["applications.case:read", "applications.case:approve", "applications.library:read",
                 "applications.template:write"],
    "platform": ["applications.application:submit"],
}

# --- statistics --------------------------------------------------------------------------------------------
STATISTICS: dict[str, tuple[str, str]] = {
    "statistics.report:read": ("查看年度报告", "Read annual reports"),
    "statistics.report:write": ("编制年度报告（起草、修改、提交）", "Draft, edit and submit annual reports"),
    "statistics.report:review": ("审核年度报告（退回、通过）", "Review annual reports (return or accept)"),
    "statistics.report:publish": ("发布年度报告", "Publish accepted annual reports"),
    "statistics.figures:write": ("填报年度报告中无系统来源的数据（行政许可、处罚、强制、收费）",
                                 "Enter the report figures the platform has no source for"),
    "statistics.dashboard:read": ("查看统计看板", "Read the statistics dashboards"),
    "statistics.checker:use": ("使用年度报告检查工具", "Use the annual-report checker"),
    "statistics.assessment:read": ("查看测评考核与整改清单", "Read assessments and rectification lists"),
    "statistics.assessment:manage": ("组织测评考核（指标体系、测评轮次、审核整改、通报）",
                                     "Run assessments: indicator systems, rounds, rectification review, circulars"),
    "statistics.assessment:score": ("测评打分与登记问题", "Score indicators and record issues"),
    "statistics.assessment:answer": ("答复本机关整改清单", "Answer the agency's rectification list"),
}
STATISTICS_GRANTS: dict[str, list[str]] = {
    "supervisor": ["statistics.report:read", "statistics.report:write", "statistics.report:review",
                   "statistics.report:publish", "statistics.figures:write", "statistics.dashboard:read",
                   "statistics.checker:use", "statistics.assessment:read", "statistics.assessment:manage",
                   "statistics.assessment:score"],
    "clerk": ["statistics.report:read", "statistics.report:write", "statistics.figures:write",
              "statistics.dashboard:read", "statistics.checker:use", "statistics.assessment:read",
              "statistics.assessment:answer"],
    "approver": ["statistics.report:read", "statistics.dashboard:read", "statistics.assessment:read"],
    "reviewer": ["statistics.report:read", "statistics.assessment:read"],
    "inspector": ["statistics.report:read", "statistics.dashboard:read", "statistics.assessment:read",
                  "statistics.assessment:score"],
    "platform": ["statistics.figures:write", "statistics.report:read"],
}

PERMISSIONS: dict[str, tuple[str, str]] = {**IDENTITY, **CATALOG, **APPLICATIONS, **STATISTICS}
_ALL_GRANTS = (IDENTITY_GRANTS, CATALOG_GRANTS, APPLICATIONS_GRANTS, STATISTICS_GRANTS)


def granted(role: str) -> tuple[str, ...]:
    return tuple(sorted({p for grants in _ALL_GRANTS for p in grants.get(role, [])}))


@dataclass(frozen=True)
class RoleDef:
    code: str
    name: str
    name_en: str
    description: str
    permissions: tuple[str, ...]
    data_scope: str  # own | subtree | all | none
    kind: str = "staff"  # staff | citizen | client: who the role is meant for


BUILTIN_ROLES: tuple[RoleDef, ...] = (
    RoleDef("admin", "系统管理员", "Administrator", "全部权限，全部数据范围", ("*",), "all"),
    RoleDef("supervisor", "政务公开办（监督）", "Disclosure office supervisor",
            "本机关及下级机关：监督检查、机关目录、年度报告审核", granted("supervisor"), "subtree"),
    RoleDef("clerk", "信息公开工作人员", "Disclosure clerk", "本机关：登记办理申请、起草公开目录条目",
            granted("clerk"), "own"),
    RoleDef("reviewer", "保密审查员", "Confidentiality reviewer", "本机关：公开前保密审查", granted("reviewer"), "own"),
    RoleDef("approver", "审批负责人", "Approver", "本机关：审核签发答复、批准延期", granted("approver"), "own"),
    RoleDef("inspector", "测评人员", "Assessment inspector", "本机关及下级机关：测评打分、登记问题",
            granted("inspector"), "subtree"),
    RoleDef("citizen", "公众用户", "Citizen", "提交和查询本人的申请", granted("citizen"), "none", kind="citizen"),
    RoleDef("platform", "对接平台", "Partner platform", "其他政务平台通过 API 客户端对接：读取目录、提交申请",
            granted("platform"), "subtree", kind="client"),
)
BUILTIN_CODES = {r.code for r in BUILTIN_ROLES}


def is_known(permission: str) -> bool:
    if permission == "*" or permission in PERMISSIONS:
        return True
    return permission.endswith(".*") and any(p.startswith(permission[:-1]) for p in PERMISSIONS)


KIND_LABELS = {"staff": ("工作人员", "staff"), "citizen": ("公众用户", "citizens"), "client": ("对接平台", "partner platforms")}


def roles_granting(permission: str) -> list[RoleDef]:
    """The built-in roles holding ``permission`` (the administrator, who holds everything, last)."""
    holders = [r for r in BUILTIN_ROLES if r.code != "admin" and permission in r.permissions]
    return holders + [r for r in BUILTIN_ROLES if r.code == "admin"]


def refusal(permissions: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The words of a refusal for want of any of ``permissions``: what the action is and who may do it, in
    Chinese and English (the params of the ``forbidden`` problem)."""
    action_zh = "、".join(dict.fromkeys(PERMISSIONS[p][0] for p in permissions if p in PERMISSIONS)) or "此操作"
    action_en = "; ".join(dict.fromkeys(PERMISSIONS[p][1] for p in permissions if p in PERMISSIONS)) or "this action"
    roles: dict[str, RoleDef] = {}
    for p in permissions:
        for r in roles_granting(p):
            roles.setdefault(r.code, r)
    ordered = sorted(roles.values(), key=lambda r: r.code == "admin")
    return {
        "action": action_zh, "action_en": action_en,
        "roles": "、".join(r.name for r in ordered), "roles_en": ", ".join(r.name_en for r in ordered),
    }


def kind_refusal(kinds: tuple[str, ...] | list[str]) -> dict[str, str]:
    """A refusal for a caller of the wrong kind (e.g. a citizen calling a staff endpoint)."""
    return {
        "action": "此操作", "action_en": "this action",
        "roles": "、".join(KIND_LABELS.get(k, (k, k))[0] for k in kinds),
        "roles_en": ", ".join(KIND_LABELS.get(k, (k, k))[1] for k in kinds),
    }
