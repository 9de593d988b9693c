"""The passphrase of an encrypted register, asked at start: a wrong one gets a clear message
and three more tries, then the program quits. Nothing is ever written to the file before the
passphrase opens it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.encryption import WrongPassphrase
from ..passphrase_fields import password_field
from ..style import heading, set_role

log = logging.getLogger(__name__)

MORE_TRIES = 3  # after the first: four in all


class PassphraseDialog(QDialog):
    """Asks until ``try_open(passphrase)`` returns something or the tries run out.
    ``result_value`` holds what it returned; ``remember()`` the key store choice."""

    def __init__(self, try_open, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._try_open = try_open
        self.data_dir = data_dir
        self.result_value = None
        self.failures = 0
        self.heading = QLabel(self)
        heading(self.heading, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.passphrase = password_field(self)
        self.passphrase.setObjectName("passphrase")
        self.remember = QCheckBox(self)
        self.error = set_role(QLabel(self), "warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.heading.setText(self.tr("The register is encrypted"))
        self.intro.setText(
            self.tr("Type the passphrase of the register in %1.").replace("%1", str(self.data_dir))
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.remember.setText(self.tr("Re&member the key in this computer's key store"))
        self.open_button.setText(self.tr("&Open"))
        self._show_failures()

    def _show_failures(self) -> None:
        if not self.failures:
            return
        left = MORE_TRIES + 1 - self.failures
        self.error.setText(
            self.tr("The passphrase does not open the register. Tries left: %1.").replace(
                "%1", str(left)
            )
        )
        self.error.show()

    def submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            return
        try:
            self.result_value = self._try_open(text)
        except WrongPassphrase:
            self.failures += 1
            log.warning("a wrong passphrase for the register (%d)", self.failures)
            self.passphrase.clear()
            if self.failures > MORE_TRIES:
                self.reject()
                return
            self._show_failures()
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    def keep_in_key_store(self) -> bool:
        return self.remember.isChecked()
