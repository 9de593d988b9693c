"""Printing a PDF as it previews: each page rendered by QtPdf and drawn onto the printer,
fitted to the printable area. The system's print dialog chooses the printer, copies and range;
:func:`print_document` does the drawing, so it can be tested against a PDF-file printer.

"Print to file (PDF)" is no printer at all: the document already is a PDF, so its own bytes are
written to the chosen file (vector text, a tenth of the size of drawn page images) and the user
is told where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .files import write_atomically

# Enough for crisp text on paper; a 1200 dpi printer would otherwise get 14,000-pixel pages.
MAX_RENDER_DPI = 300


class PrintError(Exception):
    """The printer could not be opened for drawing."""


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The 0-based pages the user chose in the print dialog (all of them by default)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        pages = list(range(first - 1, last))
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the chosen pages of ``document`` onto ``printer``; returns how many were drawn.
    Raises :class:`PrintError` when the printer cannot be opened."""
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(printer.printerName() or printer.outputFileName())
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                raise PrintError(printer.printerName() or printer.outputFileName())
            area = QRectF(painter.viewport())
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(area.center())
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()
    return len(pages)


def pdf_file_of(printer: QPrinter) -> Path | None:
    """The file a "print to PDF file" printer writes to; None for a real printer."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return None
    name = printer.outputFileName()
    return Path(name) if name else None


def print_chosen(document: QPdfDocument, pdf: bytes, printer: QPrinter, parent) -> bool:
    """Print on the printer chosen in the dialog: paper gets the drawn pages, a PDF file gets
    the document's own bytes (the whole document: its pages are one signed or archived file)
    and a message saying where it is. Failures are told to the user; False then."""
    target = pdf_file_of(printer)
    if target is not None:
        return _write_pdf_file(pdf, target, parent)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_document(document, printer)
    except PrintError:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Cannot print"),
            QCoreApplication.translate(
                "Printing",
                "The printer could not be used. Check that it is switched on and connected, "
                "then try again.",
            ),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def _write_pdf_file(pdf: bytes, target: Path, parent) -> bool:
    if not target.suffix:
        target = target.with_suffix(".pdf")
    try:
        write_atomically(target, pdf)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Printing", "Cannot print"),
            QCoreApplication.translate("Printing", "The file %1 could not be written: %2")
            .replace("%1", str(target))
            .replace("%2", error.strerror or str(error)),
        )
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Printing", "PDF file written"),
        QCoreApplication.translate("Printing", "The document was written to %1.").replace(
            "%1", str(target)
        ),
    )
    return True


def print_with_dialog(
    document: QPdfDocument, pdf: bytes, title: str, parent: QWidget | None
) -> bool:
    """Ask the system's print dialog, then print; False when the user cancelled or printing
    failed (the user having been told why)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(False)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace("%1", title))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(document.pageCount(), 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return print_chosen(document, pdf, printer, parent)


def load_pdf(pdf: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument read from memory; the buffer is its child, so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(pdf: bytes, title: str, parent: QWidget | None) -> bool:
    """Print PDF bytes through the system's print dialog (Ctrl+P on a page with documents)."""
    document = load_pdf(pdf)
    try:
        return print_with_dialog(document, pdf, title, parent)
    finally:
        document.close()
        document.deleteLater()
