"""Tokens: issued by the gateway, verified by the gateway and by every service on their own."""
import base64
import hashlib
import hmac
import json
import time

import pytest
from cryptography.hazmat.primitives import serialization
from jose import jwt

from gateway.keys import SigningKey
from tests.support.helpers import assert_problem, bearer, login, mint_token
from tests.support.stack import ADMIN_PASSWORD

# one protected endpoint per service, reached through the gateway, plus the gateway's own /me
PROTECTED = [
    "/api/v1/auth/me",
    "/api/v1/catalog/audit",
    "/api/v1/applications/audit",
    "/api/v1/statistics/agencies",
]


def _b64(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


async def test_issued_token_is_verified_everywhere(gw, stack):
    tokens = await login(gw, "admin", ADMIN_PASSWORD)
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] > 0 and tokens["refresh_token"]
    header = jwt.get_unverified_header(tokens["access_token"])
    assert header["alg"] == "ES256" and header["kid"] == stack.key.kid
    claims = jwt.get_unverified_claims(tokens["access_token"])
    assert claims["iss"] == "gongkai" and claims["aud"] == "gongkai-api" and claims["exp"] - claims["iat"] == 900
    for path in PROTECTED:
        resp = await gw.get(path, headers=bearer(tokens["access_token"]))
        assert resp.status_code == 200, (path, resp.text)
    me = (await gw.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))).json()
    assert me["username"] == "admin" and me["data_scope"] == "all" and "*" in me["permissions"]


async def test_jwks_publishes_only_public_key(gw, stack):
    jwks = (await gw.get("/.well-known/jwks.json")).json()
    assert [k["kid"] for k in jwks["keys"]] == [stack.key.kid]
    assert all("d" not in k for k in jwks["keys"])  # no private component


def _hs256(claims: dict, secret: bytes, kid: str) -> str:
    """The algorithm-confusion attack: HMAC-sign with the (public) verification key as the secret."""
    signing_input = f"{_b64({'alg': 'HS256', 'typ': 'JWT', 'kid': kid})}.{_b64(claims)}"
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def _forged_tokens(stack) -> dict[str, str]:
    now = int(time.time())
    claims = {"iss": "gongkai", "aud": "gongkai-api", "sub": "x", "iat": now, "exp": now + 600, "typ": "access",
              "kind": "staff", "perms": ["*"], "scope": "all"}
    other = SigningKey.generate()
    pub = (
        serialization.load_pem_private_key(stack.key.private_pem.encode(), password=None)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return {
        "expired": mint_token(stack.key, perms=["*"], scope="all", ttl=-60),
        "other_key_same_kid": jwt.encode(claims, other.private_pem, algorithm="ES256", headers={"kid": stack.key.kid}),
        "unknown_kid": jwt.encode(claims, other.private_pem, algorithm="ES256", headers={"kid": other.kid}),
        "alg_none": f"{_b64({'alg': 'none', 'typ': 'JWT', 'kid': stack.key.kid})}.{_b64(claims)}.",
        "hs256_with_public_key": _hs256(claims, pub, stack.key.kid),
        "wrong_audience": mint_token(stack.key, perms=["*"], scope="all", audience="someone-else"),
        "wrong_issuer": mint_token(stack.key, perms=["*"], scope="all", issuer="evil"),
        "refresh_typ": mint_token(stack.key, perms=["*"], scope="all", typ="refresh"),
        "garbage": "not.a.token",
        "tampered": mint_token(stack.key, perms=[], scope="own")[:-6] + "AAAAAA",
    }


@pytest.mark.parametrize(
    "kind",
    ["expired", "other_key_same_kid", "unknown_kid", "alg_none", "hs256_with_public_key", "wrong_audience",
     "wrong_issuer", "refresh_typ", "garbage", "tampered"],
)
async def test_bad_tokens_rejected_by_gateway_and_services(gw, stack, kind):
    token = _forged_tokens(stack)[kind]
    for path in PROTECTED:
        resp = await gw.get(path, headers=bearer(token))
        body = assert_problem(resp, 401, "token_invalid")
        assert "访问令牌" in body["title"] or "令牌" in body["detail"]
    # and directly at a service, bypassing the gateway
    resp = await gw.get(f"{stack.url('statistics')}/api/v1/statistics/agencies", headers=bearer(token))
    assert_problem(resp, 401, "token_invalid")


async def test_missing_token_is_401_and_public_reads_work(gw):
    assert_problem(await gw.get("/api/v1/statistics/agencies"), 401, "not_authenticated")
    assert (await gw.get("/api/v1/catalog/agencies")).status_code == 200
    # other schemes are not bearer tokens: anonymous on public reads, 401 where a token is needed
    assert (await gw.get("/api/v1/catalog/agencies", headers={"Authorization": "Basic abc"})).status_code == 200
    assert_problem(await gw.get("/api/v1/statistics/agencies", headers={"Authorization": "Basic abc"}), 401)


async def test_identity_headers_from_clients_are_ignored(gw, stack):
    """A client cannot claim an identity with headers; only the bearer token counts."""
    headers = {"X-User-Id": "admin", "X-Roles": "admin", "X-Agency-Id": "1", "X-Forwarded-User": "admin"}
    resp = await gw.get("/api/v1/statistics/agencies", headers=headers)
    assert_problem(resp, 401, "not_authenticated")
