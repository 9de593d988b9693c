"""The question asked before a document is made that would print some characters as "�": which
characters, where they were found, and whether to make it anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.unprintable import UnprintableCharacters
from ...translation import render


class UnprintableDialog(QMessageBox):
    """Accepted (``make_button``) makes the document with the marks; rejected makes nothing."""

    def __init__(self, error: UnprintableCharacters, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Characters the document cannot print"))
        self.setText(
            self.tr(
                "Some characters cannot be printed with the document's font. Fix the texts "
                "first, or make the document with the characters marked."
            )
        )
        self.setInformativeText(render(error.message))
        self.make_button = self.addButton(
            self.tr("Make it anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
