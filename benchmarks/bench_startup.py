"""Start-up time: from launching the program to the main window's first paint, on a register of
100,000 customers, beside an empty PySide6 window started the same way in the same run (the
floor).

    python benchmarks/bench_startup.py [--customers 100000] [--runs 7] [--data-dir DIR]
                                       [--compare OTHER_CHECKOUT]

Each run is a fresh process (``--quit-after-first-paint``), so the times include the Python
interpreter, the imports, opening the register and building the window. Runs alternate between
the app and the empty window so both see the same machine state; ``--compare`` adds a third
process per round, the app from another checkout (for example the code before a change), on
the same register. Besides the wall time each row gives the CPU time the process had used at
its first paint (its own clock, all threads) and the CPU time of the whole process from the
kernel (rusage, including the shutdown after the paint): on a busy machine the wall time
follows the load, the CPU time much less. The register is generated once (services/demo.py)
and reused from ``benchmarks/results/`` on later runs (or ``--data-dir``). Targets (issue 18):
median under 4x the floor at 100,000 customers, under 5x at 1,000,000."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = {100_000: 4.0, 1_000_000: 5.0}

EMPTY_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"first-paint-at {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(1180, 780)
window.show()
sys.exit(app.exec())
"""


def ensure_register(folder: Path, customers: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tietosuoja_desktop.services import open_services
    from tietosuoja_desktop.services.demo import generate_demo

    services = open_services(folder)
    try:
        have = services.customers.count()
        if have < customers:
            print(f"generating {customers - have:,} demo customers in {folder} …", flush=True)
            started = time.perf_counter()
            generate_demo(services, customers - have)
            print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    finally:
        services.close()


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Seconds from starting the process to the first paint it reports on stdout (the time
    the process then takes to shut down is not start-up), the CPU seconds the process had
    used by then (steadier than the wall clock on a busy machine), and the CPU seconds of the
    whole process as the kernel counted them (rusage)."""
    cpu_before = children_cpu()
    started = time.time()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    whole_cpu = children_cpu() - cpu_before
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("first-paint-at "):
            words = line.split()
            return float(words[1]) - started, float(words[3]), whole_cpu
    raise SystemExit(f"{' '.join(command)} did not report its first paint")


def load_text() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--compare", type=Path, help="another checkout's root, run alongside")
    args = parser.parse_args()
    folder = args.data_dir or ROOT / "benchmarks" / "results" / f"register-{args.customers}"
    ensure_register(folder, args.customers)

    # An installed app starts from compiled bytecode; a checkout may not have it (for
    # example under PYTHONDONTWRITEBYTECODE), so compile the package once, as an installer does.
    roots = [ROOT] + ([args.compare.resolve()] if args.compare else [])
    for root in roots:
        package = str(root / "tietosuoja_desktop")
        subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)
    config = Path(tempfile.mkdtemp(prefix="tietosuoja-bench-"))
    env = dict(os.environ, HOME=str(config), XDG_CONFIG_HOME=str(config / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = [sys.executable, "-m", "tietosuoja_desktop", "--data-dir", str(folder)]
    app += ["--lang", "fi", "--quit-after-first-paint"]
    commands = {"app": (app, ROOT), "empty": ([sys.executable, "-c", EMPTY_WINDOW], ROOT)}
    if args.compare:
        commands["compare"] = (app, args.compare.resolve())
    for command, cwd in commands.values():  # warm the file cache, compile the .qm catalogues
        timed(command, env, cwd)
    load_before = load_text()
    walls: dict[str, list[float]] = {key: [] for key in commands}
    cpus: dict[str, list[float]] = {key: [] for key in commands}
    wholes: dict[str, list[float]] = {key: [] for key in commands}
    for _ in range(args.runs):
        for key, (command, cwd) in commands.items():
            wall, cpu, whole = timed(command, env, cwd)
            walls[key].append(wall)
            cpus[key].append(cpu)
            wholes[key].append(whole)

    platform = env.get("QT_QPA_PLATFORM") or "display " + env.get("DISPLAY", "")
    print(f"\nStart to first paint, {args.runs} runs, {args.customers:,} customers ({platform})")
    print(f"load average before: {load_before}; after: {load_text()}")
    header = f"{'':34}{'median':>8}{'min':>8}{'max':>8}{'cpu@paint':>10}{'cpu all':>9}"
    print(header + f"{'ratio':>7}{'cpu ratio':>10}")
    rows = [("Tietosuoja Desktop main window", "app"), ("empty PySide6 window (floor)", "empty")]
    if args.compare:
        rows.append((f"compare: {args.compare}"[:33], "compare"))
    floor = statistics.median(walls["empty"])
    floor_cpu = statistics.median(cpus["empty"])
    for label, key in rows:
        values = walls[key]
        median = statistics.median(values)
        print(
            f"{label:34}{median:8.3f}{min(values):8.3f}{max(values):8.3f}"
            f"{statistics.median(cpus[key]):10.3f}{statistics.median(wholes[key]):9.3f}"
            f"{median / floor:6.1f}x{statistics.median(cpus[key]) / floor_cpu:9.1f}x"
        )
    target = TARGET_RATIO.get(args.customers, TARGET_RATIO[100_000])
    ratio = statistics.median(walls["app"]) / floor
    verdict = "OK" if ratio < target else "OVER TARGET"
    print(f"target: median < {target:.0f}x the floor: {ratio:.1f}x, {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
