"""Running the ``tietosuoja`` command in-process against a test's data folder."""

from __future__ import annotations

import json
from pathlib import Path

from tietosuoja_desktop.cli import main


def cli_runner(data_dir: Path, clock, capsys):
    """``run(*args, as_json=True)`` -> (exit status, parsed JSON or printed text, stderr)."""

    def runner(*args: str, as_json: bool = True):
        flags = ["--json"] if as_json else []
        status = main(["--data-dir", str(data_dir), *flags, *args], clock=clock)
        captured = capsys.readouterr()
        if as_json:
            out = json.loads(captured.out) if captured.out.strip() else None
            return status, out, captured.err
        return status, captured.out, captured.err

    return runner
