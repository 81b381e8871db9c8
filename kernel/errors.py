"""RFC 9457 problem details with stable codes and bilingual messages.

Raise :class:`Problem` (or one of the helpers) anywhere; the handlers installed by
:func:`install_problem_handlers` turn it, FastAPI's validation errors, HTTP errors and unexpected
exceptions into ``application/problem+json`` responses in the caller's language.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kernel.i18n import current_lang, negotiate
from kernel.request_context import request_id_var

log = logging.getLogger("kernel.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:gongkai:problem:"

# code -> {"zh": (title, detail template), "en": (title, detail template)}
_MESSAGES: dict[str, dict[str, tuple[str, str]]] = {}


def register_messages(messages: Mapping[str, Mapping[str, tuple[str, str]]]) -> None:
    """Add problem codes and their texts. Codes are stable API; texts may change."""
    for code, texts in messages.items():
        if "zh" not in texts or "en" not in texts:
            raise ValueError(f"problem code {code!r} needs both zh and en texts")
        _MESSAGES[code] = dict(texts)


def message_for(code: str, lang: str, params: Mapping[str, Any] | None = None) -> tuple[str, str]:
    texts = _MESSAGES.get(code) or _MESSAGES["internal_error"]
    title, detail = texts.get(lang) or texts["zh"]
    if params:
        try:
            detail = detail.format(**params)
        except (KeyError, IndexError, ValueError):
            pass
    return title, detail


def known_codes() -> set[str]:
    return set(_MESSAGES)


register_messages(
    {
        "validation_error": {
            "zh": ("请求参数有误", "请求中有 {count} 处输入不符合要求，请按字段提示修改后重试。"),
            "en": ("Invalid request", "{count} field(s) in the request are invalid; see errors."),
        },
        "bad_request": {
            "zh": ("请求无效", "请求无法处理：{reason}"),
            "en": ("Bad request", "The request cannot be processed: {reason}"),
        },
        "not_authenticated": {
            "zh": ("未登录或凭证无效", "请先登录，或提供有效的访问令牌。"),
            "en": ("Not authenticated", "Log in or send a valid access token."),
        },
        "token_invalid": {
            "zh": ("访问令牌无效", "访问令牌无效或已过期，请重新登录。"),
            "en": ("Invalid token", "The access token is invalid or has expired; log in again."),
        },
        "forbidden": {
            "zh": ("无权操作", "当前账号不能{action}。此操作由{roles}办理，如需办理请联系系统管理员调整账号角色。"),
            "en": ("Forbidden", "Your account cannot do this ({action}). It is for: {roles}. Ask an administrator "
                                "if your account needs that role."),
        },
        "out_of_scope": {
            "zh": ("超出数据范围", "该记录不属于当前账号可管理的机关范围。"),
            "en": ("Out of scope", "The record belongs to an agency outside your data scope."),
        },
        "not_found": {
            "zh": ("资源不存在", "未找到请求的{entity}。"),
            "en": ("Not found", "The requested {entity} does not exist."),
        },
        "route_not_found": {
            "zh": ("接口不存在", "请求的地址不存在，请检查路径。"),
            "en": ("Not found", "No endpoint at this path."),
        },
        "method_not_allowed": {
            "zh": ("请求方法不被允许", "此地址不支持该请求方法。"),
            "en": ("Method not allowed", "This endpoint does not accept that method."),
        },
        "conflict": {
            "zh": ("数据冲突", "{reason}"),
            "en": ("Conflict", "{reason}"),
        },
        "version_conflict": {
            "zh": ("数据已被他人修改", "该记录已被其他人修改（当前版本 {current}），请刷新后重试。"),
            "en": ("Edit conflict", "Someone else changed this record (now version {current}); reload and retry."),
        },
        "concurrent_conflict": {
            "zh": ("操作冲突", "该操作与他人同时进行的操作冲突，未保存任何内容，请重试。"),
            "en": ("Concurrent conflict", "This action collided with another made at the same moment; nothing was "
                                          "saved. Try again."),
        },
        "payload_too_large": {
            "zh": ("内容过大", "请求内容超过允许的大小上限（{limit}）。"),
            "en": ("Payload too large", "The request body exceeds the limit ({limit})."),
        },
        "rate_limited": {
            "zh": ("请求过于频繁", "请求过于频繁，请在 {retry_after} 秒后重试。"),
            "en": ("Too many requests", "Too many requests; retry after {retry_after} seconds."),
        },
        "service_unavailable": {
            "zh": ("服务暂不可用", "{service} 服务暂时无法访问，请稍后重试。"),
            "en": ("Service unavailable", "The {service} service cannot be reached; try again later."),
        },
        "internal_error": {
            "zh": ("系统内部错误", "系统处理请求时出错，请稍后重试；如持续出现，请联系管理员并提供请求编号。"),
            "en": ("Internal error", "The server failed to process the request; quote the request id to support."),
        },
    }
)


class Problem(Exception):
    """An error that becomes an RFC 9457 response."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        params: Mapping[str, Any] | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.params = dict(params or {})
        self.errors = errors
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Problem({self.status}, {self.code!r}, {self.params!r})"


