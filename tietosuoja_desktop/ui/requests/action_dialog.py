"""The dialog before every step on a request: what the step does, the reason when the letter
needs one, what the step works on (a panel of its own), and the letter: its language and
whether to sign it digitally. Nothing is changed until the user confirms; nothing typed is lost
when something is missing."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Language, SentVia
from ..customers import confirm as questions
from ..errors import problem_label, set_message
from ..labels import LANGUAGE_NAMES
from ..style import heading, set_role

DESTRUCTIVE_STYLE = (
    "QPushButton { background-color: #b3261e; color: white; padding: 4px 14px; "
    "border: 1px solid #8c1d18; border-radius: 3px; }"
    "QPushButton:focus { border: 2px solid #1d1b20; }"
    "QPushButton:disabled { background-color: #e6b8b5; color: #fbeeed; border-color: #e6b8b5; }"
)


def fit_wrapped_labels(dialog: QDialog) -> None:
    """Give every word-wrapped label the height it needs at the dialog's narrowest width: a
    window's layout does not ask wrapped labels by itself, and long translations would be cut
    off or overlap."""
    margins = dialog.layout().contentsMargins()
    width = max(dialog.minimumWidth(), dialog.width()) - margins.left() - margins.right()
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            visible = label.isVisibleTo(dialog) and label.text()
            label.setMinimumHeight(max(label.heightForWidth(width), 0) if visible else 0)
    dialog.layout().activate()
    dialog.setMinimumHeight(dialog.layout().minimumSize().height())


class Reason(Enum):
    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


class ActionDialog(QDialog):
    """``extra`` may have a ``readyChanged(bool)`` signal and ``is_ready()``: the confirm
    button waits for it (a typed name, a chosen field)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        confirm: str,
        reason: Reason = Reason.NONE,
        reason_label: str = "",
        reason_missing: str = "",
        letter: bool = True,
        language: Language = Language.FI,
        signing: bool = False,
        destructive: bool = False,
        extra: QWidget | None = None,
        no_postal_address: bool = False,
        can_email: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.reason_mode = reason
        self.reason_missing = reason_missing  # what a missing reason is told as ("" the default)
        self.extra = extra
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        heading(self.title, 1.2)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.reason_label = QLabel(reason_label, self)
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_label.setBuddy(self.reason)
        self.reason_error = problem_label(self)

        self.letter_box = QGroupBox(self)
        self.language_label = QLabel(self.letter_box)
        self.language = QComboBox(self.letter_box)
        for value in Language:
            self.language.addItem(LANGUAGE_NAMES[value], value.value)
        self.language.setCurrentIndex(max(self.language.findData(Language(language).value), 0))
        self.language_label.setBuddy(self.language)
        self.sign = QCheckBox(self.letter_box)
        self.sign.setEnabled(signing)
        self.passphrase_label = QLabel(self.letter_box)
        self.passphrase = QLineEdit(self.letter_box)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase_error = problem_label(self.letter_box)
        self.sign.toggled.connect(self._signing_toggled)
        grid = QGridLayout(self.letter_box)
        grid.addWidget(self.language_label, 0, 0)
        grid.addWidget(self.language, 0, 1)
        grid.addWidget(self.sign, 1, 0, 1, 2)
        grid.addWidget(self.passphrase_label, 2, 0)
        grid.addWidget(self.passphrase, 2, 1)
        grid.addWidget(self.passphrase_error, 3, 1)
        grid.setColumnStretch(1, 1)
        # No postal address: say so before the letter is made, and offer it for e-mail.
        self.no_address = QLabel(self.letter_box)
        self.no_address.setWordWrap(True)
        set_role(self.no_address, "error")
        self.by_email = QCheckBox(self.letter_box)
        self.by_email.setEnabled(can_email)
        self.by_email.setChecked(no_postal_address and can_email)
        grid.addWidget(self.no_address, 4, 0, 1, 2)
        grid.addWidget(self.by_email, 5, 0, 1, 2)
        self.no_address.setVisible(no_postal_address)
        self.by_email.setVisible(no_postal_address)
        self._can_email = can_email

        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        if destructive:
            self.confirm_button.setStyleSheet(DESTRUCTIVE_STYLE)
            self.confirm_button.setAutoDefault(False)
            self.cancel_button.setDefault(True)
        else:
            self.confirm_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        if extra is not None:
            extra.setParent(self)
            layout.addWidget(extra, 1)
            if hasattr(extra, "readyChanged"):
                extra.readyChanged.connect(self._update_ready)
        for widget in (self.reason_label, self.reason, self.reason_error):
            layout.addWidget(widget)
            widget.setVisible(reason is not Reason.NONE and widget is not self.reason_error)
        layout.addWidget(self.letter_box)
        self.letter_box.setVisible(letter)
        if extra is None:
            layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslateUi()
        self._signing_toggled(False)
        self._update_ready()
        (self.reason if reason is not Reason.NONE else self.confirm_button).setFocus()

    def retranslateUi(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.letter_box.setTitle(self.tr("Letter"))
        self.language_label.setText(self.tr("&Language:"))
        self.sign.setText(self.tr("&Sign digitally"))
        self.sign.setToolTip(
            self.tr("Sign with your signing key, to send the letter by e-mail")
            if self.sign.isEnabled()
            else self.tr("Create or import a signing key in Settings to sign letters digitally")
        )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.no_address.setText(
            self.tr(
                "The register has no postal address for this person: a letter for posting "
                "cannot be addressed."
            )
            if self._can_email
            else self.tr(
                "The register has no postal address or e-mail address for this person: add one "
                "on the person's page, or hand the letter over in person."
            )
        )
        self.by_email.setText(self.tr("Make it for &e-mail: addressed to the e-mail address"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
        QTimer.singleShot(0, self._fit)  # after the style sheet's fonts

    def _fit(self) -> None:
        """Wrapped labels their height; then a panel whose content scrolls its share."""
        fit_wrapped_labels(self)
        if hasattr(self.extra, "fit_to_screen"):
            self.extra.fit_to_screen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _signing_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.passphrase_label.setEnabled(on)
        if on:
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            set_message(self.passphrase_error, "")

    def _update_ready(self, *_args) -> None:
        ready = self.extra.is_ready() if hasattr(self.extra, "is_ready") else True
        self.confirm_button.setEnabled(ready)

    # -- what the user chose -------------------------------------------------------------

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def letter_language(self) -> Language:
        return Language(self.language.currentData())

    def delivery(self) -> SentVia:
        """How the letter is meant to go: by e-mail when chosen for lack of a postal address."""
        return SentVia.EMAIL if self.by_email.isChecked() else SentVia.LETTER

    def signing_passphrase(self) -> str | None:
        return self.passphrase.text() if self.sign.isChecked() else None

    def reject(self) -> None:
        if self.reason_text() and not questions.discard_changes(self):
            return  # a typed reason (a refusal's grounds, say) is not lost to a stray Esc
        super().reject()

    def accept(self) -> None:
        if not self.confirm_button.isEnabled():
            return
        ok = True
        if self.reason_mode is Reason.REQUIRED and not self.reason_text():
            missing = self.reason_missing or self.tr("Give the reason: the letter states it.")
            set_message(self.reason_error, missing)
            self.reason.setFocus()
            ok = False
        else:
            set_message(self.reason_error, "")
        if self.sign.isChecked() and not self.passphrase.text():
            set_message(self.passphrase_error, self.tr("Type the passphrase of your signing key."))
            if ok:
                self.passphrase.setFocus()
            ok = False
        if ok:
            super().accept()
