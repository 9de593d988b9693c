"""Whether a folder lies inside one that a cloud service synchronises (OneDrive, Dropbox,
iCloud Drive, Google Drive).

A register there can be corrupted: the service copies ``tietosuoja.sqlite`` and its write-ahead
log separately and at any moment, so another computer (or a restored version) gets a database
that never existed, and two computers writing at once get a "conflicted copy". Working on two
computers is done with a backup carried over and restored instead.

Decided from the path and the environment alone, without touching the disk, so that it can be
tested with any simulated layout: Windows sets ``OneDrive``, ``OneDriveConsumer`` and
``OneDriveCommercial`` to the synchronised folders (Documents and Desktop redirected to OneDrive
lie inside them), and every service names its folders recognisably (``OneDrive - Yritys Oy``,
``Dropbox (Tiimi)``, ``~/Library/CloudStorage/GoogleDrive-…/My Drive``, ``G:\\My Drive``,
``~/Library/Mobile Documents/com~apple~CloudDocs``, ``C:\\Users\\…\\iCloudDrive``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from .i18n import QT_TRANSLATE_NOOP, Message

ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")

# One folder name each (matched without regard to case, as Windows and macOS compare names).
_FOLDER_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("OneDrive", re.compile(r"onedrive( - .+)?")),
    ("Dropbox", re.compile(r"dropbox( \(.+\))?")),
    ("Google Drive", re.compile(r"google ?drive|my drive|oma drive")),
    ("iCloud Drive", re.compile(r"mobile documents|com~apple~clouddocs|icloud ?drive")),
)
# macOS keeps every File Provider service's folder in ~/Library/CloudStorage/<Service>-<account>.
_CLOUD_STORAGE = ("library", "cloudstorage")
_PROVIDERS = (("onedrive", "OneDrive"), ("dropbox", "Dropbox"), ("googledrive", "Google Drive"))


@dataclass(frozen=True)
class SyncedFolder:
    """The service (``OneDrive``...) and the synchronised folder the path lies in."""

    service: str
    root: str


def _pure(path: str | PurePath) -> PurePath:
    text = str(path)
    if "\\" in text or re.match(r"^[A-Za-z]:", text):
        return PureWindowsPath(text)
    return PurePosixPath(text)


def _parts(path: PurePath) -> list[str]:
    return [part.casefold().rstrip("\\/") for part in path.parts]


def synced_folder(
    path: str | PurePath, environment: Mapping[str, str] | None = None
) -> SyncedFolder | None:
    """The synchronised folder ``path`` is in (or is), or None. ``environment`` is
    ``os.environ`` at start-up; only the OneDrive variables are read from it."""
    target = _pure(path)
    parts = _parts(target)
    for variable in ONEDRIVE_VARIABLES:
        value = (environment or {}).get(variable, "").strip()
        if value:
            root = _parts(_pure(value))
            if root and parts[: len(root)] == root:
                return SyncedFolder("OneDrive", value)
    for index, part in enumerate(parts):
        if tuple(parts[index - 1 : index + 1]) == _CLOUD_STORAGE and index + 1 < len(parts):
            name = parts[index + 1]
            shown = target.parts[index + 1]
            service = next((s for prefix, s in _PROVIDERS if name.startswith(prefix)), shown)
            return SyncedFolder(service, str(type(target)(*target.parts[: index + 2])))
        for service, pattern in _FOLDER_NAMES:
            if pattern.fullmatch(part):
                return SyncedFolder(service, str(type(target)(*target.parts[: index + 1])))
    return None


def warning(data_dir: str | PurePath, found: SyncedFolder) -> Message:
    """What the user is told at start (the window's dialog, the command line's stderr)."""
    return Message(
        "CloudFolder",
        QT_TRANSLATE_NOOP(
            "CloudFolder",
            "The register's folder %1 is inside a folder that %2 synchronises (%3). A sync "
            "service can copy the register while it is being written and so corrupt it, or "
            "make conflicting copies when two computers use it. Keep the register in a "
            "folder that is not synchronised; to use it on another computer, make a backup "
            "and restore it there.",
        ),
        (str(data_dir), found.service, found.root),
    )
