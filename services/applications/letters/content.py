"""The wording of the standard letters.

Each letter is a list of blocks. Blocks marked ``locked`` carry the legal text (the decision with its basis in
the Regulation, the remedy clause, the statutory consequences) and cannot be changed by an agency; the editable
parts (``PARTS``: header, review body, closing, contact line, signature) come from the agency's template.
Fields in braces are merged from the case.
"""
from __future__ import annotations

import re
import string
from typing import Any

REG = "《中华人民共和国政府信息公开条例》"

# editable parts with their defaults; an agency's template may override each (and only these)
PARTS: dict[str, tuple[str, str]] = {
    "header": ("{agency_name}", "机关名称行"),
    "review_body": ("依法有权受理的行政复议机关", "行政复议机关（救济条款中引用）"),
    "closing": ("特此告知。", "结束语"),
    "contact": ("联系电话：{agency_phone}　　通信地址：{agency_address}", "联系方式"),
    "signature": ("{agency_name}", "落款"),
}

# fields a template part may use
PART_FIELDS = {"agency_name", "agency_phone", "agency_address", "handler_name", "issued_on"}

REMEDY = ("如对本答复不服，可以自收到本答复之日起60日内向{review_body}申请行政复议，"
          "或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。")

# outcome -> (decision paragraph, legal basis)
REPLY: dict[str, tuple[str, str]] = {
    "disclosed": ("经审查，您申请获取的政府信息属于公开范围，本机关予以公开。",
                  f"{REG}第三十六条第（二）项"),
    "partly_disclosed": ("经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理，"
                         "本机关向您提供可以公开的内容，对不予公开的内容说明理由。",
                         f"{REG}第三十七条、第三十六条第（二）项和第（三）项"),
    "withheld.state_secret": ("经审查，您申请获取的政府信息依法确定为国家秘密，本机关不予公开。",
                              f"{REG}第十四条、第三十六条第（三）项"),
    "withheld.prohibited_by_law": ("经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关不予公开。",
                                   f"{REG}第十四条、第三十六条第（三）项"),
    "withheld.three_safeties": ("经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，"
                                "本机关不予公开。", f"{REG}第十四条、第三十六条第（三）项"),
    "withheld.third_party": ("经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，"
                             "本机关不予公开。", f"{REG}第十五条、第三十二条、第三十六条第（三）项"),
    "withheld.internal_affairs": ("经审查，您申请获取的政府信息属于行政机关的内部事务信息，本机关不予公开。",
                                  f"{REG}第十六条第一款、第三十六条第（三）项"),
    "withheld.process_info": ("经审查，您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息，"
                              "本机关不予公开。", f"{REG}第十六条第二款、第三十六条第（三）项"),
    "withheld.enforcement_file": ("经审查，您申请获取的政府信息属于行政执法案卷信息，本机关不予公开。",
                                  f"{REG}第十六条第二款、第三十六条第（三）项"),
    "withheld.inquiry_matter": ("经审查，您申请获取的信息属于行政查询事项，请按照有关规定通过相应查询渠道办理。",
                                f"{REG}第三十六条第（七）项"),
    "unavailable.not_held": ("经检索，本机关未制作、获取您申请公开的政府信息，该政府信息不存在或者不属于本机关负责公开。",
                             f"{REG}第三十六条第（四）项和第（五）项"),
    "unavailable.needs_creation": ("经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析，本机关不予提供。",
                                   f"{REG}第三十八条"),
    "unavailable.unclear_after_supplement": ("经审查，您补正后的申请内容仍不明确，本机关无法确定您所需的政府信息，无法提供。",
                                             f"{REG}第二十九条第二款、第三十条"),
    "not_handled.petition": ("经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，"
                             "您可以通过相应渠道提出。", f"{REG}第三十九条第一款"),
    "not_handled.repeat": ("经审查，本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同政府信息，本机关不予重复处理。",
                           f"{REG}第三十六条第（六）项"),
    "not_handled.publication": ("经审查，您申请获取的是政府公报、报刊、书籍等公开出版物，请通过下列途径获取。",
                                f"{REG}第三十九条第二款"),
    "not_handled.excessive": ("经审查，您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理，本机关不予处理。",
                              f"{REG}第三十五条"),
    "not_handled.confirmation": ("经审查，您的申请系要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请，"
                                 "本机关不作为政府信息公开申请处理。", f"{REG}第三十九条"),
    "other.no_supplement": ("本机关已于{supplement_requested_on}书面告知您补正申请，补正期限至{supplement_deadline}。"
                            "您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。",
                            f"{REG}第三十条"),
    "other.fee_unpaid": ("本机关已于{fee_notified_on}向您发出收费通知，缴费期限至{fee_deadline}。您逾期未缴纳信息处理费，"
                         "视为放弃申请，本机关不再处理该政府信息公开申请。",
                         f"{REG}第四十二条、《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
    "other.other": ("经审查，本机关对您的申请作如下处理。", f"{REG}相关规定"),
}

# letter kind -> blocks: (style, text, locked). style: title | salutation | para | list | right
INTRO = "{applicant_name}："
RECEIVED = "本机关于{received_on}收到您提出的政府信息公开申请（申请编号：{number}），所需信息：{title}。"

LETTERS: dict[str, list[tuple[str, str, bool]]] = {
    "receipt": [
        ("salutation", INTRO, False),
        ("para", "您于{submitted_on}通过{channel}提出的政府信息公开申请已收悉，申请编号：{number}，所需信息：{title}。"
                 "本机关收到申请之日为{received_on}。", True),
        ("para", f"根据{REG}第三十三条的规定，本机关将自收到申请之日起20个工作日内（{{due_on}}前）予以答复；"
                 "需要延长答复期限的，将书面告知您。请凭申请编号和查询码查询办理进度。", True),
    ],
    "supplement_notice": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", "经审查，您的申请内容需要补正，请补正下列全部事项：", True),
        ("list", "{supplement_items}", True),
        ("para", f"根据{REG}第三十条的规定，请您于{{supplement_deadline}}前补正。答复期限自本机关收到补正的申请之日起计算。"
                 "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。", True),
    ],
    "reasons_request": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", f"您申请公开政府信息的数量、频次明显超过合理范围。根据{REG}第三十五条的规定，请您于{{reasons_deadline}}前"
                 "说明理由。本机关认为申请理由不合理的，告知您不予处理；认为申请理由合理，但是无法在规定期限内答复的，"
                 "可以确定延迟答复的合理期限并告知您。等待说明理由的时间不计算在答复期限内。", True),
    ],
    "extension_notice": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", "因{extension_reason}，本机关不能在规定期限内作出答复。", False),
        ("para", f"根据{REG}第三十三条第二款的规定，经政府信息公开工作机构负责人同意，答复期限延长{{extension_days}}个工作日，"
                 "本机关将于{due_on}前作出答复。", True),
    ],
    "deferral_notice": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", f"本机关认为您说明的理由合理，但无法在规定期限内答复。根据{REG}第三十五条的规定，本机关确定于{{due_on}}前"
                 "作出答复。", True),
    ],
    "third_party_consultation": [
        ("salutation", "{party_name}：", False),
        ("para", "本机关于{received_on}收到一份政府信息公开申请，申请公开的信息为：{title}。该信息可能涉及贵方的商业秘密、"
                 "个人隐私等合法权益。", True),
        ("para", f"根据{REG}第三十二条的规定，现书面征求贵方意见，请自收到本函之日起15个工作日内（{{consultation_deadline}}前）"
                 "书面提出意见。逾期未提出意见的，由本机关依照条例的规定决定是否公开。贵方不同意公开且有合理理由的，本机关不予公开；"
                 "本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知贵方。", True),
        ("para", "征求意见的范围：{consultation_scope}", False),
    ],
    "agency_consultation": [
        ("salutation", "{party_name}：", False),
        ("para", "本机关于{received_on}收到一份政府信息公开申请，申请公开的信息为：{title}。该信息由本机关与贵机关共同制作。", True),
        ("para", f"根据{REG}第三十四条的规定，现征求贵机关意见，请自收到本函之日起15个工作日内（{{consultation_deadline}}前）"
                 "提出意见，逾期未提出意见的视为同意公开。", True),
        ("para", "征求意见的范围：{consultation_scope}", False),
    ],
    "consultation_notice": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", f"您申请公开的信息需要征求{{party_kind}}意见。根据{REG}第三十二条至第三十四条的规定，本机关已于"
                 "{consultation_started_on}书面征求意见，征求意见所需时间不计算在答复期限内。", True),
    ],
    "third_party_disclosure_notice": [
        ("salutation", "{party_name}：", False),
        ("para", "本机关于{consultation_started_on}就政府信息公开申请征求贵方意见。申请公开的信息为：{title}。", True),
        ("para", f"本机关认为不公开可能对公共利益造成重大影响，根据{REG}第十五条、第三十二条的规定，决定予以公开。", True),
        ("para", "决定公开的内容和理由：{disclosure_reason}", False),
    ],
    "fee_notice": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", f"根据{REG}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，本机关对您的申请"
                 "收取信息处理费。计收方式：{fee_method}；计费依据：{fee_basis}；应缴金额：{fee_amount}元。", True),
        ("para", "请于{fee_deadline}前缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。"
                 "等待缴费的时间不计算在答复期限内。", True),
    ],
    "reply": [
        ("salutation", INTRO, False),
        ("para", RECEIVED, True),
        ("para", "{decision}", True),
        ("para", "{details}", False),
        ("para", "依据：{legal_basis}。", True),
        ("para", REMEDY, True),
    ],
}

