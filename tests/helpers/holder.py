"""A second process that holds a data folder open (its register and the folder lock) until the
test lets it go."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HOLD = """
    import sys
    from pathlib import Path
    sys.path.insert(0, "tests")
    from helpers.registers import key_of
    from tietosuoja_desktop.services import open_services
    folder = Path(sys.argv[1])
    services = open_services(folder, key=key_of(folder))
    print("ready", flush=True)
    sys.stdin.readline()
    services.close()
"""


@contextmanager
def held_by(script: str, data_dir: Path) -> Iterator[subprocess.Popen]:
    """Run the block while another process runs ``script`` (indented Python that takes the
    folder as its argument, prints "ready" once it holds it, and lets go at a line on stdin)."""
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), str(data_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield holder
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0


@contextmanager
def held_elsewhere(data_dir: Path) -> Iterator[subprocess.Popen]:
    """Run the block while another process has the register in ``data_dir`` open."""
    with held_by(HOLD, data_dir) as holder:
        yield holder
