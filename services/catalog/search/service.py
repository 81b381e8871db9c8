"""The PostgreSQL search backend (the default): documents in ``search_documents``, maintained in the
transaction of each change, and queried with the ``simple`` text-search configuration over rjieba's words.

How a search stays fast at a million entries (measured with ``bench/catalog_search.py``; see bench/README.md):

* **A bounded candidate set.** A two-character word such as 公开 is in almost every entry, so ranking or counting
  every match cannot be done per request. A search fetches only the most recent matches — ``RELEVANCE_WINDOW``
  (200) of them, or ``offset + size`` up to ``DATE_WINDOW`` for the date order — and ranks those. Pages beyond
  the window are refused (422), as search engines do (Elasticsearch's ``max_result_window``).
* **Date steps** (:class:`Steps`). The most recent matches are fetched window by window, newest first, each
  ``ORDER BY published_at DESC LIMIT n``, stopping as soon as enough are found: the first window is sized from the
  planner's estimate of the *rarest* word (an AND of words matches at most that; the planner's own estimate of an
  AND assumes independent words and is 30× too low for 教育 招生) to hold about twice what is needed, the next ones
  from the density seen so far. A word in at least ``WALK_FRACTION`` of the entries is found by walking the date
  index backwards (a few hundred rows); any other by the GIN index — and for a window of up to ``MAX_MONTHS``
  months the GIN lookup itself is restricted to the window: every document holds its month of publication as a
  word (``ym202611``, models.MONTH_EXPRESSION), so ``(words) & (ym202610 | ym202611)`` reads only the matches of
  those months, whatever the planner estimates. The walk is never left to the planner for rarer words: when it
  overestimates a word it has no statistics for, a walk tests every row of the table (seconds).
* **Ranking on the small row.** The score is ``ts_rank_cd`` over ``tsv_head`` (title A, summary/keywords/document
  number B), which is kept in the row (the body's big tsvector is in TOAST), with weights title 1.0 > summary/
  keywords 0.4, plus 1 when the whole query is a substring of the title, document number or index number; a
  match in the body only scores 0. Ties (and everything in the date order) go by recency.
* **Totals.** When the steps reached the beginning with fewer candidates than asked, the candidates *are* all the
  matches: the total is exact (so up to 200 matches, in both orders). Otherwise ``total_is_estimate`` is true and
  the total is extrapolated from the density of the matches found over the time they cover (for the common words
  that are walked, at most the planner's estimate, which is reliable for them). No request counts a large set of
  matches.
* **Substrings.** The query as typed is matched against titles, document and index numbers (trigram index) when it
  is an identifier (〔2018〕6号, 2025-000), and otherwise only in a second pass when the words found fewer than the
  window: a title that holds the query nearly always holds its words, so with many word matches the pass would add
  next to nothing for a trigram scan of every title containing a common phrase.
* **Facets on request** (``facets=true``), counted in Python over the ``FACET_WINDOW`` most recent matches —
  exact when there are no more matches than that, marked ``exact: false`` otherwise.
* Per transaction: ``plan_cache_mode = force_custom_plan`` (a generic plan of a prepared statement would not see
  how common the words are), ``jit = off`` (compiling costs more than these short queries) and ``work_mem = 32MB``
  (bitmaps of common words stay exact, so no row is rechecked).

The statements are built by :class:`Statements` and run through an executor (:func:`run_search`), so that
``bench/catalog_search.py`` can run the very same SQL directly with asyncpg as the floor of its measurements.
"""
from __future__ import annotations

import json
import math
import uuid
from time import monotonic as time_monotonic
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (ColumnElement, Integer, Select, Text, bindparam, case, cast, delete, func, literal,
                        literal_column, or_, select, text, update)
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.ext.asyncio import AsyncSession

