"""The customer page's Marketing tab with real widgets: a line per channel with the rules'
answer and its basis or reason, a channel refused and allowed again, a consent recorded with
its text, method and evidence file and withdrawn the same way, all in the register after."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from helpers.sample import CONTROLLER, REGISTER
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tietosuoja_desktop.domain.consent_texts import ConsentText
from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.marketing import ConsentMethod, MarketingChannel
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.services.marketing import ChoiceKind
from tietosuoja_desktop.ui.customers.dialog import CustomerDialog
from tietosuoja_desktop.ui.preferences import apply_language

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PURPOSE = "Uutiskirje"


@pytest.fixture
def customer_dialog(qtbot, services, add_person, english):
    customer = add_person(first_name="Aino", email="aino@example.fi")
    services.activity.add_consent(  # a consent purpose the tab offers
        ConsentEvent(customer.id, ConsentAction.WITHDRAWN, PURPOSE, datetime(2026, 1, 1))
    )
    dialog = CustomerDialog(services, customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.marketing)
    return dialog


@pytest.fixture
def tab(customer_dialog):
    tab = customer_dialog.marketing
    tab.purpose.setCurrentIndex(tab.purpose.findText(PURPOSE))
    return tab


def lines(tab):
    return {row.channel: row.verdict.text() for row in tab.rows}


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_line_per_channel_with_the_basis_or_the_reason(tab):
    assert PURPOSE in [tab.purpose.itemText(i) for i in range(tab.purpose.count())]
    assert lines(tab) == {
        MarketingChannel.EMAIL: "May not: consent withdrawn (since 1.1.2026)",
        MarketingChannel.SMS: "May not: consent withdrawn (since 1.1.2026)",
        MarketingChannel.PHONE: "May be marketed: allowed unless refused",
        MarketingChannel.POST: "May be marketed: allowed unless refused",
    }
    apply_language("fi", remember=False)
    try:
        assert lines(tab)[MarketingChannel.POST].startswith("Saa markkinoida:")
        assert lines(tab)[MarketingChannel.EMAIL].startswith("Ei saa:")
    finally:
        apply_language("en", remember=False)


def test_refuse_a_channel_and_allow_it_again(qtbot, tab, services, clock):
    post = tab.rows[3]
    assert post.choice.text() == "Refuse…"
    post.choice.click()
    assert "Refused marketing on Post" in tab.dialog.windowTitle()
    ok(tab.dialog)
    assert lines(tab)[MarketingChannel.POST] == (
        f"May not: refused on this channel (since {clock.today():%-d.%-m.%Y})"
    )
    assert post.choice.text() == "Allow again…"
    assert post.choice.accessibleName() == "Allow marketing on Post again"
    post.choice.click()
    ok(tab.dialog)
    assert lines(tab)[MarketingChannel.POST] == "May be marketed: allowed unless refused"
    kinds = [kind for _, kind, _ in services.marketing.choices(tab.customer_id)]
    assert kinds == [ChoiceKind.REFUSED, ChoiceKind.ALLOWED]


def test_consent_with_text_method_and_evidence_then_withdrawn(qtbot, tab, services, tmp_path):
    scan = tmp_path / "lomake.pdf"
    scan.write_bytes(b"%PDF-1.4 allekirjoitettu lomake")
    email = tab.rows[0]
    email.consent.click()
    dialog = tab.dialog
    assert dialog.channel.currentData() == MarketingChannel.EMAIL
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.PAPER_FORM))
    dialog.text.setPlainText("Haluan uutiskirjeen sähköpostiini.")
    dialog.set_evidence(scan)
    dialog.recorded_by.setText("Maija")
    ok(dialog)
    assert lines(tab)[MarketingChannel.EMAIL].startswith("May be marketed: consent (since ")
    assert lines(tab)[MarketingChannel.SMS].startswith("May not: consent withdrawn")
    stored = services.activity.consents(tab.customer_id)[-1]
    assert (stored.method, stored.text, stored.recorded_by) == (
        ConsentMethod.PAPER_FORM,
        "Haluan uutiskirjeen sähköpostiini.",
        "Maija",
    )
    assert (stored.evidence_file, stored.marketing_channel) == ("lomake.pdf", "email")
    assert stored.evidence_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()

    email.withdraw.click()
    assert tab.dialog.windowTitle() == "Record a withdrawal of consent"
    ok(tab.dialog)
    assert lines(tab)[MarketingChannel.EMAIL].startswith("May not: consent withdrawn")
    assert services.activity.consents(tab.customer_id)[-1].action is ConsentAction.WITHDRAWN


def test_a_date_in_the_future_is_refused_and_the_dialog_stays_open(qtbot, tab):
    tab.rows[1].choice.click()
    dialog = tab.dialog
    dialog.date.setMaximumDate(dialog.date.maximumDate().addDays(5))
    dialog.date.setDate(dialog.date.maximumDate())
    ok(dialog)
    assert dialog.isVisible() and dialog.problem.text()
    assert lines(tab)[MarketingChannel.SMS].startswith("May not: consent withdrawn")


def test_consent_on_a_register_text_version_and_withdrawn_with_evidence(
    qtbot, tab, services, tmp_path
):
    register = services.registers.add(REGISTER)
    services.consent_texts.add(
        ConsentText(register.id, 0, date(2025, 1, 1), "Haluan uutiskirjeen.", "", "I want it.")
    )
    second = services.consent_texts.add(
        ConsentText(register.id, 0, date(2026, 1, 1), "Haluan uutiskirjeen ja tarjoukset.")
    )
    tab.rows[0].consent.click()
    dialog = tab.dialog
    assert dialog.version.count() == 3  # "not one of the texts" and the two versions
    assert dialog.version.itemText(2).endswith(", version 2 (from 1.1.2026)")
    dialog.version.setCurrentIndex(dialog.version.findData(second.id))
    assert dialog.text.toPlainText() == "Haluan uutiskirjeen ja tarjoukset."
    assert dialog.text.isReadOnly()
    ok(dialog)
    given = services.activity.consents(tab.customer_id)[-1]
    assert (given.consent_text_id, given.text) == (second.id, "Haluan uutiskirjeen ja tarjoukset.")

    mail = tmp_path / "peruutus.eml"
    mail.write_bytes(b"Subject: Peruutan\r\n\r\nEn halua enaa.")
    tab.rows[0].withdraw.click()
    dialog = tab.dialog
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.EMAIL))
    dialog.version.setCurrentIndex(dialog.version.findData(second.id))
    dialog.set_evidence(mail)
    ok(dialog)
    withdrawn = services.activity.consents(tab.customer_id)[-1]
    assert (withdrawn.action, withdrawn.method, withdrawn.consent_text_id) == (
        ConsentAction.WITHDRAWN,
        ConsentMethod.EMAIL,
        second.id,
    )
    assert services.activity.consent_evidence(withdrawn.id) == ("peruutus.eml", mail.read_bytes())
    assert lines(tab)[MarketingChannel.EMAIL].startswith("May not: consent withdrawn")


def test_the_consent_record_is_saved_in_the_persons_language(
    qtbot, tab, services, tmp_path, monkeypatch
):
    services.controller.save(CONTROLLER)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    target = tmp_path / "record.pdf"
    assert tab.record.isEnabled() and tab.record.text() == "Consent record (PDF)…"
    assert tab.save_record(target)
    shown = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Selvitys suostumuksista" in shown and "Suostumus peruttu" in shown
    assert not tab.save_record(tmp_path / "missing" / "record.pdf")
    assert warned and "Could not save the consent record" in warned[0]
    # Made and archived each time, as every document is, even when the copy cannot be saved.
    assert {d.kind for d in services.documents.about_person(tab.customer_id, [])} == {
        "consent_record"
    }


def test_a_new_text_version_from_the_consent_dialog(qtbot, tab, services):
    register = services.registers.add(REGISTER)
    tab.rows[0].consent.click()
    dialog = tab.dialog
    dialog.new_version.click()
    texts = dialog.text_dialog
    texts.register.setCurrentIndex(texts.register.findData(register.id))
    ok(texts)  # no words in any language: refused, the dialog stays open
    assert texts.isVisible() and "required" in texts.problem.text()
    texts.texts["fi"].setPlainText("Haluan uutiskirjeen.")
    texts.texts["sv"].setPlainText("Jag vill ha nyhetsbrevet.")
    ok(texts)
    (stored,) = services.consent_texts.list(register.id)
    assert (stored.version, stored.text_sv) == (1, "Jag vill ha nyhetsbrevet.")
    assert dialog.version.currentData() == stored.id  # chosen in the consent dialog
    assert dialog.text.toPlainText() == "Haluan uutiskirjeen."
