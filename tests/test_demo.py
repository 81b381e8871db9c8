"""The demo's definition (devtools/demo.py, devtools/demo_catalog.py), checked without a platform: every agency that
handles requests or publishes has someone for every step, the city has a second supervisor to accept a report, and
the sample documents sit under the agencies that published them."""
from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from devtools import demo, demo_catalog
from gateway.identity.schemas import UserCreate
from kernel.identifiers import is_valid_uscc
from services.catalog.agencies.schemas import AgencyCreate

AGENCIES = {a.key: a for a in demo.AGENCIES}
ROLES = defaultdict(Counter)  # agency key -> role -> number of accounts
for _username, _display, _role, _agency in demo.ACCOUNTS:
    ROLES[_agency][_role] += 1


def column_names(key: str) -> set[str]:
    return {n for name, children in demo_catalog.COLUMNS.get(key, []) for n in (name, *children)}


def publishing_agencies() -> set[str]:
    """Agencies with columns, a sample document or generated entries in the demo catalog."""
    ids = {key: n for n, key in enumerate(AGENCIES, start=1)}
    columns = {key: column_names(key) for key in demo_catalog.COLUMNS}
    short = {key: a.short for key, a in AGENCIES.items()}
    by_id = {n: key for key, n in ids.items()}
    generated = {by_id[row["agency_id"]] for row in demo_catalog._generated(ids, short, columns, count=300)}
    return set(demo_catalog.COLUMNS) | {key for _, key, _, _ in demo_catalog.SAMPLES} | generated


def test_every_agency_that_handles_requests_or_publishes_has_a_clerk_a_reviewer_and_an_approver():
    busy = {key for key, a in AGENCIES.items() if a.staffed} | publishing_agencies()
    assert busy >= {"city", "city_edu", "donghu", "xishan", "donghu_qingshi", "xishan_shimen", "ewenki_office"}
    missing = {key: [r for r in ("clerk", "reviewer", "approver") if not ROLES[key][r]] for key in busy}
    assert {key: roles for key, roles in missing.items() if roles} == {}


def test_agencies_without_staff_neither_take_requests_nor_publish():
    idle = {key for key, a in AGENCIES.items() if not a.staffed}
    assert idle == {"ewenki", "luan", "changde", "guangde", "lufeng"}
    assert not idle & publishing_agencies()
    for key in idle:
        assert demo._agency_payload(0, AGENCIES[key], None)["accepts_requests"] is False
        assert not ROLES[key]


def test_the_city_has_a_second_supervisor_and_each_county_one():
    assert ROLES["city"]["supervisor"] == 2
    assert ROLES["donghu"]["supervisor"] == 1
    assert ROLES["xishan"]["supervisor"] == 1


def test_the_existing_logins_keep_their_names():
    usernames = {u for u, *_ in demo.ACCOUNTS}
    assert {"city_supervisor", "edu_clerk", "edu_reviewer", "edu_approver", "donghu_supervisor", "donghu_clerk",
            "xishan_clerk"} <= usernames
    assert {"donghu_reviewer", "donghu_approver", "xishan_reviewer", "xishan_approver"} <= usernames


def test_accounts_are_unique_and_acceptable_to_the_gateway():
    usernames = [u for u, *_ in demo.ACCOUNTS] + [demo.CITIZEN[0]]
    assert len(usernames) == len(set(usernames))
    for n, account in enumerate(demo.ACCOUNTS, start=1):
        assert account[3] in AGENCIES
        UserCreate.model_validate(demo._user_payload(account, n))
    assert [row[0] for row in demo.demo_accounts()] == usernames


def test_the_directory_is_acceptable_to_the_catalog():
    seen: set[str] = set()
    for index, agency in enumerate(demo.AGENCIES):
        assert agency.parent is None or agency.parent in seen, f"{agency.key} comes before its parent"
        seen.add(agency.key)
        payload = demo._agency_payload(index, agency, None if agency.parent is None else 1)
        AgencyCreate.model_validate(payload)
        assert is_valid_uscc(payload["code"])
    codes = [demo._agency_payload(i, a, None)["code"] for i, a in enumerate(demo.AGENCIES)]
    assert len(codes) == len(set(codes))
    assert len({(a.parent, a.name) for a in demo.AGENCIES}) == len(demo.AGENCIES)
    assert set(demo_catalog.COLUMNS) <= set(AGENCIES)


def root_of(key: str) -> str:
    while AGENCIES[key].parent:
        key = AGENCIES[key].parent
    return key


@pytest.mark.parametrize("sample", demo_catalog.SAMPLES, ids=lambda s: s[0])
def test_each_sample_document_appears_under_the_agency_that_published_it(sample):
    filename, key, _, meta = sample
    agency = AGENCIES[key]
    # a real place of its own, not one of the fictional 江城 agencies
    assert key in demo.SAMPLE_SOURCE_KEYS and agency.staffed
    assert root_of(key) != "city" and not agency.region.startswith("99")
    place = AGENCIES[root_of(key)].name.removesuffix("人民政府")
    text = (demo_catalog.DOCUMENTS / filename).read_text(encoding="utf-8", errors="replace")
    # the document names its place (the 广德 copy in traditional characters)
    assert place in text or place.replace("广德县", "廣德縣") in text, place
    assert meta.get("column_name") is None or meta["column_name"] in column_names(key)


def test_generated_entries_never_go_under_a_real_agency():
    ids = {key: n for n, key in enumerate(AGENCIES, start=1)}
    columns = {key: column_names(key) for key in demo_catalog.COLUMNS}
    rows = demo_catalog._generated(ids, {k: a.short for k, a in AGENCIES.items()}, columns, count=300)
    real = {ids[k] for k in demo.SAMPLE_SOURCE_KEYS}
    assert rows and not [r for r in rows if r["agency_id"] in real]
