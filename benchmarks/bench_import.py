"""A large CSV import against its floor: issue 18's file of 100,000 customers (30 % with a birth
date in any shape the import reads, 1 % with a bad e-mail address, Windows-1252, generated
here) imported as ``tietosuoja customers import`` does it (read, check every row, write the
accepted ones in one transaction) into a new register, beside ``sqlite3 .import`` of the same
file into a new database (the floor), interleaved in the same run.

Each import runs in its own process, so its peak RSS is its own. Printed per kind: the median
wall time, CPU time, and for the app also the check (preview) and the write separately.
Targets: under 6 s, under 15x the floor, peak RSS under 250 MB.

    .venv/bin/python benchmarks/bench_import.py [--customers 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGET_S, TARGET_RATIO, TARGET_RSS_MB = 6.0, 15.0, 250.0


def import_in_this_process(folder: Path, csv_path: Path) -> dict:
    """The app's import, timed in parts; run by the child process."""
    from datetime import date

    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.importing import Importer

    cpu, wall = time.process_time(), time.perf_counter()
    services = open_services(folder, FixedClock(date(2026, 11, 22)))
    try:
        importer = Importer(services)
        checked = time.perf_counter()
        preview = importer.preview(importer.read(csv_path))
        check_cpu, checked = time.process_time() - cpu, time.perf_counter() - checked
        result = importer.run(preview)
    finally:
        services.close()
    return {
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "check": checked,
        "check_cpu": check_cpu,
        "created": result.created,
        "rejected": len(preview.rejected()),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of a child process, and its standard output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu, out


def floor_script(database: Path, csv_path: Path) -> list[str]:
    return ["sqlite3", str(database), ".mode csv", ".separator ;", f".import {csv_path} customers"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(import_in_this_process(Path(args.child[0]), Path(args.child[1]))))
        return 0

    from _data import machine_load, print_table
    from helpers.csv_samples import write_import_csv

    print(f"bench_import: {args.customers:,} rows; {machine_load()}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        csv_path = write_import_csv(work / "customers.csv", args.customers)
        size = csv_path.stat().st_size / 1e6
        floors, apps = [], []
        for run in range(args.runs):
            database = work / f"floor-{run}.sqlite"
            wall, cpu, _ = run_child(floor_script(database, csv_path))
            database.unlink()
            floors.append((wall, cpu))
            folder = work / f"app-{run}"
            command = [sys.executable, __file__, "--child", str(folder), str(csv_path)]
            wall, cpu, out = run_child(command)
            shutil.rmtree(folder)
            apps.append((wall, cpu, json.loads(out)))
            checked = apps[-1][2]["check"]
            print(f"  run {run + 1}: floor {floors[-1][0]:.2f} s, app {wall:.2f} s "
                  f"(check {checked:.2f} s), {machine_load()}", flush=True)  # fmt: skip
        floor_wall = statistics.median(w for w, _ in floors)
        floor_cpu = statistics.median(c for _, c in floors)
        app_wall = statistics.median(w for w, _, _ in apps)
        app_cpu = statistics.median(c for _, c, _ in apps)
        check = statistics.median(r["check"] for *_, r in apps)
        check_cpu = statistics.median(r["check_cpu"] for *_, r in apps)
        rss = max(r["rss_mb"] for *_, r in apps)
        last = apps[-1][2]
        ratio = app_wall / floor_wall
        met = app_wall < TARGET_S and ratio < TARGET_RATIO and rss < TARGET_RSS_MB
        rows = [
            ("floor: sqlite3 .import", f"{floor_wall:.2f}", f"{floor_cpu:.2f}", "", ""),
            ("app: whole import (process)", f"{app_wall:.2f}", f"{app_cpu:.2f}",
             f"{ratio:.1f}x", "ok" if met else "NOT MET"),
            ("  of it: read + check (preview)", f"{check:.2f}", f"{check_cpu:.2f}", "", ""),
            ("  peak RSS", f"{rss:.0f} MB", "", "", f"< {TARGET_RSS_MB:.0f} MB"),
        ]  # fmt: skip
        print(f"\n{args.customers:,} rows, {size:.1f} MB cp1252; created {last['created']:,}, "
              f"refused {last['rejected']:,}; medians of {args.runs} runs")  # fmt: skip
        print_table(rows, ("measurement", "wall s", "CPU s", "ratio", "target"))
        print(f"\n{machine_load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
