"""Private copies of stored originals (a scanned letter, an e-mail) opened with the system's
viewer. The viewer needs a file, so the bytes go into a folder only this user can read; the
folders are removed when the app quits, and any a crash left behind at the next start."""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from pathlib import Path

from ..domain.file_names import safe_file_name

PREFIX = "tietosuoja-original-"
STALE_SECONDS = 12 * 3600

_made: list[Path] = []


def write_private_copy(filename: str, data: bytes) -> Path:
    """``data`` as ``filename`` in a new folder readable by this user only (mode 0700). Only
    the name's last part counts (either slash), made valid for this system's file names."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    _made.append(folder)
    last_part = re.split(r"[\\/]", filename)[-1]
    path = folder / safe_file_name(last_part, folder=folder, fallback="original")
    path.write_bytes(data)
    return path


def remove_private_copies() -> int:
    """Remove the folders this run made (a viewer that still holds a file open on Windows
    keeps it; the next start removes it). Returns how many folders went."""
    removed = 0
    while _made:
        folder = _made.pop()
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def remove_stale_copies(now: float | None = None, folder: Path | None = None) -> int:
    """Remove copies older than :data:`STALE_SECONDS` left by earlier runs."""
    now = time.time() if now is None else now
    folder = Path(tempfile.gettempdir()) if folder is None else folder
    removed = 0
    for candidate in folder.glob(PREFIX + "*"):
        try:
            old = now - candidate.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if old and candidate.is_dir() and candidate not in _made:
            shutil.rmtree(candidate, ignore_errors=True)
            removed += not candidate.exists()
    return removed
