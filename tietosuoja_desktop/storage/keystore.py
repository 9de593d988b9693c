"""The register's key in the operating system's key store (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux) through ``keyring``, so that starting an encrypted
register stays one click.

Whether the register is encrypted and whether the user chose the key store is kept in a small
non-secret file beside the register (``encryption.json``): a register that never used the key
store never touches it (some key stores ask to be unlocked when they are merely asked), and a
register file whose first bytes are garbage is reported as damaged, not as encrypted.

Encrypting the register or removing its encryption swaps the file, then records its new kind
here; the two cannot be one atomic step. So before the swap the conversion under way is
recorded too (``converting_to``), and the next opening of the folder completes a conversion
killed between the two (:func:`settle_conversion`): the file is then already what the
conversion made, and only its record was missing. Without that record, a plain file where an
encrypted one is recorded stays refused (``presence.py``)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from ..paths import database_path
from .encryption import RegisterKey, is_encrypted

log = logging.getLogger(__name__)

SERVICE = "Tietosuoja Desktop"
CHOICE_FILE = "encryption.json"


class KeyStoreUnavailable(RuntimeError):
    """The operating system's key store cannot be used (none, locked, refused)."""


def _choice_path(data_dir: Path) -> Path:
    return Path(data_dir) / CHOICE_FILE


def _account(data_dir: Path) -> str:
    return str(database_path(Path(data_dir)).resolve())


def _choice(data_dir: Path) -> dict:
    try:
        choice = json.loads(_choice_path(data_dir).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return choice if isinstance(choice, dict) else {}


def remembers(data_dir: Path) -> bool:
    """Whether the user chose to keep this register's key in the key store."""
    return bool(_choice(data_dir).get("key_in_key_store"))


def marked_encrypted(data_dir: Path) -> bool:
    """Whether the register in ``data_dir`` was made or converted encrypted."""
    return bool(_choice(data_dir).get("encrypted"))


def _write_choice(
    data_dir: Path, *, encrypted: bool, remember: bool, converting_to: bool | None = None
) -> None:
    """Write the record whole or not at all (a temporary file renamed over it)."""
    path = _choice_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    choice = {"encrypted": encrypted, "key_in_key_store": remember}
    if converting_to is not None:
        choice["converting_to"] = "encrypted" if converting_to else "plain"
    temporary = path.with_name(f".{path.name}.part")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(choice) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def begin_conversion(data_dir: Path, *, encrypted: bool) -> None:
    """Record, before the register file is swapped, that it is being converted to encrypted
    (or plain); :func:`mark` afterwards ends the record."""
    _write_choice(
        data_dir,
        encrypted=marked_encrypted(data_dir),
        remember=remembers(data_dir),
        converting_to=encrypted,
    )


def settle_conversion(data_dir: Path) -> None:
    """Complete the record of a conversion killed after the file was swapped, or forget one
    killed before (the file is then as recorded). Call it holding the folder lock, before the
    register's kind is checked."""
    target = _choice(data_dir).get("converting_to")
    if target is None:
        return
    encrypted = target == "encrypted"
    path = database_path(Path(data_dir))
    swapped = path.exists() and path.stat().st_size > 0 and is_encrypted(path) == encrypted
    if swapped:
        log.warning("completing the record of a conversion that was interrupted")
        mark(data_dir, encrypted=encrypted)
    else:
        log.warning("an interrupted conversion left the register as it was")
        mark(data_dir, encrypted=marked_encrypted(data_dir))


def mark(data_dir: Path, *, encrypted: bool) -> None:
    """Record that the register is (not) encrypted; a plain one keeps nothing in the store."""
    if encrypted:
        _write_choice(data_dir, encrypted=True, remember=remembers(data_dir))
    else:
        forget(data_dir)
        _choice_path(data_dir).unlink(missing_ok=True)


def remembered_key(data_dir: Path) -> RegisterKey | None:
    """The key kept in the key store, when the user chose that and the store answers."""
    if not remembers(data_dir):
        return None
    import keyring  # keyring loads its backends: only when the key store is used
    from keyring.errors import KeyringError

    try:
        text = keyring.get_password(SERVICE, _account(data_dir))
    except KeyringError as error:
        log.warning("the key store did not answer: %s", type(error).__name__)
        return None
    return RegisterKey.from_text(text) if text else None


def remember(data_dir: Path, key: RegisterKey) -> None:
    """Keep ``key`` in the key store and remember that choice. Raises
    :class:`KeyStoreUnavailable`."""
    import keyring  # keyring loads its backends: only when the key store is used
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _account(data_dir), key.to_text())
    except KeyringError as error:
        raise KeyStoreUnavailable(str(error)) from error
    _write_choice(data_dir, encrypted=True, remember=True)


def forget(data_dir: Path) -> None:
    """Remove the key from the key store (if there) and the choice to keep it there."""
    import keyring  # keyring loads its backends: only when the key store is used
    from keyring.errors import KeyringError, PasswordDeleteError

    if remembers(data_dir):
        try:
            keyring.delete_password(SERVICE, _account(data_dir))
        except PasswordDeleteError:
            pass
        except KeyringError as error:
            log.warning("could not remove the key from the key store: %s", type(error).__name__)
        _write_choice(data_dir, encrypted=marked_encrypted(data_dir), remember=False)
