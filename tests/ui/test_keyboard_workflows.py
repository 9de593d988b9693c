"""Issue 19: the daily jobs done with the keyboard alone on the real main window: log a
request, answer an access request to a printed PDF and mark it sent, erase a customer. Only key
events drive the window; the tests read its state."""

from __future__ import annotations

import pytest
from helpers.sample import person
from helpers.windows import populate
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tietosuoja_desktop.domain.enums import RequestStatus, RequestType
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.ui.customers.table_model import CUSTOMER_ID_ROLE
from tietosuoja_desktop.ui.documents.pdf_preview import PdfPreviewDialog
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.requests.table_model import ID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def sample(services):
    return populate(services)


@pytest.fixture
def window(qtbot, sample):
    window = MainWindow(sample.services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def back_to(qtbot, window) -> None:
    """The window manager's part: a desktop gives the keyboard back to the main window when a
    modal window closes; the offscreen platform gives it to no one."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as a person presses it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, key, modifier)


def keys(qtbot, *presses) -> None:
    for key in presses:
        press(qtbot, key)


def type_text(qtbot, text: str) -> None:
    """ASCII text typed into the focused field (keyClicks aborts on other letters)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def listed_ids(page) -> list[int]:
    model = page.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_log_a_request(qtbot, window, sample):
    press(qtbot, Qt.Key.Key_3, ALT)  # View > Requests
    page = window.current_page()
    assert window.current_key() == "requests"
    qtbot.waitUntil(lambda: len(listed_ids(page)) == 2)
    press(qtbot, Qt.Key.Key_N, CTRL)  # File > New: log a request
    dialog = page.log_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.picker.search
    with qtbot.waitSignal(dialog.picker.searched, timeout=10_000):
        type_text(qtbot, "Saara")
    press(qtbot, Qt.Key.Key_Return)  # the first person found; the dialog stays open
    assert dialog.isVisible() and dialog.picker.customer_id() == sample.customer.id
    assert QApplication.focusWidget() is dialog.picker.results
    press(qtbot, Qt.Key.Key_Tab)  # to the request's kind
    assert QApplication.focusWidget() is dialog.type
    press(qtbot, Qt.Key.Key_Down)
    kind = RequestType(dialog.type.currentData())
    assert kind is not RequestType.ACCESS  # the arrow chose the next kind
    while QApplication.focusWidget() is not dialog.description:
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Please correct my address")
    while QApplication.focusWidget() is not dialog.came_from:
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, sample.customer.email)
    with qtbot.waitSignal(dialog.logged) as logged, qtbot.waitSignal(page.loaded, timeout=10_000):
        press(qtbot, Qt.Key.Key_Return)  # the default button: Log the request
    request_id = logged.args[0]
    assert request_id in listed_ids(page)
    logged_request = sample.services.requests.get(request_id).request
    assert (logged_request.type, logged_request.customer_id) == (kind, sample.customer.id)
    assert logged_request.description == "Please correct my address"


def current_id(page) -> int | None:
    index = page.table.currentIndex()
    return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None


@pytest.fixture
def print_to_pdf_file(monkeypatch, tmp_path):
    """The system's print dialog answered as a person choosing "Print to file (PDF)"; the
    "written" message box recorded instead of shown."""
    target = tmp_path / "printed.pdf"
    told: list[str] = []

    def choose_pdf_file(dialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_file)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_rest: told.append(text)
    )
    return target, told


@pytest.fixture
def preview_by_keys(monkeypatch, qtbot):
    """The modal preview, opened for real; once it has the keyboard, Ctrl+P prints and Esc
    closes it. ``titles`` lists the documents previewed."""
    titles: list[str] = []
    modal_exec = PdfPreviewDialog.exec

    def exec_(dialog) -> int:
        def drive() -> None:
            qtbot.waitUntil(dialog.isActiveWindow)
            titles.append(dialog.windowTitle())
            press(qtbot, Qt.Key.Key_P, CTRL)
            press(qtbot, Qt.Key.Key_Escape)

        QTimer.singleShot(0, drive)
        return modal_exec(dialog)

    monkeypatch.setattr(PdfPreviewDialog, "exec", exec_)
    return titles


def run_by_keys(qtbot, page, key, modifier) -> None:
    """A step's shortcut, then Enter on its dialog (its default button); wait for the end."""
    detail = page.detail
    with (
        qtbot.waitSignal(detail.finished, timeout=30_000),
        qtbot.waitSignal(page.loaded, timeout=30_000),
    ):
        press(qtbot, key, modifier)
        dialog = detail.actions.dialog
        assert dialog is not None, "the shortcut opened no dialog"
        qtbot.waitUntil(dialog.isActiveWindow)
        press(qtbot, Qt.Key.Key_Return)


def test_answer_an_access_request(qtbot, window, sample, print_to_pdf_file, preview_by_keys):
    target, told = print_to_pdf_file
    press(qtbot, Qt.Key.Key_3, ALT)
    page = window.current_page()
    qtbot.waitUntil(lambda: len(listed_ids(page)) == 2)
    press(qtbot, Qt.Key.Key_F, CTRL)  # Edit > Find: the list's search box
    press(qtbot, Qt.Key.Key_Return)  # from the search to the list
    assert QApplication.focusWidget() is page.table
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(listed_ids(page))):
        if current_id(page) == sample.request_id:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert current_id(page) == sample.request_id
    qtbot.waitUntil(lambda: page.detail.view and page.detail.view.request.id == sample.request_id)

    run_by_keys(qtbot, page, Qt.Key.Key_Return, CTRL)  # Request > the main step
    assert preview_by_keys == ["Selvitys sinua koskevista henkilötiedoista"]  # in her language
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Saara" in text  # the report itself, with its text, not drawn page images
    assert told == [f"The document was written to {target}."]
    assert page.detail.view.request.status is RequestStatus.READY_TO_SEND

    shift = CTRL | Qt.KeyboardModifier.ShiftModifier
    back_to(qtbot, window)
    run_by_keys(qtbot, page, Qt.Key.Key_M, shift)  # Request > Mark as sent
    request = sample.services.requests.get(sample.request_id).request
    assert request.status is RequestStatus.COMPLETED


def test_erase_a_customer(qtbot, window, sample):
    services = sample.services
    other = services.customers.add(person(first_name="Aaro", last_name="Aalto"))
    press(qtbot, Qt.Key.Key_2, ALT)  # View > Customers
    page = window.current_page()
    assert window.current_key() == "customers"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    press(qtbot, Qt.Key.Key_F, CTRL)  # Edit > Find
    press(qtbot, Qt.Key.Key_Return)  # from the search to the list
    assert QApplication.focusWidget() is page.table
    for _ in range(page.model.rowCount()):
        if page.current_customer_id() == sample.customer.id:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert page.current_customer_id() == sample.customer.id
    press(qtbot, Qt.Key.Key_Delete)  # the erasure
    dialog = page.erase_dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.confirmation
    type_text(qtbot, "Esimerkki")  # her name, as the dialog asks
    assert dialog.erase_button.isEnabled()  # Enter stays Cancel's: the erasure is chosen by name
    dialog_closed = qtbot.waitSignal(dialog.finished)
    with qtbot.waitSignal(dialog.erased):
        press(qtbot, Qt.Key.Key_E, ALT)  # Erase permanently
    with pytest.raises(NotFound):
        services.customers.get(sample.customer.id)
    with dialog_closed:
        press(qtbot, Qt.Key.Key_Escape)  # Close
    back_to(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data(CUSTOMER_ID_ROLE) == other.id
