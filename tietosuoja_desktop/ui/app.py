"""Start-up, in order: arguments, the Qt application and its language, the data folder, logging,
the register (lock, migrations), the first-run wizard if needed, and the main window.
Nothing happens at import time.

This module imports no Qt at its top: the register's code must be imported before PySide6
(:func:`load_register_code`), so every Qt import here sits inside the function that needs it,
each marked "start-up order"."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .. import APP_NAME, __version__
from ..paths import resolve_data_dir
from .selftest import run_selftest

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 2000


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tietosuoja-desktop", description=APP_NAME)
    parser.add_argument("--data-dir", help="the folder of the register (default: per user)")
    parser.add_argument("--lang", choices=("fi", "sv", "en"), help="the interface language")
    parser.add_argument(
        "--demo",
        nargs="?",
        type=int,
        const=DEMO_CUSTOMERS,
        metavar="N",
        help="open a demo register with N made-up customers (in a temporary folder unless "
        "--data-dir is given)",
    )
    parser.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="quit as soon as the main window has been painted (for start-up timing)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation offscreen on a temporary register (prints one line a "
        "step; exit status 0 when everything works) and quit",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def data_folder(args: argparse.Namespace) -> Path:
    if args.demo is not None and not args.data_dir:
        return Path(tempfile.mkdtemp(prefix="tietosuoja-demo-"))
    return resolve_data_dir(args.data_dir)


def choose_language(args: argparse.Namespace):
    # start-up order: Qt after the register's code
    from .preferences import saved_language, system_language

    if args.lang:
        return args.lang
    return saved_language() or system_language()


def start_language(args: argparse.Namespace):
    """Install this run's language. ``--lang`` holds for this run only: the setting, which
    later plain starts follow, is changed in Settings."""
    from .preferences import apply_language  # start-up order: Qt after the register's code

    return apply_language(choose_language(args), remember=False)


def load_register_code() -> None:
    """Import the code that opens the register before Qt's modules. Once PySide6 is imported,
    its import hook reads the source of every module imported after it (looking for
    ``__feature__`` switches). The services package loads its modules on first use (PEP 562),
    so the module that opens a register is named here, not the package. SQLAlchemy, its ORM
    and the mapped tables are not among them: the first paint reads with plain SQL, and they
    load after it, on the thread of the first read, where the hook costs them about 0.08 s
    of CPU, against the 0.3-0.45 s they cost before the paint (issue 18)."""
    from ..services import app  # noqa: F401


def open_register(data_dir: Path, parent=None):
    """The services of the register in ``data_dir``; None (after telling the user) when the
    folder is in use or cannot be opened."""
    from PySide6.QtWidgets import QMessageBox  # start-up order: Qt after the register's code

    # start-up order: Qt after the register's code
    from ..services import SystemClock, open_services
    from ..services.errors import (  # start-up order: Qt after the register's code
        DataFolderInUse,
        NotEnoughSpace,
        PassphraseRequired,
        RegisterDamaged,
        RegisterMissing,
        RegisterTooNew,
    )

    # start-up order: Qt after the register's code
    from .errors import folder_in_use_text, user_error_text
    from .start_wait import opened_waiting

    try:
        # The full integrity check (after a crash) runs after the first paint.
        return opened_waiting(lambda: open_services(data_dir, defer_check=True), parent)
    except PassphraseRequired:
        resume_collection()  # the user types: no start-up at full speed to wait for
        return ask_passphrase(data_dir, parent)
    except RegisterMissing as error:
        log.error("the register in %s is missing or not what the folder records", data_dir)
        # start-up order: Qt after the register's code
        from .missing_register import offer_newest_backup

        if offer_newest_backup(parent, error, data_dir, SystemClock()):
            return open_register(data_dir, parent)
        return None
    except RegisterDamaged as error:
        log.error("the register in %s failed its integrity check", data_dir)
        from .data.backup_panel import offer_restore  # start-up order: Qt after the register's code

        if offer_restore(parent, error, data_dir, SystemClock()):
            return open_register(data_dir, parent)
        return None
    except RegisterTooNew as error:
        log.error("the register in %s has the newer schema %s", data_dir, error.revision)
        text = user_error_text(error)
    except DataFolderInUse as error:
        log.warning("data folder in use: %s", data_dir)
        text = folder_in_use_text(error)
    except NotEnoughSpace as error:  # no room for the copy kept before an update
        log.error("no room for the copy kept before updating the register: %s", error)
        text = user_error_text(error)
    except OSError as error:
        log.exception("could not open the data folder %s", data_dir)
        from PySide6.QtCore import QCoreApplication  # start-up order: Qt after the register's code

        text = (
            QCoreApplication.translate("Errors", "The data folder %1 cannot be opened: %2")
            .replace("%1", str(data_dir))
            .replace("%2", error.strerror or str(error))
        )
    QMessageBox.critical(parent, APP_NAME, text)
    return None


def ask_passphrase(data_dir: Path, parent=None):
    """The services of the encrypted register in ``data_dir``, opened with the passphrase the
    user types (a wrong one: three more tries); None when they give up or the tries run out."""
    # start-up order: Qt after the register's code
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ..services import open_services  # start-up order: Qt after the register's code

    # start-up order: Qt after the register's code
    from ..services.errors import NotEnoughSpace, RegisterTooNew

    # start-up order: Qt after the register's code
    from .encryption.unlock_dialog import PassphraseDialog

    # start-up order: Qt after the register's code
    from .errors import show_user_error, user_error_text
    from .start_wait import opened_waiting

    refused: list[RegisterTooNew | NotEnoughSpace] = []

    def try_open(text: str):
        try:
            return opened_waiting(
                lambda: open_services(data_dir, passphrase=text, defer_check=True), parent
            )
        # The right passphrase, for a newer version's register, or for an update without room
        # for the copy kept before it.
        except (RegisterTooNew, NotEnoughSpace) as error:
            refused.append(error)
            return None

    dialog = PassphraseDialog(try_open, data_dir, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    services = dialog.result_value
    if refused:
        log.error("the register in %s was not opened: %s", data_dir, refused[0])
        QMessageBox.critical(parent, APP_NAME, user_error_text(refused[0]))
        return None
    if not accepted or services is None:
        if dialog.failures > 3:
            # start-up order: Qt after the register's code
            from PySide6.QtCore import QCoreApplication

            QMessageBox.critical(
                parent,
                APP_NAME,
                QCoreApplication.translate(
                    "Encryption",
                    "The passphrase did not open the register. The program closes; the register "
                    "is unchanged.",
                ),
            )
        return None
    if dialog.keep_in_key_store():
        from ..services.errors import RuleViolation  # start-up order: Qt after the register's code

        try:
            services.encryption.remember_key(True)
        except RuleViolation as error:
            show_user_error(parent, error)
    return services


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    args = parse_args(argv[1:])
    if args.selftest:
        return run_selftest()
    pause_collection()  # until the first paint
    try:
        return start(args, argv)
    finally:
        resume_collection()  # however start-up ended


def start(args: argparse.Namespace, argv: list[str]) -> int:
    """The start after the arguments: the register's code, Qt, the register, the window."""
    load_register_code()
    from ..services.errors import RegisterDamaged  # the register's code: loaded by now

    # start-up order: Qt only after the register's code
    from .application import create_application

    # start-up order: Qt after the register's code
    from .crash import handle_exception, install_excepthook, setup_logging

    app = create_application(argv)
    start_language(args)
    data_dir = data_folder(args)
    log_file = setup_logging(data_dir)
    install_excepthook(log_file)
    log.info("%s %s starting on %s", APP_NAME, __version__, data_dir)
    from .cloud_warning import warn_if_synced  # start-up order: Qt after the register's code

    if not warn_if_synced(data_dir):  # in OneDrive, Dropbox...: told once, may quit
        return 0
    services = open_register(data_dir)
    if services is None:
        return 1
    backup = ExitBackup(services, report=args.quit_after_first_paint)
    try:
        code = run(app, services, args, backup)
    except RegisterDamaged as error:  # a damaged page met before the window was up
        handle_exception(log_file, type(error), error, error.__traceback__)  # told, once
        return 1
    else:
        backup.finish(app)  # the windows go, then the copy: the folder stays locked meanwhile
        return code
    finally:
        backup()
        services.close()


