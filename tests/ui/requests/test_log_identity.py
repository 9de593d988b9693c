"""Identity where it matters, in the log dialog: the contact a request came from is compared
with the register's; otherwise the dialog asks whether the identity is certain and offers the
identity-request letter."""

from __future__ import annotations

from tietosuoja_desktop.domain.enums import IdentityCheck, RequestType


def open_for(qtbot, page, kind, came_from: str):
    page.new_item()
    dialog = page.log_dialog
    with qtbot.waitSignal(dialog.picker.searched, timeout=10_000):
        dialog.picker.search.setText("Saara")
    dialog.picker.results.setCurrentRow(0)
    dialog.type.setCurrentIndex(dialog.type.findData(kind.value))
    dialog.came_from.setText(came_from)
    return dialog


def save(qtbot, page, dialog) -> int:
    with qtbot.waitSignal(dialog.logged) as blocker, qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.save_button.click()
    return blocker.args[0]


def test_the_registers_email_records_a_match_and_asks_nothing(qtbot, page, saara, set_up):
    dialog = open_for(qtbot, page, RequestType.ACCESS, "Saara@example.fi")
    assert not dialog.identity.isVisibleTo(dialog)
    request_id = save(qtbot, page, dialog)
    assert set_up.requests.get(request_id).request.identity is IdentityCheck.MATCHES_REGISTER
    assert page.detail.actions.dialog is None  # no letter offered
    assert "matches the register's details" in page.detail.fact_labels["identity"][1].text()


def test_another_contact_asks_and_the_choice_opens_the_identity_letter(qtbot, page, saara, set_up):
    dialog = open_for(qtbot, page, RequestType.ERASURE, "unknown@example.com")
    assert dialog.identity.isVisibleTo(dialog)
    assert dialog.identity.ask.isChecked()
    dialog.type.setCurrentIndex(dialog.type.findData(RequestType.MARKETING_OBJECTION.value))
    assert not dialog.identity.isVisibleTo(dialog)  # it discloses and changes nothing
    dialog.type.setCurrentIndex(dialog.type.findData(RequestType.ERASURE.value))
    request_id = save(qtbot, page, dialog)
    assert set_up.requests.get(request_id).request.identity is IdentityCheck.UNCONFIRMED
    letter = page.detail.actions.dialog
    assert letter is not None and letter.isVisible()  # "Ask for proof of identity"
    letter.reject()


def test_certain_needs_a_reason_and_keeps_what_was_typed(qtbot, page, saara, set_up):
    dialog = open_for(qtbot, page, RequestType.PORTABILITY, "040 111 2222")
    dialog.identity.certain.setChecked(True)
    assert dialog.identity.reason.isEnabled()
    assert dialog.save() is False
    assert dialog.identity.error.text() and dialog.isVisible()
    assert dialog.came_from.text() == "040 111 2222"
    dialog.identity.reason.setText("Known customer, asked at the counter")
    request_id = save(qtbot, page, dialog)
    assert set_up.requests.get(request_id).request.identity is IdentityCheck.CONFIRMED
    last = set_up.requests.timeline(request_id)[-1]
    assert last.note == "Known customer, asked at the counter"
    assert page.detail.actions.dialog is None
