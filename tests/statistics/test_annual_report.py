"""The annual report computed from events: section 三 and 四 match a hand count cell for cell, with carry-over
between two consecutive years; section 二 from catalog entries and entered figures; roll-up = sum of parts."""
from __future__ import annotations

from typing import Any

import pytest

from services.statistics.reports.layout import COLUMNS, section3_rows
from tests.statistics.support import Events, drained, new_id, small_tree, staff

COL = {c: i for i, c in enumerate(COLUMNS)}


def expected_rows(fmt: str, cells: dict[str, dict[str, int]]) -> dict[str, list[int]]:
    """A full section 三 from the non-zero cells of a hand count, totals added by hand-rule."""
    rows = {r.code: [0] * 7 for r in section3_rows(fmt)}
    for code, by_col in cells.items():
        for col, n in by_col.items():
            rows[code][COL[col]] = n
    for code in rows:
        rows[code][6] = sum(rows[code][:6])
    return rows


async def feed_department(events: Events, dept: dict[str, Any]) -> None:
    """Eleven cases, four appeals and five entries of one department over 2022–2024 (see the hand count)."""
    c = {k: new_id() for k in ("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11")}
    A = dict(agency=dept)
    # received and closed in 2023
    await events.case("received", case_id=c["c1"], version=1, received_on="2023-03-01", **A)
    await events.case("closed", case_id=c["c1"], version=2, received_on="2023-03-01", closed_on="2023-03-20",
                      outcome="disclosed", **A)
    # out of order: the closing (v2) arrives before the receipt (v1); the newer snapshot wins
    await events.case("closed", case_id=c["c2"], version=2, applicant_type="commercial", received_on="2023-05-10",
                      closed_on="2023-06-01", outcome="partly_disclosed", **A)
    await events.case("received", case_id=c["c2"], version=1, applicant_type="commercial", received_on="2023-05-10", **A)
    # open at the end of 2023, closed in 2024
    await events.case("received", case_id=c["c3"], version=1, received_on="2023-12-20", **A)
    await events.case("closed", case_id=c["c3"], version=2, received_on="2023-12-20", closed_on="2024-01-10",
                      outcome="withheld.third_party", **A)
    await events.case("received", case_id=c["c4"], version=1, applicant_type="research", received_on="2023-12-28", **A)
    await events.case("closed", case_id=c["c4"], version=2, applicant_type="research", received_on="2023-12-28",
                      closed_on="2024-02-01", outcome="unavailable.not_held", **A)
    await events.case("closed", case_id=c["c5"], version=1, received_on="2023-07-01", closed_on="2023-07-02",
                      outcome="other.no_supplement", **A)
    # never closed
    await events.case("received", case_id=c["c6"], version=1, applicant_type="legal_service", received_on="2023-11-11", **A)
    # received in 2022, closed in 2023 (carried over into 2023)
    await events.case("received", case_id=c["c7"], version=1, received_on="2022-12-15", **A)
    await events.case("closed", case_id=c["c7"], version=2, received_on="2022-12-15", closed_on="2023-01-05",
                      outcome="not_handled.repeat", **A)
    # 2024
    await events.case("closed", case_id=c["c8"], version=1, applicant_type="other", received_on="2024-04-01",
                      closed_on="2024-04-20", outcome="other.fee_unpaid", fee_yuan="300", **A)
    # closed, reopened and closed again in the same year: the last outcome counts
    await events.case("closed", case_id=c["c9"], version=1, applicant_type="social_welfare", received_on="2024-06-01",
                      closed_on="2024-06-10", outcome="disclosed", **A)
    await events.case("reopened", case_id=c["c9"], version=2, applicant_type="social_welfare",
                      received_on="2024-06-01", **A)
    await events.case("closed", case_id=c["c9"], version=3, applicant_type="social_welfare", received_on="2024-06-01",
                      closed_on="2024-07-01", outcome="partly_disclosed", fee_yuan="100.5", **A)
    # closed in 2023, reopened and closed again in 2024: it stays counted in 2023 as first closed
    await events.case("closed", case_id=c["c10"], version=1, received_on="2023-02-01", closed_on="2023-02-20",
                      outcome="disclosed", **A)
    await events.case("reopened", case_id=c["c10"], version=2, received_on="2023-02-01", **A)
    await events.case("closed", case_id=c["c10"], version=3, received_on="2023-02-01", closed_on="2024-03-15",
                      outcome="withheld.state_secret", **A)
    # withdrawn
    await events.case("closed", case_id=c["c11"], version=1, received_on="2024-05-05", closed_on="2024-05-06",
                      outcome="other.other", status="withdrawn", **A)
    # a redelivered event (same id, new message id past JetStream's de-duplication) has no second effect
    again = await events.case("received", case_id=c["c1"], version=1, received_on="2023-03-01", **A)
    await events.publish("applications.case.received", c["c1"],
                         {"case_id": c["c1"], "version": 1, "agency_id": dept["id"], "agency_path": dept["path"],
                          "applicant_type": "natural_person", "received_on": "2023-03-01", "status": "received"},
                         event_id=again, msg_id=new_id())

    a = {k: new_id() for k in ("a1", "a2", "a3", "a4")}
    P = dict(agency_id=dept["id"], agency_path=dept["path"])
    await events.appeal("filed", appeal_id=a["a1"], version=1, case_id=c["c1"], kind="reconsideration",
                        filed_on="2023-04-01", **P)
    await events.appeal("decided", appeal_id=a["a1"], version=2, case_id=c["c1"], kind="reconsideration",
                        filed_on="2023-04-01", outcome="upheld", decided_on="2023-05-01", **P)
    await events.appeal("filed", appeal_id=a["a2"], version=1, case_id=c["c2"], kind="litigation_direct",
                        filed_on="2023-06-01", **P)
    await events.appeal("decided", appeal_id=a["a3"], version=2, case_id=c["c2"],
                        kind="litigation_after_reconsideration", filed_on="2023-10-01", outcome="corrected",
                        decided_on="2024-01-15", **P)
    await events.appeal("decided", appeal_id=a["a4"], version=1, case_id=c["c3"], kind="reconsideration",
                        filed_on="2024-02-01", outcome="other", decided_on="2024-03-01", **P)

    await events.entry("published", entry_id=new_id(), version=1, agency=dept, regulation_kind="regulation",
                       issued_on="2023-03-01", genre="rule")
    e2 = new_id()
    await events.entry("published", entry_id=e2, version=1, agency=dept, regulation_kind="normative",
                       issued_on="2022-05-01")
    await events.entry("updated", entry_id=e2, version=2, agency=dept, regulation_kind="normative",
                       issued_on="2022-05-01", abolished_on="2023-08-01")
    await events.entry("published", entry_id=new_id(), version=1, agency=dept, regulation_kind="normative",
                       issued_on="2023-09-09")
    await events.entry("revoked", entry_id=new_id(), version=2, agency=dept, regulation_kind="normative",
                       issued_on="2023-10-10", revoked_at="2023-10-12T10:00:00+08:00")
    await events.entry("published", entry_id=new_id(), version=1, agency=dept, issued_on="2023-10-10")


