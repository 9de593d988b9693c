"""The request log for a period (accountability, Art 5(2)): every request received from one
date to another with its received, due and done dates and its outcome, saved as a PDF to hand
to the supervisory authority and as a CSV for a spreadsheet."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Language
from ..errors import problem_label, set_message
from ..form_rows import action_and_close
from ..labels import LANGUAGE_NAMES
from ..style import set_role
from ..workers import Worker
from .letters import ask_save_path, file_name
from .messages import error_text, show_error


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def write_log(path: Path, pdf: bytes, csv_text: str) -> Path:
    """The PDF at ``path`` and the CSV beside it (UTF-8 with a byte-order mark, which
    spreadsheet programs need to read ä and ö right); returns the CSV's path."""
    csv_path = path.with_suffix(".csv")
    path.write_bytes(pdf)
    with csv_path.open("w", encoding="utf-8-sig", newline="") as file:
        file.write(csv_text)
    return csv_path


class RequestLogDialog(QDialog):
    saved = Signal(str, str)  # the PDF's and the CSV's paths

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setMinimumWidth(520)
        today = services.clock.today()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)), self)
        self.end = QDateEdit(_qdate(today), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("d.M.yyyy")
            edit.setCalendarPopup(True)
        self.language = QComboBox(self)
        for value in Language:
            self.language.addItem(LANGUAGE_NAMES[value], value.value)
        profile = services.controller.get()
        default = profile.document_language if profile else Language.FI
        self.language.setCurrentIndex(max(self.language.findData(Language(default).value), 0))
        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.language_label = QLabel(self)
        self.error = problem_label(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_role(self.status, "hint")
        form = QFormLayout()
        for label, field in (
            (self.start_label, self.start),
            (self.end_label, self.end),
            (self.language_label, self.language),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.error)
        self.save_button, self.close_button, buttons = action_and_close(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.runner = Worker(self)
        self.runner.succeeded.connect(self._saved)
        self.runner.failed.connect(self._failed)
        self._paths: tuple[Path, Path] | None = None
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Request log"))
        self.intro.setText(
            self.tr(
                "Every request received in the period, with the dates it was received, due and "
                "answered and its outcome: the record to show the supervisory authority that "
                "requests are handled (Art 5(2))."
            )
        )
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.language_label.setText(self.tr("&Language:"))
        self.save_button.setText(self.tr("&Save PDF and CSV…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def save(self) -> None:
        start, end = self.period()
        if start > end:
            set_message(self.error, self.tr("The period must start before it ends."))
            return
        set_message(self.error, "")
        name = self.tr("Request log %1–%2").replace("%1", start.isoformat())
        path = ask_save_path(
            self,
            self.tr("Save the request log"),
            file_name(name.replace("%2", end.isoformat()), None),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        fulfilment, language = self.services.fulfilment, Language(self.language.currentData())

        def work() -> tuple[Path, Path]:
            pdf, csv_text = fulfilment.request_log(start, end, language)
            return path, write_log(path, pdf, csv_text)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Working…"))
        self.runner.start(work)

    def _saved(self, paths: tuple[Path, Path]) -> None:
        self.save_button.setEnabled(True)
        self._paths = paths
        self.status.setText(
            self.tr("Saved %1 and %2.").replace("%1", str(paths[0])).replace("%2", str(paths[1]))
        )
        self.saved.emit(str(paths[0]), str(paths[1]))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(error) or "")
        if show_error(self, error) is None:
            sys.excepthook(type(error), error, error.__traceback__)
