""" "Draft an e-mail" beside "Mark as sent": the draft file is written with the answer attached
and handed to the system's mail program (the seam the test replaces), the request stays ready
to send until the user marks it sent, and without an e-mail address the button says why."""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes
from email.policy import default
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from steps import log_request, run_step

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.ui.requests import actions

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """The files handed to the system's mail program."""
    paths: list[Path] = []

    def open_with_system(path: Path) -> bool:
        paths.append(path)
        return True

    monkeypatch.setattr(actions, "open_with_system", open_with_system)
    return paths


def test_the_draft_carries_the_prepared_report(qtbot, page, set_up, saara, letters, opened):
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    buttons = page.detail.buttons
    assert not buttons.email_draft.isVisibleTo(page.detail)
    run_step(qtbot, page, buttons.fulfil)
    assert buttons.email_draft.isVisibleTo(page.detail) and buttons.email_draft.isEnabled()
    assert "open it in your mail program" in buttons.email_draft.toolTip()
    run_step(qtbot, page, buttons.email_draft, expect_dialog=False)
    (path,) = opened
    assert path.suffix == ".eml" and path.name.endswith(f" {request_id}.eml")
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert message["To"] == "saara@example.fi" and message["X-Unsent"] == "1"
    (attachment,) = message.iter_attachments()
    (report,) = letters
    assert attachment.get_content() == report.pdf
    assert page.detail.status.text().startswith("The e-mail is open in your mail program")
    # Drafting is not sending: the request waits for "Mark as sent".
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    assert buttons.mark_sent.isVisibleTo(page.detail)


def test_without_an_e_mail_address_the_button_says_why(qtbot, page, set_up, saara, opened):
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    run_step(qtbot, page, page.detail.buttons.fulfil)
    set_up.customers.update(replace(set_up.customers.get(saara.id), email=""))
    page.show_request(request_id)
    button = page.detail.buttons.email_draft
    reason = "The register holds no e-mail address for this person: send the answer by post."
    assert button.toolTip() == reason
    button.click()
    assert page.detail.status.text() == reason
    assert opened == []


def test_no_postal_address_warns_and_makes_the_report_for_e_mail(
    qtbot, page, set_up, saara, letters
):
    set_up.customers.update(replace(set_up.customers.get(saara.id), street_address=""))
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")

    def fill(dialog):
        assert dialog.no_address.isVisibleTo(dialog)
        assert "no postal address" in dialog.no_address.text()
        assert dialog.by_email.isVisibleTo(dialog) and dialog.by_email.isChecked()

    run_step(qtbot, page, page.detail.buttons.fulfil, fill)
    (report,) = letters
    first = PdfReader(BytesIO(report.pdf)).pages[0].extract_text()
    assert "saara@example.fi" in first and "Delivered by e-mail" not in first  # in Finnish
    assert "Toimitetaan sähköpostitse" in first or "Levereras per e-post" in first


def test_a_letter_with_a_postal_address_asks_nothing(qtbot, page, set_up, saara, letters):
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")

    def fill(dialog):
        assert not dialog.no_address.isVisibleTo(dialog)
        assert not dialog.by_email.isVisibleTo(dialog) and not dialog.by_email.isChecked()

    run_step(qtbot, page, page.detail.buttons.acknowledge, fill)
    (letter,) = letters
    first = PdfReader(BytesIO(letter.pdf)).pages[0].extract_text()
    assert "Kauppakatu 1" in first and "saara@example.fi" not in first
