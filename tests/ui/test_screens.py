"""Small and scaled screens (issue 19): every page and dialog fits 1024×600 logical pixels at
scale factors 1, 1.5 and 2 (1366×768 at 125 %, 1920×1080 at 175 %, a small MacBook at 2×), and
at 1280×680 no page scrolls sideways. The windows are those of ``tests/helpers/windows.py``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import screen_fit
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.ui.main_window import MainWindow
from tietosuoja_desktop.ui.pages import PAGE_KEYS
from tietosuoja_desktop.ui.screens import available_size, resize_within_screen

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # one process per scale factor, each building every window: about 6 s each
@pytest.mark.parametrize("factor", [1, 1.5, 2])
def test_every_window_fits_a_small_screen(factor, tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)])}
    env["TIETOSUOJA_DATA_DIR"] = str(tmp_path / "default-data")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "helpers" / "screen_fit.py"),
            str(factor),
            str(tmp_path / "screen"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == {}


def test_no_page_scrolls_sideways_at_1280_by_680(qtbot, tmp_path, clock, english):
    from helpers.windows import populate

    services = open_services(tmp_path / "data", clock)
    try:
        sample = populate(services)
        window = MainWindow(sample.services)
        qtbot.addWidget(window)
        window.show()
        window.resize(1280, 680)
        sideways = []
        for key in PAGE_KEYS:
            page = window.show_page(key)
            if key == "requests":
                page.show_request(sample.request_id)
            qtbot.wait(1)
            if window.page_area.horizontalScrollBar().isVisible():
                sideways.append(key)
        assert sideways == []
        window.resize(1024 - 16, 600 - 40)  # narrower: scrolls instead of growing the window
        qtbot.wait(1)
        assert window.width() == 1024 - 16
    finally:
        services.close()


def test_a_window_asks_no_more_than_the_screen_has(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = available_size(dialog)
    resize_within_screen(dialog, room.width() + 500, room.height() + 500)
    assert dialog.size() == room
    resize_within_screen(dialog, 300, 200)
    assert dialog.size() == QSize(300, 200)


def _two_buttons(qtbot) -> tuple[QDialog, QPushButton, QPushButton]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QPushButton("First", dialog), QPushButton("Second", dialog)
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.resize(300, 200)
    dialog.show()
    qtbot.wait(1)
    return dialog, first, second


def test_the_checks_see_controls_laid_over_each_other(qtbot):
    dialog, first, second = _two_buttons(qtbot)
    assert screen_fit.overlapping_controls(dialog) == []
    second.move(first.pos())
    assert screen_fit.overlapping_controls(dialog) == [
        "QPushButton 'First' over QPushButton 'Second' in QDialog ''"
    ]


def test_the_checks_see_a_control_cut_off_or_squashed(qtbot):
    dialog, first, second = _two_buttons(qtbot)
    assert screen_fit.clipped_controls(dialog) == []
    second.move(250, 0)
    first.resize(first.width(), 3)
    found = screen_fit.clipped_controls(dialog)
    assert "QPushButton 'First' squashed to" in found[0]
    assert found[1] == "QPushButton 'Second' outside QDialog ''"


def test_the_checks_let_scrolled_content_be_larger_than_its_window(qtbot):
    from tietosuoja_desktop.ui.screens import scrolling

    dialog = QDialog()
    qtbot.addWidget(dialog)
    content = QWidget()
    inner = QVBoxLayout(content)
    for number in range(40):
        inner.addWidget(QLabel(f"Line {number}", content))
    QVBoxLayout(dialog).addWidget(scrolling(content, dialog))
    dialog.resize(300, 200)
    dialog.show()
    qtbot.wait(1)
    assert screen_fit.problems(dialog) == []
    assert content.height() > dialog.height()
