"""bench/assessments — a supervision round over 500 agencies on the statistics bench data.

    make bench-assessments          # = .venv/bin/python -m bench.assessments
    .venv/bin/python -m bench.assessments --cases 1000000 --entries 300000 --repeat 7 [--json] [--keep-db]

1. The stack of bench/statistics.py (PostgreSQL at 127.0.0.1:5432 if it answers, else embedded; an embedded NATS;
   a fresh statistics database migrated with the real migrations, dropped at the end; the statistics service as
   one uvicorn process). Its 500 agencies (four levels: 1 root, 9, 45, 445) are published as catalog events and
   ingested by the service; ``--cases`` cases and 20,000 appeals are bulk-loaded as bench/statistics.py loads them.
2. ``--entries`` catalog entries over 2023–2025, for every measure to have work: ~7 % published late, ~2 %
   revoked later, normative documents and policies of which most get an interpretation (the same day, within
   days, or weeks late) and some none; filed under the agency's columns (some left empty, some not fed since
   2023, headings, a platform column, columns closed before or after the period) and, half of them, under items
   of its standard directory (some items without any entry, some disclosed on request only) — the columns and
   items only when the catalog read models are there (services/statistics/ingestion/coverage.py and its tables).
   The annual reports table stays empty. Then ``VACUUM ANALYZE`` and ``CHECKPOINT``.
3. Through the service's HTTP API, with a supervisor's token for the root: the example indicator system
   (``examples.example_system(2024, 2)``; ``column_freshness`` and ``standard_coverage`` become manual indicators when
   their read models are missing) is created and activated, and a quarterly round for 2024 Q2 is opened over the
   root's whole subtree (its 499 agencies) — timed, as opening measures everything —, re-measured ``--repeat``
   times (``POST /rounds/{id}/measure``) and its results read ``--repeat`` times (``GET /rounds/{id}/results``).
4. In-process, against the same database: each measure alone (``measures.MEASURES[code].compute``) for the 499
   agencies, ``--repeat`` times after one cold run, so a slow one stands out. Two figures are checked against a
   hand-written SQL count (requests closed in the period, requests overdue and open at its end).

Target: measuring a round (opening it, or re-measuring it) in under 5 s.
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import statistics as stats
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

import asyncpg
import httpx
import psutil

from bench.cpu import CpuMeter, percent_of_core
from bench.statistics import DAYS, START, Stack, agency_tree, load_appeals, load_cases, log, publish_all

TARGET_S = 5.0
PERIOD = (date(2024, 4, 1), date(2024, 6, 30))
API = "/api/v1/statistics/assessments"
PERMS = ["statistics.assessment:read", "statistics.assessment:manage", "statistics.assessment:score"]
CN = timezone(timedelta(hours=8))
GENRES = ("notice", "opinion", "report", "plan", "announcement")
TOPICS = ("农村人居环境整治", "安全生产", "义务教育招生", "财政预算", "社会救助", "防汛抗旱", "营商环境", "医疗保障",
          "城乡规划", "生态环境保护", "就业创业", "养老服务")


# --- catalog structure: columns and standard-directory items -----------------------------------------------------


def coverage_models(dsn: str) -> bool:
    """Whether the read models behind column_freshness and standard_coverage are there."""
    if importlib.util.find_spec("services.statistics.ingestion.coverage") is None:
        return False

    async def tables() -> bool:
        conn = await asyncpg.connect(dsn)
        try:
            found = await conn.fetchval(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND "
                "((table_name = 'entry_facts' AND column_name IN ('column_id', 'standard_item_id')) OR "
                "(table_name IN ('column_facts', 'standard_item_facts') AND column_name = 'agency_id'))")
            return found == 4
        finally:
            await conn.close()

    return asyncio.run(tables())


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=CN)


class Catalog:
    """One agency's columns and standard items, and how entries are filed under them."""

    def __init__(self) -> None:
        # (column_id, weight, first day, last day) of the leaf columns entries may be filed under
        self.leaves: list[tuple[int, int, date, date]] = []
        self.items: list[tuple[int, int]] = []  # (item_id, weight) of leaf items; weight 0: never linked

    def column(self, rng: random.Random, day: date) -> int | None:
        usable = [(c, w) for c, w, first, last in self.leaves if first <= day <= last and w]
        if not usable:
            return None
        return rng.choices([c for c, _ in usable], [w for _, w in usable])[0]

    def item(self, rng: random.Random) -> int | None:
        usable = [(i, w) for i, w in self.items if w]
        return rng.choices([i for i, _ in usable], [w for _, w in usable])[0] if usable else None


