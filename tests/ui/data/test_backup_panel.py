"""The backup panel with real widgets: back up now, the list, restoring after confirmation, the
number of automatic backups kept, and the offer made when the register is damaged."""

from __future__ import annotations

import pytest
from helpers.registers import damage_table
from helpers.sample import person
from PySide6.QtWidgets import QMessageBox

from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage.db import Database
from tietosuoja_desktop.storage.integrity import RegisterDamaged
from tietosuoja_desktop.ui.data import BackupPanel, offer_restore
from tietosuoja_desktop.ui.data.backup_model import COL_KIND
from tietosuoja_desktop.ui.preferences import apply_language

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]
WAIT = 30_000


@pytest.fixture
def panel(qtbot, services):
    widget = BackupPanel(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def back_up(qtbot, panel):
    with qtbot.waitSignal(panel.backed_up, timeout=WAIT) as blocker:
        panel.backup_button.click()
    qtbot.waitUntil(lambda: not panel._busy(), timeout=WAIT)
    return blocker.args[0]


def test_back_up_now_and_the_list(qtbot, panel, qtmodeltester):
    assert panel.model.rowCount() == 0 and not panel.restore_button.isEnabled()
    path = back_up(qtbot, panel)
    assert path.exists() and "Backup saved" in panel.status.text()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, COL_KIND).data() == "made by you"
    qtmodeltester.check(panel.model)


def test_keep_last_is_saved(panel, services):
    panel.keep.setValue(4)
    assert services.backups.keep_last == 4


def test_restore_after_confirmation(qtbot, panel, services, monkeypatch):
    aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    path = back_up(qtbot, panel)
    services.erasure.erase(aino.id)
    services.customers.add(person(first_name="Myöhemmin", email="m@example.fi"))
    panel.view.selectRow(0)
    assert panel.restore_button.isEnabled()

    monkeypatch.setattr(panel, "confirm_restore", lambda _path: False)
    panel.restore_button.click()
    assert not panel._busy() and services.customers.count() == 1

    monkeypatch.setattr(panel, "confirm_restore", lambda _path: True)
    with qtbot.waitSignal(panel.restored, timeout=WAIT) as blocker:
        panel.restore(path)
    qtbot.waitUntil(lambda: not panel._busy(), timeout=WAIT)
    assert blocker.args[0].erased_again == 1
    assert services.customers.count() == 0  # Aino stays erased; the later one is gone
    assert "erased again" in panel.status.text()
    assert panel.model.rowCount() == 2  # the register as it was is kept


def test_a_failed_restore_is_told(qtbot, panel, tmp_path, monkeypatch):
    monkeypatch.setattr(panel, "confirm_restore", lambda _path: True)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("ei tietokanta", encoding="utf-8")
    with qtbot.waitSignal(panel.failed, timeout=WAIT):
        panel.restore(bogus)
    assert "damaged" in panel.status.text()


@pytest.mark.parametrize("register_kind", ["encrypted"])
def test_a_backup_with_an_earlier_passphrase_asks_for_it(
    qtbot, panel, services, monkeypatch, key_store
):
    from helpers.registers import TEST_PASSPHRASE

    services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    path = back_up(qtbot, panel)
    services.customers.add(person(first_name="Myöhemmin", email="m@example.fi"))
    services.encryption.change_passphrase("uusi salasana 2026")
    monkeypatch.setattr(panel, "confirm_restore", lambda _path: True)
    asked = []

    def answer(value):
        return lambda backup: asked.append(backup) or value

    monkeypatch.setattr(panel, "ask_backup_passphrase", answer(None))  # cancelled
    panel.restore(path)
    assert asked == [path] and not panel._busy() and services.customers.count() == 2

    monkeypatch.setattr(panel, "ask_backup_passphrase", answer("väärä salasana"))
    with qtbot.waitSignal(panel.failed, timeout=WAIT):
        panel.restore(path)
    assert "does not open the backup" in panel.status.text()
    assert services.customers.count() == 2

    monkeypatch.setattr(panel, "ask_backup_passphrase", answer(TEST_PASSPHRASE))
    with qtbot.waitSignal(panel.restored, timeout=WAIT):
        panel.restore(path)
    qtbot.waitUntil(lambda: not panel._busy(), timeout=WAIT)
    assert services.customers.count() == 1
    assert services.encryption.matches("uusi salasana 2026")


