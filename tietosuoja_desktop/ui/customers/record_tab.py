"""A tab of the customer page: a table of one kind of record, and for the kinds the user adds
by hand, a small form under it. The read-only tabs (requests, change history) live here too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.validation import Problem, ValidationError
from ..errors import FieldMessages, problem_label
from ..style import set_role
from .record_models import HistoryTableModel, RecordTableModel, RequestTableModel


def date_edit(parent: QWidget, today) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(today.year, today.month, today.day))
    return edit


def fill_combo(combo: QComboBox, items) -> None:
    """``(value, text)`` pairs, keeping the current choice across a language change."""
    current = combo.currentData()
    combo.clear()
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)


class RecordTab(QWidget):
    """Subclasses build ``self.fields`` in :meth:`build_form` and save in :meth:`add`."""

    added = Signal()

    def __init__(self, services, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_id: int | None = None
        self.model = model
        model.setParent(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self)
        set_role(self.empty, "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.form_box: QGroupBox | None = None
        if self.has_form():
            self.form_box = QGroupBox(self)
            self.grid = QGridLayout(self.form_box)
            self.form_error = problem_label(self)
            self.add_button = QPushButton(self)
            self.add_button.setAutoDefault(False)
            self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            self.add_button.clicked.connect(self._add)
            errors = self.build_form()
            self.grid.setColumnStretch(1, 1)  # the inputs grow, their labels do not
            self.grid.setColumnStretch(3, 1)
            buttons = QHBoxLayout()
            buttons.addWidget(self.form_error, 1)
            buttons.addStretch(0)
            buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
            self.grid.addLayout(buttons, self.grid.rowCount(), 0, 1, self.grid.columnCount())
            self.messages = FieldMessages(errors, self.form_error)
            layout.addWidget(self.form_box)

    def has_form(self) -> bool:
        return True

    def build_form(self) -> dict[str, QLabel]:
        """Add the inputs to ``self.grid``; returns field name -> its message label."""
        return {}

    def field(self, row: int, column: int, label: QLabel, widget: QWidget, span: int = 1):
        """A labelled input at a grid cell (two grid columns per cell), with its message."""
        label.setBuddy(widget)
        message = problem_label(self)
        self.grid.addWidget(label, row * 2, column * 2)
        self.grid.addWidget(widget, row * 2, column * 2 + 1, 1, span * 2 - 1)
        self.grid.addWidget(message, row * 2 + 1, column * 2 + 1, 1, span * 2 - 1)
        return message

    def load(self, customer_id: int) -> list:
        raise NotImplementedError

    def add(self, customer_id: int) -> list[Problem]:
        """Save what the form holds; problems found before saving are returned."""
        raise NotImplementedError

    def clear_form(self) -> None:
        """Empty the inputs after a successful add."""

    def retranslateUi(self) -> None:
        self.model.retranslate()
        self.empty.setText(self.empty_text())
        if self.form_box is not None:
            self.add_button.setText(QCoreApplication.translate("RecordTab", "&Add"))

    def empty_text(self) -> str:
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.reload()

    def reload(self) -> None:
        records = self.load(self.customer_id) if self.customer_id is not None else []
        self.model.set_views(records)
        self.empty.setVisible(not records)

    def _add(self) -> None:
        if self.customer_id is None:
            return
        try:
            problems = self.add(self.customer_id)
        except ValidationError as error:
            problems = list(error.problems)
        self.messages.show(problems)
        if problems:
            return
        self.clear_form()
        self.reload()
        self.added.emit()


class RequestsTab(RecordTab):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, RequestTableModel(), parent)
        self.retranslateUi()

    def has_form(self) -> bool:
        return False

    def load(self, customer_id: int) -> list:
        return self._services.requests.list(customer_id=customer_id)

    def empty_text(self) -> str:
        return self.tr("No requests from this person. Requests are logged on the Requests page.")


class HistoryTab(RecordTab):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, HistoryTableModel(), parent)
        self.retranslateUi()

    def has_form(self) -> bool:
        return False

    def load(self, customer_id: int) -> list:
        return self._services.audit.history("customer", customer_id)

    def empty_text(self) -> str:
        return self.tr("No changes recorded.")
