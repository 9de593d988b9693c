"""The registers the business keeps, with how many people each holds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ..domain.records import RegisterDescription
from .format import format_count, format_date
from .view_list_model import ViewListModel

COL_NAME, COL_MEMBERS, COL_CHANGED = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("RegistersTableModel", "Register"),
    QT_TRANSLATE_NOOP("RegistersTableModel", "People"),
    QT_TRANSLATE_NOOP("RegistersTableModel", "Last changed"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class RegistersTableModel(ViewListModel[RegisterDescription]):
    CONTEXT = "RegistersTableModel"
    HEADERS = HEADERS
    RIGHT_ALIGNED = (COL_MEMBERS,)
    ID_ROLE = ID_ROLE

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._counts: dict[int, int] = {}

    def set_registers(self, registers: list[RegisterDescription], counts: dict[int, int]) -> None:
        """The registers and how many people each holds (by register id)."""
        self._counts = dict(counts)
        self.set_views(registers)

    @staticmethod
    def view_id(register: RegisterDescription) -> int:
        return register.id

    def display(self, register: RegisterDescription, column: int) -> str:
        if column == COL_NAME:
            return register.name
        if column == COL_MEMBERS:
            return format_count(self._counts.get(register.id, 0))
        return format_date(register.changed_on)
