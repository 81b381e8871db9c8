"""Token verification and authorisation, the same in every service.

Services verify the gateway's JWTs themselves against its JWKS: signature (ES256 only, never taken from the
token header), expiry, issuer and audience. Every route states who may call it with one of
:func:`public`, :func:`authenticated` or :func:`require`; :class:`AccessRoute` refuses to build a route that
does not, and publishes the rule in the OpenAPI document (``x-access``).
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import httpx
from fastapi import Depends, Request
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwk, jwt
from jose.exceptions import JOSEError
from sqlalchemy import false, select, true
from sqlalchemy.sql.elements import ColumnElement

from kernel.errors import Problem, forbidden
from kernel.permissions import kind_refusal
from kernel.request_context import principal_var

log = logging.getLogger("kernel.auth")

ALGORITHMS = ["ES256"]  # the only algorithm the platform signs with; listed explicitly everywhere
Scope = Literal["own", "subtree", "all", "none"]
SCOPE_RANK = {"none": 0, "own": 1, "subtree": 2, "all": 3}


@dataclass(frozen=True)
class Principal:
    sub: str
    kind: Literal["staff", "citizen", "client"]
    username: str = ""
    name: str = ""
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)
    agency_id: int | None = None
    agency_path: str | None = None
    scope: Scope = "none"
    token_id: str | None = None

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> "Principal":
        kind = claims.get("kind")
        if kind not in ("staff", "citizen", "client"):
            raise ValueError("unknown principal kind")
        scope = claims.get("scope") or "none"
        if scope not in SCOPE_RANK:
            scope = "none"
        agency_id = claims.get("agency_id")
        return cls(
            sub=str(claims["sub"]),
            kind=kind,
            username=str(claims.get("username") or ""),
            name=str(claims.get("name") or ""),
            roles=tuple(claims.get("roles") or ()),
            permissions=frozenset(claims.get("perms") or ()),
            agency_id=int(agency_id) if agency_id is not None else None,
            agency_path=claims.get("agency_path"),
            scope=scope,
            token_id=claims.get("jti"),
        )

    def has(self, permission: str) -> bool:
        if "*" in self.permissions or permission in self.permissions:
            return True
        service = permission.split(".", 1)[0]
        return f"{service}.*" in self.permissions

    # --- data scope -------------------------------------------------------------------------------

    def can_access(self, agency_id: int | None, agency_path: str | None) -> bool:
        """Whether a record of this agency is within the caller's data scope."""
        if self.scope == "all":
            return True
        if agency_id is None or self.agency_id is None:
            return False
        if self.scope == "own":
            return agency_id == self.agency_id
        if self.scope == "subtree":
            return bool(agency_path and self.agency_path and agency_path.startswith(self.agency_path))
        return False

    def scope_condition(self, agency_id_column: Any, agency_model: Any) -> ColumnElement[bool]:
        """SQL condition restricting ``agency_id_column`` to the caller's scope.

        ``agency_model`` is the service's agency table (the master in catalog, a replica elsewhere) with
        ``id`` and ``path`` columns; paths look like ``/1/5/23/``.
        """
        if self.scope == "all":
            return true()
        if self.agency_id is None:
            return false()
        if self.scope == "own":
            return agency_id_column == self.agency_id
        if self.scope == "subtree" and self.agency_path:
            sub = select(agency_model.id).where(agency_model.path.startswith(self.agency_path, autoescape=True))
            return agency_id_column.in_(sub)
        return false()

    def ensure_access(self, agency_id: int | None, agency_path: str | None, *, hide: bool = True) -> None:
        """Raise 404 (hide=True, for reads of one record) or 403 when the record is out of scope."""
        if not self.can_access(agency_id, agency_path):
            if hide:
                from kernel.errors import not_found

                raise not_found("record")
            raise Problem(403, "out_of_scope")


# --- key sources ---------------------------------------------------------------------------------------


