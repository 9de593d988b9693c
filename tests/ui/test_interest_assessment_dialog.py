"""The legitimate-interest assessment from the Registers page: offered for a saved purpose on
legitimate interests only, every missing part shown at its field with nothing typed lost, saved
through the services, and the page's note on purposes lacking one follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from tietosuoja_desktop.domain.interest_assessments import AssessmentOutcome
from tietosuoja_desktop.ui.interest_assessment_dialog import InterestAssessmentDialog


def _select_purpose(registers_page, row: int) -> None:
    view = registers_page.editor.purposes_view
    view.setCurrentIndex(registers_page.editor.purposes.index(row, 0))


def test_offered_only_for_a_saved_purpose_on_legitimate_interests(registers_page):
    editor = registers_page.editor
    assert editor.assessment_note.isVisibleTo(registers_page)  # purpose 2 has none yet
    assert "2" in editor.assessment_note.text()
    _select_purpose(registers_page, 0)  # a contract
    assert not editor.assessment_button.isEnabled()
    _select_purpose(registers_page, 1)
    assert editor.assessment_button.isEnabled()
    editor.name.setText("Muutettu")  # unsaved: the positions may not be the stored ones
    assert not editor.assessment_button.isEnabled()
    registers_page.revert()
    _select_purpose(registers_page, 1)
    assert editor.assessment_button.isEnabled()
    assert "&" in editor.assessment_button.text()


def test_errors_at_their_fields_then_saved(registers_page, set_up, qtbot):
    _select_purpose(registers_page, 1)
    registers_page.editor.assessment_button.click()
    dialog = registers_page.assessment_dialog
    assert isinstance(dialog, InterestAssessmentDialog) and dialog.isVisible()
    assert dialog.editors["interest"].toPlainText() == "Asiakassuhteen ylläpito"  # the purpose's
    assert dialog.labels["interest"].buddy() is dialog.editors["interest"]
    for name, editor in dialog.editors.items():
        assert editor.accessibleName(), name
    dialog.editors["necessity"].setPlainText("Muuten asiakkaille ei voi kertoa muutoksista.")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible()  # balancing and reviewer missing
    assert dialog.messages.labels["balancing"].isVisibleTo(dialog)
    assert dialog.messages.labels["reviewer"].isVisibleTo(dialog)
    assert not dialog.messages.labels["necessity"].isVisibleTo(dialog)
    assert dialog.editors["necessity"].toPlainText().startswith("Muuten")  # nothing lost
    dialog.editors["balancing"].setPlainText("Asiakas odottaa kuulevansa palvelusta.")
    dialog.reviewer.setText("Aino Esimerkki")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("may_not_proceed"))
    dialog.assessed_on.setDate(QDate(2026, 5, 4))
    save.click()
    assert not dialog.isVisible()
    (view,) = set_up.assessments.list(1)
    assert view.current and view.assessment.reviewer == "Aino Esimerkki"
    assert view.assessment.outcome is AssessmentOutcome.MAY_NOT_PROCEED
    assert view.assessment.assessed_on == date(2026, 5, 4)
    assert not registers_page.editor.assessment_note.isVisibleTo(
        registers_page
    )  # no purpose lacks one now
    _select_purpose(registers_page, 1)
    registers_page.editor.assessment_button.click()  # opens again with what was saved
    again = registers_page.assessment_dialog
    assert again.reviewer.text() == "Aino Esimerkki" and not again.stale.isVisibleTo(again)
    again.reject()
