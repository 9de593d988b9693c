"""One entry of the access list: the person or firm, their role, the registers and other things
they can reach, the date of their confidentiality undertaking with the signed copy to archive,
the date of their briefing, and when their access began and ends. Saved through the services
in one transaction; on an error every problem shows under its field and nothing typed is lost.

A date not known yet is left empty; one typed is read as Finns and Swedes write it (31.1.2026)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..domain.access_list import ROLE_CONTEXT, ROLE_LABELS, AccessHolder, AccessRole
from ..domain.field_rules import MAX_LONG_LINE_LENGTH, Problem
from ..domain.i18n import Message
from .customers.form import CONTEXT as DATE_CONTEXT
from .customers.form import MSG_DATE
from .customers.parsing import parse_date
from .form_rows import add_row, frame_form, name_fields, save_or_show
from .format import format_date
from .screens import resize_within_screen
from .style import heading

DATES = ("undertaking_on", "briefed_on", "active_from", "active_to")


def date_edit(parent: QWidget, day: date | None) -> QLineEdit:
    """A date field that may be left empty (a QDateEdit cannot say "not known")."""
    return QLineEdit(format_date(day), parent)


class AccessHolderDialog(QDialog):
    """``saved`` holds the entry as the service saved it, after Save."""

    def __init__(self, services, holder: AccessHolder | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessHolderDialog")
        self.services = services
        self.holder = holder or AccessHolder(active_from=services.clock.today())
        self.saved: AccessHolder | None = None
        self.file_path: Path | None = None

        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}

        self.name = QLineEdit(self.holder.name, form_widget)
        add_row(form, "name", self.name, self.labels, errors)
        self.role = QComboBox(form_widget)
        for role in AccessRole:
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(self.role.findData(self.holder.role.value))
        add_row(form, "role", self.role, self.labels, errors)
        self.registers = QListWidget(form_widget)
        self.registers.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        for register in services.registers.list():
            item = QListWidgetItem(register.name, self.registers)
            item.setData(Qt.ItemDataRole.UserRole, register.id)
            chosen = register.id in self.holder.register_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        add_row(form, "registers", self.registers, self.labels, errors)
        self.reach = QLineEdit(self.holder.reach, form_widget)
        self.reach.setMaxLength(MAX_LONG_LINE_LENGTH)
        add_row(form, "reach", self.reach, self.labels, errors)
        self.dates = {name: date_edit(form_widget, getattr(self.holder, name)) for name in DATES}
        add_row(form, "undertaking_on", self.dates["undertaking_on"], self.labels, errors)

        file_row = QWidget(form_widget)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_name = QLabel(self.holder.undertaking_file, file_row)
        self.file_name.setWordWrap(True)
        self.choose_file = QPushButton(file_row)
        self.choose_file.clicked.connect(self._choose)
        row.addWidget(self.choose_file)
        row.addWidget(self.file_name, 1)
        add_row(form, "undertaking_file", file_row, self.labels, errors)
        self.labels["undertaking_file"].setBuddy(self.choose_file)
        for name in DATES[1:]:
            add_row(form, name, self.dates[name], self.labels, errors)
        frame_form(self, [self.title, self.intro], form_widget, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 90, metrics.height() * 36)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Access to personal data"))
        self.title.setText(self.tr("Who has access to personal data"))
        self.intro.setText(
            self.tr(
                "Everyone who processes personal data on your behalf signs a confidentiality "
                "undertaking and is briefed before getting access (GDPR Art 29 and 32(4))."
            )
        )
        texts = {
            "name": self.tr("&Name:"),
            "role": self.tr("R&ole:"),
            "registers": self.tr("Re&gisters they can reach:"),
            "reach": self.tr("Other &access (e-mail, paper files…):"),
            "undertaking_on": self.tr("&Undertaking signed on:"),
            "undertaking_file": self.tr("Signed copy:"),
            "briefed_on": self.tr("&Briefed on:"),
            "active_from": self.tr("Access &from:"),
            "active_to": self.tr("Access un&til:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.choose_file.setText(self.tr("C&hoose file…"))
        self.choose_file.setToolTip(self.tr("The signed undertaking, scanned or as a PDF"))
        for edit in self.dates.values():
            edit.setPlaceholderText(self.tr("d.m.yyyy"))
        for index, role in enumerate(AccessRole):
            self.role.setItemText(
                index, QCoreApplication.translate(ROLE_CONTEXT, ROLE_LABELS[role])
            )
        fields = {
            "name": self.name,
            "role": self.role,
            "registers": self.registers,
            "reach": self.reach,
            "undertaking_file": self.choose_file,
            **self.dates,
        }
        name_fields(texts, fields)
        self.choose_file.setAccessibleName(self.tr("Choose the signed copy"))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the signed undertaking"))
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        self.file_path = path
        self.file_name.setText(path.name)

    def entry(self) -> AccessHolder:
        """What the form holds."""
        registers = [
            self.registers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.registers.count())
            if self.registers.item(i).checkState() == Qt.CheckState.Checked
        ]
        return AccessHolder(
            id=self.holder.id,
            name=self.name.text(),
            role=AccessRole(self.role.currentData()),
            register_ids=tuple(registers),
            reach=self.reach.text(),
            **{name: parse_date(edit.text()) for name, edit in self.dates.items()},
        )

    def parse_problems(self) -> list[Problem]:
        """The dates typed that cannot be read."""
        return [
            Problem(name, Message(DATE_CONTEXT, MSG_DATE))
            for name, edit in self.dates.items()
            if edit.text().strip() and parse_date(edit.text()) is None
        ]

    def save(self) -> None:
        if unreadable := self.parse_problems():
            self.messages.show(unreadable)
            return
        try:
            saved = save_or_show(
                self, lambda: self.services.access.with_file(self.entry(), self.file_path)
            )
        except OSError as error:  # the chosen file cannot be read: say so, keep the form
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Could not read %1: %2")
                .replace("%1", str(self.file_path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        if saved is not None:
            self.saved = saved
            self.accept()
