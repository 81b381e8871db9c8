"""Full-text search of the catalog through the gateway: Chinese words (2-character ones too), document- and
index-number substrings, every filter, the agency subtree, facets, both orders, highlighting, paging, staff scope,
the latest entries, and bad input. Entries are drafted, reviewed, published and revoked through the real API."""
from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from kernel import clock
from tests.catalog.conftest import API, create_entry, entry_action, publish
from tests.support.helpers import Staff, assert_problem, bearer, create_agency, mint_token

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight

TZ = ZoneInfo("Asia/Shanghai")  # the catalog's statutory time zone: date filters are local dates


def _today() -> date:
    return clock.today()


def _tag() -> str:
    """A token no other test writes: ASCII letters and digits stay one word for the segmenter."""
    return "zq" + uuid.uuid4().hex[:8]


@pytest.fixture(scope="module")
async def area(stack, admin_token, tree, catalog_calendar) -> dict[str, Any]:
    """Two counties of our own (one with a township) and their staff."""
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as gw:
        county = await create_agency(gw, admin_token, parent_id=tree["city"]["id"])
        town = await create_agency(gw, admin_token, parent_id=county["id"], level="township")
        other = await create_agency(gw, admin_token, parent_id=tree["city"]["id"])
    return {"county": county, "town": town, "other": other, "tag": _tag(),
            "staff": Staff(stack, county), "town_staff": Staff(stack, town), "other_staff": Staff(stack, other)}


@pytest.fixture(scope="module")
async def corpus(stack, area) -> dict[str, Any]:
    """Published entries of the county and its township (oldest first), a draft, and an entry disclosed on request."""
    staff, town_staff, tag = area["staff"], area["town_staff"], area["tag"]
    async with httpx.AsyncClient(base_url=stack.gateway, timeout=60, trust_env=False) as gw:
        resp = await gw.post(f"{API}/columns", json={"agency_id": area["county"]["id"], "name": f"政策文件{tag}"},
                             headers=staff.h("clerk"))
        assert resp.status_code == 201, resp.text
        column = resp.json()
        report = await publish(
            gw, staff, title=f"{area['county']['name']}2025年政府信息公开工作年报", genre="report", theme_code="02.01",
            summary=f"本年报{tag}总结全县政务公开工作情况。", document_number="东政办字〔2018〕6号",
            written_on="2026-01-15", keywords=["年报"], body_html="<p>依据条例编制本年度报告。</p>")
        edu = await publish(
            gw, staff, title="关于做好义务教育招生入学工作的通知", genre="notice", theme_code="11.02",
            summary=f"部署全县义务教育招生工作{tag}。", document_number="东教发〔2026〕17号", written_on="2026-03-02",
            keywords=["招生"], column_id=column["id"],
            body_html="<p>各学校要做好招生入学工作，招生计划向社会公开。</p>")
        script = await publish(
            gw, staff, title="<script>alert(1)</script>公开征求意见的公告", genre="announcement", theme_code="02.01",
            summary=f"公开征求意见{tag}。", document_number=None, written_on="2026-04-01", keywords=[],
            body_html="<p>欢迎社会各界提出意见。</p>")
        body_only = await publish(
            gw, staff, title=f"关于调整办公时间的通知{tag}", genre="notice", theme_code="02.03", summary="调整办公时间。",
            document_number=None, written_on="2026-04-10", keywords=[],
            body_html="<p>自下月起调整办公时间，相关信息将及时公开，并纳入年报。</p>")
        town_report = await publish(
            gw, town_staff, title=f"{area['town']['name']}2025年政务公开工作年报", genre="report", theme_code="02.01",
            summary=f"乡镇年报{tag}。", document_number=None, written_on="2026-01-20", keywords=[],
            body_html="<p>乡镇政务公开情况。</p>")
        on_request = await publish(
            gw, staff, title=f"重大建设项目批准文件{tag}", genre="reply", theme_code="03.06", disclosure_attribute="on_request",
            summary="某项目的批复。", document_number=None, written_on="2026-02-01", keywords=[],
            body_html="<p>正文依申请公开，不在网上公开。</p>", validity="valid")
        draft = await create_entry(gw, staff, title=f"关于年报编制工作的通知（草稿）{tag}", summary=f"草稿{tag}。",
                                   document_number=None)
        other_draft = await create_entry(gw, area["other_staff"], title=f"另一县的年报草稿{tag}",
                                         summary=f"另一县草稿{tag}。", document_number=None)
    return {"report": report, "edu": edu, "script": script, "body_only": body_only, "town_report": town_report,
            "on_request": on_request, "draft": draft, "other_draft": other_draft, "column": column}


