"""Windows that fit the screen they open on: a laptop at 125 % or 175 % leaves about 1024×600
logical pixels, so a window asks for its comfortable size only as far as the screen allows, and
long content scrolls instead of pushing the window (and its buttons) off the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What a title bar and the window's frame take from the screen's available area.
DECORATIONS = QSize(16, 40)


def available_size(widget: QWidget) -> QSize:
    """The room a window of ``widget`` has on its screen, less the decorations."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - DECORATIONS
    return room.expandedTo(QSize(320, 240))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, but no larger than the screen leaves room for."""
    room = available_size(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` up or left as far as needed for it to lie within its screen's available
    area (a dialog centred at one height and grown to fit its content may reach below it)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(window.pos().x() + x - frame.left(), window.pos().y() + y - frame.top())


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that follows its size: it scrolls only when the
    window is smaller than what the content needs."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content takes focus; it follows
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area


SCROLLED_MIN_HEIGHT = 160  # scrolled content's least room before it scrolls


def fit_scrolled(window: QWidget, area: QScrollArea, content: QWidget) -> None:
    """Open ``window`` tall enough to show all of ``content`` (in ``area``) unless the screen
    is smaller; then the content scrolls, keeping at least ``SCROLLED_MIN_HEIGHT``."""
    content.layout().activate()
    needed = content.minimumSizeHint().height()
    width = area.viewport().width()
    if content.hasHeightForWidth() and width > 0:  # wrapped labels at the width they get
        needed = max(needed, content.heightForWidth(width))
    area.setMinimumHeight(0)
    window.layout().activate()
    # Everything but the scrolled content (without a minimum of its own the layout counts the
    # scroll area's minimum size hint).
    around = window.layout().minimumSize().height() - area.minimumSizeHint().height()
    room = available_size(window).height() - around
    area.setMinimumHeight(min(needed, max(room, SCROLLED_MIN_HEIGHT)))
    window.layout().activate()
    window.setMinimumHeight(window.layout().minimumSize().height())
    if window.isVisible():
        keep_on_screen(window)
