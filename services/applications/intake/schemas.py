from __future__ import annotations

import uuid
from datetime import date, datetime
from pydantic import BaseModel, ConfigDict, Field, model_validator

from kernel.identifiers import is_valid_resident_id, is_valid_uscc
from kernel.types import Email, Line, Paragraphs, Phone, PostalCode, ResidentId
from services.applications.dictionaries import ApplicantType, Channel, DeliveryMethod, IdKind, InfoForm, PostKind

ORGANISATION_TYPES = {"commercial", "research", "social_welfare", "legal_service", "other"}


class ApplicantIn(BaseModel):
    """Art. 29: name, proof of identity, contact details. Natural persons give an identity document; legal
    persons and other organisations their unified social credit code."""

    model_config = ConfigDict(extra="forbid")

    type: ApplicantType = Field(..., description="申请人类型（年度报告的六列）")
    name: Line(100, 2) = Field(..., description="姓名或名称")
    id_kind: IdKind = Field(..., description="身份证明类型")
    id_number: Line(40, 5) = Field(..., description="证件号码或统一社会信用代码")
    phone: Phone | None = Field(None, description="联系电话")
    email: Email | None = Field(None, description="电子邮箱")
    address: Line(300) | None = Field(None, description="通信地址")
    postal_code: PostalCode | None = None

    @model_validator(mode="after")
    def _identity(self) -> "ApplicantIn":
        number = self.id_number.strip().upper()
        if self.type == ApplicantType.natural_person:
            if self.id_kind == IdKind.uscc:
                raise ValueError("自然人应提供身份证件，而非统一社会信用代码|a natural person gives an identity document")
            if self.id_kind == IdKind.resident_id and not is_valid_resident_id(number):
                raise ValueError("居民身份证号码格式或校验位不正确|invalid resident identity card number")
        else:
            if self.id_kind != IdKind.uscc:
                raise ValueError("法人或其他组织应提供统一社会信用代码|an organisation gives its unified social credit code")
            if not is_valid_uscc(number):
                raise ValueError("统一社会信用代码格式或校验位不正确|invalid unified social credit code")
        self.id_number = number
        if not (self.phone or self.email or self.address):
            raise ValueError("请至少提供一种联系方式（电话、电子邮箱或通信地址）|give at least one contact (phone, e-mail or address)")
        return self


class AgentIn(BaseModel):
    """Someone applying on the applicant's behalf, with a power of attorney (授权委托书)."""

    model_config = ConfigDict(extra="forbid")

    name: Line(100, 2)
    id_number: ResidentId
    phone: Phone
    power_of_attorney_id: uuid.UUID = Field(..., description="已上传的授权委托书附件编号")


class ItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line(200, 2) = Field(..., description="所需信息的名称")
    description: Paragraphs(5000, 5) = Field(..., description="所需信息的内容描述（文号、时间等特征）")
    document_number: Line(100) | None = Field(None, description="文号")


class ApplicationIn(BaseModel):
    """An application submitted online (with or without an account) or by a partner platform."""

    model_config = ConfigDict(extra="forbid")

    agency_id: int = Field(..., ge=1, description="受理机关")
    applicant: ApplicantIn
    agent: AgentIn | None = None
    items: list[ItemIn] = Field(..., min_length=1, max_length=20, description="所需信息；每一项单独办理")
    info_form: InfoForm = Field(..., description="获取信息的形式")
    delivery_method: DeliveryMethod = Field(..., description="获取信息的方式")
    attachment_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10, description="身份证明等附件")

    @model_validator(mode="after")
    def _delivery(self) -> "ApplicationIn":
        contact = self.applicant
        if self.delivery_method == DeliveryMethod.post and not contact.address:
            raise ValueError("选择邮寄的，应填写通信地址|postal delivery needs an address")
        if self.delivery_method == DeliveryMethod.email and not contact.email:
            raise ValueError("选择电子邮件的，应填写电子邮箱|e-mail delivery needs an e-mail address")
        return self


class StaffApplicationIn(ApplicationIn):
    """An application that came in person, by post, fax, e-mail or orally, registered by staff with its real
    dates. Art. 31: in person — received the day it is handed in; registered post — the day the agency signs for
    it; ordinary post — the day the office confirms it with the applicant; fax/e-mail — the day both confirm."""

    channel: Channel
    post_kind: PostKind | None = None
    submitted_on: date = Field(..., description="提交（寄出、发送、口头提出）之日")
    received_on: date = Field(..., description="依条例第三十一条确定的收到申请之日")

    @model_validator(mode="after")
    def _dates(self) -> "StaffApplicationIn":
        if self.channel in (Channel.online, Channel.api):
            raise ValueError("网上和对接平台的申请由申请人提交，不由工作人员登记|online and API applications are submitted, not registered")
        if self.channel == Channel.post and self.post_kind is None:
            raise ValueError("信函申请应注明挂号信函或平常信函|say whether the post was registered or ordinary")
        if self.channel != Channel.post and self.post_kind is not None:
            raise ValueError("只有信函申请填写信函类型|post kind only for postal applications")
        if self.received_on < self.submitted_on:
            raise ValueError("收到申请之日不能早于提交之日|the date of receipt cannot be before submission")
        if self.channel in (Channel.in_person, Channel.oral) and self.received_on != self.submitted_on:
            raise ValueError("当面或口头提出的申请，以提交之日为收到申请之日|in person or oral: received the day submitted")
        return self


class SubmittedCase(BaseModel):
    id: uuid.UUID
    number: str
    title: str
    status: str


class SubmissionOut(BaseModel):
    id: uuid.UUID
    number: str = Field(..., description="申请编号")
    query_code: str | None = Field(None, description="查询码（仅显示这一次，请妥善保存）")
    agency_id: int
    channel: str
    submitted_at: datetime
    cases: list[SubmittedCase]


class AttachmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    purpose: str
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: datetime
