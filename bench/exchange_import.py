"""bench/exchange_import — a bulk import of 100,000 catalog entries, and exporting them again.

    .venv/bin/python -m bench.exchange_import [--rows 100000] [--format ndjson|csv|xlsx] [--mode published|draft]

1. Brings up the stack like the other benches (``bench/stack.py``: PostgreSQL at 127.0.0.1:5432 when it answers,
   else an embedded one; fresh gateway and catalog databases migrated with the real migrations; embedded NATS;
   the catalog service and the gateway as separate uvicorn processes) and creates five agencies.
2. Writes an import file of ``--rows`` entries (legacy index numbers in the variants other platforms use, Chinese
   titles, summaries and bodies of about 1 KB) to disk, row by row.
3. Uploads it through the gateway (streamed) as ``POST /api/v1/catalog/imports`` and polls the job until it ends,
   sampling the catalog process's resident memory (RSS) every 0.2 s.
4. Exports the imported entries again (``GET /api/v1/catalog/export``) in each format, streamed to disk, with the
   catalog's RSS sampled the same way.

Prints rows/s, the catalog's RSS before, at 10 %, 50 % and 100 % of the rows and its peak: an import that read the
whole file into memory would grow with the rows; this one must not.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psutil

from bench.stack import BenchStack, log
from services.catalog.exchange.records import FLAT_FIELDS, flat_row

TOPICS = ["义务教育招生", "城乡居民医疗保险", "安全生产检查", "财政预算执行", "农村危房改造", "城市更新项目", "公共文化服务",
          "生态环境保护", "就业创业补贴", "养老服务设施", "食品安全抽检", "政务服务改革"]
GENRES = ["notice", "announcement", "bulletin", "opinion", "plan", "report", "reply", "circular"]
PARAGRAPH = ("为深入贯彻落实有关决策部署，进一步规范工作流程，提高服务质量和效率，现就有关事项通知如下。"
             "各单位要高度重视，明确责任分工，加强统筹协调，确保各项任务按时保质完成。")


def make_row(i: int, agencies: list[dict[str, Any]], rnd: random.Random) -> dict[str, Any]:
    agency = agencies[i % len(agencies)]
    topic = TOPICS[i % len(TOPICS)]
    year = 2015 + i % 10
    variants = [
        f"{agency['code']}/{year}-{i:06d}",                    # 6-digit serial
        f"{agency['code'][:8]}-{i % 10}/{year}-{i:05d}",        # hyphen kept in the code
        f"{agency['code'][:6]}/{year}{1 + i % 12:02d}-{i:05d}",  # year+month segment, 6-char prefix
    ]
    return {
        "external_id": f"legacy-{i:07d}",
        "index_number": variants[i % 3],
        "agency_code": agency["code"],
        "title": f"关于做好{year}年{topic}工作的通知（第{i}号）",
        "summary": f"部署{year}年{topic}工作，明确目标任务、责任分工和时间安排。",
        "document_number": f"基府办发〔{year}〕{i % 200 + 1}号",
        "written_on": f"{year}-{1 + i % 12:02d}-{1 + i % 27:02d}",
        "published_at": f"{year}-{1 + i % 12:02d}-{1 + i % 27:02d}T09:00:00+08:00",
        "genre": GENRES[i % len(GENRES)],
        "theme_code": "11.02" if i % 2 else None,
        "keywords": [topic, f"{year}年"],
        "disclosure_attribute": "proactive",
        "body_html": "".join(f"<p>{PARAGRAPH}{rnd.randint(1, 999)}</p>" for _ in range(6)),
    }


def write_file(path: Path, fmt: str, rows: int, agencies: list[dict[str, Any]]) -> None:
    rnd = random.Random(20261201)
    gen: Iterator[dict[str, Any]] = (make_row(i, agencies, rnd) for i in range(rows))
    if fmt == "ndjson":
        with path.open("w", encoding="utf-8") as f:
            for r in gen:
                f.write(json.dumps({k: v for k, v in r.items() if v is not None}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(FLAT_FIELDS)
            for r in gen:
                writer.writerow(["" if v is None else v for v in flat_row(r)])
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("entries")
        sheet.append(list(FLAT_FIELDS))
        for r in gen:
            sheet.append(flat_row(r))
        book.save(path)


class RssSampler:
    """The catalog process's RSS every ``interval`` seconds, in a thread."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.last = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            time.sleep(self.interval)

    def sample(self) -> int:
        rss = self.proc.memory_info().rss
        self.last = rss
        self.peak = max(self.peak, rss)
        return rss

    def __enter__(self) -> "RssSampler":
        self.peak = self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MiB"