async def _search(gw: httpx.AsyncClient, params: dict[str, Any], *, headers: dict[str, str] | None = None,
                  path: str = "/search") -> dict[str, Any]:
    resp = await gw.get(f"{API}{path}", params=params, headers=headers or {})
    assert resp.status_code == 200, resp.text
    return resp.json()


def _ids(page: dict[str, Any]) -> list[str]:
    return [item["id"] for item in page["items"]]


def _in_county(area: dict[str, Any], **params: Any) -> dict[str, Any]:
    return {"agency_id": area["county"]["id"], "include_subordinates": True, **params}


# --- words ---------------------------------------------------------------------------------------------------


async def test_two_character_words_are_found_without_login(gw, area, corpus):
    page = await _search(gw, _in_county(area, q="年报"))
    # title, summary or keywords of the reports; the body of the notice; never the draft
    assert set(_ids(page)) == {corpus["report"]["id"], corpus["town_report"]["id"], corpus["body_only"]["id"]}
    assert page["total"] == 3 and page["total_is_estimate"] is False and page["pages"] == 1
    assert page["query"] == {"text": "年报", "words": ["年报"], "mode": "words"}
    page = await _search(gw, _in_county(area, q="公开"))
    assert {corpus["report"]["id"], corpus["script"]["id"], corpus["edu"]["id"], corpus["body_only"]["id"],
            corpus["town_report"]["id"]} <= set(_ids(page))
    assert corpus["draft"]["id"] not in _ids(page)


async def test_four_character_word_and_two_words(gw, area, corpus):
    page = await _search(gw, _in_county(area, q="义务教育"))
    assert _ids(page) == [corpus["edu"]["id"]]
    # two words: both must match (招生 in the edu notice; 年报 elsewhere)
    assert _ids(await _search(gw, _in_county(area, q="义务教育 招生"))) == [corpus["edu"]["id"]]
    assert _ids(await _search(gw, _in_county(area, q="招生 年报"))) == []
    # a 4-character word inside a longer dictionary word still matches: 信息公开 in 政府信息公开
    assert corpus["report"]["id"] in _ids(await _search(gw, _in_county(area, q="信息公开")))


async def test_document_and_index_number_substrings(gw, area, corpus):
    page = await _search(gw, _in_county(area, q="〔2018〕6号"))
    assert _ids(page) == [corpus["report"]["id"]]
    assert page["query"]["mode"] == "identifier"
    assert page["items"][0]["document_number"] == "东政办字〔2018〕6号"
    assert _ids(await _search(gw, _in_county(area, q="东教发〔2026〕"))) == [corpus["edu"]["id"]]
    # a part of an index number: the agency's code is unique, so without any filter
    index_number = corpus["edu"]["index_number"]
    assert index_number and index_number.startswith(area["county"]["code"])
    code_part = area["county"]["code"][6:]
    page = await _search(gw, {"q": code_part, "size": 100})
    county_public = {corpus[k]["id"] for k in ("report", "edu", "script", "body_only", "on_request")}
    assert set(_ids(page)) == county_public
    serial = index_number.split("/")[1]  # e.g. 2026-00002
    assert corpus["edu"]["id"] in _ids(await _search(gw, _in_county(area, q=serial)))
    hit = next(i for i in (await _search(gw, {"q": index_number}))["items"])
    assert hit["id"] == corpus["edu"]["id"] and hit["title_html"]  # the index number is shown as-is
    # a 3+ character query also matches title substrings the segmenter cuts differently
    assert corpus["body_only"]["id"] in _ids(await _search(gw, _in_county(area, q="调整办公时")))


