"""The national annual-report format (国办公开办函〔2021〕30号, and the 2019 trial format for 2019–2020): its
sections, the rows and columns of its tables with their exact labels, and the codes the platform uses for them.

Everything that prints, reads or checks a report (the computation, the rules, the exports, the checker) takes
its labels and order from here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from kernel.dictionaries import LabelledEnum

Format = Literal["2019", "2021"]


def format_for_year(year: int) -> Format:
    """Years 2019–2020 use the trial format; from 2021 on the revised one."""
    return "2019" if year <= 2020 else "2021"


SECTION_TITLES = {
    "1": "一、总体情况",
    "2": "二、主动公开政府信息情况",
    "3": "三、收到和处理政府信息公开申请情况",
    "4": "四、政府信息公开行政复议、行政诉讼情况",
    "5": "五、存在的主要问题及改进情况",
    "6": "六、其他需要报告的事项",
}


# --- section 三: columns -----------------------------------------------------------------------------------


class ApplicantType(LabelledEnum):
    natural_person = ("natural_person", "自然人", "Natural person")
    commercial = ("commercial", "商业企业", "Commercial enterprise")
    research = ("research", "科研机构", "Research institution")
    social_welfare = ("social_welfare", "社会公益组织", "Public-interest organisation")
    legal_service = ("legal_service", "法律服务机构", "Legal service provider")
    other = ("other", "其他", "Other organisation")


APPLICANT_COLUMNS: tuple[str, ...] = tuple(t.value for t in ApplicantType)
COLUMNS: tuple[str, ...] = (*APPLICANT_COLUMNS, "total")
COLUMN_LABELS = {**{t.value: t.label_zh for t in ApplicantType}, "total": "总计"}
COLUMN_LABELS_EN = {**{t.value: t.label_en for t in ApplicantType}, "total": "Total"}
LEGAL_PERSON_HEADER = "法人或其他组织"
APPLICANT_HEADER = "申请人情况"
TOP_LEFT = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


# --- section 三: rows --------------------------------------------------------------------------------------


class Outcome(LabelledEnum):
    """The result rows of section 三 (one per closed case; 部分公开 takes precedence over everything else)."""

    disclosed = ("disclosed", "予以公开", "Disclosed")
    partly_disclosed = ("partly_disclosed", "部分公开", "Partly disclosed")
    withheld_state_secret = ("withheld.state_secret", "属于国家秘密", "State secret")
    withheld_prohibited_by_law = ("withheld.prohibited_by_law", "其他法律行政法规禁止公开", "Prohibited by other law")
    withheld_three_safeties = ("withheld.three_safeties", "危及“三安全一稳定”", "Endangers security or stability")
    withheld_third_party = ("withheld.third_party", "保护第三方合法权益", "Third-party rights")
    withheld_internal_affairs = ("withheld.internal_affairs", "属于三类内部事务信息", "Internal affairs")
    withheld_process_info = ("withheld.process_info", "属于四类过程性信息", "Process information")
    withheld_enforcement_file = ("withheld.enforcement_file", "属于行政执法案卷", "Enforcement file")
    withheld_inquiry_matter = ("withheld.inquiry_matter", "属于行政查询事项", "Administrative inquiry matter")
    unavailable_not_held = ("unavailable.not_held", "本机关不掌握相关政府信息", "Not held")
    unavailable_needs_creation = ("unavailable.needs_creation", "没有现成信息需要另行制作", "Would need creating")
    unavailable_unclear = ("unavailable.unclear_after_supplement", "补正后申请内容仍不明确", "Still unclear")
    not_handled_petition = ("not_handled.petition", "信访举报投诉类申请", "Petition or complaint")
    not_handled_repeat = ("not_handled.repeat", "重复申请", "Repeated application")
    not_handled_publication = ("not_handled.publication", "要求提供公开出版物", "Publication requested")
    not_handled_excessive = ("not_handled.excessive", "无正当理由大量反复申请", "Excessive requests")
    not_handled_confirmation = ("not_handled.confirmation", "要求行政机关确认或重新出具已获取信息",
                                "Confirmation of information already obtained")
    other_no_supplement = ("other.no_supplement",
                           "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "No supplement in time")
    other_fee_unpaid = ("other.fee_unpaid",
                        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Fee not paid")
    other_other = ("other.other", "其他", "Other")


OUTCOMES: tuple[str, ...] = tuple(o.value for o in Outcome)


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    # keywords that identify the row in a report published elsewhere (after normalisation, see checker)
    keys: tuple[str, ...]
    group: str | None = None  # the code of the enclosing result group, for sub-items
    number: str = ""  # "（一）" / "1." as printed before the label


@dataclass(frozen=True)
class Group:
    code: str
    number: str
    label: str
    keys: tuple[str, ...]
    items: tuple[Row, ...] = field(default_factory=tuple)


def _items(group: str, labels: list[tuple[str, str, tuple[str, ...]]]) -> tuple[Row, ...]:
    return tuple(Row(code, label, keys, group=group, number=f"{i}.") for i, (code, label, keys) in enumerate(labels, 1))


WITHHELD = Group("withheld", "（三）", "不予公开", ("不予公开",), _items("withheld", [
    ("withheld.state_secret", "属于国家秘密", ("国家秘密",)),
    ("withheld.prohibited_by_law", "其他法律行政法规禁止公开", ("禁止公开",)),
    ("withheld.three_safeties", "危及“三安全一稳定”", ("三安全一稳定", "三安全")),
    ("withheld.third_party", "保护第三方合法权益", ("第三方合法权益", "第三方")),
    ("withheld.internal_affairs", "属于三类内部事务信息", ("内部事务",)),
    ("withheld.process_info", "属于四类过程性信息", ("过程性信息", "过程性")),
    ("withheld.enforcement_file", "属于行政执法案卷", ("执法案卷",)),
    ("withheld.inquiry_matter", "属于行政查询事项", ("行政查询", "查询事项")),
]))
UNAVAILABLE = Group("unavailable", "（四）", "无法提供", ("无法提供",), _items("unavailable", [
    ("unavailable.not_held", "本机关不掌握相关政府信息", ("不掌握",)),
    ("unavailable.needs_creation", "没有现成信息需要另行制作", ("另行制作", "没有现成")),
    ("unavailable.unclear_after_supplement", "补正后申请内容仍不明确", ("仍不明确", "补正后")),
]))
NOT_HANDLED = Group("not_handled", "（五）", "不予处理", ("不予处理",), _items("not_handled", [
    ("not_handled.petition", "信访举报投诉类申请", ("信访", "举报投诉")),
    ("not_handled.repeat", "重复申请", ("重复申请",)),
    ("not_handled.publication", "要求提供公开出版物", ("公开出版物", "出版物")),
    ("not_handled.excessive", "无正当理由大量反复申请", ("大量反复",)),
    ("not_handled.confirmation", "要求行政机关确认或重新出具已获取信息", ("重新出具", "确认或重新")),
]))
OTHER_2021 = Group("other", "（六）", "其他处理", ("其他处理",), _items("other", [
    ("other.no_supplement", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ("逾期不补正", "不补正")),
    ("other.fee_unpaid", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     ("缴纳费用", "收费通知")),
    ("other.other", "其他", ("其他",)),
]))

ROW_NEW = Row("new", "一、本年新收政府信息公开申请数量", ("本年新收",))
ROW_CARRIED_OVER = Row("carried_over", "二、上年结转政府信息公开申请数量", ("上年结转",))
RESULTS_LABEL = "三、本年度办理结果"
ROW_DISCLOSED = Row("disclosed", "予以公开", ("予以公开",), number="（一）")
ROW_PARTLY = Row("partly_disclosed", "部分公开（区分处理的，只计这一情形，不计其他情形）", ("部分公开",), number="（二）")
ROW_OTHER_2019 = Row("other", "其他处理", ("其他处理",), number="（六）")
ROW_TOTAL = Row("total", "总计", ("总计",), number="（七）")
ROW_CARRIED_FORWARD = Row("carried_forward", "四、结转下年度继续办理", ("结转下年度", "结转下年"))


def result_parts(fmt: Format) -> tuple[Row | Group, ...]:
    """The result rows （一）…（六） of section 三, in print order."""
    other: Row | Group = OTHER_2021 if fmt == "2021" else ROW_OTHER_2019
    return (ROW_DISCLOSED, ROW_PARTLY, WITHHELD, UNAVAILABLE, NOT_HANDLED, other)


def section3_rows(fmt: Format) -> tuple[Row, ...]:
    """Every row of section 三 that carries numbers, in print order."""
    rows: list[Row] = [ROW_NEW, ROW_CARRIED_OVER]
    for part in result_parts(fmt):
        rows.extend(part.items if isinstance(part, Group) else (part,))
    rows.extend([ROW_TOTAL, ROW_CARRIED_FORWARD])
    return tuple(rows)


def result_codes(fmt: Format) -> tuple[str, ...]:
    """The leaf result rows whose sum is （七）总计."""
    return tuple(r.code for r in section3_rows(fmt) if r.code not in ("new", "carried_over", "total", "carried_forward"))


def outcome_row(outcome: str, fmt: Format) -> str:
    """The section 三 row a case outcome is counted in."""
    if fmt == "2019" and outcome.startswith("other."):
        return "other"
    return outcome


def row_label(code: str, fmt: Format) -> str:
    """A row's printed name, with its group, e.g. （三）不予公开 1.属于国家秘密."""
    for part in result_parts(fmt):
        if isinstance(part, Group):
            for item in part.items:
                if item.code == code:
                    return f"{part.number}{part.label} {item.number}{item.label}"
        elif part.code == code:
            return f"{part.number}{part.label.split('（')[0]}"
    for row in (ROW_NEW, ROW_CARRIED_OVER, ROW_CARRIED_FORWARD):
        if row.code == code:
            return row.label
    if code == "total":
        return "（七）总计"
    return code