class JWKSCache:
    """Public keys by ``kid`` from a JWKS URL (http(s) or file), refreshed on an unknown kid at most every
    ``min_refresh`` seconds, and otherwise every ``ttl`` seconds."""

    def __init__(self, url: str, *, ttl: float = 600, min_refresh: float = 5) -> None:
        self.url = url
        self.ttl = ttl
        self.min_refresh = min_refresh
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched = 0.0
        self._lock = asyncio.Lock()

    def set_keys(self, jwks: dict[str, Any]) -> None:
        self._keys = {k["kid"]: k for k in jwks.get("keys", []) if "kid" in k}
        self._fetched = time.monotonic()

    async def _fetch(self) -> dict[str, Any]:
        parsed = urlparse(self.url)
        if parsed.scheme == "file":
            return json.loads(Path(parsed.path).read_text())
        async with httpx.AsyncClient(timeout=5) as client:
            resp = await client.get(self.url)
            resp.raise_for_status()
            return resp.json()

    async def get(self, kid: str) -> dict[str, Any] | None:
        if kid in self._keys and time.monotonic() - self._fetched <= self.ttl:
            return self._keys[kid]
        async with self._lock:
            # unknown or stale kid: refetch, but not more often than min_refresh (a flood of tokens with
            # made-up kids must not turn into a flood of JWKS requests)
            if not self._fetched or time.monotonic() - self._fetched >= self.min_refresh:
                try:
                    self.set_keys(await self._fetch())
                except Exception as exc:  # noqa: BLE001
                    self._fetched = time.monotonic()  # keep known keys; retry after min_refresh
                    log.warning("cannot fetch JWKS from %s: %s", self.url, exc)
        return self._keys.get(kid)


class StaticKeys:
    """Keys known in-process (the gateway verifies tokens it signed itself)."""

    def __init__(self, provider: Callable[[], dict[str, Any]]) -> None:
        self.provider = provider

    async def get(self, kid: str) -> dict[str, Any] | None:
        for key in self.provider().get("keys", []):
            if key.get("kid") == kid:
                return key
        return None


