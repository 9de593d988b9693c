"""The first-run wizard, driven end to end with real widgets on a real register file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from ui_support import tab_sequence

from tietosuoja_desktop.domain.enums import Language, LegalBasis
from tietosuoja_desktop.ui.preferences import current_language
from tietosuoja_desktop.ui.wizard import SetupWizard

pytestmark = [
    pytest.mark.usefixtures("english"),
    # The offscreen platform cannot resize windows to their hints, and says so.
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def wizard(qtbot, services):
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _fill_profile(form, business_id: str = "3354302-8") -> None:
    form.edits["name"].setText("Kampaamo Hiuskehä Tmi")
    form.edits["business_id"].setText(business_id)
    form.edits["street_address"].setText("Kauppakatu 3")
    form.edits["postal_code"].setText("40100")
    form.edits["city"].setText("Jyväskylä")
    form.edits["email"].setText("info@hiuskeha.fi")
    form.edits["phone"].setText("040 123 4567")


def test_the_whole_wizard_sets_up_the_register(qtbot, wizard, services):
    wizard.language_page.buttons[Language.FI].setChecked(True)
    assert current_language() is Language.FI
    _next(wizard)
    assert wizard.currentPage() is wizard.profile_page

    form = wizard.profile_page.form
    _fill_profile(form, business_id="3354302-9")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert form.messages.labels["business_id"].isVisibleTo(form)
    form.edits["business_id"].setText("3354302-8")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _next(wizard)

    wizard.template_page.chooser.set_kind("service")
    _next(wizard)
    editor = wizard.register_page.editor
    assert editor.name.text() == "Asiakasrekisteri"  # the Finnish template
    assert editor.purposes.rowCount() == 4
    editor.texts["cookies"].setPlainText("Ei evästeitä.")
    _next(wizard)
    assert wizard.currentPage() is wizard.encryption_page
    if not services.encryption.encrypted:  # the plain run: encrypt with a passphrase
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert wizard.encryption_page.encrypted.isChecked() and not next_button.isEnabled()
        passphrase = wizard.encryption_page.form
        passphrase.passphrase_edit.setText("kampaamon salasana")
        passphrase.repeat_edit.setText("kampaamon salasana")
        assert next_button.isEnabled()
    _next(wizard)
    assert wizard.currentPage() is wizard.finish_page
    assert str(services.data_dir) in wizard.finish_page.folder.text()

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    profile = services.controller.get()
    assert profile.name == "Kampaamo Hiuskehä Tmi"
    assert profile.phone == "+358401234567"
    assert profile.document_language is Language.FI
    (register,) = services.registers.list()
    assert register.name == "Asiakasrekisteri"
    assert register.cookies == "Ei evästeitä."
    assert register.text_language is Language.FI
    from tietosuoja_desktop.domain.register_languages import untranslated

    # the template came translated; only the text typed in the wizard is not
    assert untranslated(register, Language.SV) == ["cookies"]
    assert LegalBasis.LEGITIMATE_INTERESTS in {p.legal_basis for p in register.purposes}
    assert services.encryption.encrypted
    assert b"Hiuskeh" not in services.db.path.read_bytes()


def test_the_register_can_stay_plain(qtbot, wizard, services, register_kind):
    page = wizard.encryption_page
    if register_kind == "encrypted":
        assert not page.encrypted.isVisibleTo(page) and page.isComplete()
        assert not page.wants_encryption()
        return
    page.form.passphrase_edit.setText("lyhyt")
    page.form.repeat_edit.setText("lyhyt")
    assert not page.isComplete() and "at least 8" in page.form.strength.text()
    page.form.repeat_edit.setText("lyhyt2")
    page.form.passphrase_edit.setText("pitkä salasana")
    assert "differ" in page.form.strength.text()
    page.plain.setChecked(True)
    assert page.isComplete() and not page.form.isEnabled() and not page.wants_encryption()


def test_business_id_is_checked_as_typed(wizard):
    form = wizard.profile_page.form
    label = form.messages.labels["business_id"]
    form.edits["business_id"].setText("33543")
    assert not label.isVisibleTo(form)  # still typing
    form.edits["business_id"].setText("33x")
    assert "seven digits" in label.text()
    form.edits["business_id"].setText("3354302-9")
    assert "check digit" in label.text()
    form.edits["business_id"].setText("3354302-8")
    assert label.text().startswith("✓")


def test_email_phone_and_postal_code_are_checked_when_left(wizard):
    form = wizard.profile_page.form
    for key, bad in (("email", "ei-osoite"), ("phone", "12"), ("postal_code", "1234")):
        form.edits[key].setText(bad)
        form.edits[key].editingFinished.emit()
        assert form.messages.labels[key].isVisibleTo(form), key
    form.edits["email"].setText("ok@example.fi")
    assert not form.messages.labels["email"].isVisibleTo(form)


def test_invalid_profile_keeps_the_user_on_the_page(wizard):
    _next(wizard)
    form = wizard.profile_page.form
    _fill_profile(form)
    form.edits["email"].setText("not an address")
    _next(wizard)
    assert wizard.currentPage() is wizard.profile_page
    assert form.edits["email"].text() == "not an address"
    assert form.messages.labels["email"].isVisibleTo(form)


def test_register_problems_stop_the_wizard_without_losing_input(wizard, services):
    _next(wizard)
    _fill_profile(wizard.profile_page.form)
    _next(wizard)
    _next(wizard)
    editor = wizard.register_page.editor
    editor.name.setText("")
    editor.texts["sources"].setPlainText("Asiakkailta")
    _next(wizard)
    assert wizard.currentPage() is wizard.register_page
    assert editor.boxes["name"].error.isVisibleTo(editor)
    assert editor.texts["sources"].toPlainText() == "Asiakkailta"
    assert services.registers.list() == []


def test_switching_language_retranslates_the_wizard_at_once(wizard):
    page = wizard.language_page
    page.buttons[Language.FI].setChecked(True)
    finnish = page.title()
    page.buttons[Language.SV].setChecked(True)
    assert current_language() is Language.SV
    assert page.title() != finnish
    assert page.title().startswith("Välkommen")
    page.buttons[Language.EN].setChecked(True)
    assert page.title() == "Welcome to Tietosuoja Desktop"


def test_template_follows_the_chosen_language(wizard):
    wizard.language_page.buttons[Language.SV].setChecked(True)
    _next(wizard)
    _fill_profile(wizard.profile_page.form)
    _next(wizard)
    wizard.template_page.chooser.set_kind("association")
    _next(wizard)
    assert wizard.register_page.editor.name.text() == "Medlemsregister"
    assert wizard.register_page.editor.register().text_language is Language.SV


def mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


@pytest.mark.parametrize("language", list(Language))
def test_profile_form_mnemonics_are_unique_with_the_wizard_buttons(wizard, language):
    wizard.language_page.buttons[language].setChecked(True)
    form = wizard.profile_page.form
    buttons = [
        wizard.button(which).text()
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
        )
    ]
    texts = [label.text() for label in form.labels.values()] + buttons
    letters = [letter for letter in map(mnemonic, texts) if letter]
    assert len(letters) == len(set(letters)), texts
    assert mnemonic(form.labels["name"].text())  # the first field has one


def test_keyboard_order_and_names_on_the_profile_form(wizard):
    form = wizard.profile_page.form
    for key, edit in form.edits.items():
        assert edit.accessibleName(), key
        assert form.labels[key].buddy() is edit
    order = tab_sequence(form.edits["name"], 4)
    expected = ("business_id", "street_address", "postal_code", "city")
    assert order == [form.edits[key] for key in expected]
