"""The personal identity code (henkilötunnus) field: masked (``010190-****``) and read-only
until the user presses Show, so it is not on screen while someone looks over a shoulder.

An empty field is open for typing; a stored code is revealed only on request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ...domain.masking import mask_personal_id


class PersonalIdField(QWidget):
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.edit = QLineEdit(self)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textChanged.connect(self._enable_button)
        self.show_button = QPushButton(self)
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)
        self.show_button.toggled.connect(self._set_revealed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)
        self.set_value("")

    def retranslateUi(self) -> None:
        revealed = self.revealed
        show = self.tr("Sho&w")
        self.show_button.setText(self.tr("Hide") if revealed else show)
        # One Alt+letter toggles both ways: "Hide" keeps the letter of "Show".
        self.show_button.setShortcut(QKeySequence.mnemonic(show))
        self.show_button.setAccessibleName(
            self.tr("Hide the personal identity code")
            if revealed
            else self.tr("Show the personal identity code")
        )
        self.edit.setAccessibleDescription(
            ""
            if revealed
            else self.tr("Hidden. Press Show to see or change the personal identity code.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @property
    def revealed(self) -> bool:
        return self.show_button.isChecked()

    def set_value(self, code: str) -> None:
        """Show a stored code masked; an empty field is open for typing."""
        self._value = code
        self.show_button.blockSignals(True)
        self.show_button.setChecked(not code)
        self.show_button.blockSignals(False)
        self._render()

    def value(self) -> str:
        """The full code: what is typed while revealed, else the stored one."""
        return self.edit.text() if self.revealed else self._value

    def _finished(self) -> None:
        if self.revealed:
            self.editing_finished.emit()

    def _set_revealed(self, revealed: bool) -> None:
        if not revealed:
            self._value = self.edit.text()  # keep what was typed while it was visible
        self._render()
        if revealed:
            self.edit.setFocus()

    def _render(self) -> None:
        revealed = self.revealed
        self.edit.setReadOnly(not revealed)
        self.edit.blockSignals(True)  # showing or hiding is no edit
        self.edit.setText(self._value if revealed else mask_personal_id(self._value))
        self.edit.blockSignals(False)
        self._enable_button()
        self.retranslateUi()

    def _enable_button(self) -> None:
        self.show_button.setEnabled(bool(self.edit.text() or self._value))
