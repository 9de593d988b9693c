"""The search's worst query, found by sweeping match-set sizes from 1 to the whole register.

    .venv/bin/python benchmarks/bench_search_sweep.py DATA_DIR [--repeat 3] [--per-bucket 6]

``DATA_DIR`` holds a register made by ``generate_demo`` (bench_core.py ``--data-dir`` keeps one
in ``DIR/demo-N``). Candidate texts are drawn from the register itself: every letter, two-letter
pieces, beginnings and pieces of last and first names, e-mail pieces and phone prefixes. Each is
counted, put in a bucket by its match count (1, 2-9, 10-99, ... up to the whole register), and
a few per bucket are timed through ``services.customers.search`` (the first page of 50) and
``count``. Beside each bucket: the raw FTS5 floor in the same run, interleaved (``SELECT rowid
FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50`` on the app's SQLite library). The last
lines name the slowest query and the mix's median and p95, with the machine's load."""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._data import Timings, machine_load, percentile, sample_customers
from tietosuoja_desktop.domain.listing import CustomerQuery, search_key
from tietosuoja_desktop.services import SystemClock, open_services
from tietosuoja_desktop.storage.sqlite import sqlite


def candidates(services, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    texts = set("abcdefghijklmnopqrstuvwxyzäöå")
    for customer in sample_customers(services, 80, seed):
        for name in (customer.last_name, customer.first_name):
            if not name:
                continue
            texts.update({name[:2], name[:3], name[:5], name, name[-3:], name[-5:]})
            start = rng.randrange(max(1, len(name) - 1))
            texts.add(name[start : start + 2])
        if customer.email:
            local, _, domain = customer.email.partition("@")
            texts.update({local[:6], domain, domain.split(".")[0]})
        if customer.phone:
            national = "0" + customer.phone[4:]
            texts.update({national[:3], f"{national[:3]} {national[3:6]}"})
    return sorted(t for t in texts if search_key(t))


def bucket(count: int) -> int:
    return 0 if count <= 1 else int(math.log10(count)) + 1


def bucket_label(index: int) -> str:
    if index == 0:
        return "0-1"
    return f"{10 ** (index - 1):,}-{10**index - 1:,}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-bucket", type=int, default=6)
    args = parser.parse_args()
    print(f"machine: {machine_load()}", flush=True)
    raw = sqlite().connect(f"file:{args.data_dir / 'tietosuoja.sqlite'}?mode=ro", uri=True)
    with open_services(args.data_dir, SystemClock()) as services:
        total = services.customers.count()
        texts = candidates(services)
        counted = [(services.customers.count(CustomerQuery(text=t)), t) for t in texts]
        buckets: dict[int, list[tuple[int, str]]] = {}
        for count, text in sorted(counted, reverse=True):
            buckets.setdefault(bucket(count), []).append((count, text))
        rng = random.Random(5)
        everything, floor_all, counts_all, worst = Timings(), Timings(), Timings(), (0.0, "", 0)
        print(f"{total:,} customers, {len(texts)} candidate texts", flush=True)
        print(
            "| matches | texts timed | search median ms (CPU) | search max ms | slowest "
            "| count max ms | FTS5 floor median ms |"
        )
        print("|---|---|---|---|---|---|---|")
        for index in sorted(buckets):
            chosen = buckets[index]
            chosen = chosen[:2] + rng.sample(
                chosen[2:], max(0, min(len(chosen) - 2, args.per_bucket - 2))
            )
            search, count_timing, floor = Timings(), Timings(), Timings()
            slowest = (0.0, "")
            for matches, text in chosen:
                phrase = '"' + search_key(text).replace('"', '""') + '"'
                services.customers.search(text)  # untimed first call
                for _ in range(args.repeat):
                    floor.time(
                        lambda p=phrase: raw.execute(
                            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50",
                            (p,),
                        ).fetchall()
                    )
                    search.time(lambda t=text: services.customers.search(t))
                    count_timing.time(
                        lambda t=text: services.customers.count(CustomerQuery(text=t))
                    )
                    if search.wall[-1] > slowest[0]:
                        slowest = (search.wall[-1], f"{text!r} ({matches:,})")
                    if search.wall[-1] > worst[0]:
                        worst = (search.wall[-1], text, matches)
            everything.extend(search)
            floor_all.extend(floor)
            counts_all.extend(count_timing)
            print(
                f"| {bucket_label(index)} | {len(chosen)} | {search.median:.1f} "
                f"({search.cpu_median:.1f}) | "
                f"{max(search.wall):.1f} | {slowest[1]} | {max(count_timing.wall):.1f} | "
                f"{floor.median:.2f} |",
                flush=True,
            )
        print(
            f"\nall {len(everything.wall)} searches: median {everything.median:.1f} ms, "
            f"p95 {percentile(everything.wall, 95):.1f} ms, max {max(everything.wall):.1f} ms; "
            f"CPU median {everything.cpu_median:.1f} ms, p95 {percentile(everything.cpu, 95):.1f}"
            f" ms, max {max(everything.cpu):.1f} ms; FTS5 floor median {floor_all.median:.2f} ms"
            f" (CPU {floor_all.cpu_median:.2f} ms)"
        )
        print(
            f"counts: median {counts_all.median:.1f} ms, p95 {percentile(counts_all.wall, 95):.1f}"
            f" ms, max {max(counts_all.wall):.1f} ms (CPU max {max(counts_all.cpu):.1f} ms)"
        )
        print(f"worst query: {worst[1]!r} ({worst[2]:,} matches) {worst[0]:.1f} ms")
    print(f"machine after the run: {machine_load()} at {time.strftime('%H:%M:%S')}")


if __name__ == "__main__":
    main()
