"""The Breaches page: the breach log (Art 33-34), open breaches first with their 72-hour clock
coloured like a request's, the selected breach's record below, and the actions: log (Ctrl+N),
edit (Enter), record the notification to the authority, record the people informed, write the
letters to the affected customers, save the breach report, close.

Breach logs are short (a sole trader has a handful), so the list is read on the GUI thread; a
timer refreshes the clock every minute while the page is shown."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.breaches import BreachStatus, InformExemption
from ...domain.enums import Language
from ...services.documents import breach_letter_name
from ...services.signatures import SigningError
from ..documents.wording import signing_error_text
from ..errors import show_user_error
from ..style import heading, set_role
from . import names
from .action_dialogs import InformDialog, NotifyDialog
from .editor import BreachDialog
from .letters_dialog import LettersDialog
from .table_model import COL_DESCRIPTION, ID_ROLE, BreachesTableModel

REFRESH_MS = 60_000


class BreachesPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - the pages contract, Qt spelling

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.dialog = None
        self._letters_folder = ""  # where the last letters went, offered next time
        self.ask = self._ask  # these two are replaced in tests that answer for the user
        self.tell = self._tell
        self.title = QLabel(self)
        heading(self.title)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_breach)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_breach)
        self.notify_button = QPushButton(self)
        self.notify_button.clicked.connect(self.record_notification)
        self.inform_button = QPushButton(self)
        self.inform_button.clicked.connect(self.record_informed)
        self.letters_button = QPushButton(self)
        self.letters_button.clicked.connect(self.choose_letters_folder)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.choose_report_file)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_breach)
        # A tool bar, not a row of buttons: Finnish labels run long, and a narrow window moves
        # the last buttons into the bar's overflow menu instead of widening the page.
        self.bar = QToolBar(self)
        self.bar.setObjectName("breachActions")
        for button in (
            self.new_button,
            self.edit_button,
            self.notify_button,
            self.inform_button,
            self.letters_button,
            self.report_button,
            self.close_button,
        ):
            self.bar.addWidget(button)

        self.model = BreachesTableModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(self.edit_breach)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, self.edit_breach)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.retranslateUi()
        self.refresh()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Breach log"))
        self.detail.setAccessibleName(self.tr("The selected breach"))
        self.new_button.setText(self.tr("&Log a breach…"))
        self.new_button.setToolTip(self.tr("Log a personal data breach (Ctrl+N)"))
        self.edit_button.setText(self.tr("E&dit…"))
        self.notify_button.setText(self.tr("Authority &notified…"))
        self.inform_button.setText(self.tr("People &informed…"))
        self.letters_button.setText(self.tr("Le&tters…"))
        self.letters_button.setToolTip(
            self.tr("Write a letter to each affected customer, in their own language")
        )
        self.report_button.setText(self.tr("&Report…"))
        self.close_button.setText(self.tr("&Close breach"))
        self.table.setAccessibleName(self.tr("Breaches"))
        self.empty.setText(
            self.tr(
                "No breaches logged. When personal data is lost, stolen, sent to the wrong "
                "person or altered, log it here at once: the 72-hour clock starts when you "
                "become aware of it."
            )
        )
        self.model.retranslate()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- the list ----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.model.set_views(self.services.breaches.list())
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.splitter.setVisible(has_rows)
        row = self.model.row_of(current) if current is not None else -1
        self.table.selectRow(max(row, 0) if has_rows else -1)
        self._show_current()

    def current_view(self):
        return self.model.view_at(self.table.currentIndex().row())

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, breach_id: int) -> None:
        row = self.model.row_of(breach_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_current(self, *_args) -> None:
        view = self.current_view()
        has = view is not None
        is_open = has and view.breach.status is BreachStatus.OPEN
        for button in (self.edit_button, self.report_button):
            button.setEnabled(has)
        for button in (self.notify_button, self.inform_button, self.close_button):
            button.setEnabled(is_open)
        self.letters_button.setEnabled(has and bool(view.breach.customer_ids))
        self.detail.setHtml(self._detail_html(view) if has else "")

    def _detail_html(self, view) -> str:
        breach = view.breach
        rows = [
            (self.tr("Discovered"), names.when(breach.discovered_at)),
            (self.tr("Nature"), names.natures(breach.natures)),
            (self.tr("Data concerned"), breach.data_categories),
            (self.tr("People affected"), self._count(breach.people_affected)),
            (self.tr("Records affected"), self._count(breach.records_affected)),
            (self.tr("Likely consequences"), breach.consequences),
            (self.tr("Measures taken"), breach.measures_taken),
            (self.tr("Measures proposed"), breach.measures_proposed),
            (self.tr("Risk"), names.tr(names.RISKS[breach.risk])),
            (self.tr("Reasoning"), breach.risk_reasoning),
            (self.tr("72-hour clock"), names.clock_text(view)),
            (self.tr("Case number"), breach.authority_reference),
            (self.tr("Reasons for the delay"), breach.delay_reasons),
            (self.tr("People informed"), names.when(breach.people_informed_at)),
            (self.tr("How"), breach.people_informed_how),
            (self.tr("How many"), self._count(breach.people_informed_count, "")),
            (self.tr("Linked customers"), str(len(breach.customer_ids) or "")),
        ]
        if breach.inform_exemption is not InformExemption.NONE:
            rows.append((self.tr("Exception"), names.tr(names.EXEMPTIONS[breach.inform_exemption])))
            rows.append((self.tr("Why"), breach.inform_exemption_reason))
        rows.append((self.tr("Status"), names.tr(names.STATUSES[breach.status])))
        cells = "".join(
            f"<tr><td><b>{escape(label)}</b></td><td>{escape(value).replace(chr(10), '<br>')}"
            "</td></tr>"
            for label, value in rows
            if value
        )
        title = escape(self.tr("Breach %1").replace("%1", str(breach.id)))
        description = escape(breach.description).replace("\n", "<br>")
        return (
            f"<h3>{title}</h3><p>{description}</p>"
            f"<table cellspacing='0' cellpadding='3'>{cells}</table>"
        )

    def _count(self, value: int | None, unknown: str | None = None) -> str:
        if value is None:
            return self.tr("not known") if unknown is None else unknown
        return str(value)

    # -- actions -----------------------------------------------------------------------------

    def _changed(self, view) -> None:
        self.refresh(select_id=view.breach.id)
        self.dataChanged.emit()

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._changed(dialog.saved))
        dialog.open()

    def new_breach(self) -> None:
        self._open(BreachDialog(self.services, None, self))

    def new_item(self) -> None:
        """File > New (Ctrl+N) on this page."""
        self.new_breach()

    def edit_breach(self, *_args) -> None:
        view = self.current_view()
        if view is not None:
            self._open(BreachDialog(self.services, view.breach, self))

    def record_notification(self) -> None:
        view = self.current_view()
        if view is not None:
            self._open(NotifyDialog(self.services, view, self))

    def record_informed(self) -> None:
        view = self.current_view()
        if view is not None:
            self._open(InformDialog(self.services, view, self))

    def _ask(self, text: str, title: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _tell(self, text: str, title: str) -> None:
        QMessageBox.information(self, title, text)

    def close_breach(self) -> None:
        view = self.current_view()
        if view is None:
            return
        question = self.tr(
            "Close breach %1? Close it when the authority and the people affected have been "
            "told as required and the measures are done."
        ).replace("%1", str(view.breach.id))
        if not self.ask(question, self.tr("Close breach")):
            return
        try:
            closed = self.services.breaches.close(view.breach.id)
        except (ValueError, LookupError) as error:
            if not show_user_error(self, error):
                raise
            return
        self._changed(closed)

    def _documents_folder(self) -> str:
        location = QStandardPaths.StandardLocation.DocumentsLocation
        return QStandardPaths.writableLocation(location)

    def choose_letters_folder(self) -> None:
        """Letters… : where they go and whether they are signed, then the letters."""
        view = self.current_view()
        if view is None:
            return
        folder = self._letters_folder or self._documents_folder()
        dialog = LettersDialog(self.services, view, folder, self)
        self.dialog = dialog

        def chosen() -> None:
            choice = dialog.saved
            self._letters_folder = str(choice.folder)
            written = self.write_letters(choice.folder, choice.passphrase)
            if written:
                self._letters_saved(view, len(written), choice.folder)

        dialog.accepted.connect(chosen)
        dialog.open()

    def _letters_saved(self, view, count: int, folder: Path) -> None:
        """Say where the letters went and, while the breach has no record of the people being
        informed, offer to record it (by letter, that many people)."""
        title = self.tr("Letters saved")
        saved = self.tr("Letters saved in %1: %2.").replace("%1", str(folder))
        saved = saved.replace("%2", str(count))
        breach = view.breach
        recorded = (
            breach.people_informed_at is not None
            or breach.inform_exemption is not InformExemption.NONE
        )
        if breach.status is not BreachStatus.OPEN or recorded:
            self.tell(saved, title)
            return
        question = self.tr(
            "Once you have sent them, record that the people were informed. Record it now?"
        )
        if self.ask(f"{saved}\n\n{question}", title):
            dialog = InformDialog(self.services, view, self)
            dialog.how.setText(self.tr("by letter"))
            dialog.count.set_count(count)
            self._open(dialog)

    def write_letters(self, folder: Path, passphrase: str | None = None) -> list[Path]:
        """One letter to each linked customer, in their language, signed when a passphrase
        is given, archived and saved, with a progress dialog that can stop between letters
        (signing a few hundred takes a while)."""
        view = self.current_view()
        if view is None:
            return []
        breach_id = view.breach.id
        progress = QProgressDialog(
            self.tr("Writing the letters…"), self.tr("Stop"), 0, len(view.breach.customer_ids), self
        )
        progress.setWindowTitle(self.tr("Letters"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        written = []
        made = self.services.documents.breach_letters(breach_id, passphrase=passphrase)
        try:
            for customer, exported in made:
                target = folder / breach_letter_name(breach_id, customer.id)
                target.write_bytes(exported.pdf)
                written.append(target)
                progress.setValue(len(written))
                if progress.wasCanceled():
                    break
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("Could not save the letters: %1").replace("%1", error.strerror or ""),
            )
        except SigningError as error:
            self.tell(signing_error_text(error), self.tr("Cannot sign"))
        except (ValueError, LookupError) as error:
            if not show_user_error(self, error):
                raise
        finally:
            made.close()
            progress.close()
        if written:
            self.dataChanged.emit()
        return written

    def choose_report_file(self) -> None:
        view = self.current_view()
        if view is None:
            return
        suggested = str(Path(self._documents_folder()) / f"tietoturvaloukkaus-{view.breach.id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the breach report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> bool:
        view = self.current_view()
        if view is None:
            return False
        controller = self.services.controller.get()
        language = controller.document_language if controller else Language.FI
        try:
            exported = self.services.documents.breach_report(view.breach.id, language)
            path.write_bytes(exported.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("Could not save the report: %1").replace("%1", error.strerror or ""),
            )
            return False
        except (ValueError, LookupError) as error:
            if not show_user_error(self, error):
                raise
            return False
        self.dataChanged.emit()
        return True
