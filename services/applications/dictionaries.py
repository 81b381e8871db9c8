"""Code lists of the request-handling service (stable English codes, Chinese and English labels).

The outcome codes are the result rows of section 三 of the annual report (domain.md §3, docs/events.md); the
applicant types are its six columns. Statistics reads the same codes from the events.
"""
from __future__ import annotations

from kernel.dictionaries import LabelledEnum


class ApplicantType(LabelledEnum):
    natural_person = ("natural_person", "自然人", "Natural person")
    commercial = ("commercial", "商业企业", "Commercial enterprise")
    research = ("research", "科研机构", "Research institution")
    social_welfare = ("social_welfare", "社会公益组织", "Social welfare organisation")
    legal_service = ("legal_service", "法律服务机构", "Legal service organisation")
    other = ("other", "其他", "Other organisation")


class Channel(LabelledEnum):
    online = ("online", "网上申请", "Online")
    in_person = ("in_person", "当面提交", "In person")
    post = ("post", "信函", "Post")
    fax = ("fax", "传真", "Fax")
    email = ("email", "电子邮件", "E-mail")
    oral = ("oral", "口头申请（工作人员代为填写）", "Oral (written down by staff)")
    api = ("api", "对接平台", "Partner platform")


class PostKind(LabelledEnum):
    registered = ("registered", "挂号信函（以签收之日为收到申请之日）", "Registered post")
    ordinary = ("ordinary", "平常信函（以与申请人确认之日为收到申请之日）", "Ordinary post")


class IdKind(LabelledEnum):
    resident_id = ("resident_id", "居民身份证", "Resident identity card")
    passport = ("passport", "护照", "Passport")
    hk_macao_taiwan = ("hk_macao_taiwan", "港澳台居民证件", "Hong Kong/Macao/Taiwan resident permit")
    uscc = ("uscc", "统一社会信用代码", "Unified social credit code")


class InfoForm(LabelledEnum):
    paper = ("paper", "纸质", "Paper")
    electronic = ("electronic", "电子数据", "Electronic")
    any = ("any", "不限", "Any")


class DeliveryMethod(LabelledEnum):
    post = ("post", "邮寄", "Post")
    email = ("email", "电子邮件", "E-mail")
    pickup = ("pickup", "当面领取", "Pick-up")
    online = ("online", "在线下载", "Online download")
    fax = ("fax", "传真", "Fax")


class CaseStatus(LabelledEnum):
    registered = ("registered", "待确认收到", "Awaiting confirmation of receipt")
    received = ("received", "已收到", "Received")
    handling = ("handling", "办理中", "Being handled")
    supplement_requested = ("supplement_requested", "待补正", "Awaiting supplement")
    consulting = ("consulting", "征求意见中", "Consulting")
    awaiting_fee = ("awaiting_fee", "待缴费", "Awaiting fee payment")
    awaiting_reasons = ("awaiting_reasons", "待说明理由", "Awaiting reasons (Art. 35)")
    reviewing = ("reviewing", "答复待审核", "Reply awaiting approval")
    approved = ("approved", "答复已签发待送达", "Reply approved, awaiting dispatch")
    replied = ("replied", "已答复", "Replied")
    closed = ("closed", "已终止", "Closed")
    withdrawn = ("withdrawn", "已撤回", "Withdrawn")
    archived = ("archived", "已归档", "Archived")


OPEN_STATUSES = frozenset({
    "received", "handling", "supplement_requested", "consulting", "awaiting_fee", "awaiting_reasons", "reviewing",
    "approved",
})
CLOSED_STATUSES = frozenset({"replied", "closed", "withdrawn", "archived"})


