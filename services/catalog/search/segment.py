"""Chinese word segmentation for indexing and queries: rjieba with a user dictionary of government terms
(userdict.txt beside this file: one term per line, optionally followed by a frequency).

Documents are cut in *search mode* (every word, plus the dictionary words inside the longer ones: 政府信息公开 →
政府 信息 公开 政府信息公开), queries in *precise mode* (政府信息公开), so a query word is a document token.
Both are NFKC-normalised (full-width digits and letters become ASCII) and lower-cased; tokens without a letter
or digit (punctuation, spaces) are dropped."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import rjieba

USER_DICT = Path(__file__).with_name("userdict.txt")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _load_user_dict() -> int:
    count = 0
    for line in USER_DICT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        rjieba.add_word(word, freq, None)
        count += 1
    return count


def _normal(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text))


def _keep(tokens: list[str]) -> list[str]:
    out = []
    for token in tokens:
        token = token.strip().lower()
        if token and any(c.isalnum() for c in token):
            out.append(token)
    return out


def search_words(text: str | None) -> list[str]:
    """Search-mode tokens of ``text``, in order."""
    if not text:
        return []
    _load_user_dict()
    return _keep(rjieba.cut_for_search(_normal(text)))


def query_words(text: str | None) -> list[str]:
    """Precise-mode tokens of ``text``, in order."""
    if not text:
        return []
    _load_user_dict()
    return _keep(rjieba.cut(_normal(text)))


def segment(text: str | None) -> str:
    """Space-separated search-mode tokens of ``text`` (what the ``simple`` text-search configuration indexes)."""
    return " ".join(search_words(text))
