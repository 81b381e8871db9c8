"""Rate limits at the gateway: per caller (user or API client) and per source address, plus a stricter one on
the token endpoint. Token buckets held in memory per gateway instance; the edge proxy in front adds coarse
per-IP limits across instances."""
from __future__ import annotations

import hashlib
import math
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send

from kernel.errors import Problem, problem_body
from kernel.i18n import negotiate
from kernel.errors import PROBLEM_MEDIA_TYPE
from kernel.jsonutil import dumps


@dataclass
class Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """``limit`` requests per ``period`` seconds per key, with bursts up to ``limit``."""

    def __init__(self, limit: int, period: float = 60.0, max_keys: int = 100_000) -> None:
        self.capacity = float(limit)
        self.rate = limit / period
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()

    def take(self, key: str, now: float | None = None) -> float:
        """Take one token; returns 0 if allowed, else the seconds until one is available."""
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = Bucket(self.capacity, now)
            self._buckets[key] = bucket
            if len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.rate


class _SubjectCache:
    """Maps a bearer token to its verified subject for the token's lifetime (avoids re-verifying)."""

    def __init__(self, max_items: int = 20_000) -> None:
        self.items: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self.max_items = max_items

    def get(self, token: str) -> str | None:
        key = hashlib.sha256(token.encode()).hexdigest()
        hit = self.items.get(key)
        if hit and hit[1] > time.time():
            return hit[0]
        return None

    def put(self, token: str, subject: str, exp: float) -> None:
        key = hashlib.sha256(token.encode()).hexdigest()
        self.items[key] = (subject, exp)
        if len(self.items) > self.max_items:
            self.items.popitem(last=False)


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, *, per_ip: int, per_principal: int, login_per_ip: int,
                 token_path: str = "/api/v1/auth/token") -> None:
        self.app = app
        self.ip = TokenBuckets(per_ip)
        self.principal = TokenBuckets(per_principal)
        self.login = TokenBuckets(login_per_ip)
        self.token_path = token_path
        self.subjects = _SubjectCache()

    async def _subject(self, scope: Scope, authorization: str) -> str | None:
        if not authorization.lower().startswith("bearer "):
            return None
        token = authorization[7:].strip()
        cached = self.subjects.get(token)
        if cached:
            return cached
        try:
            claims = await scope["app"].state.verifier.verify(token)
        except Problem:
            return None  # the service will answer 401; the per-IP limit still applies
        subject = str(claims["sub"])
        self.subjects.put(token, subject, float(claims["exp"]))
        return subject

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        ip = scope.get("state", {}).get("client_ip") or "unknown"
        wait = self.ip.take(f"ip:{ip}")
        if not wait and scope["path"] == self.token_path:
            wait = self.login.take(f"login:{ip}")
        if not wait:
            subject = await self._subject(scope, headers.get("authorization", ""))
            if subject:
                wait = self.principal.take(f"sub:{subject}")
        if wait:
            retry = max(1, math.ceil(wait))
            lang = negotiate(headers.get("accept-language"))
            body = dumps(problem_body(Problem(429, "rate_limited", params={"retry_after": retry}), lang, scope["path"]))
            await send({
                "type": "http.response.start",
                "status": 429,
                "headers": [
                    (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"retry-after", str(retry).encode()),
                    (b"content-language", lang.encode()),
                ],
            })
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
