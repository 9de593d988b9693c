"""Start-up, the main window's navigation, menus and status bar, and what happens on errors."""

from __future__ import annotations

import gc
import logging
import os
import re
import subprocess
import sys

import pytest
import shiboken6
from helpers.registers import damage_table
from helpers.sample import person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tietosuoja_desktop.domain.records import ControllerProfile
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.backups import RegisterDamaged
from tietosuoja_desktop.storage.lock import LOCK_NAME
from tietosuoja_desktop.ui import app, crash
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.pages import PAGE_KEYS

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def window(qtbot, set_up):
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window._counts is not None, timeout=10_000)
    return window


def test_arguments():
    assert app.parse_args(["--demo"]).demo == app.DEMO_CUSTOMERS
    args = app.parse_args(["--demo", "50", "--lang", "sv", "--data-dir", "x"])
    assert (args.demo, args.lang, args.data_dir) == (50, "sv", "x")
    assert app.parse_args([]).demo is None
    assert app.parse_args(["--quit-after-first-paint"]).quit_after_first_paint


def test_navigation_has_every_page_with_an_icon(window):
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert texts == [
        "Overview",
        "Customers",
        "Requests",
        "Breaches",
        "Registers",
        "Documents",
        "Settings",
    ]
    assert all(not window.navigation.item(row).icon().isNull() for row in range(len(texts)))
    assert window.stack.currentWidget() is window.page("overview")
    assert window.navigation.accessibleName()


def test_alt_number_switches_pages(qtbot, window):
    for row, key in enumerate(PAGE_KEYS):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.AltModifier)
        assert window.stack.currentWidget() is window.page(key), key
        assert window.menus.page_actions[row].isChecked()


def test_new_find_and_print_follow_the_page(window):
    menus = window.menus
    window.show_page("registers")
    assert menus.new_action.isEnabled()
    assert not menus.print_action.isEnabled()
    assert menus.new_action.shortcut().toString() == "Ctrl+N"
    menus.new_action.trigger()
    assert window.page("registers").editor.name.text() == ""
    window.show_page("documents")
    assert not menus.new_action.isEnabled()
    assert not menus.find_action.isEnabled()
    window.show_page("requests")
    assert menus.find_action.isEnabled()
    assert menus.quit_action.shortcut().toString() == "Ctrl+Q"


def test_f1_opens_help(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.menus.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Alt+1" in dialog.browser.toPlainText()
    dialog.close()


def test_status_bar_shows_folder_and_counts(window, set_up):
    assert str(set_up.data_dir) in window.folder_label.text()
    assert window.counts_label.text() == "0 customers · 0 open requests"
    assert window.windowTitle() == "Kahvila Esimerkki Tmi – Tietosuoja Desktop"


def test_saving_a_register_updates_the_other_pages(qtbot, window, set_up):
    documents = window.page("documents")
    registers = window.show_page("registers")
    registers.editor.name.setText("Asiakkaat 2026")
    with qtbot.waitSignal(window.statusLoaded, timeout=10_000):
        assert registers.save()
    assert documents.export.register.itemText(0) == "Asiakkaat 2026"
    assert window.windowTitle().startswith("Kahvila Esimerkki Tmi")


def test_window_geometry_is_remembered(qtbot, set_up):
    first = MainWindow(set_up)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 520)  # inside the offscreen screen's 800 x 600
    first.close()
    second = MainWindow(set_up)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


@pytest.mark.qt_no_exception_capture
def test_programming_error_is_logged_and_shown_and_the_app_runs_on(qtbot, data_dir, monkeypatch):
    log_file = crash.setup_logging(data_dir)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(log_file)
    button = QPushButton()
    qtbot.addWidget(button)

    def broken() -> None:
        raise ZeroDivisionError("a bug")

    button.clicked.connect(broken)
    button.click()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text
    dialog = crash._dialog
    assert dialog is not None and dialog.isVisible()
    assert str(log_file) in dialog.informativeText()
    dialog.close()
    button.click()  # still alive, and a second error shows the dialog again
    assert crash._dialog.isVisible()
    crash._dialog.close()
    assert log_file.parent.name == "logs"


