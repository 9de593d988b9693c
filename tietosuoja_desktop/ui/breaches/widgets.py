"""Small inputs the breach dialogs share: a date-and-time edit, a count that may be unknown,
a text box of a few lines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QPlainTextEdit, QSpinBox, QWidget

MAX_COUNT = 100_000_000


class MomentEdit(QDateTimeEdit):
    """A local date and time to the minute, shown as 20.11.2026 9.30."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("d.M.yyyy H.mm")
        self.setCalendarPopup(True)

    def set_moment(self, moment: datetime) -> None:
        self.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )

    def moment(self) -> datetime:
        value = self.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class CountEdit(QSpinBox):
    """A number of people or records, or "not known" (the lowest value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, MAX_COUNT)
        self.setValue(-1)
        self.setGroupSeparatorShown(True)

    def count(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
