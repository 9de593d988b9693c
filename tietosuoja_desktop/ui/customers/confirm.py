"""A yes-or-no question before a step the user may regret, with the safe answer as default.
One function, so tests can answer it without a modal message box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """True when the user chooses ``action``; Cancel is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    proceed = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is proceed


def discard_changes(parent: QWidget | None) -> bool:
    """Before a form whose typing has not been saved closes (Cancel, Esc, the window's close
    button): True when the user lets the typing go."""
    return ask(
        parent,
        QCoreApplication.translate("Confirm", "Discard the changes?"),
        QCoreApplication.translate("Confirm", "What you typed here has not been saved."),
        QCoreApplication.translate("Confirm", "Discard"),
    )
