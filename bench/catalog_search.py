"""bench/catalog_search — full-text search of the catalog at a million entries (``make bench-catalog-search``).

    .venv/bin/python -m bench.catalog_search [--entries 1000000] [--duration 10] [--json] [--keep-db]

1. Brings up the stack like the other benches (``bench/stack.py``: PostgreSQL at 127.0.0.1:5432 when it answers,
   else an embedded one; fresh gateway and catalog databases migrated with the real migrations; embedded NATS;
   the catalog service and the gateway as separate uvicorn processes).
2. Generates ``--entries`` catalog entries with realistic Chinese text (``bench/catalog_corpus.py``) and loads them
   straight into the catalog database: agencies, entries and their search documents (segmented with rjieba by the
   catalog's own code, in parallel processes), by COPY with the secondary indexes dropped and rebuilt afterwards,
   then ``VACUUM ANALYZE``. The load time is printed.
3. Measures the public search ``GET /api/v1/catalog/search`` through the gateway for three kinds of query — a
   2-character word, a 4-character word, two words — each without and with an agency filter (a county and its
   subordinates): p50/p95 at concurrency 1 and throughput at concurrency 16 (``bench/loadgen.py``), and beside
   them the floor: the very SQL statements the search backend runs for the same requests, executed directly
   with asyncpg, one after the other, p50/p95.

Targets: p95 ≤ 50 ms at concurrency 1 through the gateway; gateway + service within 2× of the bare SQL.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import signal
import sys
import tempfile
import time
from array import array
from pathlib import Path
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from bench.gateway import percentile
from bench.stack import BenchStack, log

# Each kind is a small set of realistic queries, used round-robin (so no single cached answer is measured).
QUERIES: dict[str, list[str]] = {
    "2-char": ["公开", "年报", "教育", "财政"],
    "4-char": ["政务公开", "义务教育", "安全生产", "社会救助"],
    "two words": ["信息公开 年报", "教育 招生", "财政 预算", "安全生产 检查"],
}
KEEP_RUN_ID = "catsearch"  # --keep-db: databases gk_bench_catsearch_{gateway,catalog} survive the run


# --- loading ---------------------------------------------------------------------------------------------------


async def _secondary_indexes(dsn: str, tables: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, definition) of the indexes of ``tables`` that no constraint owns (those can be dropped and rebuilt)."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            """SELECT i.indexname, i.indexdef FROM pg_indexes i
               WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.indexname))::regclass)
               ORDER BY i.indexname""", list(tables))
        return [(r["indexname"], r["indexdef"]) for r in rows]
    finally:
        await conn.close()


async def _execute(dsn: str, *statements: str, settings: str = "") -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        if settings:
            await conn.execute(settings)
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _count(dsn: str) -> int:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        return int(await conn.fetchval("SELECT count(*) FROM search_documents"))
    finally:
        await conn.close()


def load(dsn: str, entries: int, seed: int, processes: int) -> dict[str, float]:
    """Generate and COPY ``entries`` entries; returns the seconds of each phase."""
    from bench.catalog_corpus import Vocabulary, agency_tree, load_agencies, load_chunk
    from services.catalog.search.models import SearchDocument

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    vocab = Vocabulary.build()
    agencies = agency_tree()
    themes = asyncio.run(load_agencies(dsn, agencies))
    log(f"vocabulary: {len(vocab.sentences)} sentences from the samples, {len(vocab.terms)} terms; "
        f"{len(agencies)} agencies; {len(themes)} themes")
    indexes = asyncio.run(_secondary_indexes(dsn, ("entries", "search_documents")))
    asyncio.run(_execute(dsn, *(f'DROP INDEX "{name}"' for name, _ in indexes)))
    doc_columns = [c.name for c in SearchDocument.__table__.columns if not c.computed]
    chunk = 5000
    specs = [{"dsn": dsn, "vocab": vocab, "agencies": agencies, "themes": themes, "seed": seed, "chunk": i,
              "start": start, "end": min(entries, start + chunk), "total": entries, "doc_columns": doc_columns}
             for i, start in enumerate(range(0, entries, chunk))]
    done = 0
    last = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        for n in pool.imap_unordered(load_chunk, specs):
            done += n
            if time.perf_counter() - last > 30 or done == entries:
                last = time.perf_counter()
                rate = done / (last - t0)
                log(f"loaded {done:,} / {entries:,} entries ({rate:,.0f}/s, about "
                    f"{(entries - done) / max(rate, 1) / 60:.1f} min to go)")
    timings["generate_segment_copy"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    log(f"rebuilding {len(indexes)} indexes: {', '.join(name for name, _ in indexes)}")
    asyncio.run(_execute(dsn, *(definition for _, definition in indexes),
                         settings="SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 1"))
    timings["indexes"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    asyncio.run(_execute(dsn, "VACUUM (ANALYZE) agencies", "VACUUM (ANALYZE) entries", "VACUUM (ANALYZE) search_documents"))
    timings["vacuum_analyze"] = time.perf_counter() - t2
    timings["total"] = time.perf_counter() - t0
    return timings


def tune(stack: BenchStack, shared_buffers: str) -> None:
    """Size the embedded server as a database server would be: its default 128 MB of shared buffers holds a
    fraction of the million entries' rows and indexes, and every other page read is a copy from the OS cache."""
    assert stack.embedded_pg is not None
    asyncio.run(_execute(stack.pg_server_url, f"ALTER SYSTEM SET shared_buffers = '{shared_buffers}'",
                         "ALTER SYSTEM SET effective_cache_size = '12GB'", "ALTER SYSTEM SET max_wal_size = '8GB'",
                         "ALTER SYSTEM SET checkpoint_timeout = '30min'"))
    stack.embedded_pg.stop()
    stack.embedded_pg.start()
    stack.pg_kind += f", shared_buffers {shared_buffers}"
    log(f"restarted the embedded PostgreSQL with shared_buffers = {shared_buffers}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.catalog_search", description=__doc__.split("\n\n")[0])
    p.add_argument("--entries", type=int, default=1_000_000, help="catalog entries to generate (default 1,000,000)")
    p.add_argument("--duration", type=float, default=10.0, help="measured seconds per row and concurrency (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds before each row (default 2)")
    p.add_argument("--floor-repeat", type=int, default=200, help="bare-SQL executions per row (default 200)")
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--processes", type=int, default=os.cpu_count() or 2, help="generator processes (default: CPUs)")
    p.add_argument("--json", action="store_true", help="also print the results as JSON on stdout")
    p.add_argument("--system-pg", action="store_true",
                   help="use the PostgreSQL at 127.0.0.1:5432 as it is configured (default: a private embedded one "
                        "with --shared-buffers)")
    p.add_argument("--shared-buffers", default="4GB",
                   help="shared_buffers of the embedded PostgreSQL (default 4GB: the search tables and indexes fit)")
    p.add_argument("--keep-db", action="store_true",
                   help=f"keep the databases (gk_bench_{KEEP_RUN_ID}_*; the embedded server's data in "
                        f"$TMPDIR/gongkai-bench-catsearch) and reuse their data next time")
    p.add_argument("--load-only", action="store_true", help="stop after loading (with --keep-db)")
    args = p.parse_args(argv)
    if args.entries < 1000 or args.duration <= 0 or args.warmup < 0 or args.floor_repeat < 10:
        p.error("--entries >= 1000, --duration > 0, --warmup >= 0, --floor-repeat >= 10")
    return args