class Outcome(LabelledEnum):
    disclosed = ("disclosed", "予以公开", "Disclosed")
    partly_disclosed = ("partly_disclosed", "部分公开", "Partly disclosed")
    withheld_state_secret = ("withheld.state_secret", "不予公开：属于国家秘密", "Withheld: state secret")
    withheld_prohibited_by_law = ("withheld.prohibited_by_law", "不予公开：其他法律行政法规禁止公开",
                                  "Withheld: prohibited by other laws")
    withheld_three_safeties = ("withheld.three_safeties", "不予公开：危及“三安全一稳定”",
                               "Withheld: endangers security or stability")
    withheld_third_party = ("withheld.third_party", "不予公开：保护第三方合法权益", "Withheld: third-party rights")
    withheld_internal_affairs = ("withheld.internal_affairs", "不予公开：属于三类内部事务信息",
                                 "Withheld: internal affairs")
    withheld_process_info = ("withheld.process_info", "不予公开：属于四类过程性信息", "Withheld: process information")
    withheld_enforcement_file = ("withheld.enforcement_file", "不予公开：属于行政执法案卷",
                                 "Withheld: enforcement file")
    withheld_inquiry_matter = ("withheld.inquiry_matter", "不予公开：属于行政查询事项", "Withheld: inquiry matter")
    unavailable_not_held = ("unavailable.not_held", "无法提供：本机关不掌握相关政府信息",
                            "Unavailable: not held by this agency")
    unavailable_needs_creation = ("unavailable.needs_creation", "无法提供：没有现成信息需要另行制作",
                                  "Unavailable: would have to be created")
    unavailable_unclear_after_supplement = ("unavailable.unclear_after_supplement", "无法提供：补正后申请内容仍不明确",
                                            "Unavailable: still unclear after supplement")
    not_handled_petition = ("not_handled.petition", "不予处理：信访举报投诉类申请", "Not handled: petition/complaint")
    not_handled_repeat = ("not_handled.repeat", "不予处理：重复申请", "Not handled: repeated application")
    not_handled_publication = ("not_handled.publication", "不予处理：要求提供公开出版物",
                               "Not handled: request for publications")
    not_handled_excessive = ("not_handled.excessive", "不予处理：无正当理由大量反复申请",
                             "Not handled: excessive requests without reason")
    not_handled_confirmation = ("not_handled.confirmation", "不予处理：要求行政机关确认或重新出具已获取信息",
                                "Not handled: confirmation or re-issue of obtained information")
    other_no_supplement = ("other.no_supplement", "其他处理：申请人无正当理由逾期不补正",
                           "Other: no supplement in time")
    other_fee_unpaid = ("other.fee_unpaid", "其他处理：申请人逾期未缴纳费用", "Other: fee not paid in time")
    other_other = ("other.other", "其他处理：其他", "Other")


# Outcomes a handler may put in a draft reply (the rest are reached by the process itself: abandonment for want of
# a supplement or a fee is recorded by the deadline job, withdrawal by the withdrawal).
DRAFTABLE_OUTCOMES = frozenset(o.value for o in Outcome) - {"other.no_supplement", "other.fee_unpaid"}


class ConsultationParty(LabelledEnum):
    third_party = ("third_party", "第三方（条例第三十二条）", "Third party (Art. 32)")
    agency = ("agency", "其他机关（条例第三十四条）", "Other agency (Art. 34)")


class ConsultationAnswer(LabelledEnum):
    consent = ("consent", "同意公开", "Consents")
    objection = ("objection", "反对公开", "Objects")
    no_answer = ("no_answer", "逾期未答复", "No answer in time")


class FeeMethod(LabelledEnum):
    per_application = ("per_application", "按件计收", "Per application")
    per_page = ("per_page", "按量计收", "Per page")


class AppealKind(LabelledEnum):
    reconsideration = ("reconsideration", "行政复议", "Administrative reconsideration")
    litigation_direct = ("litigation_direct", "行政诉讼（未经复议直接起诉）", "Litigation (direct)")
    litigation_after_reconsideration = ("litigation_after_reconsideration", "行政诉讼（复议后起诉）",
                                        "Litigation (after reconsideration)")


class AppealOutcome(LabelledEnum):
    upheld = ("upheld", "结果维持", "Upheld")
    corrected = ("corrected", "结果纠正", "Corrected")
    other = ("other", "其他结果", "Other")
    pending = ("pending", "尚未审结", "Pending")


class InquiryChannel(LabelledEnum):
    phone = ("phone", "电话咨询", "Phone")
    in_person = ("in_person", "现场咨询", "In person")
    online = ("online", "网上咨询", "Online")
    letter = ("letter", "信函咨询", "Letter")


class LibraryModule(LabelledEnum):
    guiding_case = ("guiding_case", "指导案例", "Guiding cases")
    theory = ("theory", "理论研究", "Theory and research")
    reference_text = ("reference_text", "参考文本", "Reference texts")


class LibraryStatus(LabelledEnum):
    nominated = ("nominated", "待审核", "Nominated, awaiting review")
    published = ("published", "已入库", "In the library")
    rejected = ("rejected", "未入库", "Rejected")


