"""Turning what a person typed into a full-text query, and marking the matches in the results (pure functions).

Query words: the query is cut in rjieba's precise mode (documents are indexed in search mode, which emits every
word *and* the dictionary words inside it, so a precise-mode word of the query is a token of the document). A
word of three or more characters may sit inside a longer dictionary word in a document (信息公开 inside
政府信息公开, where search mode emits only the 2- and 3-character parts) or be cut differently in context (a name
the HMM joins in the query but not in the text), so such a word also matches when all of its parts do:
``信息公开 | (信息 & 公开)``. The words are ANDed.

Identifiers: a query that looks like a document or index number (a digit and one of 〔〕[]()/-._:#, e.g.
鄂政办字〔2018〕6号, 2025-000, 014289810/2025) is matched as a substring of the title, document number and index
number only (trigram index): cut into words it would be 2018 & 6 & 号, which half the catalog has. Any other
single-term query of three or more characters (a bare code such as 014289810 too) also matches such substrings
when its words find few entries (service.run_search).
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from services.catalog.search.segment import query_words, search_words

_IDENTIFIER_PUNCT = re.compile(r"[〔〕\[\]【】()（）/\\\-—–_.:：#]")
_HAS_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")
MIN_SUBSTRING = 3  # pg_trgm needs three characters


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # as typed, trimmed, spaces collapsed
    words: list[str] = field(default_factory=list)  # precise-mode words (lower-case)
    tsquery: str | None = None  # for to_tsquery('simple', …); None in identifier mode
    groups: list[str] = field(default_factory=list)  # the ANDed parts of ``tsquery``, one per word
    substring: str | None = None  # matched as a substring of title / document number / index number
    highlight_terms: list[str] = field(default_factory=list)  # what to mark in titles and snippets

    @property
    def empty(self) -> bool:
        return self.tsquery is None and self.substring is None


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _parts(word: str) -> list[str]:
    """Non-overlapping dictionary parts of ``word`` (left to right, longest first), single characters where no
    part covers; [] when ``word`` has no smaller parts."""
    candidates = sorted({w for w in search_words(word) if w != word and w in word}, key=len, reverse=True)
    if not candidates:
        return []
    parts: list[str] = []
    i = 0
    while i < len(word):
        for candidate in candidates:
            if word.startswith(candidate, i):
                parts.append(candidate)
                i += len(candidate)
                break
        else:
            if word[i].isalnum():
                parts.append(word[i])
            i += 1
    return parts if len(parts) > 1 else []


def is_identifier(text: str) -> bool:
    compact = text.replace(" ", "")
    if len(compact) < MIN_SUBSTRING or not _HAS_DIGIT.search(compact):
        return False
    return bool(_IDENTIFIER_PUNCT.search(compact))


def parse(q: str) -> ParsedQuery:
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", q)).strip()
    compact = text.replace(" ", "")
    if is_identifier(text):
        return ParsedQuery(text=text, substring=text, highlight_terms=[text])
    words = list(dict.fromkeys(query_words(text)))
    groups = []
    terms: set[str] = set()
    for word in words:
        terms.add(word)
        parts = _parts(word) if len(word) >= 3 and _CJK.search(word) else []
        if parts:
            terms.update(p for p in parts if len(p) > 1)
            groups.append(f"({_lexeme(word)} | ({' & '.join(_lexeme(p) for p in parts)}))")
        else:
            groups.append(_lexeme(word))
    # one term only: "a b" as a substring of a title is not what two words mean
    substring = text if len(compact) >= MIN_SUBSTRING and " " not in text else None
    if substring:
        terms.add(text.lower())
    return ParsedQuery(
        text=text, words=words, tsquery=" & ".join(groups) if groups else None, groups=groups,
        substring=substring if groups else None,  # nothing searchable in it: no substring search either
        highlight_terms=sorted(terms, key=len, reverse=True),
    )


def like_pattern(substring: str) -> str:
    escaped = substring.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# --- highlighting ----------------------------------------------------------------------------------------------


def _matcher(terms: list[str]) -> re.Pattern[str] | None:
    return _compiled_matcher(tuple(terms))


@lru_cache(maxsize=512)
def _compiled_matcher(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern per set of terms (a page marks 40 texts with the same terms)."""
    kept = [t for t in terms if t.strip()]
    if not kept:
        return None
    return re.compile("|".join(re.escape(t) for t in sorted(kept, key=len, reverse=True)), re.IGNORECASE)


def mark(text: str, terms: list[str]) -> str:
    """``text`` HTML-escaped, with every occurrence of a term wrapped in ``<em>…</em>``."""
    matcher = _matcher(terms)
    if matcher is None:
        return html.escape(text, quote=False)
    out: list[str] = []
    last = 0
    for m in matcher.finditer(text):
        out.append(html.escape(text[last:m.start()], quote=False))
        out.append(f"<em>{html.escape(m.group(0), quote=False)}</em>")
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def _window(text: str, lo: int, hi: int) -> tuple[str, bool, bool]:
    """``text[lo:hi]`` with its whitespace collapsed as in the whole collapsed text, and whether there is any
    non-space text before and after it: the work is proportional to the window, not to a 50,000-character body."""
    lo, hi = max(0, lo), min(len(text), hi)
    piece = _SPACES.sub(" ", text[lo:hi])
    before = lo > 0 and _NON_SPACE.search(text, 0, lo) is not None
    after = hi < len(text) and _NON_SPACE.search(text, hi) is not None
    if not before:
        piece = piece.lstrip()
    if not after:
        piece = piece.rstrip()
    return piece, before, after


def snippet(texts: list[str | None], terms: list[str], width: int = 120) -> str:
    """A window of about ``width`` characters around the first match in the first of ``texts`` that has one
    (else the beginning of the first non-empty text), whitespace collapsed, HTML-escaped and marked; … where it
    is cut."""
    matcher = _matcher(terms)
    available = [t for t in texts if t and _NON_SPACE.search(t)]
    if not available:
        return ""
    if matcher is not None and any(_SPACES.search(t) for t in terms):
        # a term with a space (an identifier as typed) matches across any whitespace only in the collapsed text
        available = [_SPACES.sub(" ", t).strip() for t in available]
    reach = 2 * width  # characters of the text taken on each side of the match before collapsing
    for text in available:
        m = matcher.search(text) if matcher else None
        if m is not None:
            piece, before, after = _window(text, m.start() - reach, m.end() + reach)
            m = matcher.search(piece)  # the same, first match (collapsing whitespace makes no match of a word)
            assert m is not None
            start = max(0, m.start() - width // 4)
            end = min(len(piece), start + width)
            start = max(0, min(start, end - width))
            return (("…" if before or start > 0 else "") + mark(piece[start:end], terms)
                    + ("…" if after or end < len(piece) else ""))
    piece, _, after = _window(available[0], 0, reach)
    return mark(piece[:width], terms) + ("…" if after or len(piece) > width else "")
