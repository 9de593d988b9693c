"""What quitting costs: leaving the backup on closing for the next start (what quitting waits
for), beside the floor (a plain file copy of the register), the copy itself and its check (both
made at the next start now, off the GUI thread). Wall and CPU time.

    .venv/bin/python benchmarks/bench_quit.py DATA_DIR [--repeat 3]

``DATA_DIR`` holds a register (e.g. one ``generate_demo`` made); it is copied to a scratch
folder first, so the benchmark never writes into it. Each round, interleaved: the floor
(``shutil.copyfile`` of the register file), ``services.backups.mark_exit()`` (what quitting
waits for), ``services.backups.on_exit()`` (the copy, which quitting waited for before) and
``quick_check`` of the copy it made (both now ``check_at_start``'s work at the next start)."""

from __future__ import annotations

import argparse
import functools
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
        times: dict[str, list[tuple[float, float]]] = {}

        def timed(name: str, call):
            wall, cpu = time.perf_counter(), time.process_time()
            result = call()
            found = (time.perf_counter() - wall, time.process_time() - cpu)
            times.setdefault(name, []).append(found)
            return result

        with open_services(data_dir, SystemClock()) as services:
            customers = services.customers.count()
            floor_copy = scratch / "floor.sqlite"
            for _ in range(args.repeat):
                timed("floor", lambda: shutil.copyfile(database_path(data_dir), floor_copy))
                timed("quit", services.backups.mark_exit)
                made = timed("copy", services.backups.on_exit)
                check = functools.partial(integrity.quick_check, made, services.db.key)
                problems = timed("check", check)
                assert problems == []
                made.unlink()
        print(f"register: {customers:,} customers, {size / 1e6:.0f} MB; load {machine_load()}")
        floor = statistics.median(w for w, _ in times["floor"])
        labels = {
            "floor": "floor (file copy)",
            "quit": "quit: backup left for the next start (quit waits)",
            "copy": "the copy, at the next start (quit waited before)",
            "check": "its check, at the next start",
        }
        for name, label in labels.items():
            wall = statistics.median(w for w, _ in times[name])
            cpu = statistics.median(c for _, c in times[name])
            print(f"{label:52} median {wall:.4f} s, CPU {cpu:.4f} s ({wall / floor:.3f}x floor)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
