"""Shared helpers for the benchmark scripts: demo registers kept between runs, query mixes drawn
from the register itself, timing and the printed table. Not part of the app."""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tietosuoja_desktop.services import NotFound, Services
from tietosuoja_desktop.storage.models import CustomerRow

# Queries a person rarely types but that cost the most: letters few names contain.
RARE_QUERIES = ("q", "zq", "x", "å", "qxz")


@dataclass
class Timings:
    """Wall-clock and CPU milliseconds of repeated calls. The CPU time shows how much of the
    wall time was this process working rather than waiting for a busy machine."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def time(self, call: Callable[[], object]) -> object:
        cpu, wall = time.process_time(), time.perf_counter()
        result = call()
        self.wall.append((time.perf_counter() - wall) * 1000)
        self.cpu.append((time.process_time() - cpu) * 1000)
        return result

    def extend(self, other: Timings) -> None:
        self.wall += other.wall
        self.cpu += other.cpu

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def p95(self) -> float:
        return percentile(self.wall, 95)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def percentile(values: Iterable[float], p: float) -> float:
    """The nearest-rank percentile (p95 of 20 values is the 19th smallest)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def max_customer_id(services: Services) -> int:
    from sqlalchemy import func, select

    with services.db.reading() as session:
        return session.scalar(select(func.max(CustomerRow.id))) or 0


def sample_customers(services: Services, count: int, seed: int) -> list:
    """``count`` customers picked at random (seeded) from those still in the register."""
    rng, top, found = random.Random(seed), max_customer_id(services), []
    while len(found) < count and top:
        try:
            found.append(services.customers.get(rng.randint(1, top)))
        except NotFound:
            continue
    return found


def _fragment(rng: random.Random, text: str, length: int) -> str:
    text = text.strip()
    if len(text) <= length:
        return text
    start = rng.randrange(len(text) - length + 1)
    return text[start : start + length]


def query_mix(services: Services, per_group: int = 20, seed: int = 7) -> dict[str, list[str]]:
    """What people type into the search box, drawn from real customers of the register: first
    letters and beginnings of names, pieces of names (with ä and ö), e-mail addresses and
    phone numbers. Three groups: one letter, two letters, three or more."""
    rng = random.Random(seed)
    people = sample_customers(services, per_group * 3, seed)
    one, two, more = [], [], []
    for index, customer in enumerate(people):
        name = rng.choice([customer.first_name, customer.last_name]) or customer.organisation
        umlaut = [i for i, ch in enumerate(name) if ch.lower() in "äöå"]
        if index % 4 == 3 and umlaut:  # a piece around the ä, ö or å
            start = max(0, umlaut[0] - 1)
            one.append(name[umlaut[0]])
            two.append(name[start : start + 2])
        else:
            one.append(name[:1])
            two.append(name[:2] if index % 2 else _fragment(rng, name, 2))
        kind = index % 5
        if kind == 0 and customer.email:
            more.append(_fragment(rng, customer.email.split("@")[0], rng.randint(4, 8)))
        elif kind == 1 and customer.phone:
            national = "0" + customer.phone[4:]
            more.append(f"{national[:3]} {national[3 : rng.randint(5, 7)]}")
        elif kind == 2:
            more.append(f"{customer.first_name} {customer.last_name[:3]}")
        else:
            more.append(name[: rng.randint(3, max(3, len(name)))])
    return {
        "1 letter": one[:per_group],
        "2 letters": two[:per_group],
        "3+ letters": more[:per_group],
    }


def file_size_mb(data_dir: Path) -> float:
    return sum(p.stat().st_size for p in data_dir.glob("*.sqlite*")) / 1e6


def machine_load() -> str:
    """The load average and, where Linux reports it, how often the CPU was contended."""
    parts = []
    if hasattr(os, "getloadavg"):
        parts.append("load " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    pressure = Path("/proc/pressure/cpu")
    if pressure.exists():
        some = pressure.read_text().split()[1]  # avg10=...
        parts.append(f"cpu pressure {some.split('=')[1]}% (10 s)")
    return f"{os.cpu_count()} cpus, " + ", ".join(parts)


class Rows(list):
    """The table's rows, each also printed as soon as it is measured (a run takes minutes)."""

    def append(self, row: tuple[str, ...]) -> None:
        super().append(row)
        print("  " + " | ".join(cell for cell in row if cell), flush=True)


def print_table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
