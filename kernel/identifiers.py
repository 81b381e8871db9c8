"""Check-digit validation of the identifiers the platform accepts.

* Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, last one a check character.
* Organisation code (组织机构代码, GB 11714-1997): 8 characters + a check character, often written ``XXXXXXXX-X``.
* Resident identity card number (居民身份证号码, GB 11643-1999): 17 digits + a check character, with a valid
  birth date.
"""
from __future__ import annotations

import re
from datetime import date

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_RE = re.compile(rf"^[{USCC_CHARSET}]{{18}}$")

_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_RE = re.compile(r"^[0-9A-Z]{8}[0-9X]$")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"^\d{17}[\dX]$")
_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
    "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
}


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    return bool(_USCC_RE.match(code)) and uscc_check_char(code[:17]) == code[17]


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def org_code_check_char(first8: str) -> str:
    c = 11 - sum(_org_value(ch) * w for ch, w in zip(first8, _ORG_WEIGHTS)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def normalise_org_code(code: str) -> str:
    return code.strip().upper().replace("-", "")


def is_valid_org_code(code: str) -> bool:
    code = normalise_org_code(code)
    return bool(_ORG_RE.match(code)) and org_code_check_char(code[:8]) == code[8]


def id_check_char(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def is_valid_resident_id(number: str, *, today: date | None = None) -> bool:
    number = number.strip().upper()
    if not _ID_RE.match(number) or number[:2] not in _PROVINCES:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if born > (today or date.today()) or born.year < 1890:
        return False
    return id_check_char(number[:17]) == number[17]


def agency_code_kind(code: str) -> str | None:
    """``uscc`` or ``org`` for a valid agency code, else None."""
    if is_valid_uscc(code.strip().upper()):
        return "uscc"
    if is_valid_org_code(code):
        return "org"
    return None
