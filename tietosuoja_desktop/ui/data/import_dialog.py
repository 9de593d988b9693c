"""Importing customers from a CSV file: choose the file, check (and change) how its columns are
read, see every row valid or with its reasons, choose what happens to duplicates, import with a
progress bar and a Cancel button, and save the refused rows for fixing.

Reading, checking and importing run off the GUI thread (:class:`~..workers.Worker`); a
cancelled import is rolled back whole by the service."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.csv_encoding import UndecodableFile
from ...domain.csv_mapping import ColumnMapping
from ...services.csv_files import CsvTable
from ...services.importing import (
    ImportCancelled,
    Importer,
    ImportOptions,
    ImportPreview,
    ImportResult,
    OnDuplicate,
    RowStatus,
    column_warnings,
    marketing_warnings,
)
from ...translation import render, translate
from ..errors import user_error_text
from ..screens import resize_within_screen
from ..style import set_role
from ..workers import Worker
from .import_models import COL_TARGET, MappingModel, PreviewModel, TargetDelegate

log = logging.getLogger(__name__)

DETECT = QT_TRANSLATE_NOOP("ImportDialog", "Detect")
ENCODINGS = (("", DETECT), ("utf-8", "UTF-8"), ("cp1252", "Windows-1252 (Excel)"))
DELIMITERS = (
    ("", DETECT),
    (";", ";"),
    (",", ","),
    ("\t", QT_TRANSLATE_NOOP("ImportDialog", "Tab")),
)


def read_or_refusal(path: Path, encoding: str | None, delimiter: str | None):
    """The file's table, or why its bytes do not decide its encoding (shown in the dialog,
    not raised: a refusal is an answer, not a failure)."""
    try:
        return Importer.read(path, encoding=encoding, delimiter=delimiter)
    except UndecodableFile as refusal:
        return refusal


class ImportDialog(QDialog):
    """``ImportDialog(services, parent)``; emits ``imported(result)`` after a successful import.
    The signals ``file_loaded``, ``preview_ready`` and ``import_finished`` let callers (and
    tests) follow the background steps."""

    file_loaded = Signal(object)  # CsvTable
    file_refused = Signal(object)  # UndecodableFile: the encoding must be chosen
    preview_ready = Signal(object)  # ImportPreview
    import_finished = Signal(object)  # ImportResult, or None when cancelled or failed
    imported = Signal(object)  # ImportResult

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._importer = services.importer
        self._table: CsvTable | None = None
        self._refusal: UndecodableFile | None = None
        self._preview: ImportPreview | None = None
        self._thread: Worker | None = None
        self._running = False
        self.progress_dialog: QProgressDialog | None = None
        self.result: ImportResult | None = None
        resize_within_screen(self, 820, 640)
        self._build()
        self.retranslate_ui()
        self._update_buttons()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label.setBuddy(self.file_edit)
        self.encoding_label, self.encoding = QLabel(), QComboBox()
        self.delimiter_label, self.delimiter = QLabel(), QComboBox()
        for value, _ in ENCODINGS:
            self.encoding.addItem("", value)
        for value, _ in DELIMITERS:
            self.delimiter.addItem("", value)
        self.encoding_label.setBuddy(self.encoding)
        self.delimiter_label.setBuddy(self.delimiter)
        self.encoding.currentIndexChanged.connect(self._reload)
        self.delimiter.currentIndexChanged.connect(self._reload)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        format_row = QHBoxLayout()
        for label, combo in (
            (self.encoding_label, self.encoding),
            (self.delimiter_label, self.delimiter),
        ):
            format_row.addWidget(label)
            format_row.addWidget(combo)
        format_row.addStretch(1)

        self.mapping_model = MappingModel(self)
        self.mapping_model.mapping_changed.connect(self._invalidate_preview)
        self.mapping_model.mapping_changed.connect(self._show_file_info)
        self.mapping_view = QTableView()
        self.mapping_view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(COL_TARGET, TargetDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_box = QGroupBox()
        QVBoxLayout(self.mapping_box).addWidget(self.mapping_view)

        self.options_box = QGroupBox()
        options = QFormLayout(self.options_box)
        self.register_label, self.register = QLabel(), QComboBox()
        self.register_label.setBuddy(self.register)
        options.addRow(self.register_label, self.register)
        self.skip_button, self.merge_button = QRadioButton(), QRadioButton()
        self.skip_button.setChecked(True)
        self.duplicate_group = QButtonGroup(self)
        for button in (self.skip_button, self.merge_button):
            self.duplicate_group.addButton(button)
            button.toggled.connect(self._invalidate_preview)
        duplicates = QHBoxLayout()
        duplicates.addWidget(self.skip_button)
        duplicates.addWidget(self.merge_button)
        duplicates.addStretch(1)
        self.duplicates_label = QLabel()
        options.addRow(self.duplicates_label, duplicates)
        self.orders_check = QCheckBox()
        self.orders_check.toggled.connect(self._invalidate_preview)
        options.addRow("", self.orders_check)
        self.purpose_label, self.purpose = QLabel(), QComboBox()
        self.purpose.setEditable(True)  # a purpose not yet declared may be typed
        self.purpose_label.setBuddy(self.purpose)
        self.purpose.currentTextChanged.connect(self._invalidate_preview)
        self.purpose.currentTextChanged.connect(self._show_file_info)
        options.addRow(self.purpose_label, self.purpose)

        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.only_problems = QCheckBox()
        self.only_problems.toggled.connect(self.preview_model.set_only_problems)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.only_problems)
        preview_layout.addWidget(self.preview_view, 1)

        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_rows)
        self.rejected_button = QPushButton()
        self.rejected_button.clicked.connect(self.save_rejected)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.rejected_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.mapping_box, 3)
        top_layout.addWidget(self.options_box, 2)
        splitter.addWidget(top)
        splitter.addWidget(self.preview_box)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(format_row)
        layout.addWidget(self.file_info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._fill_registers()

    def _fill_registers(self) -> None:
        self.register.clear()
        self.register.addItem("", None)
        names = self._services.customers.register_names()
        for register_id, name in sorted(names.items()):
            self.register.addItem(name, register_id)
        if names:
            self.register.setCurrentIndex(1)
        self.purpose.blockSignals(True)
        self.purpose.clear()
        self.purpose.addItems(["", *self._services.marketing.purposes()])
        self.purpose.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers from a CSV file"))
        self.mapping_view.setAccessibleName(self.tr("Columns of the file"))
        self.preview_view.setAccessibleName(self.tr("Rows of the file"))
        self.file_label.setText(self.tr("&File:"))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.delimiter_label.setText(self.tr("&Separator:"))
        for index, (_, text) in enumerate(ENCODINGS):
            self.encoding.setItemText(index, self.tr(text))
        for index, (_, text) in enumerate(DELIMITERS):
            self.delimiter.setItemText(index, self.tr(text))
        self.mapping_box.setTitle(self.tr("Columns"))
        self.options_box.setTitle(self.tr("Options"))
        self.register_label.setText(self.tr("Add to &register:"))
        self.register.setItemText(0, self.tr("(none)"))
        self.duplicates_label.setText(self.tr("Duplicates:"))
        self.skip_button.setText(self.tr("S&kip"))
        self.skip_button.setToolTip(self.tr("Keep the register's details as they are."))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(
            self.tr("Fill in what the register lacks; nothing already there is overwritten.")
        )
        self.orders_check.setText(self.tr("Also import &orders (one order per row)"))
        self.purpose_label.setText(self.tr("Marketing &permissions for:"))
        self.purpose.setToolTip(
            self.tr(
                "The purpose the web shop's marketing permission columns (e-mail, SMS) are "
                "consents for; leave empty not to import them."
            )
        )
        self.purpose.lineEdit().setPlaceholderText(self.tr("(not imported)"))
        self.preview_box.setTitle(self.tr("Rows"))
        self.only_problems.setText(self.tr("Show only duplicates and refused rows"))
        self.check_button.setText(self.tr("C&heck rows"))
        self.rejected_button.setText(self.tr("Save refused ro&ws…"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        self._show_file_info()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _busy(self) -> bool:
        """A task is under way until its outcome has been handled (not merely until its
        thread ends, which Qt reports a moment later)."""
        return self._running

    def _task_over(self, *_args) -> None:
        self._running = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._busy()
        loaded = self._table is not None
        ready = self._preview is not None and self._preview.can_import
        self.choose_button.setEnabled(not busy)
        self.check_button.setEnabled(loaded and not busy)
        self.import_button.setEnabled(ready and not busy and self.result is None)
        self.rejected_button.setEnabled(
            self._preview is not None and bool(self._preview.rejected()) and not busy
        )

    def _show_file_info(self) -> None:
        table = self._table
        set_role(self.file_info, "error" if self._refusal or self._warnings() else "")
        if self._refusal is not None:
            self._show_refusal(self._refusal)
            return
        self.encoding.setToolTip("")
        if table is None:
            self.file_info.setText(self.tr("Choose a CSV file saved from a spreadsheet or a web "
                                           "shop (WooCommerce, Shopify…)."))  # fmt: skip
            return
        separator = self.tr("tab") if table.delimiter == "\t" else table.delimiter
        text = self.tr("%1 rows, %2 columns; encoding %3, separated by %4.")
        for number, value in enumerate(
            (len(table.rows), len(table.headers), table.encoding_name, separator), start=1
        ):
            text = text.replace(f"%{number}", str(value))
        self.file_info.setText("\n".join([text, *self._warnings()]))

    def _warnings(self) -> list[str]:
        if self._table is None:
            return []
        mapping = self.mapping_model.mapping
        found = column_warnings(self._table, mapping)
        found += marketing_warnings(mapping, self.purpose.currentText())
        return [render(w) for w in found]

    def _show_refusal(self, refusal: UndecodableFile) -> None:
        """Why the file was not read, where, and the ways out; the encoding combo says the
        same, so the person can choose Windows-1252 there and see the rows before importing."""
        places = [render(place) for place in refusal.places()]
        hint = self.tr("Nothing has been read in. Fix those bytes in the file (save it again as "
                       "UTF-8), or choose Windows-1252 under Encoding to read it so and check "
                       "the rows before importing.")  # fmt: skip
        if refusal.report.encoding != "utf-8":
            hint = self.tr("Nothing has been read in. Save the file again as UTF-8.")
        self.file_info.setText("\n".join([render(refusal.message), *places, hint]))
        self.encoding.setToolTip("\n".join([render(refusal.message), *places]))

    def _show_summary(self) -> None:
        preview = self._preview
        if preview is None:
            self.summary.setText(self.tr("Check the rows to see which can be imported."))
            return
        if preview.problems:
            self.summary.setText("\n".join(render(p.message) for p in preview.problems))
            return
        counts = preview.counts
        text = self.tr("%1 new, %2 duplicates, %3 refused.")
        text = text.replace("%1", str(counts[RowStatus.NEW.value]))
        text = text.replace("%2", str(counts[RowStatus.DUPLICATE.value]))
        self.summary.setText(text.replace("%3", str(counts[RowStatus.INVALID.value])))

    def _invalidate_preview(self, *_args) -> None:
        self._preview = None
        self.preview_model.set_preview(None)
        self._show_summary()
        self._update_buttons()

    def _options(self) -> ImportOptions:
        register_id = self.register.currentData()
        return ImportOptions(
            on_duplicate=OnDuplicate.MERGE if self.merge_button.isChecked() else OnDuplicate.SKIP,
            with_orders=self.orders_check.isChecked(),
            register_ids=(register_id,) if register_id is not None else (),
            marketing_purpose=self.purpose.currentText().strip(),
        )

    def _start(self, task, on_success, cancelled_by=()) -> Worker:
        thread = Worker(self, cancelled_by)
        for signal in (thread.succeeded, thread.failed, thread.cancelled):
            signal.connect(self._task_over)  # first, so handlers see the task as over
        thread.succeeded.connect(on_success)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._update_buttons)
        self._thread = thread
        self._running = True
        thread.start_task(task)
        self._update_buttons()
        return thread

    def _failed(self, error: BaseException) -> None:
        text = user_error_text(error) or str(error)
        self.status.setText(self.tr("That did not work: %1").replace("%1", text))
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
        self.import_finished.emit(None)

    # -- steps -----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "", self.tr("CSV files (*.csv *.txt);;All (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background; ``file_loaded`` follows."""
        self.file_edit.setText(str(path))
        self._reload()

    def _reload(self, *_args) -> None:
        text = self.file_edit.text()
        if not text or self._busy():
            return
        path = Path(text)
        encoding = self.encoding.currentData() or None
        delimiter = self.delimiter.currentData() or None
        self.result = None
        self.status.clear()
        self._start(
            lambda _progress, _cancel: read_or_refusal(path, encoding, delimiter),
            self._loaded,
        )

    def _loaded(self, table: CsvTable | UndecodableFile) -> None:
        if isinstance(table, UndecodableFile):
            self._refused(table)
            return
        self._refusal = None
        self._table = table
        self.mapping_model.set_table(table, ColumnMapping.guess(table.headers))
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, COL_TARGET))
        self.mapping_view.resizeRowsToContents()
        self._invalidate_preview()
        self._show_file_info()
        self.file_loaded.emit(table)

    def _refused(self, refusal: UndecodableFile) -> None:
        self._refusal, self._table = refusal, None
        self.mapping_model.set_table(None, ColumnMapping(()))
        self._invalidate_preview()
        self._show_file_info()
        self.file_refused.emit(refusal)

    def check_rows(self) -> None:
        """Check every row through the current mapping in the background; ``preview_ready``
        follows."""
        if self._table is None or self._busy():
            return
        table, mapping, options = self._table, self.mapping_model.mapping, self._options()
        importer = self._importer
        self.status.setText(self.tr("Checking the rows…"))
        self._start(
            lambda progress, cancel: importer.preview(
                table, mapping, options, progress=progress, cancel=cancel
            ),
            self._checked,
            (ImportCancelled,),
        )

    def _checked(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.preview_model.set_preview(preview)
        self.preview_view.resizeColumnsToContents()
        header = self.preview_view.horizontalHeader()
        for column in range(self.preview_model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 260))
        self.status.clear()
        self._show_summary()
        self._update_buttons()
        self.preview_ready.emit(preview)

    def start_import(self) -> None:
        """Import the checked rows in the background with a progress dialog; Cancel rolls
        everything back. ``import_finished`` follows."""
        preview = self._preview
        if preview is None or not preview.can_import or self._busy():
            return
        importer = self._importer
        dialog = QProgressDialog(self.tr("Importing customers…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowTitle(self.windowTitle())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        thread = self._start(
            lambda progress, cancel: importer.run(preview, progress=progress, cancel=cancel),
            self._import_done,
            (ImportCancelled,),
        )
        dialog.canceled.connect(thread.cancel)
        thread.progressed.connect(self._progress)
        thread.cancelled.connect(self._import_cancelled)
        dialog.show()

    def cancel_import(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None and total:
            self.progress_dialog.setValue(min(99, done * 100 // total))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.hide()

    def _import_done(self, result: ImportResult) -> None:
        self._close_progress()
        self.result = result
        text = self.tr("Imported %1 new customers and %2 orders; %3 duplicates merged, %4 "
                       "skipped, %5 rows refused.")  # fmt: skip
        for number, value in enumerate(
            (result.created, result.orders, result.merged, result.skipped, result.rejected),
            start=1,
        ):
            text = text.replace(f"%{number}", str(value))
        self.status.setText(text)
        self._update_buttons()
        self.imported.emit(result)
        self.import_finished.emit(result)

    def _import_cancelled(self) -> None:
        self._close_progress()
        self.status.setText(self.tr("The import was cancelled; nothing was imported."))
        self.import_finished.emit(None)

    def save_rejected(self, path: Path | None = None) -> Path | None:
        """Save the refused rows (asking where, unless ``path`` is given)."""
        if self._preview is None:
            return None
        if not path:
            suggested = ""
            if self._table is not None:
                suggested = str(self._table.path.with_name(self._table.path.stem + "-refused.csv"))
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save refused rows"), suggested, self.tr("CSV files (*.csv)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        count = self._importer.write_rejected(self._preview, Path(path), translate)
        self.status.setText(
            self.tr("%1 refused rows saved in %2.")
            .replace("%1", str(count))
            .replace("%2", str(path))
        )
        return Path(path)

    def done(self, result: int) -> None:
        if self._thread is not None and self._thread.isRunning():
            self.cancel_import()
            self._thread.wait()
        super().done(result)