_ENTITY_LABELS: dict[str, tuple[str, str]] = {}


def register_entities(labels: Mapping[str, tuple[str, str]]) -> None:
    """Chinese and English names of entities, used in "not found" messages."""
    _ENTITY_LABELS.update(labels)


def not_found(entity: str) -> Problem:
    zh, en = _ENTITY_LABELS.get(entity, ("资源", "resource"))
    return Problem(404, "not_found", params={"entity": zh, "entity_en": en, "entity_key": entity})


def forbidden(*permissions: str) -> Problem:
    """A refusal for want of any of ``permissions``, worded as what the action is and which roles may do it."""
    from kernel.permissions import refusal

    return Problem(403, "forbidden", params=refusal(permissions))


def conflict(reason_zh: str, reason_en: str, code: str = "conflict") -> Problem:
    return Problem(409, code, params={"reason": reason_zh, "reason_en": reason_en})


def bad_request(reason_zh: str, reason_en: str) -> Problem:
    return Problem(400, "bad_request", params={"reason": reason_zh, "reason_en": reason_en})


def field_error(field: str, message_zh: str, message_en: str, code: str = "invalid", status: int = 422) -> Problem:
    """A validation failure on one field that pydantic could not catch (checked against the database)."""
    return Problem(
        status,
        "validation_error",
        params={"count": 1},
        errors=[{"field": field, "code": code, "message": message_zh, "message_en": message_en}],
    )


# --- validation messages -------------------------------------------------------------------------

_PYDANTIC_ZH: dict[str, str] = {
    "missing": "此项为必填项",
    "string_too_short": "至少 {min_length} 个字",
    "string_too_long": "最多 {max_length} 个字",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "string_pattern_mismatch": "格式不正确",
    "string_type": "应为文本",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "decimal_parsing": "应为数字",
    "bool_parsing": "应为是或否（true/false）",
    "bool_type": "应为是或否（true/false）",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "datetime_parsing": "时间格式应为 ISO 8601",
    "datetime_from_date_parsing": "时间格式应为 ISO 8601",
    "datetime_type": "时间格式应为 ISO 8601",
    "uuid_parsing": "应为有效的编号（UUID）",
    "uuid_type": "应为有效的编号（UUID）",
    "enum": "取值应为以下之一：{expected}",
    "literal_error": "取值应为以下之一：{expected}",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应大于或等于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应小于或等于 {le}",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "json_invalid": "不是有效的 JSON",
    "extra_forbidden": "不允许的字段",
    "url_parsing": "应为有效的网址",
    "url_type": "应为有效的网址",
    "value_error": "取值无效",
    "assertion_error": "取值无效",
    "date_future": "日期应在今天之后",
    "date_past": "日期应在今天之前",
    "multiple_of": "应为 {multiple_of} 的倍数",
    "union_tag_invalid": "类型标识无效",
}


# Length limits speak of characters for text and of items for lists, in English too (pydantic's own wording says
# "items" for a text field whose limit sits behind a validator, as kernel.types' Line and Paragraphs do).
_LENGTH_EN: dict[str, tuple[str, str, str]] = {
    "string_too_short": ("At least", "min_length", "character"),
    "string_too_long": ("At most", "max_length", "character"),
    "too_short": ("At least", "min_length", "item"),
    "too_long": ("At most", "max_length", "item"),
}


def _length_en(etype: str, ctx: dict[str, Any], fallback: str) -> str:
    bound, key, noun = _LENGTH_EN[etype]
    n = ctx.get(key)
    if not isinstance(n, int):
        return fallback
    return f"{bound} {n} {noun}{'' if n == 1 else 's'}"


def _length_type(etype: str, value: Any) -> str:
    """``too_short``/``too_long`` of a text value are ``string_too_short``/``string_too_long``."""
    if etype in ("too_short", "too_long") and isinstance(value, str):
        return f"string_{etype}"
    return etype


def _field_path(loc: tuple[Any, ...]) -> tuple[str, str]:
    parts = [str(p) for p in loc]
    location = "body"
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        location = parts.pop(0)
    return location, ".".join(parts) if parts else location