def group_sums(rows: dict[str, list[int]], fmt: Format) -> dict[str, list[int]]:
    """Totals of the result groups （三）…（六）, per column."""
    out: dict[str, list[int]] = {}
    for part in result_parts(fmt):
        if isinstance(part, Group):
            out[part.code] = [sum(rows[i.code][c] for i in part.items) for c in range(len(COLUMNS))]
        else:
            out[part.code] = list(rows[part.code])
    return out


# --- section 四 ----------------------------------------------------------------------------------------------


class AppealKind(LabelledEnum):
    reconsideration = ("reconsideration", "行政复议", "Administrative reconsideration")
    litigation_direct = ("litigation_direct", "未经复议直接起诉", "Lawsuit without reconsideration")
    litigation_after_reconsideration = ("litigation_after_reconsideration", "复议后起诉", "Lawsuit after reconsideration")


class AppealOutcome(LabelledEnum):
    upheld = ("upheld", "结果维持", "Upheld")
    corrected = ("corrected", "结果纠正", "Corrected")
    other = ("other", "其他结果", "Other result")
    pending = ("pending", "尚未审结", "Pending")


APPEAL_KINDS: tuple[str, ...] = tuple(k.value for k in AppealKind)
APPEAL_COLUMNS: tuple[str, ...] = (*(o.value for o in AppealOutcome), "total")
APPEAL_COLUMN_LABELS = {**{o.value: o.label_zh for o in AppealOutcome}, "total": "总计"}
APPEAL_KIND_LABELS = {k.value: k.label_zh for k in AppealKind}


