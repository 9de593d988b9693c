"""The "Audit log" dialog (from the Settings page): every change recorded, newest first; a
check of the hash chain run off the GUI thread; exports as CSV and PDF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.audit_chain import ChainCheck, LinkProblem
from .audit_table_model import COL_ACTION, COL_ENTITY, COL_FIELDS, AuditTableModel
from .documents.archive_model import format_timestamp
from .documents.files import last_folder, remember_folder
from .documents.verify_dialog import BAD, GOOD, VERDICT_STYLES
from .errors import show_user_error
from .preferences import current_language
from .style import heading, set_role
from .workers import Worker


class AuditDialog(QDialog):
    verified = Signal(object)  # the ChainCheck, once shown
    exported = Signal(object)  # the path written

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.check: ChainCheck | None = None
        self.setMinimumSize(760, 520)
        self.job = Worker(self)
        self.job.succeeded.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.busyChanged.connect(self._set_busy)
        self._pending = ""  # what the running job is: "verify", "csv" or "pdf"
        self._target: Path | None = None

        self.heading = QLabel(self)
        heading(self.heading, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = AuditTableModel(
            lambda limit, offset: services.audit.entries(limit=limit, offset=offset),
            services.audit.count,
            self,
        )
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and column widths: the view never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_FIELDS, QHeaderView.ResizeMode.Stretch)
        self.count_label = set_role(QLabel(self), "hint")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        self.head_label = QLabel(self)
        self.head_label.setWordWrap(True)
        self.head_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.head_label.setVisible(False)
        self.copy_head_button = QPushButton(self)
        self.copy_head_button.setVisible(False)
        self.copy_head_button.clicked.connect(self.copy_head)

        self.verify_button = QPushButton(self)
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.pdf_button = QPushButton(self)
        self.pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        head_row = QHBoxLayout()
        head_row.addWidget(self.head_label, 1)
        head_row.addWidget(self.copy_head_button, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.result_label)
        layout.addLayout(head_row)
        layout.addLayout(actions)
        self.retranslate_ui()
        self.reload()

    # -- the list ------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.rowCount()))

    # -- checking ------------------------------------------------------------------------

    def verify(self) -> bool:
        """Check the chain in the background; ``verified`` follows."""
        return self._start("verify", self.services.audit.verify)

    def _start(self, what: str, work) -> bool:
        if not self.job.start(work):
            return False
        self._pending = what
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.verify_button, self.csv_button, self.pdf_button):
            button.setEnabled(not busy)

    def _finished(self, check: ChainCheck) -> None:
        what, self._pending = self._pending, ""
        self.reload()  # an export adds its own entry
        self._show_check(check)
        if what == "verify":
            self.verified.emit(check)
            return
        self.result_label.setText(
            self.result_label.text()
            + "\n"
            + self.tr("Saved to %1.").replace("%1", str(self._target))
        )
        self.exported.emit(self._target)

    def _failed(self, error: BaseException) -> None:
        self._pending = ""
        if show_user_error(self, error):
            return
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            self,
            self.tr("Cannot save"),
            self.tr("The file %1 could not be saved: %2")
            .replace("%1", str(self._target))
            .replace("%2", detail),
        )

    def problem_text(self, problem: LinkProblem) -> str:
        return {
            LinkProblem.EDITED: self.tr("the entry was changed after it was written"),
            LinkProblem.LINK_CHANGED: self.tr(
                "the previous entry's hash recorded in it was changed"
            ),
            LinkProblem.MISSING: self.tr("an entry before it is missing (removed or replaced)"),
            LinkProblem.REORDERED: self.tr("entries were moved out of their order"),
        }[problem]

    def _show_check(self, check: ChainCheck) -> None:
        self.check = check
        broken = check.broken
        if broken is None:
            style = VERDICT_STYLES[GOOD]
            text = self.tr("The audit log is intact: %n entries checked.", "", check.checked)
        else:
            style = VERDICT_STYLES[BAD]
            text = (
                self.tr(
                    "The audit log has been tampered with: the chain breaks at entry %1 (%2): %3."
                )
                .replace("%1", str(broken.entry_id))
                .replace("%2", format_timestamp(broken.at))
                .replace("%3", self.problem_text(broken.problem))
                + " "
                + self.tr("The %n entries before it are intact.", "", check.head.count)
            )
            self.select_entry(broken.entry_id)
        self.result_label.setStyleSheet(f"QLabel {{ {style} padding: 8px; }}")
        self.result_label.setText(text)
        self.result_label.setVisible(True)
        self.head_label.setText(
            self.tr(
                "Head of the chain: %1. Write it down or keep the PDF: checking against it "
                "later also shows entries removed from the end (tietosuoja audit verify "
                "--head)."
            ).replace("%1", check.head.text)
        )
        self.head_label.setVisible(True)
        self.copy_head_button.setVisible(True)

    def select_entry(self, entry_id: int) -> None:
        row = self.services.audit.position(entry_id)
        index = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def copy_head(self) -> None:
        if self.check is not None:
            QApplication.clipboard().setText(self.check.head.text)

    # -- exporting -----------------------------------------------------------------------

    def _ask_and_export(self, kind: str) -> None:
        stamp = self.services.clock.today().isoformat()
        if kind == "csv":
            caption, name = self.tr("Save the audit log as CSV"), f"audit-log-{stamp}.csv"
            filter_text = self.tr("CSV files (*.csv)")
        else:
            caption, name = self.tr("Save the audit log as PDF"), f"audit-log-{stamp}.pdf"
            filter_text = self.tr("PDF documents (*.pdf)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, caption, str(last_folder() / name), filter_text
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        remember_folder(path)
        self.export(kind, path)

    def export(self, kind: str, path: Path) -> bool:
        """Write the log to ``path`` in the background (``kind``: "csv" or "pdf", the PDF in
        the interface language); ``exported`` follows."""
        self._target = Path(path)
        audit = self.services.audit
        if kind == "csv":
            return self._start("csv", lambda: audit.export_csv(self._target))
        language = current_language()
        return self._start("pdf", lambda: audit.export_pdf(self._target, language))

    def _fit_columns(self) -> None:
        """Widths from the header and a typical value, never by measuring every row."""
        metrics = self.table.fontMetrics()
        bold = self.table.horizontalHeader().fontMetrics()
        samples = ("000000", format_timestamp(datetime(2026, 12, 31, 23, 59)), "", "", "", "0" * 12)
        for column, sample in enumerate(samples):
            if column in (COL_ACTION, COL_ENTITY):
                sample = "M" * 15  # "Ilmoitettu viranomaiselle", "Tietoturvaloukkaus 12"
            if column == COL_FIELDS:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(title) + 12)
            self.table.setColumnWidth(column, width + 16)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.heading.setText(self.tr("Audit log"))
        self.intro.setText(
            self.tr(
                "Every change to the register is recorded here by time, action and the names "
                "of the fields changed, never their values. Each entry carries the hash of the "
                "one before it, so an entry changed, removed or moved outside the program is "
                "found when you verify the log."
            )
        )
        self.verify_button.setText(self.tr("&Verify"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.copy_head_button.setText(self.tr("C&opy head"))
        self.table.setAccessibleName(self.tr("Audit log entries, newest first"))
        self.model.retranslate()
        self._fit_columns()
        self._show_count()
        if self.check is not None:
            self._show_check(self.check)
