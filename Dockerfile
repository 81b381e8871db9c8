# One image for the whole platform: the gateway and the three services (catalog, applications, statistics)
# and the migration command. What runs is chosen by the command; the default is the gateway.
#
#   docker build -t gongkai:dev .
#   docker run gongkai:dev                                              # gateway on :8000
#   docker run gongkai:dev uvicorn services.catalog.app:create_app --factory --host 0.0.0.0 --port 8101 \
#       --no-proxy-headers --no-access-log --timeout-keep-alive 75      # a service
#   docker run gongkai:dev python -m devtools.migrate [service]        # migrations
#
# Every dependency is pinned in pyproject.toml and ships as a wheel for linux/amd64 and linux/arm64 (glibc), so
# no compiler is needed. The runtime needs no writable path except /tmp and DATA_DIR (/data), so it runs with a
# read-only root filesystem. See deploy/README.md.

ARG PYTHON_IMAGE=python:3.11-slim

# --- build: a virtualenv with the pinned dependencies and the project ---------------------------------------
FROM ${PYTHON_IMAGE} AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv

WORKDIR /src

# Dependencies first, in their own layer: it is rebuilt only when pyproject.toml changes, not on every code
# change. The list is the [project] dependencies exactly as pinned (no dev extras).
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt

# The code (.dockerignore lets in only pyproject.toml, kernel/, services/, gateway/, devtools/ and
# frontend/dist/). frontend/dist is optional: an empty folder is made when the SPA has not been built, so the
# runtime stage can always copy it (the gateway serves it only when it holds an index.html). COPY keeps the
# modes of the checkout: make everything world-readable here so uid 10001 can read it whatever the umask was.
COPY . ./
RUN mkdir -p frontend/dist \
 && chmod -R a+rX /src \
 && pip install --no-cache-dir .

# --- runtime --------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ARG APP_UID=10001
ARG APP_GID=10001

# ENVIRONMENT defaults to production: the gateway then refuses to start without a configured JWT key,
# DATA_ENCRYPTION_KEY and ADMIN_PASSWORD instead of generating development ones.
# GATEWAY_SPA_DIR is set because the code's default is relative to where the package is imported from.
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONFAULTHANDLER=1 \
    ENVIRONMENT=production \
    DATA_DIR=/data \
    GATEWAY_SPA_DIR=/app/frontend/dist

RUN groupadd --system --gid "${APP_GID}" gongkai \
 && useradd --system --uid "${APP_UID}" --gid "${APP_GID}" --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin gongkai \
 && mkdir -p /data \
 && chown "${APP_UID}:${APP_GID}" /data \
 && chmod 0750 /data

COPY --from=build /opt/venv /opt/venv

# The apps run from /app (uvicorn and `python -m` put the working directory first on sys.path), so the
# migrations and alembic.ini files are found under /app, next to the code. Owned by root: read-only to the app.
WORKDIR /app
COPY --from=build /src/pyproject.toml ./pyproject.toml
COPY --from=build /src/kernel ./kernel
COPY --from=build /src/services ./services
COPY --from=build /src/gateway ./gateway
COPY --from=build /src/devtools ./devtools
COPY --from=build /src/frontend/dist ./frontend/dist

# Byte-compile now (pip already did the virtualenv): at run time the root filesystem may be read-only
# (Kubernetes), so nothing is written then.
RUN python -m compileall -q -j 0 /app > /dev/null

USER ${APP_UID}:${APP_GID}

EXPOSE 8000

# Liveness of the default command (the gateway on :8000). The services listen on other ports: their
# compose/Kubernetes definitions carry their own checks (Kubernetes ignores this one).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

# --no-access-log: the apps write their own structured access line per request.
# --timeout-keep-alive 75: longer than the idle timeout of the proxies in front (nginx/ingress keep-alive 60s),
#   so the proxy, not uvicorn, closes idle connections (no 502 on a connection closed while being reused).
# Proxy headers: uvicorn honours X-Forwarded-For/-Proto only from FORWARDED_ALLOW_IPS (default 127.0.0.1); set
#   it to the same CIDRs as TRUSTED_PROXIES for the gateway so redirects keep https behind TLS termination.
CMD ["uvicorn", "gateway.app:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000", \
     "--no-access-log", "--timeout-keep-alive", "75", "--timeout-graceful-shutdown", "20"]