HAND_2023 = {
    "new": {"natural_person": 4, "commercial": 1, "research": 1, "legal_service": 1},
    "carried_over": {"natural_person": 1},
    "disclosed": {"natural_person": 2},
    "partly_disclosed": {"commercial": 1},
    "not_handled.repeat": {"natural_person": 1},
    "other.no_supplement": {"natural_person": 1},
    "total": {"natural_person": 4, "commercial": 1},
    "carried_forward": {"natural_person": 1, "research": 1, "legal_service": 1},
}
HAND_2024 = {
    "new": {"natural_person": 1, "social_welfare": 1, "other": 1},
    "carried_over": {"natural_person": 1, "research": 1, "legal_service": 1},
    "partly_disclosed": {"social_welfare": 1},
    "withheld.third_party": {"natural_person": 1},
    "unavailable.not_held": {"research": 1},
    "other.fee_unpaid": {"other": 1},
    "other.other": {"natural_person": 1},
    "total": {"natural_person": 2, "research": 1, "social_welfare": 1, "other": 1},
    "carried_forward": {"legal_service": 1},
}


def appeals(**groups: dict[str, int]) -> dict[str, dict[str, int]]:
    out = {}
    for kind in ("reconsideration", "litigation_direct", "litigation_after_reconsideration"):
        values = {"upheld": 0, "corrected": 0, "other": 0, "pending": 0, **groups.get(kind, {})}
        values["total"] = sum(values.values())
        out[kind] = values
    return out


async def compute(gw, headers, agency_id: int, year: int, scope: str = "agency") -> dict[str, Any]:
    resp = await gw.get("/api/v1/statistics/reports/compute",
                        params={"agency_id": agency_id, "year": year, "scope": scope}, headers=headers)
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.fixture(scope="module")
async def fed(stack, admin_token):
    import httpx

    from kernel.events import Broker

    async with httpx.AsyncClient(base_url=stack.gateway, timeout=30, trust_env=False) as client:
        tree = await small_tree(client, admin_token)
    broker = Broker(stack.infra.nats_url, "test-statistics-report")
    await broker.connect(wait=10)
    try:
        await feed_department(Events(broker), tree["dept"])
    finally:
        await broker.close()
    await drained(stack)
    return tree


