"""bench/statistics — ingestion rate, and the root government's rolled-up annual report and dashboard at scale.

    make bench-statistics          # = .venv/bin/python -m bench.statistics
    .venv/bin/python -m bench.statistics --cases 1000000 --event-cases 100000

1. Brings up PostgreSQL (127.0.0.1:5432 if it answers, else embedded), an embedded NATS and a fresh statistics
   database migrated with the real migrations (dropped at the end).
2. Publishes 500 agencies in a four-level tree (1 root, 9, 45, 445) and ``--event-cases`` cases (a received
   event, and for a closed case its closed event) into JetStream as the catalog and applications relays would,
   then starts the statistics service (uvicorn, one process, as ``make run`` does) and measures how fast its
   durable consumers ingest them (events/s from start-up until the consumers' lag is 0).
3. Bulk-loads the remaining cases (to ``--cases`` in all) straight into the read model, with appeals and
   catalog entries, over three years (2023–2025), closed and open; then ``ANALYZE``.
4. Times, through the service's HTTP API, the root's rolled-up annual report for 2024 and its request dashboard,
   beside one hand-written SQL query over the raw table computing the same section 三 (the floor).

Targets: ingestion ≥ 2,000 events/s; rolled-up report ≤ 1 s.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import shutil
import signal
import statistics as stats
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import nats
from jose import jwt

from devtools.infra import EmbeddedNats, EmbeddedPostgres, drop_database, ensure_database, free_port, server_answers
from gateway.keys import SigningKey
from kernel.config import REPO_ROOT
from kernel.events import ensure_stream
from kernel.jsonutil import dumps
from kernel.migrations import upgrade

SYSTEM_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
APPLICANTS = (("natural_person", 70), ("commercial", 15), ("research", 3), ("social_welfare", 3),
              ("legal_service", 4), ("other", 5))
OUTCOMES = (("disclosed", 40), ("partly_disclosed", 15), ("withheld.third_party", 4), ("withheld.process_info", 4),
            ("withheld.state_secret", 1), ("unavailable.not_held", 15), ("unavailable.needs_creation", 3),
            ("not_handled.repeat", 4), ("not_handled.petition", 3), ("other.no_supplement", 4),
            ("other.fee_unpaid", 1), ("other.other", 6))
CHANNELS = ("online", "in_person", "post", "email", "fax", "oral", "api")
START, DAYS = date(2023, 1, 1), 365 * 3


def log(message: str) -> None:
    print(f"· {message}", file=sys.stderr, flush=True)


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


def agency_tree() -> list[dict[str, Any]]:
    """500 agencies: a province-level root, 9 cities, 45 counties, 445 departments and townships."""
    out: list[dict[str, Any]] = []

    def add(parent: dict[str, Any] | None, level: str, kind: str, name: str) -> dict[str, Any]:
        aid = len(out) + 1
        path = f"{parent['path'] if parent else '/'}{aid}/"
        agency = {"id": aid, "parent_id": parent["id"] if parent else None, "path": path, "depth": path.count("/") - 1,
                  "name": name, "short_name": None, "code": f"BENCH{aid:013d}", "code_kind": "uscc", "level": level,
                  "kind": kind, "accepts_requests": True, "sort_order": aid, "is_active": True, "version": 1}
        out.append(agency)
        return agency

    root = add(None, "province", "government", "基准省人民政府")
    cities = [add(root, "city", "government", f"基准省第{c + 1}市人民政府") for c in range(9)]
    counties = [add(cities[k // 5], "county", "government", f"第{k // 5 + 1}市第{k % 5 + 1}县人民政府")
                for k in range(45)]
    for i in range(500 - len(out)):  # 445 departments and townships, spread over the counties
        county = counties[i % 45]
        township = i % 3 == 2
        add(county, "township" if township else "county", "government" if township else "department",
            f"{county['name'][:-4]}{'乡镇' if township else '单位'}{i // 45 + 1}")
    return out


def make_case(rng: random.Random, agency: dict[str, Any]) -> dict[str, Any]:
    received = START + timedelta(days=rng.randrange(DAYS))
    closed = None if rng.random() < 0.12 else received + timedelta(days=rng.randint(1, 60))
    taken = rng.randint(1, 30) if closed else None
    return {
        "case_id": uuid.uuid4().hex, "agency": agency, "applicant_type": pick(rng, APPLICANTS),
        "channel": rng.choice(CHANNELS), "received_on": received,
        "due_on": received + timedelta(days=28), "closed_on": closed,
        "outcome": pick(rng, OUTCOMES) if closed else None, "on_time": (taken or 0) <= 20 if closed else None,
        "working_days_taken": taken, "fee_yuan": "0",
    }


def snapshot(case: dict[str, Any], version: int, closed: bool) -> dict[str, Any]:
    a = case["agency"]
    return {
        "case_id": case["case_id"], "version": version, "agency_id": a["id"], "agency_path": a["path"],
        "applicant_type": case["applicant_type"], "channel": case["channel"],
        "received_on": case["received_on"].isoformat(), "due_on": case["due_on"].isoformat(),
        "due_provisional": False, "status": "closed" if closed else "handling",
        "closed_on": case["closed_on"].isoformat() if closed else None,
        "outcome": case["outcome"] if closed else None, "on_time": case["on_time"] if closed else None,
        "working_days_taken": case["working_days_taken"] if closed else None, "fee_yuan": "0",
    }


async def publish_all(nats_url: str, agencies: list[dict[str, Any]], cases: list[dict[str, Any]]) -> int:
    nc = await nats.connect(nats_url)
    js = nc.jetstream(timeout=30)
    for stream in ("CATALOG", "APPLICATIONS"):
        await ensure_stream(js, stream)
    now = datetime.now(timezone.utc).isoformat()

    def envelope(event_type: str, subject: Any, data: dict[str, Any]) -> tuple[str, bytes, str]:
        eid = str(uuid.uuid4())
        body = {"id": eid, "type": event_type, "occurred_at": now, "source": event_type.split(".")[0],
                "subject_id": str(subject), "data": data, "trace_id": None}
        return event_type, dumps(body), eid

    messages = [envelope("catalog.agency.created", a["id"], a) for a in agencies]
    for case in cases:
        messages.append(envelope("applications.case.received", case["case_id"], snapshot(case, 1, False)))
        if case["closed_on"]:
            messages.append(envelope("applications.case.closed", case["case_id"], snapshot(case, 2, True)))
    sent = 0
    for i in range(0, len(messages), 1000):
        chunk = messages[i:i + 1000]
        await asyncio.gather(*(js.publish(t, b, headers={"Nats-Msg-Id": eid}) for t, b, eid in chunk))
        sent += len(chunk)
    await nc.close()
    return sent - len(agencies)


async def lag(nats_url: str) -> int | None:
    nc = await nats.connect(nats_url)
    try:
        js = nc.jetstream(timeout=5)
        total = 0
        for stream, name in (("CATALOG", "statistics-catalog"), ("APPLICATIONS", "statistics-applications")):
            try:
                info = await js.consumer_info(stream, name)
            except nats.js.errors.NotFoundError:
                return None
            total += (info.num_pending or 0) + (info.num_ack_pending or 0)
        return total
    finally:
        await nc.close()


def counted(case: dict[str, Any]) -> tuple[Any, ...]:
    a = case["agency"]
    closed = case["closed_on"]
    return (case["case_id"], 2 if closed else 1, a["id"], a["path"], case["applicant_type"], case["channel"],
            case["received_on"], case["due_on"], False, "closed" if closed else "handling", closed, case["outcome"],
            case["on_time"], case["working_days_taken"], 0, closed, case["outcome"], 2 if closed else None,
            datetime.now(timezone.utc))


CASE_COLUMNS = ["case_id", "version", "agency_id", "agency_path", "applicant_type", "channel", "received_on", "due_on",
                "due_provisional", "status", "closed_on", "outcome", "on_time", "working_days_taken", "fee_yuan",
                "counted_closed_on", "counted_outcome", "counted_version", "updated_at"]


async def load_cases(conn: asyncpg.Connection, rng: random.Random, agencies: list[dict[str, Any]], n: int) -> None:
    done = 0
    while done < n:
        batch = [make_case(rng, rng.choice(agencies)) for _ in range(min(50_000, n - done))]
        await conn.copy_records_to_table("case_facts", records=[counted(c) for c in batch], columns=CASE_COLUMNS)
        done += len(batch)
        log(f"bulk-loaded {done:,} / {n:,} cases")


async def load_appeals(conn: asyncpg.Connection, rng: random.Random, agencies: list[dict[str, Any]],
                       n: int = 20_000) -> None:
    appeals = []
    for _ in range(n):
        a = rng.choice(agencies)
        filed = START + timedelta(days=rng.randrange(DAYS))
        decided = None if rng.random() < 0.2 else filed + timedelta(days=rng.randint(20, 200))
        appeals.append((uuid.uuid4().hex, 1, None, a["id"], a["path"],
                        rng.choice(("reconsideration", "litigation_direct", "litigation_after_reconsideration")),
                        filed, rng.choice(("upheld", "corrected", "other")) if decided else "pending", decided,
                        datetime.now(timezone.utc)))
    await conn.copy_records_to_table("appeal_facts", records=appeals, columns=[
        "appeal_id", "version", "case_id", "agency_id", "agency_path", "kind", "filed_on", "outcome", "decided_on",
        "updated_at"])


ENTRY_COLUMNS = ["entry_id", "version", "agency_id", "agency_path", "index_number", "title", "document_number", "genre",
                 "theme", "disclosure_attribute", "regulation_kind", "issued_on", "abolished_on", "validity",
                 "expires_on", "written_on", "published_at", "revoked_at", "timeliness_days", "late",
                 "late_provisional", "is_policy", "interprets", "updated_at"]


async def load_entries(conn: asyncpg.Connection, rng: random.Random, agencies: list[dict[str, Any]],
                       n: int = 100_000) -> None:
    entries = []
    for i in range(n):
        a = rng.choice(agencies)
        published = datetime.combine(START + timedelta(days=rng.randrange(DAYS)), datetime.min.time(), timezone.utc)
        kind = rng.choice((None, None, None, None, "normative", "regulation"))
        entries.append((uuid.uuid4().hex, 1, a["id"], a["path"], None, f"文件{i}", None,
                        rng.choice(("notice", "opinion", "report", "interpretation")), "综合政务", "proactive",
                        kind, published.date() if kind else None, None, "valid", None, published.date(), published,
                        None, rng.randint(1, 30), rng.random() < 0.05, False, rng.random() < 0.1, [],
                        datetime.now(timezone.utc)))
    await conn.copy_records_to_table("entry_facts", records=entries, columns=ENTRY_COLUMNS)


async def bulk_load(dsn: str, rng: random.Random, agencies: list[dict[str, Any]], n: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await load_cases(conn, rng, agencies, n)
        await load_appeals(conn, rng, agencies)
        await load_entries(conn, rng, agencies)
        log("VACUUM ANALYZE")
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()


FLOOR_SQL = """
SELECT applicant_type, counted_outcome,
       count(*) FILTER (WHERE received_on >= $1) AS new,
       count(*) FILTER (WHERE received_on < $1) AS carried_over,
       count(*) FILTER (WHERE counted_closed_on IS NOT NULL AND greatest(counted_closed_on, received_on) <= $2) AS closed,
       count(*) FILTER (WHERE counted_closed_on IS NULL OR greatest(counted_closed_on, received_on) > $2) AS fwd
