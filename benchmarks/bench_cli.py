"""How fast the command line starts: ``tietosuoja --version`` and ``--help`` beside the floor,
``python -c pass`` with the same interpreter, interleaved in the same run, each a fresh
process. Target: under 0.15 s each.

    .venv/bin/python benchmarks/bench_cli.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
TARGET_S = 0.15
LAUNCH = "import sys; from tietosuoja_desktop.cli import main; sys.exit(main())"
COMMANDS = {
    "floor: python -c pass": [sys.executable, "-c", "pass"],
    "tietosuoja --version": [sys.executable, "-c", LAUNCH, "--version"],
    "tietosuoja --help": [sys.executable, "-c", LAUNCH, "--help"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from _data import machine_load, print_table

    print(f"bench_cli; {machine_load()}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
            times[name].append(time.perf_counter() - start)
    floor = statistics.median(times["floor: python -c pass"])
    rows = []
    for name, values in times.items():
        median = statistics.median(values)
        verdict = "" if name.startswith("floor") else ("ok" if median < TARGET_S else "NOT MET")
        ratio = "" if name.startswith("floor") else f"{median / floor:.1f}x"
        rows.append((name, f"{median:.3f}", f"{max(values):.3f}", ratio, verdict))
    print(f"\nmedians of {args.runs} runs, seconds")
    print_table(rows, ("command", "median s", "max s", "ratio", f"< {TARGET_S} s"))
    print(f"\n{machine_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
