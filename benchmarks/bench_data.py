"""Import, the floor under it, and backup, on realistic sizes.

    python benchmarks/bench_data.py [--rows 100000] [--customers 100000] [--runs 3]

1. Import with validation: a generated CSV of ``--rows`` Finnish customers (semicolons, UTF-8
   with a BOM, as Excel writes it) read, checked row by row (names, phone, e-mail, postal code,
   dates, duplicates) and written in one transaction into a fresh register, as
   ``tietosuoja customers import`` does. Target: median under 10 s for 100,000 rows.
2. The floor: the same file loaded by the ``sqlite3`` command's ``.import`` into a bare table
   (no checks, no indexes, no search index), in a subprocess.
3. Backup: SQLite's online backup of a register of ``--customers`` demo customers (with their
   orders, consents and contacts; services/demo.py), synced to disk. Target: median under 2 s.

Wall-clock medians and the process's CPU time are printed; on a shared machine the CPU time is
the steadier of the two. The demo register is made once and kept in ``benchmarks/results/``."""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

IMPORT_TARGET = 10.0
BACKUP_TARGET = 2.0


def megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f} MB"


def timed(action) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def bench_import(csv_path: Path, runs: int) -> tuple[list[float], list[float], Path]:
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.importing import Importer

    walls, cpus, register = [], [], None
    for run in range(runs):
        folder = Path(tempfile.mkdtemp(prefix=f"bench-import-{run}-"))
        services = open_services(folder, FixedClock(date(2026, 11, 22)))
        try:
            importer = Importer(services)

            def whole_import(importer=importer):
                preview = importer.preview(importer.read(csv_path))
                return importer.run(preview)

            wall, cpu, result = timed(whole_import)
            assert result.created + result.rejected + result.skipped > 0
            walls.append(wall)
            cpus.append(cpu)
            print(f"  import run {run + 1}: {wall:.2f} s (cpu {cpu:.2f} s), "
                  f"{result.created:,} customers", flush=True)  # fmt: skip
        finally:
            services.close()
        if register is not None:
            shutil.rmtree(register.parent, ignore_errors=True)
        register = folder / "tietosuoja.sqlite"
    return walls, cpus, register


def bench_sqlite_import(csv_path: Path, runs: int) -> list[float]:
    sqlite = shutil.which("sqlite3")
    if sqlite is None:
        return []
    walls = []
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="bench-floor-"))
        database = folder / "floor.sqlite"
        script = f".mode csv\n.separator ;\n.import '{csv_path}' customers\n"
        started = time.perf_counter()
        subprocess.run([sqlite, str(database)], input=script, text=True, check=True)
        walls.append(time.perf_counter() - started)
        shutil.rmtree(folder, ignore_errors=True)
    return walls


def demo_register(customers: int) -> Path:
    """A register of ``customers`` demo customers, made once into benchmarks/results/."""
    from tietosuoja_desktop.services import open_services
    from tietosuoja_desktop.services.demo import generate_demo

    folder = ROOT / "benchmarks" / "results" / f"data-register-{customers}"
    services = open_services(folder)
    try:
        have = services.customers.count()
        if have < customers:
            print(f"generating {customers - have:,} demo customers in {folder} …", flush=True)
            generate_demo(services, customers - have)
    finally:
        services.close()
    return folder


def bench_backup(folder: Path, runs: int) -> tuple[list[float], list[float], Path]:
    from tietosuoja_desktop.services import open_services

    target_folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    walls, cpus, target = [], [], None
    services = open_services(folder)
    try:
        backups = services.backups
        for run in range(runs):
            target = target_folder / f"backup-{run}.sqlite"
            wall, cpu, _ = timed(lambda target=target: backups.create(target))
            walls.append(wall)
            cpus.append(cpu)
            print(f"  backup run {run + 1}: {wall:.2f} s (cpu {cpu:.2f} s)", flush=True)
    finally:
        services.close()
    return walls, cpus, target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from helpers.csv_samples import write_customers_csv

    scratch = Path(tempfile.mkdtemp(prefix="bench-data-"))
    csv_path = write_customers_csv(scratch / "customers.csv", args.rows)
    print(f"CSV: {args.rows:,} rows, {megabytes(csv_path)}", flush=True)
    import_walls, import_cpus, imported = bench_import(csv_path, args.runs)
    floor = bench_sqlite_import(csv_path, args.runs)
    register = demo_register(args.customers)
    database = register / "tietosuoja.sqlite"
    backup_walls, backup_cpus, backup_file = bench_backup(register, args.runs)

    rows = [
        ("import with validation", f"{args.rows:,} rows, {megabytes(csv_path)} CSV",
         statistics.median(import_walls), statistics.median(import_cpus), IMPORT_TARGET,
         f"register {megabytes(imported)}"),
        ("sqlite3 .import (floor)", f"{args.rows:,} rows, bare table",
         statistics.median(floor) if floor else float("nan"), None, None, "no checks, no indexes"),
        ("backup (online API)", f"{args.customers:,} customers", statistics.median(backup_walls),
         statistics.median(backup_cpus), BACKUP_TARGET,
         f"register {megabytes(database)}, copy {megabytes(backup_file)}"),
    ]  # fmt: skip
    print()
    print(f"{'what':<26} {'data':<28} {'median':>8} {'cpu':>7} {'target':>7}  notes")
    print("-" * 100)
    for what, data, wall, cpu, target, notes in rows:
        cpu_text = f"{cpu:6.2f}s" if cpu is not None else "      -"
        target_text = f"< {target:.0f} s" if target else "      -"
        print(f"{what:<26} {data:<28} {wall:7.2f}s {cpu_text} {target_text}  {notes}")
    if floor:
        ratio = statistics.median(import_walls) / statistics.median(floor)
        print(f"\nimport with validation takes {ratio:.1f}x the floor")
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.rmtree(imported.parent, ignore_errors=True)
    shutil.rmtree(backup_file.parent, ignore_errors=True)
    ok = (
        statistics.median(import_walls) < IMPORT_TARGET
        and statistics.median(backup_walls) < BACKUP_TARGET
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