def catalog_structure(rng: random.Random, agencies: list[dict[str, Any]]
                      ) -> tuple[dict[int, Catalog], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Per agency ~20 columns (4 headings with 2–5 leaves, a platform column for the annual reports, one column
    closed in 2023 and one closed after the period, one created after it) and ~20 standard items (5 level-1 items,
    most with level-2 items). Some leaves are never fed (empty), some only until 2023 (stale in 2024)."""
    catalogs: dict[int, Catalog] = {}
    columns: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    next_column = next_item = 1
    now = datetime.now(timezone.utc)
    end = START + timedelta(days=DAYS)
    for a in agencies:
        cat = catalogs[a["id"]] = Catalog()

        def column(parent: int | None, name: str, *, purpose: str | None = None, created: date = date(2022, 6, 1),
                   closed: date | None = None) -> int:
            nonlocal next_column
            cid, next_column = next_column, next_column + 1
            columns.append((cid, 1, a["id"], a["path"], parent, name, purpose, closed is None, at(created),
                            at(closed) if closed else None, None, now))
            return cid

        for h in range(4):
            heading = column(None, f"{TOPICS[(a['id'] + h) % len(TOPICS)]}专栏")
            for k in range(rng.randint(2, 5)):
                cid = column(heading, f"{TOPICS[(a['id'] + h) % len(TOPICS)]}子栏目{k + 1}")
                role = rng.random()
                if role < 0.08:
                    cat.leaves.append((cid, 0, START, end))  # never fed: empty
                elif role < 0.18:
                    cat.leaves.append((cid, 2, START, date(2023, 12, 31)))  # not fed since 2023: stale in 2024
                else:
                    cat.leaves.append((cid, rng.randint(1, 10), START, end))
        column(None, "政府信息公开年报", purpose="annual_report")
        cat.leaves.append((column(None, "机构改革前栏目", closed=date(2023, 9, 1)), 3, START, date(2023, 8, 31)))
        cat.leaves.append((column(None, "专项工作（已结束）", closed=date(2024, 9, 1)), 3, START, date(2024, 8, 31)))
        cat.leaves.append((column(None, "新设栏目", created=date(2024, 8, 1)), 3, date(2024, 8, 1), end))

        for k in range(5):
            parent = next_item
            next_item += 1
            children = rng.choice((0, 2, 3, 4, 5))
            items.append((parent, 1, a["id"], a["path"], None, f"A{k + 1:02d}",
                          f"{TOPICS[(a['id'] + k) % len(TOPICS)]}事项", 20, "proactive", True, at(date(2022, 6, 1)),
                          None, now))
            if not children:
                cat.items.append((parent, rng.randint(1, 5)))
            for c in range(children):
                iid, next_item = next_item, next_item + 1
                on_request = rng.random() < 0.15
                closed = date(2023, 6, 1) if rng.random() < 0.05 else None
                items.append((iid, 1, a["id"], a["path"], parent, f"A{k + 1:02d}{c + 1:02d}",
                              f"{TOPICS[(a['id'] + k) % len(TOPICS)]}事项{c + 1}", 20,
                              "on_request" if on_request else "proactive", closed is None, at(date(2022, 6, 1)),
                              at(closed) if closed else None, now))
                weight = 0 if rng.random() < 0.2 else rng.randint(1, 5)  # a fifth never covered
                cat.items.append((iid, 0 if on_request else weight))
    return catalogs, columns, items


COLUMN_COLUMNS = ["column_id", "version", "agency_id", "agency_path", "parent_id", "name", "purpose", "is_active",
                  "created_at", "deactivated_at", "merged_into", "updated_at"]
ITEM_COLUMNS = ["item_id", "version", "agency_id", "agency_path", "parent_id", "area_code", "name", "time_limit_days",
                "method", "is_active", "created_at", "deactivated_at", "updated_at"]
ENTRY_COLUMNS = ["entry_id", "version", "agency_id", "agency_path", "index_number", "title", "document_number", "genre",
                 "theme", "disclosure_attribute", "regulation_kind", "issued_on", "abolished_on", "validity",
                 "expires_on", "written_on", "published_at", "revoked_at", "timeliness_days", "late",
                 "late_provisional", "is_policy", "interprets", "updated_at"]


# --- entries -------------------------------------------------------------------------------------------------------


def make_entries(rng: random.Random, agencies: list[dict[str, Any]], n: int,
                 catalogs: dict[int, Catalog] | None) -> list[tuple[Any, ...]]:
    """``n`` entries: ~10 % normative documents and policies, ~80 % of them interpreted (40 % the same day, 40 %
    within 1–10 days, 20 % 11–45 days later), the interpretations among the ``n``."""
    out: list[tuple[Any, ...]] = []
    now = datetime.now(timezone.utc)

    def entry(a: dict[str, Any], day: date, title: str, genre: str, *, kind: str | None = None,
              policy: bool = False, interprets: list[str] | None = None) -> str:
        late = rng.random() < 0.07
        days = rng.randint(21, 80) if late else rng.randint(0, 20)
        published = datetime(day.year, day.month, day.day, rng.choice((8, 9, 10, 11, 14, 15, 16, 17, 21, 23)),
                             rng.randrange(60), tzinfo=CN)
        revoked = published + timedelta(days=rng.randint(1, 300)) if rng.random() < 0.02 else None
        eid = uuid.uuid4().hex
        row = [eid, 1, a["id"], a["path"], f"{a['code'][-6:]}/{day.year}-{len(out):07d}", title,
               f"{a['name'][:4]}发〔{day.year}〕{rng.randint(1, 200)}号" if kind or policy else None, genre,
               TOPICS[rng.randrange(len(TOPICS))], "proactive", kind, day - timedelta(days=2) if kind else None, None,
               "valid", None, day - timedelta(days=int(days * 1.4)), published, revoked, days, late, False, policy,
               interprets or [], now]
        if catalogs is not None:
            cat = catalogs[a["id"]]
            row += [cat.column(rng, day) if rng.random() < 0.9 else None,
                    cat.item(rng) if rng.random() < 0.5 else None]
        out.append(tuple(row))
        return eid

    while len(out) < n:
        a = rng.choice(agencies)
        day = START + timedelta(days=rng.randrange(DAYS))
        topic = TOPICS[rng.randrange(len(TOPICS))]
        r = rng.random()
        if r < 0.10:
            normative = r < 0.04
            title = f"{a['name']}关于{topic}的{'管理办法' if normative else '实施意见'}"
            pid = entry(a, day, title, "opinion", kind="normative" if normative else None, policy=not normative)
            if rng.random() < 0.8 and len(out) < n:
                lag = rng.choices((0, rng.randint(1, 10), rng.randint(11, 45)), (4, 4, 2))[0]
                entry(a, day + timedelta(days=lag), f"《{title}》政策解读", "interpretation", interprets=[pid])
        else:
            entry(a, day, f"{a['name']}{topic}{rng.choice(('工作通知', '情况公示', '工作动态', '实施方案'))}",
                  rng.choice(GENRES), kind="regulation" if r > 0.99 else None)
    return out


async def load(dsn: str, rng: random.Random, agencies: list[dict[str, Any]], cases: int, entries: int,
               coverage: bool) -> dict[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        await load_cases(conn, rng, agencies, cases)
        await load_appeals(conn, rng, agencies)
        catalogs = None
        if coverage:
            catalogs, columns, items = catalog_structure(rng, agencies)
            await conn.copy_records_to_table("column_facts", records=columns, columns=COLUMN_COLUMNS)
            await conn.copy_records_to_table("standard_item_facts", records=items, columns=ITEM_COLUMNS)
            log(f"loaded {len(columns):,} columns and {len(items):,} standard items")
        rows = make_entries(rng, agencies, entries, catalogs)
        for i in range(0, len(rows), 50_000):
            await conn.copy_records_to_table(
                "entry_facts", records=rows[i:i + 50_000],
                columns=ENTRY_COLUMNS + (["column_id", "standard_item_id"] if coverage else []))
            log(f"bulk-loaded {min(i + 50_000, len(rows)):,} / {len(rows):,} entries")
        log("VACUUM ANALYZE, CHECKPOINT")
        await conn.execute("VACUUM ANALYZE")
        # the load's dirty pages and WAL (over max_wal_size) are flushed now, not while the round is timed
        try:
            await conn.execute("CHECKPOINT")
        except asyncpg.InsufficientPrivilegeError:
            log("CHECKPOINT not allowed for this role: the first timings may include the load's checkpoint")
        return dict(await conn.fetchrow(
            "SELECT (SELECT count(*) FROM case_facts) AS cases, (SELECT count(*) FROM appeal_facts) AS appeals, "
            "(SELECT count(*) FROM entry_facts) AS entries, "
            "(SELECT count(*) FROM entry_facts WHERE regulation_kind = 'normative' OR is_policy) AS policies, "
            "(SELECT count(*) FROM entry_facts WHERE interprets <> '{}') AS interpretations"))
    finally:
        await conn.close()


async def loaded(dsn: str) -> dict[str, int] | None:
    conn = await asyncpg.connect(dsn)
    try:
        if not await conn.fetchval("SELECT count(*) FROM agencies") or not await conn.fetchval(
                "SELECT EXISTS (SELECT 1 FROM entry_facts)"):
            return None
        return dict(await conn.fetchrow(
            "SELECT (SELECT count(*) FROM case_facts) AS cases, (SELECT count(*) FROM appeal_facts) AS appeals, "
            "(SELECT count(*) FROM entry_facts) AS entries, "
            "(SELECT count(*) FROM entry_facts WHERE regulation_kind = 'normative' OR is_policy) AS policies, "
            "(SELECT count(*) FROM entry_facts WHERE interprets <> '{}') AS interpretations"))
    finally:
        await conn.close()


# --- the round through the HTTP API -------------------------------------------------------------------------------


def the_system(coverage: bool) -> dict[str, Any]:
    from services.statistics.assessments.examples import example_system

    system = example_system(2024, 2)
    if not coverage:  # their read models are not there: scored by hand instead
        for group in system["indicators"]:
            for i, node in enumerate(group["children"]):
                if node.get("measure") in ("column_freshness", "standard_coverage"):
                    group["children"][i] = {"code": node["code"], "name": node["name"], "kind": "manual",
                                            "max_score": node["max_score"], "description": "人工核查（无读模型）"}
    return system


def p50_max(times: list[float]) -> tuple[float, float]:
    return stats.median(times), max(times)


async def through_http(url: str, token: str, coverage: bool, repeat: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=300,
                                 trust_env=False) as client:
        async def call(method: str, path: str, **kw: Any) -> Any:
            resp = await client.request(method, f"{API}{path}", **kw)
            if resp.status_code >= 400:
                raise RuntimeError(f"{method} {path}: {resp.status_code} {resp.text[:2000]}")
            return resp.json()

        measures = {m["code"] for m in await call("GET", "/measures")}
        system = await call("POST", "/systems", json=the_system(coverage))
        system = await call("POST", f"/systems/{system['id']}/activate", json={"version": system["version"]})
        automatic = [n for g in system["indicators"] for n in g["children"] if n["kind"] == "automatic"]
        assert {n["measure"] for n in automatic} <= measures
        out["automatic"] = [(n["code"], n["measure"], n["params"]) for n in automatic]

        t = time.perf_counter()
        rnd = await call("POST", "/rounds", json={
            "system_id": system["id"], "name": "2024年第二季度政务公开测评（基准）", "kind": "quarterly",
            "period_start": PERIOD[0].isoformat(), "period_end": PERIOD[1].isoformat(), "subtree_of": 1})
        out["open"] = time.perf_counter() - t
        out["round_id"], out["agencies"] = rnd["id"], len(rnd["round_agencies"])

        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            rnd = await call("POST", f"/rounds/{rnd['id']}/measure", json={"version": rnd["version"]})
            times.append(time.perf_counter() - t)
        out["remeasure"] = times

        times, results = [], None
        for _ in range(repeat):
            t = time.perf_counter()
            results = await call("GET", f"/rounds/{rnd['id']}/results")
            times.append(time.perf_counter() - t)
        out["results"] = times
        assert results is not None and len(results["agencies"]) == out["agencies"]
        scores = await call("GET", f"/rounds/{rnd['id']}/scores")
        out["scores"] = scores
    return out


# --- each measure alone, in-process ---------------------------------------------------------------------------------


async def each_measure(db_url: str, automatic: list[tuple[str, str, dict[str, int]]], repeat: int
                       ) -> dict[str, dict[str, Any]]:
    from sqlalchemy import select
    from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

    import services.statistics.reports.service  # noqa: F401 - imported by two measures on first use: not timed
    from services.statistics.assessments.measures import MEASURES
    from services.statistics.reference.models import Agency
    from services.statistics.reports.compute import Period

    engine = create_async_engine(db_url)
    out: dict[str, dict[str, Any]] = {}
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            agencies = list((await session.execute(
                select(Agency).where(Agency.path.startswith("/1/"), Agency.id != 1, Agency.is_active.is_(True))
                .order_by(Agency.path))).scalars().all())
            period = Period(*PERIOD)
            for _, code, params in automatic:
                measure = MEASURES[code]
                times = []
                for _ in range(repeat + 1):
                    t = time.perf_counter()
                    values = await measure.compute(session, agencies, period, measure.resolve(params))
                    times.append(time.perf_counter() - t)
                out[code] = {"cold": times[0], "p50": stats.median(times[1:]), "max": max(times[1:]),
                             "agencies": len(values), "values": values}
    finally:
        await engine.dispose()
    return out


CHECK_SQL = """
SELECT (SELECT count(*) FROM case_facts WHERE agency_id <> 1 AND closed_on BETWEEN $1 AND $2
          AND on_time IS NOT NULL) AS closed,
       (SELECT count(*) FROM case_facts WHERE agency_id <> 1 AND received_on <= $2
          AND (closed_on IS NULL OR closed_on > $2) AND due_on < $2) AS overdue
"""


async def check(dsn: str, alone: dict[str, dict[str, Any]]) -> dict[str, int]:
    conn = await asyncpg.connect(dsn)
    try:
        floor = dict(await conn.fetchrow(CHECK_SQL, *PERIOD))
    finally:
        await conn.close()
    if "reply_on_time" in alone:
        got = sum(v["denominator"] for v in alone["reply_on_time"]["values"].values())
        assert got == floor["closed"], f"reply_on_time counts {got} requests, the SQL {floor['closed']}"
    if "overdue_open" in alone:
        got = sum(v["count"] for v in alone["overdue_open"]["values"].values())
        assert got == floor["overdue"], f"overdue_open counts {got} requests, the SQL {floor['overdue']}"
    return floor


# --- main -----------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--entries", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=7,
                        help="re-measures, result reads and in-process runs (from the 6th execution of a prepared "
                             "statement PostgreSQL may switch to a generic plan: keep it above 5)")
    parser.add_argument("--seed", type=int, default=20261208)
    parser.add_argument("--embedded-pg", action="store_true")
    parser.add_argument("--keep-db", action="store_true",
                        help="use (and keep) the database gk_bench_assessments_statistics, loading it only when empty "
                             "(on the server at 127.0.0.1:5432; an embedded server is removed at the end)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stack = Stack(embedded_pg=args.embedded_pg, prefix="gongkai-bench-assess-",
                  db_name="gk_bench_assessments_statistics" if args.keep_db else None, keep_db=args.keep_db)
    with stack:
        coverage = coverage_models(stack.dsn)
        log(f"column_freshness and standard_coverage: {'measured' if coverage else 'no read models, scored by hand'}")
        agencies = agency_tree()
        stack.start_service()
        counts = asyncio.run(loaded(stack.dsn)) if args.keep_db else None
        if counts is None:
            t = time.perf_counter()
            asyncio.run(publish_all(stack.nats_url, agencies, []))
            stack.wait_ingested()
            log(f"{len(agencies)} agencies ingested through JetStream in {time.perf_counter() - t:.1f} s")
            t = time.perf_counter()
            counts = asyncio.run(load(stack.dsn, rng, agencies, args.cases, args.entries, coverage))
            log(f"loaded in {time.perf_counter() - t:.0f} s: {counts}")
        else:
            log(f"reusing {stack.db_name}: {counts}")
        stack.wait_ready()

        load_before = os.getloadavg()
        idle = psutil.cpu_percent(interval=1.0) * (os.cpu_count() or 1)  # the neighbours, before anything is timed
        meter = CpuMeter({"statistics": stack.proc.pid, "bench": os.getpid()}, [stack.db_name], stack.pg_url)
        before = meter.snapshot()
        t = time.perf_counter()
        token = stack.token(PERMS, scope="subtree")
        http = asyncio.run(through_http(stack.url, token, coverage, args.repeat))
        seconds = time.perf_counter() - t
        cpu = percent_of_core(CpuMeter.used(before, meter.snapshot(), 0.0, seconds), seconds)
        cpu.pop("client", None)
        alone = asyncio.run(each_measure(stack.db_url, http["automatic"], args.repeat))
        floor = asyncio.run(check(stack.dsn, alone))
        load_after = os.getloadavg()

    remeasure = p50_max(http["remeasure"])
    results = p50_max(http["results"])
    worst = max(http["open"], remeasure[1])
    summed = sum(a["p50"] for a in alone.values())
    auto_scores = sum(1 for s in http["scores"] if s["source"] == "automatic")
    result = {
        "cases": counts["cases"], "entries": counts["entries"], "policies": counts["policies"],
        "interpretations": counts["interpretations"], "appeals": counts["appeals"], "agencies": http["agencies"],
        "automatic_indicators": len(http["automatic"]), "automatic_scores": auto_scores, "coverage_measures": coverage,
        "open_s": round(http["open"], 3), "remeasure_p50_s": round(remeasure[0], 3),
        "remeasure_max_s": round(remeasure[1], 3), "remeasure_s": [round(x, 3) for x in http["remeasure"]],
        "results_p50_s": round(results[0], 3), "results_max_s": round(results[1], 3),
        "measures_s": {c: {"cold": round(a["cold"], 3), "p50": round(a["p50"], 3), "max": round(a["max"], 3)}
                       for c, a in alone.items()},
        "measures_sum_p50_s": round(summed, 3), "target_s": TARGET_S, "target_met": worst < TARGET_S,
        "cpu_percent_of_core": cpu, "host_busy_before_percent_of_core": round(idle),
        "loadavg_before": load_before, "loadavg_after": load_after,
        "postgres": stack.pg_kind, "floor": floor,
    }
    if args.json:
        print(json.dumps(result))
        return 0
    lines = [
        f"assessments benchmark — a 2024 Q2 round over {http['agencies']} agencies; {counts['cases']:,} cases, "
        f"{counts['entries']:,} entries ({counts['policies']:,} normative documents and policies, "
        f"{counts['interpretations']:,} interpretations), {counts['appeals']:,} appeals; {stack.pg_kind}",
        f"  {len(http['automatic'])} automatic indicators × {http['agencies']} agencies = {auto_scores:,} automatic "
        f"scores; column_freshness/standard_coverage {'measured' if coverage else 'manual (no read models)'}",
        f"  open the round (HTTP, measures everything): {http['open']:.3f} s",
        f"  re-measure (HTTP) ×{len(http['remeasure'])}: p50 {remeasure[0]:.3f} s, max {remeasure[1]:.3f} s  "
        f"[{', '.join(f'{x:.2f}' for x in http['remeasure'])}]",
        f"  results (HTTP) ×{len(http['results'])}: p50 {results[0]:.3f} s, max {results[1]:.3f} s",
        f"  target: measuring under {TARGET_S:g} s — worst {worst:.3f} s {'OK' if worst < TARGET_S else 'MISSED'}",
        f"  each measure alone, in-process, {http['agencies']} agencies (cold, then p50/max of {args.repeat}):",
        *(f"    {c:<28} cold {a['cold']:6.3f} s   p50 {a['p50']:6.3f} s   max {a['max']:6.3f} s"
          for c, a in sorted(alone.items(), key=lambda kv: -kv[1]["p50"])),
        f"    {'sum of the p50s':<28} {'':13} {summed:6.3f} s",
        f"  host CPU busy just before the timed part (1 s, nothing of ours running): {idle:.0f} % of one core; "
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after",
        "  CPU during the HTTP part, % of one core (other = neighbours and PostgreSQL's parallel workers): "
        + ", ".join(f"{k} {v:.0f}" for k, v in cpu.items()),
    ]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
