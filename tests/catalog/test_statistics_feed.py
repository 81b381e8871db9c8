"""Catalog → statistics through NATS: published regulations and normative documents, abolitions, revocations and
late publications reach the annual report's section 二 and the catalog dashboard."""
from __future__ import annotations

import pytest

from kernel import clock
from tests.catalog.conftest import API, entry_action, publish
from tests.support.helpers import eventually

pytestmark = pytest.mark.dates  # run again with the clock pinned either side of Beijing midnight


async def _figures(gw, staff, year: int) -> dict[str, str]:
    resp = await gw.get("/api/v1/statistics/reports/compute", params={"agency_id": staff.agency["id"], "year": year},
                        headers=staff.h("supervisor"))
    assert resp.status_code in (200, 404), resp.text  # 404 until the agency has reached the statistics replica
    return resp.json()["figures"]["section2"] if resp.status_code == 200 else {}


async def test_section_two_counts_what_the_catalog_published(gw, staff):
    year = clock.today().year
    await publish(gw, staff, title="江城市教育局校外培训机构管理办法", genre="measures", regulation_kind="normative",
                  written_on=f"{year}-02-10")
    old = await publish(gw, staff, title="江城市教育局关于学校收费管理的规定", genre="provisions",
                        regulation_kind="normative", written_on=f"{year - 2}-05-06")
    revoked = await publish(gw, staff, title="江城市教育局关于错误发布的规范性文件", genre="provisions",
                            regulation_kind="normative", written_on=f"{year}-03-01")
    await entry_action(gw, staff, revoked["id"], "revoke", {"reason": "误发，撤销。"}, role="reviewer")

    async def counted() -> bool:
        f = await _figures(gw, staff, year)
        # the old one was issued (written) two years ago; the revoked one does not count
        return f.get("normative.issued") == "1" and f.get("normative.in_force") == "2"

    await eventually(counted, timeout=10)

    # abolishing the old one is a new version with its abolition date
    current = (await gw.get(f"{API}/entries/{old['id']}", headers=staff.h("clerk"))).json()
    resp = await gw.patch(f"{API}/entries/{old['id']}", json={"version": current["version"], "validity": "abolished",
                                                              "abolished_on": f"{year}-06-30"}, headers=staff.h("clerk"))
    assert resp.status_code == 200, resp.text
    await entry_action(gw, staff, old["id"], "submit")
    await entry_action(gw, staff, old["id"], "approve", role="reviewer")

    async def abolished() -> bool:
        f = await _figures(gw, staff, year)
        return f.get("normative.abolished") == "1" and f.get("normative.in_force") == "1"

    await eventually(abolished, timeout=10)


async def test_catalog_dashboard_sees_late_publications_and_missing_interpretations(gw, staff):
    await publish(gw, staff, title="江城市教育局关于印发《研学实践教育管理办法》的通知", genre="measures",
                  written_on=f"{clock.today().year}-01-05")

    async def seen() -> bool:
        resp = await gw.get("/api/v1/statistics/dashboards/catalog",
                            params={"agency_id": staff.agency["id"], "year": clock.today().year},
                            headers=staff.h("supervisor"))
        if resp.status_code != 200:
            return False
        body = resp.json()
        return body["late"] >= 1 and body["policies_without_interpretation"] >= 1

    await eventually(seen, timeout=10)