async def test_sections_three_and_four_match_the_hand_count_with_carry_over(gw, stack, fed):
    headers = staff(stack, fed["city"])
    r2023 = await compute(gw, headers, fed["dept"]["id"], 2023)
    r2024 = await compute(gw, headers, fed["dept"]["id"], 2024)
    assert r2023["figures"]["format"] == "2021" and r2023["violations"] == []
    assert r2023["figures"]["section3"] == expected_rows("2021", HAND_2023)
    assert r2024["figures"]["section3"] == expected_rows("2021", HAND_2024)
    # R5: this year's 二 equals last year's 四, column by column
    assert r2024["figures"]["section3"]["carried_over"] == r2023["figures"]["section3"]["carried_forward"]
    assert r2023["figures"]["section4"] == appeals(reconsideration={"upheld": 1}, litigation_direct={"pending": 1},
                                                  litigation_after_reconsideration={"pending": 1})
    assert r2024["figures"]["section4"] == appeals(reconsideration={"other": 1}, litigation_direct={"pending": 1},
                                                  litigation_after_reconsideration={"corrected": 1})
    assert r2024["figures"]["fees_yuan"] == "400.50"


async def test_section_two_counts_regulations_and_normative_documents(gw, stack, fed):
    s2 = (await compute(gw, staff(stack, fed["city"]), fed["dept"]["id"], 2023))["figures"]["section2"]
    assert {k: s2[k] for k in ("regulation.issued", "regulation.abolished", "regulation.in_force",
                               "normative.issued", "normative.abolished", "normative.in_force")} == {
        "regulation.issued": "1", "regulation.abolished": "0", "regulation.in_force": "1",
        "normative.issued": "1", "normative.abolished": "1", "normative.in_force": "1",
    }
    assert s2["licensing.decisions"] == "0" and s2["fees.amount_wan"] == "0.0000"


async def test_roll_up_equals_the_sum_of_its_parts(gw, stack, fed, events):
    tree = fed
    for agency, n in ((tree["county"], 2), (tree["county_dept"], 3), (tree["town"], 1)):
        for i in range(n):
            cid = new_id()
            await events.case("received", case_id=cid, version=1, agency=agency, received_on="2024-03-0%d" % (i + 1),
                              applicant_type=("natural_person", "commercial", "other")[i % 3])
            if i % 2 == 0:
                await events.case("closed", case_id=cid, version=2, agency=agency, received_on="2024-03-0%d" % (i + 1),
                                  closed_on="2024-04-01", outcome="disclosed",
                                  applicant_type=("natural_person", "commercial", "other")[i % 3])
    await events.appeal("filed", appeal_id=new_id(), version=1, agency_id=tree["town"]["id"],
                        agency_path=tree["town"]["path"], kind="reconsideration", filed_on="2024-05-01")
    await drained(stack)
    headers = staff(stack, tree["city"])
    parts = [await compute(gw, headers, tree[k]["id"], 2024) for k in ("county", "county_dept", "town")]
    rollup = await compute(gw, headers, tree["county"]["id"], 2024, "rollup")
    for code, values in rollup["figures"]["section3"].items():
        assert values == [sum(p["figures"]["section3"][code][i] for p in parts) for i in range(7)], code
    for kind, values in rollup["figures"]["section4"].items():
        assert values == {k: sum(p["figures"]["section4"][kind][k] for p in parts) for k in values}, kind
    assert rollup["figures"]["section3"]["new"][6] == 6 and rollup["figures"]["section4"]["reconsideration"]["pending"] == 1
    # the city's roll-up includes the department fed above and the county's subtree
    city = await compute(gw, headers, tree["city"]["id"], 2024, "rollup")
    dept = await compute(gw, headers, tree["dept"]["id"], 2024)
    assert city["figures"]["section3"]["new"][6] == rollup["figures"]["section3"]["new"][6] + dept["figures"]["section3"]["new"][6]


async def test_staff_see_only_their_subtree(gw, stack, fed):
    county_staff = staff(stack, fed["county"])
    resp = await gw.get("/api/v1/statistics/reports/compute",
                        params={"agency_id": fed["dept"]["id"], "year": 2023}, headers=county_staff)
    assert resp.status_code == 404
    resp = await gw.get("/api/v1/statistics/reports/compute",
                        params={"agency_id": fed["town"]["id"], "year": 2023}, headers=county_staff)
    assert resp.status_code == 200
    no_perm = staff(stack, fed["city"], perms=["statistics.dashboard:read"])
    resp = await gw.get("/api/v1/statistics/reports/compute",
                        params={"agency_id": fed["dept"]["id"], "year": 2023}, headers=no_perm)
    assert resp.status_code == 403
