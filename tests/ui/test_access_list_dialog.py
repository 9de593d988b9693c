"""The access list from the Registers page: an entry added with its registers, dates and signed
copy; a bad date or an end before the start shown at its field with nothing typed lost; the
warning for who lacks an undertaking or a briefing; the undertaking form printed for the chosen
person (or blank) and the signed copy saved again; an entry removed."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.ui.access_dialog import AccessHolderDialog
from tietosuoja_desktop.ui.access_list_dialog import AccessListDialog


@pytest.fixture
def dialog(registers_page):
    registers_page.access_button.click()
    assert (
        isinstance(registers_page.access_dialog, AccessListDialog)
        and registers_page.access_dialog.isVisible()
    )
    return registers_page.access_dialog


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def _fill(editor: AccessHolderDialog, **dates) -> None:
    editor.name.setText("Maija Mallikas")
    editor.role.setCurrentIndex(editor.role.findData(AccessRole.HELPER.value))
    editor.registers.item(0).setCheckState(editor.registers.item(0).checkState().Checked)
    editor.reach.setText("Yrityksen sähköposti")
    for name, text in dates.items():
        editor.dates[name].setText(text)


def test_an_entry_is_added_with_its_signed_copy_and_the_warning_follows(dialog, tmp_path):
    scan = tmp_path / "allekirjoitettu.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    dialog.add_button.click()
    editor = dialog.editor
    assert editor.isVisible() and editor.dates["active_from"].text() == "22.11.2026"
    _fill(editor, undertaking_on="2.3.2026")
    editor.set_file(scan)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not editor.isVisible()
    (saved,) = dialog.services.access.list()
    assert saved.register_ids == (dialog.services.registers.list()[0].id,)
    assert saved.undertaking_file == "allekirjoitettu.pdf" and saved.briefed_on is None
    assert dialog.model.rowCount() == 1
    assert dialog.missing.isVisibleTo(dialog) and "Maija Mallikas" in dialog.missing.text()
    dialog.table.selectRow(0)
    dialog.edit_button.click()
    dialog.editor.dates["briefed_on"].setText("3.3.2026")
    dialog.editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.missing.isVisibleTo(dialog)


def test_bad_dates_show_at_their_fields_and_nothing_is_lost(dialog):
    dialog.add_button.click()
    editor = dialog.editor
    _fill(editor, undertaking_on="31.2.2026", active_from="1.3.2026", active_to="1.2.2026")
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert editor.isVisible() and editor.messages.labels["undertaking_on"].isVisibleTo(editor)
    assert dialog.services.access.list() == []
    editor.dates["undertaking_on"].setText("2.3.2026")
    save.click()  # the end before the start is the service's to refuse
    assert editor.isVisible() and editor.messages.labels["active_to"].isVisibleTo(editor)
    assert editor.name.text() == "Maija Mallikas" and dialog.services.access.list() == []


def test_an_unreadable_file_is_told_and_nothing_is_saved(dialog, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    dialog.add_button.click()
    _fill(dialog.editor)
    dialog.editor.set_file(tmp_path / "ei-ole.pdf")
    dialog.editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.editor.isVisible() and "ei-ole.pdf" in told[0]
    assert dialog.services.access.list() == []


def test_the_form_is_printed_and_the_signed_copy_saved_again(dialog, tmp_path, monkeypatch):
    dialog.services.access.add(_holder(), ("allekirjoitettu.pdf", b"%PDF-1.4 signed"))
    dialog.refresh()
    blank = tmp_path / "tyhja.pdf"
    _save_to(monkeypatch, blank)
    dialog.print_form()  # nobody chosen: a blank form
    shown = subprocess.run(["pdftotext", str(blank), "-"], capture_output=True, text=True).stdout
    assert "Kahvila Esimerkki Tmi" in shown and "Maija Mallikas" not in shown
    dialog.table.selectRow(0)
    assert dialog.copy_button.isEnabled()
    filled = tmp_path / "maija.pdf"
    _save_to(monkeypatch, filled)
    dialog.print_form()
    shown = subprocess.run(["pdftotext", str(filled), "-"], capture_output=True, text=True).stdout
    assert "Maija Mallikas" in shown
    copy = tmp_path / "kopio.pdf"
    _save_to(monkeypatch, copy)
    dialog.save_copy()
    assert copy.read_bytes() == b"%PDF-1.4 signed"


def test_an_entry_is_removed_after_asking(dialog, monkeypatch):
    dialog.services.access.add(_holder())
    dialog.refresh()
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert dialog.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert dialog.model.rowCount() == 0 and dialog.services.access.list() == []


def _holder() -> AccessHolder:
    return AccessHolder(name="Maija Mallikas", role=AccessRole.HELPER)
