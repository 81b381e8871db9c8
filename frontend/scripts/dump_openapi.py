"""Print the OpenAPI documents of the gateway and the three services as one JSON object {name: document}.

Used by ``npm run gen:api`` (frontend/scripts/gen-api.mjs) to regenerate the TypeScript API types without a
running platform: each app factory is built in-process and asked for its schema; no database is touched."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from importlib import import_module

APPS = {
    "auth": "gateway.app",
    "catalog": "services.catalog.app",
    "applications": "services.applications.app",
    "statistics": "services.statistics.app",
}


def main() -> None:
    # Development settings with a throw-away data dir: the gateway may create a signing key there.
    os.environ.setdefault("ENVIRONMENT", "development")
    os.environ["DATA_DIR"] = tempfile.mkdtemp(prefix="gongkai-openapi-")
    docs = {name: import_module(module).create_app().openapi() for name, module in APPS.items()}
    json.dump(docs, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
