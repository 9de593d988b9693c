"""The steps before and instead of the answer: acknowledging, proof of identity, extending (and
the refusal to extend once its notice deadline has passed), refusing, withdrawing, signing the
letter digitally, and the request's timeline and originals."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader
from steps import log_request, run_step

from tietosuoja_desktop.documents import signing
from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.ui import private_copies

pytestmark = pytest.mark.usefixtures("english")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


# Logged from the e-mail the register holds (steps.log_request): the identity step follows.
LOGGED = ["logged", "identity_matches_register"]


def actions_on_timeline(services, request_id: int) -> list[str]:
    return [event.action for event in services.requests.timeline(request_id)]


def test_acknowledgement_letter_tells_the_due_date(qtbot, page, set_up, saara, letters):
    request_id = log_request(
        qtbot, page, RequestType.ACCESS, search="Saara", received=date(2026, 11, 16)
    )
    run_step(qtbot, page, page.detail.buttons.acknowledge)
    assert "16.12.2026" in pdf_text(letters[0].pdf)
    assert actions_on_timeline(set_up, request_id) == [*LOGGED, "letter_acknowledgement"]
    assert page.detail.timeline.model.index(len(LOGGED), 2).data() == "Acknowledgement letter"


def test_extension_shows_the_new_due_date(qtbot, page, set_up, saara, letters):
    request_id = log_request(
        qtbot, page, RequestType.ERASURE, search="Saara", received=date(2026, 11, 16)
    )
    detail = page.detail

    def give_reason(dialog):
        assert "16.12.2026 to 16.2.2027" in dialog.intro.text()
        dialog.confirm_button.click()  # no reason yet: the dialog stays open and says so
        assert dialog.isVisible() and dialog.reason_error.text()
        dialog.reason.setPlainText("Laaja pyyntö, paljon aineistoa")

    run_step(qtbot, page, detail.buttons.extend, give_reason)
    assert detail.status.text() == "Extended: the new due date is 16.2.2027."
    assert "16.2.2027" in detail.clock.text()
    assert "Extended on 22.11.2026: Laaja pyyntö" in detail.notice.text()
    assert not detail.buttons.extend.isVisibleTo(detail)
    assert "16.2.2027" in pdf_text(letters[0].pdf)
    assert set_up.requests.get(request_id).request.status is RequestStatus.EXTENDED


def test_extension_is_refused_after_its_notice_deadline(
    qtbot, page, set_up, saara, letters, message_boxes, clock
):
    request_id = log_request(
        qtbot, page, RequestType.ACCESS, search="Saara", received=date(2026, 11, 16)
    )
    clock.set(date(2026, 12, 17))  # the person had to be told by 16.12.2026
    page.refresh()
    run_step(
        qtbot,
        page,
        page.detail.buttons.extend,
        lambda dialog: dialog.reason.setPlainText("Liikaa töitä"),
    )
    expected = "Too late to extend: the person had to be told of an extension by 16.12.2026."
    assert message_boxes == [expected]
    assert page.detail.status.text() == expected
    request = set_up.requests.get(request_id).request
    assert request.extended_on is None and request.status is RequestStatus.OPEN
    assert actions_on_timeline(set_up, request_id) == LOGGED
    assert letters == []
    assert "1 day overdue" in page.detail.clock.text()


def test_refusal_letter_names_the_authority(qtbot, page, set_up, saara, letters):
    request_id = log_request(qtbot, page, RequestType.ERASURE, search="Saara")
    run_step(
        qtbot,
        page,
        page.detail.buttons.refuse,
        lambda dialog: dialog.reason.setPlainText("Tiedot tarvitaan sopimuksen hoitamiseen"),
    )
    text = pdf_text(letters[0].pdf)
    assert "Tietosuojavaltuutetun toimisto" in text
    assert "Tiedot tarvitaan sopimuksen hoitamiseen" in text
    assert set_up.requests.get(request_id).request.status is RequestStatus.REFUSED
    assert not page.detail.buttons.fulfil.isVisibleTo(page.detail)


def test_proof_of_identity_blocks_fulfilment_until_received(
    qtbot, page, set_up, saara, letters, message_boxes
):
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    detail, buttons = page.detail, page.detail.buttons
    run_step(
        qtbot,
        page,
        buttons.ask_identity,
        lambda dialog: dialog.reason.setPlainText("Allekirjoitus puuttuu"),
    )
    assert "Allekirjoitus puuttuu" in pdf_text(letters[0].pdf)
    assert set_up.requests.get(request_id).request.status is RequestStatus.WAITING_FOR_IDENTITY
    assert not buttons.fulfil.isEnabled()
    assert detail.next_step.text().startswith("Waiting for proof of identity")
    assert buttons.identity_received.isVisibleTo(detail)

    # Even when asked directly, the service refuses and says why.
    with qtbot.waitSignal(detail.finished):
        detail.actions.fulfil()
        detail.actions.dialog.confirm_button.click()
    assert message_boxes == ["Proof of identity was asked for and has not arrived yet."]

    run_step(qtbot, page, buttons.identity_received, expect_dialog=False)
    assert buttons.fulfil.isEnabled()
    assert not buttons.identity_received.isVisibleTo(detail)
    run_step(qtbot, page, buttons.fulfil)
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND


def test_identity_failed_suggests_refusing(qtbot, page, set_up, saara, letters):
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    run_step(qtbot, page, page.detail.buttons.ask_identity)
    run_step(qtbot, page, page.detail.buttons.identity_failed, expect_dialog=False)
    assert "refuse the request (Art 12(2))" in page.detail.next_step.text()
    assert page.detail.buttons.ask_identity.isVisibleTo(page.detail)


def test_withdrawn_request_stops_its_clock(qtbot, page, set_up, saara, letters):
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    run_step(qtbot, page, page.detail.buttons.withdraw, lambda d: d.reason.setPlainText("Soitti"))
    assert letters == []
    assert set_up.requests.get(request_id).request.status is RequestStatus.WITHDRAWN
    assert page.detail.clock.text() == "Withdrawn on 22.11.2026: the clock has stopped."
    assert not page.detail.warning.isVisibleTo(page.detail)
    assert page.model.row_of(request_id) == -1  # gone from the open ones, still on the card
    assert page.detail.view.request.id == request_id


def test_letter_signed_digitally_and_a_wrong_passphrase_changes_nothing(
    qtbot, page, set_up, saara, letters, message_boxes
):
    set_up.documents.create_identity("oikea-tunnuslause-42")
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")

    def sign_with(passphrase):
        def fill(dialog):
            assert dialog.sign.isEnabled()
            dialog.sign.setChecked(True)
            dialog.passphrase.setText(passphrase)

        return fill

    run_step(qtbot, page, page.detail.buttons.acknowledge, sign_with("väärä"))
    assert message_boxes == ["The passphrase does not open your signing key. Nothing was changed."]
    assert actions_on_timeline(set_up, request_id) == LOGGED
    assert letters == []

    run_step(qtbot, page, page.detail.buttons.acknowledge, sign_with("oikea-tunnuslause-42"))
    (letter,) = letters
    assert set_up.documents.verify(letter.pdf).intact
    assert set_up.documents.archive(kind="letter_acknowledgement")[0].signed


class _FortyYearsOn(datetime):
    """The clock the signing check reads, forty years on: the certificate has expired."""

    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) + timedelta(days=40 * 366)


def test_an_expired_certificate_is_named_not_blamed_on_the_passphrase(
    qtbot, page, set_up, saara, letters, message_boxes, monkeypatch
):
    set_up.documents.create_identity("oikea-tunnuslause-42")
    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    monkeypatch.setattr(signing, "datetime", _FortyYearsOn)

    def sign(dialog):
        dialog.sign.setChecked(True)
        dialog.passphrase.setText("oikea-tunnuslause-42")

    run_step(qtbot, page, page.detail.buttons.acknowledge, sign)
    assert message_boxes == [
        "The signing certificate has expired. Create or import a new signing identity. "
        "Nothing was changed."
    ]
    assert actions_on_timeline(set_up, request_id) == LOGGED
    assert letters == []


def test_timeline_opens_a_sent_letter_again(qtbot, page, set_up, saara, letters):
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    run_step(qtbot, page, page.detail.buttons.acknowledge)
    timeline = page.detail.timeline
    timeline.open_document(timeline.model.index(len(LOGGED), 0))
    assert len(letters) == 2 and letters[1].pdf == letters[0].pdf
    timeline.open_document(timeline.model.index(0, 0))  # "logged" sent nothing
    assert len(letters) == 2


def test_originals_are_attached_saved_and_opened(
    qtbot, page, set_up, saara, monkeypatch, tmp_path, save_to
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    original = tmp_path / "skannattu kirje.pdf"
    original.write_bytes(b"%PDF-1.4 the scan")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(original), ""))
    )
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))

    page.new_item()
    page.log_dialog.choose_original()
    assert page.log_dialog.original_label.text() == "skannattu kirje.pdf"
    page.log_dialog.picker.outside.setChecked(True)
    page.log_dialog.picker.name.setText("Kirjeen Kirjoittaja")
    with qtbot.waitSignal(page.loaded):
        page.log_dialog.save_button.click()
    panel = page.detail.attachments
    assert panel.model.rowCount() == 1
    assert page.detail.tabs.tabText(1) == "Originals (1)"
    panel.table.selectRow(0)
    saved = panel.save_current()
    assert saved.read_bytes() == b"%PDF-1.4 the scan" and save_to == ["skannattu kirje.pdf"]
    path = panel.open_current()
    assert path.read_bytes() == b"%PDF-1.4 the scan"
    assert opened[0].toLocalFile() == str(path)
    assert path.parent.name.startswith(private_copies.PREFIX)
    private_copies.remove_private_copies()
    assert not path.exists()
    panel.attach()  # a second original later
    assert panel.model.rowCount() == 2


def test_buttons_wait_while_a_step_runs(qtbot, page, set_up, saara, letters, monkeypatch):
    import threading

    request_id = log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    release = threading.Event()
    acknowledge = set_up.fulfilment.acknowledge

    def slow_acknowledge(*args, **kwargs):
        release.wait(10)
        return acknowledge(*args, **kwargs)

    monkeypatch.setattr(set_up.fulfilment, "acknowledge", slow_acknowledge)
    buttons = page.detail.buttons
    with qtbot.waitSignal(page.detail.finished, timeout=20_000):
        buttons.acknowledge.click()
        page.detail.actions.dialog.confirm_button.click()
        assert page.detail.status.text() == "Working…"
        assert not buttons.fulfil.isEnabled() and not buttons.refuse.isEnabled()
        release.set()
        assert page.confirm_leave()  # waits for the step's write, then lets the window close
    assert buttons.fulfil.isEnabled()
    assert actions_on_timeline(set_up, request_id) == [*LOGGED, "letter_acknowledgement"]


def test_opened_originals_are_private_and_removed_when_the_app_quits(tmp_path):
    import os
    import stat

    path = private_copies.write_private_copy("../../skannattu kirje.pdf", b"%PDF the scan")
    try:
        assert path.name == "skannattu kirje.pdf"  # no way out of its folder
        assert path.read_bytes() == b"%PDF the scan"
        if os.name == "posix":
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        assert private_copies.remove_private_copies() == 1
    assert not path.exists() and not path.parent.exists()


def test_copies_a_crash_left_behind_go_at_the_next_start(tmp_path):
    import os

    old = tmp_path / (private_copies.PREFIX + "old")
    new = tmp_path / (private_copies.PREFIX + "new")
    other = tmp_path / "someone-elses"
    for folder in (old, new, other):
        folder.mkdir()
        (folder / "letter.pdf").write_bytes(b"x")
    stamp = old.stat().st_mtime
    later = stamp + private_copies.STALE_SECONDS + 1
    os.utime(new, (later, later))
    assert private_copies.remove_stale_copies(now=later, folder=tmp_path) == 1
    assert not old.exists() and new.exists() and other.exists()
