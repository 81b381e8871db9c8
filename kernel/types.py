"""Reusable validated field types for request schemas. Validators raise ``ValueError("中文|English")`` so the
problem handler can show the message in the caller's language."""
from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from kernel.identifiers import is_valid_resident_id, is_valid_uscc, normalise_org_code, agency_code_kind

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def _clean_text(value: object) -> object:
    if not isinstance(value, str):
        return value
    value = unicodedata.normalize("NFC", value).strip()
    if any(unicodedata.category(ch) in _CONTROL and ch not in "\n\r\t" for ch in value):
        raise ValueError("包含不可见的控制字符|contains control characters")
    return value


def _single_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("不能包含换行|must be a single line")
    return value


def Line(max_length: int, min_length: int = 1) -> type[str]:  # noqa: N802 - reads like a type
    """A single line of text, trimmed, without control characters."""
    return Annotated[  # type: ignore[return-value]
        str, BeforeValidator(_clean_text), AfterValidator(_single_line), Field(min_length=min_length, max_length=max_length)
    ]


def Paragraphs(max_length: int, min_length: int = 0) -> type[str]:  # noqa: N802
    """Multi-line text, trimmed, without control characters other than line breaks and tabs."""
    return Annotated[str, BeforeValidator(_clean_text), Field(min_length=min_length, max_length=max_length)]  # type: ignore[return-value]


_PHONE_RE = re.compile(r"^[0-9+\-()（） 转,，]{5,40}$")


def _phone(value: str) -> str:
    if not _PHONE_RE.match(value) or sum(c.isdigit() for c in value) < 5:
        raise ValueError("电话号码格式不正确|invalid phone number")
    return value


_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


def _mobile(value: str) -> str:
    value = value.replace(" ", "").replace("-", "")
    if value.startswith("+86"):
        value = value[3:]
    if not _MOBILE_RE.match(value):
        raise ValueError("手机号码应为 11 位数字|invalid mobile number (11 digits)")
    return value


_EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def _email(value: str) -> str:
    if len(value) > 120 or not _EMAIL_RE.match(value):
        raise ValueError("电子邮箱格式不正确|invalid e-mail address")
    return value.lower()


def _postal(value: str) -> str:
    if not re.fullmatch(r"\d{6}", value):
        raise ValueError("邮政编码应为 6 位数字|postal code must be 6 digits")
    return value


def _url(value: str) -> str:
    if len(value) > 300 or not re.match(r"^https?://[^\s/$.?#].[^\s]*$", value):
        raise ValueError("网址应以 http:// 或 https:// 开头|URL must start with http:// or https://")
    return value


def _agency_code(value: str) -> str:
    code = normalise_org_code(value)
    if agency_code_kind(code) is None:
        raise ValueError(
            "应为 18 位统一社会信用代码或 9 位组织机构代码，且校验位正确|"
            "must be an 18-character unified social credit code or a 9-character organisation code with a valid check character"
        )
    return code


def _uscc(value: str) -> str:
    code = value.strip().upper()
    if not is_valid_uscc(code):
        raise ValueError("统一社会信用代码格式或校验位不正确|invalid unified social credit code")
    return code


def _resident_id(value: str) -> str:
    number = value.strip().upper()
    if not is_valid_resident_id(number):
        raise ValueError("居民身份证号码格式或校验位不正确|invalid resident identity card number")
    return number


Phone = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_phone)]
Mobile = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_mobile)]
Email = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_email)]
PostalCode = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_postal)]
WebUrl = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_url)]
AgencyCode = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_agency_code)]
SocialCreditCode = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_uscc)]
ResidentId = Annotated[str, BeforeValidator(_clean_text), AfterValidator(_resident_id)]
