"""The first-run wizard: language, business profile, a first register from a template, and
where the data is kept. Finishing saves the profile and the register through the services."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.enums import Language
from ..domain.validation import ValidationError, register_problems
from .encryption.wizard_page import EncryptionPage
from .errors import USER_ERRORS, show_user_error
from .labels import LANGUAGE_NAMES
from .preferences import apply_language, current_language
from .profile_form import ProfileForm
from .register_editor import RegisterEditor
from .screens import resize_within_screen
from .wizard_pages import FinishPage, TemplatePage


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class LanguagePage(QWizardPage):
    """Suomi, svenska or English; the wizard speaks the chosen language at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        self.buttons: dict[Language, QRadioButton] = {}
        for index, (language, name) in enumerate(LANGUAGE_NAMES.items()):
            button = QRadioButton(f"&{index + 1}  {name}", self)
            button.setObjectName(f"language_{language.value}")
            self.group.addButton(button)
            self.buttons[language] = button
            layout.addWidget(button)
            button.toggled.connect(lambda checked, lang=language: checked and self._choose(lang))
        layout.addStretch(1)
        self.buttons[current_language()].setChecked(True)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Tietosuoja Desktop"))
        self.setSubTitle(self.tr("Choose the language of the program."))
        self.intro.setText(
            self.tr(
                "This program keeps your customer register and its privacy statement, and "
                "reminds you when a person's request must be answered. Setting up takes a few "
                "minutes; you can change everything later."
            )
        )

    def language(self) -> Language:
        for language, button in self.buttons.items():
            if button.isChecked():
                return language
        return Language.FI

    def _choose(self, language: Language) -> None:
        if language != current_language():
            apply_language(language)


class ProfilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = ProfileForm()
        self.form.completeChanged.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(self.form, self))
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(
            self.tr(
                "The controller of the register: every privacy statement and letter carries "
                "these details."
            )
        )

    def isComplete(self) -> bool:
        return self.form.is_complete()

    def validatePage(self) -> bool:
        return not self.form.problems()


class RegisterPage(QWizardPage):
    """The chosen template, in the chosen language, ready to edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = RegisterEditor(self)
        self._filled_from: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your first register"))
        self.setSubTitle(
            self.tr("Filled in from the template: read it through and make it match your work.")
        )

    def initializePage(self) -> None:
        wizard = self.wizard()
        source = (wizard.template_page.kind(), current_language())
        # Keep the user's edits unless they went back and chose another template.
        previous_kind = self._filled_from[0] if self._filled_from else None
        if self._filled_from != source and (
            not self.editor.is_dirty() or previous_kind != source[0]
        ):
            self.editor.set_register(wizard.template_page.register(source[1]))
            self._filled_from = source

    def validatePage(self) -> bool:
        problems = register_problems(self.editor.register())
        if problems:
            self.editor.show_problems(problems)
        return not problems


class SetupWizard(QWizard):
    """Runs once, before the main window, while the register has no business profile."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.language_page = LanguagePage(self)
        self.profile_page = ProfilePage(self)
        self.template_page = TemplatePage(self)
        self.register_page = RegisterPage(self)
        self.encryption_page = EncryptionPage(services.encryption.encrypted, self)
        self.finish_page = FinishPage(services.data_dir, self)
        for page in (
            self.language_page,
            self.profile_page,
            self.template_page,
            self.register_page,
            self.encryption_page,
            self.finish_page,
        ):
            self.addPage(page)
        resize_within_screen(self, 820, 680)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Setting up Tietosuoja Desktop"))

    def accept(self) -> None:
        """Save the profile and the first register; on a problem stay open with the input."""
        profile = replace(self.profile_page.form.profile(), document_language=current_language())
        try:
            self.services.controller.save(profile)
        except ValidationError as error:
            self.profile_page.form.show_problems(list(error.problems))
            show_user_error(self, error)
            return
        except USER_ERRORS as error:
            show_user_error(self, error)
            return
        try:
            if not self.services.registers.list():
                self.services.registers.add(self.register_page.editor.register())
        except ValidationError as error:
            self.register_page.editor.show_problems(list(error.problems))
            show_user_error(self, error)
            return
        except USER_ERRORS as error:
            show_user_error(self, error)
            return
        if self.encryption_page.wants_encryption():
            form = self.encryption_page.form
            try:
                # A new register is small: converting it takes a moment, on this thread.
                self.services.encryption.encrypt(
                    form.passphrase(), remember=form.keep_in_key_store()
                )
            except USER_ERRORS as error:
                show_user_error(self, error)
                return
        super().accept()
