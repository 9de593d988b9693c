"""Showing what a step produced: a letter or report in the PDF preview (print, save), or, where
the preview is not available, straight to a file; saving bytes where the user chooses."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.file_names import safe_file_name
from ...services.unprintable import warning
from ...translation import render

log = logging.getLogger(__name__)
CONTEXT = "RequestLetters"


def file_name(title: str, request_id: int | None, suffix: str = ".pdf") -> str:
    """A file name from a document's title: ``Vastaus tietopyyntöön 12.pdf``, valid on
    Windows, macOS and Linux alike (``domain.file_names``)."""
    number = f" {request_id}" if request_id is not None else ""
    return safe_file_name(f"{title}{number}{suffix}")


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(chosen) if chosen else None


def save_bytes(parent: QWidget | None, data: bytes, title: str, suggested: str, filters: str):
    """Ask where, then write; the path written, or None when the user cancelled. An OSError
    (a locked file, a full disk) is the caller's to show."""
    path = ask_save_path(parent, title, suggested, filters)
    if path is None:
        return None
    path.write_bytes(data)
    return path


def show_pdf(parent: QWidget | None, pdf: bytes, title: str, suggested_name: str) -> None:
    """The document in the preview dialog (print, save), modal. Without the preview (built
    without PySide6's PDF module), the user saves it as a file instead."""
    try:
        # QtPdf only when a letter is previewed
        from ..documents.pdf_preview import PdfPreviewDialog
    except ImportError:
        log.info("PDF preview not available; offering to save %s", suggested_name)
        caption = QCoreApplication.translate("RequestLetters", "Save %1").replace("%1", title)
        try:
            save_bytes(parent, pdf, caption, suggested_name, _pdf_filter())
        except OSError as error:
            from .messages import show_os_error  # on first use: not needed for the first paint

            show_os_error(parent, error)
        return
    dialog = PdfPreviewDialog(pdf, title, suggested_name, parent)
    dialog.exec()


def tell_unprintable(parent: QWidget | None, characters: tuple) -> None:
    """Before the preview: the characters the document prints as "\ufffd" (its fonts lack
    them), listed as the Documents page lists them. The letter is made already (a step of the
    request cannot wait for an answer), so this only tells."""
    if not characters:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RequestLetters", "Characters the document cannot print"),
        render(warning(characters)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.exec()


def _pdf_filter() -> str:
    return QCoreApplication.translate("RequestLetters", "PDF documents (*.pdf)")