def appeal_cell_label(kind: str, column: str) -> str:
    prefix = "行政复议" if kind == "reconsideration" else f"行政诉讼·{APPEAL_KIND_LABELS[kind]}"
    return f"{prefix}·{APPEAL_COLUMN_LABELS[column]}"


# --- section 二 ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """A number of section 二 with no source in the platform, entered by staff or pushed by another platform."""

    code: str
    label: str
    label_en: str
    decimal: bool = False  # money in 万元 (ten thousand yuan), else a count
    signed: bool = False  # 本年增/减 may be negative


@dataclass(frozen=True)
class Section2Table:
    caption: str  # 第二十条第（一）项
    columns: tuple[str, ...]  # after 信息内容
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]  # (row code, label, value keys in column order)


SECTION2_2021: tuple[Section2Table, ...] = (
    Section2Table("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"), (
        ("regulation", "规章", ("regulation.issued", "regulation.abolished", "regulation.in_force")),
        ("normative", "行政规范性文件", ("normative.issued", "normative.abolished", "normative.in_force")),
    )),
    Section2Table("第二十条第（五）项", ("本年处理决定数量",), (
        ("licensing", "行政许可", ("licensing.decisions",)),
    )),
    Section2Table("第二十条第（六）项", ("本年处理决定数量",), (
        ("punishment", "行政处罚", ("punishment.decisions",)),
        ("coercion", "行政强制", ("coercion.decisions",)),
    )),
    Section2Table("第二十条第（八）项", ("本年收费金额（单位：万元）",), (
        ("fees", "行政事业性收费", ("fees.amount_wan",)),
    )),
)

