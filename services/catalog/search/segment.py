"""Chinese word segmentation for indexing and queries: rjieba in search mode, with a user dictionary of
government terms (userdict.txt beside this file: one term per line, optionally followed by a frequency)."""
from __future__ import annotations

import re
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


def segment(text: str | None) -> str:
    """Space-separated search-mode tokens of ``text`` (lower-cased; punctuation and spaces dropped)."""
    if not text:
        return ""
    _load_user_dict()
    tokens = (t.strip().lower() for t in rjieba.cut_for_search(_SPACE.sub(" ", text)))
    return " ".join(t for t in tokens if t and any(c.isalnum() for c in t))