class LetterKind(LabelledEnum):
    receipt = ("receipt", "政府信息公开申请接收回执", "Receipt")
    supplement_notice = ("supplement_notice", "补正申请告知书", "Supplement notice")
    reasons_request = ("reasons_request", "说明理由告知书", "Request for reasons")
    extension_notice = ("extension_notice", "延期答复告知书", "Extension notice")
    deferral_notice = ("deferral_notice", "延后答复告知书", "Deferred reply notice (Art. 35)")
    third_party_consultation = ("third_party_consultation", "征求第三方意见函", "Third-party consultation letter")
    consultation_notice = ("consultation_notice", "征求意见告知书", "Consultation notice to the applicant")
    third_party_disclosure_notice = ("third_party_disclosure_notice", "第三方公开告知书",
                                     "Notice to the third party of disclosure")
    agency_consultation = ("agency_consultation", "征求其他机关意见函", "Inter-agency consultation letter")
    fee_notice = ("fee_notice", "收费通知书", "Fee notice")
    reply = ("reply", "政府信息公开申请答复书", "Reply letter")


class NotificationKind(LabelledEnum):
    """What an in-app notification to staff is about."""

    new_application = ("new_application", "新申请待确认", "New application awaiting confirmation")
    confirmation_overdue = ("confirmation_overdue", "确认超期", "Confirmation of receipt overdue")
    due_soon = ("due_soon", "答复即将到期", "Reply due soon")
    overdue = ("overdue", "已超过答复期限", "Reply overdue")
    assigned = ("assigned", "分办给我", "Assigned to me")


class CaseEventKind(LabelledEnum):
    """A step in a case's history (``case_events.kind``)."""

    received = ("received", "收到申请", "Application received")
    assigned = ("assigned", "分办", "Assigned")
    supplement_requested = ("supplement_requested", "告知补正", "Supplement requested")
    supplement_received = ("supplement_received", "收到补正", "Supplement received")
    extended = ("extended", "延期答复", "Reply period extended")
    consultation_started = ("consultation_started", "征求意见", "Consultation started")
    consultation_ended = ("consultation_ended", "意见反馈", "Consultation ended")
    reasons_requested = ("reasons_requested", "要求说明理由", "Reasons requested")
    reasons_received = ("reasons_received", "收到说明的理由", "Reasons received")
    reasons_expired = ("reasons_expired", "说明理由期限届满", "Period for reasons ended")
    deferred = ("deferred", "确定延迟答复日期", "Reply deferred (Art. 35)")
    fee_notified = ("fee_notified", "发出收费通知", "Fee notice issued")
    fee_paid = ("fee_paid", "缴费", "Fee paid")
    fee_expired = ("fee_expired", "缴费期限届满", "Payment period ended")
    reply_drafted = ("reply_drafted", "起草答复", "Reply drafted")
    reply_approved = ("reply_approved", "审核签发", "Reply approved")
    reply_returned = ("reply_returned", "退回答复稿", "Reply draft returned")
    reply_dispatched = ("reply_dispatched", "答复已发出", "Reply dispatched")
    reply_delivered = ("reply_delivered", "答复已送达", "Reply delivered")
    withdrawn = ("withdrawn", "撤回申请", "Application withdrawn")
    abandoned = ("abandoned", "终止处理", "Handling ended")
    reopened = ("reopened", "重新办理", "Reopened")
    archived = ("archived", "归档", "Archived")
    split = ("split", "拆分", "Split")
    note = ("note", "备注", "Note")


class EventOrigin(LabelledEnum):
    """How a step of a case's history came to be recorded (``case_events.offline``: false → ``platform``, true →
    ``recorded``). A step staff record carries the date they give, the day it actually happened: a supplement
    request the platform issued as a letter, a payment made at the counter, a reply delivered by post. It says
    nothing about whether the platform sent anything."""

    platform = ("platform", "平台自动记录", "Recorded by the platform")
    recorded = ("recorded", "工作人员登记", "Recorded by staff")


class AttachmentPurpose(LabelledEnum):
    """What an applicant's uploaded file is for (``attachments.purpose``; intake.service.PURPOSES)."""

    identity_proof = ("identity_proof", "身份证明", "Proof of identity")
    power_of_attorney = ("power_of_attorney", "授权委托书", "Power of attorney")
    supplement = ("supplement", "补正材料", "Supplement")
    evidence = ("evidence", "证明材料", "Supporting evidence")
    other = ("other", "其他材料", "Other")


class LetterRecipient(LabelledEnum):
    """Whom a letter is addressed to (``letters.recipient``); only letters to the applicant are shown to them."""

    applicant = ("applicant", "致申请人", "To the applicant")
    third_party = ("third_party", "致第三方", "To the third party")
    agency = ("agency", "致其他机关", "To another agency")