def test_a_crash_dialog_deleted_with_its_window_is_made_again(qtbot, data_dir, monkeypatch):
    """The message is a child of the window it was shown over: deleted with it, the next
    error shows a new one instead of failing inside the error handler."""
    log_file = crash.setup_logging(data_dir)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(log_file)
    first = crash.show_crash_dialog(log_file)
    shiboken6.delete(first)
    assert crash._dialog is None
    again = crash.show_crash_dialog(log_file)
    assert again is not None and again.isVisible()
    again.close()


def test_a_hidden_crash_dialog_without_a_window_gives_way_to_a_new_one(qtbot, tmp_path):
    """At quitting, the windows are hidden, so an error then shows a new dialog; the old one,
    over no window, is deleted as the new one takes its place, and must not make the handler
    forget the new one (the bundle's excepthook failed so)."""
    log_file = crash.setup_logging(tmp_path)
    first = crash.show_crash_dialog(log_file)
    assert first.parent() is None
    first.hide()
    del first
    again = crash.show_crash_dialog(log_file)
    assert again is not None and again.isVisible()
    assert crash._dialog is again
    third = crash.show_crash_dialog(log_file)  # while it is shown: the same one
    assert third is again
    again.close()


def test_folder_in_use_gets_a_clear_message(services, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert app.open_register(services.data_dir) is None
    assert "already open" in shown[0]
    assert str(services.data_dir) in shown[0]


def test_a_register_open_on_another_computer_is_refused_with_the_way_over(tmp_path, monkeypatch):
    folder = tmp_path / "OneDrive" / "Tietosuoja"
    folder.mkdir(parents=True)
    (folder / LOCK_NAME).write_text("4321\nTOIMISTO-PC\n")  # brought over by the sync service
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert app.open_register(folder) is None
    assert "TOIMISTO-PC" in shown[0] and "backup" in shown[0]
    assert str(folder / LOCK_NAME) in shown[0]
    assert not database_path(folder).exists()  # nothing made in the synced folder


def test_demo_start_quits_after_first_paint(tmp_path):
    folder = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tietosuoja_desktop",
            "--demo",
            "50",
            "--data-dir",
            str(folder),
            "--quit-after-first-paint",
            "--lang",
            "fi",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # generous: CI machines can be slow and busy
    )
    assert result.returncode == 0, result.stderr
    log_text = (folder / "logs" / "tietosuoja.log").read_text(encoding="utf-8")
    assert (folder / "tietosuoja.sqlite").exists()
    # after the first paint, start-up's objects are out of the collector's way (scrolling)
    frozen = re.search(r"set aside from garbage collection: (\d+)", log_text)
    assert frozen and int(frozen.group(1)) > 10_000


