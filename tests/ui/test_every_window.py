"""Every page and every dialog walked with the keyboard in mind (issue 19): Tab leaves tables,
each window's Alt+letters are unique, every focusable widget has a name. The windows are those
listed in ``tests/helpers/windows.py``; a dialog class missing from that list fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
import shiboken6
from helpers import keyboard_checks as checks
from helpers.windows import ABSTRACT, every_window, listed_classes
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWizard

import tietosuoja_desktop.ui as ui_package
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.mnemonics import install_alt_letter_guard, mnemonic, window_mnemonics
from tietosuoja_desktop.ui.preferences import apply_language


def ui_dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(ui_package.__path__, ui_package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and issubclass(cls, (QDialog, QWizard, QMessageBox)):
                found.add(f"{info.name.removeprefix(ui_package.__name__ + '.')}.{name}")
    return found


def test_every_dialog_is_listed():
    """A new dialog joins ``DIALOGS`` in tests/helpers/windows.py, so the walks below see it."""
    missing = ui_dialog_classes() - listed_classes() - ABSTRACT
    assert not missing, f"add these to tests/helpers/windows.py DIALOGS: {sorted(missing)}"


@pytest.mark.slow  # builds every page and dialog: about 3 s
def test_tab_leaves_every_table(qtbot, sample):
    walking = {
        name: found
        for name, window in every_window(qtbot, sample)
        if (found := checks.tables_walking_cells(window))
    }
    assert walking == {}


def test_tab_leaves_the_requests_table_and_keeps_the_selection(qtbot, sample):
    window = MainWindow(sample.services)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("requests")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab)
    assert not page.table.hasFocus()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Right)  # arrows still move inside
    assert page.table.hasFocus()
    assert page.table.currentIndex().column() == 1


def test_the_reported_alt_letter_clashes_are_gone(qtbot, sample):
    """Alt+K was both "Kirjaa pyyntö…" and "Kuittaa…" on the requests page; Alt+R both
    "Rekisterissä oleva asiakas" and "Kirjaa pyyntö" in the log-a-request dialog."""
    from tietosuoja_desktop.ui.requests.log_dialog import LogRequestDialog

    apply_language("fi", remember=False)
    window = MainWindow(sample.services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("requests").show_request(sample.request_id)
    assert "k" not in checks.mnemonic_clashes(window)
    dialog = LogRequestDialog(sample.services, window)
    dialog.show()
    assert checks.mnemonic_clashes(dialog) == {}
    dialog.close()


def menu_clashes(window) -> dict[str, dict[str, list[str]]]:
    """Each menu's items with the same Alt+letter (the menu is open when they count)."""
    found = {}
    for menu in window.menuBar().findChildren(QMenu):
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            if letter := mnemonic(action.text()):
                letters.setdefault(letter, []).append(action.text())
        if clashes := {k: v for k, v in letters.items() if len(v) > 1}:
            found[menu.title()] = clashes
    return found


def keyboard_problems(qtbot, window) -> list[str]:
    problems = []
    if clashes := checks.mnemonic_clashes(window):
        problems.append(f"Alt+letter used twice: {clashes}")
    if isinstance(window, MainWindow) and (clashes := menu_clashes(window)):
        problems.append(f"Alt+letter used twice in a menu: {clashes}")
    if unnamed := checks.unnamed(window):
        problems.append(f"focusable without a name: {unnamed}")
    if walking := checks.tables_walking_cells(window):
        problems.append(f"Tab walks the cells of: {walking}")
    default = checks.default_button(window)
    if default is not None and default not in (stops := checks.tab_stops(window, qtbot)):
        where = type(stops[-1]).__name__ if stops else "nowhere"
        problems.append(f"Tab from the first field stops at {where}, not {default.text()!r}")
    return problems


@pytest.mark.slow  # builds every page and dialog three times: about 10 s
@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_every_window_is_complete_by_keyboard(qtbot, sample, language):
    """Issue 19: in each language, every window's Alt+letters are unique (the menus' items
    too), every focusable widget has a name a screen reader can say, no table keeps Tab, and
    Tab from the first field reaches the default button."""
    apply_language(language, remember=False)
    problems = {
        name: found
        for name, window in every_window(qtbot, sample)
        if (found := keyboard_problems(qtbot, window))
    }
    assert problems == {}


def test_an_alt_letter_no_shortcut_takes_types_nothing(qtbot, sample, qapp):
    """Issue 19: Alt+Q (no mnemonic) typed "q" into the log dialog's description box. The
    guard drops it; a mnemonic still moves the focus and AltGr (Ctrl+Alt) still types "@"."""
    from tietosuoja_desktop.ui.requests.log_dialog import LogRequestDialog

    guard = install_alt_letter_guard(qapp)
    assert install_alt_letter_guard(qapp) is guard  # one guard, however often the app is made
    dialog = LogRequestDialog(sample.services, None)
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.description.setFocus()
        qtbot.waitUntil(dialog.description.hasFocus)
        taken = set(window_mnemonics(dialog))
        free = next(c for c in "qzxjwvbg" if c not in taken)
        key = getattr(Qt.Key, f"Key_{free.upper()}")
        qtbot.keyClick(dialog.description, key, Qt.KeyboardModifier.AltModifier)
        assert dialog.description.toPlainText() == ""
        qtbot.keyClick(dialog.description, key)  # the letter alone types as ever
        altgr = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_At, ALT_GR, "@")
        QApplication.sendEvent(dialog.description, altgr)
        assert dialog.description.toPlainText() == f"{free}@"
        elsewhere = checks.tab_chain(dialog, dialog)[0]
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        letter = mnemonic(dialog.description_label.text())
        qtbot.keyClick(elsewhere, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        assert dialog.description.hasFocus()
    finally:
        shiboken6.delete(guard)  # its filter goes with it
        dialog.close()
        shiboken6.delete(dialog)  # gone now, not at a later language change


ALT = Qt.KeyboardModifier.AltModifier
ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
