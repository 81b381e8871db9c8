"""Code lists of the catalog service (stable English codes, Chinese and English labels), served at
``GET /api/v1/catalog/dictionaries``.

``audit_actions`` and ``audit_entities`` label what the audit log records; ``tests/test_audit_labels.py`` fails when
the code writes an action or entity type without a label here.
"""
from __future__ import annotations

from kernel.dictionaries import LabelledEnum
from services.catalog.agencies.schemas import AgencyChange, AgencyKind, AgencyLevel
from services.catalog.entries.schemas import (
    DisclosureAttribute, EntryAction, EntryStatus, Genre, InterpretationForm, NotDisclosedReason, RegulationKind,
    Validity,
)
from services.catalog.exchange.schemas import ChangeKind, ExchangeFormat, ImportMode, ImportStatus
from services.catalog.standards.schemas import StandardAudience, StandardLevel, StandardMethod
from services.catalog.taxonomy.schemas import ColumnPurpose


class AuditAction(LabelledEnum):
    agency_created = ("agency.created", "新增机关", "Agency created")
    agency_updated = ("agency.updated", "修改机关信息", "Agency changed")
    agency_moved = ("agency.moved", "调整机关隶属关系", "Agency moved")
    agency_deactivated = ("agency.deactivated", "停用机关", "Agency deactivated")
    agency_reactivated = ("agency.reactivated", "恢复机关", "Agency reactivated")
    entry_created = ("entry.created", "起草条目", "Entry drafted")
    entry_edited = ("entry.edited", "修改条目", "Entry edited")
    entry_submitted = ("entry.submitted", "提交保密审查", "Entry submitted for review")
    entry_withdrawn = ("entry.withdrawn", "撤回修改", "Entry withdrawn for changes")
    entry_returned = ("entry.returned", "审查退回", "Entry returned")
    entry_approved = ("entry.approved", "审查通过（定时发布）", "Entry approved (scheduled)")
    entry_published = ("entry.published", "发布条目", "Entry published")
    entry_revoked = ("entry.revoked", "撤销条目", "Entry revoked")
    entry_expired = ("entry.expired", "条目到期失效", "Entry expired")
    entry_changes_discarded = ("entry.changes_discarded", "放弃未发布的修改", "Unpublished changes discarded")
    entry_attachment_added = ("entry.attachment_added", "添加附件", "Attachment added")
    entry_attachment_removed = ("entry.attachment_removed", "移除附件", "Attachment removed")
    entry_imported = ("entry.imported", "导入条目", "Entry imported")
    import_created = ("import.created", "提交批量导入", "Bulk import started")
    import_finished = ("import.finished", "批量导入结束", "Bulk import finished")
    theme_created = ("theme.created", "新增主题分类", "Theme created")
    theme_updated = ("theme.updated", "修改主题分类", "Theme changed")
    theme_deactivated = ("theme.deactivated", "停用主题分类", "Theme deactivated")
    theme_reactivated = ("theme.reactivated", "恢复主题分类", "Theme reactivated")
    column_created = ("column.created", "新增栏目", "Column created")
    column_updated = ("column.updated", "修改栏目", "Column changed")
    column_moved = ("column.moved", "调整栏目位置", "Column moved")
    column_merged = ("column.merged", "合并栏目", "Column merged")
    column_deactivated = ("column.deactivated", "停用栏目", "Column deactivated")
    column_reactivated = ("column.reactivated", "恢复栏目", "Column reactivated")
    column_deleted = ("column.deleted", "删除栏目", "Column deleted")
    column_reserved = ("column.reserved", "设为专用栏目", "Column reserved for platform use")
    standard_area_created = ("standard_area.created", "新增试点领域", "Pilot area created")
    standard_area_updated = ("standard_area.updated", "修改试点领域", "Pilot area changed")
    standard_area_deactivated = ("standard_area.deactivated", "停用试点领域", "Pilot area deactivated")
    standard_area_reactivated = ("standard_area.reactivated", "恢复试点领域", "Pilot area reactivated")
    standard_item_created = ("standard_item.created", "新增标准目录事项", "Standard item created")
    standard_item_updated = ("standard_item.updated", "修改标准目录事项", "Standard item changed")
    standard_item_deactivated = ("standard_item.deactivated", "停用标准目录事项", "Standard item deactivated")
    standard_item_reactivated = ("standard_item.reactivated", "恢复标准目录事项", "Standard item reactivated")
    standard_item_copied = ("standard_item.copied", "复制标准目录", "Standard directory copied")


class AuditEntity(LabelledEnum):
    agency = ("agency", "机关", "Agency")
    entry = ("entry", "公开目录条目", "Catalog entry")
    import_job = ("import_job", "批量导入任务", "Import job")
    theme = ("theme", "主题分类", "Theme")
    column = ("column", "栏目", "Column")
    standard_area = ("standard_area", "试点领域", "Pilot area")
    standard_item = ("standard_item", "标准目录事项", "Standard directory item")


DICTIONARIES = {
    "agency_level": AgencyLevel, "agency_kind": AgencyKind, "agency_change": AgencyChange,
    "entry_status": EntryStatus, "genre": Genre, "disclosure_attribute": DisclosureAttribute,
    "not_disclosed_reason": NotDisclosedReason, "validity": Validity, "regulation_kind": RegulationKind,
    "interpretation_form": InterpretationForm, "entry_action": EntryAction,
    "column_purpose": ColumnPurpose, "standard_audience": StandardAudience, "standard_method": StandardMethod,
    "standard_level": StandardLevel,
    "exchange_format": ExchangeFormat, "import_mode": ImportMode, "import_status": ImportStatus,
    "change_kind": ChangeKind,
    "audit_actions": AuditAction, "audit_entities": AuditEntity,
}
