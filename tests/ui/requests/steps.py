"""Driving the Requests page as a person does: log a request through the dialog, press a step's
button, fill its dialog and confirm, then wait until the step and the list are done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def refreshed(qtbot, page, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def log_request(
    qtbot,
    page,
    kind,
    *,
    search: str = "",
    name: str = "",
    contact: str = "",
    received: date | None = None,
    description: str = "",
    came_from: str | None = None,
) -> int:
    """Log a request through the dialog; returns its id. A customer's request comes from the
    e-mail the register holds unless ``came_from`` says otherwise."""
    page.new_item()
    dialog = page.log_dialog
    picker = dialog.picker
    if search:
        with qtbot.waitSignal(picker.searched, timeout=10_000):
            picker.search.setText(search)
        picker.results.setCurrentRow(0)
        if came_from is None:
            came_from = dialog.services.customers.get(picker.customer_id()).email
        dialog.came_from.setText(came_from)
    else:
        picker.outside.setChecked(True)
        picker.name.setText(name)
        picker.contact.setPlainText(contact)
    dialog.type.setCurrentIndex(dialog.type.findData(kind.value))
    if received is not None:
        dialog.received.setDate(QDate(received.year, received.month, received.day))
    dialog.description.setPlainText(description)
    with qtbot.waitSignal(dialog.logged) as blocker, qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.save_button.click()
    return blocker.args[0]


def run_step(qtbot, page, button, fill=None, *, expect_dialog: bool = True) -> None:
    """Press ``button`` on the card; fill the step's dialog and confirm it; wait for the end."""
    detail = page.detail
    with (
        qtbot.waitSignal(detail.finished, timeout=30_000),
        qtbot.waitSignal(page.loaded, timeout=30_000),
    ):
        button.click()
        if expect_dialog:
            dialog = detail.actions.dialog
            assert dialog is not None, "the step opened no dialog"
            if fill is not None:
                fill(dialog)
            dialog.confirm_button.click()
