"""What quitting costs: the real app started on the register and quit after its first paint,
timed to the moment its windows are gone (what the user waits for) and to the end of its process
(the backup on closing is made in between, windowless), beside the floor (a plain file copy of
the register); and in process the parts: the mark, the copy, its check (made at the next
start, off the GUI thread). Wall and CPU time.

    .venv/bin/python benchmarks/bench_quit.py DATA_DIR [--repeat 3]

``DATA_DIR`` holds a register (e.g. one ``generate_demo`` made); it is copied to a scratch
folder first, so the benchmark never writes into it. Each round, interleaved: the floor
(``shutil.copyfile`` of the register file), ``services.backups.mark_exit()`` (what quitting
waits for), ``services.backups.on_exit()`` (the copy, which quitting waited for before) and
``quick_check`` of the copy it made (both now ``check_at_start``'s work at the next start)."""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._data import machine_load
from tietosuoja_desktop.paths import backup_dir, database_path
from tietosuoja_desktop.services import SystemClock, open_services
from tietosuoja_desktop.storage import integrity


def app_quit(data_dir: Path) -> tuple[float, float, float]:
    """Start the app on ``data_dir``, quit after its first paint: seconds from the quit (the
    event loop's end) until the windows are gone, from then until the process has ended, and
    the process's CPU time (all of it, start-up included)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tietosuoja_desktop", "--data-dir", str(data_dir)]
    process = subprocess.Popen(
        [*command, "--quit-after-first-paint", "--lang", "fi"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    ended = time.time()
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, output
    quit_at = float(output.split("quit-at ")[1].split()[0])
    gone = float(output.split("windows-gone-at ")[1].split()[0])
    return gone - quit_at, ended - gone, usage.ru_utime + usage.ru_stime


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
        for _ in range(args.repeat):
            timed("floor", lambda: shutil.copyfile(database_path(data_dir), floor_copy))
            window, process, cpu = app_quit(data_dir)
            times.setdefault("app-window", []).append((window, cpu))
            times.setdefault("app-exit", []).append((process, cpu))
            for made in backup_dir(data_dir).glob("exit-*.sqlite"):
                made.unlink()
        print(f"register: {customers:,} customers, {size / 1e6:.0f} MB; load {machine_load()}")
        floor = statistics.median(w for w, _ in times["floor"])
        labels = {
            "floor": "floor (file copy)",
            "quit": "mark: the backup on closing is due",
            "copy": "the copy (after the windows are gone)",
            "check": "its check, at the next start",
            "app-window": "app: Quit -> its windows gone (CPU: whole run)",
            "app-exit": "app: windows gone -> process ended (the copy)",
        }
        for name, label in labels.items():
            wall = statistics.median(w for w, _ in times[name])
            cpu = statistics.median(c for _, c in times[name])
            print(f"{label:52} median {wall:.4f} s, CPU {cpu:.4f} s ({wall / floor:.3f}x floor)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
