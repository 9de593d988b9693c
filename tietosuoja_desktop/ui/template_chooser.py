"""The register templates to choose from, as a list with the chosen one's description under
it: the wizard's first register and the Registers page's "New from template" both use it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.templates import TEMPLATE_DESCRIPTIONS, TEMPLATE_TITLES, TemplateKind
from .style import set_role


def template_text(source: str) -> str:
    return QCoreApplication.translate("Templates", source)


class TemplateChooser(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("templates")
        self.label.setBuddy(self.list)
        for kind in TemplateKind:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
        self.description = set_role(QLabel(self), "hint")
        self.description.setWordWrap(True)
        self.list.currentRowChanged.connect(self._describe)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        self.list.setCurrentRow(0)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Template:"))
        self.list.setAccessibleName(self.tr("Templates"))
        for row, kind in enumerate(TemplateKind):
            item = self.list.item(row)
            item.setText(template_text(TEMPLATE_TITLES[kind]))
            item.setToolTip(template_text(TEMPLATE_DESCRIPTIONS[kind]))
        self._describe()

    def _describe(self, *_: object) -> None:
        described = template_text(TEMPLATE_DESCRIPTIONS[self.kind()])
        self.description.setText(described)
        self.list.setAccessibleDescription(described)

    def kind(self) -> TemplateKind:
        item = self.list.currentItem()
        return TemplateKind(item.data(Qt.ItemDataRole.UserRole)) if item else TemplateKind.WEB_SHOP

    def set_kind(self, kind: TemplateKind) -> None:
        self.list.setCurrentRow(list(TemplateKind).index(TemplateKind(kind)))
