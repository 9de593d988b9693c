"""Alt+letter mnemonics: which letters a window already uses, and a letter for a text that
changes at run time (a request's main step reads as its type asks, so no fixed translation can
carry its mnemonic), and the guard that keeps an Alt+letter no shortcut takes out of the text
boxes."""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def plain_text(text: str) -> str:
    """``text`` without its mnemonic (``&&`` read as a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_mnemonics(window: QWidget, skip: QWidget | None = None) -> dict[str, list[str]]:
    """Each Alt+letter of the widgets shown in ``window`` (buddied labels, buttons, group boxes,
    tabs, the menu bar's titles) and the texts that carry it."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)

    for widget in window.findChildren(QWidget):
        if widget is skip or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is not None and widget.buddy().isVisibleTo(window):
                add(widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget.text() if mnemonic(widget.text()) else _shortcut_as_mnemonic(widget))
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text())
    return found


def _shortcut_as_mnemonic(button: QAbstractButton) -> str:
    """A button whose text has no ``&`` but an Alt+letter shortcut (a toggle whose second
    text keeps the first one's letter), as ``text (&letter)``."""
    keys = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    if keys.startswith("Alt+") and len(keys) == 5:
        return f"{button.text()} (&{keys[-1]})"
    return button.text()


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` (plain, without mnemonic) with an ``&`` before the first letter not in
    ``taken``, preferring the start of a word; any ``&`` of its own shown as such."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    starts = [i for i in letters if i == 0 or not text[i - 1].isalpha()]
    chosen = next(
        (i for i in starts + letters if text[i].lower() not in taken),
        None,
    )
    return "".join(
        ("&" if i == chosen else "") + ("&&" if c == "&" else c) for i, c in enumerate(text)
    )


_TEXT_INPUT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_ALT = (
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
)


class AltLetterGuard(QObject):
    """Qt types the letter of an Alt+letter that no shortcut took into the focused text box
    (its text boxes accept any printable key whose modifier is not Ctrl). A desktop user means
    a mnemonic, so the key is dropped there, with the platform's beep. Shortcuts and mnemonics
    are matched before the key reaches the widget, so they are untouched; so is AltGr, which
    arrives as Ctrl+Alt on Windows and without Alt elsewhere. Not on macOS, where Option+key
    types characters (@, |, {) and there are no mnemonics."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, _TEXT_INPUT)
            and isinstance(event, QKeyEvent)
            and event.modifiers() in _ALT
            and event.text()
            and event.text().isprintable()
        ):
            QApplication.beep()
            return True
        return False


def install_alt_letter_guard(app: QApplication) -> AltLetterGuard | None:
    """The application's one guard, installed on first call (every event of the application
    passes through it: a second one would only double that cost)."""
    if sys.platform == "darwin":
        return None
    guard = app.findChild(AltLetterGuard)
    if guard is None:
        guard = AltLetterGuard(app)
        app.installEventFilter(guard)
    return guard