SECTION2_2019: tuple[Section2Table, ...] = (
    Section2Table("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"), (
        ("regulation", "规章", ("regulation.made", "regulation.published", "regulation.total_published")),
        ("normative", "规范性文件", ("normative.made", "normative.published", "normative.total_published")),
    )),
    Section2Table("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量"), (
        ("licensing", "行政许可", ("licensing.items_last_year", "licensing.items_change", "licensing.decisions")),
        ("other_services", "其他对外管理服务事项",
         ("other_services.items_last_year", "other_services.items_change", "other_services.decisions")),
    )),
    Section2Table("第二十条第（六）项", ("上一年项目数量", "本年增/减", "处理决定数量"), (
        ("punishment", "行政处罚", ("punishment.items_last_year", "punishment.items_change", "punishment.decisions")),
        ("coercion", "行政强制", ("coercion.items_last_year", "coercion.items_change", "coercion.decisions")),
    )),
    Section2Table("第二十条第（八）项", ("上一年项目数量", "本年增/减"), (
        ("fees", "行政事业性收费", ("fees.items_last_year", "fees.items_change")),
    )),
    Section2Table("第二十条第（九）项", ("采购项目数量", "采购总金额"), (
        ("procurement", "政府集中采购", ("procurement.items", "procurement.amount_wan")),
    )),
)


def section2_tables(fmt: Format) -> tuple[Section2Table, ...]:
    return SECTION2_2021 if fmt == "2021" else SECTION2_2019


# keys of section 二 computed from catalog entries; every other key is a manual figure
COMPUTED_SECTION2 = {
    "2021": ("regulation.issued", "regulation.abolished", "regulation.in_force",
             "normative.issued", "normative.abolished", "normative.in_force"),
    "2019": ("regulation.made", "regulation.published", "regulation.total_published",
             "normative.made", "normative.published", "normative.total_published"),
}


def manual_figures(fmt: Format) -> tuple[Figure, ...]:
    """The section 二 figures staff enter (the platform has no source for them)."""
    out = []
    for table in section2_tables(fmt):
        for row_code, row_label_, keys in table.rows:
            for column, key in zip(table.columns, keys):
                if key in COMPUTED_SECTION2[fmt]:
                    continue
                decimal = key.endswith("amount_wan")
                out.append(Figure(key, f"{row_label_}·{column}", key, decimal=decimal, signed=key.endswith("_change")))
    return tuple(out)


def figure_by_code(fmt: Format) -> dict[str, Figure]:
    return {f.code: f for f in manual_figures(fmt)}


ZERO = Decimal("0")
