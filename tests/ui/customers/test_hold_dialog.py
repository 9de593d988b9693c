"""The customer page's legal hold: placed with a reason and a last day, shown among the flags,
refused without a reason (the dialog stays open with the message), released again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from tietosuoja_desktop.ui.customers.dialog import CustomerDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, services, english, add_person):
    customer = add_person()
    opened = CustomerDialog(services, customer.id)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def test_a_hold_is_placed_shown_and_released(qtbot, dialog, services):
    customer_id = dialog.customer.id
    assert dialog.hold_button.isEnabled() and not dialog.flags.isVisible()
    dialog.start_hold()
    hold = dialog.hold_dialog
    assert not hold.release_button.isVisible()
    hold.reason.setText("Riita laskusta")
    hold.until.setDate(QDate(2027, 6, 30))
    with qtbot.waitSignal(hold.changed):
        hold.place_button.click()
    assert services.holds.get(customer_id).until == date(2027, 6, 30)
    assert "legal hold until 30.6.2027" in dialog.flags.text()
    assert dialog.flags.isVisible()
    dialog.start_hold()
    again = dialog.hold_dialog
    assert again.reason.text() == "Riita laskusta" and again.release_button.isVisible()
    with qtbot.waitSignal(again.changed):
        again.release_button.click()
    assert services.holds.get(customer_id) is None
    assert "legal hold" not in dialog.flags.text()


def test_a_hold_without_a_reason_is_refused_and_the_dialog_stays(qtbot, dialog, services):
    dialog.start_hold()
    hold = dialog.hold_dialog
    hold.place_button.click()
    assert hold.isVisible() and hold.problem.isVisible()
    assert hold.problem.text() == "This field is required."
    assert services.holds.get(dialog.customer.id) is None


def test_a_new_customer_cannot_be_held_yet(qtbot, services, english, register):
    new = CustomerDialog(services, None)
    qtbot.addWidget(new)
    assert not new.hold_button.isEnabled()
