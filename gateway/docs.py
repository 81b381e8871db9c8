"""One Swagger UI page listing the OpenAPI of the gateway and of every service (assets served locally, so the
page works on a government intranet without a CDN)."""
from __future__ import annotations

import json

import swagger_ui_bundle
from fastapi import APIRouter, Depends
from fastapi.responses import HTMLResponse
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
<link rel="icon" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>
window.ui = SwaggerUIBundle({
  urls: %s,
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout"
});
</script>
</body>
</html>"""


def docs_router() -> APIRouter:
    router = APIRouter(include_in_schema=False, route_class=AccessRoute)
    html = PAGE % json.dumps([{"name": n, "url": u} for n, u in SPECS], ensure_ascii=False)

    @router.get("/docs", dependencies=[Depends(anyone())])
    async def docs() -> HTMLResponse:
        return HTMLResponse(html)

    return router


def docs_assets() -> StaticFiles:
    return StaticFiles(directory=swagger_ui_bundle.swagger_ui_path)
