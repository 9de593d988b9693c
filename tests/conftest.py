"""Shared fixtures: a real register file in tmp_path, a clock the tests control, Qt offscreen
with its settings kept out of the user's real ones."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import keyring
import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from helpers.keyring_backend import MemoryKeyring
from helpers.properties import QUICK
from helpers.registers import fixed_test_key, make_encrypted_register

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import FixedClock, Services, open_services
from tietosuoja_desktop.storage import keystore
from tietosuoja_desktop.ui.compat import protect_none

# PySide6 6.12 on Python 3.11 drops a reference to None on every void call (see ui/compat.py);
# a long test session would otherwise abort the interpreter.
protect_none()

TODAY = date(2026, 11, 22)

# On CI (CI=true) every property test draws the same examples, so a run fails only on a change,
# never on a new draw; locally they draw anew each time and may find something new.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
# The quick loop (make test-fast) draws a fifth of the examples (helpers/properties.py).
if QUICK:
    current = settings.get_profile(settings.get_current_profile_name())
    settings.register_profile("quick", current, max_examples=20)
    settings.load_profile("quick")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def key_store() -> MemoryKeyring:
    """The in-process key store every test gets (set by ``isolated_environment``)."""
    return keyring.get_keyring()


@pytest.fixture(params=["plain", pytest.param("encrypted", marks=pytest.mark.encrypted)])
def register_kind(request) -> str:
    """Every test that uses a register runs twice: plain, and encrypted with SQLCipher (the
    second marked ``encrypted``, so a quick loop can leave it out with ``-m "not encrypted"``)."""
    return request.param


@pytest.fixture(scope="session")
def blank_registers(tmp_path_factory) -> dict[str, Path]:
    """An empty register file of each kind, made once by the app itself (every migration run
    by ``open_services``) and copied for each test: migrating a new file costs about 0.1 s,
    and some two thousand tests start from one."""
    made = {}
    outer = keyring.get_keyring()
    try:
        for kind in ("plain", "encrypted"):
            keyring.set_keyring(MemoryKeyring())
            folder = tmp_path_factory.mktemp(f"blank-{kind}")
            if kind == "encrypted":
                make_encrypted_register(folder)
            open_services(folder, FixedClock(TODAY)).close()
            made[kind] = database_path(folder)
    finally:
        keyring.set_keyring(outer)
    return made


def _copy_blank(blank: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(blank, database_path(folder))
    return folder


@pytest.fixture
def plain_data_dir(tmp_path: Path, blank_registers) -> Path:
    """A data folder holding an empty plain register at the newest schema, for the tests
    that do not depend on the file's kind (no encrypted twin): migrating a new one instead
    costs each such test about 0.2 s."""
    return _copy_blank(blank_registers["plain"], tmp_path / "data")


@pytest.fixture
def data_dir(request, tmp_path: Path, register_kind: str) -> Path:
    """A data folder holding an empty register of the test's kind, migrated to the newest
    schema (an encrypted one's key kept in the test's key store, as the app keeps it on a
    user's computer). Marked ``unmigrated``, a test gets the folder as before the app's first
    start instead: no file when plain, an empty encrypted file when encrypted."""
    folder = tmp_path / "data"
    if request.node.get_closest_marker("unmigrated"):
        if register_kind == "encrypted":
            make_encrypted_register(folder)
        return folder
    _copy_blank(request.getfixturevalue("blank_registers")[register_kind], folder)
    if register_kind == "encrypted":
        keystore.remember(folder, fixed_test_key())
    return folder


@pytest.fixture
def services(data_dir: Path, clock: FixedClock):
    opened: Services = open_services(data_dir, clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session", autouse=True)
def _qt_application(request):
    """A real QApplication before anything else when the session runs window tests: the
    in-process CLI would otherwise create a bare QCoreApplication, and widgets cannot live in
    one. A session of the layers below (``make test-fast``) needs no window system at all."""
    if any(_needs_widgets(item) for item in request.session.items):
        return request.getfixturevalue("qapp")
    return None


def _needs_widgets(item: pytest.Item) -> bool:
    return "tests/ui/" in item.path.as_posix() or "qapp" in getattr(item, "fixturenames", ())


@pytest.fixture(autouse=True)
def typing_let_go_when_a_test_closes_a_form(monkeypatch: pytest.MonkeyPatch):
    """A form with unsaved typing asks before it closes, in a modal box that nobody would
    answer offscreen: closed by a test (or by pytest-qt after it), the typing is let go.
    Tests of the question itself answer it with their own monkeypatch."""
    from tietosuoja_desktop.ui.customers import confirm

    monkeypatch.setattr(confirm, "discard_changes", lambda parent: True)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, tmp_path_factory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the user's real data folder or Qt settings, and what the app
    puts in the temporary folder (the private copies of opened originals, removed when the app
    quits, which a test does not) goes into a folder of the test's own, beside ``tmp_path``."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("temporary")))
    monkeypatch.setenv("TIETOSUOJA_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TIETOSUOJA_SIGN_PASSPHRASE", raising=False)
    monkeypatch.delenv("TIETOSUOJA_DB_PASSPHRASE", raising=False)
    keyring.set_keyring(MemoryKeyring())  # never the key store of whoever runs the tests
    yield