from kernel import clock
from kernel.db import Rows, Shaped, compile_for_asyncpg, driver_rows
from kernel.errors import field_error
from services.catalog.agencies.models import Agency
from services.catalog.search.backend import SearchBackend, SearchDoc, SearchQuery, SearchResult
from services.catalog.search.models import MONTH_PREFIX, MONTH_ZONE, SearchDocument
from services.catalog.search.query import ParsedQuery, like_pattern, parse
from services.catalog.search.segment import segment
from services.catalog.taxonomy.models import Theme

MAX_INDEXED_BODY = 200_000  # characters of the body that are segmented and indexed
RELEVANCE_WINDOW = 200  # candidates ranked for the relevance order (= hits that can be paged through)
DATE_WINDOW = 1000  # hits that can be paged through in the date order
FACET_WINDOW = 1000  # most recent matches the facets are counted over
TOP_AGENCIES = 20
WALK_FRACTION = 0.05  # see Statements.candidates
MAX_MONTHS = 6  # see month_words: a longer OR of months costs the GIN index more than it saves
RANK_WEIGHTS = "{0.0, 0.1, 0.4, 1.0}"  # D, C, B (summary, keywords, document number), A (title)
SETTINGS_SQL = ("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                "set_config('jit', 'off', true), set_config('work_mem', '32MB', true)")

sd = SearchDocument.__table__


def document_values(doc: SearchDoc) -> dict[str, Any]:
    """The stored columns of ``doc``'s row (the generated tsvectors and ``trgm_text`` are computed by PostgreSQL)."""
    values = asdict(doc)
    keywords = values.pop("keywords") or []
    values.update(
        seg_title=segment(doc.title),
        seg_meta=segment(" ".join(filter(None, [doc.summary or "", " ".join(keywords), doc.document_number or ""]))),
        seg_body=segment(doc.body_text[:MAX_INDEXED_BODY]),
    )
    return values


# --- statements ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    since: datetime | None  # inclusive
    until: datetime | None  # exclusive
    unpublished: bool = False  # the entries never published (staff only)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tz)


class Steps:
    """The date windows of a search, newest first, clipped to its published-date range. The first is the stretch
    of time that should hold about twice the ``wanted`` matches if they were spread evenly (from the planner's
    ``estimated`` count); each next one is sized from the density of matches seen so far (8× longer after an
    empty one); the fourth reaches back to the beginning. For staff, the entries never published come first."""

    MAX_STEPS = 4

    def __init__(self, query: SearchQuery, *, newest: datetime, oldest: datetime | None, tz: ZoneInfo,
                 estimated: float, wanted: int) -> None:
        low = local_midnight(query.published_from, tz) if query.published_from else None
        high = local_midnight(query.published_to + timedelta(days=1), tz) if query.published_to else None
        self.low = low
        self.high = high
        self.top = min(newest, high) if high else newest
        self.start = max(low, oldest) if low and oldest else (low or oldest)
        self.unpublished = not query.public_only and low is None and high is None
        self.estimated = estimated
        self.wanted = wanted
        self.seen = 0  # matches found so far

    def __iter__(self) -> Iterator[Window]:
        if self.unpublished:
            yield Window(None, None, unpublished=True)
        if self.start is None or self.top <= self.start or self.estimated <= 2 * self.wanted:
            yield Window(self.low, self.high)
            return
        length = (self.top - self.start) * (2 * self.wanted / self.estimated)
        upper, edge = self.high, self.top  # the first window is open upwards
        for step in range(1, self.MAX_STEPS + 1):
            since = edge - length
            if step == self.MAX_STEPS or since <= self.start:
                yield Window(self.low, upper)
                return
            yield Window(since, upper)
            covered = self.top - since
            missing = max(self.wanted - self.seen, 1)
            # twice the time the missing matches need at the density seen so far; 8× as long after none
            length = covered * (2 * missing / self.seen) if self.seen else covered * 8
            upper = edge = since

    def found(self, n: int) -> None:
        self.seen += n

    def extrapolate(self, found: Sequence[Mapping[str, Any]]) -> int:
        """The total from the density of the matches found: they cover the time from the newest to the last one
        found (where the window was cut); the rest of the span is assumed as dense."""
        dated = [r["published_at"] for r in found if r["published_at"] is not None]
        if not dated or self.start is None:
            return len(found)
        reached = min(dated)
        covered = (self.top - reached).total_seconds()
        span = (self.top - self.start).total_seconds()
        if covered <= 0 or span <= covered:
            return len(found)
        return max(len(found), round(len(dated) * span / covered) + (len(found) - len(dated)))


_SIMPLE = literal_column("'simple'::regconfig")
_ZERO = literal_column("0.0::float8")
_ONE = literal_column("1.0::float8")


def _to_tsquery(name: str) -> ColumnElement[Any]:
    """``to_tsquery('simple', :name)``: the value is a bound parameter named ``name``."""
    return func.to_tsquery(_SIMPLE, bindparam(name, type_=Text))


def month_words(window: Window, now: datetime) -> list[str] | None:
    """The month words (models.MONTH_EXPRESSION) of the months ``window`` touches; None when it is unbounded
    below or spans more than MAX_MONTHS (then the date range alone restricts it)."""
    if window.since is None:
        return None
    zone = ZoneInfo(MONTH_ZONE)
    first = window.since.astimezone(zone)
    last = (window.until or max(now, window.since) + timedelta(days=31)).astimezone(zone)
    year, month = first.year, first.month
    out: list[str] = []
    while (year, month) <= (last.year, last.month):
        out.append(f"{MONTH_PREFIX}{year * 100 + month}")
        if len(out) > MAX_MONTHS:
            return None
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# the equality filters of SearchQuery, by column name
EQUAL_FILTERS = ("genre", "column_id", "year", "validity", "disclosure_attribute", "status")


class Statements:
    """The SQL of one search. Every statement is a :class:`kernel.db.Shaped`: its shape (which filters, which kind
    of match and window, which order) is its key, and it is built and compiled once per shape with a named bound
    parameter for every value; a search brings only the values (building and compiling its 4–6 statements cost
    ≈ 0.5 ms of each search). Nothing but the key may decide what a builder builds."""

    def __init__(self, query: SearchQuery, parsed: ParsedQuery | None, tz: ZoneInfo = ZoneInfo(MONTH_ZONE)) -> None:
        self.parsed = parsed
        self.tsquery = parsed.tsquery if parsed else None
        # the words are the match; a substring of the title / numbers is the match of an identifier, and for a
        # word query only a second pass when the words found too little (see run_search)
        self.words = self.tsquery is not None
        self.substring = bool(parsed and parsed.substring)
        q = query
        values: dict[str, Any] = {}
        shape: list[str] = []
        if q.public_only:
            shape.append("public")
        for name, ids in (("scope_ids", q.scope_ids), ("agency_ids", q.agency_ids)):
            if ids is not None:
                shape.append(name)
                values[name] = list(ids)
        if q.theme:
            values["theme"] = q.theme
            if "." in q.theme:
                shape.append("theme")
            else:  # a first-level code: it and every code under it
                shape.append("theme_area")
                values["theme_like"] = like_pattern(f"{q.theme}.")[1:]  # "11.%" (escaped, anchored at the start)
        for name in EQUAL_FILTERS:
            if getattr(q, name) is not None:
                shape.append(name)
                values[name] = getattr(q, name)
        for name in ("written_from", "written_to"):
            if getattr(q, name):
                shape.append(name)
                values[name] = getattr(q, name)
        # the date steps clip to the published range too; it holds for every statement
        if q.published_from:
            shape.append("published_from")
            values["published_from"] = local_midnight(q.published_from, tz)
        if q.published_to:
            shape.append("published_to")
            values["published_to"] = local_midnight(q.published_to + timedelta(days=1), tz)
        if self.tsquery:
            values["tsquery"] = self.tsquery
        if parsed and parsed.substring:
            values["pattern"] = like_pattern(parsed.substring)
        self.values = values
        self.shape = (tuple(shape), self.words, self.substring)

    def candidates(self, window: Window, limit: int, *, walk: bool, now: datetime) -> Shaped:
        """The most recent matches in ``window``: ids, dates, score and the facet columns. ``walk=False`` orders by
        an expression the date index cannot deliver, so PostgreSQL must take the matches from the GIN index and
        sort them, instead of walking the date index and testing row after row — a walk that never ends when the
        planner overestimates a rare word (e.g. a word it has no statistics for, which may match nothing)."""
        values = dict(self.values, limit=limit)
        months = None if walk or window.unpublished else month_words(window, now)
        if self.words and months:
            # the words *and* the months of the window, in one GIN lookup: only the matches of the window are read
            values["tsquery_months"] = f"({self.tsquery}) & ({' | '.join(months)})"
        if window.unpublished:
            bounds: tuple[Any, ...] = ("unpublished",)
        else:
            bounds = (window.since is not None, window.until is not None)
            if window.since is not None:
                values["since"] = window.since
            if window.until is not None:
                values["until"] = window.until
        order = "unpublished" if window.unpublished else "walk" if walk else "sort"
        return Shaped(("candidates", self.shape, bool(self.words and months), bounds, order), _build_candidates, values)

    def substring_candidates(self, limit: int) -> Shaped:
        """The most recent entries whose title, document or index number contains the query (trigram index)."""
        assert self.substring
        return Shaped(("substring", self.shape), _build_substring_candidates, dict(self.values, limit=limit))

    def estimates(self) -> list[Shaped]:
        """What to ask the planner for: each word on its own (an AND of words is at most its rarest word — the
        planner's own estimate of an AND assumes independent words and is off by 30× for 教育 招生), or the
        substring of an identifier."""
        if self.tsquery and self.parsed is not None:
            return [Shaped(("estimate_word", self.shape), _build_estimate_word, dict(self.values, word=group))
                    for group in self.parsed.groups]
        return [Shaped(("estimate", self.shape), _build_estimate, self.values)]


_CANDIDATE_COLUMNS = (sd.c.entry_id, sd.c.published_at, sd.c.agency_id, sd.c.genre, sd.c.theme_code, sd.c.year,
                      sd.c.validity, sd.c.disclosure_attribute)


def _filters(shape: tuple[tuple[str, ...], bool, bool]) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    for name in shape[0]:
        if name == "public":
            out.append(sd.c.is_public)  # as the partial index says it (``IS true`` would not use it)
        elif name in ("scope_ids", "agency_ids"):
            out.append(sd.c.agency_id == func.any(bindparam(name, type_=ARRAY(sd.c.agency_id.type))))
        elif name == "theme":
            out.append(sd.c.theme_code == bindparam("theme", type_=sd.c.theme_code.type))
        elif name == "theme_area":
            out.append(or_(sd.c.theme_code == bindparam("theme", type_=sd.c.theme_code.type),
                           sd.c.theme_code.like(bindparam("theme_like", type_=Text), escape="\\")))
        elif name in EQUAL_FILTERS:
            out.append(sd.c[name] == bindparam(name, type_=sd.c[name].type))
        elif name == "written_from":
            out.append(sd.c.written_on >= bindparam(name, type_=sd.c.written_on.type))
        elif name == "written_to":
            out.append(sd.c.written_on <= bindparam(name, type_=sd.c.written_on.type))
        elif name == "published_from":
            out.append(sd.c.published_at >= bindparam(name, type_=sd.c.published_at.type))
        elif name == "published_to":
            out.append(sd.c.published_at < bindparam(name, type_=sd.c.published_at.type))
        else:  # pragma: no cover - a shape is made by Statements only
            raise ValueError(name)
    return out


def _substring() -> ColumnElement[bool]:
    return sd.c.trgm_text.ilike(bindparam("pattern", type_=Text))


def _score(shape: tuple[tuple[str, ...], bool, bool]) -> ColumnElement[Any]:
    _, words, substring = shape
    score: ColumnElement[Any] = _ZERO
    if words:
        score = func.ts_rank_cd(literal_column(f"'{RANK_WEIGHTS}'::float4[]"), sd.c.tsv_head, _to_tsquery("tsquery"))
    if substring:
        score = score + case((_substring(), _ONE), else_=_ZERO)
    return score


def _match(shape: tuple[tuple[str, ...], bool, bool], *, months: bool = False) -> list[ColumnElement[bool]]:
    _, words, substring = shape
    if words:
        return [sd.c.tsv.bool_op("@@")(_to_tsquery("tsquery_months" if months else "tsquery"))]
    return [_substring()] if substring else []


def _build_candidates(key: Any) -> Select[Any]:
    _, shape, months, bounds, order = key
    where = _filters(shape) + _match(shape, months=months)
    published_at = sd.c.published_at
    if bounds == ("unpublished",):
        where.append(published_at.is_(None))
    else:
        since, until = bounds
        if since:
            where.append(published_at >= bindparam("since", type_=published_at.type))
        if until:
            where.append(published_at < bindparam("until", type_=published_at.type))
        if not since and not until:
            where.append(published_at.is_not(None))
    if order == "unpublished":
        by = sd.c.written_on.desc().nulls_last()
    elif order == "walk":
        by = published_at.desc()
    else:
        by = (published_at + literal_column("interval '0 seconds'")).desc()
    return (select(*_CANDIDATE_COLUMNS, _score(shape).label("score")).where(*where)
            .order_by(by, sd.c.entry_id).limit(bindparam("limit", type_=Integer)))


def _build_substring_candidates(key: Any) -> Select[Any]:
    _, shape = key
    return (select(*_CANDIDATE_COLUMNS, _score(shape).label("score")).where(*_filters(shape), _substring())
            .order_by((sd.c.published_at + literal_column("interval '0 seconds'")).desc().nulls_last(),
                      sd.c.entry_id).limit(bindparam("limit", type_=Integer)))


def _build_estimate_word(key: Any) -> Select[Any]:
    _, shape = key
    return (select(literal_column("1")).select_from(sd)
            .where(*_filters(shape), sd.c.tsv.bool_op("@@")(_to_tsquery("word"))))


def _build_estimate(key: Any) -> Select[Any]:
    _, shape = key
    return select(literal_column("1")).select_from(sd).where(*_filters(shape), *_match(shape))


def _build_details(_key: Any) -> Select[Any]:
    return (select(sd.c.entry_id, sd.c.title, sd.c.summary, sd.c.body_text, sd.c.index_number, sd.c.document_number,
                   sd.c.agency_id, Agency.name.label("agency_name"), sd.c.genre, sd.c.theme_code, sd.c.validity,
                   sd.c.disclosure_attribute, sd.c.published_at, sd.c.written_on, sd.c.status, sd.c.is_public)
            .join(Agency, Agency.id == sd.c.agency_id)
            .where(sd.c.entry_id == func.any(bindparam("ids", type_=ARRAY(sd.c.entry_id.type)))))


def details(ids: Sequence[uuid.UUID]) -> Shaped:
    """Everything the result list shows of the page's hits (the bodies only for these few rows)."""
    return Shaped(("details",), _build_details, {"ids": list(ids)})


# --- the search ------------------------------------------------------------------------------------------------

def parse_or_refuse(q: str | None) -> ParsedQuery | None:
    if q is None:
        return None
    parsed = parse(q)
    if parsed.empty:
        raise field_error("q", "检索词中没有可以检索的字词（请输入汉字、字母或数字）",
                          "the query has no searchable words (type Chinese characters, letters or digits)",
                          code="no_search_terms")
    return parsed


def check_page(query: SearchQuery) -> int:
    window = RELEVANCE_WINDOW if query.sort == "relevance" and query.q else DATE_WINDOW
    if (query.page - 1) * query.size >= window:
        raise field_error("page", f"最多可以翻阅前 {window} 条结果，请缩小检索范围",
                          f"only the first {window} hits can be paged through; narrow the search",
                          code="beyond_window")
    return window


@dataclass
class TableStats:
    oldest: datetime | None  # the earliest publication: where the date steps end
    newest: datetime | None  # the latest: where they start
    rows: float  # the planner's row count of the table: how common a word must be for a walk to pay


class Stats:
    """:class:`TableStats`, cached for a few minutes per process."""

    def __init__(self, ttl: float = 300) -> None:
        self.ttl = ttl
        self.value = TableStats(None, None, 0)
        self.at = -math.inf

    async def __call__(self, rows: Rows) -> TableStats:
        now = time_monotonic()
        if now - self.at > self.ttl:
            row = (await rows(select(
                func.min(sd.c.published_at).label("oldest"), func.max(sd.c.published_at).label("newest"),
                select(literal_column("reltuples")).select_from(text("pg_class"))
                .where(literal_column("oid") == literal_column("'search_documents'::regclass")).scalar_subquery()
                .label("rows"))))[0]
            self.value = TableStats(row["oldest"], row["newest"], max(float(row["rows"] or 0), 0.0))
            self.at = now
        return self.value


async def run_search(rows: Rows, query: SearchQuery, *, now: datetime, tz: ZoneInfo,
                     stats: Callable[[Rows], Awaitable[TableStats]]) -> SearchResult:
    """The search algorithm over an executor (``rows(statement)``), shared by the backend and the benchmark."""
    parsed = parse_or_refuse(query.q)
    max_window = check_page(query)
    statements = Statements(query, parsed, tz)
    relevance = query.sort == "relevance" and parsed is not None
    offset = (query.page - 1) * query.size
    # at least RELEVANCE_WINDOW in the date order too: fewer matches than that are counted exactly
    wanted = RELEVANCE_WINDOW if relevance else min(DATE_WINDOW, max(RELEVANCE_WINDOW, offset + query.size))
    if query.facets:
        wanted = max(wanted, FACET_WINDOW)
    await rows(text(SETTINGS_SQL))
    estimated = min([_plan_rows(await rows(Explain(stmt))) for stmt in statements.estimates()])
    table = await stats(rows)
    # walk the date index only for words in at least WALK_FRACTION of the entries (their statistics are sure)
    walk = table.rows > 0 and estimated >= WALK_FRACTION * table.rows
    # a publication after the cached newest one is still found: the first step is open upwards
    newest = table.newest or now
    found: list[Mapping[str, Any]] = []
    steps = Steps(query, newest=newest, oldest=table.oldest, tz=tz, estimated=estimated, wanted=wanted)
    for window in steps:
        got = await rows(statements.candidates(window, wanted - len(found), walk=walk, now=now))
        found.extend(got)
        steps.found(len(got))
        if len(found) >= wanted:
            break
    complete = len(found) < wanted  # every step ran and none was cut: these are all the matches
    if complete and statements.words and statements.substring:
        # few word matches: add the entries whose title / numbers contain the query as typed (a name the
        # segmenter cuts differently, a bare code); a title holding the query nearly always holds its words, so
        # with many word matches this pass would add next to nothing at the price of a trigram scan
        seen = {r["entry_id"] for r in found}
        more = await rows(statements.substring_candidates(wanted))
        found.extend(r for r in more if r["entry_id"] not in seen)
        complete = len(more) < wanted
        found.sort(key=lambda r: _neg_time(r["published_at"]))
        found = found[:wanted]
    if complete:
        total, estimate = len(found), False
    else:
        # from the density of the matches found: the planner's estimates are worse for rarer words (389 for 1,415
        # matches of 教育 招生 in a county, whose 招生 has no statistics) but good for the common words that are
        # walked (they are in its most-common list), and a few hours of publications are a noisy sample
        total = min(steps.extrapolate(found), max(round(table.rows), len(found)))
        if walk:
            total = min(total, max(round(estimated), len(found)))
        estimate = True
    ranked = found[:RELEVANCE_WINDOW if relevance else DATE_WINDOW]
    if relevance:
        ranked = sorted(ranked, key=lambda r: (-r["score"], _neg_time(r["published_at"])))
    page = ranked[offset:offset + query.size]
    hits: list[dict[str, Any]] = []
    if page:
        by_id = {r["entry_id"]: dict(r) for r in await rows(details([r["entry_id"] for r in page]))}
        for r in page:
            hit = by_id.get(r["entry_id"])
            if hit is not None:
                hit["score"] = float(r["score"]) if relevance else None
                hits.append(hit)
    facets = None
    if query.facets:
        facets = await _facets(rows, found[:FACET_WINDOW], exact=complete and len(found) <= FACET_WINDOW)
    return SearchResult(hits=hits, total=total, total_is_estimate=estimate,
                        max_window=min(max_window, total) if not estimate else max_window, facets=facets)


def _neg_time(value: datetime | None) -> float:
    return -value.timestamp() if value is not None else math.inf


@dataclass(frozen=True)
class Explain:
    """``EXPLAIN (FORMAT JSON)`` of a statement (the executor returns ``[{"plan": …}]``)."""

    stmt: Any  # a Shaped or any other statement


def _plan_rows(plan: list[Mapping[str, Any]]) -> float:
    """The planner's row estimate from ``EXPLAIN (FORMAT JSON)``."""
    value = plan[0]["plan"]
    document = json.loads(value) if isinstance(value, str) else value
    return float(document[0]["Plan"]["Plan Rows"])


async def _facets(rows: Rows, matches: Sequence[Mapping[str, Any]], *, exact: bool) -> dict[str, Any]:
    counters: dict[str, Counter[Any]] = {k: Counter() for k in
                                         ("genre", "theme", "year", "validity", "disclosure_attribute", "agency")}
    for r in matches:
        counters["genre"][r["genre"]] += 1
        if r["theme_code"]:
            counters["theme"][r["theme_code"].split(".")[0]] += 1
        if r["year"] is not None:
            counters["year"][r["year"]] += 1
        counters["validity"][r["validity"]] += 1
        counters["disclosure_attribute"][r["disclosure_attribute"]] += 1
        counters["agency"][r["agency_id"]] += 1
    top_agencies = counters["agency"].most_common(TOP_AGENCIES)
    names: dict[Any, str] = {}
    if top_agencies or counters["theme"]:
        names_stmt = (
            select(cast(Agency.id, Agency.name.type).label("key"), Agency.name, literal("agency").label("kind"))
            .where(Agency.id == func.any(literal([a for a, _ in top_agencies] or [0], ARRAY(Agency.id.type))))
            .union_all(select(Theme.code, Theme.name, literal("theme"))
                       .where(Theme.code == func.any(literal(list(counters["theme"]) or [""], ARRAY(Theme.code.type)))))
        )
        names = {(r["kind"], r["key"]): r["name"] for r in await rows(names_stmt)}

    def values(key: str, items: list[tuple[Any, int]], kind: str | None = None) -> list[dict[str, Any]]:
        return [{"value": str(v), "name": names.get((kind, str(v))) if kind else None, "count": n} for v, n in items]

    return {
        "exact": exact, "counted": len(matches),
        "genre": values("genre", counters["genre"].most_common()),
        "theme": values("theme", sorted(counters["theme"].items()), "theme"),
        "year": values("year", sorted(counters["year"].items(), reverse=True)),
        "validity": values("validity", counters["validity"].most_common()),
        "disclosure_attribute": values("disclosure_attribute", counters["disclosure_attribute"].most_common()),
        "agency": values("agency", top_agencies, "agency"),
    }


def latest_statement(agency_ids: tuple[int, ...] | None, size: int) -> Select[Any]:
    stmt = (select(sd.c.entry_id, sd.c.title, sd.c.index_number, sd.c.document_number, sd.c.agency_id,
                   Agency.name.label("agency_name"), sd.c.genre, sd.c.theme_code, sd.c.validity, sd.c.published_at,
                   sd.c.written_on)
            .join(Agency, Agency.id == sd.c.agency_id).where(sd.c.is_public)
            .order_by(sd.c.published_at.desc(), sd.c.entry_id).limit(size))
    if agency_ids is not None:
        stmt = stmt.where(sd.c.agency_id == func.any(literal(list(agency_ids), ARRAY(sd.c.agency_id.type))))
    return stmt


# --- the backend -------------------------------------------------------------------------------------------------


def session_rows(session: AsyncSession) -> Rows:
    """The search's executor on ``session``: its statements run on the session's asyncpg connection (kernel.db.
    driver_rows: no SQLAlchemy execution machinery, which cost ≈ 3 ms of a 10 ms search), ``Explain`` included."""
    run = driver_rows(session)

    async def rows(stmt: Any) -> list[Mapping[str, Any]]:
        if isinstance(stmt, Explain):
            # SQLAlchemy has no EXPLAIN construct: the statement's text, prefixed, on the same connection
            sql, args = compile_for_asyncpg(stmt.stmt)
            raw = await (await session.connection()).get_raw_connection()
            return [{"plan": await raw.driver_connection.fetchval(f"EXPLAIN (FORMAT JSON) {sql}", *args)}]
        return await run(stmt)

    return rows


class PostgresSearchBackend:
    def __init__(self, timezone: str = MONTH_ZONE) -> None:
        # the zone of the month words in the generated ``tsv`` column (models.MONTH_ZONE): the date steps must cut
        # months where the index does, so this is not the deployment's TIMEZONE setting
        self.tz = ZoneInfo(timezone)
        self.stats = Stats()

    async def index(self, session: AsyncSession, doc: SearchDoc) -> None:
        values = document_values(doc)
        stmt = insert(SearchDocument).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[SearchDocument.entry_id],
                                          set_={k: stmt.excluded[k] for k in values if k != "entry_id"})
        await session.execute(stmt)

    async def remove(self, session: AsyncSession, entry_id: uuid.UUID) -> None:
        await session.execute(delete(SearchDocument).where(SearchDocument.entry_id == entry_id))

    async def move_to_column(self, session: AsyncSession, entry_ids: list[uuid.UUID], column_id: int) -> None:
        if entry_ids:
            await session.execute(update(SearchDocument).where(SearchDocument.entry_id.in_(entry_ids))
                                  .values(column_id=column_id))

    async def search(self, session: AsyncSession, query: SearchQuery) -> SearchResult:
        if query.scope_ids is not None and not query.scope_ids:
            check_page(query)
            parse_or_refuse(query.q)
            return SearchResult(hits=[], total=0, total_is_estimate=False, max_window=0,
                                facets=await _facets(session_rows(session), [], exact=True) if query.facets else None)
        return await run_search(session_rows(session), query, now=clock.now().astimezone(self.tz), tz=self.tz,
                                stats=self.stats)

    async def latest(self, session: AsyncSession, *, agency_ids: tuple[int, ...] | None,
                     size: int) -> list[dict[str, Any]]:
        return [dict(r) for r in (await session.execute(latest_statement(agency_ids, size))).mappings().all()]


backend: SearchBackend = PostgresSearchBackend()