def translate_validation_errors(raw: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    out = []
    for err in raw:
        location, field = _field_path(tuple(err.get("loc", ())))
        etype = _length_type(err.get("type", "value_error"), err.get("input"))
        ctx = err.get("ctx") or {}
        msg_en = err.get("msg", "Invalid value")
        if etype in _LENGTH_EN:
            msg_en = _length_en(etype, ctx, msg_en)
        if etype == "value_error" and isinstance(ctx.get("error"), ValueError) and ctx["error"].args:
            # Our validators raise ValueError("中文|English")
            text = str(ctx["error"].args[0])
            zh, _, en = text.partition("|")
            msg_zh, msg_en = zh, (en or zh)
        else:
            template = _PYDANTIC_ZH.get(etype, "取值无效")
            try:
                msg_zh = template.format(**{k: v for k, v in ctx.items()})
            except (KeyError, IndexError):
                msg_zh = template
        out.append(
            {
                "field": field,
                "location": location,
                "code": etype,
                "message": msg_zh if lang == "zh" else msg_en,
            }
        )
    return out


def problem_body(problem: Problem, lang: str, instance: str | None) -> dict[str, Any]:
    params = dict(problem.params)
    if lang == "en":
        # English variants of free-text params travel as <name>_en
        for key in list(params):
            if key.endswith("_en"):
                params[key[:-3]] = params[key]
    title, detail = message_for(problem.code, lang, params)
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + problem.code,
        "title": title,
        "status": problem.status,
        "detail": detail,
        "code": problem.code,
    }
    if instance:
        body["instance"] = instance
    rid = request_id_var.get()
    if rid:
        body["request_id"] = rid
    if problem.errors is not None:
        errors = []
        for e in problem.errors:
            e = dict(e)
            en = e.pop("message_en", None)
            if lang == "en" and en:
                e["message"] = en
            errors.append(e)
        body["errors"] = errors
    body.update(problem.extra)
    return body


def problem_response(problem: Problem, request: Request | None = None, lang: str | None = None) -> JSONResponse:
    if lang is None:
        lang = negotiate(request.headers.get("accept-language")) if request is not None else current_lang.get()
    instance = request.url.path if request is not None else None
    headers = {"Content-Language": lang, **problem.headers}
    return JSONResponse(
        problem_body(problem, lang, instance),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


# deadlock_detected, serialization_failure: the transaction was rolled back whole; the request may be sent again
RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "route_not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    429: "rate_limited",
    503: "service_unavailable",
}


def install_problem_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc, request)

    async def on_validation(request: Request, exc: RequestValidationError | ValidationError) -> JSONResponse:
        lang = negotiate(request.headers.get("accept-language"))
        errors = translate_validation_errors(list(exc.errors()), lang)
        problem = Problem(422, "validation_error", params={"count": len(errors)}, errors=errors)
        return problem_response(problem, request, lang)

    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "bad_request" if exc.status_code < 500 else "internal_error")
        params = {"reason": str(exc.detail), "reason_en": str(exc.detail), "action": "此操作", "action_en": "this action",
                  "roles": "有相应权限的账号", "roles_en": "accounts with the permission", "limit": "",
                  "retry_after": "", "service": ""}
        problem = Problem(exc.status_code, code, params=params, headers=getattr(exc, "headers", None) or {})
        return problem_response(problem, request)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        # through SQLAlchemy the driver's error is wrapped; statements run on the driver (kernel.db.driver_rows)
        # raise asyncpg's own
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        if getattr(orig, "sqlstate", None) in RETRYABLE_SQLSTATES:
            # PostgreSQL chose this transaction as a deadlock's victim (or a serialisation failure): it was rolled
            # back whole, and the same request succeeds when sent again
            log.warning("%s on %s %s: answered 409, retry", type(orig).__name__, request.method, request.url.path)
            return problem_response(Problem(409, "concurrent_conflict", headers={"Retry-After": "1"}), request)
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(Problem(500, "internal_error"), request)

    app.add_exception_handler(Problem, on_problem)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, on_validation)  # type: ignore[arg-type]
    app.add_exception_handler(ValidationError, on_validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, on_http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, on_unexpected)


register_messages(
    {
        "bad_gateway": {
            "zh": ("上游服务出错", "{service} 服务返回了无法处理的响应，请稍后重试。"),
            "en": ("Bad gateway", "The {service} service sent an invalid response; try again later."),
        },
        "gateway_timeout": {
            "zh": ("上游服务超时", "{service} 服务响应超时，请稍后重试。"),
            "en": ("Gateway timeout", "The {service} service did not answer in time; try again later."),
        },
    }
)