def run(args: argparse.Namespace) -> int:
    stack = BenchStack(force_embedded_pg=args.embedded_pg)
    started = time.monotonic()
    try:
        stack.start_infra()
        stack.start_services()
        token = stack.admin_token()
        gateway = stack.servers["gateway"].url
        headers = {"Authorization": f"Bearer {token}"}
        ids = stack.create_agencies(token)
        with httpx.Client(base_url=gateway, timeout=60, trust_env=False, headers=headers) as client:
            agencies = [client.get(f"/api/v1/catalog/agencies/{i}").json() for i in ids]
            path = stack.tmp / f"import.{args.format}"
            t0 = time.perf_counter()
            write_file(path, args.format, args.rows, agencies)
            log(f"wrote {args.rows:,} rows to {path.name} ({path.stat().st_size / 1024 / 1024:,.1f} MiB) in "
                f"{time.perf_counter() - t0:.1f} s")
            pid = stack.servers["catalog"].proc.pid
            result: dict[str, Any] = {"rows": args.rows, "format": args.format, "mode": args.mode,
                                      "file_mib": round(path.stat().st_size / 1024 / 1024, 1)}
            with RssSampler(pid) as rss:
                before = rss.sample()
                marks: dict[str, int] = {}
                t_upload = time.perf_counter()

                def chunks() -> Iterator[bytes]:
                    with path.open("rb") as f:
                        while data := f.read(256 * 1024):
                            yield data

                resp = client.post("/api/v1/catalog/imports", params={"format": args.format, "mode": args.mode},
                                   content=chunks())
                if resp.status_code != 202:
                    raise RuntimeError(f"upload failed: HTTP {resp.status_code} {resp.text[:500]}")
                job = resp.json()
                upload_s = time.perf_counter() - t_upload
                log(f"uploaded in {upload_s:.1f} s; job {job['id']}")
                t_job = time.perf_counter()
                last_log = 0.0
                while True:
                    resp = client.get(f"/api/v1/catalog/imports/{job['id']}")
                    if resp.status_code == 401:  # the admin's token expired during a long run
                        client.headers["Authorization"] = f"Bearer {stack.admin_token()}"
                        continue
                    if resp.status_code != 200:
                        raise RuntimeError(f"polling the job: HTTP {resp.status_code} {resp.text[:300]}")
                    job = resp.json()
                    done = job["rows_done"]
                    for pct in (10, 50, 100):
                        if f"rss_at_{pct}pct" not in marks and done >= args.rows * pct / 100:
                            marks[f"rss_at_{pct}pct"] = rss.sample()
                    if time.perf_counter() - last_log > 15:
                        last_log = time.perf_counter()
                        elapsed = last_log - t_job
                        log(f"{done:,} / {args.rows:,} rows, {done / max(elapsed, 0.001):,.0f} rows/s, "
                            f"catalog RSS {mib(rss.last)} (peak {mib(rss.peak)})")
                    if job["status"] in ("succeeded", "failed"):
                        break
                    time.sleep(0.5)
                job_s = time.perf_counter() - t_job
            result.update({
                "status": job["status"], "error": job["error"], "created": job["created"], "failed": job["failed"],
                "upload_s": round(upload_s, 1), "import_s": round(job_s, 1),
                "rows_per_s": round(args.rows / job_s, 1),
                "rss_before_mib": round(before / 2**20), "peak_rss_mib": round(rss.peak / 2**20),
                **{k: round(v / 2**20) for k, v in marks.items()},
            })
            if job["failed"]:
                errors = client.get(f"/api/v1/catalog/imports/{job['id']}/errors", params={"size": 3}).json()
                result["first_errors"] = errors["items"]
            exports = {}
            client.headers["Authorization"] = f"Bearer {stack.admin_token()}"
            for fmt in ("ndjson", "csv", "xlsx"):
                out = stack.tmp / f"export.{fmt}"
                with RssSampler(pid) as rss:
                    t = time.perf_counter()
                    with client.stream("GET", "/api/v1/catalog/export", params={"format": fmt}, timeout=1800) as r:
                        if r.status_code != 200:
                            raise RuntimeError(f"export {fmt}: HTTP {r.status_code} {r.read()[:300]!r}")
                        with out.open("wb") as f:
                            for data in r.iter_bytes():
                                f.write(data)
                    exports[fmt] = {"seconds": round(time.perf_counter() - t, 1),
                                    "mib": round(out.stat().st_size / 2**20, 1), "peak_rss_mib": round(rss.peak / 2**20)}
                log(f"export {fmt}: {exports[fmt]}")
            result["exports"] = exports
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0 if job["status"] == "succeeded" else 1
    finally:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            stack.stop()
        finally:
            signal.signal(signal.SIGINT, previous)
        log(f"stopped everything; total {time.monotonic() - started:.1f} s")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.exchange_import", description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--format", choices=("ndjson", "csv", "xlsx"), default="ndjson")
    p.add_argument("--mode", choices=("published", "draft"), default="published")
    p.add_argument("--embedded-pg", action="store_true", help="a private embedded PostgreSQL even when 5432 answers")
    args = p.parse_args(argv)

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
