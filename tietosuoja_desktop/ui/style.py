"""The little styling the app adds to native widgets: message colours, headings, urgency."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QStyle,
    QTableView,
    QWidget,
)

from ..domain.clock import Urgency

# Labels say what they are with a dynamic "role" property; the sheet colours them.
STYLE_SHEET = """
QLabel[role="error"] { color: #b3261e; }
QLabel[role="warning"] { color: #7a4f00; }
QLabel[role="hint"] { color: palette(placeholder-text); }
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


def apply_style(app: QApplication) -> None:
    # Only Fusion (Linux) is known to clip; the Windows and macOS styles are left as they are.
    if app.style().name().lower() == "fusion":
        app.setStyle(RoomForDiacritics("fusion"))
    app.setStyleSheet(STYLE_SHEET)


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
