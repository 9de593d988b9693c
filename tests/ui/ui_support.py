"""Helpers shared by the window tests (their shared fixtures live in tests/ui/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_sequence(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab moves to from ``start`` (the focus chain, skipping
    widgets that do not take focus by Tab)."""
    found: list[QWidget] = []
    widget = start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            found.append(widget)
    return found
