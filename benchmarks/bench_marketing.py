"""The marketing list at 100,000 customers: one channel, one purpose, as of today, with the
excluded counts by reason (services/exporting.py ``Exporter.marketing``).

    python benchmarks/bench_marketing.py [--customers 100000] [--runs 5] [--data-dir DIR]

The register is ``generate_demo(services, N, seed=1)`` (services/demo.py), kept in
``DIR/demo-N`` when ``--data-dir`` is given (then generated once). Each channel's CSV export is
timed ``--runs`` times after one untimed call, for the demo's marketing purpose as the
business's own similar products (so the existing-customer rule is checked too). Target: the list
with its counts under 3 s. Wall-clock median, the process's CPU median and the machine's load
average before and after are printed; on a shared machine the CPU time is the steadier."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    from tietosuoja_desktop.domain.marketing import MarketingChannel
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.demo import generate_demo
    from tietosuoja_desktop.services.demo_words import MARKETING_PURPOSE
    from tietosuoja_desktop.services.exporting import Exporter

    base = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-marketing-"))
    folder = base / f"demo-{args.customers}"
    fresh = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load average before: {os.getloadavg()}")
    with open_services(folder, FixedClock(date(2026, 11, 22))) as services:
        if fresh:
            started = time.perf_counter()
            generate_demo(services, args.customers, seed=1)
            took = time.perf_counter() - started
            print(f"generated {args.customers:,} customers in {took:.1f} s")
        purpose = services.marketing.purpose(MARKETING_PURPOSE, own_similar_products=True)
        exporter = Exporter(services)
        out = Path(tempfile.mkdtemp(prefix="bench-marketing-out-")) / "list.csv"
        print(f"{'channel':8} {'median s':>9} {'cpu s':>7} {'exported':>9}  left out by reason")
        for channel in MarketingChannel:
            exporter.marketing(out, purpose, channel)
            walls, cpus = [], []
            for _ in range(args.runs):
                wall, cpu = time.perf_counter(), time.process_time()
                report = exporter.marketing(out, purpose, channel)
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            median = statistics.median(walls)
            mark = "" if median < TARGET else f"  (target {TARGET} s)"
            reasons = ", ".join(f"{k} {v}" for k, v in sorted(report.left_out.items()))
            print(
                f"{channel.value:8} {median:9.2f} {statistics.median(cpus):7.2f} "
                f"{report.exported:9,}  {reasons}{mark}"
            )
        out.unlink(missing_ok=True)
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
