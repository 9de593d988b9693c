"""The access list, opened from the Registers page: everyone with access to personal data, who
still lacks a confidentiality undertaking or a briefing, and the actions: add, edit, remove an
entry made by mistake, print the undertaking form to sign (for the chosen person, or blank) and
save the archived signed copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..domain.file_names import safe_file_name
from .access_dialog import AccessHolderDialog
from .access_table_model import COL_NAME, AccessTableModel
from .documents.files import last_folder, save_pdf, suggested_file_name, write_atomically
from .errors import USER_ERRORS, show_user_error
from .preferences import current_language
from .screens import resize_within_screen
from .style import heading, set_role


class AccessListDialog(QDialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessListDialog")
        self.services = services
        self.editor: AccessHolderDialog | None = None
        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        set_role(self.missing, "warning")

        self.model = AccessTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.edit_entry)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_entry)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_entry)
        self.form_button = QPushButton(self)
        self.form_button.clicked.connect(self.print_form)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.save_copy)
        # Two rows of buttons: Finnish labels run long, and the dialog must fit 1024 px at 150 %.
        actions = QGridLayout()
        for index, button in enumerate(
            (
                self.add_button,
                self.edit_button,
                self.remove_button,
                self.form_button,
                self.copy_button,
            )
        ):
            actions.addWidget(button, index // 3, index % 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.missing):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.refresh()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 100, metrics.height() * 30)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Access list"))
        self.title.setText(self.tr("Who has access to personal data"))
        self.intro.setText(
            self.tr(
                "Keep here everyone who can reach the registers: you, a helper, the accounting "
                "firm, IT support. Print the confidentiality undertaking, have it signed and "
                "attach the signed copy."
            )
        )
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.form_button.setText(self.tr("&Print undertaking…"))
        self.form_button.setToolTip(
            self.tr("The form for the chosen person, or a blank one when nobody is chosen")
        )
        self.copy_button.setText(self.tr("&Save signed copy…"))
        self.table.setAccessibleName(self.tr("Access list"))
        self.model.retranslate()
        self._show_missing()

    def refresh(self) -> None:
        chosen = self._chosen()
        self.model.set_views(self.services.access.list())
        row = self.model.row_of(chosen.id if chosen else None)
        if row >= 0:
            self.table.selectRow(row)
        self._show_missing()
        self._update_buttons()

    def _show_missing(self) -> None:
        names = [h.name for h in self.services.access.missing_undertakings()]
        self.missing.setText(
            "⚠ "
            + self.tr("No undertaking or briefing recorded for: %1").replace("%1", ", ".join(names))
            if names
            else ""
        )
        self.missing.setVisible(bool(names))

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.view_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        chosen = self._chosen()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(chosen is not None)
        self.copy_button.setEnabled(chosen is not None and bool(chosen.undertaking_file))

    def _open_editor(self, holder) -> None:
        self.editor = AccessHolderDialog(self.services, holder, self)
        self.editor.accepted.connect(self.refresh)
        self.editor.open()

    def add_entry(self) -> None:
        self._open_editor(None)

    def edit_entry(self, *_args) -> None:
        if (chosen := self._chosen()) is not None:
            self._open_editor(chosen)

    def remove_entry(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the access list"),
            self.tr(
                "Remove %1 and the archived undertaking? Only for an entry made by mistake: "
                "when access ends, set the last day instead, so the list still shows who "
                "could reach what."
            ).replace("%1", chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.services.access.remove(chosen.id))
            self.refresh()

    def print_form(self) -> None:
        chosen = self._chosen()
        exported = self._run(
            lambda: self.services.documents.undertaking(
                chosen.id if chosen else None, current_language()
            )
        )
        if exported is not None:
            save_pdf(self, exported.pdf, suggested_file_name(exported.document))

    def save_copy(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen.undertaking_file:
            return
        found = self._run(lambda: self.services.access.undertaking(chosen.id))
        if found is None:
            return
        name, data = found
        chosen_path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed copy"), str(last_folder() / safe_file_name(name))
        )
        if not chosen_path:
            return
        try:
            write_atomically(Path(chosen_path), data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file %1 could not be saved: %2")
                .replace("%1", chosen_path)
                .replace("%2", error.strerror or str(error)),
            )

    def _run(self, action):
        try:
            return action()
        except USER_ERRORS as error:
            show_user_error(self, error)
            return None
