"""Personal data at rest: AES-GCM field encryption, a keyed blind index for lookups, and masking."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_VERSION = "v1"


class FieldCipher:
    """Encrypts short strings (ID numbers, phone numbers). Ciphertext: ``v1:<base64(nonce|ct)>``."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("data encryption key must be 32 bytes")
        self._aead = AESGCM(key)
        self._index_key = hashlib.sha256(b"gongkai-blind-index" + key).digest()

    @classmethod
    def from_setting(cls, value: str | None, *, key_file: Path, allow_generate: bool) -> "FieldCipher":
        """Use the configured base64 key; in development generate one on first run and keep it."""
        if value:
            return cls(base64.b64decode(value))
        if key_file.exists():
            return cls(base64.b64decode(key_file.read_text().strip()))
        if not allow_generate:
            raise RuntimeError("DATA_ENCRYPTION_KEY is required outside development")
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key = os.urandom(32)
        # written whole under a temporary name, then linked in: of several processes starting at once, one key wins
        # and every process reads that one
        tmp = key_file.with_name(f".{key_file.name}.{os.getpid()}.{os.urandom(4).hex()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(base64.b64encode(key).decode())
        try:
            os.link(tmp, key_file)
        except FileExistsError:
            return cls(base64.b64decode(key_file.read_text().strip()))
        finally:
            tmp.unlink()
        return cls(key)

    def encrypt(self, plaintext: str | None, *, context: str = "") -> str | None:
        if plaintext is None:
            return None
        nonce = os.urandom(12)
        ct = self._aead.encrypt(nonce, plaintext.encode(), context.encode() or None)
        return f"{_VERSION}:{base64.b64encode(nonce + ct).decode()}"

    def decrypt(self, token: str | None, *, context: str = "") -> str | None:
        if token is None:
            return None
        version, _, body = token.partition(":")
        if version != _VERSION:
            raise ValueError("unknown ciphertext version")
        raw = base64.b64decode(body)
        return self._aead.decrypt(raw[:12], raw[12:], context.encode() or None).decode()

    def blind_index(self, value: str | None) -> str | None:
        """A keyed hash for equality lookups (same value -> same index) that reveals nothing without the key."""
        if value is None:
            return None
        normalised = value.strip().upper()
        return hmac.new(self._index_key, normalised.encode(), hashlib.sha256).hexdigest()


def mask_phone(value: str | None) -> str | None:
    if not value:
        return value
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7:
        return digits[:3] + "*" * (len(digits) - 7) + digits[-4:] if len(digits) > 7 else digits[:3] + "****"
    return "*" * len(digits)


def mask_id_number(value: str | None) -> str | None:
    """``110101199003078515`` -> ``110101********8515``; short codes keep their first and last 2 characters."""
    if not value:
        return value
    if len(value) >= 15:
        return value[:6] + "*" * (len(value) - 10) + value[-4:]
    if len(value) > 4:
        return value[:2] + "*" * (len(value) - 4) + value[-2:]
    return "*" * len(value)


def mask_name(value: str | None) -> str | None:
    """``张三丰`` -> ``张**``."""
    if not value:
        return value
    return value[0] + "*" * (len(value) - 1)
