"""Snippets of search hits: the window around the first match is cut from a stretch of the text around it (so a
50,000-character body costs what a short one does), and reads exactly as if the whole text had been collapsed."""
import random
import re

from services.catalog.search.query import mark, parse, snippet

SPACES = re.compile(r"\s+")


def whole_text_snippet(texts, terms, width=120):
    """The reference: collapse every text whole, then cut (what snippet() did before it cut first)."""
    pattern = "|".join(re.escape(t) for t in sorted((t for t in terms if t.strip()), key=len, reverse=True))
    matcher = re.compile(pattern, re.IGNORECASE) if pattern else None
    available = [SPACES.sub(" ", t).strip() for t in texts if t and t.strip()]
    if not available:
        return ""
    for text in available:
        m = matcher.search(text) if matcher else None
        if m is not None:
            start = max(0, m.start() - width // 4)
            end = min(len(text), start + width)
            start = max(0, min(start, end - width))
            return ("…" if start > 0 else "") + mark(text[start:end], terms) + ("…" if end < len(text) else "")
    text = available[0]
    return mark(text[:width], terms) + ("…" if len(text) > width else "")


WORDS = ["政府", "信息", "公开", "年报", "工作", "江城市", "教育局", "<b>", "&", "Annual", "report", "2025", "〔2018〕6号"]
GAPS = ["", "", "", " ", "\n", "  \t", "\u3000"]


def random_text(rng: random.Random, words: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(GAPS) for _ in range(words))


def test_the_cut_window_reads_as_the_whole_collapsed_text():
    rng = random.Random(20261201)
    queries = ["年报", "信息公开 年报", "江城市教育局", "annual", "〔2018〕6号", "不存在的词"]
    for _ in range(3000):
        texts = [rng.choice([None, "", "  \n ", random_text(rng, rng.randint(1, 12))]),
                 random_text(rng, rng.choice([0, 5, 40, 400]))]
        terms = parse(rng.choice(queries)).highlight_terms
        for width in (20, 120):
            assert snippet(texts, terms, width) == whole_text_snippet(texts, terms, width), (texts, terms, width)


def test_a_match_deep_in_a_long_body():
    body = "　".join(["本机关依法履行政府信息公开职责"] * 5000) + "，详见本年报附件。" + "其他内容" * 3000
    got = snippet([None, body], parse("年报").highlight_terms)
    assert got.startswith("…") and got.endswith("…") and "本<em>年报</em>附件" in got
    assert len(re.sub("<[^>]+>", "", got)) <= 122