def test_the_backup_passphrase_is_typed_hidden(qtbot, panel):
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    seen = []

    def type_it() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.isVisible()
        )
        seen.append((dialog.textEchoMode(), dialog.labelText()))
        dialog.setTextValue("vanha salasana")
        dialog.accept()

    QTimer.singleShot(0, type_it)
    assert panel.ask_backup_passphrase(Path("vanha.sqlite")) == "vanha salasana"
    assert seen[0][0] is QLineEdit.EchoMode.Password and "vanha.sqlite" in seen[0][1]


def test_offer_restore_when_the_register_is_damaged(qtbot, data_dir, clock, monkeypatch):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
        services.backups.create()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))
    path.with_name(path.name + "-wal").write_bytes(b"")  # as a killed process leaves it
    with pytest.raises(RegisterDamaged) as caught:
        Database.open(data_dir)

    def choose(label):
        def exec_(box):
            button = next(b for b in box.buttons() if b.text() == label)
            button.click()
            return 0

        return exec_

    monkeypatch.setattr(QMessageBox, "exec", choose("Quit"))
    assert offer_restore(None, caught.value, data_dir, clock) is False
    monkeypatch.setattr(QMessageBox, "exec", choose("Restore the backup"))
    assert offer_restore(None, caught.value, data_dir, clock) is True
    with open_services(data_dir, clock) as services:
        assert services.customers.count() == 1


def test_backing_up_a_damaged_register_is_told_and_leaves_nothing(qtbot, panel, services):
    services.customers.add(person(first_name="Aino"))
    made = back_up(qtbot, panel)
    services.db.checkpoint()
    damage_table(services.db.path)
    kept = sorted(p.name for p in made.parent.iterdir())
    with qtbot.waitSignal(panel.failed, timeout=WAIT) as blocker:
        panel.backup_button.click()
    qtbot.waitUntil(lambda: not panel._busy(), timeout=WAIT)
    (text,) = blocker.args
    assert "is damaged" in text and made.name in text
    assert made.name in panel.status.text()
    assert sorted(p.name for p in made.parent.iterdir()) == kept
    assert panel.backup_button.isEnabled()


def test_the_panel_says_what_the_backups_take_and_whether_the_next_one_fits(
    qtbot, panel, services, monkeypatch
):
    from tietosuoja_desktop.storage import backup

    made = back_up(qtbot, panel)
    size = made.stat().st_size
    assert panel.space_label.text().startswith(
        f"The backups take {-(-size // 1024)} KB in all; "
    ) and panel.space_label.text().endswith("is free on that disk.")
    monkeypatch.setattr(backup, "free_bytes", lambda folder: 5 * 1024 * 1024)
    apply_language("fi")
    text = panel.space_label.text()
    assert text.startswith("Varmuuskopiot vievät yhteensä") and "vapaata 5,0 Mt." in text
    assert "Seuraava varmuuskopio (" in text and "ei mahdu" in text
    assert panel.space_label.property("role") == "warning"
    monkeypatch.undo()
    panel.refresh()
    assert "ei mahdu" not in panel.space_label.text()
    assert panel.space_label.property("role") == ""


def test_a_backup_that_does_not_fit_on_the_disk_is_told_in_the_users_language(
    qtbot, panel, services, monkeypatch
):
    from tietosuoja_desktop.storage import backup

    monkeypatch.setattr(backup, "free_bytes", lambda folder: 1024 * 1024)
    apply_language("sv")
    with qtbot.waitSignal(panel.failed, timeout=WAIT) as blocker:
        panel.backup_button.click()
    qtbot.waitUntil(lambda: not panel._busy(), timeout=WAIT)
    (text,) = blocker.args
    assert text.startswith("Det finns inte tillräckligt med ledigt utrymme") and "1 MB" in text
    assert text in panel.status.text()
    assert not services.backups.folder.exists() or not any(services.backups.folder.iterdir())
    assert panel.backup_button.isEnabled()


@pytest.mark.parametrize("register_kind", ["plain"])
def test_the_offer_to_restore_speaks_the_users_language(data_dir, clock, monkeypatch):
    backup = data_dir / "backups" / "backup-20261101-120000.sqlite"
    error = RegisterDamaged(database_path(data_dir), ["database disk image is malformed"], backup)
    seen = []

    def quit_(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        seen.append(tuple(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == "Lopeta").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    apply_language("fi", remember=False)
    try:
        assert offer_restore(None, error, data_dir, clock) is False
    finally:
        apply_language("en", remember=False)
    (title, text, informative), buttons = seen
    assert title == "Rekisteri on vioittunut" and "on vioittunut, eikä sitä voi avata" in text
    assert informative.startswith("Uusin ehjä varmuuskopio on backup-20261101-120000.sqlite.")
    assert set(buttons) == {"Palauta varmuuskopio", "Lopeta"}
