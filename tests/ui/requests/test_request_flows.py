"""Each request type walked end to end through the page's dialogs on a real register: logged
through the log dialog, answered as its type asks, and closed with its letter or report."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from io import BytesIO

import pytest
from helpers.sample import REGISTER
from pypdf import PdfReader
from sqlalchemy import select
from steps import log_request, run_step

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.storage.models import OrderRow
from tietosuoja_desktop.ui.requests.table_model import COL_STATUS

pytestmark = pytest.mark.usefixtures("english")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def timeline(detail) -> list[str]:
    model = detail.timeline.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_access_report_is_prepared_then_marked_sent(qtbot, page, set_up, saara, letters, clock):
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    detail = page.detail
    buttons = detail.buttons
    assert detail.view.request.id == request_id
    assert buttons.fulfil.text().replace("&", "") == "Send the access report…"  # its mnemonic aside
    assert not buttons.mark_sent.isVisibleTo(detail)
    run_step(qtbot, page, buttons.fulfil)
    # Prepared, not sent: the clock runs, and the card says what waits to go out.
    assert detail.view.request.status is RequestStatus.READY_TO_SEND
    (report,) = letters
    text = pdf_text(report.pdf)
    assert "Rekisteröity" in text and "T-77" in text and "Uutiskirje" in text
    assert report.suggested_name.endswith(f" {request_id}.pdf")
    assert detail.next_step.text() == (
        "Ready to send: Access report. Send it to the person, then mark it sent."
    )
    assert "due" in detail.clock.text() and "the clock has stopped" not in detail.clock.text()
    assert buttons.mark_sent.isVisibleTo(detail) and not buttons.fulfil.isVisibleTo(detail)
    assert not buttons.acknowledge.isVisibleTo(detail)
    assert page.model.index(0, COL_STATUS).data() == "Ready to send"
    assert timeline(detail) == [
        "Request logged",
        "Identity: the contact matches the register's details",
        "Access report prepared",
        "Answer ready to send",  # not "access report sent" before it is
    ]
    assert not detail.fact_labels["outcome"][1].isVisibleTo(detail)

    def fill(dialog):
        panel = dialog.extra
        assert [panel.via.itemText(i) for i in range(panel.via.count())] == [
            "Letter",
            "E-mail",
            "Handed over in person",
        ]
        assert panel.on.maximumDate().toPython() == clock.today()  # not in the future
        assert panel.on.minimumDate().toPython() == detail.view.request.received
        panel.via.setCurrentIndex(panel.via.findData("email"))
        panel.reference.setText("Re: tietopyyntö")

    run_step(qtbot, page, buttons.mark_sent, fill)
    request = set_up.requests.get(request_id).request
    assert request.status is RequestStatus.COMPLETED
    assert (request.sent_on, request.sent_via.value) == (clock.today(), "email")
    assert request.sent_reference == "Re: tietopyyntö"
    assert detail.status.text().endswith("the request is completed.")
    assert detail.fact_labels["sent"][1].text().endswith("E-mail · Re: tietopyyntö")
    assert timeline(detail)[-1] == "Answer sent, request completed: E-mail"
    assert "the clock has stopped" in detail.clock.text()
    assert not buttons.mark_sent.isVisibleTo(detail)


def test_characters_the_report_cannot_print_are_listed_before_it_is_shown(
    qtbot, page, set_up, saara, letters, message_boxes
):
    set_up.customers.update(replace(set_up.customers.get(saara.id), notes="Kiitos 🦄"))
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    run_step(qtbot, page, page.detail.buttons.fulfil)
    (report,) = letters
    (told,) = [text for text in message_boxes if "U+1F984" in text]
    assert "cannot print 1 character(s)" in told and "Kiitos 🦄" in told
    assert "\ufffd" in pdf_text(report.pdf)


def test_rectification_records_the_changed_fields_and_lists_the_recipients(
    qtbot, page, set_up, saara, letters
):
    request_id = log_request(qtbot, page, RequestType.RECTIFICATION, search="Rekisteröity")
    detail = page.detail
    set_up.customers.update(replace(set_up.customers.get(saara.id), street_address="Uusikatu 5"))

    def check(dialog):
        panel = dialog.extra
        assert panel.changed_fields() == ("street_address",)
        assert panel.fields.item(0).text() == "street address"
        assert REGISTER.recipients in panel.step_three.text()
        assert dialog.confirm_button.isEnabled()

    run_step(qtbot, page, detail.buttons.fulfil, check)
    request = set_up.requests.get(request_id).request
    assert request.changed_fields == ("street_address",)
    assert request.status is RequestStatus.READY_TO_SEND
    assert detail.status.text() == (
        "Completed. Tell these recipients about the correction (Art 19): " + REGISTER.recipients
    )
    (letter,) = letters
    assert "Saara Rekisteröity" in pdf_text(letter.pdf)
    assert "Corrected fields recorded: street address" in timeline(detail)
    assert "corrected: street address" in detail.fact_labels["outcome"][1].text()


def test_rectification_through_the_persons_page(qtbot, page, set_up, saara, letters):
    request_id = log_request(qtbot, page, RequestType.RECTIFICATION, search="Saara")
    page.detail.buttons.fulfil.click()
    dialog = page.detail.actions.dialog
    panel = dialog.extra
    assert not dialog.confirm_button.isEnabled()  # nothing corrected yet
    assert panel.no_fields.isVisibleTo(panel)
    panel.open_button.click()
    customer_dialog = panel.customer_dialog
    assert customer_dialog.customer.id == saara.id
    customer_dialog.form.inputs["city"].setText("Espoo")
    assert customer_dialog.save()
    customer_dialog.reject()
    assert panel.changed_fields() == ("city",)
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(page.detail.finished, timeout=30_000):
        dialog.confirm_button.click()
    assert set_up.requests.get(request_id).request.changed_fields == ("city",)
    assert set_up.customers.get(saara.id).city == "Espoo"
    assert len(letters) == 1


def test_erasure_previews_confirms_and_keeps_no_personal_data(qtbot, page, set_up, saara, letters):
    request_id = log_request(
        qtbot, page, RequestType.ERASURE, search="Saara", description="Poistakaa Saaran tiedot"
    )
    set_up.requests.attach(request_id, "kirje.txt", b"Saara pyytaa")
    set_up.fulfilment.acknowledge(request_id)  # an archived letter the erasure deletes
    detail = page.detail

    def preview_then_confirm(dialog):
        panel = dialog.extra
        sections = panel.sections  # the same sections as the customer's erase dialog
        assert dialog.windowTitle() == "Erase Saara Rekisteröity permanently?"
        assert "order of 2.5.2025, kept until 31.12.2031" in sections.kept.text()
        assert "kirjanpitolaki 2:10" in sections.reason.text()
        assert "Orders: 1" in sections.deleted.text()  # the 2015 order is past its six years
        assert sections.deleted.text().startswith("This will be deleted:")
        requests = sections.requests.text()
        assert requests.startswith("These requests stay on record as the erased person's entries")
        assert "Erasure" in requests and "received" in requests
        documents = sections.documents.text()
        assert documents.startswith("These archived documents about the person or their requests")
        assert "Vahvistus pyyntösi vastaanottamisesta" in documents  # the letter's own title
        assert sections.backups.isVisibleTo(panel) and sections.backups.text()
        assert dialog.cancel_button.isDefault()
        assert not dialog.confirm_button.isEnabled()
        panel.confirmation.setText("Rekisteroity")  # near is not enough
        assert not dialog.confirm_button.isEnabled()
        panel.confirmation.setText(" rekisteröity ")
        assert dialog.confirm_button.isEnabled()

    run_step(qtbot, page, detail.buttons.fulfil, preview_then_confirm)

    with pytest.raises(NotFound):
        set_up.customers.get(saara.id)
    with set_up.db.reading() as session:
        kept = session.scalars(select(OrderRow)).all()
    assert [(o.reference, o.customer_id, o.anonymised) for o in kept] == [("T-77", None, True)]
    request = set_up.requests.get(request_id).request
    assert request.subject_erased and request.customer_id is None
    assert (request.requester_name, request.description) == ("", "")
    assert set_up.requests.attachments(request_id) == []
    assert request.status is RequestStatus.READY_TO_SEND
    (letter,) = letters
    assert "Saara Rekisteröity" in pdf_text(letter.pdf)  # addressed before the erasure
    assert "not kept in the register" in detail.status.text()
    assert "(erased person)" in detail.title.text()
    assert "Saara" not in detail.title.text()


@pytest.mark.parametrize(
    ("kind", "button", "flag"),
    [
        (RequestType.RESTRICTION, "Restrict processing…", "restricted_on"),
        (RequestType.OBJECTION, "Record the objection…", "objected_on"),
        (RequestType.MARKETING_OBJECTION, "Stop direct marketing…", "marketing_prohibited_on"),
    ],
)
def test_flag_requests_set_the_flag_and_make_the_letter(
    qtbot, page, set_up, saara, letters, clock, kind, button, flag
):
    request_id = log_request(qtbot, page, kind, search="Saara")
    assert page.detail.buttons.fulfil.text().replace("&", "") == button
    run_step(qtbot, page, page.detail.buttons.fulfil)
    assert getattr(set_up.customers.get(saara.id), flag) == clock.today()
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    assert len(letters) == 1 and letters[0].pdf.startswith(b"%PDF")


def test_consent_withdrawal_withdraws_the_chosen_consents(qtbot, page, set_up, saara, letters):
    log_request(qtbot, page, RequestType.CONSENT_WITHDRAWAL, search="Saara")

    def keep_text_messages(dialog):
        purposes = dialog.extra.purposes
        assert [purposes.item(r).text() for r in range(purposes.count())] == [
            "Uutiskirje",
            "Tekstiviestit",
        ]
        from PySide6.QtCore import Qt

        purposes.item(1).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.extra.chosen() == ("Uutiskirje",)

    run_step(qtbot, page, page.detail.buttons.fulfil, keep_text_messages)
    assert not set_up.activity.has_consent(saara.id, "Uutiskirje")
    assert set_up.activity.has_consent(saara.id, "Tekstiviestit")
    assert len(letters) == 1


def test_portability_saves_the_zip_and_makes_the_letter(
    qtbot, page, set_up, saara, letters, save_to, tmp_path
):
    request_id = log_request(qtbot, page, RequestType.PORTABILITY, search="Saara")
    run_step(qtbot, page, page.detail.buttons.fulfil)
    (name,) = save_to
    assert name == f"Data export {request_id}.zip"
    archive = zipfile.ZipFile(tmp_path / "out" / name)
    assert set(archive.namelist()) == {"data.json", "contact.csv", "consents.csv", "orders.csv"}
    assert json.loads(archive.read("data.json"))["contact"]["last_name"] == "Rekisteröity"
    assert str(tmp_path / "out" / name) in page.detail.status.text()
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    assert len(letters) == 1


def test_portability_without_a_file_changes_nothing(qtbot, page, set_up, saara, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    request_id = log_request(qtbot, page, RequestType.PORTABILITY, search="Saara")
    with qtbot.waitSignal(page.detail.finished):
        page.detail.buttons.fulfil.click()
        page.detail.actions.dialog.confirm_button.click()
    assert set_up.requests.get(request_id).request.status is RequestStatus.OPEN
    assert page.detail.status.text() == "Nothing was done: no file was chosen."


def test_unknown_requester_gets_the_no_data_held_letter(qtbot, page, set_up, letters):
    request_id = log_request(
        qtbot,
        page,
        RequestType.ACCESS,
        name="Outi Outsider",
        contact="Kuja 1\n00100 Helsinki",
    )
    detail = page.detail
    assert "Outi Outsider (not in the register)" in detail.fact_labels["person"][1].text()
    assert detail.fact_labels["contact"][1].text() == "Kuja 1\n00100 Helsinki"
    assert detail.buttons.fulfil.text().replace("&", "") == "Send the no-data-held letter…"
    assert not detail.buttons.person.isVisibleTo(detail)
    run_step(qtbot, page, detail.buttons.fulfil)
    text = pdf_text(letters[0].pdf)
    assert "Outi Outsider" in text and "Kuja 1" in text
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    assert "No-data-held letter prepared" in timeline(detail)
