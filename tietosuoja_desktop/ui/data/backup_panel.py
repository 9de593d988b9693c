"""Backups in the window: back up now, the list of backups, restoring one after confirmation,
and how many automatic backups to keep. Also the start-up offer to restore the latest good
backup when the register file is damaged (:func:`offer_restore`)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.backups import (
    RegisterDamaged,
    RestoreReport,
    restore_closed,
)
from ..errors import user_error_text
from ..format import format_size
from ..style import heading, set_role
from ..workers import Worker
from .backup_model import COL_FILE, BackupTableModel

log = logging.getLogger(__name__)


class BackupPanel(QWidget):
    """``BackupPanel(services, parent)``. Emits ``restored(report)`` after a restore: every
    view of the register must then reload. ``backed_up(path)`` after a backup."""

    backed_up = Signal(object)
    restored = Signal(object)
    failed = Signal(str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._backups = services.backups
        self._thread: Worker | None = None
        self._running = False
        self._taken = 0  # bytes the listed backups take
        self._build()
        self.retranslate_ui()
        self.refresh()

    def _build(self) -> None:
        self.title = QLabel()
        heading(self.title, 1.2)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton()
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.keep_label = QLabel()
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(self._backups.keep_last)
        self.keep.valueChanged.connect(self._backups.set_keep_last)
        self.keep_label.setBuddy(self.keep)
        self.space_label = QLabel()
        self.space_label.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.space_label)
        layout.addWidget(self.status)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Backups"))
        self.view.setAccessibleName(self.tr("Backups"))
        self.folder_label.setText(
            self.tr("Backups are kept in %1. Copy them to another disk now and then.").replace(
                "%1", str(self._backups.folder)
            )
        )
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("Restore selected…"))
        self.restore_file_button.setText(self.tr("Restore from file…"))
        self.keep_label.setText(self.tr("&Keep the newest automatic backups:"))
        self.keep.setToolTip(
            self.tr("Backups made on closing, before updates and before restores, of each kind.")
        )
        self._show_space()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.wait_for_task()
        super().closeEvent(event)

    def wait_for_task(self) -> None:
        """Block until a backup or restore under way has ended (call before quitting)."""
        if self._thread is not None and self._thread.isRunning():
            self._thread.wait()

    def refresh(self) -> None:
        backups = self._backups.list()
        self.model.set_views(backups)
        self.view.resizeColumnsToContents()
        self._taken = sum(info.size for info in backups)
        self._show_space()
        self._update_buttons()

    def _show_space(self) -> None:
        """What the backups take and what is free beside them (a million customers' copy is
        over a gigabyte, and ten of each kind are kept); a warning when the next one does not
        fit."""
        try:
            free, needed = self._backups.space()
        except OSError:  # the folder's disk is gone (a removed drive): the list says enough
            self.space_label.clear()
            return
        text = self.tr("The backups take %1 in all; %2 is free on that disk.")
        text = text.replace("%1", format_size(self._taken)).replace("%2", format_size(free))
        fits = free >= needed
        if not fits:
            text += " " + self.tr(
                "The next backup (%1) does not fit: free some space or keep fewer backups."
            ).replace("%1", format_size(needed))
        self.space_label.setText(text)
        set_role(self.space_label, "" if fits else "warning")

    def _busy(self) -> bool:
        """A task is under way until its outcome has been handled (not merely until its
        thread ends, which Qt reports a moment later)."""
        return self._running

    def _task_over(self, *_args) -> None:
        self._running = False
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        busy = self._busy()
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.restore_file_button.setEnabled(not busy)

    def selected(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.view_at(rows[0].row()).path if rows else None

    def _run(self, task, on_success) -> None:
        thread = Worker(self)
        for signal in (thread.succeeded, thread.failed, thread.cancelled):
            signal.connect(self._task_over)  # first, so handlers see the task as over
        thread.succeeded.connect(on_success)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._update_buttons)
        self._thread = thread
        self._running = True
        thread.start(task)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.unsetCursor()
        text = user_error_text(error) or str(error)
        self.status.setText(self.tr("That did not work: %1").replace("%1", text))
        self.failed.emit(text)

    def back_up_now(self) -> None:
        if self._busy():
            return
        self.status.setText(self.tr("Backing up…"))
        self._run(self._backups.create, self._backed_up)

    def _backed_up(self, path: Path) -> None:
        self.status.setText(self.tr("Backup saved: %1").replace("%1", str(path)))
        self.refresh()
        self.backed_up.emit(path)

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the register with the backup %1?\n\nEverything added or changed after "
                "it was taken is replaced; the register as it is now is kept as a backup. People "
                "erased after the backup was taken are erased again."
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        path = self.selected()
        if path is not None:
            self.restore(path)

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._backups.folder),
            self.tr("Backups (*.sqlite);;All (*)"),
        )
        if chosen:
            self.restore(Path(chosen))

    def ask_backup_passphrase(self, path: Path) -> str | None:
        """The passphrase of a backup made before the passphrase was changed (or before the
        encryption was removed); None when the person cancels."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("The backup's passphrase"))
        dialog.setLabelText(
            self.tr(
                "The backup %1 is encrypted with another passphrase, one used before it was "
                "changed. Type that passphrase to restore it; the register keeps its present "
                "passphrase."
            ).replace("%1", path.name)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)  # else the dialog is as wide as the sentence
            label.setMinimumWidth(440)
        accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
        passphrase = dialog.textValue()
        dialog.deleteLater()
        return passphrase if accepted and passphrase else None

    def restore(self, path: Path) -> None:
        """Restore ``path`` after the person confirms; ``restored`` follows."""
        if self._busy() or not self.confirm_restore(path):
            return
        passphrase = None
        if self._backups.needs_passphrase(path):
            passphrase = self.ask_backup_passphrase(path)
            if passphrase is None:
                return
        self.status.setText(self.tr("Restoring…"))
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._run(lambda: self._backups.restore(path, passphrase), self._restored)

    def _restored(self, report: RestoreReport) -> None:
        self.unsetCursor()
        text = self.tr("Restored %1.").replace("%1", report.backup.name)
        if report.erased_again:
            text += " " + self.tr("%1 people erased after the backup was taken were erased again.")
            text = text.replace("%1", str(report.erased_again))
        self.status.setText(text)
        self.keep.blockSignals(True)
        self.keep.setValue(self._backups.keep_last)
        self.keep.blockSignals(False)
        self.refresh()
        self.restored.emit(report)


def offer_restore(parent: QWidget | None, error: RegisterDamaged, data_dir: Path, clock) -> bool:
    """Tell the person the register file is damaged and offer the latest good backup. True
    when it was restored (open the register again), False when they chose to quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupPanel", "The register is damaged"))
    box.setText(
        QCoreApplication.translate(
            "BackupPanel", "The register file %1 is damaged and cannot be opened."
        ).replace("%1", str(error.path))
    )
    if error.latest_backup is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "BackupPanel",
                "There is no intact backup. The damaged file is left as it is; contact support.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(
        QCoreApplication.translate(
            "BackupPanel",
            "The latest intact backup is %1. Restore it? People erased after it was taken are "
            "erased again, and the damaged file is kept beside the backups.",
        ).replace("%1", error.latest_backup.name)
    )
    restore = box.addButton(
        QCoreApplication.translate("BackupPanel", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("BackupPanel", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restore_closed(data_dir, error.latest_backup, clock, error.key)
    except Exception as failure:
        log.exception("restoring the latest backup failed")
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("BackupPanel", "The register is damaged"),
            user_error_text(failure) or str(failure),
        )
        return False
    return True
