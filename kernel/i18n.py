"""Language negotiation: Chinese by default, English when the client prefers it."""
from __future__ import annotations

from contextvars import ContextVar

SUPPORTED = ("zh", "en")
DEFAULT_LANG = "zh"

current_lang: ContextVar[str] = ContextVar("current_lang", default=DEFAULT_LANG)


def negotiate(accept_language: str | None) -> str:
    """Pick ``zh`` or ``en`` from an ``Accept-Language`` header, honouring q-values."""
    if not accept_language:
        return DEFAULT_LANG
    best, best_q = DEFAULT_LANG, -1.0
    for part in accept_language.split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary not in SUPPORTED or q <= 0:  # q=0 means "not acceptable"
            continue
        # Earlier entries win ties, as browsers list preferences in order.
        if q > best_q:
            best, best_q = primary, q
    return best
