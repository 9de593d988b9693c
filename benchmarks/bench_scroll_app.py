"""Scrolling the customer list inside the whole application, started the way a user starts it.

    python benchmarks/bench_scroll_app.py [--customers 100000] [--data-dir DIR] [--no-freeze]

bench_customers_view.py measures the Customers page on its own; this one runs ``ui.app.main``
(register, main window with every page it builds at start, the notices it shows), waits until
the window has been up for two seconds, opens Customers and scrolls from top to bottom a
screenful at a time, then jumps to 300 random places. Each step is timed with its repaint.
Target: no step over 50 ms. ``--no-freeze`` leaves start-up's objects to the garbage collector
(the app sets them aside after its first paint) to show what that saves. Offscreen; the register
is built once with ``generate_demo`` (see bench_customers_view.py)."""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STALL_MS = 50.0


def scroll_steps(page) -> list[float]:
    bar, viewport = page.table.verticalScrollBar(), page.table.viewport()
    rng = random.Random(1)
    values = list(range(0, bar.maximum() + 1, bar.pageStep()))
    values += [rng.randrange(bar.maximum() + 1) for _ in range(300)]
    times = []
    for value in values:
        started = time.perf_counter()
        bar.setValue(value)
        viewport.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--no-freeze", action="store_true")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"tietosuoja-bench-{args.customers}"

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_customers_view import ensure_register

    ensure_register(data_dir, args.customers).close()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tietosuoja_desktop.ui import app as app_module
    from tietosuoja_desktop.ui.main_window import MainWindow

    if args.no_freeze:
        app_module.set_aside_start_up_objects = lambda: None

    def measure() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        page = window.show_page("customers")
        QApplication.processEvents()
        customers = page.model.rowCount()
        times = scroll_steps(page)
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"Customers in the main window, {customers:,} customers, offscreen, ", end="")
        print(f"{os.cpu_count()} CPUs, load average {load:.1f}")
        print(f"objects set aside from garbage collection: {gc.get_freeze_count():,}")
        print(
            f"{len(times)} scroll steps: median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms, over {STALL_MS:.0f} ms: {sum(t > STALL_MS for t in times)}"
        )
        sys.stdout.flush()
        # As in bench_customers_view.py: leave without PySide6's shutdown (none_dealloc).
        os._exit(0)

    start_window = app_module.run

    def run(app, services, run_args, *rest):  # rest: what app.run takes besides (on_exit)
        QTimer.singleShot(2000, measure)
        return start_window(app, services, run_args, *rest)

    app_module.run = run
    app_module.main(["tietosuoja-desktop", "--data-dir", str(data_dir), "--lang", "fi"])


if __name__ == "__main__":
    main()
