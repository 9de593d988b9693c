"""Every page and every dialog walked with the keyboard in mind (issue 19): Tab leaves tables,
each window's Alt+letters are unique, every focusable widget has a name. The windows are those
listed in ``tests/helpers/windows.py``; a dialog class missing from that list fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from helpers import keyboard_checks as checks
from helpers.windows import ABSTRACT, DIALOGS, listed_classes, populate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

import tietosuoja_desktop.ui as ui_package
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.pages import PAGE_KEYS
from tietosuoja_desktop.ui.preferences import apply_language


@pytest.fixture
def sample(tmp_path, clock, english):
    services = open_services(tmp_path / "data", clock)
    try:
        yield populate(services)
    finally:
        services.close()


def every_window(qtbot, sample):
    """(name, window) for the main window on each page, then every dialog, each shown."""
    window = MainWindow(sample.services)
    qtbot.addWidget(window)
    window.show()
    for key in PAGE_KEYS:
        page = window.show_page(key)
        if key == "requests":
            page.show_request(sample.request_id)
        yield f"page {key}", window
    for entry in DIALOGS:
        dialog = entry.make(sample, window)
        dialog.show()
        yield entry.name, dialog
        dialog.close()
        dialog.deleteLater()


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
