"""A small disk for a test: a tmpfs of a given size mounted over a folder, in a child process
with a mount namespace of its own (``unshare``, which an ordinary user may run too), so that
writing past it fails as a full disk does: ENOSPC from the system, "database or disk is full"
from SQLite. Linux, as on the CI machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent

# The child runs the script with the folder mounted; the mount goes with the child.
_SHELL = 'mount -t tmpfs -o size="$1" tmpfs "$2" && shift 2 && exec "$@"'


def run_on_small_disk(folder: Path, size: int, script: str, *args: str) -> dict:
    """Run the Python ``script`` (given ``args`` as ``sys.argv[1:]``) in a child process where
    ``folder`` is an empty disk of ``size`` bytes; the script prints one JSON value last,
    which is returned. What the script leaves in ``folder`` goes with the disk: it reports it."""
    folder.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ)
    paths = [str(TESTS), *filter(None, [environment.get("PYTHONPATH")])]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    command = [
        "unshare", "--user", "--map-root-user", "--mount",
        "sh", "-c", _SHELL, "sh", str(size), str(folder),
        sys.executable, "-c", textwrap.dedent(script), *args,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
