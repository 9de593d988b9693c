"""Killing the real ``tietosuoja`` command (SIGKILL, a separate process) in the middle of its
work, then starting again and reading every byte under the data folder for the people erased
before: what tests/cli/test_restore_kills.py does five times and benchmarks/torture_restore.py
as often as asked."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from helpers.sample import person
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.paths import backup_dir
from tietosuoja_desktop.services import open_services

# The people erased after the backup was taken. Their names, e-mails and henkilötunnus must
# be found nowhere under the data folder but in that backup.
ERASED = (
    ("Ronja", "Vähäkangas", "ronja.vahakangas@example.fi", "150385-401Y"),
    ("Eemil", "Ylikoski-Särkkä", "eemil.ylikoski@example.fi", "020799-523B"),
    ("Sofia", "Östmansson", "sofia.ostmansson@example.fi", "311201A6574"),
)
ADDED_LATER = "Jälkeenpäinen"  # added after the backup: in the old state, not the restored


def needles() -> list[bytes]:
    """Every erased identifier as UTF-8, in the cases the register may keep it."""
    found = set()
    for _first, last, email, personal_id in ERASED:
        for text in (last, email, personal_id):
            found |= {text, text.casefold(), text.upper()}
    return sorted(value.encode() for value in found)


@dataclass(frozen=True)
class Scene:
    """A register, the backup taken before the erasure, and the two states a restore may
    leave (last names, sorted)."""

    data_dir: Path
    backup: Path
    old_state: tuple[str, ...]
    restored_state: tuple[str, ...]


def build_scene(data_dir: Path, padding: int = 40) -> Scene:
    """A plain register with ``padding`` customers and the erased people; a backup of it; the
    erasure; one customer added after."""
    with open_services(data_dir) as services:
        for index in range(padding):
            services.customers.add(
                person(last_name=f"Täyte{index}", email=f"t{index}@example.fi", phone="")
            )
        ids = [
            services.customers.add(
                person(first_name=f, last_name=last, email=e, personal_id=p, phone="")
            ).id
            for f, last, e, p in ERASED
        ]
        backup = services.backups.create()
        for customer_id in ids:
            services.erasure.erase(customer_id)
        restored = last_names(services)
        services.customers.add(person(last_name=ADDED_LATER, email="later@example.fi"))
        old = last_names(services)
    return Scene(data_dir, backup, old, restored)


def copy_scene(scene: Scene, data_dir: Path) -> Scene:
    shutil.copytree(scene.data_dir, data_dir)
    backup = backup_dir(data_dir) / scene.backup.name
    return Scene(data_dir, backup, scene.old_state, scene.restored_state)


def last_names(services) -> tuple[str, ...]:
    query = CustomerQuery(sort=CustomerSort.ID)
    return tuple(sorted(c.last_name for c in services.customers.page(query, 0, 100_000)))


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tietosuoja_desktop.cli", "--data-dir", str(data_dir), *args]


def child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    environment.pop("TIETOSUOJA_DB_PASSPHRASE", None)
    return environment


@dataclass(frozen=True)
class Kill:
    killed: bool  # False: the command finished before the kill came
    after: float  # seconds from the start of the process to the kill
    left_staging: bool  # a .restore-* folder was there after the kill
    found_before_start: list[str]  # files holding an erased person right after the kill


def kill_while(
    argv: list[str],
    data_dir: Path,
    *,
    delay: float,
    wait_for: str | None = None,
    ready: Callable[[], bool] | None = None,
    allowed: tuple[Path, ...] = (),
    timeout: float = 60.0,
) -> Kill:
    """Run ``argv``; SIGKILL it ``delay`` seconds after its start, after the first file
    matching the glob ``wait_for`` appears in ``data_dir``, or after ``ready()`` says so (a
    phase of the work has begun)."""
    started = time.monotonic()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_environment()
    )
    try:
        if wait_for is not None:
            ready = lambda: any(data_dir.glob(wait_for))  # noqa: E731
        if ready is not None:
            while process.poll() is None and not ready():
                if time.monotonic() - started > timeout:
                    raise TimeoutError(f"the work did not reach its phase ({wait_for})")
                time.sleep(0.001)
        time.sleep(delay)
        killed = process.poll() is None
        if killed:
            os.kill(process.pid, signal.SIGKILL)
        after = time.monotonic() - started
    finally:
        process.wait()
    left = any(p.is_dir() for p in data_dir.glob(".restore-*"))
    return Kill(killed, after, left, files_holding_erased(data_dir, allowed))


def next_start(data_dir: Path) -> tuple[str, ...]:
    """Start as the app and the CLI do (``open_services``: the lock, the leftovers removed,
    the integrity check) and read the register's state."""
    with open_services(data_dir) as services:
        return last_names(services)


def files_holding_erased(data_dir: Path, allowed: tuple[Path, ...] = ()) -> list[str]:
    """Every file under ``data_dir`` (WAL, journal, staging and partial copies included) that
    holds an erased person's identifier, but the ``allowed`` ones."""
    wanted = needles()
    keep = {p.resolve() for p in allowed}
    found = []
    for path in sorted(data_dir.rglob("*")):
        if not path.is_file() or path.resolve() in keep:
            continue
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # removed while we looked (a killed restore's files are not)
        if any(needle in data for needle in wanted):
            found.append(str(path.relative_to(data_dir)))
    return found
