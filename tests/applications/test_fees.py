"""Fees (国办函〔2020〕109号), table-driven; and the code lists the other services share."""
from decimal import Decimal

import pytest

from services.applications.fees.service import per_application_fee, per_page_fee


@pytest.mark.parametrize("rank,fee", [
    (1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400), (95, 800),
])
def test_per_application_bands(rank, fee):
    assert per_application_fee(rank) == Decimal(fee)


@pytest.mark.parametrize("pages,fee", [
    (0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740), (250, 4700),
])
def test_per_page_bands_are_counted_by_parts(pages, fee):
    # 31–100 at 10 yuan, 101–200 at 20 yuan, from 201 at 40 yuan; the first 30 pages are free
    assert per_page_fee(pages) == Decimal(fee)


def test_nonsense_is_refused():
    with pytest.raises(ValueError):
        per_application_fee(0)
    with pytest.raises(ValueError):
        per_page_fee(-1)


async def test_code_lists_match_the_event_contract(gw):
    resp = await gw.get("/api/v1/applications/dictionaries")
    lists = resp.json()
    outcomes = [o["code"] for o in lists["outcomes"]]
    assert len(outcomes) == 21 and outcomes[:2] == ["disclosed", "partly_disclosed"]
    assert {o["code"] for o in lists["applicant_types"]} == {"natural_person", "commercial", "research", "social_welfare",
                                                             "legal_service", "other"}
    assert {c["code"] for c in lists["channels"]} == {"online", "in_person", "post", "fax", "email", "oral", "api"}
    assert {c["code"] for c in lists["inquiry_channels"]} == {"phone", "in_person", "online", "letter"}
    assert next(o for o in lists["outcomes"] if o["code"] == "other.fee_unpaid")["label"].startswith("其他处理")
