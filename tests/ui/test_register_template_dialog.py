"""A register from a template on the Registers page: the dialog lists every template, the
form opens on the chosen one unsaved, and saving keeps it whole with its translations."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.templates import TemplateKind, register_template
from tietosuoja_desktop.domain.validation import register_warnings
from tietosuoja_desktop.ui.register_template_dialog import RegisterTemplateDialog
from tietosuoja_desktop.ui.registers_page import RegistersPage

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


def test_the_chooser_lists_and_describes_every_template(qtbot):
    dialog = RegisterTemplateDialog()
    qtbot.addWidget(dialog)
    chooser = dialog.chooser
    assert chooser.list.count() == len(TemplateKind)
    assert chooser.list.item(0).text() == "Web shop"
    chooser.set_kind(TemplateKind.APPLICANTS)
    assert dialog.kind() is TemplateKind.APPLICANTS
    assert chooser.list.currentItem().text() == "Job applicants"
    assert "kept for a year" in chooser.description.text()
    assert chooser.label.buddy() is chooser.list


def test_a_register_is_added_from_a_template(qtbot, services):
    services.controller.save(CONTROLLER)  # documents in Finnish
    page = RegistersPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    page.template_button.click()
    dialog = page.template_dialog
    assert dialog.isVisible()
    dialog.chooser.set_kind(TemplateKind.EMPLOYEES)
    dialog.accept()
    assert page.editor.name.text() == "Työntekijärekisteri"
    assert page.editor.is_dirty() and page.save_button.isEnabled()
    assert page.save()
    (saved,) = services.registers.list()
    expected = register_template(TemplateKind.EMPLOYEES, Language.FI)
    assert saved.purposes == expected.purposes
    assert saved.recipients == expected.recipients
    assert saved.translations == expected.translations
    assert register_warnings(saved) == []
    assert not page.editor.is_dirty()


def test_cancelling_the_dialog_leaves_the_form_as_it_was(qtbot, set_up):
    page = RegistersPage(set_up)
    qtbot.addWidget(page)
    page.show()
    before = page.editor.register()
    page.template_button.click()
    page.template_dialog.reject()
    assert page.editor.register() == before and not page.editor.is_dirty()
