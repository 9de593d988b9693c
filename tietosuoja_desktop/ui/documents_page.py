"""The Documents page, for now: the registers whose privacy statements can be produced, and
where to produce them until the documents feature brings them into the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .registers_table_model import COL_NAME, RegistersTableModel
from .style import heading


class DocumentsPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.title = QLabel(self)
        heading(self.title)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RegistersTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Documents"))
        self.intro.setText(
            self.tr(
                "Every register below gets its own privacy statement, drawn from the register's "
                "description and your business profile."
            )
        )
        self.note.setText(
            self.tr(
                "In this version, privacy statements and access reports are made with the "
                "command-line program: run  tietosuoja --help  to see how."
            )
        )
        self.table.setAccessibleName(self.tr("Registers"))
        self.model.retranslate()

    def refresh(self) -> None:
        self.model.set_registers(
            self.services.registers.list(), self.services.registers.member_counts()
        )
