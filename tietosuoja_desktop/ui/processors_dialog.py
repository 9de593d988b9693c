"""The register of processors and other recipients (Art 28): every one in a table with its
contract's next review (reviews due marked), added, changed or removed (after a confirmation
that says which registers lose it), and the attached copy of the selected one's contract: its
name and date, opened from a private copy, replaced by a new file. Opened from the Registers
page and the Edit menu; ``changed`` tells the window to reload what shows processors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.processors import Processor
from .customers import confirm
from .format import format_date
from .private_copies import write_private_copy
from .processor_dialog import ProcessorDialog
from .processors_table_model import COL_NAME, ProcessorsTableModel
from .requests.messages import show_error
from .screens import resize_within_screen
from .style import heading, records_table, set_role


class ProcessorsDialog(QDialog):
    changed = Signal()  # a processor was added, changed, removed or given a contract copy

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcessorsDialog")
        self.services = services
        self.editor: ProcessorDialog | None = None
        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ProcessorsTableModel(self)
        self.table = records_table(self, self.model, COL_NAME)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(lambda _index: self.edit())

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        self.contract = QLabel(self)
        self.contract.setWordWrap(True)
        self.contract.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_contract)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(lambda _checked=False: self.attach_contract())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        copy = QHBoxLayout()
        copy.addWidget(self.contract, 1)
        copy.addWidget(self.open_button)
        copy.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(copy)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.refresh()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 168, metrics.height() * 30)

    # -- translation ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Processors and other recipients"))
        self.title.setText(self.tr("Processors and other recipients"))
        self.intro.setText(
            self.tr(
                "Everyone who handles your registers' data on your behalf needs a written "
                "contract (Art 28). The privacy statements and the record of processing list "
                "them; a review date that has passed or comes within 30 days is marked."
            )
        )
        self.table.setAccessibleName(self.tr("Processors"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.open_button.setText(self.tr("&Open the copy"))
        self.attach_button.setText(self.tr("Attach a co&py…"))
        self.attach_button.setToolTip(
            self.tr("Keep the signed contract (a PDF or a scan); a new copy replaces the old")
        )
        self.model.retranslate()
        self._show_current()

    # -- the list ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.current() if select_id is None else None
        self.model.set_today(self.services.clock.today())
        self.model.set_views(self.services.processors.list())
        row = self.model.row_of(select_id if select_id is not None else current and current.id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_current()

    def current(self) -> Processor | None:
        return self.model.view_at(self.table.currentIndex().row())

    def _show_current(self, *_args) -> None:
        processor = self.current()
        chosen = processor is not None
        for button in (self.edit_button, self.remove_button, self.attach_button):
            button.setEnabled(chosen)
        copy = self.services.processors.contract(processor.id) if chosen else None
        self.open_button.setEnabled(copy is not None)
        set_role(self.contract, "" if copy else "hint")
        if not chosen:
            self.contract.setText(self.tr("Choose a processor to see its contract copy."))
        elif copy is None:
            self.contract.setText(self.tr("Contract copy: none attached."))
        else:
            text = self.tr("Contract copy: %1, attached %2")
            self.contract.setText(
                text.replace("%1", copy.filename).replace("%2", format_date(copy.added_at.date()))
            )

    # -- actions -------------------------------------------------------------------------

    def _open_editor(self, processor: Processor | None) -> ProcessorDialog:
        dialog = ProcessorDialog(self.services, processor, self)
        self.editor = dialog

        def saved() -> None:
            self.refresh(dialog.saved.id)
            self.changed.emit()

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def add(self) -> ProcessorDialog:
        return self._open_editor(None)

    def edit(self) -> ProcessorDialog | None:
        processor = self.current()
        return None if processor is None else self._open_editor(processor)

    def remove(self) -> bool:
        """Remove the selected processor once the user agrees; the question names the
        registers it serves, which no longer list it."""
        processor = self.current()
        if processor is None:
            return False
        names = {r.id: r.name for r in self.services.registers.list()}
        served = ", ".join(names.get(i, str(i)) for i in processor.register_ids)
        if served:
            text = self.tr(
                "%1 serves these registers: %2. Removing it takes it off their privacy "
                "statements and records of processing; requests keep its name as listed. "
                "Its contract copy is removed too."
            ).replace("%2", served)
        else:
            text = self.tr("Remove %1 and its contract copy?")
        text = text.replace("%1", processor.name)
        title = self.tr("Remove the processor?")
        if not confirm.ask(self, title, text, self.tr("Remove")):
            return False
        try:
            self.services.processors.remove(processor.id)
        except Exception as error:  # a locked or full disk: say so, keep the list
            if show_error(self, error) is None:
                raise
            return False
        self.refresh()
        self.changed.emit()
        return True

    def open_contract(self) -> Path | None:
        """Open the copy with the system's viewer, from a private copy removed at quit."""
        processor = self.current()
        if processor is None:
            return None
        copy, data = self.services.processors.contract_data(processor.id)
        try:
            path = write_private_copy(copy.filename, data)
        except OSError as error:
            show_error(self, error)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def attach_contract(self) -> bool:
        """Ask for a file and keep it as the selected processor's contract copy."""
        processor = self.current()
        if processor is None:
            return False
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The signed contract"),
            "",
            self.tr("PDF files and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"),
        )
        if not chosen:
            return False
        path = Path(chosen)
        try:
            data = path.read_bytes()
            self.services.processors.attach_contract(processor.id, path.name, data)
        except Exception as error:  # an unreadable file, a locked or full disk
            if show_error(self, error) is None:
                raise
            return False
        self._show_current()
        self.changed.emit()
        return True
