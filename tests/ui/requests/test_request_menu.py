"""The Request menu (issue 19): each step of a request as an action with its shortcut, enabled
exactly as its button on the card, and the main step's button with an Alt+letter of its own."""

from __future__ import annotations

from datetime import date

from helpers.keyboard_checks import mnemonic_clashes
from PySide6.QtCore import Qt

from tietosuoja_desktop.domain.enums import IdentityCheck, RequestType
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.mnemonics import mnemonic
from tietosuoja_desktop.ui.requests.menu import STEPS


def shown_window(qtbot, services, request_id):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("requests")
    page.show_request(request_id)
    return window, page


def as_buttons(window, page) -> dict[str, bool]:
    buttons = page.detail.buttons
    return {
        name: not getattr(buttons, name).isHidden() and getattr(buttons, name).isEnabled()
        for name, _shortcut in STEPS
    }


def as_menu(window) -> dict[str, bool]:
    actions = window.menus.request_menu.step_actions
    return {name: action.isEnabled() for name, action in actions.items()}


def test_the_menu_follows_the_buttons(qtbot, set_up, saara, english, message_boxes):
    added = set_up.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=saara.id)
    )
    window, page = shown_window(qtbot, set_up, added.request.id)
    assert as_menu(window) == as_buttons(window, page)
    assert as_menu(window)["fulfil"] and not as_menu(window)["identity_received"]
    set_up.requests.mark_identity(added.request.id, IdentityCheck.REQUESTED)
    page.show_request(added.request.id)
    assert as_menu(window) == as_buttons(window, page)
    assert not as_menu(window)["fulfil"] and as_menu(window)["identity_received"]
    window.show_page("overview")  # the steps act on the card of the Requests page
    assert not any(as_menu(window).values())


def test_a_shortcut_opens_the_step(qtbot, set_up, saara, english, message_boxes):
    added = set_up.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=saara.id)
    )
    window, page = shown_window(qtbot, set_up, added.request.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = page.detail.actions.dialog
    assert dialog is not None and dialog.windowTitle() == "Acknowledge the request"
    dialog.reject()


def test_the_main_step_has_a_letter_of_its_own(qtbot, set_up, saara, english, message_boxes):
    added = set_up.requests.add(
        DataRequest(RequestType.ACCESS, date(2026, 11, 20), customer_id=saara.id)
    )
    window, page = shown_window(qtbot, set_up, added.request.id)
    assert mnemonic(page.detail.buttons.fulfil.text())
    assert not any(
        page.detail.buttons.fulfil.text() in texts for texts in mnemonic_clashes(window).values()
    )
    assert window.menus.request_menu.menu.title() == "Re&quest"
