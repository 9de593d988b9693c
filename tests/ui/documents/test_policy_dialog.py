"""The data protection policy on the Documents page: its own additions edited in a dialog
(saved by section, a too long one shown at its section with nothing lost), and the policy made
off the GUI thread as its next version with the change note, archived and previewed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.field_rules import MAX_NOTES_LENGTH
from tietosuoja_desktop.domain.policy import PolicySection
from tietosuoja_desktop.ui.documents.policy_dialog import PolicyDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20_000


def test_the_additions_are_edited_and_saved_by_section(page, business):
    page.export.policy_edit.click()
    dialog = page.dialog
    assert isinstance(dialog, PolicyDialog) and dialog.isVisible()
    assert "No version" in dialog.versions.text()
    dialog.editors[PolicySection.BACKUPS].setPlainText("USB-levy lukitussa kaapissa")
    dialog.editors[PolicySection.SECURITY].setPlainText("x" * (MAX_NOTES_LENGTH + 1))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and dialog.messages.labels["security"].isVisibleTo(dialog)
    assert business.policy.additions() == {}
    dialog.editors[PolicySection.SECURITY].setPlainText("Levy salattu BitLockerilla")
    save.click()
    assert not dialog.isVisible()
    assert business.policy.additions() == {
        PolicySection.BACKUPS: "USB-levy lukitussa kaapissa",
        PolicySection.SECURITY: "Levy salattu BitLockerilla",
    }


def test_the_policy_is_made_as_its_next_version_with_the_note(qtbot, page, business):
    page.export.policy_language.setCurrentIndex(page.export.policy_language.findData("sv"))
    page.export.policy_note.setText("Medhjälpare tillagd")
    with qtbot.waitSignal(page.exported, timeout=WAIT) as done:
        page.export.policy_button.click()
    exported = done.args[0]
    assert exported.document.kind == "data_protection_policy"
    assert exported.document.language is Language.SV
    assert (exported.version.number, exported.version.note) == (1, "Medhjälpare tillagd")
    assert business.policy.versions() == [exported.version]
    assert page.export.policy_note.text() == ""
    assert page.preview_dialog is not None and page.preview_dialog.isVisible()
    page.export.policy_edit.click()
    assert "1, " in page.dialog.versions.text()
