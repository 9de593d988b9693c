"""The DPIA dialog from the Registers page: the page warns while a register is unscreened, the
checklist's answers decide whether the light DPIA form shows, every problem shows at its field
with nothing typed lost, and the screening and the DPIA are saved together."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tietosuoja_desktop.domain.dpia import DpiaDecision, DpiaStatus
from tietosuoja_desktop.ui.dpia_dialog import DpiaDialog
from tietosuoja_desktop.ui.form_rows import NO, YES


def answer(dialog: DpiaDialog, yes: dict[str, str]) -> None:
    for item_id, (_, combo, reasoning) in dialog.items.items():
        combo.setCurrentIndex(YES if item_id in yes else NO)
        reasoning.setText(yes.get(item_id, ""))


def test_an_unscreened_register_is_warned_of_and_screened_as_not_needed(registers_page, set_up):
    assert (
        registers_page.dpia_warning.isVisibleTo(registers_page)
        and "not been screened" in registers_page.dpia_warning.text()
    )
    registers_page.dpia_button.click()
    dialog = registers_page.dpia_dialog
    assert isinstance(dialog, DpiaDialog) and dialog.isVisible()
    assert not dialog.form.isVisibleTo(dialog)  # nothing answered: no DPIA form yet
    assert "17 questions" in dialog.conclusion.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()  # nothing answered, no reviewer
    assert dialog.isVisible()
    assert dialog.messages.labels["answers.whistleblowing"].isVisibleTo(dialog)
    assert dialog.messages.labels["reviewer"].isVisibleTo(dialog)
    answer(dialog, {"large_scale": "Noin 5000 asiakasta"})
    assert "does not call for" in dialog.conclusion.text()
    assert not dialog.form.isVisibleTo(dialog) and dialog.voluntary.isVisibleTo(dialog)
    dialog.reviewer.setText("Aino Esimerkki")
    save.click()
    assert not dialog.isVisible()
    assert set_up.dpia.get(1).status is DpiaStatus.NOT_NEEDED
    assert not registers_page.dpia_warning.isVisibleTo(registers_page)


def test_a_needed_dpia_is_filled_in_with_errors_at_their_fields(registers_page, set_up):
    registers_page.dpia_button.click()
    dialog = registers_page.dpia_dialog
    answer(dialog, {"sensitive": "Allergiatiedot", "vulnerable": "Lapsiasiakkaita"})
    assert "because of" in dialog.conclusion.text() and "Vulnerable" in dialog.conclusion.text()
    assert dialog.form.isVisibleTo(dialog) and not dialog.voluntary.isVisibleTo(dialog)
    dialog.reviewer.setText("Aino Esimerkki")
    form = dialog.form
    form.editors["description"].setPlainText("Asiakaskortit allergiatietoineen.")
    high = form.residual.findData("high")
    form.residual.setCurrentIndex(high)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible()
    for name in ("necessity", "risks", "measures", "decision"):
        assert dialog.messages.labels[name].isVisibleTo(dialog), name
    assert set_up.dpia.get(1).screening is None  # one transaction: nothing kept
    assert form.editors["description"].toPlainText().startswith("Asiakaskortit")
    form.editors["necessity"].setPlainText("Tarpeen turvallisen hoidon vuoksi.")
    form.editors["measures"].setPlainText("Salattu rekisteri.")
    form.risk_rows[0][0].setText("Terveystieto paljastuu")
    form.add_risk_button.click()
    assert len(form.risk_rows) == 4 and form.risk_rows[3][0].accessibleName() == "Risk 4"
    form.decision.setCurrentIndex(form.decision.findData("consult"))
    save.click()
    assert not dialog.isVisible()
    found = set_up.dpia.get(1)
    assert found.status is DpiaStatus.DONE and found.dpia.decision is DpiaDecision.CONSULT
    assert [r.description for r in found.dpia.risks] == ["Terveystieto paljastuu"]
    assert not registers_page.dpia_warning.isVisibleTo(registers_page)
    registers_page.dpia_button.click()  # opens again with what was saved
    again = registers_page.dpia_dialog
    assert again.form.isVisibleTo(again) and again.reviewer.text() == "Aino Esimerkki"
    assert again.items["sensitive"][2].text() == "Allergiatiedot"
    again.reject()
