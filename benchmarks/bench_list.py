"""The customer list against its floor: the first page of 100 in the default name order, and a
deep page (at half the register) by offset and by keyset, beside the same SELECT on a plain
``sqlite3`` connection (the floor), interleaved in the same run. Target: the first page under
3 ms at 1,000,000 customers.

    .venv/bin/python benchmarks/bench_list.py DATA_DIR [--repeat 30]

``DATA_DIR`` is a register folder (e.g. ``demo-100000`` of ``bench_core.py --data-dir``);
opening it migrates it, so give it a copy.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FLOOR_SQL = "SELECT * FROM customer ORDER BY last_name_key, first_name_key, id LIMIT 100 OFFSET ?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from _data import Timings, machine_load, print_table

    from tietosuoja_desktop.domain.listing import CustomerQuery
    from tietosuoja_desktop.services import open_services

    print(f"bench_list: {args.data_dir}; {machine_load()}", flush=True)
    services = open_services(args.data_dir, defer_check=True)
    floor = sqlite3.connect(f"file:{args.data_dir / 'tietosuoja.sqlite'}?mode=ro", uri=True)
    try:
        total = services.customers.count()
        middle = total // 2
        query = CustomerQuery()
        before = services.customers.page(query, middle - 100, 100)[-1].id
        times = {name: Timings() for name in ("floor", "first", "floor deep", "offset", "keyset")}
        calls = {
            "floor": lambda: floor.execute(FLOOR_SQL, (0,)).fetchall(),
            "first": lambda: services.customers.page(query, 0, 100),
            "floor deep": lambda: floor.execute(FLOOR_SQL, (middle,)).fetchall(),
            "offset": lambda: services.customers.page(query, middle, 100),
            "keyset": lambda: services.customers.page(query, middle, 100, after=before),
        }
        assert calls["offset"]() == calls["keyset"](), "keyset and offset pages differ"
        for call in calls.values():
            call()
        for _ in range(args.repeat):
            for name, call in calls.items():
                times[name].time(call)
        first = times["floor"].median

        def row(label: str, name: str, target: str = "") -> tuple[str, ...]:
            t = times[name]
            ratio = "" if name.startswith("floor") else f"{t.median / first:.1f}x"
            return (label, f"{t.median:.2f}", f"{t.p95:.2f}", f"{t.cpu_median:.2f}", ratio, target)

        met = "ok" if times["first"].median < 3 else "NOT MET (< 3 ms)"
        rows = [
            row("floor: SELECT ... LIMIT 100", "floor"),
            row("first page of 100", "first", met),
            row(f"floor: ... OFFSET {middle:,}", "floor deep"),
            row(f"page at {middle:,} by offset", "offset"),
            row(f"page at {middle:,} by keyset", "keyset"),
        ]
        print(f"\n{total:,} customers; medians of {args.repeat} calls, ms; ratio to first floor")
        print_table(rows, ("measurement", "median ms", "p95 ms", "CPU ms", "ratio", "target"))
        print(f"\n{machine_load()}")
    finally:
        floor.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
