"""Everyday commands on a large register, each a fresh ``tietosuoja`` process as a person or a
script runs it, timed with its peak memory: a monthly CSV import of 10,000 rows (the file
``bench_import.py`` generates) and a dry run of 6,000 rows that all repeat customers already in
the register (their duplicates found), the customer list exported to CSV, and the e-mail
newsletter's marketing list (with and without the existing-customer rule, which reads every
customer's last sale).

    .venv/bin/python benchmarks/bench_large_register.py DATA_DIR [--repeat 3]

``DATA_DIR`` holds a register (e.g. ``tietosuoja --data-dir DIR demo --customers 1000000``);
each import runs on a copy of it made first, so no customer is added to it (the exports
read it and add their entries to its audit trail). Medians of ``--repeat`` runs."""

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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks._data import machine_load, print_table  # noqa: E402
from tietosuoja_desktop.paths import database_path  # noqa: E402
from tietosuoja_desktop.storage.sqlite import sqlite  # noqa: E402

COMMAND = [sys.executable, "-m", "tietosuoja_desktop.cli"]


def timed(arguments: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``tietosuoja`` process."""
    start = time.perf_counter()
    done = subprocess.run(
        [*COMMAND, *arguments], capture_output=True, text=True, cwd=ROOT, check=False
    )
    wall = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak


def repeated_customers_csv(register: Path, path: Path, count: int) -> Path:
    """``count`` customers of the register (every 150th), their e-mails in capitals, as a file
    to import: every row repeats a customer by e-mail, business ID or henkilötunnus."""
    connection = sqlite().connect(register)
    try:
        rows = connection.execute(
            "SELECT first_name, last_name, upper(email), business_id, personal_id "
            "FROM customer WHERE id % 150 = 7 LIMIT ?",
            (count,),
        ).fetchall()
    finally:
        connection.close()
    lines = ["Etunimi;Sukunimi;Sähköposti;Y-tunnus;Henkilötunnus"]
    lines += [";".join(value or "" for value in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from helpers.csv_samples import write_import_csv

    register = database_path(args.data_dir)
    connection = sqlite().connect(register)
    customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
    connection.close()
    print(f"bench_large_register: {customers:,} customers, "
          f"{register.stat().st_size / 1e6:,.0f} MB; {machine_load()}", flush=True)  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="bench-large-"))
    try:
        monthly = write_import_csv(work / "monthly.csv", 10_000)
        repeats = repeated_customers_csv(register, work / "repeats.csv", 6_000)
        copy = work / "copy"
        base = ["--data-dir", str(args.data_dir)]
        marketing = ["marketing", "export", "--purpose", "2", "--channel", "email", "--out"]
        tasks = {
            "import 10,000 rows (into a copy)": [
                "--data-dir", str(copy), "customers", "import", str(monthly)
            ],
            "import dry run, 6,000 repeated customers": [
                *base, "customers", "import", str(repeats), "--dry-run"
            ],
            "customer list to CSV": [*base, "customers", "export", str(work / "list.csv")],
            "marketing list, e-mail": [*base, *marketing, str(work / "m.csv")],
            "marketing list, e-mail, own products": [
                *base, *marketing, str(work / "o.csv"), "--own-products"
            ],
        }  # fmt: skip
        writes = {"import 10,000 rows (into a copy)"}
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in tasks}
        for run in range(args.repeat):
            for name, arguments in tasks.items():
                if name in writes:
                    shutil.rmtree(copy, ignore_errors=True)
                    shutil.copytree(args.data_dir, copy)
                results[name].append(isolated(arguments))
            print(f"  round {run + 1} done, {machine_load()}", flush=True)
        rows = [
            (name, f"{statistics.median(w for w, _ in runs):.2f}",
             f"{max(p for _, p in runs):.0f} MB")
            for name, runs in results.items()
        ]  # fmt: skip
        print(f"\n{customers:,} customers; medians of {args.repeat} runs")
        print_table(rows, ("command", "wall s", "peak RSS"))
        print(f"\n{machine_load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def isolated(arguments: list[str]) -> tuple[float, float]:
    """:func:`timed` in a process of its own, so the peak memory is this command's alone."""
    script = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); "
        "from benchmarks.bench_large_register import timed; "
        "print(json.dumps(timed(sys.argv[2:])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    wall, peak = json.loads(done.stdout.strip().splitlines()[-1])
    return wall, peak


if __name__ == "__main__":
    main()
