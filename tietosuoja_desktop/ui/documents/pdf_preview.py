"""A PDF shown inside the app as it will print: QtPdf renders it, with page navigation, zoom,
Print… (the system's print dialog) and Save as…. Any page that has PDF bytes opens it with
``PdfPreviewDialog(pdf, title, suggested_name, parent)``."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .files import save_pdf
from .printing import print_with_dialog

FIT_WIDTH, FIT_PAGE = -1.0, -2.0  # zoom choices that are not a fixed factor
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QWidget):
    """The document, a toolbar above it. ``load(pdf)`` shows new bytes; ``document`` is the
    QPdfDocument (its ``status()`` is Ready once loaded)."""

    saved = Signal(str)  # the path written by Save as…
    pageRendered = Signal(int)  # noqa: N815 - a page (0-based) is drawn on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = b""
        self.title = ""
        self.suggested_name = "document.pdf"
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.navigator = self.view.pageNavigator()
        # QPdfView renders in a worker thread and says nothing when done; its renderer does.
        renderer = self.view.findChild(QPdfPageRenderer)
        if renderer is not None:
            renderer.pageRendered.connect(lambda page, *_rest: self.pageRendered.emit(page))

        self.toolbar = QToolBar(self)
        self.previous_action = self._action(QIcon.ThemeIcon.GoUp, "PgUp", self._previous)
        self.next_action = self._action(QIcon.ThemeIcon.GoDown, "PgDown", self._next)
        self.page_box = QSpinBox(self)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.page_count_label = QLabel(self)
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_count_label)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(
            QIcon.ThemeIcon.ZoomOut, QKeySequence.StandardKey.ZoomOut, lambda: self._step_zoom(-1)
        )
        self.zoom_in_action = self._action(
            QIcon.ThemeIcon.ZoomIn, QKeySequence.StandardKey.ZoomIn, lambda: self._step_zoom(1)
        )
        self.zoom_box = QComboBox(self)
        for factor in (FIT_WIDTH, FIT_PAGE, *ZOOM_STEPS):
            self.zoom_box.addItem("", factor)
        self.zoom_box.currentIndexChanged.connect(self._zoom_chosen)
        self.toolbar.addWidget(self.zoom_box)
        self.toolbar.addSeparator()
        self.print_action = self._action(
            QIcon.ThemeIcon.DocumentPrint, QKeySequence.StandardKey.Print, self.print_document
        )
        self.save_action = self._action(
            QIcon.ThemeIcon.DocumentSaveAs, QKeySequence.StandardKey.Save, self.save_as
        )
        for action in (self.print_action, self.save_action):
            action.setPriority(QAction.Priority.NormalPriority)
            # A toolbar's buttons take no Tab by default; these two are the window's purpose.
            self.toolbar.widgetForAction(action).setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.navigator.currentPageChanged.connect(self._show_page_number)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def _action(self, icon: QIcon.ThemeIcon, shortcut, slot) -> QAction:
        action = QAction(QIcon.fromTheme(icon), "", self)
        # Without an icon theme (a bare Linux desktop) the toolbar shows words instead.
        if not action.icon().isNull():
            action.setPriority(QAction.Priority.LowPriority)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # -- the document --------------------------------------------------------------------

    def load(self, pdf: bytes, title: str = "", suggested_name: str = "") -> None:
        """Show ``pdf``; QtPdf reads it from memory, the bytes never touch the disk."""
        self.pdf, self.title = pdf, title
        self.suggested_name = suggested_name or self.suggested_name
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(count, 1))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self._update_page_actions()
        self.retranslate_ui()

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based) from its top."""
        count = self.document.pageCount()
        if count:
            page = min(max(number, 1), count) - 1
            self.navigator.jump(page, QPointF(0, 0), self.navigator.currentZoom())

    def current_page(self) -> int:
        return self.navigator.currentPage() + 1

    def _previous(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _next(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _show_page_number(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_page_actions()

    def _update_page_actions(self) -> None:
        page, count = self.current_page(), self.document.pageCount()
        self.previous_action.setEnabled(page > 1)
        self.next_action.setEnabled(page < count)
        ready = count > 0
        self.print_action.setEnabled(ready)
        self.save_action.setEnabled(bool(self.pdf))

    # -- zoom ----------------------------------------------------------------------------

    def _zoom_chosen(self, index: int) -> None:
        factor = self.zoom_box.itemData(index)
        if factor == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def _step_zoom(self, direction: int) -> None:
        factor = self.zoom_box.currentData()
        if factor in (FIT_WIDTH, FIT_PAGE):
            factor = 1.0
        steps = [s for s in ZOOM_STEPS if (s > factor if direction > 0 else s < factor)]
        if steps:
            target = steps[0] if direction > 0 else steps[-1]
            self.zoom_box.setCurrentIndex(self.zoom_box.findData(target))

    # -- print and save ------------------------------------------------------------------

    def print_document(self) -> bool:
        if self.document.pageCount() == 0:
            return False
        return print_with_dialog(self.document, self.pdf, self.title, self)

    def save_as(self) -> None:
        path = save_pdf(self, self.pdf, self.suggested_name)
        if path is not None:
            self.saved.emit(str(path))

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.previous_action.setText(self.tr("Previous page"))
        self.next_action.setText(self.tr("Next page"))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_count_label.setText(
            " " + self.tr("of %1").replace("%1", str(self.document.pageCount())) + " "
        )
        self.zoom_out_action.setText(self.tr("Zoom out"))
        self.zoom_in_action.setText(self.tr("Zoom in"))
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.setItemText(0, self.tr("Fit width"))
        self.zoom_box.setItemText(1, self.tr("Whole page"))
        for index, factor in enumerate(ZOOM_STEPS, start=2):
            self.zoom_box.setItemText(
                index, self.tr("%1 %").replace("%1", str(round(factor * 100)))
            )
        self.print_action.setText(self.tr("&Print…"))
        self.save_action.setText(self.tr("&Save as…"))
        self.view.setAccessibleName(self.title or self.tr("Document preview"))


class PdfPreviewDialog(QDialog):
    """The preview in a window of its own, titled with the document's title."""

    def __init__(
        self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.preview = PdfPreview(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.buttons.setContentsMargins(8, 0, 8, 0)
        self.preview.load(pdf, title, suggested_name)
        # In a window of its own, Ctrl+P and Ctrl+S work wherever the focus is (the Close
        # button, the page number); embedded, they would meet the main window's own.
        for action in (self.preview.print_action, self.preview.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.setWindowTitle(title)
        self._fit_to_screen()

    @property
    def document(self) -> QPdfDocument:
        return self.preview.document

    def _fit_to_screen(self) -> None:
        available = self.screen().availableGeometry()
        self.resize(
            min(900, int(available.width() * 0.9)), min(1100, int(available.height() * 0.9))
        )
