"""Where the register lives. Resolved once at start-up, explicitly: ``--data-dir`` first, then the
``TIETOSUOJA_DATA_DIR`` environment variable, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from . import APP_NAME
from .domain.cloud_folders import SyncedFolder, synced_folder

DATA_DIR_ENV = "TIETOSUOJA_DATA_DIR"
# The register's passphrase where there is no terminal to type it on; the new one for
# change-passphrase comes from its own variable.
PASSPHRASE_ENV = "TIETOSUOJA_DB_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TIETOSUOJA_NEW_DB_PASSPHRASE"
DATABASE_NAME = "tietosuoja.sqlite"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use; nothing is created here."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir  # about 7 ms: only when no folder is given

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def documents_dir() -> Path:
    """The user's documents folder (``~/Documents``, ``Tiedostot``, as the platform names it):
    where the command line saves a document when it is not told where. Not created here."""
    from platformdirs import user_documents_dir  # about 7 ms: only when no folder is given

    return Path(user_documents_dir())


def synced_data_folder(data_dir: Path) -> SyncedFolder | None:
    """The cloud-synchronised folder ``data_dir`` lies in, if any (``domain.cloud_folders``)."""
    return synced_folder(data_dir, os.environ)
