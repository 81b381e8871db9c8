"""The gateway's ES256 signing key and the JWKS it publishes.

Outside development a key must be configured (``GATEWAY_JWT_PRIVATE_KEY`` or ``GATEWAY_JWT_PRIVATE_KEY_FILE``);
in development one is generated on first run and kept under the data folder.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from gateway.config import GatewaySettings


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def public_jwk(public_key: ec.EllipticCurvePublicKey) -> dict[str, str]:
    numbers = public_key.public_numbers()
    jwk = {
        "crv": "P-256",
        "kty": "EC",
        "x": _b64url(numbers.x.to_bytes(32, "big")),
        "y": _b64url(numbers.y.to_bytes(32, "big")),
    }
    # RFC 7638 thumbprint as the key id
    canonical = json.dumps(jwk, separators=(",", ":"), sort_keys=True).encode()
    jwk["kid"] = _b64url(hashlib.sha256(canonical).digest())
    jwk["alg"] = "ES256"
    jwk["use"] = "sig"
    return jwk


@dataclass
class SigningKey:
    private_pem: str
    jwk: dict[str, str]

    @property
    def kid(self) -> str:
        return self.jwk["kid"]

    @classmethod
    def from_pem(cls, pem: str) -> "SigningKey":
        key = serialization.load_pem_private_key(pem.encode(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
            raise RuntimeError("the JWT signing key must be an EC P-256 private key (ES256)")
        return cls(private_pem=pem, jwk=public_jwk(key.public_key()))

    @classmethod
    def generate(cls) -> "SigningKey":
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        return cls.from_pem(pem)


def dev_key_file(settings: GatewaySettings) -> Path:
    return settings.data_dir / "keys" / "jwt-es256.pem"


def load_signing_key(settings: GatewaySettings) -> SigningKey:
    if settings.jwt_private_key:
        return SigningKey.from_pem(settings.jwt_private_key)
    if settings.jwt_private_key_file:
        return SigningKey.from_pem(settings.jwt_private_key_file.read_text())
    if not settings.is_development:
        raise RuntimeError(
            "refusing to start: no JWT signing key configured (set GATEWAY_JWT_PRIVATE_KEY_FILE); "
            "generated keys are for development only"
        )
    path = dev_key_file(settings)
    if path.exists():
        return SigningKey.from_pem(path.read_text())
    key = SigningKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.private_pem)
    return key


def build_jwks(settings: GatewaySettings, key: SigningKey) -> dict[str, Any]:
    keys: list[dict[str, Any]] = [key.jwk]
    if settings.jwt_extra_public_keys_file and settings.jwt_extra_public_keys_file.exists():
        extra = json.loads(settings.jwt_extra_public_keys_file.read_text())
        keys.extend(k for k in extra.get("keys", []) if k.get("kid") != key.kid)
    return {"keys": keys}
