"""Entry bodies: HTML cleaned against an allow-list (nh3, the Rust ammonia sanitiser), and their plain text for
search and feeds."""
from __future__ import annotations

import html
import re

import nh3

TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup", "blockquote",
    "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "a", "img",
    "span", "div", "hr", "pre", "code", "figure", "figcaption",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    "col": {"span"},
    "p": {"style"},
    "div": {"style"},
    "span": {"style"},
    "table": {"style"},
}
# what official documents use: alignment and first-line indent, bold and size; nothing that positions or hides
STYLE_PROPERTIES = {"text-align", "text-indent", "font-weight", "font-size", "line-height", "width"}
URL_SCHEMES = {"http", "https", "mailto"}

_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|tr|blockquote|pre|table|figure|figcaption|caption)\s*>|<br\s*/?>|<hr\s*/?>",
                        re.IGNORECASE)
_BLOCK_START = re.compile(r"<(p|div|h[1-6]|li|tr|blockquote|pre|table|figure|ul|ol)[\s>]", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_BLANKS = re.compile(r"[ \t\u3000\xa0]+")
_LINES = re.compile(r"\n\s*\n+")


def sanitise(body: str) -> str:
    """The body with only harmless markup left (no scripts, event handlers, frames, forms or foreign styles)."""
    if not body.strip():
        return ""
    return nh3.clean(
        body,
        tags=TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        filter_style_properties=STYLE_PROPERTIES,
        strip_comments=True,
    ).strip()


def plain_text(clean_html: str) -> str:
    """The text of a (sanitised) body, one line per block."""
    if not clean_html:
        return ""
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", _BLOCK_START.sub(lambda m: "\n" + m.group(0), clean_html))
    marked = _CELL_END.sub(lambda m: m.group(0) + "\t", marked)
    text = html.unescape(nh3.clean(marked, tags=set()))
    lines = (_BLANKS.sub(" ", line).strip() for line in text.split("\n"))
    return _LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def text_to_html(text: str) -> str:
    """Plain text (an import, a report) as paragraphs."""
    return "".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
