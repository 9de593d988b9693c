"""The supervisor's folder (Documents → "Supervisor's folder…"): where it goes (a new dated
folder in a chosen folder, or a ZIP file), the period of requests and breaches, the language,
and whether every PDF is signed. It is made off the GUI thread with its progress shown; the
result says where it went and lists the checklist items still open with what to do."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Language
from ...paths import documents_dir
from ...services.inspection import DEFAULT_PERIOD, is_zip, open_lines
from ...services.signatures import SigningError
from ..errors import problem_label, set_message, show_user_error
from ..form_rows import action_and_close, enable_passphrase
from ..labels import LANGUAGE_NAMES
from ..style import set_role
from ..workers import Worker
from .wording import is_wrong_passphrase, signing_error_text

FOLDER, ZIP = "folder", "zip"


class InspectionDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InspectionDialog")
        self.services = services
        self.made = None  # the InspectionPack once written
        today = services.clock.today()
        try:
            self.identity = services.documents.identity()
        except SigningError:  # an unreadable identity: the folder can still go unsigned
            self.identity = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        self.kind = QComboBox(self)
        self.kind.addItem("", FOLDER)
        self.kind.addItem("", ZIP)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.location = QLineEdit(str(documents_dir()), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.location, 1)
        where.addWidget(self.browse)
        start = today - DEFAULT_PERIOD
        self.start = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.start.setDisplayFormat("d.M.yyyy")
        self.start.setCalendarPopup(True)
        self.start.setMaximumDate(QDate(today.year, today.month, today.day))
        self.language = QComboBox(self)
        for value in Language:
            self.language.addItem(LANGUAGE_NAMES[value], value.value)
        profile = services.controller.get()
        default = profile.document_language if profile else Language.FI
        self.language.setCurrentIndex(max(self.language.findData(Language(default).value), 0))
        self.sign = QCheckBox(self)
        self.sign.setEnabled(self.identity is not None)
        self.sign.toggled.connect(self._sign_toggled)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {name: QLabel(self) for name in ("kind", "location", "start", "language")}
        self.labels["passphrase"] = QLabel(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in (("kind", self.kind), ("location", where)):
            form.addRow(self.labels[name], field)
        self.location_problem = problem_label(self)
        form.addRow("", self.location_problem)
        for name, field in (("start", self.start), ("language", self.language)):
            form.addRow(self.labels[name], field)
        form.addRow("", self.sign)
        form.addRow(self.labels["passphrase"], self.passphrase)
        self.passphrase_problem = problem_label(self)
        form.addRow("", self.passphrase_problem)
        self.labels["kind"].setBuddy(self.kind)
        self.labels["location"].setBuddy(self.location)
        self.labels["start"].setBuddy(self.start)
        self.labels["language"].setBuddy(self.language)
        self.labels["passphrase"].setBuddy(self.passphrase)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.result = QPlainTextEdit(self)
        self.result.setReadOnly(True)
        self.result.setVisible(False)
        self.make_button, self.close_button, buttons = action_and_close(self, self.make)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result, 1)
        layout.addLayout(buttons)
        self.job = Worker(self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._made)
        self.job.failed.connect(self._failed)
        self.retranslateUi()
        self._sign_toggled(False)
        self.setMinimumWidth(480)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Supervisor's folder"))
        self.intro.setText(
            self.tr(
                "One folder to show the supervisory authority or a customer that you comply "
                "(Art 5(2), 24): a cover page with the 15 checklist items, the record of "
                "processing, the statements and their versions, the assessments, the logs of "
                "the period and the audit log's check. Items not yet answered are listed as "
                "open, with what to do."
            )
        )
        self.labels["kind"].setText(self.tr("Save &as:"))
        self.kind.setItemText(0, self.tr("A new dated folder"))
        self.kind.setItemText(1, self.tr("A ZIP file"))
        self.labels["location"].setText(self.tr("Lo&cation:"))
        self.browse.setText(self.tr("&Browse…"))
        self.labels["start"].setText(self.tr("&From:"))
        self.start.setToolTip(self.tr("The first day of the requests and breaches included"))
        self.labels["language"].setText(self.tr("&Language:"))
        self.sign.setText(self.tr("&Sign every PDF"))
        if self.identity is None:
            self.sign.setToolTip(self.tr("Create or import a signing identity to sign"))
        self.labels["passphrase"].setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.result.setAccessibleName(self.tr("Result"))
        self.make_button.setText(self.tr("&Make the folder"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- choosing ----------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        path = Path(self.location.text().strip() or documents_dir())
        if self.kind.currentData() == ZIP and not is_zip(path):
            folder = path.parent if path.suffix else path
            day = self.services.clock.today().isoformat()
            self.location.setText(str(folder / f"{self.tr('supervisors-folder')}-{day}.zip"))
        elif self.kind.currentData() == FOLDER and is_zip(path):
            self.location.setText(str(path.parent))

    def _browse(self) -> None:
        current = self.location.text()
        if self.kind.currentData() == ZIP:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the folder as a ZIP file"),
                current,
                self.tr("ZIP files (*.zip)"),
            )
        else:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the supervisor's folder"), current
            )
        if chosen:
            self.location.setText(chosen)

    def _sign_toggled(self, on: bool) -> None:
        enable_passphrase(self.passphrase, self.labels["passphrase"], self.passphrase_problem, on)

    def _target(self) -> tuple[Path | None, str]:
        """The path to write, or the problem with what was typed."""
        text = self.location.text().strip()
        if not text:
            return None, self.tr("Choose where the folder goes.")
        path = Path(text)
        if self.kind.currentData() == ZIP:
            if not is_zip(path):
                path = path.with_name(path.name + ".zip")
            if not path.parent.is_dir():
                return None, self.tr("There is no such folder.")
            return path, ""
        if not path.is_dir():
            return None, self.tr("There is no such folder.")
        return path, ""

    # -- making ------------------------------------------------------------------------------

    def make(self) -> None:
        if self.job.busy:
            return
        target, problem = self._target()
        set_message(self.location_problem, problem)
        passphrase = self.passphrase.text() if self.sign.isChecked() else None
        if passphrase == "":
            set_message(
                self.passphrase_problem, self.tr("Type the passphrase of your signing key.")
            )
            self.passphrase.setFocus()
            return
        set_message(self.passphrase_problem, "")
        if target is None:
            self.location.setFocus()
            return
        if passphrase is not None:
            try:  # here, so a typo is said at its field before anything is made
                self.services.documents.check_passphrase(passphrase)
            except SigningError as error:
                self._signing_failed(error)
                return
        inspection = self.services.inspection
        start = self.start.date().toPython()
        language = Language(self.language.currentData())

        def task(progress, _cancel):
            return inspection.pack(
                target, start=start, language=language, passphrase=passphrase, progress=progress
            )

        self.result.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.make_button.setEnabled(False)
        self.job.start_task(task)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _made(self, made) -> None:
        self.made = made
        self.progress.setVisible(False)
        self.make_button.setEnabled(True)
        self.passphrase.clear()
        lines = [
            self.tr("Saved %1 (%2 files).")
            .replace("%1", made.path)
            .replace("%2", str(len(made.files)))
        ]
        todo = open_lines(made)
        if todo:
            lines.append(self.tr("Open items (%1):").replace("%1", str(len(made.open_items))))
            lines += [f"• {title}: {what}" for title, what in todo]
        else:
            lines.append(self.tr("Every checklist item is answered."))
        self.result.setPlainText("\n".join(lines))
        self.result.setVisible(True)

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.make_button.setEnabled(True)
        if isinstance(error, SigningError):
            self._signing_failed(error)
        elif isinstance(error, OSError):
            set_message(
                self.location_problem,
                self.tr("Could not write there: %1").replace("%1", error.strerror or str(error)),
            )
        elif not show_user_error(self, error):
            sys.excepthook(type(error), error, error.__traceback__)

    def _signing_failed(self, error: SigningError) -> None:
        set_message(
            self.passphrase_problem,
            self.tr("The passphrase is not right. Check it and try again.")
            if is_wrong_passphrase(error)
            else signing_error_text(error),
        )
        self.passphrase.selectAll()
        self.passphrase.setFocus()
