"""Fixtures shared by the main-window tests: a register that has been set up, and the
interface language reset to English (the source text) around every test."""

from __future__ import annotations

import pytest
from helpers.sample import CONTROLLER, REGISTER
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tietosuoja_desktop.ui.compat import protect_none
from tietosuoja_desktop.ui.preferences import apply_language

# PySide6 6.12 on Python 3.11 wears down None's reference count (see ui/compat.py); the whole
# test session needs the protection, not only the app. Better in tests/conftest.py.
protect_none()


@pytest.fixture(name="english")
def english_fixture(qapp):
    apply_language("en", remember=False)
    yield
    apply_language("en", remember=False)


@pytest.fixture(name="set_up")
def set_up_fixture(services):
    """``services`` with the sample business profile and customer register saved."""
    services.controller.save(CONTROLLER)
    services.registers.add(REGISTER)
    return services


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
