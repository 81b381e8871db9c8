from tests.support.helpers import bearer, create_agency, eventually


async def test_agency_reaches_replicas(gw, admin_token):
    agency = await create_agency(gw, admin_token)

    async def in_replicas() -> bool:
        a = await gw.get("/api/v1/applications/agencies", params={"q": agency["name"]})
        s = await gw.get("/api/v1/statistics/agencies", params={"q": agency["name"]}, headers=bearer(admin_token))
        return a.json()["total"] == 1 and s.json()["total"] == 1

    took = await eventually(in_replicas, timeout=2)
    assert took < 2
