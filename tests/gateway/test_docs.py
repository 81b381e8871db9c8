"""/docs: one Swagger UI (version 5 or later, so it reads OpenAPI 3.1) served from the gateway, no CDN."""
from __future__ import annotations

import re

import httpx

from gateway.docs import SPECS

JS_TYPES = ("text/javascript", "application/javascript")


def _local_refs(html: str) -> list[str]:
    return re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', html)


async def test_docs_page_uses_only_local_assets(gw: httpx.AsyncClient) -> None:
    page = await gw.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    refs = _local_refs(page.text)
    assert "/docs/assets/swagger-ui-bundle.js" in refs
    assert "/docs/assets/swagger-ui-standalone-preset.js" in refs
    assert "/docs/assets/swagger-ui.css" in refs
    for ref in refs:
        assert ref.startswith("/") and not ref.startswith("//"), f"{ref} is not served by the gateway"
        resp = await gw.get(ref)
        assert resp.status_code == 200, ref
        if ref.endswith(".js"):
            assert resp.headers["content-type"].split(";")[0] in JS_TYPES, ref
    # no inline script: the page holds under a Content-Security-Policy of script-src 'self'
    assert not re.search(r"<script\b(?![^>]*\bsrc=)[^>]*>", page.text)


async def test_bundled_swagger_ui_reads_openapi_3_1(gw: httpx.AsyncClient) -> None:
    bundle = await gw.get("/docs/assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    assert bundle.headers["content-type"].split(";")[0] in JS_TYPES
    match = re.search(r'PACKAGE_VERSION:"(\d+)\.(\d+)\.(\d+)"', bundle.text)
    assert match, "no Swagger UI version in the bundle"
    assert int(match.group(1)) >= 5, f"Swagger UI {'.'.join(match.groups())} cannot read OpenAPI 3.1"
    assert (await gw.get("/docs/assets/swagger-ui-standalone-preset.js")).status_code == 200
    css = await gw.get("/docs/assets/swagger-ui.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


async def test_every_specification_in_the_dropdown_is_openapi_3_1_with_operations(gw: httpx.AsyncClient) -> None:
    init = await gw.get("/docs/swagger-initializer.js")
    assert init.status_code == 200 and init.headers["content-type"].split(";")[0] in JS_TYPES
    urls = re.findall(r'"url":\s*"([^"]+)"', init.text)
    assert urls == [url for _, url in SPECS] and len(urls) == 4
    # the page itself links the same four documents (for readers without JavaScript)
    page = await gw.get("/docs")
    assert re.findall(r'<a href="([^"]+)"', page.text) == urls
    for name, _ in SPECS:
        assert name in init.text
    for url in urls:
        resp = await gw.get(url)
        assert resp.status_code == 200, url
        assert re.search(r'"openapi":\s*"3\.1\.', resp.text), url
        doc = resp.json()
        assert doc["paths"], url
        assert any(method in ops for ops in doc["paths"].values() for method in ("get", "post", "put", "patch",
                                                                                  "delete")), url
