"""The setup wizard's page about encrypting the register."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from .passphrase_form import NewPassphraseForm


class EncryptionPage(QWizardPage):
    """Plain or encrypted; with encryption, a passphrase typed twice and the key store."""

    def __init__(self, already_encrypted: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.already_encrypted = already_encrypted
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.plain = QRadioButton(self)
        self.plain.setObjectName("encryption_off")
        self.encrypted = QRadioButton(self)
        self.encrypted.setObjectName("encryption_on")
        group = QButtonGroup(self)
        group.addButton(self.plain)
        group.addButton(self.encrypted)
        self.form = NewPassphraseForm(self)
        self.form.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.plain)
        layout.addWidget(self.encrypted)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.encrypted.setChecked(True)
        for widget in (self.plain, self.encrypted, self.form):
            widget.setVisible(not already_encrypted)
        self.encrypted.toggled.connect(self._chosen)
        self.form.completeChanged.connect(self.completeChanged)
        self.retranslate_ui()
        self._chosen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Protect the register"))
        self.setSubTitle(
            self.tr("If the computer or a backup is stolen, encryption keeps the register unread.")
        )
        if self.already_encrypted:
            self.intro.setText(self.tr("The register is already encrypted."))
        else:
            self.intro.setText(
                self.tr(
                    "An encrypted register and its backups can only be opened with the "
                    "passphrase. You can change this later in the settings."
                )
            )
        self.plain.setText(self.tr("&Do not encrypt"))
        self.encrypted.setText(self.tr("&Encrypt the register with a passphrase (recommended)"))

    def _chosen(self, *_args) -> None:
        self.form.setEnabled(self.encrypted.isChecked())
        self.completeChanged.emit()

    def wants_encryption(self) -> bool:
        return not self.already_encrypted and self.encrypted.isChecked()

    def isComplete(self) -> bool:
        return not self.wants_encryption() or self.form.is_complete()
