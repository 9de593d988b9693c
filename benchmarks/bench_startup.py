"""Start-up time: from launching the program to the main window's first paint, on a register of
100,000 customers, beside an empty PySide6 window started the same way in the same run.

    python benchmarks/bench_startup.py [--customers 100000] [--runs 7] [--data-dir DIR]

Each run is a fresh process (``--quit-after-first-paint``), so the times include the Python
interpreter, the imports, opening the register and building the window. Runs alternate between
the app and the empty window so both see the same machine state. The register is generated
once (services/demo.py) and reused from ``benchmarks/results/`` on later runs. Target: median
under 1.0 s."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0

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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to the first paint it reports on stdout (the time
    the process then takes to shut down is not start-up), and the CPU seconds the process had
    used by then (steadier than the wall clock on a busy machine)."""
    started = time.time()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("first-paint-at "):
            words = line.split()
            return float(words[1]) - started, float(words[3])
    raise SystemExit(f"{' '.join(command)} did not report its first paint")


def load_text() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    folder = args.data_dir or ROOT / "benchmarks" / "results" / f"register-{args.customers}"
    ensure_register(folder, args.customers)

    # An installed app starts from compiled bytecode; a checkout may not have it (for
    # example under PYTHONDONTWRITEBYTECODE), so compile the package once, as an installer does.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "tietosuoja_desktop")], check=True
    )
    config = Path(tempfile.mkdtemp(prefix="tietosuoja-bench-"))
    env = dict(os.environ, HOME=str(config), XDG_CONFIG_HOME=str(config / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = [sys.executable, "-m", "tietosuoja_desktop", "--data-dir", str(folder)]
    app += ["--lang", "fi", "--quit-after-first-paint"]
    empty = [sys.executable, "-c", EMPTY_WINDOW]
    timed(app, env)  # warm the file cache and compile the .qm catalogues once
    timed(empty, env)
    walls: dict[str, list[float]] = {"app": [], "empty": []}
    cpus: dict[str, list[float]] = {"app": [], "empty": []}
    for _ in range(args.runs):
        for key, command in (("app", app), ("empty", empty)):
            wall, cpu = timed(command, env)
            walls[key].append(wall)
            cpus[key].append(cpu)

    platform = env.get("QT_QPA_PLATFORM") or "display " + env.get("DISPLAY", "")
    print(f"\nStart to first paint, {args.runs} runs, {args.customers:,} customers ({platform})")
    print(f"load average: {load_text()}")
    print(f"{'':34}{'median':>8}{'min':>8}{'max':>8}{'cpu med':>9}")
    rows = (("Tietosuoja Desktop main window", "app"), ("empty PySide6 window", "empty"))
    for label, key in rows:
        values = walls[key]
        print(
            f"{label:34}{statistics.median(values):8.3f}{min(values):8.3f}{max(values):8.3f}"
            f"{statistics.median(cpus[key]):9.3f}"
        )
    overhead = statistics.median(walls["app"]) - statistics.median(walls["empty"])
    print(f"{'difference of medians':34}{overhead:8.3f}")
    verdict = "OK" if statistics.median(walls["app"]) < TARGET_SECONDS else "OVER TARGET"
    print(f"target < {TARGET_SECONDS:.1f} s median: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
