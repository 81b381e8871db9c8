"""Language negotiation, personal-data masking and encryption, JSON log lines."""
import json
import logging

import pytest

from kernel.crypto import FieldCipher, mask_id_number, mask_name, mask_phone
from kernel.i18n import negotiate
from kernel.logging import JsonFormatter, mask_text
from kernel.request_context import request_id_var


@pytest.mark.parametrize(
    "header, lang",
    [
        (None, "zh"),
        ("", "zh"),
        ("en", "en"),
        ("en-US,en;q=0.9", "en"),
        ("zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        ("fr-FR, en;q=0.5", "en"),
        ("en;q=0.3, zh;q=0.7", "zh"),
        ("de", "zh"),
        ("en;q=abc", "zh"),
    ],
)
def test_negotiate(header, lang):
    assert negotiate(header) == lang


def test_masks():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_name("张三丰") == "张**"
    assert mask_phone(None) is None


def test_log_text_masking():
    text = "申请人 11010519491231002X 电话 13812345678，订单 2024123112345678901 不动"
    masked = mask_text(text)
    assert "11010519491231002X" not in masked and "110105********002X" in masked
    assert "138****5678" in masked
    assert "2024123112345678901" in masked  # 19 digits: not an ID number
    # identifiers that happen to contain 11 digits (a UUID in a request path) are left alone
    path = "GET /api/v1/catalog/entries/1834e863-7ee7-42ad-bda6-f18511117504 电话:13912345678"
    assert mask_text(path) == "GET /api/v1/catalog/entries/1834e863-7ee7-42ad-bda6-f18511117504 电话:139****5678"


def test_field_cipher_roundtrip_and_blind_index(tmp_path):
    cipher = FieldCipher.from_setting(None, key_file=tmp_path / "k", allow_generate=True)
    token = cipher.encrypt("13812345678", context="phone")
    assert "13812345678" not in token
    assert cipher.decrypt(token, context="phone") == "13812345678"
    assert cipher.encrypt("13812345678", context="phone") != token  # random nonce
    assert cipher.blind_index("13812345678") == cipher.blind_index(" 13812345678 ")
    with pytest.raises(Exception):
        cipher.decrypt(token, context="other")  # bound to its context
    again = FieldCipher.from_setting(None, key_file=tmp_path / "k", allow_generate=True)
    assert again.decrypt(token, context="phone") == "13812345678"  # the key was kept


def _blind_index_with_generated_key(key_file):
    return FieldCipher.from_setting(None, key_file=key_file, allow_generate=True).blind_index("x")


def test_processes_generating_the_key_at_once_agree_on_one(tmp_path):
    """Services started together in development (gateway, applications) must not end up with different keys."""
    from concurrent.futures import ProcessPoolExecutor

    key_file = tmp_path / "keys" / "data.key"
    with ProcessPoolExecutor(4) as pool:
        indexes = set(pool.map(_blind_index_with_generated_key, [key_file] * 8))
    assert len(indexes) == 1
    assert [p.name for p in key_file.parent.iterdir()] == ["data.key"]  # no temporary files left


def test_field_cipher_refuses_to_generate_outside_development(tmp_path):
    with pytest.raises(RuntimeError):
        FieldCipher.from_setting(None, key_file=tmp_path / "missing", allow_generate=False)


def test_json_log_line_has_request_id_and_masks():
    formatter = JsonFormatter("catalog")
    token = request_id_var.set("abc123")
    try:
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "phone %s", ("13812345678",), None)
        line = json.loads(formatter.format(record))
    finally:
        request_id_var.reset(token)
    assert line["request_id"] == "abc123"
    assert line["service"] == "catalog"
    assert line["message"] == "phone 138****5678"
