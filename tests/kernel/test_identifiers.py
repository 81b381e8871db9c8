import pytest

from kernel.identifiers import (
    agency_code_kind,
    id_check_char,
    is_valid_org_code,
    is_valid_resident_id,
    is_valid_uscc,
    uscc_check_char,
)


@pytest.mark.parametrize(
    "code, valid",
    [
        ("91350100M000100Y43", True),  # published example of GB 32100
        ("91350100M000100Y44", False),  # wrong check character
        ("91350100M000100Y4", False),  # too short
        ("91350100M000100I43", False),  # I is not in the character set
        ("91350100m000100y43", False),  # lower case is not normalised here
    ],
)
def test_uscc(code, valid):
    assert is_valid_uscc(code) is valid


@pytest.mark.parametrize(
    "code, valid",
    [
        ("00250239-7", True),
        ("002502397", True),
        ("D2143569-X", True),
        ("00250239-8", False),
        ("0025023", False),
    ],
)
def test_organisation_code(code, valid):
    assert is_valid_org_code(code) is valid


@pytest.mark.parametrize(
    "number, valid",
    [
        ("11010519491231002X", True),  # GB 11643 example
        ("440524188001010014", False),  # GB 11643 example: valid check digit, but born 1880 is implausible
        ("11010519491231002x", True),  # lower-case x accepted
        ("110105194912310021", False),  # wrong check digit
        ("110105194902300025", False),  # 30 February
        ("990105194912310021", False),  # no such province
        ("11010520991231002X", False),  # born in the future
        ("1101051949123100", False),
    ],
)
def test_resident_id(number, valid):
    assert is_valid_resident_id(number) is valid


def test_check_characters_and_kinds():
    assert id_check_char("11010519491231002") == "X"
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert agency_code_kind("91350100M000100Y43") == "uscc"
    assert agency_code_kind("00250239-7") == "org"
    assert agency_code_kind("123") is None
