"""The lower half of a request's card: the timeline (double-click a sent document to see it
again) and the originals attached to the request (open, save, attach another)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import NotFound
from ..private_copies import write_private_copy
from ..style import records_table
from . import letters
from .messages import show_error
from .record_models import (
    AT_NAME,
    DOCUMENT_ID_ROLE,
    TL_WHAT,
    AttachmentsModel,
    TimelineModel,
)


class TimelinePanel(QWidget):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.request_id: int | None = None
        self.model = TimelineModel(self)
        self.table = records_table(self, self.model, TL_WHAT)
        self.table.activated.connect(self.open_document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.table.setAccessibleName(self.tr("Timeline of the request"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def load(self, request_id: int | None) -> None:
        self.request_id = request_id
        events = self.services.requests.timeline(request_id) if request_id else []
        self.model.set_views(events)
        self.table.scrollToBottom()

    def open_document(self, index) -> None:
        document_id = index.data(DOCUMENT_ID_ROLE)
        if not document_id:
            return
        try:
            pdf = self.services.documents.pdf(document_id)
        except NotFound as error:  # erased with the person
            show_error(self, error)
            return
        title = self.model.index(index.row(), 2).data() or self.tr("Document")
        letters.show_pdf(self, pdf, title, letters.file_name(title, self.request_id))


class AttachmentsPanel(QWidget):
    attached = Signal()

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.request_id: int | None = None
        self.model = AttachmentsModel(self)
        self.table = records_table(self, self.model, AT_NAME)
        self.table.activated.connect(lambda _index: self.open_current())
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_current)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_current)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.attach)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslateUi()
        self._update_buttons()

    def retranslateUi(self) -> None:
        self.open_button.setText(self.tr("&Open"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.attach_button.setText(self.tr("Attach a &file…"))
        self.attach_button.setToolTip(
            self.tr("Keep a scanned letter or a saved e-mail with the request")
        )
        self.table.setAccessibleName(self.tr("Attached originals"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def load(self, request_id: int | None, can_attach: bool = True) -> None:
        self.request_id = request_id
        items = self.services.requests.attachments(request_id) if request_id else []
        self.model.set_views(items)
        self.attach_button.setEnabled(request_id is not None and can_attach)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.table.currentIndex().isValid()
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _current(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None
        item = self.model.view_at(index.row())
        return item, self.services.requests.attachment_data(item.id)

    def open_current(self) -> Path | None:
        """Open the original with the program the system uses for it, from a private copy that
        is removed when the app quits (the register itself never holds a path)."""
        item, data = self._current()
        if item is None:
            return None
        try:
            path = write_private_copy(item.filename, data)
        except OSError as error:
            show_error(self, error)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_current(self) -> Path | None:
        item, data = self._current()
        if item is None:
            return None
        try:
            return letters.save_bytes(self, data, self.tr("Save the original"), item.filename, "")
        except OSError as error:
            show_error(self, error)
            return None

    def attach(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach the original"))
        if not chosen or self.request_id is None:
            return
        path = Path(chosen)
        try:
            data = path.read_bytes()
        except OSError as error:
            show_error(self, error)
            return
        self.services.requests.attach(self.request_id, path.name, data)
        self.load(self.request_id)
        self.attached.emit()
