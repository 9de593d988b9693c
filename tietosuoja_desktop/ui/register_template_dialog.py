"""Choosing a template for a new register on the Registers page: the form then opens on the
template's texts, unsaved, for the user to edit and save."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..domain.templates import TemplateKind
from .screens import resize_within_screen
from .template_chooser import TemplateChooser


class RegisterTemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.chooser = TemplateChooser(self)
        self.chooser.list.itemActivated.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 520, 460)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New register from a template"))
        self.intro.setText(
            self.tr(
                "The template fills in every section of the privacy statement in the language "
                "of your documents, with its translations. Check and edit it, then save."
            )
        )

    def kind(self) -> TemplateKind:
        return self.chooser.kind()
