"""How the Customers page behaves on a large register, measured offscreen.

    python benchmarks/bench_customers_view.py [--customers 100000] [--data-dir DIR]

Builds (once, in ``DIR``) a demo register with ``generate_demo`` and then measures:

* search: from the debounced query to the visible rows repainted, over a mix of one-, two- and
  three-or-more-letter queries (the 150 ms debounce itself is not counted), and separately until
  the count label is final (the count runs on a worker thread when the first page is full);
* scrolling from top to bottom a screenful at a time, and jumps to random places (dragging the
  scroll bar thumb), each step including the repaint;
* resident memory of the whole process at the end (and its peak).

Like the app after its first paint, it sets start-up's objects aside from the garbage collector
(``--no-freeze`` leaves them, to compare).
"""

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

QUERIES = {
    "1 letter": ["a", "k", "m", "s", "ä", "o", "j", "t"],
    "2 letters": ["ma", "vi", "ni", "jo", "hä", "la", "ko", "an"],
    "3+ letters": ["mat", "virt", "lainen", "anna", "044", "example.net", "nen", "kors"],
}
STALL_MS = 50.0


def rss_mb() -> tuple[float, float]:
    """Resident and peak resident memory (MB) from /proc; (nan, nan) where there is none."""
    values = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        return float("nan"), float("nan")
    return values.get("VmRSS", float("nan")), values.get("VmHWM", float("nan"))


class Stopwatch:
    """Wall-clock and this thread's CPU time of one step, in milliseconds. The CPU time says
    what the step costs on a machine that is not busy with other work."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.thread_time() - self._cpu) * 1000)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ensure_register(data_dir: Path, customers: int):
    from tietosuoja_desktop.services import open_services
    from tietosuoja_desktop.services.demo import generate_demo

    services = open_services(data_dir)
    have = services.customers.count()
    if have < customers:
        started = time.perf_counter()
        generate_demo(services, customers=customers - have, seed=1)
        print(f"built demo register in {time.perf_counter() - started:.1f} s")
    return services


def measure_search(app, page) -> dict[str, tuple[Stopwatch, list[float]]]:
    """Per query class: the time to repainted rows, and the wall time to the final count."""
    filters, model, viewport = page.filters, page.model, page.table.viewport()
    results = {}
    for label, queries in QUERIES.items():
        rows, count_ms = Stopwatch(), []
        for _round in range(3):
            for query in queries:
                filters.search.setText(query)
                filters.debounce.stop()
                started = time.perf_counter()
                with rows:
                    filters.query_changed.emit()  # what the debounce timer does when it fires
                    viewport.repaint()
                while model.count_pending:
                    app.processEvents()
                    time.sleep(0.0005)
                app.processEvents()
                count_ms.append((time.perf_counter() - started) * 1000)
                filters.search.setText("")
                filters.debounce.stop()
                filters.query_changed.emit()
                while model.count_pending:
                    app.processEvents()
        results[label] = (rows, count_ms)
    return results


def measure_scroll(page, steps: list[int]) -> Stopwatch:
    bar, viewport = page.table.verticalScrollBar(), page.table.viewport()
    watch = Stopwatch()
    for value in steps:
        with watch:
            bar.setValue(value)
            viewport.repaint()
    return watch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave start-up's objects to the garbage collector (to see what setting them aside "
        "saves)",
    )
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.gettempdir()) / f"tietosuoja-bench-{args.customers}"

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from tietosuoja_desktop.ui.app import set_aside_start_up_objects
    from tietosuoja_desktop.ui.customers import CustomersPage

    services = ensure_register(data_dir, args.customers)
    rss_before_ui, _ = rss_mb()
    app = QApplication.instance() or QApplication([])
    opening = Stopwatch()
    with opening:
        page = CustomersPage(services)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        page.table.viewport().repaint()
    customers = page.model.rowCount()
    if not args.no_freeze:
        set_aside_start_up_objects()  # as the app does once its window is painted

    search = measure_search(app, page)
    bar = page.table.verticalScrollBar()
    down = measure_scroll(page, list(range(0, bar.maximum() + 1, bar.pageStep())))
    rng = random.Random(1)
    jumps = measure_scroll(page, [rng.randrange(bar.maximum() + 1) for _ in range(300)])
    repaint = measure_scroll(page, [bar.value()] * 100)
    rss, peak = rss_mb()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nCustomers page, {customers:,} customers, offscreen 1280x800, page size ", end="")
    print(f"{page.model.page_size}, {os.cpu_count()} CPUs, load average {load:.1f}")
    print(f"objects set aside from garbage collection: {gc.get_freeze_count():,}")
    print(f"{'measure (ms)':44} {'median':>7} {'p95':>7} {'max':>7} {'cpu med':>8} {'cpu max':>8}")
    rows = [("open page + first paint", opening)]
    for label, (watch, _count_ms) in search.items():
        rows.append((f"search {label}: -> rows repainted", watch))
    rows.append((f"scroll down a screenful ({len(down.wall)} steps)", down))
    rows.append(("scroll: jump to a random place", jumps))
    rows.append(("repaint only (rows cached)", repaint))
    for label, watch in rows:
        wall, cpu = watch.wall, watch.cpu
        print(
            f"{label:44} {statistics.median(wall):7.1f} {p95(wall):7.1f} {max(wall):7.1f} "
            f"{statistics.median(cpu):8.1f} {max(cpu):8.1f}"
        )
    for label, (_watch, count_ms) in search.items():
        print(
            f"search {label}: -> count label final (wall)  median {statistics.median(count_ms):.1f}"
        )
    all_rows = [ms for watch, _ in search.values() for ms in watch.wall]
    all_cpu = [ms for watch, _ in search.values() for ms in watch.cpu]
    steps = down.wall + jumps.wall
    steps_cpu = down.cpu + jumps.cpu
    print(
        f"\nsearch, all queries: median {statistics.median(all_rows):.1f} ms, "
        f"p95 {p95(all_rows):.1f} ms (cpu median {statistics.median(all_cpu):.1f}, "
        f"p95 {p95(all_cpu):.1f})"
    )
    print(
        f"scroll steps over {STALL_MS:.0f} ms: {sum(ms > STALL_MS for ms in steps)} of "
        f"{len(steps)} wall, {sum(ms > STALL_MS for ms in steps_cpu)} by cpu time"
    )
    print(
        f"resident memory: {rss:.0f} MB (peak {peak:.0f} MB; {rss_before_ui:.0f} MB before the UI)"
    )
    database = services.db.path
    print(f"database file: {database.stat().st_size / 1e6:.0f} MB at {database}")
    services.close()
    sys.stdout.flush()
    # PySide6 6.12.0 on Python < 3.12 drops a reference to None on every call of a method that
    # returns nothing; a long run ends with "Fatal Python error: none_dealloc" when the
    # interpreter shuts down. Leave without the shutdown; the numbers are printed.
    os._exit(0)


if __name__ == "__main__":
    main()
