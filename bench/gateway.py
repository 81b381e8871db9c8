"""Gateway overhead benchmark: ``python -m bench.gateway`` (``make bench-gateway``).

Brings up PostgreSQL (or reuses 127.0.0.1:5432), NATS, the catalog service and the gateway as separate
processes, creates a few agencies, then loads the public read ``GET /api/v1/catalog/agencies/{id}``:

* ``direct``         on the catalog service's own port;
* ``direct+token``   the same with the admin's bearer token (the catalog verifies it);
* ``gateway``        through the gateway (rate limiter + streaming proxy);
* ``gateway+token``  through the gateway with the token (the gateway also verifies it, for per-user limits);

each at every ``--concurrency`` for ``--duration`` seconds after a ``--warmup`` (in ``--rounds`` slices
interleaved with the other targets, so that a busy neighbour on the machine hits them alike), from separate
load-generator processes. Prints requests, errors, req/s, p50/p99 latency and the gateway/direct ratios; ``--json`` also
prints the results as JSON (on stdout; the table then goes to stderr). Exits 1 if any row has more than 1 %
errors, 2 if the stack could not be brought up.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sys
import time
from array import array
from datetime import datetime, timezone
from typing import Any

import httpx

from bench.cpu import CpuMeter, percent_of_core
from bench.loadgen import LoadWorkers, build_requests
from bench.stack import BenchStack, log

TARGETS = ("direct", "direct+token", "gateway", "gateway+token")
DEFAULT_TARGETS = TARGETS
# the baseline each target is compared against
BASELINE = {"gateway": "direct", "gateway+token": "direct+token", "direct+token": "direct"}
MAX_ERROR_RATE = 0.01


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.gateway", description=__doc__.split("\n\n")[0])
    p.add_argument("--duration", type=float, default=10.0, help="measured seconds per row (default 10)")
    p.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds before each row (default 2)")
    p.add_argument("--concurrency", default="1,16",
                   help="comma-separated connection counts (default 1,16; e.g. 1,16,64)")
    p.add_argument("--targets", default=",".join(DEFAULT_TARGETS),
                   help=f"comma-separated subset of {', '.join(TARGETS)} (default: all)")
    p.add_argument("--rounds", type=int, default=3,
                   help="split each row's duration into this many slices, interleaved with the other targets, so "
                        "a busy neighbour on the machine hits every target alike (default 3; 1 = back to back)")
    p.add_argument("--clients", type=int, default=1,
                   help="load-generator processes (default 1; connections are split across them)")
    p.add_argument("--json", action="store_true", help="also print the results as JSON on stdout")
    p.add_argument("--embedded-pg", action="store_true",
                   help="always start a private embedded PostgreSQL, even when 127.0.0.1:5432 answers")
    p.add_argument("--keep", action="store_true", help="keep the temp folder with the server logs")
    args = p.parse_args(argv)
    try:
        args.concurrency = [int(c) for c in str(args.concurrency).split(",") if c.strip()]
    except ValueError:
        p.error("--concurrency takes integers, e.g. 1,16,64")
    if not args.concurrency or min(args.concurrency) < 1:
        p.error("--concurrency needs positive integers")
    args.targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = [t for t in args.targets if t not in TARGETS]
    if unknown or not args.targets:
        p.error(f"unknown target(s) {unknown}; choose from {', '.join(TARGETS)}")
    if args.duration <= 0 or args.warmup < 0 or args.clients < 1 or args.rounds < 1:
        p.error("--duration must be > 0, --warmup >= 0, --clients >= 1, --rounds >= 1")
    return args


def percentile(sorted_values: array, q: float) -> float:
    """Nearest-rank percentile of sorted microseconds, in milliseconds (0 when there are none)."""
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index] / 1000


def summarise(target: str, concurrency: int, slices: list[dict[str, Any]]) -> dict[str, Any]:
    """One row from the slices measured for ``target`` at ``concurrency``."""
    lat = array("q")
    statuses: dict[str, int] = {}
    samples: list[str] = []
    errors = 0
    seconds = sum(sl["duration"] for sl in slices)
    cpu_seconds: dict[str, float] = {}
    for sl in slices:
        for key, value in sl["cpu"].items():
            cpu_seconds[key] = cpu_seconds.get(key, 0.0) + value
    sessions = [sl["new_pg_sessions"] for sl in slices]
    for r in (r for sl in slices for r in sl["results"]):
        chunk = array("q")
        chunk.frombytes(r["latencies_us"])
        lat.extend(chunk)
        errors += r["errors"]
        for status, n in r["statuses"].items():
            statuses[str(status)] = statuses.get(str(status), 0) + n
        samples.extend(r["error_samples"])
    ordered = array("q", sorted(lat))
    n = len(ordered)
    # errors that never produced a response (broken connections) are not in the latency samples
    failed_without_response = errors - sum(v for k, v in statuses.items() if k != "200")
    requests = n + max(0, failed_without_response)
    return {
        "target": target,
        "concurrency": concurrency,
        "requests": requests,
        "errors": errors,
        "error_rate": round(errors / requests, 5) if requests else 1.0,
        "seconds": round(seconds, 3),
        "rps": round(n / seconds, 1),
        "p50_ms": round(percentile(ordered, 0.50), 3),
        "p90_ms": round(percentile(ordered, 0.90), 3),
        "p99_ms": round(percentile(ordered, 0.99), 3),
        "mean_ms": round(sum(ordered) / n / 1000, 3) if n else 0.0,
        "max_ms": round(ordered[-1] / 1000, 3) if n else 0.0,
        "statuses": statuses,
        "error_samples": samples[:5],
        "cpu_percent_of_one_core": percent_of_core(cpu_seconds, seconds),
        "new_pg_sessions": None if None in sessions else sum(sessions),
        "slice_rps": [round(sl["rps"], 1) for sl in slices],
        "slice_p50_ms": [round(sl["p50_ms"], 3) for sl in slices],
    }


def add_ratios(rows: list[dict[str, Any]]) -> None:
    by_key = {(r["target"], r["concurrency"]): r for r in rows}
    for row in rows:
        base_name = BASELINE.get(row["target"])
        base = by_key.get((base_name, row["concurrency"])) if base_name else None
        if base is None and row["target"] == "gateway+token":
            base_name, base = "direct", by_key.get(("direct", row["concurrency"]))
        if base is None:
            continue
        row["baseline"] = base_name
        row["ratio"] = {
            "rps": round(row["rps"] / base["rps"], 3) if base["rps"] else None,
            "p50": round(row["p50_ms"] / base["p50_ms"], 3) if base["p50_ms"] else None,
            "p99": round(row["p99_ms"] / base["p99_ms"], 3) if base["p99_ms"] else None,
        }
        row["added_p50_ms"] = round(row["p50_ms"] - base["p50_ms"], 3)


def render_table(rows: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    head = (f"{'target':<14}{'conc':>5}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
            f"  {'vs':<13}{'req/s ×':>8}{'p50 ×':>7}{'p99 ×':>7}{'+p50 ms':>9}")
    lines = [
        f"GET /api/v1/catalog/agencies/{{id}} — {meta['duration']:g} s per row (in {meta['rounds']} interleaved "
        f"slices) after {meta['warmup']:g} s warm-up, {meta['clients']} load-generator process(es), "
        f"{meta['cpus']} CPUs, {meta['date']}",
        f"PostgreSQL: {meta['postgres']}; host CPU busy before loading: {meta['background_cpu_percent']:.0f}% of one core",
        "",
        head,
        "-" * len(head),
    ]
    last_conc = None
    for r in rows:
        if last_conc is not None and r["concurrency"] != last_conc:
            lines.append("")
        last_conc = r["concurrency"]
        ratio = r.get("ratio")
        tail = (f"  {r['baseline']:<13}{ratio['rps']:>8.2f}{ratio['p50']:>7.2f}{ratio['p99']:>7.2f}"
                f"{r['added_p50_ms']:>+9.2f}") if ratio else ""
        lines.append(f"{r['target']:<14}{r['concurrency']:>5}{r['requests']:>10}{r['errors']:>8}{r['rps']:>9.0f}"
                     f"{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}{tail}")
    lines += ["", "CPU during each row, % of one core (100 = one core busy for the whole row; the host has "
              f"{100 * meta['cpus']}). postgres = backends of the bench databases; client = load generator;",
              "other = everything else on the host: neighbours, and PostgreSQL backends that did not live through "
              "the row (with new PG sessions > 0,", "the catalog's pool is opening and closing connections and their "
              "backends' CPU lands here); new PG sessions = connections opened on the bench databases.", ""]
    head2 = (f"{'target':<14}{'conc':>5}{'catalog':>9}{'gateway':>9}{'postgres':>10}{'client':>8}{'other':>7}"
             f"{'host':>7}{'new PG sessions':>17}")
    lines += [head2, "-" * len(head2)]
    for r in rows:
        c = r["cpu_percent_of_one_core"]
        lines.append(f"{r['target']:<14}{r['concurrency']:>5}{c.get('catalog', 0):>9.0f}{c.get('gateway', 0):>9.0f}"
                     f"{c.get('postgres', 0):>10.0f}{c.get('client', 0):>8.0f}{c.get('other', 0):>7.0f}"
                     f"{c.get('host', 0):>7.0f}{r.get('new_pg_sessions') if r.get('new_pg_sessions') is not None else '?':>17}")
    bad = [r for r in rows if r["error_rate"] > MAX_ERROR_RATE]
    for r in rows:
        if r["errors"]:
            lines.append(f"! {r['target']} c={r['concurrency']}: {r['errors']} errors, statuses {r['statuses']}, "
                         f"e.g. {r['error_samples'][:2]}")
    if bad:
        lines.append(f"FAILED: {len(bad)} row(s) above {MAX_ERROR_RATE:.0%} errors")
    return "\n".join(lines)


def sanity_check(urls: dict[str, str], token: str, agency_id: int) -> None:
    """Each target answers 200 with the same agency before any load is applied."""
    bodies = {}
    with httpx.Client(timeout=10, trust_env=False) as client:
        for target in TARGETS:
            base = urls["gateway" if target.startswith("gateway") else "catalog"]
            headers = {"Authorization": f"Bearer {token}"} if target.endswith("+token") else {}
            resp = client.get(f"{base}/api/v1/catalog/agencies/{agency_id}", headers=headers)
            if resp.status_code != 200:
                raise RuntimeError(f"{target}: HTTP {resp.status_code} {resp.text[:300]}")
            bodies[target] = resp.json()
    if len({json.dumps(b, sort_keys=True) for b in bodies.values()}) != 1:
        raise RuntimeError(f"the targets answer differently: {bodies}")


def background_cpu(seconds: float) -> float:
    """Host CPU busy over ``seconds`` while nothing is loaded, in % of one core."""
    import psutil

    return psutil.cpu_percent(interval=seconds) * (os.cpu_count() or 1)


def measure_slice(workers: LoadWorkers, meter: CpuMeter, job: dict[str, Any], concurrency: int,
                  warmup: float, duration: float) -> dict[str, Any]:
    """Load one target for ``warmup`` + ``duration`` seconds, metering CPU over the measured part."""
    conns = workers.start({**job, "warmup": warmup, "duration": duration}, concurrency)
    time.sleep(warmup)
    before = meter.snapshot()
    time.sleep(duration)
    after = meter.snapshot()
    results = workers.collect(conns, timeout=duration + 60)
    cpu = CpuMeter.used(before, after, sum(r["cpu_seconds"] for r in results), duration)
    count = sum(len(r["latencies_us"]) // 8 for r in results)
    lat = array("q", sorted(array("q", b"".join(r["latencies_us"] for r in results))))
    return {
        "results": results, "cpu": cpu, "duration": duration, "new_pg_sessions": CpuMeter.new_pg_sessions(before, after),
        "rps": count / duration, "p50_ms": percentile(lat, 0.5),
        "errors": sum(r["errors"] for r in results), "other_cpu": 100 * cpu["other"] / duration,
    }


def run(args: argparse.Namespace) -> int:
    stack = BenchStack(keep_tmp=args.keep, force_embedded_pg=args.embedded_pg)
    workers: LoadWorkers | None = None
    rows: list[dict[str, Any]] = []
    started = time.monotonic()
    try:
        try:
            stack.start_infra()
            stack.start_services()
            token = stack.admin_token()
            ids = stack.create_agencies(token)
            urls = {name: s.url for name, s in stack.servers.items()}
            sanity_check(urls, token, ids[0])
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # noqa: BLE001 - reported, exit 2
            log(f"setup failed: {exc}")
            return 2
        log(f"created agencies {ids}; setup took {time.monotonic() - started:.1f} s")
        workers = LoadWorkers(args.clients)
        background = background_cpu(1.0)
        log(f"host CPU busy before loading (servers idle): {background:.0f}% of one core")
        if background > 50:
            log("warning: the machine is busy with other work; the figures will be noisy (see the 'other' column)")
        meter = CpuMeter(stack.process_ids(), list(stack.databases.values()), stack.pg_server_url)
        paths = [f"/api/v1/catalog/agencies/{i}" for i in ids]
        jobs = {}
        for target in args.targets:
            server = stack.servers["gateway" if target.startswith("gateway") else "catalog"]
            headers = {"Authorization": f"Bearer {token}"} if target.endswith("+token") else {}
            jobs[target] = {"host": "127.0.0.1", "port": server.port, "expect": 200,
                            "requests": build_requests("127.0.0.1", server.port, paths, headers)}
        slice_seconds = args.duration / args.rounds
        for concurrency in args.concurrency:
            measured: dict[str, list[dict[str, Any]]] = {t: [] for t in args.targets}
            for round_no in range(args.rounds):
                for target in args.targets:
                    # the full warm-up the first time; later slices only need fresh client connections
                    warmup = args.warmup if round_no == 0 else min(args.warmup, 0.25)
                    sl = measure_slice(workers, meter, jobs[target], concurrency, warmup, slice_seconds)
                    measured[target].append(sl)
                    log(f"{target:<14} c={concurrency:<3} round {round_no + 1}/{args.rounds}: {sl['rps']:.0f} req/s, "
                        f"p50 {sl['p50_ms']:.2f} ms, {sl['errors']} errors, other CPU {sl['other_cpu']:.0f}%")
            rows.extend(summarise(t, concurrency, measured[t]) for t in args.targets)
        add_ratios(rows)
        meta = {
            "date": datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
            "duration": args.duration,
            "warmup": args.warmup,
            "clients": args.clients,
            "rounds": args.rounds,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "postgres": stack.pg_kind,
            "background_cpu_percent": round(background, 1),
            "agency_ids": ids,
        }
        table = render_table(rows, meta)
        if args.json:
            print(table, file=sys.stderr, flush=True)
            print(json.dumps({"meta": meta, "rows": rows}, ensure_ascii=False, indent=2), flush=True)
        else:
            print(table, flush=True)
        return 1 if any(r["error_rate"] > MAX_ERROR_RATE for r in rows) else 0
    finally:
        # one Ctrl-C is enough: do not let a second one interrupt the clean-up
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            if workers is not None:
                workers.close()
            stack.stop()
        finally:
            signal.signal(signal.SIGINT, previous)
        log(f"stopped everything; total {time.monotonic() - started:.1f} s")


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