class AuditAction(LabelledEnum):
    """What the audit log records (``tests/test_audit_labels.py`` fails when the code writes one not listed here)."""

    application_submitted = ("application.submitted", "网上提交申请", "Application submitted online")
    application_registered = ("application.registered", "登记线下申请", "Offline application registered")
    attachment_uploaded = ("attachment.uploaded", "上传附件", "Attachment uploaded")
    case_received = ("case.received", "确认收到申请", "Receipt confirmed")
    case_assigned = ("case.assigned", "分办", "Case assigned")
    case_note_added = ("case.note_added", "添加备注", "Note added")
    case_supplement_requested = ("case.supplement_requested", "告知补正", "Supplement requested")
    case_supplement_received = ("case.supplement_received", "收到补正", "Supplement received")
    case_extended = ("case.extended", "延期答复", "Reply period extended")
    case_consultation_started = ("case.consultation_started", "征求意见", "Consultation started")
    case_consultation_ended = ("case.consultation_ended", "结束征求意见", "Consultation ended")
    case_reasons_requested = ("case.reasons_requested", "要求说明理由", "Reasons requested")
    case_reasons_received = ("case.reasons_received", "收到说明的理由", "Reasons received")
    case_reasons_expired = ("case.reasons_expired", "说明理由期限届满", "Period for reasons ended")
    case_fee_notified = ("case.fee_notified", "发出收费通知", "Fee notice issued")
    case_fee_paid = ("case.fee_paid", "登记缴费", "Payment recorded")
    case_reply_drafted = ("case.reply_drafted", "起草答复", "Reply drafted")
    case_reply_approved = ("case.reply_approved", "审核签发答复", "Reply approved")
    case_reply_returned = ("case.reply_returned", "退回答复稿", "Reply draft returned")
    case_reply_dispatched = ("case.reply_dispatched", "发出答复", "Reply dispatched")
    case_reply_delivered = ("case.reply_delivered", "登记送达", "Delivery recorded")
    case_archived = ("case.archived", "归档", "Case archived")
    case_withdrawn = ("case.withdrawn", "撤回申请", "Application withdrawn")
    case_reopened = ("case.reopened", "重新办理", "Case reopened")
    case_abandoned = ("case.abandoned", "终止处理（逾期未补正或未缴费）", "Closed: no supplement or fee in time")
    case_split = ("case.split", "拆分申请", "Case split")
    case_split_created = ("case.split_created", "拆分出新申请", "Case created by a split")
    case_due_recomputed = ("case.due_recomputed", "重算答复期限（工作日历调整）",
                           "Due date recomputed (calendar changed)")
    appeal_filed = ("appeal.filed", "登记行政复议或诉讼", "Appeal recorded")
    appeal_decided = ("appeal.decided", "登记复议或诉讼结果", "Appeal outcome recorded")
    consultation_recorded = ("consultation.recorded", "登记政府信息公开咨询", "Enquiry recorded")
    letter_template_saved = ("letter_template.saved", "修改文书模板", "Letter template saved")
    library_nominated = ("library.nominated", "推荐入库", "Nominated for the case library")
    library_reviewed = ("library.reviewed", "审核入库推荐", "Case library nomination reviewed")
    calendar_year_replaced = ("calendar.year_replaced", "更新全年工作日历", "Working-day calendar of a year replaced")


class AuditEntity(LabelledEnum):
    application = ("application", "申请", "Application")
    case = ("case", "申请事项（案件）", "Case")
    attachment = ("attachment", "附件", "Attachment")
    appeal = ("appeal", "行政复议或诉讼", "Appeal")
    consultation = ("consultation", "咨询记录", "Enquiry record")
    letter_template = ("letter_template", "文书模板", "Letter template")
    library_entry = ("library_entry", "案例库条目", "Case library entry")
    calendar_year = ("calendar_year", "工作日历（年度）", "Working-day calendar (year)")


DICTIONARIES = {
    "applicant_types": ApplicantType,
    "channels": Channel,
    "post_kinds": PostKind,
    "id_kinds": IdKind,
    "info_forms": InfoForm,
    "delivery_methods": DeliveryMethod,
    "case_statuses": CaseStatus,
    "outcomes": Outcome,
    "consultation_parties": ConsultationParty,
    "consultation_answers": ConsultationAnswer,
    "fee_methods": FeeMethod,
    "appeal_kinds": AppealKind,
    "appeal_outcomes": AppealOutcome,
    "inquiry_channels": InquiryChannel,
    "library_modules": LibraryModule,
    "library_statuses": LibraryStatus,
    "letter_kinds": LetterKind,
    "notification_kinds": NotificationKind,
    "case_event_kinds": CaseEventKind,
    "event_origins": EventOrigin,
    "attachment_purposes": AttachmentPurpose,
    "letter_recipients": LetterRecipient,
    "audit_actions": AuditAction,
    "audit_entities": AuditEntity,
}
