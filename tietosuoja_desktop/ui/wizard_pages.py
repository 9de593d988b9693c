"""The wizard's template choice and its closing page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from ..domain.enums import Language
from ..domain.records import RegisterDescription
from ..domain.templates import TemplateKind, register_template
from ..paths import log_dir
from .template_chooser import TemplateChooser


class TemplatePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.chooser = TemplateChooser(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.chooser, 1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("What kind of business?"))
        self.setSubTitle(self.tr("Choose the template closest to yours for your first register."))
        self.intro.setText(
            self.tr(
                "The template fills in the purposes, legal bases, data, sources, retention and "
                "security of the privacy statement. You can edit every part on the next page."
            )
        )

    def kind(self) -> TemplateKind:
        return self.chooser.kind()

    def register(self, language: Language) -> RegisterDescription:
        return register_template(self.kind(), language)


class FinishPage(QWizardPage):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.folder = QLabel(str(data_dir), self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.folder.font()
        font.setBold(True)
        self.folder.setFont(font)
        self.after = QLabel(self)
        self.after.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.folder)
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Your data stays on this computer."))
        self.text.setText(
            self.tr("The register, its descriptions and everything you record are kept in:")
        )
        self.after.setText(
            self.tr(
                "Nothing is sent anywhere. Include this folder in your backups. If something "
                "goes wrong, the program writes the details to the folder %1."
            ).replace("%1", str(log_dir(self.data_dir)))
            + "\n\n"
            + self.tr("Finishing saves the profile and the register and opens the program.")
        )
