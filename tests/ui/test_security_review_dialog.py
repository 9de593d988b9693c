"""The security review and DPO dialogs from the Registers page, and the Overview's reminder:
a first review shows every problem at its field with nothing typed lost, a second starts from
the first's answers, the register's own encryption can be ticked only when the register is
encrypted, the Overview reminds until a review is made and again when the next one is due; the
DPO dialog suggests the conclusion from the answers and keeps the contact in the business
details."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tietosuoja_desktop.domain.dpo_decision import DpoConclusion, DpoQuestion
from tietosuoja_desktop.domain.security_review import Measure, SecurityRisk
from tietosuoja_desktop.ui.dpo_dialog import DpoDialog
from tietosuoja_desktop.ui.form_rows import NO, YES
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.mnemonics import window_mnemonics
from tietosuoja_desktop.ui.overview_page import OverviewPage
from tietosuoja_desktop.ui.preferences import apply_language
from tietosuoja_desktop.ui.security_review_dialog import SecurityReviewDialog


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_first_review_is_filled_in_and_the_next_starts_from_it(registers_page, set_up):
    registers_page.security_button.click()
    dialog = registers_page.business_dialog
    assert isinstance(dialog, SecurityReviewDialog) and dialog.isVisible()
    assert dialog.next_review.date().toPython() == date(2027, 11, 22)
    assert all(box.isChecked() for box in dialog.register_boxes.values())
    app_box = dialog.rows[SecurityRisk.LOST_LAPTOP].measures[Measure.APP_ENCRYPTION]
    assert app_box.isEnabled() is set_up.encryption.encrypted
    _save(dialog)  # nothing ticked, no reviewer
    assert dialog.isVisible()
    assert dialog.messages.labels["reviewer"].isVisibleTo(dialog)
    assert dialog.messages.labels["risks.ransomware"].isVisibleTo(dialog)
    dialog.reviewer.setText("Aino Esimerkki")
    for row in dialog.rows.values():
        row.measures[Measure.PASSWORDS_2FA].setChecked(True)
    dialog.rows[SecurityRisk.RANSOMWARE].measures[Measure.BACKUPS].setChecked(True)
    _save(dialog)  # backups ticked, not said where
    assert dialog.isVisible() and dialog.messages.labels["backups"].isVisibleTo(dialog)
    assert dialog.reviewer.text() == "Aino Esimerkki"  # nothing typed lost
    dialog.backups.setText("Ulkoinen levy")
    dialog.rows[SecurityRisk.PAPER_RECORDS].other.setText("Ei paperiaineistoa")
    _save(dialog)
    assert not dialog.isVisible()
    first = set_up.security.latest()
    assert first.backups == "Ulkoinen levy" and first.reviewer == "Aino Esimerkki"
    second = SecurityReviewDialog(set_up, registers_page)
    assert second.backups.text() == "Ulkoinen levy"
    assert second.rows[SecurityRisk.PAPER_RECORDS].other.text() == "Ei paperiaineistoa"
    assert second.review().risks == first.risks
    second.reviewed_on.setDate(date(2026, 6, 1))
    assert second.next_review.date().toPython() == date(2027, 6, 1)
    second.deleteLater()


def test_the_overview_reminds_until_reviewed_and_when_due(qtbot, set_up, clock):
    registers_page = OverviewPage(set_up)
    qtbot.addWidget(registers_page)
    registers_page.show()
    qtbot.waitUntil(lambda: registers_page.security_reminder.isVisible(), timeout=10_000)
    assert "not been reviewed" in registers_page.security_reminder.text()
    registers_page.security_button.click()
    dialog = registers_page.security_dialog
    dialog.reviewer.setText("Aino Esimerkki")
    for row in dialog.rows.values():
        row.measures[Measure.UPDATES].setChecked(True)
    with qtbot.waitSignal(registers_page.loaded, timeout=10_000):
        _save(dialog)
    assert not registers_page.security_reminder.isVisible()
    clock.set(date(2027, 11, 22))
    with qtbot.waitSignal(registers_page.loaded, timeout=10_000):
        registers_page.refresh()
    assert registers_page.security_reminder.isVisible()
    assert "due (next review by 22.11.2027)" in registers_page.security_reminder.text()


def test_the_dpo_dialog_suggests_the_conclusion_and_keeps_the_contact(registers_page, set_up):
    registers_page.dpo_button.click()
    dialog = registers_page.business_dialog
    assert isinstance(dialog, DpoDialog) and dialog.isVisible()
    _save(dialog)  # nothing answered
    assert dialog.isVisible()
    assert dialog.messages.labels["answers.public_body"].isVisibleTo(dialog)
    for question, (_, answer, reasoning) in dialog.questions.items():
        answer.setCurrentIndex(NO)
        reasoning.setText(f"Ei: {question}")
    _, monitoring, _ = dialog.questions[DpoQuestion.MONITORING]
    monitoring.setCurrentIndex(YES)
    assert dialog.conclusion.currentData() == DpoConclusion.REQUIRED.value
    _save(dialog)  # required, no contact
    assert dialog.isVisible() and dialog.messages.labels["dpo_name"].isVisibleTo(dialog)
    monitoring.setCurrentIndex(NO)
    assert dialog.conclusion.currentData() == DpoConclusion.NOT_REQUIRED.value
    dialog.conclusion.setCurrentIndex(dialog.conclusion.findData(DpoConclusion.VOLUNTARY.value))
    dialog.fields["dpo_name"].setText("Tietosuojapalvelu Oy")
    dialog.fields["dpo_email"].setText("dpo@example.fi")
    _save(dialog)
    assert not dialog.isVisible()
    assert set_up.dpo.get().conclusion is DpoConclusion.VOLUNTARY
    assert set_up.controller.get().dpo_email == "dpo@example.fi"


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_overview_reminders_alt_letter_is_its_own(qtbot, set_up, language):
    """The reminder's button shows only when due; its Alt+letter clashes with nothing then."""
    apply_language(language, remember=False)
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    registers_page = window.findChild(OverviewPage)
    qtbot.waitUntil(lambda: registers_page.security_button.isVisible(), timeout=10_000)
    clashes = {k: v for k, v in window_mnemonics(window).items() if len(v) > 1}
    assert clashes == {}