def run(args: argparse.Namespace) -> int:
    if args.keep_db and not args.system_pg:
        # the embedded server's data directory is kept in a fixed place and reused
        stack = BenchStack(tmp=Path(tempfile.gettempdir()) / "gongkai-bench-catsearch", keep_tmp=True)
        stack.tmp.mkdir(exist_ok=True)
    else:
        stack = BenchStack(force_embedded_pg=not args.system_pg)
    stack.force_embedded_pg = not args.system_pg
    if args.keep_db:
        stack.run_id = KEEP_RUN_ID
    started = time.monotonic()
    try:
        stack.start_infra()
        if stack.embedded_pg is not None:
            tune(stack, args.shared_buffers)
        dsn = stack.database_url("catalog").replace("postgresql+asyncpg://", "postgresql://")
        existing = asyncio.run(_count(dsn))
        if existing and args.keep_db:
            log(f"reusing the {existing:,} search documents already in {stack.databases['catalog']}")
            timings: dict[str, float] = {}
        elif existing:
            raise RuntimeError("the fresh catalog database is not empty")
        else:
            timings = load(dsn, args.entries, args.seed, args.processes)
            log("load: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
        if args.load_only:
            return 0
        return measure_all(stack, args, dsn, timings)
    finally:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            if args.keep_db:
                stack.databases.clear()  # not dropped
            stack.stop()
        finally:
            signal.signal(signal.SIGINT, previous)
        log(f"stopped everything; total {time.monotonic() - started:.1f} s")


def _percentiles(values_ms: list[float]) -> tuple[float, float]:
    ordered = array("q", sorted(int(v * 1000) for v in values_ms))
    return percentile(ordered, 0.5), percentile(ordered, 0.95)


def _paths(county: int) -> dict[tuple[str, bool], list[str]]:
    out = {}
    for kind, queries in QUERIES.items():
        for filtered in (False, True):
            out[(kind, filtered)] = [
                "/api/v1/catalog/search?" + urlencode({"q": q, **({"agency_id": county, "include_subordinates": "true"}
                                                                    if filtered else {})})
                for q in queries]
    return out


async def floor(dsn: str, queries: list[str], county_ids: tuple[int, ...] | None,
                repeat: int) -> list[tuple[int, float]]:
    """The backend's own statements for each search (the same ``run_search`` with an asyncpg executor), timed
    around the database calls only: BEGIN, each statement, ROLLBACK. (index of the query, milliseconds) per
    search, the queries in turn."""
    import asyncpg

    from services.catalog.search.backend import SearchQuery
    from kernel.db import compile_for_asyncpg
    from services.catalog.search.service import Explain, Stats, run_search

    conn = await asyncpg.connect(dsn)
    stats = Stats()
    tz = ZoneInfo("Asia/Shanghai")
    spent = 0.0

    async def rows(stmt: Any) -> list[Any]:
        nonlocal spent
        if isinstance(stmt, Explain):
            sql, args = compile_for_asyncpg(stmt.stmt)
            sql = f"EXPLAIN (FORMAT JSON) {sql}"
        else:
            sql, args = compile_for_asyncpg(stmt)
        t = time.perf_counter()
        result = await conn.fetch(sql, *args)
        spent += time.perf_counter() - t
        if isinstance(stmt, Explain):
            return [{"plan": result[0][0]}]
        return [dict(r) for r in result]

    times: list[tuple[int, float]] = []
    try:
        for i in range(repeat + len(queries)):  # the first round warms up
            spent = 0.0
            t = time.perf_counter()
            transaction = conn.transaction()
            await transaction.start()
            spent += time.perf_counter() - t
            await run_search(rows, SearchQuery(q=queries[i % len(queries)], agency_ids=county_ids),
                             now=datetime.now(tz), tz=tz, stats=stats)
            t = time.perf_counter()
            await transaction.rollback()
            spent += time.perf_counter() - t
            if i >= len(queries):
                times.append((i % len(queries), spent * 1000))
    finally:
        await conn.close()
    return times


def measure_all(stack: BenchStack, args: argparse.Namespace, dsn: str, timings: dict[str, float]) -> int:
    import httpx

    from bench.catalog_corpus import agency_tree
    from bench.loadgen import LoadWorkers, build_requests

    tree = agency_tree()
    county = next(a for a in tree if a["name"] == "东湖县人民政府")
    county_ids = tuple(a["id"] for a in tree if a["path"].startswith(county["path"]))
    stack.start_services()
    gateway = stack.servers["gateway"]
    paths = _paths(county["id"])
    with httpx.Client(base_url=gateway.url, timeout=60, trust_env=False) as client:
        for (kind, filtered), row_paths in paths.items():
            for path in row_paths:
                resp = client.get(path)
                if resp.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {resp.status_code} {resp.text[:300]}")
                body = resp.json()
                log(f"{kind:<9} {'county' if filtered else 'all':<6} {path.split('q=')[1][:40]:<40} "
                    f"total {body['total']:>8,}{'~' if body['total_is_estimate'] else ' '} hits {len(body['items'])}")
    workers = LoadWorkers(1)
    rows: list[dict[str, Any]] = []
    try:
        for (kind, filtered), row_paths in paths.items():
            job = {"host": "127.0.0.1", "port": gateway.port, "expect": 200,
                   "requests": build_requests("127.0.0.1", gateway.port, row_paths)}
            result: dict[str, Any] = {"kind": kind, "agency_filter": filtered, "queries": QUERIES[kind]}
            for concurrency in (1, 16):
                conns = workers.start({**job, "warmup": args.warmup, "duration": args.duration}, concurrency)
                done = workers.collect(conns, timeout=args.duration + args.warmup + 120)
                lat = array("q", sorted(array("q", b"".join(r["latencies_us"] for r in done))))
                errors = sum(r["errors"] for r in done)
                result[f"c{concurrency}"] = {"requests": len(lat), "errors": errors, "rps": len(lat) / args.duration,
                                             "p50_ms": percentile(lat, 0.5), "p95_ms": percentile(lat, 0.95)}
                if concurrency == 1:  # one connection: each latency is known to be of its query
                    per_query: dict[int, list[float]] = {}
                    for r in done:
                        for index, us in zip(array("H", r["request_indexes"]), array("q", r["latencies_us"])):
                            per_query.setdefault(index, []).append(us / 1000)
                    result["c1"]["per_query"] = {QUERIES[kind][i]: dict(zip(("p50_ms", "p95_ms"), _percentiles(v)))
                                                 for i, v in sorted(per_query.items())}
            floor_ms = asyncio.run(floor(dsn, QUERIES[kind], county_ids if filtered else None, args.floor_repeat))
            result["floor"] = dict(zip(("p50_ms", "p95_ms"), _percentiles([ms for _, ms in floor_ms])))
            result["floor"]["per_query"] = {
                q: dict(zip(("p50_ms", "p95_ms"), _percentiles([ms for i, ms in floor_ms if i == qi])))
                for qi, q in enumerate(QUERIES[kind])}
            result["ratio_p50"] = result["c1"]["p50_ms"] / max(result["floor"]["p50_ms"], 1e-6)
            result["ratio_p95"] = result["c1"]["p95_ms"] / max(result["floor"]["p95_ms"], 1e-6)
            result["per_query_ratio_p50"] = {
                q: result["c1"]["per_query"][q]["p50_ms"] / max(result["floor"]["per_query"][q]["p50_ms"], 1e-6)
                for q in QUERIES[kind] if q in result["c1"]["per_query"]}
            rows.append(result)
            log(f"{kind:<9} {'county' if filtered else 'all':<6} c=1 p50 {result['c1']['p50_ms']:.1f} p95 "
                f"{result['c1']['p95_ms']:.1f} ms; c=16 {result['c16']['rps']:.0f} req/s; floor p50 "
                f"{result['floor']['p50_ms']:.1f} p95 {result['floor']['p95_ms']:.1f} ms")
    finally:
        workers.close()
    meta = {"date": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"), "entries": args.entries,
            "postgres": stack.pg_kind, "cpus": os.cpu_count(), "python": platform.python_version(),
            "duration": args.duration, "warmup": args.warmup, "floor_repeat": args.floor_repeat,
            "load_seconds": {k: round(v, 1) for k, v in timings.items()}, "county": county["name"]}
    print(render(rows, meta), flush=True)
    if args.json:
        print(json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, indent=2), flush=True)
    failed = any(r["c1"]["errors"] or r["c16"]["errors"] for r in rows)
    return 1 if failed else 0


