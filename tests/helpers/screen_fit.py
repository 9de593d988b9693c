"""Whether a window fits a small screen, as lists of problems: the window inside the screen's
available area, every visible control inside the window or reachable by scrolling, no two
controls laid over each other.

Run as a script it opens every page and every dialog (``tests/helpers/windows.py``) in Finnish
on an offscreen screen of ``1024×600`` logical pixels at the scale factor given, and prints
the problems as JSON: the scale factor must be set before Qt starts, so each factor is its own
process (``tests/ui/test_screen_fit.py``)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SCREEN = (1024, 600)


CONTROLS = (
    "QAbstractButton",
    "QAbstractScrollArea",
    "QAbstractSpinBox",
    "QComboBox",
    "QLabel",
    "QLineEdit",
    "QProgressBar",
    "QSlider",
    "QTabBar",
)


def _controls() -> tuple[type, ...]:
    from PySide6 import QtWidgets

    return tuple(getattr(QtWidgets, name) for name in CONTROLS)


def _inside_a_compound(widget, window) -> bool:
    """A part of a spin box, combo box, scroll area's frame or tab widget: placed by its owner."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    text = " ".join(text.split())[:40]
    return f"{type(widget).__name__} {widget.objectName()} {text!r}".replace("  ", " ")


def _window_rect(widget, window):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def window_problems(window) -> list[str]:
    """The window within the available area, less a title bar."""
    from tietosuoja_desktop.ui.screens import DECORATIONS  # a title bar and the frame

    screen = window.screen().availableGeometry()
    room_w = screen.width() - DECORATIONS.width()
    room_h = screen.height() - DECORATIONS.height()
    problems = []
    frame = window.geometry()
    if frame.width() > room_w or frame.height() > room_h:
        problems.append(f"window {frame.width()}×{frame.height()} > {room_w}×{room_h}")
    if not screen.contains(frame):
        problems.append(f"window at {frame.getRect()} leaves the screen {screen.getRect()}")
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.layout() is not None:
        least = least.expandedTo(window.layout().totalMinimumSize())
    if least.width() > room_w or least.height() > room_h:
        problems.append(f"window needs at least {least.width()}×{least.height()}")
    return problems


def _scroll_content(widget, window):
    """The nearest scroll area's viewport this widget lives in, or None."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return grand
        parent = grand
    return None


def _least_height(widget) -> int:
    """The height below which a control's text is cut: a wrapped label's height for its width,
    one line of a button, field or label."""
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel

    if isinstance(widget, QAbstractScrollArea):
        return 4
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return widget.heightForWidth(widget.width())
    return min(widget.minimumSizeHint().height(), widget.fontMetrics().height())


def clipped_controls(window) -> list[str]:
    """Visible controls that stick out of their ancestors up to the window or up to a scroll
    area's content (which scrolling reaches); the scroll area itself is checked the same way."""
    from PySide6.QtWidgets import QWidget

    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, _controls()) or not widget.isVisibleTo(window):
            continue
        if _inside_a_compound(widget, window) or widget.width() <= 0:
            continue
        area = _scroll_content(widget, window)
        stop = area.viewport() if area is not None else window
        rect = widget.rect()
        parent, child = widget.parentWidget(), widget
        while child is not stop and parent is not None:
            rect = rect.translated(child.pos())
            scrolled = area is not None and parent is area.viewport()
            if not scrolled and not parent.rect().contains(rect):
                problems.append(f"{_name(widget)} outside {_name(parent)}")
                break
            child, parent = parent, parent.parentWidget()
        if widget.height() < _least_height(widget) or widget.width() < 4:
            problems.append(f"{_name(widget)} squashed to {widget.width()}×{widget.height()}")
    return problems


def overlapping_controls(window) -> list[str]:
    """Two visible widgets placed by the same layout whose rectangles cross."""
    from PySide6.QtWidgets import QWidget

    problems = []
    for parent in [window, *window.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or (not parent.isVisibleTo(window) and parent is not window):
            continue
        if _inside_a_compound(parent, window):
            continue
        children = [
            child
            for child in parent.findChildren(QWidget, options=_direct())
            if child.isVisibleTo(window) and not child.isWindow() and _laid_out(layout, child)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 0 and overlap.height() > 0:
                    problems.append(f"{_name(first)} over {_name(second)} in {_name(parent)}")
    return problems


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _laid_out(layout, widget) -> bool:
    return layout.indexOf(widget) >= 0 or _in_sublayout(layout, widget)


def _in_sublayout(layout, widget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        inner = item.layout()
        if inner is not None and (inner.indexOf(widget) >= 0 or _in_sublayout(inner, widget)):
            return True
    return False


def problems(window) -> list[str]:
    return window_problems(window) + clipped_controls(window) + overlapping_controls(window)


def _every_window(app, sample):
    """(name, window) for the main window on each page at 1024 wide, then every dialog."""
    from helpers.windows import DIALOGS
    from tietosuoja_desktop.ui.main_window import MainWindow
    from tietosuoja_desktop.ui.pages import PAGE_KEYS
    from tietosuoja_desktop.ui.screens import available_size

    window = MainWindow(sample.services)
    window.show()
    window.resize(available_size(window))
    for key in PAGE_KEYS:
        page = window.show_page(key)
        if key == "requests":
            page.show_request(sample.request_id)
        _settle(app)
        yield f"page {key}", window
    for entry in DIALOGS:
        dialog = entry.make(sample, window)
        dialog.show()
        _settle(app)
        yield entry.name, dialog
        dialog.close()
        dialog.deleteLater()
    window.close()


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def run(factor: float, folder: Path) -> dict[str, list[str]]:
    """The problems of every window at ``factor``; the screen's description, the settings and
    the sample register go in ``folder`` (the test's own temporary folder)."""
    os.environ["QT_SCALE_FACTOR"] = str(factor)
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "screen.json"
    width, height = (round(side * factor) for side in SCREEN)
    screen = {"name": "small", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["XDG_CONFIG_HOME"] = str(config.parent / "config")
    os.environ["HOME"] = str(config.parent / "home")
    import keyring

    from helpers.keyring_backend import MemoryKeyring
    from helpers.windows import populate
    from tietosuoja_desktop.services import FixedClock, open_services
    from tietosuoja_desktop.ui.application import create_application
    from tietosuoja_desktop.ui.compat import protect_none
    from tietosuoja_desktop.ui.customers import confirm
    from tietosuoja_desktop.ui.preferences import apply_language

    protect_none()
    keyring.set_keyring(MemoryKeyring())
    # A dialog the sample typed into asks before it closes, in a box nobody answers here
    # (tests/conftest.py lets the typing go the same way).
    confirm.discard_changes = lambda parent: True
    app = create_application([sys.argv[0]])
    apply_language("fi", remember=False)
    from datetime import date

    services = open_services(config.parent / "data", FixedClock(date(2026, 11, 22)))
    found: dict[str, list[str]] = {}
    try:
        sample = populate(services)
        for name, window in _every_window(app, sample):
            if listed := problems(window):
                found[name] = listed
    finally:
        services.close()
    return found


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False, indent=1))
