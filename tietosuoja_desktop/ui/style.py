"""The little styling the app adds to native widgets: message colours, headings, urgency.

The app follows the system's palette, light, dark or high-contrast: the only colours it adds
are text colours chosen for the palette's background (:func:`text_colour`, at least 4.5:1 as
WCAG asks of text) and coloured cells that bring their own text colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QTableView,
    QWidget,
)

from ..domain.clock import Urgency

# Text colours by what they say, each for a light and for a dark background; the one that
# stands out more from the palette's background is used.
TEXT_COLOURS = {
    "error": (QColor("#b3261e"), QColor("#ff9c94")),
    "warning": (QColor("#7a4f00"), QColor("#f2c14e")),
    "hint": (QColor("#5c5c5c"), QColor("#b8b8b8")),
}
MINIMUM_CONTRAST = 4.5

# Labels say what they are with a dynamic "role" property; the sheet colours them.
STYLE_SHEET = """
QLabel[role="error"] { color: %(error)s; }
QLabel[role="warning"] { color: %(warning)s; }
QLabel[role="hint"] { color: %(hint)s; }
QLabel[role="count"] { font-size: 20pt; font-weight: 600; }
QListWidget#navigation { padding: 4px; }
QListWidget#navigation::item { padding: 6px 8px; }
"""

_URGENCY_BACKGROUNDS = {
    Urgency.OVERDUE: QColor("#f6c6c2"),
    Urgency.URGENT: QColor("#fbd9b0"),
    Urgency.SOON: QColor("#fff0b3"),
}


class RoomForDiacritics(QProxyStyle):
    """Fusion draws the label of a tab that is not selected in a rect two pixels shorter than
    the line, and clips it: the dots and rings of a capital Ä, Ö or Å were cut off
    ("Andringshistorik" on the Swedish customer page). The label gets the line's full height
    back, centred where it was."""

    def subElementRect(self, element, option, widget=None):
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText and option is not None:
            missing = option.fontMetrics.height() - rect.height()
            if missing > 0:
                above = (missing + 1) // 2
                rect = rect.adjusted(0, -above, 0, missing - above)
        return rect


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``kind`` of text ("error", "warning", "hint") that reads best on both the
    palette's window and base backgrounds (labels sit on the one, table cells on the other)."""
    palette = palette or QApplication.palette()
    backgrounds = (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
    )
    return max(
        TEXT_COLOURS[kind],
        key=lambda colour: min(contrast_ratio(colour, back) for back in backgrounds),
    )


def style_sheet(palette: QPalette) -> str:
    return STYLE_SHEET % {kind: text_colour(kind, palette).name() for kind in TEXT_COLOURS}


def apply_style(app: QApplication) -> None:
    # Only Fusion (Linux) is known to clip; the Windows and macOS styles are left as they are.
    if app.style().name().lower() == "fusion":
        app.setStyle(RoomForDiacritics("fusion"))
    app.setStyleSheet(style_sheet(app.palette()))
    # The system switched between light and dark (or to high contrast): the text colours follow.
    # Queued: the new palette is in place once the event that announced it has been handled.
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: follow_palette(app), Qt.ConnectionType.QueuedConnection
    )


def follow_palette(app: QApplication) -> None:
    app.setStyleSheet(style_sheet(app.palette()))


def urgency_background(level: Urgency) -> QColor | None:
    """A light background for rows that need attention; None keeps the palette's."""
    return _URGENCY_BACKGROUNDS.get(level)


def set_role(label: QLabel, role: str) -> QLabel:
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    return label


def heading(widget: QWidget, scale: float = 1.4) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)


def urgency_foreground(level: Urgency) -> QColor | None:
    """Dark text on the light urgency backgrounds, also under a dark palette."""
    return QColor("#1d1b20") if level in _URGENCY_BACKGROUNDS else None


def even_rows(table: QTableView) -> None:
    """The row height of the customer and request lists (one line of text and a little air),
    for every other plain list, so the tables look alike from page to page."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)


def records_table(parent: QWidget, model, stretch: int) -> QTableView:
    """A read-only list of records: whole rows chosen one at a time, Tab leaving it (arrows
    move inside), columns fitted to their contents but ``stretch``, which takes the rest."""
    table = QTableView(parent)
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
