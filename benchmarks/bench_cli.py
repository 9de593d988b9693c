"""How fast the command line starts: ``tietosuoja --version`` and ``--help`` beside the floor,
``python -c pass`` with the same interpreter, interleaved in the same run, each a fresh
process. Target: under 0.15 s each. With ``--data-dir`` (a register of 100,000 customers, e.g.
``demo-100000`` of ``bench_core.py --data-dir``), also read commands: ``customers search`` as a
table and in JSON, and ``requests list --json`` (target under 0.5 s). Wall and CPU time (of the
child processes).

    .venv/bin/python benchmarks/bench_cli.py [--runs 15] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
TARGET_S = 0.15  # --version, --help
READ_TARGET_S = 0.5  # a read command on a register of 100,000 customers
LAUNCH = "import sys; from tietosuoja_desktop.cli import main; sys.exit(main())"
COMMANDS = {
    "floor: python -c pass": [sys.executable, "-c", "pass"],
    "tietosuoja --version": [sys.executable, "-c", LAUNCH, "--version"],
    "tietosuoja --help": [sys.executable, "-c", LAUNCH, "--help"],
}


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    commands = dict(COMMANDS)
    if args.data_dir:
        register = [sys.executable, "-c", LAUNCH, "--data-dir", str(args.data_dir)]
        commands["customers search Virtanen"] = [*register, "customers", "search", "Virtanen"]
        commands["--json customers search Virtanen"] = [
            *register,
            "--json",
            *("customers", "search", "Virtanen"),
        ]
        commands["--json requests list"] = [*register, "--json", "requests", "list"]

    from _data import machine_load, print_table

    print(f"bench_cli; {machine_load()}", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            start, used = time.perf_counter(), _children_cpu()
            subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
            times[name].append(time.perf_counter() - start)
            cpu[name].append(_children_cpu() - used)
    floor = statistics.median(times["floor: python -c pass"])
    rows = []
    for name, values in times.items():
        median = statistics.median(values)
        target = TARGET_S if name.startswith("tietosuoja") else READ_TARGET_S
        verdict = "" if name.startswith("floor") else ("ok" if median < target else "NOT MET")
        ratio = "" if name.startswith("floor") else f"{median / floor:.1f}x"
        cpu_median = f"{statistics.median(cpu[name]):.3f}"
        rows.append((name, f"{median:.3f}", cpu_median, f"{max(values):.3f}", ratio, verdict))
    print(f"\nmedians of {args.runs} runs, seconds")
    header = ("command", "median s", "CPU s", "max s", "ratio", "target met")
    print_table(rows, header)
    print(f"\n{machine_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