def test_file_menu_opens_the_csv_import(qtbot, window, monkeypatch):
    from tietosuoja_desktop.ui.data.import_dialog import ImportDialog

    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.menus.import_action in window.menus.file_menu.actions()
    window.menus.import_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_file_menu_opens_the_marketing_export(qtbot, window, monkeypatch):
    from tietosuoja_desktop.ui.data.marketing_export_dialog import MarketingExportDialog

    opened = []
    monkeypatch.setattr(MarketingExportDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.menus.marketing_action in window.menus.file_menu.actions()
    window.menus.marketing_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_nothing_of_documents_or_signing_loads_before_the_first_paint(tmp_path):
    """reportlab, pyHanko and cryptography cost 230-263 ms of start-up; the window needs none
    of them until a document is made or a signature checked."""
    from tietosuoja_desktop.services import SystemClock, open_services
    from tietosuoja_desktop.services.demo import generate_demo

    folder = tmp_path / "small"
    with open_services(folder, SystemClock()) as services:
        generate_demo(services, 30, seed=1)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "tietosuoja_desktop", "--data-dir", str(folder)),
            *("--quit-after-first-paint", "--lang", "fi"),
        ],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("modules-at-first-paint"))
    loaded = set(line.split()[1:])
    assert "PySide6" in loaded and "tietosuoja_desktop.ui.main_window" in loaded
    heavy = {"reportlab", "pyhanko", "pyhanko_certvalidator", "cryptography", "pypdf"}
    assert not loaded & heavy
    app_modules = [n for n in loaded if n.startswith("tietosuoja_desktop.")]
    assert not [n for n in app_modules if n.startswith("tietosuoja_desktop.documents")]
    assert not [n for n in app_modules if n.startswith("tietosuoja_desktop.ui.documents")]
    # Only the Overview is built for the first paint; every other page, the services it does
    # not read, the CSV import and export and the migration scripts load when first used
    # (issue 18).
    later = (
        "tietosuoja_desktop.ui.customers",
        "tietosuoja_desktop.ui.requests.page",
        "tietosuoja_desktop.ui.breaches.page",
        "tietosuoja_desktop.ui.registers_page",
        "tietosuoja_desktop.ui.settings_page",
        "tietosuoja_desktop.ui.data",
        "tietosuoja_desktop.services.importing",
        "tietosuoja_desktop.services.exporting",
        "tietosuoja_desktop.services.documents",
        "tietosuoja_desktop.services.fulfilment",
        "tietosuoja_desktop.services.marketing",
        "tietosuoja_desktop.services.dpia",
        "tietosuoja_desktop.services.interest_assessments",
        "tietosuoja_desktop.services.statement_versions",
        # The ORM and the mapped tables (about 0.2 s of CPU): the window reads the profile,
        # a setting and the register's kind with plain SQL before its paint, and the
        # services that need the tables are built after it.
        "tietosuoja_desktop.storage.models",
        "tietosuoja_desktop.storage.mapping",
        "tietosuoja_desktop.services.audit",
        "tietosuoja_desktop.services.customers",
        "tietosuoja_desktop.services.requests",
        "tietosuoja_desktop.services.breaches",
        "tietosuoja_desktop.services.retention",
        "tietosuoja_desktop.services.backups",
        "tietosuoja_desktop.ui.security_review_dialog",
    )
    assert not [n for n in app_modules if n.startswith(later)]
    # Nor SQLAlchemy at all (about 0.15 s more): a register whose schema is current is checked
    # and read with plain SQL on the register's own library (storage/db.py ``connected``).
    assert not loaded & {"alembic", "keyring", "sqlalchemy"}


def test_lang_on_the_command_line_holds_for_that_run_only(qapp):
    """Starting once with ``--lang sv`` made every later plain start Swedish (issue 19)."""
    from tietosuoja_desktop.ui.preferences import apply_language, current_language, saved_language

    apply_language("fi")  # the setting, as Settings saves it
    assert app.start_language(app.parse_args(["--lang", "sv"])) == "sv"
    assert current_language() == "sv"
    assert saved_language() == "fi"
    assert app.start_language(app.parse_args([])) == "fi"


@pytest.mark.qt_no_exception_capture
def test_a_damaged_page_met_after_the_start_is_told_once_not_a_crash(qtbot, data_dir, monkeypatch):
    with open_services(data_dir) as services:
        services.customers.add(person(first_name="Aino"))
        made = services.backups.create()
    damage_table(database_path(data_dir))  # the start's cheap check does not read that page
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_damage_told", False)
    monkeypatch.setattr(crash, "_dialog", None)  # an earlier test's crash dialog
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def window_for_a_while(_app, services, _args, _on_exit) -> int:
        """The real window, its views loading, in place of the event loop run until quit."""
        window = MainWindow(services)
        try:
            window.show()
            qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
            window.navigation.setCurrentRow(PAGE_KEYS.index("customers"))  # more views read
            qtbot.wait(300)
        finally:
            window.close()
            shiboken6.delete(window)  # gone before the next test changes the language
        return 0

    monkeypatch.setattr(app, "run", window_for_a_while)
    argv = ["tietosuoja-desktop", "--data-dir", str(data_dir), "--lang", "en"]
    # Met by a view (0) or, on an encrypted register, already by the window being built (1).
    assert app.main(argv) in (0, 1)
    assert len(shown) == 1
    assert "is damaged" in shown[0] and made.name in shown[0]
    assert crash._dialog is None or not crash._dialog.isVisible()
    with pytest.raises(RegisterDamaged):  # the next start checks in full and offers the backup
        open_services(data_dir).close()


