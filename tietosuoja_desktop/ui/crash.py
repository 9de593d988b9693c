"""Programming errors never take the program down: they are logged with their traceback to a
file in the data folder's ``logs/``, and the user is told where that file is. Errors the user
can fix (bad input, a locked folder) that slip through are shown as their plain message."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..paths import log_dir

log = logging.getLogger(__name__)
LOG_NAME = "tietosuoja.log"
_handler: logging.Handler | None = None
_dialog: QMessageBox | None = None
_dialog_token: object | None = None  # which dialog _dialog is, for its deletion to check
_damage_told = False  # a damaged register is met by every view that reads it: told once


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``data_dir/logs/tietosuoja.log`` (rotated at 1 MB, three old files kept)."""
    global _handler
    folder = log_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(_handler)
    root.setLevel(min(root.level or level, level))
    return path


def handle_exception(log_file: Path, exc_type, exc, tb) -> None:
    """The body of ``sys.excepthook``: log, tell, and let the event loop go on."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    global _damage_told
    # when an error is shown: the crash hook installs before the pages load
    from .errors import RegisterDamaged, show_user_error, user_error_text

    if isinstance(exc, RegisterDamaged):
        if _damage_told:
            log.info("a view met the damaged register again")
            return
        _damage_told = True
    if user_error_text(exc) is not None:
        log.info("user error reached the top: %s", exc)
        show_user_error(QApplication.activeWindow(), exc)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    show_crash_dialog(log_file)


def show_crash_dialog(log_file: Path) -> QMessageBox | None:
    """A non-blocking message naming the log file; one at a time."""
    global _dialog
    if QApplication.instance() is None:
        return None
    if _dialog is not None and _dialog.isVisible():
        return _dialog
    translate = QCoreApplication.translate
    dialog = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        translate("Crash", "Something went wrong inside the program."),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    dialog.setInformativeText(
        translate(
            "Crash",
            "What you were doing may not have been completed; check it before going on. You "
            "can keep working. The details were written to this file, which you can send to "
            "support:\n%1",
        ).replace("%1", str(log_file))
    )
    dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _forget_when_deleted(dialog)
    _dialog = dialog
    dialog.show()
    return dialog


def _forget_when_deleted(dialog: QMessageBox) -> None:
    """Deleted with the window it was shown over, the dialog is forgotten, so the next error
    does not ask a deleted one; only that dialog, not a newer one (an old dialog without a
    window is deleted as soon as a new one takes its place)."""
    token = object()

    def forget() -> None:
        global _dialog, _dialog_token
        if _dialog_token is token:
            _dialog, _dialog_token = None, None

    global _dialog_token
    _dialog_token = token
    dialog.destroyed.connect(forget)


def install_excepthook(log_file: Path) -> None:
    sys.excepthook = lambda *info: handle_exception(log_file, *info)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    threading.excepthook = thread_hook