class ExitBackup:
    """The automatic backup on closing, however the program ends: called (when the event loop
    is about to end, and again after it) it leaves the mark that the backup is due, once;
    :meth:`finish` then closes every window and makes the copy in this process, so nobody
    waits for it. A process that ends before the copy is whole leaves the mark, and the next
    start makes it. A failure is logged, never blocks quitting."""

    def __init__(self, services, *, report: bool = False) -> None:
        self._services = services
        self._report = report  # print when the windows went (start-up and quit timing)
        self.made = False

    def __call__(self) -> None:
        if self.made:
            return
        self.made = True
        if self._report:
            print(f"quit-at {time.time():.6f}", flush=True)
        try:
            self._services.backups.mark_exit()
        except Exception:
            log.exception("the backup at exit failed")

    def finish(self, app) -> None:
        """After the event loop: hide every window at once (the screen is told before the
        copy starts), then make the backup on closing and remove its mark."""
        self()
        for widget in app.topLevelWidgets():
            widget.hide()
        app.processEvents()  # the hiding reaches the window system now, not at exit
        if self._report:
            print(f"windows-gone-at {time.time():.6f}", flush=True)
        try:
            made = self._services.backups.finish_exit()
        except Exception:
            log.exception("the backup at exit failed")
            return
        log.info("the backup on closing is made" if made else "no backup made on closing")


