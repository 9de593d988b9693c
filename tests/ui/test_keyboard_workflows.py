"""Issue 19: the daily jobs done with the keyboard alone on the real main window: log a
request, answer an access request to a printed PDF and mark it sent, erase a customer. Only key
events drive the window; the tests read its state."""

from __future__ import annotations

import pytest
from helpers.windows import populate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tietosuoja_desktop.domain.enums import RequestType
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


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as a person presses it."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
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
