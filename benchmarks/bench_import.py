"""A large CSV import against its floor: issue 18's file of 100,000 customers (30 % with a birth
date in any shape the import reads, 1 % with a bad e-mail address, Windows-1252, generated
here) imported as ``tietosuoja customers import`` does it (read, check every row, write the
accepted ones in one transaction) into a new register, beside ``sqlite3 .import`` of the same
file into a new database (the floor), interleaved in the same run.

Each import runs in its own process, so its peak RSS is its own. Printed per kind: the median
wall time, CPU time, and for the app also the check (preview) and the write separately.
Targets: under 6 s, under 15x the floor, peak RSS under 250 MB.

A second floor shows what the register itself costs to write, whatever writes it: the rows the
app imported, copied by the ``sqlite3`` shell into a new, empty register with the same schema
(the customer rows, their FTS5 trigram search lines and their register memberships, the
table's indexes set aside and built again afterwards, as the import does; without the gram
counts, the only part the import does in Python), in one transaction.

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


def blank_register(folder: Path) -> Path:
    """A new, empty register at the app's schema (made by the app, in this process)."""
    from tietosuoja_desktop.paths import database_path
    from tietosuoja_desktop.services import open_services

    open_services(folder).close()
    return database_path(folder)


def register_floor_sql(source: Path) -> str:
    """The SQL that writes what the app imported into ``source`` into an empty register (the
    ``sqlite3`` shell runs it on the blank register): one transaction, the gram counts'
    triggers and the customer table's indexes set aside and the indexes built again."""
    from tietosuoja_desktop.storage import search_grams
    from tietosuoja_desktop.storage.sqlite import sqlite

    connection = sqlite().connect(source)
    try:
        columns = ", ".join(
            name
            for (name,) in connection.execute(
                "SELECT name FROM pragma_table_xinfo('customer') WHERE hidden = 0"
            )
        )
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' "
            "AND sql IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    lines = [
        "PRAGMA cache_size = -131072;",
        f"ATTACH '{source}' AS imported;",
        "BEGIN;",
        *(f"DROP TRIGGER {name};" for name in search_grams.TRIGGERS),
        *(f"DROP INDEX {name};" for name, _ in indexes),
        f"INSERT INTO main.customer ({columns}) SELECT {columns} FROM imported.customer;",
        "INSERT INTO main.customer_search (customer_id, text) "
        "SELECT customer_id, text FROM imported.customer_search;",
        "INSERT INTO main.customer_register SELECT * FROM imported.customer_register;",
        *(f"{sql};" for _, sql in indexes),
        "COMMIT;",
    ]
    return "\n".join(lines)


def register_floor(work: Path, imported: Path) -> float:
    """Wall seconds the ``sqlite3`` shell takes to write the rows of ``imported`` into a blank
    register (see the module's text)."""
    database = blank_register(work / "register-floor")
    sql = register_floor_sql(imported)
    start = time.perf_counter()
    subprocess.run(["sqlite3", str(database)], input=sql, check=True, text=True)
    wall = time.perf_counter() - start
    shutil.rmtree(work / "register-floor")
    return wall


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

    from tietosuoja_desktop.paths import database_path

    print(f"bench_import: {args.customers:,} rows; {machine_load()}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        csv_path = write_import_csv(work / "customers.csv", args.customers)
        size = csv_path.stat().st_size / 1e6
        floors, apps, register_floors = [], [], []
        for run in range(args.runs):
            database = work / f"floor-{run}.sqlite"
            wall, cpu, _ = run_child(floor_script(database, csv_path))
            database.unlink()
            floors.append((wall, cpu))
            folder = work / f"app-{run}"
            command = [sys.executable, __file__, "--child", str(folder), str(csv_path)]
            wall, cpu, out = run_child(command)
            register_floors.append(register_floor(work, database_path(folder)))
            shutil.rmtree(folder)
            apps.append((wall, cpu, json.loads(out)))
            checked = apps[-1][2]["check"]
            print(f"  run {run + 1}: floor {floors[-1][0]:.2f} s, app {wall:.2f} s "
                  f"(check {checked:.2f} s), SQLite writing the register "
                  f"{register_floors[-1]:.2f} s, {machine_load()}", flush=True)  # fmt: skip
        floor_wall = statistics.median(w for w, _ in floors)
        floor_cpu = statistics.median(c for _, c in floors)
        register_wall = statistics.median(register_floors)
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
            ("SQLite alone writing the register's rows", f"{register_wall:.2f}", "",
             f"{register_wall / floor_wall:.1f}x", ""),
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
