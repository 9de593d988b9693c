"""The supervisor's folder (services/inspection.py) for the demo register at 100,000 customers
with a year of requests and breaches: the ZIP, signed, written ``--runs`` times.

    python benchmarks/bench_inspection_pack.py [--customers 100000] [--requests 3000]
                                               [--breaches 12] [--runs 3] [--unsigned]
                                               [--data-dir DIR]

The register is ``generate_demo(services, N, seed=1)`` (services/demo.py) with its requests
topped up to ``--requests`` over the last three years (``bench_requests_view.top_up_requests``,
so about a third fall in the folder's year), ``--breaches`` breaches spread over the last year
(one linked to a customer each), each register's privacy statement exported once, and a signing
identity; kept in ``DIR/pack-N-R-B`` when ``--data-dir`` is given (then built once). Each run
writes the folder as a ZIP for the year up to today (a new file each time) and times it,
wall-clock and the process's CPU time. Target: under 20 s. The machine's load is printed before
and after; on a shared machine the CPU time is the steadier number."""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGET = 20.0
TODAY = date(2026, 11, 22)
PASSPHRASE = "benchmark-passphrase-1"


def build(services, customers: int, requests: int, breaches: int) -> None:
    from bench_requests_view import top_up_requests

    from tietosuoja_desktop.domain.breaches import Breach, BreachNature
    from tietosuoja_desktop.domain.enums import Language
    from tietosuoja_desktop.services.demo import generate_demo

    generate_demo(services, customers, seed=1)
    top_up_requests(services, requests)
    for number in range(breaches):
        discovered = datetime.combine(TODAY - timedelta(days=30 * number + 3), datetime.min.time())
        services.breaches.add(
            Breach(
                discovered_at=discovered.replace(hour=9),
                description="Kannettava tietokone varastettiin junassa.",
                natures=(BreachNature.CONFIDENTIALITY,),
                people_affected=number + 1,
                customer_ids=(number + 1,),
            )
        )
    for register in services.registers.list():
        services.documents.privacy_statement(register.id, Language.FI)
    services.documents.create_identity(PASSPHRASE)
    services.db.checkpoint()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=3_000)
    parser.add_argument("--breaches", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--unsigned", action="store_true", help="do not sign the PDFs")
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    from _data import machine_load

    from tietosuoja_desktop.services import FixedClock, open_services

    base = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-pack-"))
    folder = base / f"pack-{args.customers}-{args.requests}-{args.breaches}"
    print(f"before: {machine_load()}", flush=True)
    if not folder.exists():
        folder.mkdir(parents=True)
        with open_services(folder, FixedClock(TODAY)) as services:
            started = time.perf_counter()
            build(services, args.customers, args.requests, args.breaches)
            print(f"built the register in {time.perf_counter() - started:.1f} s", flush=True)
    out = Path(tempfile.mkdtemp(prefix="bench-pack-out-"))
    passphrase = None if args.unsigned else PASSPHRASE
    walls, cpus = [], []
    with open_services(folder, FixedClock(TODAY)) as services:
        in_year = sum(
            1 for v in services.requests.list() if v.request.received >= TODAY - timedelta(365)
        )
        for number in range(1, args.runs + 1):
            wall, cpu = time.perf_counter(), time.process_time()
            made = services.inspection.pack(out / f"run-{number}.zip", passphrase=passphrase)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
            size = Path(made.path).stat().st_size / 1e6
            print(
                f"run {number}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s cpu; "
                f"{len(made.files)} files, {size:.1f} MB, {len(made.open_items)} items open",
                flush=True,
            )
    median = statistics.median(walls)
    mark = "" if median < TARGET else f"  (target {TARGET:.0f} s)"
    signed = "unsigned" if args.unsigned else "signed"
    print(
        f"median ({signed}, {in_year:,} requests in the year): {median:.2f} s wall, "
        f"{statistics.median(cpus):.2f} s cpu{mark}"
    )
    print(f"after: {machine_load()}")
    shutil.rmtree(out)
    if not args.data_dir:
        shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
