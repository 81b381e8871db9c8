"""One Swagger UI page listing the OpenAPI of the gateway and of every service.

Swagger UI 5 (it reads the OpenAPI 3.1 that FastAPI emits) comes from the `swagger-ui-bundle-v2` wheel and is served
from /docs/assets, so the page works on a government intranet without a CDN. The page has no inline script: its
initialiser is served as /docs/swagger-initializer.js, so a Content-Security-Policy of `script-src 'self'` holds;
without JavaScript it lists links to the four OpenAPI documents.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import swagger_ui_bundle
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from kernel.auth import AccessRoute, anyone

SPECS = [
    ("身份认证与账号 Identity (gateway)", "/api/v1/auth/openapi.json"),
    ("公开目录 Catalog", "/api/v1/catalog/openapi.json"),
    ("依申请公开 Applications", "/api/v1/applications/openapi.json"),
    ("统计与年报 Statistics", "/api/v1/statistics/openapi.json"),
]

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Gongkai 政务公开平台 API 文档</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png" sizes="32x32">
</head>
<body>
<div id="swagger-ui"></div>
<noscript><ul>%s</ul></noscript>
<script src="/docs/assets/swagger-ui-bundle.js" charset="utf-8"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js" charset="utf-8"></script>
<script src="/docs/swagger-initializer.js" charset="utf-8"></script>
</body>
</html>"""

# `urls` gives the top bar its dropdown of the four specifications.
INITIALIZER = """window.ui = SwaggerUIBundle({
  urls: %s,
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
  layout: "StandaloneLayout"
});
"""


def docs_router() -> APIRouter:
    router = APIRouter(include_in_schema=False, route_class=AccessRoute)
    page = PAGE % "".join(f'<li><a href="{html.escape(u)}">{html.escape(n)}</a></li>' for n, u in SPECS)
    script = INITIALIZER % json.dumps([{"name": n, "url": u} for n, u in SPECS], ensure_ascii=False)

    @router.get("/docs", dependencies=[Depends(anyone())])
    async def docs() -> HTMLResponse:
        return HTMLResponse(page)

    @router.get("/docs/swagger-initializer.js", dependencies=[Depends(anyone())])
    async def docs_initializer() -> Response:
        return Response(script, media_type="text/javascript; charset=utf-8")

    return router


def docs_assets() -> StaticFiles:
    return StaticFiles(directory=Path(str(swagger_ui_bundle.swagger_ui_path)))
