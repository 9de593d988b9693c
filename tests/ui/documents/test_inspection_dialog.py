"""The supervisor's folder from the Documents page: the dialog writes a dated folder or a ZIP
off the GUI thread, shows its progress, lists the open items and puts the cover page in the
archive; a wrong passphrase or a missing folder is said at its field and nothing is written."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from tietosuoja_desktop.ui.documents.inspection_dialog import ZIP

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 30_000


def _open(page):
    page.inspection_button.click()
    dialog = page.dialog
    assert dialog.isVisible()
    return dialog


def test_the_folder_is_made_with_its_open_items_listed(qtbot, page, tmp_path):
    dialog = _open(page)
    dialog.location.setText(str(tmp_path))
    progressed = []
    dialog.job.progressed.connect(lambda done, total: progressed.append((done, total)))
    with qtbot.waitSignal(dialog.job.succeeded, timeout=WAIT):
        dialog.make_button.click()
    assert progressed and progressed[-1][0] == progressed[-1][1]
    made = dialog.made
    folder = tmp_path / "valvontakansio-2026-11-22"
    assert made.path == str(folder) and sorted(p.name for p in folder.iterdir()) == sorted(
        made.files
    )
    shown = dialog.result.toPlainText()
    assert dialog.result.isVisible() and str(folder) in shown
    assert f"Open items ({len(made.open_items)}):" in shown
    assert "Tietosuojapolitiikka: Ei vielä kirjattu: laadi tietosuojapolitiikka." in shown
    assert not dialog.progress.isVisible() and dialog.make_button.isEnabled()
    assert page.model.rowCount() == 1  # the cover page, archived


def test_a_signed_zip_and_a_wrong_passphrase(qtbot, page, identity, passphrase, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _open(page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ZIP))
    dialog.location.setText(str(tmp_path / "kansio"))
    dialog.sign.setChecked(True)
    dialog.passphrase.setText("väärin")
    dialog.make_button.click()
    assert dialog.passphrase_problem.text() == (
        "The passphrase is not right. Check it and try again."
    )
    assert list(tmp_path.iterdir()) == []
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.job.succeeded, timeout=WAIT):
        dialog.make_button.click()
    assert dialog.made.path == str(tmp_path / "kansio.zip") and dialog.made.signed
    with zipfile.ZipFile(dialog.made.path) as bundle:
        assert len(bundle.namelist()) == len(dialog.made.files)
    assert dialog.passphrase.text() == ""  # not kept once used


def test_a_missing_folder_is_said_and_browse_fills_the_place(page, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = _open(page)
    dialog.location.setText(str(tmp_path / "ei-ole"))
    dialog.make_button.click()
    assert dialog.location_problem.text() == "There is no such folder."
    assert not dialog.job.busy and list(tmp_path.iterdir()) == []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    dialog.browse.click()
    assert dialog.location.text() == str(tmp_path)