# --- filters ---------------------------------------------------------------------------------------------------


async def test_each_filter(gw, area, corpus):
    tag = area["tag"]
    everything = {corpus[k]["id"] for k in ("report", "edu", "script", "body_only", "town_report", "on_request")}
    base = _in_county(area)
    assert set(_ids(await _search(gw, {**base, "size": 100}))) == everything  # no q: a filtered listing by date
    cases: list[tuple[dict[str, Any], set[str]]] = [
        ({"genre": "report"}, {corpus["report"]["id"], corpus["town_report"]["id"]}),
        ({"theme": "11"}, {corpus["edu"]["id"]}),  # a top-level theme includes its subcategories
        ({"theme": "11.02"}, {corpus["edu"]["id"]}),
        ({"theme": "02"}, {corpus[k]["id"] for k in ("report", "script", "body_only", "town_report")}),
        ({"theme": "02.03"}, {corpus["body_only"]["id"]}),
        ({"column_id": corpus["column"]["id"]}, {corpus["edu"]["id"]}),
        ({"disclosure_attribute": "on_request"}, {corpus["on_request"]["id"]}),
        ({"validity": "valid"}, everything),
        ({"validity": "abolished"}, set()),
        ({"year": _today().year}, everything),
        ({"year": 2019}, set()),
        ({"written_from": "2026-03-01"}, {corpus[k]["id"] for k in ("edu", "script", "body_only")}),
        ({"written_to": "2026-01-31"}, {corpus["report"]["id"], corpus["town_report"]["id"]}),
        ({"written_from": "2026-01-16", "written_to": "2026-02-28"}, {corpus["town_report"]["id"], corpus["on_request"]["id"]}),
        ({"published_from": _today().isoformat()}, everything),
        ({"published_to": (_today() - timedelta(days=1)).isoformat()}, set()),
        ({"published_from": (_today() + timedelta(days=1)).isoformat()}, set()),
    ]
    for params, expected in cases:
        for q in (None, tag):
            query = {**base, **params, "size": 100, **({"q": q} if q else {})}
            assert set(_ids(await _search(gw, query))) == expected, (params, q)
    # the agency alone, and with its subordinates
    only = await _search(gw, {"agency_id": area["county"]["id"], "q": "年报"})
    assert set(_ids(only)) == {corpus["report"]["id"], corpus["body_only"]["id"]}
    subtree = await _search(gw, {"agency_id": area["county"]["id"], "include_subordinates": "true", "q": "年报"})
    assert corpus["town_report"]["id"] in _ids(subtree)
    town = await _search(gw, {"agency_id": area["town"]["id"], "include_subordinates": "true", "q": "年报"})
    assert _ids(town) == [corpus["town_report"]["id"]]
    assert town["items"][0]["agency"] == {"id": area["town"]["id"], "name": area["town"]["name"]}


async def test_facets(gw, area, corpus):
    page = await _search(gw, _in_county(area, q=area["tag"], facets="true"))
    facets = page["facets"]
    assert facets["exact"] is True and facets["counted"] == page["total"] == 6
    assert {f["value"]: f["count"] for f in facets["genre"]} == {"report": 2, "notice": 2, "announcement": 1, "reply": 1}
    theme = {f["value"]: (f["name"], f["count"]) for f in facets["theme"]}
    assert theme["02"] == ("综合政务", 4) and theme["11"][1] == 1 and theme["03"][1] == 1
    assert facets["year"] == [{"value": str(_today().year), "name": None, "count": 6}]
    assert {f["value"]: f["count"] for f in facets["disclosure_attribute"]} == {"proactive": 5, "on_request": 1}
    agencies = {f["value"]: (f["name"], f["count"]) for f in facets["agency"]}
    assert agencies == {str(area["county"]["id"]): (area["county"]["name"], 5), str(area["town"]["id"]): (area["town"]["name"], 1)}
    assert (await _search(gw, _in_county(area, q=area["tag"])))["facets"] is None  # only on request


