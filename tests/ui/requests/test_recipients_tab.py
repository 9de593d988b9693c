"""The Art 19 tab of a request's card, driven as a person does: a restriction prepared lists
the recipients of the person's register; each is ticked as told (date, how) in a step dialog,
marked not disclosed to, or opened again; "Mark as sent" asks why while one is not yet told,
and refuses to go on without a reason."""

from __future__ import annotations

from io import BytesIO

import pytest
from helpers.keyboard_checks import mnemonic_clashes
from pypdf import PdfReader
from PySide6.QtCore import QDate
from steps import log_request, run_step

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.domain.recipients import NoticeStatus, ToldVia

pytestmark = pytest.mark.usefixtures("english")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def rows(panel) -> list[tuple[str, str, str]]:
    model = panel.model
    return [
        tuple(model.index(row, column).data() for column in range(3))
        for row in range(model.rowCount())
    ]


def press(qtbot, page, button) -> None:
    """A tick without a dialog: wait until the step and the list are done."""
    with (
        qtbot.waitSignal(page.detail.finished, timeout=10_000),
        qtbot.waitSignal(page.loaded, timeout=10_000),
    ):
        button.click()


def test_recipients_are_ticked_and_hold_back_sending(
    qtbot, page, set_up, saara, register, clock, letters
):
    set_up.processors.add(Processor(name="Verkkokauppa Alusta Oy", register_ids=(register.id,)))
    request_id = log_request(qtbot, page, RequestType.RESTRICTION, search="Saara")
    detail = page.detail
    tabs, panel = detail.tabs, detail.recipients
    assert tabs.isTabVisible(2) and tabs.tabText(2) == "Recipients (Art 19)"
    assert rows(panel) == []  # made when the answer is prepared
    run_step(qtbot, page, detail.buttons.fulfil)
    assert tabs.tabText(2) == "Recipients (Art 19): 2 not yet told"
    assert rows(panel) == [
        ("1", "Verkkokauppa Alusta Oy", "not yet told"),
        ("2", "Ei säännönmukaisia luovutuksia", "not yet told"),
    ]
    tabs.setCurrentIndex(2)
    assert not mnemonic_clashes(page.window())  # the tab's buttons are on the keyboard too
    assert not panel.told.isEnabled()  # nothing chosen yet

    panel.table.selectRow(0)

    def told_by_phone(dialog):
        told = dialog.extra
        assert told.on.maximumDate().toPython() == clock.today()
        assert told.on.minimumDate().toPython() == page.detail.view.request.received
        told.via.setCurrentIndex(told.via.findData(ToldVia.PHONE.value))
        told.on.setDate(QDate(2026, 11, 22))

    run_step(qtbot, page, panel.told, told_by_phone)
    assert rows(panel)[0] == ("1", "Verkkokauppa Alusta Oy", "told 22.11.2026 · Phone")
    assert detail.status.text() == "Verkkokauppa Alusta Oy told on 22.11.2026."
    panel.table.selectRow(1)
    press(qtbot, page, panel.not_disclosed)
    assert rows(panel)[1][2] == "not disclosed to this recipient"
    assert tabs.tabText(2) == "Recipients (Art 19)"
    panel.table.selectRow(1)
    assert panel.reopen.isEnabled()
    press(qtbot, page, panel.reopen)
    assert rows(panel)[1][2] == "not yet told"
    notices = set_up.recipients.checklist(request_id)
    assert [n.status for n in notices] == [NoticeStatus.TOLD, NoticeStatus.OPEN]

    # The person asks who the recipients are: the short letter lists them.
    run_step(qtbot, page, panel.letter, lambda d: d.language.setCurrentIndex(0))
    completion, listed = letters  # the answer, then the list
    assert listed.suggested_name == f"{listed.title} {request_id}.pdf"
    words = " ".join(pdf_text(listed.pdf).split())
    assert "Verkkokauppa Alusta Oy: ilmoitettu 22.11.2026" in words
    assert "Ei säännönmukaisia luovutuksia: ilmoitetaan" in words
    assert detail.status.text() == "The list of recipients is made and archived."

    # Sending: one recipient is not yet told, so the dialog asks why.
    detail.buttons.mark_sent.click()
    dialog = detail.actions.dialog
    assert "Ei säännönmukaisia luovutuksia" in dialog.intro.text()
    assert dialog.reason.isVisibleTo(dialog)
    dialog.confirm_button.click()  # no reason: nothing happens, the dialog says what is missing
    assert dialog.isVisible() and dialog.reason_error.text() == (
        "Give the reason, or tick the recipients first."
    )
    assert set_up.requests.get(request_id).request.status is RequestStatus.READY_TO_SEND
    dialog.reason.setPlainText("Ei luovutuksia tälle asiakkaalle")
    with (
        qtbot.waitSignal(detail.finished, timeout=10_000),
        qtbot.waitSignal(page.loaded, timeout=10_000),
    ):
        dialog.confirm_button.click()
    assert set_up.requests.get(request_id).request.status is RequestStatus.COMPLETED
    model = detail.timeline.model
    events = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert events[-2] == (
        "Completed before every recipient was told, because: Ei luovutuksia tälle asiakkaalle"
    )


def test_other_types_show_no_recipients_tab(qtbot, page, saara):
    log_request(qtbot, page, RequestType.ACCESS, search="Saara")
    assert not page.detail.tabs.isTabVisible(2)
