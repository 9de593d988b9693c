"""Erasing everyone past retention in one run (services/retention_run.py): 10,000 people past
their registers' rules in a register of 100,000 customers.

    python benchmarks/bench_retention_run.py [--customers 100000] [--past 10000] [--runs 3]
                                             [--data-dir DIR]

The register is ``generate_demo(services, N, seed=1)`` (services/demo.py), kept in
``DIR/demo-N-past-P`` when ``--data-dir`` is given (then generated once). Then ``--past``
customers without an open request or a restriction, and in no register whose rule is in words
only, get their anchor dates (customer since, last order, last activity) moved to 2012, so
every rule has run out for them; everyone else's anchors are moved to 2 January 2026, so they
are within every rule (the demo has its own people past retention, some 20 % at 100,000). The
register is copied for each run, since a run erases. Each run times the plan
(``retention_run.plan()``) and the run (``retention_run.run(plan)``: one transaction per
person, the WAL checkpointed at the end), wall-clock and the process's CPU time. Target: the
run under 60 s. The machine's load is printed before and after; on a shared machine the CPU
time is the steadier number."""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGET = 60.0
TODAY = date(2026, 11, 22)
LONG_AGO = date(2012, 1, 1)
RECENT = date(2026, 1, 2)


def make_past(services, count: int) -> int:
    """Bring every customer's anchors within the rules, then move ``count`` customers'
    anchors far back; how many were moved."""
    from sqlalchemy import select, update

    from tietosuoja_desktop.domain.enums import RequestStatus
    from tietosuoja_desktop.storage.models import CustomerRegisterRow, CustomerRow, RequestRow

    # A register whose rule is in words only keeps its members: leave them out.
    unruled = [r.id for r in services.registers.list() if r.retention.years is None]
    open_statuses = [status.value for status in RequestStatus if not status.is_closed]
    with services.db.transaction() as session:
        asking = select(RequestRow.customer_id).where(
            RequestRow.customer_id.is_not(None), RequestRow.status.in_(open_statuses)
        )
        ids = list(
            session.scalars(
                select(CustomerRow.id)
                .where(
                    CustomerRow.restricted_on.is_(None),
                    CustomerRow.id.not_in(asking),
                    CustomerRow.id.not_in(
                        select(CustomerRegisterRow.customer_id).where(
                            CustomerRegisterRow.register_id.in_(unruled)
                        )
                    ),
                )
                .order_by(CustomerRow.id)
                .limit(count)
            )
        )
        session.execute(  # the demo's own people past retention are not counted
            update(CustomerRow).values(
                customer_since=RECENT, last_order_on=RECENT, last_activity_on=RECENT
            )
        )
        for start in range(0, len(ids), 500):
            session.execute(
                update(CustomerRow)
                .where(CustomerRow.id.in_(ids[start : start + 500]))
                .values(customer_since=LONG_AGO, last_order_on=LONG_AGO, last_activity_on=LONG_AGO)
            )
    services.db.checkpoint()
    return len(ids)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--past", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    from _data import machine_load

    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.services.demo import generate_demo

    base = args.data_dir or Path(tempfile.mkdtemp(prefix="bench-retention-"))
    folder = base / f"demo-{args.customers}-only-{args.past}-past"
    print(f"before: {machine_load()}", flush=True)
    if not folder.exists():
        folder.mkdir(parents=True)
        with open_services(folder, FixedClock(TODAY)) as services:
            started = time.perf_counter()
            generate_demo(services, args.customers, seed=1)
            moved = make_past(services, args.past)
            took = time.perf_counter() - started
            print(f"generated {args.customers:,} customers, {moved:,} moved past, {took:.1f} s")
    plans, walls, cpus = [], [], []
    for number in range(1, args.runs + 1):
        copy = base / f"run-{number}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(folder, copy)
        with open_services(copy, FixedClock(TODAY)) as services:
            wall, cpu = time.perf_counter(), time.process_time()
            plan = services.retention_run.plan()
            plans.append(time.perf_counter() - wall)
            wall, cpu = time.perf_counter(), time.process_time()
            result = services.retention_run.run(plan)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        shutil.rmtree(copy)
        skipped = ", ".join(f"{k.value} {v}" for k, v in plan.skipped.items() if v)
        print(
            f"run {number}: plan {plans[-1]:.2f} s; erased {result.erased:,} in {walls[-1]:.1f} s "
            f"(cpu {cpus[-1]:.1f} s); orders anonymised {result.orders_anonymised:,}, "
            f"deleted {result.orders_deleted:,}; documents {result.documents_deleted:,}; "
            f"skipped: {skipped or 'none'}",
            flush=True,
        )
    median = statistics.median(walls)
    mark = "" if median < TARGET else f"  (target {TARGET:.0f} s)"
    print(
        f"median: plan {statistics.median(plans):.2f} s, run {median:.1f} s wall, "
        f"{statistics.median(cpus):.1f} s cpu{mark}"
    )
    print(f"after: {machine_load()}")
    if not args.data_dir:
        shutil.rmtree(base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
