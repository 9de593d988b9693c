"""The ``tietosuoja`` command: the same services as the windows, from a terminal.

A stable contract for scripts: global options before the subcommand (``--data-dir``, ``--lang``,
``--json``), exit status 2 with a message naming the field on bad input, nothing written then.

This module is only the entry point: ``--version`` answers before anything else loads (no
parser, no domain module); the command runs in :mod:`.run`."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None, *, clock=None) -> int:
    """Run one command; ``clock`` lets tests fix today's date. Without ``argv`` the command
    is the whole process (the ``tietosuoja`` script, ``python -m``): see :func:`_collector`."""
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:
        # Alone, it needs neither the parser (~90 sub-parsers) nor the domain's modules.
        from .. import __version__

        print(f"tietosuoja {__version__}")
        return 0
    whole_process = argv is None
    if whole_process:
        gc.disable()  # until the command's modules are imported (_collector)
    try:
        from .run import run  # after the --version check: the parser and all the rest

        return run(argv, clock, _collector if whole_process else None)
    finally:
        if whole_process:
            _collector()


def _collector() -> None:
    """The cyclic garbage collector for a process that runs one command and exits (issue 18:
    a read command under 0.5 s). Off while the modules load: its passes over the growing
    heap of SQLAlchemy's and the app's module objects (about 0.03 s) free nothing. Then those
    objects are frozen (kept out of every later pass, which the command's own garbage still
    gets) and it runs again; at exit the same spares Python's last passes over them (about
    0.08 s)."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