@pytest.mark.qt_no_exception_capture
def test_a_damaged_page_met_before_the_window_is_up_is_told_not_a_traceback(data_dir, monkeypatch):
    with open_services(data_dir) as services:
        services.controller.save(ControllerProfile(name="Testi Tmi", business_id="3354302-8"))
        made = services.backups.create()
    damage_table(database_path(data_dir), "app_setting")  # the profile, read before the window
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(crash, "_damage_told", False)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    argv = ["tietosuoja-desktop", "--data-dir", str(data_dir), "--lang", "en"]
    assert app.main(argv) == 1
    (told,) = shown
    assert "is damaged" in told and made.name in told


def test_the_register_code_loads_before_qt():
    """PySide6's import hook reads the source of every module imported after PySide6. The
    services package loads its modules lazily, so importing the package alone loaded none of
    them: the code that opens the register came in after Qt (issue 18). SQLAlchemy is not part
    of it any more: the first paint reads with plain SQL, and SQLAlchemy loads after it."""
    probe = (
        "import sys; from tietosuoja_desktop.ui.app import load_register_code; "
        "load_register_code(); "
        "print(' '.join(sorted(n for n in sys.modules if n.split('.')[0] in "
        "('sqlalchemy', 'PySide6', 'tietosuoja_desktop'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert {"tietosuoja_desktop.services.app", "tietosuoja_desktop.storage.db"} <= loaded
    assert not [n for n in loaded if n.startswith(("PySide6", "sqlalchemy"))]
    assert "tietosuoja_desktop.storage.models" not in loaded


def test_the_windows_reads_wait_for_its_first_paint(qtbot, set_up):
    """The status bar's and the Overview's counts are read off the GUI thread; asked for while
    the window is built, they took 0.06-0.1 s of the CPU the first paint needs (issue 18). They
    now start once the window has been painted."""
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    overview = window.page("overview")
    qtbot.wait(400)  # time enough for a read to come back, were it started
    assert window._counts is None
    assert overview.count_values["customers"].text() == "…"
    with qtbot.waitSignal(overview.loaded, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window._counts is not None, timeout=10_000)
    assert overview.count_values["customers"].text() != "…"


def test_a_page_is_built_when_first_shown(qtbot, set_up):
    """Start-up builds only the Overview; the other pages are placeholders until shown, by
    the navigation or Alt+number, and then built once."""
    window = MainWindow(set_up)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert list(window._pages) == ["overview"]
    row = PAGE_KEYS.index("registers")
    placeholder = window.stack.widget(row)
    assert placeholder.objectName() == "" and placeholder.layout() is None
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "registers"
    page = window._pages["registers"]
    assert window.stack.widget(row) is page is window.stack.currentWidget()
    assert page.objectName() == "page_registers" and page.isVisible()
    window.show_page("overview")
    assert window.show_page("registers") is page  # built once


def test_start_up_runs_without_garbage_collection_and_gets_it_back(monkeypatch):
    """The collector's passes over start-up's long-lived objects took about 0.05 s of CPU
    before the first paint (issue 18); collection is paused for start-up, and back however
    start-up ends."""
    seen = []
    monkeypatch.setattr(app, "start", lambda args, argv: seen.append(gc.isenabled()) or 1)
    assert app.main(["tietosuoja-desktop", "--lang", "en"]) == 1
    assert seen == [False] and gc.isenabled()


def test_collection_resumes_at_the_first_paint_with_start_up_set_aside():
    app.pause_collection()
    try:
        assert not gc.isenabled()
        app.set_aside_start_up_objects()  # what the window's first paint calls
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_wizard_waits_for_the_user_with_collection_on(qapp, services, monkeypatch):
    from tietosuoja_desktop.ui.wizard import SetupWizard

    seen = []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: seen.append(gc.isenabled()) or 0)
    app.pause_collection()
    try:
        assert app.run(qapp, services, app.parse_args([]), lambda: None) == 0
    finally:
        gc.enable()
    assert seen == [True]
