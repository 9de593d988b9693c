"""What a fulfilment step works on, shown inside its dialog: the erasure preview with the typed
confirmation, the corrected fields of a rectification with the recipients to tell (Art 19),
and the consents a withdrawal ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.records import Customer, ErasureSummary
from ..customers import names as customer_names
from ..customers.erase_dialog import confirmation_word
from ..customers.erase_sections import ErasureSections
from ..screens import fit_scrolled, scrolling
from ..style import set_role


def _label(parent: QWidget, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    return label


def _checklist(parent: QWidget, items: list[tuple[str, str]]) -> QListWidget:
    """``(value, text)`` pairs, all ticked."""
    widget = QListWidget(parent)
    for value, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    rows = max(2, min(len(items), 6))
    widget.setFixedHeight(widget.sizeHintForRow(0) * rows + 2 * widget.frameWidth() + 4)
    return widget


def _ticked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    )


class ErasurePanel(QWidget):
    """The erasure preview as the customer's erase dialog shows it (``ErasureSections``), what
    stays of the request itself, and the typed confirmation."""

    readyChanged = Signal(bool)  # noqa: N815

    def __init__(self, preview: ErasureSummary, customer: Customer, parent=None) -> None:
        super().__init__(parent)
        self.word = confirmation_word(customer)
        self.sections = ErasureSections(self)
        self.sections.show_summary(preview, done=False)
        self.area = scrolling(self.sections, self)
        self.record = _label(self, "hint")
        self.record.setText(
            self.tr(
                "The request itself stays as proof that it was handled: its type, dates, "
                "timeline and the letter's fingerprint, without the person's name, contact "
                "details, description or attachments."
            )
        )
        self.confirm_label = _label(self)
        self.confirm_label.setText(
            self.tr("To confirm, type the name %1 below. This cannot be undone.").replace(
                "%1", self.word
            )
        )
        self.confirmation = QLineEdit(self)
        self.confirmation.setAccessibleName(self.tr("Name to confirm the erasure"))
        self.confirm_label.setBuddy(self.confirmation)
        self.confirmation.textChanged.connect(lambda _text: self.readyChanged.emit(self.is_ready()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.record)
        layout.addSpacing(8)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirmation)

    def fit_to_screen(self) -> None:
        """The preview as tall as it needs unless the screen is smaller; then it scrolls."""
        fit_scrolled(self.window(), self.area, self.sections)

    def is_ready(self) -> bool:
        return self.confirmation.text().strip().casefold() == self.word.casefold()


class RectificationPanel(QWidget):
    readyChanged = Signal(bool)  # noqa: N815

    def __init__(self, services, view, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self._view = view
        self.customer_dialog = None
        self.step_one = _label(self)
        self.step_one.setText(
            self.tr("1. Correct or complete the data on the person's page, and save it there.")
        )
        self.open_button = QPushButton(self.tr("&Open the person's page…"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_customer)
        self.step_two = _label(self)
        self.step_two.setText(self.tr("2. The fields corrected since the request came in:"))
        self.fields = QListWidget(self)
        self.fields.itemChanged.connect(lambda _item: self.readyChanged.emit(self.is_ready()))
        self.no_fields = _label(self, "warning")
        self.no_fields.setText(
            self.tr("No corrections found yet: correct the data on the person's page first.")
        )
        self.step_three = _label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_one)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.step_two)
        layout.addWidget(self.fields)
        layout.addWidget(self.no_fields)
        layout.addWidget(self.step_three)
        self.reload()

    def reload(self) -> None:
        request = self._view.request
        fulfilment = self._services.fulfilment
        found = fulfilment.changed_fields_since(request.customer_id, request.received)
        self.fields.clear()
        for name in found:
            item = QListWidgetItem(customer_names.field(name), self.fields)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.fields.setVisible(bool(found))
        self.no_fields.setVisible(not found)
        recipients = fulfilment.recipients_to_tell(request.customer_id)
        if recipients:
            lines = [f"• {text}" for text in recipients]
            heading = self.tr("3. Tell these recipients about the correction (Art 19):")
            self.step_three.setText("\n".join([heading, *lines]))
        else:
            self.step_three.setText(
                self.tr("3. The person's registers name no recipients to tell (Art 19).")
            )
        self.readyChanged.emit(self.is_ready())

    def open_customer(self) -> None:
        # on first use: not needed for the first paint
        from ..customers.dialog import CustomerDialog

        dialog = CustomerDialog(self._services, self._view.request.customer_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._customer_closed())
        self.customer_dialog = dialog
        dialog.open()

    def _customer_closed(self) -> None:
        self.customer_dialog = None
        self.reload()

    def changed_fields(self) -> tuple[str, ...]:
        return _ticked(self.fields)

    def is_ready(self) -> bool:
        return bool(self.changed_fields())


class PurposesPanel(QWidget):
    readyChanged = Signal(bool)  # noqa: N815

    def __init__(self, purposes: list[str], parent=None) -> None:
        super().__init__(parent)
        self.label = _label(self)
        self.purposes = _checklist(self, [(purpose, purpose) for purpose in purposes])
        self.purposes.itemChanged.connect(lambda _item: self.readyChanged.emit(self.is_ready()))
        self.purposes.setVisible(bool(purposes))
        if purposes:
            self.label.setText(self.tr("The consents in force; untick those not withdrawn:"))
        else:
            self.label.setText(
                self.tr(
                    "No consent is in force for this person. The letter confirms that nothing "
                    "is processed on consent."
                )
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.purposes)

    def chosen(self) -> tuple[str, ...]:
        return _ticked(self.purposes)

    def is_ready(self) -> bool:
        return self.purposes.count() == 0 or bool(self.chosen())
