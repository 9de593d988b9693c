"""Start-up with a register file that is missing, empty or not what the folder records: a
message before any window, naming the newest backup, with the choice to restore it or quit;
never a new empty register."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers.lost_register import lose, snapshot
from helpers.registers import TEST_PASSPHRASE
from PySide6.QtWidgets import QMessageBox

from tietosuoja_desktop.domain.records import ControllerProfile
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import keystore
from tietosuoja_desktop.ui import app
from tietosuoja_desktop.ui.encryption.unlock_dialog import PassphraseDialog

RESTORE, QUIT, CLOSE = "Restore the backup", "Quit", "Close"


@pytest.fixture
def kept(data_dir: Path, clock) -> Path:
    """A set-up register and one backup of it; returns the backup."""
    with open_services(data_dir, clock) as services:
        services.controller.save(ControllerProfile(name="Testi Tmi", business_id="3354302-8"))
        return services.backups.create()


@pytest.fixture
def start(data_dir: Path, monkeypatch):
    """Run the app's start-up on ``data_dir``, answering the message box with ``answer``.
    Returns (exit status, the boxes shown, the services the window would have got)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    # No passphrase is typed unless a test does: a dialog must not wait offscreen for ever.
    monkeypatch.setattr(PassphraseDialog, "exec", lambda dialog: 0)

    def starter(answer: str):
        boxes, windows = [], []

        def answer_box(box: QMessageBox) -> int:
            boxes.append((box.text(), box.informativeText()))
            (button,) = [b for b in box.buttons() if b.text() == answer]
            button.click()
            return 0

        def window(_app, services, _args, _on_exit) -> int:
            windows.append(services.controller.get().name)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer_box)
        monkeypatch.setattr(app, "run", window)
        argv = ["tietosuoja-desktop", "--data-dir", str(data_dir), "--lang", "en"]
        return app.main(argv), boxes, windows

    return starter


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_lost_register_is_told_and_the_window_never_opens(start, data_dir, kept, how):
    lose(data_dir, how)
    before = snapshot(data_dir)
    status, boxes, windows = start(QUIT)
    assert status == 1 and windows == []
    ((text, informative),) = boxes
    assert str(database_path(data_dir)) in text
    assert "no new, empty register" in text
    assert kept.name in informative
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("register_kind", ["encrypted"])
@pytest.mark.parametrize("how", ["garbage", "plain"])
def test_an_encrypted_register_replaced_by_another_file(start, data_dir, kept, how):
    lose(data_dir, how)
    before = snapshot(data_dir)
    status, boxes, windows = start(QUIT)
    assert status == 1 and windows == []
    assert kept.name in boxes[0][1]
    assert snapshot(data_dir) == before


def test_without_a_backup_the_way_out_is_said(start, data_dir, clock):
    with open_services(data_dir, clock):
        pass
    lose(data_dir, "empty")
    status, boxes, windows = start(CLOSE)
    assert status == 1 and windows == []
    assert "There is no backup" in boxes[0][1]
    assert database_path(data_dir).stat().st_size == 0


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_restoring_the_newest_backup_opens_the_register(start, data_dir, kept, how):
    lose(data_dir, how)
    status, boxes, windows = start(RESTORE)
    assert status == 0 and len(boxes) == 1
    assert windows == ["Testi Tmi"]


@pytest.mark.parametrize("register_kind", ["encrypted"])
def test_restoring_an_encrypted_register_asks_its_passphrase(start, data_dir, kept, monkeypatch):
    keystore.forget(data_dir)
    lose(data_dir, "missing")
    asked = []

    def type_passphrase(dialog: PassphraseDialog) -> int:
        asked.append(dialog.remember.isVisibleTo(dialog))
        dialog.passphrase.setText(TEST_PASSPHRASE)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", type_passphrase)
    status, _, windows = start(RESTORE)
    assert status == 0 and windows == ["Testi Tmi"]
    assert asked == [False, True]  # the backup's passphrase, then the register's at opening
    assert database_path(data_dir).read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_fresh_folder_still_opens_a_new_register(start, tmp_path, monkeypatch):
    fresh = tmp_path / "fresh"
    argv = ["tietosuoja-desktop", "--data-dir", str(fresh), "--lang", "en"]
    seen = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(
        app, "run", lambda _app, services, _args, _on_exit: seen.append(services) or 0
    )
    assert app.main(argv) == 0
    assert len(seen) == 1 and database_path(fresh).stat().st_size > 0
