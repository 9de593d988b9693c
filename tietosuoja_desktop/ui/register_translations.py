"""Translating a register description into the other languages, text by text: each original
beside its translation, so a bilingual business publishes a statement wholly in Swedish (or
English) from the same register. What is left empty is printed as written; a translation
whose original has changed since is shown with a warning until it is saved again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import Language
from ..domain.records import RegisterDescription
from ..domain.register_languages import (
    current_translations,
    originals,
    stale_translations,
    with_translations,
)
from ..domain.validation import ValidationError
from ..translation import render
from .customers import confirm
from .errors import problem_label, set_message, show_user_error
from .labels import LANGUAGE_NAMES
from .register_sections import PURPOSE_FIELD, SECTIONS, section_key, text_editor
from .register_sections import tr as section_tr
from .screens import resize_within_screen
from .style import heading, set_role


class RegisterTranslationsDialog(QDialog):
    """``saved`` holds the register as the service saved it, after Save."""

    def __init__(self, services, register: RegisterDescription, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterTranslationsDialog")
        self.services = services
        self.register = register
        self.saved: RegisterDescription | None = None
        self._originals = originals(register)
        self._edited: dict[Language, dict[str, str]] = {}
        self._shown: Language | None = None

        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        for language in Language:
            if language is not register.text_language:
                self.language.addItem(LANGUAGE_NAMES[language], language.value)
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._show_language)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)

        body = QWidget(self)
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.field_labels: dict[str, QLabel] = {}
        self.original_labels: dict[str, QLabel] = {}
        self.stale_labels: dict[str, QLabel] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        for name, text in self._originals.items():
            original = QLabel(text, body)
            original.setWordWrap(True)
            original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_role(original, "hint")
            editor = text_editor(body, 2)
            stale = QLabel(body)
            stale.setWordWrap(True)
            set_role(stale, "warning")
            stale.setVisible(False)
            holder = QWidget(body)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            for widget in (original, editor, stale):
                column.addWidget(widget)
            label = QLabel(body)
            label.setBuddy(editor)
            self.form.addRow(label, holder)
            self.field_labels[name] = label
            self.original_labels[name] = original
            self.stale_labels[name] = stale
            self.editors[name] = editor
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 760, 720)
        self.retranslate_ui()
        self._show_language()

    # -- languages ---------------------------------------------------------------------------

    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    def _keep_typed(self) -> None:
        if self._shown is not None:
            self._edited[self._shown] = self.texts()

    def _show_language(self, *_args) -> None:
        self._keep_typed()
        language = self.chosen_language()
        self._shown = language
        typed = self._edited.get(language)
        done = current_translations(self.register, language)
        stale = stale_translations(self.register, language)
        for name, editor in self.editors.items():
            if typed is not None:
                editor.setPlainText(typed.get(name, ""))
            else:
                editor.setPlainText(done.get(name, stale.get(name, "")))
            is_stale = typed is None and name in stale
            self.stale_labels[name].setVisible(is_stale)
        if self.editors:
            next(iter(self.editors.values())).setFocus()

    def texts(self) -> dict[str, str]:
        """What the form holds for the language shown."""
        return {name: editor.toPlainText() for name, editor in self.editors.items()}

    def _as_saved(self, language: Language) -> dict[str, str]:
        done = current_translations(self.register, language)
        stale = stale_translations(self.register, language)
        return {name: done.get(name, stale.get(name, "")) for name in self.editors}

    def is_dirty(self) -> bool:
        self._keep_typed()
        return any(
            {n: t.strip() for n, t in typed.items()}
            != {n: t.strip() for n, t in self._as_saved(language).items()}
            for language, typed in self._edited.items()
        )

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        self._keep_typed()
        register = self.register
        for language, typed in self._edited.items():
            register = with_translations(register, language, typed)
        try:
            self.saved = self.services.registers.update(register)
        except ValidationError as error:
            set_message(self.problem, "\n".join(render(p.message) for p in error.problems))
            return
        except LookupError as error:  # the register was removed meanwhile
            show_user_error(self, error)
            return
        self.accept()

    def reject(self) -> None:
        if self.is_dirty() and not confirm.discard_changes(self):
            return
        super().reject()

    # -- words ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def field_title(self, name: str) -> str:
        found = PURPOSE_FIELD.fullmatch(name)
        if found:
            number = str(int(found.group(1)) + 1)
            if found.group(2) == "description":
                return self.tr("Purpose %1").replace("%1", number)
            return self.tr("Legitimate interest, purpose %1").replace("%1", number)
        return section_tr(SECTIONS[section_key(name)].title)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Translations of the register description"))
        self.title.setText(self.register.name)
        self.intro.setText(
            self.tr(
                "Write each text in the other language under its original. A statement in that "
                "language prints the translations; what is left empty is printed as written."
            )
        )
        self.language_label.setText(self.tr("&Translate into:"))
        for name, label in self.field_labels.items():
            label.setText(self.field_title(name))
            self.editors[name].setAccessibleName(self.field_title(name))
        for label in self.stale_labels.values():
            label.setText(
                self.tr("The original has changed since this was translated: check it and save.")
            )
