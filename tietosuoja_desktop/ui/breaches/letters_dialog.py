"""Where the letters to the people affected by a breach go, and whether they are signed: one
letter to each linked customer, in their own language (Art 34). The passphrase is checked here,
so a typo is said under its field and the batch never starts with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...services.signatures import SigningError
from ..documents.wording import is_wrong_passphrase, signing_error_text
from ..errors import set_message
from ..form_rows import enable_passphrase
from ..style import set_role
from .action_dialogs import _RecordDialog


@dataclass(frozen=True)
class LetterChoice:
    folder: Path
    passphrase: str | None  # None: not signed


class LettersDialog(_RecordDialog):
    def __init__(self, services, view, folder: str, parent=None) -> None:
        super().__init__(services, view, parent)
        self.setObjectName("LettersDialog")
        self.count = len(view.breach.customer_ids)
        try:
            self.identity = services.documents.identity()
        except SigningError:  # an unreadable identity: the letters can still go unsigned
            self.identity = None
        holder = QWidget(self.body)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(folder, holder)
        self.browse = QPushButton(holder)
        self.browse.clicked.connect(self._browse)
        line.addWidget(self.folder, 1)
        line.addWidget(self.browse)
        self.row("folder", holder)
        self.labels["folder"].setBuddy(self.folder)
        self.sign = QCheckBox(self.body)
        self.sign.setEnabled(self.identity is not None)
        self.sign.toggled.connect(self._sign_toggled)
        self.row("sign", self.sign)
        self.sign_hint = QLabel(self.body)  # says how to get a key while there is none
        self.sign_hint.setWordWrap(True)
        set_role(self.sign_hint, "hint")
        self.sign_hint.setVisible(self.identity is None)
        self.form.addRow("", self.sign_hint)
        self.passphrase = QLineEdit(self.body)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.row("passphrase", self.passphrase)
        self.finish()
        self._sign_toggled(False)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Letters to the people affected"))
        self.intro.setText(
            self.tr(
                "One letter to each of the %1 linked customers, each in their own language. "
                "Every letter is also archived with the person."
            ).replace("%1", str(self.count))
        )
        self.labels["folder"].setText(self.tr("&Folder:"))
        self.browse.setText(self.tr("&Browse…"))
        self.labels["sign"].setText(self.tr("Signature:"))
        self.sign.setText(self.tr("&Sign digitally"))
        self.sign.setToolTip(self.tr("Sign with your signing key, to send the letters by e-mail"))
        self.sign_hint.setText(
            self.tr("Create or import a signing key in Settings to sign the letters digitally.")
        )
        self.labels["passphrase"].setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Write letters"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the letters"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _sign_toggled(self, on: bool) -> None:
        enable_passphrase(
            self.passphrase, self.labels["passphrase"], self.problems["passphrase"], on
        )

    def show_passphrase_problem(self, text: str) -> None:
        set_message(self.problems["passphrase"], text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def save(self) -> None:
        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        folder_problem = ""
        if folder is None:
            folder_problem = self.tr("Choose the folder for the letters.")
        elif not folder.is_dir():
            folder_problem = self.tr("There is no such folder.")
        set_message(self.problems["folder"], folder_problem)
        passphrase = self.passphrase.text() if self.sign.isChecked() else None
        passphrase_problem = ""
        if passphrase == "":
            passphrase_problem = self.tr("Type the passphrase of your signing key.")
        elif passphrase is not None:
            try:
                self.services.documents.check_passphrase(passphrase)
            except SigningError as error:
                passphrase_problem = (
                    self.tr("The passphrase is not right. Check it and try again.")
                    if is_wrong_passphrase(error)
                    else signing_error_text(error)
                )
        set_message(self.problems["passphrase"], passphrase_problem)
        if folder_problem:
            self.folder.setFocus()
        elif passphrase_problem:
            self.show_passphrase_problem(passphrase_problem)
        else:
            self.saved = LetterChoice(folder, passphrase)
            self.accept()
