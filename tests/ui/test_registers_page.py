"""The Registers page: listing, editing every section, live warnings and errors at the field."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.sample import REGISTER, person
from PySide6.QtCore import Qt
from ui_support import tab_sequence

from tietosuoja_desktop.domain.enums import Answer, LegalBasis
from tietosuoja_desktop.domain.records import Purpose
from tietosuoja_desktop.ui.purposes_table_model import COL_BASIS, COL_INTEREST, PurposesTableModel
from tietosuoja_desktop.ui.registers_page import RegistersPage
from tietosuoja_desktop.ui.registers_table_model import COL_MEMBERS, RegistersTableModel

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def page(qtbot, set_up):
    (register,) = set_up.registers.list()
    set_up.customers.add(person(register_ids=(register.id,)))
    page = RegistersPage(set_up)
    qtbot.addWidget(page)
    page.show()
    return page


def test_models_pass_the_model_tester(qtmodeltester, set_up):
    registers = RegistersTableModel()
    registers.set_registers(set_up.registers.list(), {1: 3})
    qtmodeltester.check(registers)
    purposes = PurposesTableModel()
    purposes.set_purposes(REGISTER.purposes)
    qtmodeltester.check(purposes)
    purposes.add_purpose()
    purposes.set_problems({(0, 0): "wrong"})
    qtmodeltester.check(purposes)


def test_lists_registers_with_member_counts(page):
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_MEMBERS).data() == "1"
    assert page.editor.name.text() == "Asiakasrekisteri"
    assert page.editor.purposes.rowCount() == 2


def test_sections_name_their_gdpr_requirement(page):
    requirements = {key: box.requirement.text() for key, box in page.editor.boxes.items()}
    assert "Art 13(1)(c)" in requirements["purposes"]
    assert "Art 14(1)(d)" in requirements["data_categories"]
    assert "Art 13(2)(a)" in requirements["retention"]
    assert "Art 13(1)(f)" in requirements["transfers"]


def test_empty_required_section_warns_as_you_type(page):
    box = page.editor.boxes["sources"]
    assert not box.warning.isVisibleTo(page)
    page.editor.texts["sources"].setPlainText("")
    assert box.warning.isVisibleTo(page)
    assert "where the data comes from" in box.warning.text()
    page.editor.texts["sources"].setPlainText("Asiakkailta")
    assert not box.warning.isVisibleTo(page)


def test_error_is_shown_at_the_field_and_nothing_is_lost(page, set_up):
    editor = page.editor
    editor.name.setText("")
    editor.texts["recipients"].setPlainText("Kirjanpitäjä")
    assert page.save_button.isEnabled()
    assert page.save() is False
    assert editor.boxes["name"].error.isVisibleTo(page)
    assert editor.texts["recipients"].toPlainText() == "Kirjanpitäjä"
    assert set_up.registers.list()[0].name == "Asiakasrekisteri"

    editor.name.setText("Asiakkaat")
    assert not editor.boxes["name"].error.isVisibleTo(page)  # cleared as soon as it is right
    assert page.save() is True
    saved = set_up.registers.list()[0]
    assert (saved.name, saved.recipients) == ("Asiakkaat", "Kirjanpitäjä")
    assert not page.save_button.isEnabled()


def test_purpose_with_legitimate_interest_needs_the_interest(page, set_up):
    editor = page.editor
    editor._add_purpose()
    model = editor.purposes
    row = model.rowCount() - 1
    model.setData(model.index(row, 0), "Asiakastyytyväisyyskysely")
    model.setData(model.index(row, COL_BASIS), LegalBasis.LEGITIMATE_INTERESTS.value)
    assert page.save() is False
    assert model.index(row, COL_INTEREST).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "purpose 3" in editor.boxes["purposes"].error.text().lower()
    model.setData(model.index(row, COL_INTEREST), "Palvelun kehittäminen")
    assert page.save() is True
    purposes = set_up.registers.list()[0].purposes
    assert purposes[-1] == Purpose(
        "Asiakastyytyväisyyskysely", LegalBasis.LEGITIMATE_INTERESTS, "Palvelun kehittäminen"
    )


@pytest.mark.parametrize("answer", [Answer.YES, Answer.WHEN_NECESSARY])
def test_transfers_need_safeguards(page, answer):
    editor = page.editor
    assert not editor.safeguards.isEnabled()
    transfers = editor.answers["transfers"]
    transfers.setCurrentIndex(transfers.findData(answer.value))
    assert editor.safeguards.isEnabled()
    assert page.save() is False
    assert editor.boxes["transfers"].error.isVisibleTo(page)


def test_every_question_starts_unanswered_and_is_saved_as_answered(page, set_up):
    editor = page.editor
    for field in ("transfers", "provision_required", "automated", "profiling"):
        assert editor.answers[field].currentData() == Answer.UNANSWERED.value
    box = {"transfers": "transfers", "automated": "automated_decisions"}
    for field, key in box.items():
        assert "Not yet answered" in editor.boxes[key].warning.text(), field
    for field in ("transfers", "automated", "profiling"):
        combo = editor.answers[field]
        combo.setCurrentIndex(combo.findData(Answer.NO.value))
    assert not editor.boxes["transfers"].warning.isVisibleTo(page)
    assert "Not yet answered" not in editor.boxes["automated_decisions"].warning.text()
    editor.texts["security_organisational"].setPlainText("Vaitiolositoumus")
    assert page.save() is True
    saved = set_up.registers.list()[0]
    assert (saved.transfers, saved.automated, saved.profiling) == (Answer.NO,) * 3
    assert saved.provision_required is Answer.UNANSWERED
    assert saved.security_organisational == "Vaitiolositoumus"


def test_retention_rule_round_trips(page, set_up):
    editor = page.editor
    editor.retention_years.setValue(0)
    assert not editor.retention_anchor.isEnabled()
    assert page.save() is True
    assert set_up.registers.list()[0].retention.years is None


def test_new_register_and_revert(page, set_up):
    page.new_item()
    assert page.editor.name.text() == ""
    assert page.editor.boxes["purposes"].warning.isVisibleTo(page)
    page.editor.name.setText("Markkinointirekisteri")
    assert page.save() is True
    assert [r.name for r in set_up.registers.list()] == [
        "Asiakasrekisteri",
        "Markkinointirekisteri",
    ]
    assert page.model.rowCount() == 2

    page.editor.name.setText("Muutettu")
    assert page.revert_button.isEnabled()
    page.revert()
    assert page.editor.name.text() == "Markkinointirekisteri"


def test_switching_register_asks_about_unsaved_changes(page, set_up, monkeypatch):
    set_up.registers.add(replace(REGISTER, name="Toinen"))
    page.refresh()
    page.editor.name.setText("Keskeneräinen")
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    page.table.selectRow(1)
    assert page.editor.name.text() == "Keskeneräinen"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    page.table.selectRow(1)
    assert page.editor.name.text() == "Toinen"


def test_the_language_of_the_texts_is_kept(page, set_up):
    from tietosuoja_desktop.domain.enums import Language

    editor = page.editor
    assert editor.text_language.currentData() == "fi"
    editor.text_language.setCurrentIndex(editor.text_language.findData("sv"))
    assert page.save_button.isEnabled()  # a change like any other
    assert page.save() is True
    assert set_up.registers.list()[0].text_language is Language.SV
    assert editor.text_language_label.buddy() is editor.text_language


def test_translations_are_written_beside_their_originals(page, set_up, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from tietosuoja_desktop.domain.enums import Language
    from tietosuoja_desktop.domain.register_languages import in_language, stale_translations
    from tietosuoja_desktop.ui.customers import confirm
    from tietosuoja_desktop.ui.register_translations import RegisterTranslationsDialog

    assert page.translations_button.isEnabled()
    page.editor.name.setText("Muutettu")
    assert not page.translations_button.isEnabled()  # save or revert first
    page.revert()
    page.translations_button.click()
    dialog = page.translations_dialog
    assert isinstance(dialog, RegisterTranslationsDialog) and dialog.isVisible()
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["sv", "en"]
    assert dialog.original_labels["name"].text() == "Asiakasrekisteri"
    assert dialog.field_labels["purposes[0].description"].text() == "Purpose 1"
    dialog.editors["name"].setPlainText("Kundregister")
    dialog.language.setCurrentIndex(1)  # English; the Swedish typing is kept
    assert dialog.editors["name"].toPlainText() == ""
    dialog.editors["name"].setPlainText("Customer register")
    asked = []
    monkeypatch.setattr(confirm, "discard_changes", lambda parent: asked.append(1) or False)
    dialog.reject()
    assert asked and dialog.isVisible()  # typing is not let go unasked
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    (register,) = set_up.registers.list()
    assert in_language(register, Language.SV).name == "Kundregister"
    assert in_language(register, Language.EN).name == "Customer register"

    page.editor.name.setText("Asiakkaat")
    assert page.save() is True
    page.translations_button.click()
    dialog = page.translations_dialog
    assert dialog.editors["name"].toPlainText() == "Kundregister"
    assert dialog.stale_labels["name"].isVisibleTo(dialog)  # the original changed since
    (register,) = set_up.registers.list()
    assert stale_translations(register, Language.SV) == {"name": "Kundregister"}
    dialog.editors["name"].setPlainText("Kunder")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (register,) = set_up.registers.list()
    assert in_language(register, Language.SV).name == "Kunder"


def test_keyboard_tab_order_and_accessible_names(page):
    editor = page.editor
    assert tab_sequence(editor.name, 3) == [
        editor.text_language,
        editor.texts["data_subject_categories"],
        editor.purposes_view,
    ]
    for key, text in editor.texts.items():
        assert text.tabChangesFocus(), key
        assert text.accessibleName(), key
    assert "&" in page.save_button.text()
    assert editor.retention_label.buddy() is editor.retention_years


@pytest.mark.parametrize(
    ("action", "attribute", "dialog"),
    [
        ("access_action", "access_dialog", "AccessListDialog"),
        ("security_action", "business_dialog", "SecurityReviewDialog"),
        ("dpo_action", "business_dialog", "DpoDialog"),
    ],
)
def test_the_edit_menu_opens_each_record_of_the_business(qtbot, set_up, action, attribute, dialog):
    """The business's records have buttons without Alt+letters on the Registers page (its form
    takes nearly every letter); the Edit menu opens each, with a letter of its own."""
    from tietosuoja_desktop.ui.main_window import MainWindow

    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    getattr(window.menus, action).trigger()
    page = window.current_page()
    assert type(page).__name__ == "RegistersPage"
    opened = getattr(page, attribute)
    assert type(opened).__name__ == dialog and opened.isVisible()
    opened.reject()
