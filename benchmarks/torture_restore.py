"""Kill ``tietosuoja backup restore`` (SIGKILL, a real process) at random points, N times, and
after each kill start again and read every byte under the data folder for the people erased
after the backup (issue 16, item 2). The suite runs five of these kills
(tests/cli/test_restore_kills.py); this is the full loop.

Half the kills land at a random time from the start of the process (anywhere in its life,
start-up included), half at a random time after the staged copy appears (where the copy still
holds the erased people). After each kill the next start alternates between opening the
services in this process and the CLI's own start (``tietosuoja customers list``). Prints one
line per kill and a summary; exits 1 when an erased person was found outside the backup or the
register was neither the old nor the restored one.

    .venv/bin/python benchmarks/torture_restore.py --kills 30
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

STAGED = ".restore-*/tietosuoja.sqlite"


def cli_start(scene) -> tuple[str, ...]:
    """The CLI's start (lock, leftovers, integrity check), then the state read in process."""
    from helpers import torture

    argv = torture.command(scene.data_dir, "customers", "list", "--limit", "1")
    subprocess.run(argv, check=True, capture_output=True, env=torture.child_environment())
    return torture.next_start(scene.data_dir)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--customers", type=int, default=2000, help="register size")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    from helpers import torture

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="torture-restore-") as folder:
        template = torture.build_scene(Path(folder) / "template", padding=args.customers)
        probe = torture.copy_scene(template, Path(folder) / "probe")
        started = time.monotonic()
        argv = torture.command(probe.data_dir, "backup", "restore", str(probe.backup), "--yes")
        subprocess.run(argv, check=True, capture_output=True, env=torture.child_environment())
        whole = time.monotonic() - started
        print(f"an uninterrupted restore takes {whole:.2f} s ({args.customers} customers)")
        scene = torture.copy_scene(template, Path(folder) / "data")
        totals = dict(killed=0, left=0, held=0, found=0, broken=0, old=0, restored=0)
        previous = scene.old_state
        for number in range(args.kills):
            argv = torture.command(scene.data_dir, "backup", "restore", str(scene.backup), "--yes")
            if number % 2:
                kill = torture.kill_while(
                    argv, scene.data_dir, delay=rng.uniform(0, whole), allowed=(scene.backup,)
                )
            else:
                kill = torture.kill_while(
                    argv,
                    scene.data_dir,
                    delay=rng.uniform(0, whole / 3),
                    wait_for=STAGED,
                    allowed=(scene.backup,),
                )
            state = cli_start(scene) if number % 4 in (2, 3) else torture.next_start(scene.data_dir)
            found = torture.files_holding_erased(scene.data_dir, allowed=(scene.backup,))
            broken = state not in (previous, scene.restored_state)
            previous = state
            totals["killed"] += kill.killed
            totals["left"] += kill.left_staging
            totals["held"] += bool(kill.found_before_start)
            totals["found"] += bool(found)
            totals["broken"] += broken
            totals["restored" if state == scene.restored_state else "old"] += 1
            print(
                f"{number + 1:3d} kill at {kill.after:5.2f} s  killed={kill.killed!s:5} "
                f"staging left={kill.left_staging!s:5} erased in files after kill="
                f"{len(kill.found_before_start)} after next start={found or 0} "
                f"state={'restored' if state == scene.restored_state else 'old'}"
                + ("  BROKEN" if broken else "")
            )
    print(
        f"\n{args.kills} runs: {totals['killed']} killed, {totals['left']} left a staging "
        f"folder, {totals['held']} left files holding erased people; after the next start: "
        f"{totals['found']} with erased people found, {totals['broken']} broken registers "
        f"({totals['old']} old, {totals['restored']} restored)"
    )
    return 1 if totals["found"] or totals["broken"] else 0


if __name__ == "__main__":
    sys.exit(main())