# --- order, highlighting, paging ---------------------------------------------------------------------------------


async def test_relevance_and_date_order(gw, area, corpus):
    by_date = await _search(gw, _in_county(area, q="年报", sort="date"))
    # newest first: the township's report, then the notice that mentions 年报 in its body, then the county's report
    assert _ids(by_date) == [corpus["town_report"]["id"], corpus["body_only"]["id"], corpus["report"]["id"]]
    assert all(item["score"] is None for item in by_date["items"])
    relevance = await _search(gw, _in_county(area, q="年报"))
    # a title match outranks a match in the body only, whatever the dates
    assert _ids(relevance)[-1] == corpus["body_only"]["id"]
    scores = [item["score"] for item in relevance["items"]]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] == 0
    # the title's whole-query substring counts: 〔2018〕… ranks the report first among documents numbered 2018
    assert relevance["sort"] == "relevance" and by_date["sort"] == "date"


async def test_highlights_are_escaped(gw, area, corpus):
    page = await _search(gw, _in_county(area, q="公开征求意见"))
    item = next(i for i in page["items"] if i["id"] == corpus["script"]["id"])
    assert item["title"] == "<script>alert(1)</script>公开征求意见的公告"
    assert item["title_html"].startswith("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<em>公开征求意见</em>" in item["title_html"] and "<script>" not in item["title_html"]
    page = await _search(gw, _in_county(area, q="年报"))
    body_only = next(i for i in page["items"] if i["id"] == corpus["body_only"]["id"])
    # the snippet comes from the body where the summary has no match
    assert "<em>年报</em>" in body_only["snippet_html"] and "调整办公时间" in body_only["snippet_html"]
    report = next(i for i in page["items"] if i["id"] == corpus["report"]["id"])
    assert "<em>年报</em>" in report["title_html"] and "本<em>年报</em>" in report["snippet_html"]


async def test_paging_totals(gw, area, corpus):
    seen: list[str] = []
    for number in (1, 2, 3, 4):
        page = await _search(gw, _in_county(area, q=area["tag"], size=2, page=number, sort="date"))
        assert page["total"] == 6 and page["pages"] == 3 and page["size"] == 2 and page["page"] == number
        assert len(page["items"]) == (2 if number <= 3 else 0)
        seen += _ids(page)
    assert len(seen) == len(set(seen)) == 6
    relevance_pages = [await _search(gw, _in_county(area, q=area["tag"], size=4, page=n)) for n in (1, 2)]
    assert len(set(_ids(relevance_pages[0])) | set(_ids(relevance_pages[1]))) == 6


# --- who sees what ---------------------------------------------------------------------------------------------


async def test_staff_search_within_scope(gw, area, corpus):
    tag, staff = area["tag"], area["staff"]
    mine = await _search(gw, {"q": tag, "size": 100}, headers=staff.h("clerk"), path="/entries/search")
    ids = _ids(mine)
    assert corpus["draft"]["id"] in ids  # own drafts
    assert corpus["other_draft"]["id"] not in ids  # not another county's
    assert corpus["town_report"]["id"] not in ids  # own scope: not even the township below
    draft = next(i for i in mine["items"] if i["id"] == corpus["draft"]["id"])
    assert draft["status"] == "draft" and draft["is_public"] is False and draft["published_at"] is None
    drafts = await _search(gw, {"q": tag, "status": "draft"}, headers=staff.h("clerk"), path="/entries/search")
    assert _ids(drafts) == [corpus["draft"]["id"]]
    # a supervisor of the county sees the township too
    sup = await _search(gw, {"q": tag, "size": 100}, headers=staff.h("supervisor"), path="/entries/search")
    assert corpus["town_report"]["id"] in _ids(sup) and corpus["other_draft"]["id"] not in _ids(sup)
    # the other county's clerk sees only theirs
    theirs = await _search(gw, {"q": tag}, headers=area["other_staff"].h("clerk"), path="/entries/search")
    assert _ids(theirs) == [corpus["other_draft"]["id"]]
    # the public: no drafts of anyone, no status field
    public = await _search(gw, {"q": tag, "size": 100})
    assert corpus["draft"]["id"] not in _ids(public) and corpus["other_draft"]["id"] not in _ids(public)
    assert all(i["status"] is None and i["is_public"] is None for i in public["items"])
    # the staff search needs a login and the read permission
    assert_problem(await gw.get(f"{API}/entries/search", params={"q": tag}), 401, "not_authenticated")
    citizen = mint_token(area["staff"].stack.key, kind="citizen", perms=[])
    assert_problem(await gw.get(f"{API}/entries/search", params={"q": tag}, headers=bearer(citizen)), 403, "forbidden")


async def test_published_is_found_and_revoked_is_not(gw, area):
    staff = area["staff"]
    word = _tag()
    entry = await publish(gw, staff, title=f"关于{word}的年报", summary="本机关年报。", document_number=None)
    params = _in_county(area, q="年报", sort="date")
    page = await _search(gw, params)  # no token: the public
    assert _ids(page)[0] == entry["id"]
    assert "<em>年报</em>" in page["items"][0]["title_html"]
    await entry_action(gw, staff, entry["id"], "revoke", {"reason": "内容有误，依法撤销"}, role="reviewer")
    assert entry["id"] not in _ids(await _search(gw, params))
    assert _ids(await _search(gw, {"q": word})) == []
    # staff still find it, revoked
    staff_page = await _search(gw, {"q": word}, headers=staff.h("clerk"), path="/entries/search")
    assert staff_page["items"][0]["status"] == "revoked" and staff_page["items"][0]["is_public"] is False


# --- latest ----------------------------------------------------------------------------------------------------


async def test_latest_entries(gw, area, corpus):
    resp = await gw.get(f"{API}/latest", params={"agency_id": area["county"]["id"], "size": 3})
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    assert len(items) == 3
    dates = [i["published_at"] for i in items]
    assert dates == sorted(dates, reverse=True)
    assert all(i["agency"]["id"] == area["county"]["id"] for i in items)
    assert corpus["town_report"]["id"] not in [i["id"] for i in items]
    resp = await gw.get(f"{API}/latest", params={"agency_id": area["county"]["id"], "include_subordinates": "true",
                                                 "size": 100})
    ids = [i["id"] for i in resp.json()["items"]]
    assert corpus["town_report"]["id"] in ids and corpus["draft"]["id"] not in ids
    assert set(resp.json()["items"][0]) == {"id", "title", "index_number", "document_number", "agency", "genre",
                                            "theme_code", "validity", "published_at", "written_on"}
    everything = (await gw.get(f"{API}/latest")).json()["items"]
    assert 1 <= len(everything) <= 10
    assert_problem(await gw.get(f"{API}/latest", params={"size": 101}), 422, "validation_error")
    assert_problem(await gw.get(f"{API}/latest", params={"agency_id": 999_999_999}), 404, "not_found")


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("params", "field"), [
    ({"q": "年报", "size": 101}, "size"),
    ({"q": "年报", "size": 0}, "size"),
    ({"q": "年报", "page": 0}, "page"),
    ({"q": "年报", "published_from": "2026-02-30"}, "published_from"),
    ({"q": "年报", "written_to": "yesterday"}, "written_to"),
    ({"q": "年报", "published_from": "2026-05-01", "published_to": "2026-04-01"}, "published_to"),
    ({"q": "年报", "sort": "popularity"}, "sort"),
    ({"q": ""}, "q"),
    ({"q": "！？。，"}, "q"),
    ({"q": "x" * 101}, "q"),
    ({"q": "年报", "theme": "abc"}, "theme"),
    ({"q": "年报", "genre": "poem"}, "genre"),
    ({"q": "年报", "validity": "forever"}, "validity"),
    ({"q": "年报", "year": 20260}, "year"),
    ({"q": "年报", "page": 11}, "page"),  # beyond the 200 hits a relevance search can page through
    ({"page": 51}, "page"),  # beyond the 1000 of the date order
])
async def test_bad_input_is_a_problem(gw, params, field):
    problem = assert_problem(await gw.get(f"{API}/search", params=params), 422, "validation_error")
    assert field in [e["field"] for e in problem["errors"]], problem
    assert problem["title"] == "请求参数有误"