FROM case_facts
WHERE received_on <= $2 AND (counted_closed_on IS NULL OR greatest(counted_closed_on, received_on) >= $1)
GROUP BY 1, 2
"""


async def timed(fn: Any, repeat: int) -> tuple[float, float, Any]:
    await fn()  # warm-up
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = await fn()
        times.append(time.perf_counter() - t)
    return stats.median(times), max(times), result


async def measure(url: str, token: str, dsn: str, root: int, repeat: int) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    out: dict[str, Any] = {}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=120, trust_env=False) as client:
        async def report() -> Any:
            resp = await client.get("/api/v1/statistics/reports/compute",
                                    params={"agency_id": root, "year": 2024, "scope": "rollup"})
            resp.raise_for_status()
            return resp.json()

        async def dashboard() -> Any:
            resp = await client.get("/api/v1/statistics/dashboards/requests",
                                    params={"agency_id": root, "start": "2024-01-01", "end": "2024-12-31"})
            resp.raise_for_status()
            return resp.json()

        async def catalog() -> Any:
            resp = await client.get("/api/v1/statistics/dashboards/catalog",
                                    params={"agency_id": root, "start": "2024-01-01", "end": "2024-12-31"})
            resp.raise_for_status()
            return resp.json()

        out["report"] = await timed(report, repeat)
        out["dashboard"] = await timed(dashboard, repeat)
        out["catalog_dashboard"] = await timed(catalog, repeat)
    conn = await asyncpg.connect(dsn)
    try:
        async def floor() -> Any:
            return await conn.fetch(FLOOR_SQL, date(2024, 1, 1), date(2024, 12, 31))

        out["floor"] = await timed(floor, repeat)
    finally:
        await conn.close()
    floor_rows = out["floor"][2]
    report = out["report"][2]["figures"]["section3"]
    assert sum(r["new"] for r in floor_rows) == report["new"][6], "the report disagrees with the floor query"
    assert sum(r["closed"] for r in floor_rows) == report["total"][6], "the report disagrees with the floor query"
    return out


class Stack:
    """PostgreSQL (127.0.0.1:5432 if it answers, else embedded), an embedded NATS, a fresh statistics database
    migrated with the real migrations, and — after ``start_service`` — the statistics service as ``make run`` starts
    it, trusting a key of the bench's own (``token``). Everything is removed on exit (``BENCH_KEEP=1`` keeps the
    database and the temp folder; ``keep_db`` keeps the database ``db_name``, reused when it exists)."""

    def __init__(self, *, embedded_pg: bool = False, prefix: str = "gongkai-bench-stats-", db_name: str | None = None,
                 keep_db: bool = False) -> None:
        self.want_embedded = embedded_pg
        self.keep_db = keep_db
        self.tmp = Path(tempfile.mkdtemp(prefix=prefix))
        self.embedded_pg: EmbeddedPostgres | None = None
        self.nats_server: EmbeddedNats | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.db_name = db_name or f"gk_bench_{secrets.token_hex(4)}_statistics"
        self.pg_url = SYSTEM_PG
        self.created = False
        self.key = SigningKey.generate()
        self.port = 0

    def __enter__(self) -> "Stack":
        try:
            if self.want_embedded or not asyncio.run(server_answers(SYSTEM_PG)):
                self.embedded_pg = EmbeddedPostgres(self.tmp / "pg", free_port(), fast=True)
                self.embedded_pg.start()
                self.pg_url = self.embedded_pg.url
            self.pg_kind = "embedded PostgreSQL (fsync off)" if self.embedded_pg else "PostgreSQL at 127.0.0.1:5432"
            self.nats_server = EmbeddedNats(self.tmp / "nats", free_port())
            self.nats_server.start()
            self.nats_url = self.nats_server.url
            asyncio.run(ensure_database(self.pg_url, self.db_name))
            self.created = True
            base = self.pg_url.rsplit("/", 1)[0]
            self.db_url = f"{base.replace('postgresql://', 'postgresql+asyncpg://')}/{self.db_name}"
            self.dsn = f"{base}/{self.db_name}"
            upgrade("statistics", self.db_url)
            log(f"{self.pg_kind}; NATS {self.nats_url}; database {self.db_name}")
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start_service(self) -> None:
        """Start the statistics service (uvicorn, one process); its consumers start ingesting at once."""
        jwks = self.tmp / "jwks.json"
        jwks.write_text(json.dumps({"keys": [self.key.jwk]}))
        self.port = free_port()
        env = {**os.environ, "STATISTICS_DATABASE_URL": self.db_url, "NATS_URL": self.nats_url,
               "JWKS_URL": f"file://{jwks}", "DATA_DIR": str(self.tmp / "data"), "LOG_LEVEL": "WARNING",
               "ENVIRONMENT": "development", "PYTHONUNBUFFERED": "1"}
        env.pop("DATABASE_URL", None)
        log_file = open(self.tmp / "statistics.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "services.statistics.app:create_app", "--factory", "--host", "127.0.0.1",
             "--port", str(self.port), "--no-access-log"],
            env=env, cwd=REPO_ROOT, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_ready(self, timeout: float = 60) -> None:
        """Until the service answers ``/readyz`` (the service must be running)."""
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError((self.tmp / "statistics.log").read_text()[-3000:])
            try:
                if httpx.get(f"{self.url}/readyz", timeout=2, trust_env=False).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise RuntimeError("the statistics service did not become ready")

    def wait_ingested(self) -> None:
        """Until both consumers' lag is 0 (the service must be running)."""
        assert self.proc is not None
        while True:
            time.sleep(0.25)
            if self.proc.poll() is not None:
                raise RuntimeError((self.tmp / "statistics.log").read_text()[-3000:])
            if asyncio.run(lag(self.nats_url)) == 0:
                return

    def token(self, perms: list[str], *, agency_id: int = 1, agency_path: str = "/1/", scope: str = "all",
              sub: str = "bench", ttl: int = 3600) -> str:
        """An access token the service accepts, as the gateway would mint it."""
        now = int(time.time())
        return jwt.encode({"iss": "gongkai", "aud": "gongkai-api", "sub": sub, "iat": now, "nbf": now,
                           "exp": now + ttl, "jti": uuid.uuid4().hex, "typ": "access", "kind": "staff",
                           "perms": perms, "scope": scope, "agency_id": agency_id, "agency_path": agency_path},
                          self.key.private_pem, algorithm="ES256", headers={"kid": self.key.kid})

    def close(self) -> None:
        keep = bool(os.environ.get("BENCH_KEEP"))
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
        if self.created and not keep and not self.keep_db:
            asyncio.run(drop_database(self.pg_url, self.db_name))
            self.created = False
        if self.nats_server:
            self.nats_server.stop()
            self.nats_server = None
        if self.embedded_pg:
            self.embedded_pg.stop()
            self.embedded_pg = None
        if keep or self.keep_db:
            log(f"kept the database {self.db_name}")
        if keep:
            log(f"kept {self.tmp}")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--event-cases", type=int, default=100_000, help="cases sent through the event path")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--embedded-pg", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with Stack(embedded_pg=args.embedded_pg) as stack:
        pg_kind = stack.pg_kind
        agencies = agency_tree()
        event_cases = [make_case(rng, rng.choice(agencies)) for _ in range(args.event_cases)]
        t = time.perf_counter()
        n_events = asyncio.run(publish_all(stack.nats_url, agencies, event_cases))
        log(f"published {len(agencies)} agency events and {n_events:,} case events in {time.perf_counter() - t:.1f} s")

        started = time.perf_counter()
        stack.start_service()
        total_events = n_events + len(agencies)
        stack.wait_ingested()
        elapsed = time.perf_counter() - started
        rate = total_events / elapsed
        log(f"ingested {total_events:,} events in {elapsed:.1f} s (including the service's start-up)")

        asyncio.run(bulk_load(stack.dsn, rng, agencies, args.cases - args.event_cases))
        token = stack.token(["statistics.report:read", "statistics.dashboard:read"])
        m = asyncio.run(measure(stack.url, token, stack.dsn, 1, args.repeat))
        result = {
            "cases": args.cases, "agencies": len(agencies), "event_cases": args.event_cases,
            "ingestion_events": total_events, "ingestion_seconds": round(elapsed, 2),
            "ingestion_events_per_s": round(rate), "report_median_s": round(m["report"][0], 3),
            "report_max_s": round(m["report"][1], 3), "dashboard_median_s": round(m["dashboard"][0], 3),
            "catalog_dashboard_median_s": round(m["catalog_dashboard"][0], 3),
            "floor_sql_median_s": round(m["floor"][0], 3), "postgres": pg_kind,
        }
        lines = [
            f"statistics benchmark — {args.cases:,} cases, 500 agencies (4 levels), 2023–2025, {pg_kind}",
            f"  ingestion through JetStream: {total_events:,} events in {elapsed:.1f} s = {rate:,.0f} events/s "
            f"(target ≥ 2,000) {'OK' if rate >= 2000 else 'MISSED'}",
            f"  root's rolled-up 2024 report (HTTP): median {m['report'][0]:.3f} s, max {m['report'][1]:.3f} s "
            f"(target ≤ 1 s) {'OK' if m['report'][1] <= 1 else 'MISSED'}",
            f"  root's request dashboard 2024 (HTTP): median {m['dashboard'][0]:.3f} s",
            f"  root's catalog dashboard 2024 (HTTP): median {m['catalog_dashboard'][0]:.3f} s",
            f"  floor: one hand-written SQL for section 三 over the raw table: median {m['floor'][0]:.3f} s",
        ]
        print(json.dumps(result) if args.json else "\n".join(lines))
        return 0


if __name__ == "__main__":
    sys.exit(main())
