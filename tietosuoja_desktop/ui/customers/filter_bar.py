"""The search box and the filters above the customer list.

Typing filters as you type: the query is announced ``DEBOUNCE_MS`` after the last keystroke, so
a quick typist causes one search, not one per letter. The filters apply at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.listing import CustomerQuery, MarketingFilter
from ...domain.records import RegisterDescription

DEBOUNCE_MS = 150


class FilterBar(QWidget):
    query_changed = Signal()
    search_submitted = Signal()  # Enter in the search box: the list should take the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.query_changed)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._submit)

        self.marketing = QComboBox(self)
        self.marketing_label = QLabel(self)
        self.marketing_label.setBuddy(self.marketing)
        self.register = QComboBox(self)
        self.register_label = QLabel(self)
        self.register_label.setBuddy(self.register)
        self.restricted = QCheckBox(self)
        self.past_retention = QCheckBox(self)
        for combo in (self.marketing, self.register):
            # A long register name would widen the page past a small screen; the open list
            # shows it whole.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
            combo.currentIndexChanged.connect(self._filters_changed)
        for box in (self.restricted, self.past_retention):
            box.toggled.connect(self._filters_changed)

        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.search_label)
        self.search_row.addWidget(self.search, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.marketing_label)
        filters.addWidget(self.marketing, 1)  # wider again where there is room
        filters.addSpacing(12)
        filters.addWidget(self.register_label)
        filters.addWidget(self.register, 1)
        filters.addSpacing(12)
        filters.addWidget(self.restricted)
        filters.addWidget(self.past_retention)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.search_row)
        layout.addLayout(filters)
        self._registers: list[RegisterDescription] = []
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, e-mail, phone or business ID"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.marketing_label.setText(self.tr("&Marketing:"))
        self.marketing.setAccessibleName(self.tr("Marketing filter"))
        self.register_label.setText(self.tr("Re&gister:"))
        self.register.setAccessibleName(self.tr("Register filter"))
        self.restricted.setText(self.tr("Res&tricted only"))
        self.restricted.setToolTip(self.tr("People whose processing is restricted (GDPR Art 18)"))
        self.past_retention.setText(self.tr("Past &retention"))
        self.past_retention.setToolTip(
            self.tr("People kept longer than their register's retention period allows")
        )
        self._fill_marketing()
        self._fill_registers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill_marketing(self) -> None:
        choices = (
            (MarketingFilter.ANY, self.tr("Everyone")),
            (MarketingFilter.ALLOWED, self.tr("Marketing allowed")),
            (MarketingFilter.PROHIBITED, self.tr("Marketing prohibited")),
        )
        current = self.marketing.currentData() or MarketingFilter.ANY
        self.marketing.blockSignals(True)
        self.marketing.clear()
        for value, text in choices:
            self.marketing.addItem(text, value)
        self.marketing.setCurrentIndex(max(self.marketing.findData(current), 0))
        self.marketing.blockSignals(False)

    def _fill_registers(self) -> None:
        current = self.register.currentData()
        self.register.blockSignals(True)
        self.register.clear()
        self.register.addItem(self.tr("All registers"), None)
        for register in self._registers:
            self.register.addItem(register.name, register.id)
        index = self.register.findData(current) if current is not None else 0
        self.register.setCurrentIndex(max(index, 0))
        self.register.blockSignals(False)
        if current is not None and index < 0:  # the chosen register was deleted
            self.query_changed.emit()

    def set_registers(self, registers: list[RegisterDescription]) -> None:
        self._registers = list(registers)
        self._fill_registers()

    def query(self) -> CustomerQuery:
        return CustomerQuery(
            text=self.search.text().strip(),
            marketing=MarketingFilter(self.marketing.currentData() or MarketingFilter.ANY),
            restricted_only=self.restricted.isChecked(),
            past_retention_only=self.past_retention.isChecked(),
            register_id=self.register.currentData(),
        )

    def is_filtering(self) -> bool:
        return self.query() != CustomerQuery()

    def _filters_changed(self) -> None:
        self.debounce.stop()
        self.query_changed.emit()

    def _submit(self) -> None:
        if self.debounce.isActive():
            self.debounce.stop()
            self.query_changed.emit()
        self.search_submitted.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
