"""The signing identity's dialogs: create one (passphrase twice, with a strength hint), import
a PKCS#12 file from a certification authority, and ask the passphrase when signing.

Errors stay inside the dialog under the fields, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.signatures import SigningError
from ..errors import USER_ERRORS, problem_label, set_message, user_error_text
from ..format import format_date
from ..passphrase_fields import FAIR, STRONG, WEAK, add_row, passphrase_strength, password_field
from ..style import heading, set_role
from .wording import signing_error_text

MIN_LENGTH = 8


class _IdentityForm(QDialog):
    """What the three dialogs share: a heading, an intro, a form, an error label, buttons."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.heading = QLabel(self)
        heading(self.heading, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_error(self, text: str) -> None:
        set_message(self.error, text)

    def show_failure(self, error: BaseException) -> None:
        if isinstance(error, SigningError):
            self.set_error(signing_error_text(error))
        else:
            self.set_error(user_error_text(error) or str(error))

    def submit(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


class CreateIdentityDialog(_IdentityForm):
    """A new key and self-signed certificate for the business; ``identity`` once made."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.identity = None
        self.existing = services.documents.identity()
        profile = services.controller.get()
        self.business = QLabel(profile.name if profile else "", self)
        self.business_id = QLabel(profile.business_id if profile else "", self)
        self.passphrase = password_field(self)
        self.repeat = password_field(self)
        self.strength = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.replace_note = QLabel(self)
        self.replace_note.setWordWrap(True)
        self.replace_note.setVisible(self.existing is not None)
        set_role(self.replace_note, "warning")
        fields = (self.business, self.business_id, self.passphrase, self.repeat, self.strength)
        self.labels = [add_row(self.form, field) for field in fields]
        self.layout().insertWidget(3, self.hint)
        self.layout().insertWidget(4, self.replace_note)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.heading.setText(self.tr("Create a signing identity"))
        self.intro.setText(
            self.tr(
                "The app makes a signing key and a certificate that names your business. The "
                "key is kept in the data folder, locked with a passphrase you choose."
            )
        )
        labels = (self.tr("Business:"), self.tr("Business ID:"), self.tr("&Passphrase:"))
        labels += (self.tr("&Repeat passphrase:"), "")
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.hint.setText(
            self.tr(
                "Use at least %1 characters; a few unrelated words are easy to remember and "
                "hard to guess. Nobody can recover a forgotten passphrase: you would have to "
                "create a new identity."
            ).replace("%1", str(MIN_LENGTH))
        )
        if self.existing is not None:
            self.replace_note.setText(
                self.tr(
                    "This replaces your current signing identity (valid until %1). Documents "
                    "already signed with it stay valid."
                ).replace("%1", format_date(self.existing.valid_to.date()))
            )
        self.ok_button.setText(self.tr("&Create"))
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        strength = passphrase_strength(text)
        words = {
            0: "",
            WEAK: self.tr("Strength: weak"),
            FAIR: self.tr("Strength: fair"),
            STRONG: self.tr("Strength: strong"),
        }
        self.strength.setText(words[strength])
        set_role(self.strength, "warning" if strength == WEAK else "hint")
        self.ok_button.setEnabled(len(text) >= MIN_LENGTH and text == self.repeat.text())
        if self.repeat.text() and not text.startswith(self.repeat.text()):
            self.set_error(self.tr("The passphrases are not the same."))
        else:
            self.set_error("")

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.identity = self._services.documents.create_identity(
                self.passphrase.text(), replace=self.existing is not None
            )
        except (SigningError, *USER_ERRORS) as error:
            self.show_failure(error)
            return
        self.accept()


class ImportIdentityDialog(_IdentityForm):
    """A key and certificate from someone else's PKCS#12 file; ``identity`` once imported."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.identity = None
        self.path = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        self.passphrase = password_field(self)
        self.labels = [add_row(self.form, row, self.path), add_row(self.form, self.passphrase)]
        self.path.textChanged.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a signing identity"))
        self.heading.setText(self.tr("Import a signing identity"))
        self.intro.setText(
            self.tr(
                "Choose the PKCS#12 file (.p12 or .pfx) you got from a certification authority "
                "and type its passphrase. The app keeps a copy in the data folder, locked with "
                "the same passphrase."
            )
        )
        self.labels[0].setText(self.tr("&File:"))
        self.labels[1].setText(self.tr("&Passphrase:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.ok_button.setText(self.tr("&Import"))
        self._update()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PKCS#12 file"),
            self.path.text(),
            self.tr("PKCS#12 files (*.p12 *.pfx)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.path.text().strip() and self.passphrase.text()))

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.identity = self._services.documents.import_identity(
                self.path.text().strip(), self.passphrase.text()
            )
        except (SigningError, *USER_ERRORS) as error:
            self.show_failure(error)
            return
        self.accept()


class PassphraseDialog(_IdentityForm):
    """Asks the passphrase that unlocks the signing key, just before signing."""

    def __init__(self, identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identity = identity
        self.passphrase = password_field(self)
        self.label = add_row(self.form, self.passphrase)
        self.passphrase.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign digitally"))
        self.heading.setText(self.tr("Sign digitally"))
        self.intro.setText(
            self.tr("The document is signed as %1 (certificate valid until %2).")
            .replace("%1", self._identity.common_name or self._identity.organization)
            .replace("%2", format_date(self._identity.valid_to.date()))
        )
        self.label.setText(self.tr("&Passphrase:"))
        self.ok_button.setText(self.tr("&Sign"))
        self.ok_button.setEnabled(bool(self.passphrase.text()))

    def submit(self) -> None:
        if self.passphrase.text():
            self.accept()
