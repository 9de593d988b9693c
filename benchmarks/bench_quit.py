"""What quitting costs: the backup made at exit, beside its floor (a plain file copy of the
register) and the check that used to run at exit and now runs at the next start.

    .venv/bin/python benchmarks/bench_quit.py DATA_DIR [--repeat 3]

``DATA_DIR`` holds a register (e.g. one ``generate_demo`` made); it is copied to a scratch
folder first, so the benchmark never writes into it. Each round, interleaved: the floor
(``shutil.copyfile`` of the register file), ``services.backups.on_exit()`` (what quitting
waits for) and ``quick_check`` of the copy it made (what quitting waited for before, now
``check_at_start``'s work at the next start, off the GUI thread)."""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._data import machine_load
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import SystemClock, open_services
from tietosuoja_desktop.storage import integrity


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-quit-"))
    try:
        data_dir = scratch / "data"
        data_dir.mkdir()
        shutil.copyfile(database_path(args.data_dir), database_path(data_dir))
        size = database_path(data_dir).stat().st_size
        floor, quit_, check = [], [], []
        with open_services(data_dir, SystemClock()) as services:
            customers = services.customers.count()
            for _ in range(args.repeat):
                started = time.perf_counter()
                shutil.copyfile(database_path(data_dir), scratch / "floor.sqlite")
                floor.append(time.perf_counter() - started)
                started = time.perf_counter()
                made = services.backups.on_exit()
                quit_.append(time.perf_counter() - started)
                started = time.perf_counter()
                assert integrity.quick_check(made, services.db.key) == []
                check.append(time.perf_counter() - started)
                made.unlink()
        median = statistics.median
        print(f"register: {customers:,} customers, {size / 1e6:.0f} MB; load {machine_load()}")
        print(f"floor (file copy)            median {median(floor):.3f} s")
        print(
            f"backup at exit (quit waits)  median {median(quit_):.3f} s"
            f"  ({median(quit_) / median(floor):.1f}x floor)"
        )
        print(
            f"check of the copy (formerly at exit, now at the next start) "
            f"median {median(check):.3f} s; quit before: {median(quit_) + median(check):.3f} s"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