async def test_bad_input_messages(gw):
    problem = assert_problem(await gw.get(f"{API}/search", params={"q": "……"}), 422, "validation_error")
    assert problem["errors"][0]["code"] == "no_search_terms"
    assert "没有可以检索的字词" in problem["errors"][0]["message"]
    resp = await gw.get(f"{API}/search", params={"q": "……"}, headers={"Accept-Language": "en"})
    assert "no searchable words" in assert_problem(resp, 422)["errors"][0]["message"]
    assert_problem(await gw.get(f"{API}/search", params={"q": "年报", "agency_id": 999_999_999}), 404, "not_found")


async def test_month_words_are_the_ones_postgresql_indexes(stack, area, corpus):
    """A large search asks the GIN index for its words *and* the months of a date window (service.month_words);
    those month words must be the ones the generated tsvector holds (models.MONTH_EXPRESSION)."""
    from sqlalchemy import func, literal_column, select

    from services.catalog.search.backend import SearchQuery
    from services.catalog.search.models import SearchDocument
    from services.catalog.search.query import parse
    from services.catalog.search.service import Statements, Window, month_words, session_rows

    now = clock.local_now()
    query = SearchQuery(q="年报", agency_ids=(area["county"]["id"], area["town"]["id"]))
    statements = Statements(query, parse("年报"))
    expected = {corpus[k]["id"] for k in ("report", "town_report", "body_only")}
    this_month = month_words(Window(now - timedelta(hours=1), None), now)
    assert this_month and this_month[0] == f"ym{now.year * 100 + now.month}"
    sd = SearchDocument.__table__
    async with stack.apps["catalog"].state.db.sessionmaker() as session:
        async def ids(months: list[str]) -> set[str]:
            words = func.to_tsquery(literal_column("'simple'::regconfig"),
                                    f"({statements.tsquery}) & ({' | '.join(months)})")
            stmt = select(sd.c.entry_id).where(sd.c.is_public, sd.c.agency_id.in_(query.agency_ids),
                                               sd.c.tsv.bool_op("@@")(words))
            return {str(i) for i in (await session.execute(stmt)).scalars()}

        assert await ids(this_month) == expected
        assert await ids(["ym190001", "ym190002"]) == set()
        # and through the statement a search runs for a window of the last hour (its words and months in one
        # lookup), on the driver as the backend runs it, and through SQLAlchemy with the same values bound
        window_stmt = statements.candidates(Window(now - timedelta(hours=1), None), 100, walk=False, now=now)
        assert "tsquery_months" in window_stmt.values and this_month[0] in window_stmt.values["tsquery_months"]
        rows = await session_rows(session)(window_stmt)
        assert {str(r["entry_id"]) for r in rows} == expected
        bound = (await session.execute(window_stmt.bound())).all()
        assert {str(r.entry_id) for r in bound} == expected
