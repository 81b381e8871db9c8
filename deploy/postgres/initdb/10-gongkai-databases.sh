#!/bin/sh
# Runs once, when the postgres container starts on an empty data volume (/docker-entrypoint-initdb.d).
# Creates the platform's four databases with a UTF-8 locale (C.UTF-8): pg_trgm indexes no Chinese text under a
# plain C ctype. `python -m devtools.migrate` creates a missing database the same way; creating them here also
# covers a migration user without CREATEDB. Extensions (pg_trgm) are created by the migrations.
set -eu

for db in gongkai_gateway gongkai_catalog gongkai_applications gongkai_statistics; do
    exists=$(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db'")
    if [ "$exists" != "1" ]; then
        echo "gongkai: creating database $db (UTF8, C.UTF-8)"
        psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c \
            "CREATE DATABASE \"$db\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
    fi
done
