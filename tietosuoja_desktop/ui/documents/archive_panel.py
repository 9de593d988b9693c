"""The archive part of the Documents page: every document made, newest first, filtered by
kind, with Open, Save…, Print… and Check signature for the chosen version."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.document_kinds import FILTER_CONTEXT, FILTERED_KINDS, DocumentKind, spec
from ..style import even_rows, heading, set_role
from .archive_model import COL_DATE, COL_TITLE, DOCUMENT_ROLE, SORT_ROLE, ArchiveTableModel

# The filter's choices: all documents, then the kinds declared with a filter name.
KIND_FILTERS = (None, *FILTERED_KINDS)


class ArchivePanel(QWidget):
    filterChanged = Signal()  # noqa: N815 - Qt spelling
    openRequested = Signal()  # noqa: N815
    saveRequested = Signal()  # noqa: N815
    printRequested = Signal()  # noqa: N815
    checkRequested = Signal()  # noqa: N815

    def __init__(self, model: ArchiveTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.heading = QLabel(self)
        heading(self.heading, 1.15)
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.addItems([""] * len(KIND_FILTERS))
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self.filterChanged)
        self.count = QLabel(self)
        set_role(self.count, "hint")

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        even_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.openRequested.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(24, 32, 24, 0)
        set_role(self.empty, "hint")

        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.check_button = QPushButton(self)
        for button, signal in (
            (self.open_button, self.openRequested),
            (self.save_button, self.saveRequested),
            (self.print_button, self.printRequested),
            (self.check_button, self.checkRequested),
        ):
            button.clicked.connect(signal)

        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button, self.print_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def kind_filter(self) -> DocumentKind | None:
        return KIND_FILTERS[max(self.filter.currentIndex(), 0)]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(DOCUMENT_ROLE) if index.isValid() else None

    def select(self, document_id: int | None) -> None:
        """Make ``document_id`` the current row (the newest row if it is not listed)."""
        row = self.model.row_of(document_id) if document_id is not None else -1
        if row < 0 and self.model.rowCount():
            index = self.proxy.index(0, 0)
        else:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
        self.update_buttons()

    def update_buttons(self) -> None:
        document = self.model.view_at(self.proxy.mapToSource(self.table.currentIndex()).row())
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(document is not None)
        self.check_button.setEnabled(document is not None and document.signed)
        rows = self.model.rowCount()
        self.count.setText(self.tr("%n document(s)", "", rows))
        self.table.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Archive"))
        self.filter_label.setText(self.tr("Sho&w:"))
        names = [self.tr("All documents")]
        names += [
            QCoreApplication.translate(FILTER_CONTEXT, spec(kind).filter_name)
            for kind in FILTERED_KINDS
        ]
        for index, text in enumerate(names):
            self.filter.setItemText(index, text)
        self.table.setAccessibleName(self.tr("Archived documents"))
        self.empty.setText(
            self.tr(
                "No documents here yet. Every document you make is kept here, so earlier "
                "versions can always be opened again."
            )
        )
        self.open_button.setText(self.tr("&Open"))
        self.save_button.setText(self.tr("&Save…"))
        self.print_button.setText(self.tr("&Print…"))
        self.check_button.setText(self.tr("Check si&gnature"))
        self.model.retranslate()
        self.update_buttons()
