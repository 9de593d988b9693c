"""The processors section: opened from the Registers page and the Edit menu, a processor added
with its registers ticked, changed and relinked, its contract copy attached, opened from a
private copy and replaced, and removed after a confirmation naming the registers it served;
a review due is marked; a date that is not one is shown at its field with nothing lost."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from tietosuoja_desktop.domain.processors import Processor, TransferMechanism
from tietosuoja_desktop.ui.customers import confirm
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.processor_dialog import ProcessorDialog
from tietosuoja_desktop.ui.processors_dialog import ProcessorsDialog
from tietosuoja_desktop.ui.processors_table_model import COL_CONTRACT, COL_REVIEW
from tietosuoja_desktop.ui.registers_page import RegistersPage

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def registers(set_up):
    set_up.registers.add(replace(REGISTER, name="Uutiskirje"))
    return {r.name: r.id for r in set_up.registers.list()}


@pytest.fixture
def page(qtbot, set_up, registers):
    page = RegistersPage(set_up)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def dialog(qtbot, page):
    opened = page.open_processors()
    qtbot.waitExposed(opened)
    return opened


def fill(editor: ProcessorDialog, **texts: str) -> None:
    for name, text in texts.items():
        editor.fields[name].setText(text)


def test_a_processor_is_added_with_its_registers_and_shown(qtbot, dialog, set_up, registers):
    editor = dialog.add()
    assert editor.windowTitle() == "New processor"
    fill(
        editor,
        name="Mailer Inc.",
        service="Uutiskirjeet",
        data="Sähköpostiosoite",
        country="Yhdysvallat",
        contract_on="15.1.2024",
        review_on="1.12.2026",
    )
    editor.mechanism.setCurrentIndex(editor.mechanism.findData(TransferMechanism.DPF.value))
    editor.register_boxes[registers["Uutiskirje"]].setChecked(True)
    with qtbot.waitSignal(dialog.changed):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (saved,) = set_up.processors.list()
    assert saved.name == "Mailer Inc." and saved.mechanism is TransferMechanism.DPF
    assert saved.contract_on == date(2024, 1, 15) and saved.review_on == date(2026, 12, 1)
    assert saved.register_ids == (registers["Uutiskirje"],)
    assert dialog.model.rowCount() == 1 and dialog.current() == saved
    assert dialog.model.index(0, COL_CONTRACT).data() == "15.1.2024"
    # today is 22.11.2026: the review on 1.12.2026 is within 30 days, and says so
    review = dialog.model.index(0, COL_REVIEW)
    assert review.data(Qt.ItemDataRole.ToolTipRole) == "The review is due within 30 days"
    assert review.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_editing_changes_the_details_and_the_registers(qtbot, dialog, set_up, registers):
    first, second = registers["Asiakasrekisteri"], registers["Uutiskirje"]
    set_up.processors.add(Processor(name="Tilitoimisto Oy", register_ids=(first,)))
    dialog.refresh()
    editor = dialog.edit()
    assert (
        editor.register_boxes[first].isChecked() and not editor.register_boxes[second].isChecked()
    )
    fill(editor, service="Kirjanpito")
    editor.register_boxes[first].setChecked(False)
    editor.register_boxes[second].setChecked(True)
    with qtbot.waitSignal(dialog.changed):
        editor.save()
    (saved,) = set_up.processors.list()
    assert saved.service == "Kirjanpito" and saved.register_ids == (second,)
    assert dialog.model.index(0, 1).data() == "Kirjanpito"


def test_a_wrong_date_shows_at_its_field_and_keeps_the_typing(qtbot, dialog, set_up):
    editor = dialog.add()
    fill(editor, name="Verkkokauppa Oy", contract_on="31.2.2025", review_on="1.1.2020")
    editor.save()
    assert editor.isVisible() and set_up.processors.list() == []
    assert "31.1.2026" in editor.messages.labels["contract_on"].text()
    assert editor.fields["contract_on"].text() == "31.2.2025"
    fill(editor, contract_on="1.3.2025")
    editor.save()  # the review before the contract: the service's rule, at its field
    assert editor.isVisible() and editor.messages.labels["review_on"].isVisibleTo(editor)
    assert editor.fields["name"].text() == "Verkkokauppa Oy"


def test_the_contract_copy_is_attached_opened_and_replaced(
    qtbot, dialog, set_up, tmp_path, monkeypatch
):
    set_up.processors.add(Processor(name="Verkkokauppa Oy"))
    dialog.refresh()
    assert not dialog.open_button.isEnabled()
    assert dialog.contract.text() == "Contract copy: none attached."
    signed = tmp_path / "sopimus.pdf"
    signed.write_bytes(b"%PDF-1.4\n% allekirjoitettu\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(signed), ""))
    with qtbot.waitSignal(dialog.changed):
        dialog.attach_button.click()
    assert dialog.contract.text() == "Contract copy: sopimus.pdf, attached 22.11.2026"
    assert dialog.open_button.isEnabled()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    path = dialog.open_contract()
    assert path.read_bytes() == signed.read_bytes() and path.parent != signed.parent
    assert [url.toLocalFile() for url in opened] == [str(path)]
    scan = tmp_path / "skannaus.png"
    scan.write_bytes(bytes(range(256)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(scan), ""))
    assert dialog.attach_contract()
    copy = set_up.processors.contract(dialog.current().id)
    assert copy.filename == "skannaus.png"
    assert copy.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    assert not dialog.attach_contract()  # cancelled: the copy stays
    assert set_up.processors.contract(dialog.current().id) == copy


def test_removal_asks_naming_the_registers_and_can_be_cancelled(
    qtbot, dialog, set_up, registers, monkeypatch
):
    served = tuple(registers.values())
    set_up.processors.add(Processor(name="Mailer Inc.", register_ids=served))
    dialog.refresh()
    asked = []
    monkeypatch.setattr(confirm, "ask", lambda *args: asked.append(args[2]) or False)
    dialog.remove_button.click()
    assert len(set_up.processors.list()) == 1
    assert "Asiakasrekisteri" in asked[0] and "Uutiskirje" in asked[0]
    assert "Mailer Inc." in asked[0]
    monkeypatch.setattr(confirm, "ask", lambda *args: True)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_button.click()
    assert set_up.processors.list() == [] and dialog.model.rowCount() == 0
    assert not dialog.remove_button.isEnabled() and not dialog.edit_button.isEnabled()


def test_the_edit_menu_opens_it_on_the_registers_page(qtbot, set_up):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    window.menus.processors_action.trigger()
    page = window.current_page()
    assert isinstance(page, RegistersPage)
    assert isinstance(page.processors_dialog, ProcessorsDialog)
    assert page.processors_dialog.isVisible()
