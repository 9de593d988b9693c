"""What a keyboard or screen-reader user needs of one window, as lists of problems: unique
mnemonics, a name on every focusable widget, Tab that leaves tables and reaches the default
button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)

from tietosuoja_desktop.ui.mnemonics import window_mnemonics


def shown(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in window_mnemonics(window).items() if len(texts) > 1}


def _part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box or an editable combo box, a table's viewport: named by
    their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in shown(window)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _part_of_another(w)
        and w.focusProxy() is None  # a tab widget gives its focus to its tab bar
    ]


def accessible_name(widget: QWidget, labels: dict[int, QLabel]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    label = labels.get(id(widget))
    return label.text() if label is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """The focusable widgets nothing names (no label, text or accessible name)."""
    labels = {id(label.buddy()): label for label in window.findChildren(QLabel) if label.buddy()}
    return [
        f"{type(w).__name__} {w.objectName() or ''}".strip()
        for w in focusable(window)
        if not isinstance(w, QTabBar) and not accessible_name(w, labels)
    ]


def tables_walking_cells(window: QWidget) -> list[str]:
    return [
        f"{type(v).__name__} {v.accessibleName()}"
        for v in window.findChildren(QAbstractItemView)
        if v.tabKeyNavigation() and not _part_of_another(v)
    ]


def default_button(window: QWidget) -> QPushButton | None:
    for button in window.findChildren(QPushButton):
        if button.isDefault() and button.isVisibleTo(window) and button.isEnabled():
            return button
    return None


def tab_chain(window: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Where Tab goes from ``start``, widget by widget, as Qt moves focus (visible, enabled,
    taking focus by Tab), until it comes round again."""
    chain: list[QWidget] = []
    widget = start
    for _ in range(limit * 4):
        widget = widget.nextInFocusChain()
        if widget is start or widget is window:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and not _part_of_another(widget)
        ):
            chain.append(widget)
            if len(chain) >= limit:
                break
    return chain


def tab_stops(window: QWidget, qtbot, limit: int = 80) -> list[QWidget]:
    """Where real Tab presses take the focus, from the window's first field (the first widget
    of its focus chain that takes Tab focus): the widgets in order, until the focus comes back
    round, stops moving (a widget keeps Tab, as a text box that types a tab does: more
    presses than a date field has sections) or ``limit``."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    first = next(iter(tab_chain(window, window)), None)
    if first is None:
        return []
    first.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [first]
    presses_here = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        if after is current:
            presses_here += 1  # a date field's Tab walks its sections (day, month, ...) first
            sections = current.sectionCount() if isinstance(current, QDateTimeEdit) else 1
            if presses_here >= sections:
                break
            continue
        presses_here = 0
        if after is first:
            break
        stops.append(after)
    return stops