def render(rows: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    load = meta["load_seconds"]
    lines = [
        f"GET /api/v1/catalog/search (public, relevance order, page 1 of 20) through the gateway — "
        f"{meta['entries']:,} entries, {meta['postgres']}, {meta['cpus']} CPUs, {meta['date']}",
        "load: " + (", ".join(f"{k.replace('_', ' ')} {v / 60:.1f} min" for k, v in load.items()) if load
                    else "reused an existing database"),
        f"each row: {meta['duration']:.0f} s per concurrency after {meta['warmup']:.0f} s warm-up, its 4 queries "
        f"round-robin; floor = the backend's SQL for the same searches run directly with asyncpg "
        f"({meta['floor_repeat']} searches); agency filter = {meta['county']} and its subordinates",
        "",
        f"{'query':<10} {'agency':<7} {'c=1 p50':>8} {'c=1 p95':>8} {'c=16 req/s':>10} {'c=16 p50':>9} "
        f"{'c=16 p95':>9} {'floor p50':>9} {'floor p95':>9} {'×p50':>5} {'×p95':>5}  queries",
        "-" * 120,
    ]
    for r in rows:
        lines.append(
            f"{r['kind']:<10} {'yes' if r['agency_filter'] else 'no':<7} {r['c1']['p50_ms']:>8.1f} "
            f"{r['c1']['p95_ms']:>8.1f} {r['c16']['rps']:>10.0f} {r['c16']['p50_ms']:>9.1f} {r['c16']['p95_ms']:>9.1f} "
            f"{r['floor']['p50_ms']:>9.1f} {r['floor']['p95_ms']:>9.1f} {r['ratio_p50']:>5.2f} {r['ratio_p95']:>5.2f}  "
            f"{' / '.join(r['queries'])}")
    lines += ["", "each query on its own at c=1 (p50, ms): through the gateway / floor = ratio", ""]
    for r in rows:
        cells = [f"{q} {r['c1']['per_query'][q]['p50_ms']:.1f} / {r['floor']['per_query'][q]['p50_ms']:.1f} = "
                 f"{r['per_query_ratio_p50'][q]:.2f}" for q in r["queries"] if q in r["per_query_ratio_p50"]]
        lines.append(f"{r['kind']:<10} {'yes' if r['agency_filter'] else 'no':<7} " + "   ".join(cells))
    worst = max(r["c1"]["p95_ms"] for r in rows)
    worst_row = max(r["ratio_p50"] for r in rows)
    per_query = [(ratio, q, r["agency_filter"]) for r in rows for q, ratio in r["per_query_ratio_p50"].items()]
    worst_query = max(per_query)
    over = sum(1 for ratio, _, _ in per_query if ratio > 2)
    lines += ["", f"target p95 ≤ 50 ms at c=1: worst row {worst:.1f} ms — {'met' if worst <= 50 else 'MISSED'}",
              f"target gateway+service within 2× of the bare SQL (p50, each row): worst {worst_row:.2f}× — "
              f"{'met' if worst_row <= 2 else 'MISSED'}",
              f"each query against its own SQL (p50): worst {worst_query[0]:.2f}× ({worst_query[1]}"
              f"{', agency filter' if worst_query[2] else ''}); {over} of {len(per_query)} queries above 2×"]
    if any(r["c1"]["errors"] or r["c16"]["errors"] for r in rows):
        lines.append("ERRORS: " + ", ".join(f"{r['kind']}/{r['agency_filter']}: {r['c1']['errors']}+{r['c16']['errors']}"
                                            for r in rows))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def on_sigterm(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        return run(args)
    except KeyboardInterrupt:
        log("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
