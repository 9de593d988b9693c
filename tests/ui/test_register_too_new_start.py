"""The window's start on a register a newer version of the app migrated: one message box in
the user's language, no window, and nothing written (no copy before migrating either)."""

from __future__ import annotations

import sys

import pytest
from helpers.lost_register import snapshot
from helpers.registers import stamp_revision
from PySide6.QtWidgets import QMessageBox

from tietosuoja_desktop.storage import migrate
from tietosuoja_desktop.ui import app
from tietosuoja_desktop.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: texts.append(text))
    return texts


def test_opening_a_newer_register_shows_one_clear_message(data_dir, shown):
    stamp_revision(data_dir, "9999")
    before = snapshot(data_dir)
    assert app.open_register(data_dir) is None
    assert shown == [
        f"The register in {data_dir} was saved by a newer version of Tietosuoja Desktop (schema "
        f"9999; this version knows up to {migrate.HEAD}). Install the newer version to open "
        "it; nothing was changed."
    ]
    assert snapshot(data_dir) == before


def test_the_start_tells_it_in_finnish_and_opens_no_window(data_dir, shown, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    built: list = []
    monkeypatch.setattr(MainWindow, "__init__", lambda *args: built.append(args))
    stamp_revision(data_dir, "9999")
    before = snapshot(data_dir)
    assert app.main(["tietosuoja-desktop", "--data-dir", str(data_dir), "--lang", "fi"]) == 1
    (text,) = shown
    assert "uudempi" in text.lower() and "9999" in text and str(data_dir) in text
    assert "newer version" not in text
    assert built == []
    assert snapshot(data_dir) == before  # the start's log folder aside


def test_an_update_without_room_for_its_copy_shows_one_clear_message(data_dir, shown, monkeypatch):
    """A new version of the app finds an older register, and the disk has no room for the
    copy kept before updating it: said in one message, and the register is left as it was."""
    from helpers.migrations import migrate_to, previous

    from tietosuoja_desktop.storage import backup

    older = previous(migrate.HEAD)
    migrate_to(data_dir, older, up=False)
    monkeypatch.setattr(backup, "free_bytes", lambda folder: 2 * 1024 * 1024)
    before = snapshot(data_dir)
    assert app.open_register(data_dir) is None
    (text,) = shown
    assert text.startswith("There is not enough free space on the disk for a copy of the register")
    assert "2 MB is free" in text
    assert snapshot(data_dir) == before