class TokenVerifier:
    def __init__(self, keys: JWKSCache | StaticKeys, *, issuer: str, audience: str, leeway: int = 10,
                 cache_size: int = 10_000) -> None:
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
        self.leeway = leeway
        # verified tokens, by SHA-256 of the token, until they expire: an ES256 check costs ~0.1 ms per request
        self._cache: OrderedDict[bytes, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size

    async def verify(self, token: str) -> dict[str, Any]:
        """Return the claims of a valid access token, or raise Problem(401, token_invalid)."""
        digest = hashlib.sha256(token.encode()).digest()
        cached = self._cache.get(digest)
        if cached is not None:
            if cached["exp"] + self.leeway > time.time():
                return cached
            del self._cache[digest]
        claims = await self._verify(token)
        self._cache[digest] = claims
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return claims

    async def _verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise Problem(401, "token_invalid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}) from exc
        if header.get("alg") not in ALGORITHMS or not isinstance(header.get("kid"), str):
            raise Problem(401, "token_invalid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        key_dict = await self.keys.get(header["kid"])
        if key_dict is None:
            raise Problem(401, "token_invalid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        try:
            key = jwk.construct(key_dict, algorithm=ALGORITHMS[0])
            claims = jwt.decode(
                token,
                key,
                algorithms=ALGORITHMS,
                audience=self.audience,
                issuer=self.issuer,
                options={"require_exp": True, "require_iat": True, "require_sub": True, "leeway": self.leeway},
            )
        except JOSEError as exc:
            raise Problem(401, "token_invalid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}) from exc
        if claims.get("typ") != "access":
            raise Problem(401, "token_invalid", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return claims


# --- dependencies --------------------------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="访问令牌（由 /api/v1/auth/token 签发）")


async def _principal_or_none(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> Principal | None:
    if credentials is None:
        return None
    if credentials.scheme.lower() != "bearer":
        raise Problem(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
    verifier: TokenVerifier = request.app.state.verifier
    claims = await verifier.verify(credentials.credentials)
    try:
        principal = Principal.from_claims(claims)
    except (KeyError, ValueError) as exc:
        raise Problem(401, "token_invalid") from exc
    principal_var.set(principal)
    request.state.principal = principal
    return principal


def public() -> Callable[..., Any]:
    """Anyone may call; the caller's identity is passed when a valid token is sent (else None)."""

    async def dep(principal: Principal | None = Depends(_principal_or_none)) -> Principal | None:
        return principal

    dep.__access__ = "public"  # type: ignore[attr-defined]
    return dep


def anyone() -> Callable[..., Any]:
    """Anyone, without looking at credentials (health probes, static pages)."""

    async def dep() -> None:
        return None

    dep.__access__ = "anyone"  # type: ignore[attr-defined]
    return dep


def authenticated(*kinds: str) -> Callable[..., Any]:
    """Any logged-in caller (optionally only of the given kinds: staff, citizen, client)."""

    async def dep(principal: Principal | None = Depends(_principal_or_none)) -> Principal:
        if principal is None:
            raise Problem(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
        if kinds and principal.kind not in kinds:
            raise Problem(403, "forbidden", params=kind_refusal(kinds))
        return principal

    dep.__access__ = "authenticated" + (f":{','.join(kinds)}" if kinds else "")  # type: ignore[attr-defined]
    return dep


def require(*permissions: str) -> Callable[..., Any]:
    """A caller holding at least one of ``permissions``."""
    if not permissions:
        raise ValueError("require() needs at least one permission")

    async def dep(principal: Principal | None = Depends(_principal_or_none)) -> Principal:
        if principal is None:
            raise Problem(401, "not_authenticated", headers={"WWW-Authenticate": "Bearer"})
        if not any(principal.has(p) for p in permissions):
            raise forbidden(*permissions)
        return principal

    dep.__access__ = "permission:" + "|".join(permissions)  # type: ignore[attr-defined]
    dep.__permissions__ = permissions  # type: ignore[attr-defined]
    return dep


def _access_rules(dependant: Any) -> list[str]:
    rules = []
    stack = [dependant]
    while stack:
        d = stack.pop()
        call = getattr(d, "call", None)
        rule = getattr(call, "__access__", None)
        if rule:
            rules.append(rule)
        stack.extend(getattr(d, "dependencies", []))
    return rules


class AccessRoute(APIRoute):
    """An APIRoute that must declare who may call it (public / authenticated / require)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, endpoint, **kwargs)
        rules = _access_rules(self.dependant)
        if not rules:
            raise RuntimeError(f"route {sorted(self.methods or [])} {self.path} does not declare who may call it")
        extra = dict(self.openapi_extra or {})
        extra["x-access"] = sorted(set(rules))
        self.openapi_extra = extra


def api_routes(routes: Iterable[Any]) -> list[APIRoute]:
    """The API routes of an app, including those of included routers."""
    from fastapi.routing import iter_route_contexts

    return [c.original_route for c in iter_route_contexts(list(routes)) if isinstance(c.original_route, APIRoute)]


def route_permissions(routes: Iterable[Any]) -> set[str]:
    """All permission strings the given routes require (checked against the gateway's registry in tests)."""
    perms: set[str] = set()
    for route in api_routes(routes):
        dependant = getattr(route, "dependant", None)
        if dependant is None:
            continue
        stack = [dependant]
        while stack:
            d = stack.pop()
            perms.update(getattr(getattr(d, "call", None), "__permissions__", ()))
            stack.extend(getattr(d, "dependencies", []))
    return perms


def best_scope(scopes: Iterable[str]) -> Scope:
    best: Scope = "none"
    for s in scopes:
        if SCOPE_RANK.get(s, 0) > SCOPE_RANK[best]:
            best = s  # type: ignore[assignment]
    return best
