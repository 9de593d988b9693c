"""The settings page's encryption section: encrypt the register, change the passphrase, remove
the encryption, keep the key in the computer's key store, and the idle lock. Conversions run
on a worker thread behind a progress dialog; each asks first."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import USER_ERRORS, show_user_error, user_error_text
from ..style import set_role
from ..workers import Worker
from .idle_lock import DEFAULT_MINUTES, IDLE_SETTING, idle_minutes
from .passphrase_form import NewPassphraseForm

log = logging.getLogger(__name__)


class NewPassphraseDialog(QDialog):
    def __init__(self, title: str, offer_key_store: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = NewPassphraseForm(self, offer_key_store=offer_key_store)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.completeChanged.connect(
            lambda: self.ok_button.setEnabled(self.form.is_complete())
        )
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)


class EncryptionSection(QGroupBox):
    """``changed`` after a conversion (the backups list may show new facts)."""

    changed = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._thread: Worker | None = None
        self._progress: QProgressDialog | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.encrypt_button = QPushButton(self)
        self.encrypt_button.setObjectName("encrypt_register")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("change_passphrase")
        self.decrypt_button = QPushButton(self)
        self.decrypt_button.setObjectName("decrypt_register")
        self.remember = QCheckBox(self)
        self.remember.setObjectName("remember_key")
        self.idle_label = QLabel(self)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("ei koskaan") + 60)
        self.idle_label.setBuddy(self.idle_minutes)
        self.idle_hint = set_role(QLabel(self), "hint")
        self.idle_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.change_button, self.decrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        idle = QHBoxLayout()
        idle.addWidget(self.idle_label)
        idle.addWidget(self.idle_minutes)
        idle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.remember)
        layout.addLayout(idle)
        layout.addWidget(self.idle_hint)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button.clicked.connect(self.change_passphrase)
        self.decrypt_button.clicked.connect(self.decrypt)
        self.remember.toggled.connect(self._remember_toggled)
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Encryption"))
        self.encrypt_button.setText(self.tr("E&ncrypt the register…"))
        self.change_button.setText(self.tr("C&hange passphrase…"))
        self.decrypt_button.setText(self.tr("Remove encr&yption…"))
        self.remember.setText(self.tr("Re&member the key in this computer's key store"))
        self.idle_label.setText(self.tr("Lock the window after this many idle minutes:"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_hint.setText(
            self.tr(
                "A locked window hides the register until it is unlocked with the passphrase "
                "(or with one click when the key is in the key store)."
            )
        )
        self._show_status()

    # -- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        encryption = self.services.encryption
        self.encrypt_button.setVisible(not encryption.encrypted)
        self.change_button.setVisible(encryption.encrypted)
        self.decrypt_button.setVisible(encryption.encrypted)
        self.remember.setVisible(encryption.encrypted)
        self.remember.blockSignals(True)
        self.remember.setChecked(encryption.key_in_key_store)
        self.remember.blockSignals(False)
        self.idle_minutes.blockSignals(True)
        self.idle_minutes.setValue(idle_minutes(self.services))
        self.idle_minutes.blockSignals(False)
        self._show_status()

    def _show_status(self) -> None:
        encryption = self.services.encryption
        if not encryption.encrypted:
            text = self.tr(
                "The register is not encrypted: anyone who gets the file or a backup can read it."
            )
            set_role(self.status, "warning")
        elif encryption.key_in_key_store:
            text = self.tr(
                "The register and its backups are encrypted. The key is kept in this "
                "computer's key store, so the program starts without asking."
            )
            set_role(self.status, "")
        else:
            text = self.tr(
                "The register and its backups are encrypted. The passphrase is asked at start."
            )
            set_role(self.status, "")
        self.status.setText(text)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.busy

    # -- actions ----------------------------------------------------------------------------

    def encrypt(self) -> None:
        dialog = NewPassphraseDialog(self.tr("Encrypt the register"), True, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase, remember = dialog.form.passphrase(), dialog.form.keep_in_key_store()
        self._run(
            self.tr("Encrypting the register…"),
            lambda: self.services.encryption.encrypt(passphrase, remember=remember),
            self._encrypted,
        )

    def _encrypted(self, report) -> None:
        self.refresh()
        self.changed.emit()
        if not report.plain_backups:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Older backups are not encrypted"),
            self.tr(
                "%1 backups made before the register was encrypted are not encrypted and still "
                "reveal what they hold. Delete them now?"
            ).replace("%1", str(len(report.plain_backups))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.backups.delete_plain_backups()
            self.changed.emit()

    def change_passphrase(self) -> None:
        if not self._current_passphrase_given():
            return
        dialog = NewPassphraseDialog(self.tr("Change the passphrase"), False, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.form.passphrase()
        self._run(
            self.tr("Encrypting the register with the new passphrase…"),
            lambda: self.services.encryption.change_passphrase(passphrase),
            self._done,
        )

    def decrypt(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Remove the encryption"),
            self.tr(
                "Without encryption, anyone who gets the register file or a new backup can read "
                "it. Backups made so far stay encrypted. Remove the encryption?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._current_passphrase_given():
            return
        self._run(self.tr("Removing the encryption…"), self.services.encryption.decrypt, self._done)

    def _current_passphrase_given(self) -> bool:
        """The current passphrase, asked even when the key store would open the register:
        someone at an unlocked computer cannot weaken the encryption."""
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Current passphrase"),
            self.tr("Type the current passphrase of the register:"),
            QLineEdit.EchoMode.Password,
        )
        if not accepted:
            return False
        if self.services.encryption.matches(text):
            return True
        QMessageBox.warning(
            self,
            self.tr("Current passphrase"),
            self.tr("That is not the passphrase of the register. Nothing was changed."),
        )
        return False

    def _done(self, _report) -> None:
        self.refresh()
        self.changed.emit()

    def _remember_toggled(self, checked: bool) -> None:
        try:
            self.services.encryption.remember_key(checked)
        except USER_ERRORS as error:
            show_user_error(self, error)
        self.refresh()

    def _idle_changed(self, minutes: int) -> None:
        self.services.settings.set(IDLE_SETTING, str(minutes))
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.set_minutes(minutes)

    def _run(self, label: str, task, on_success) -> None:
        if self.busy():
            return
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setWindowTitle(self.title())
        self._progress = progress
        thread = Worker(self)
        thread.succeeded.connect(self._finished)
        thread.succeeded.connect(on_success)
        thread.failed.connect(self._finished)
        thread.failed.connect(self._failed)
        self._thread = thread
        progress.show()
        thread.start(task)

    def _finished(self, *_args) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        if not show_user_error(self, error):
            log.error("encryption change failed: %s", type(error).__name__)
            QMessageBox.critical(
                self,
                self.title(),
                self.tr("That did not work, and the register was left as it was: %1").replace(
                    "%1", user_error_text(error) or type(error).__name__
                ),
            )

    def wait_for_task(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._thread.wait()


__all__ = ["DEFAULT_MINUTES", "EncryptionSection", "NewPassphraseDialog"]