TITLES = {
    "receipt": "政府信息公开申请接收回执",
    "supplement_notice": "补正申请告知书",
    "reasons_request": "说明理由告知书",
    "extension_notice": "延期答复告知书",
    "deferral_notice": "延迟答复告知书",
    "third_party_consultation": "征求第三方意见函",
    "agency_consultation": "征求意见函",
    "consultation_notice": "征求意见告知书",
    "third_party_disclosure_notice": "第三方公开告知书",
    "fee_notice": "收费通知书",
    "reply": "政府信息公开申请答复书",
}

# who receives each kind; only letters to the applicant are offered to the applicant for download
RECIPIENTS = {
    "third_party_consultation": "third_party",
    "third_party_disclosure_notice": "third_party",
    "agency_consultation": "agency",
}


class _Fields(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "________"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def check_part(name: str, text: str) -> None:
    """An agency's part may use only the part fields; raises ValueError("中文|English")."""
    unknown = placeholders(text) - PART_FIELDS
    if unknown:
        raise ValueError(f"{name} 中含有不支持的字段：{', '.join(sorted(unknown))}|unsupported fields in {name}: "
                         f"{', '.join(sorted(unknown))}")


def merge(text: str, fields: dict[str, Any]) -> str:
    return text.format_map(_Fields({k: ("" if v is None else v) for k, v in fields.items()}))


def build(kind: str, fields: dict[str, Any], parts: dict[str, str]) -> dict[str, Any]:
    """The letter as data: title, header, blocks with their locked flags, closing, contact, signature, date."""
    all_parts = {k: parts.get(k) or default for k, (default, _) in PARTS.items()}
    merged_parts = {k: merge(v, fields) for k, v in all_parts.items()}
    values = {**fields, **merged_parts}
    if kind == "reply":
        decision, basis = REPLY[fields["outcome"]]
        values["decision"] = merge(decision, values)
        values["legal_basis"] = basis
    blocks = []
    for style, text, locked in LETTERS[kind]:
        rendered = merge(text, values).strip()
        if not rendered:
            continue
        if style == "list":
            for line in [ln for ln in rendered.splitlines() if ln.strip()]:
                blocks.append({"style": "para", "text": line, "locked": locked})
        else:
            blocks.extend({"style": style, "text": para, "locked": locked}
                          for para in re.split(r"\n\s*\n|\n", rendered) if para.strip())
    return {
        "header": merged_parts["header"],
        "title": TITLES[kind],
        "reference": f"（申请编号：{fields.get('number', '')}）",
        "blocks": blocks,
        "closing": merged_parts["closing"],
        "contact": merged_parts["contact"],
        "signature": merged_parts["signature"],
        "date": fields.get("issued_on", ""),
    }