def report_first_paint(app) -> None:
    """For start-up timing: print the wall-clock time of the first paint, then quit."""
    from PySide6.QtCore import QTimer  # start-up order: Qt after the register's code

    print(f"first-paint-at {time.time():.6f} cpu {time.process_time():.6f}", flush=True)
    # What start-up loaded before the paint: top-level packages and the app's own modules.
    loaded = sorted({name.split(".")[0] for name in sys.modules} | set(sys.modules))
    print(
        "modules-at-first-paint "
        + " ".join(n for n in loaded if "." not in n or n.startswith("tietosuoja_desktop.")),
        flush=True,
    )
    QTimer.singleShot(0, app.quit)


def pause_collection() -> None:
    """Start-up makes some 80,000 objects that live as long as the process (modules, the ORM's
    mappers, Qt's wrappers) and little garbage, yet the garbage collector walked them over and
    over: 190 young, 17 middle and one full collection, about 0.05 s of CPU before the first
    paint. It is paused until the paint (:func:`set_aside_start_up_objects`), or until start-up
    waits for the user or makes many objects (the passphrase, the wizard, a demo register)."""
    gc.disable()


def resume_collection() -> None:
    gc.enable()


def set_aside_start_up_objects() -> None:
    """Once the window is up: collect start-up's garbage, then move every object still alive
    (modules, the ORM's mappers, Qt's wrappers, about 80,000 of them) out of the garbage
    collector's reach. They live as long as the process, yet a full collection walks them all,
    which paused scrolling through the customer list for 25-70 ms every few hundred rows.
    Objects made later are collected as before."""
    gc.collect()
    gc.freeze()
    resume_collection()
    log.info("start-up objects set aside from garbage collection: %d", gc.get_freeze_count())


def run(app, services, args: argparse.Namespace, on_exit: Callable[[], None]) -> int:
    from PySide6.QtCore import Qt  # start-up order: Qt after the register's code
    from PySide6.QtWidgets import QDialog  # start-up order: Qt after the register's code

    from .main_window import MainWindow  # start-up order: Qt after the register's code
    from .shutdown import Shutdown  # start-up order: Qt after the register's code

    if not services.controller.is_set_up():
        resume_collection()  # the demo's data or the wizard: not start-up at full speed
        if args.demo is not None:
            from .demo_progress import fill_demo  # start-up order: Qt after the register's code

            if not fill_demo(services, args.demo):
                return 1
        if not services.controller.is_set_up():
            from .wizard import SetupWizard  # start-up order: Qt after the register's code

            wizard = SetupWizard(services)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                return 0
    # start-up order: Qt after the register's code
    from .private_copies import remove_private_copies, remove_stale_copies

    remove_stale_copies()
    app.aboutToQuit.connect(remove_private_copies)
    window = MainWindow(services)
    Shutdown(app, window, on_exit).install()
    window.firstPainted.connect(set_aside_start_up_objects, Qt.ConnectionType.QueuedConnection)
    if args.quit_after_first_paint:
        window.firstPainted.connect(lambda: report_first_paint(app))
    window.show()
    return app.exec()
