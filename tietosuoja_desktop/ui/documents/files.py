"""Where PDFs go on disk: a file name to suggest, the folder the user last chose, and saving
that tells the user plainly when the disk says no."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...domain.file_names import safe_file_name
from ...domain.records import ArchivedDocument
from ..preferences import qsettings

FOLDER_KEY = "documents/folder"


def pdf_filter() -> str:
    return QCoreApplication.translate("DocumentFiles", "PDF documents (*.pdf)")


def suggested_file_name(document: ArchivedDocument) -> str:
    """``Tietosuojaseloste - Asiakasrekisteri (fi) 2026-11-22.pdf``: readable, and safe on
    Windows, macOS and Linux alike (``domain.file_names``)."""
    title = safe_file_name(document.title)[:80].strip(" .") or "document"
    stamp = document.created_at.date().isoformat()
    return safe_file_name(f"{title} ({document.language.value}) {stamp}.pdf")


def last_folder() -> Path:
    saved = str(qsettings().value(FOLDER_KEY, "") or "")
    if saved and Path(saved).is_dir():
        return Path(saved)
    location = QStandardPaths.StandardLocation.DocumentsLocation
    return Path(QStandardPaths.writableLocation(location) or Path.home())


def remember_folder(path: Path) -> None:
    qsettings().setValue(FOLDER_KEY, str(path.parent))


def write_atomically(path: Path, data: bytes) -> None:
    """Never leave a half-written PDF behind (a full disk, a removed USB stick)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pdf")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_pdf(parent: QWidget | None, pdf: bytes, suggested_name: str) -> Path | None:
    """Ask where, then write ``pdf`` there; the path written, or None (cancelled or failed,
    the user having been told why)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentFiles", "Save PDF"),
        str(last_folder() / suggested_name),
        pdf_filter(),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".pdf")
    try:
        write_atomically(path, pdf)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("DocumentFiles", "Cannot save"),
            QCoreApplication.translate("DocumentFiles", "The file %1 could not be saved: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )
        return None
    remember_folder(path)
    return path


def choose_pdf(parent: QWidget | None) -> Path | None:
    """A PDF the user picks to open; None when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DocumentFiles", "Open PDF"),
        str(last_folder()),
        pdf_filter(),
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path)
    return path
