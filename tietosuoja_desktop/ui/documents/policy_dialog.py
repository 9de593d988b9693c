"""The data protection policy's own additions: for each section the app writes from the
register, the business's own rules to print after it (an empty field adds nothing), and the
versions made so far. Saved through the services in one transaction; on an error each
problem shows under its section and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QWidget

from ...domain.clock import format_date
from ...domain.policy import SECTION_CONTEXT, SECTION_LABELS, PolicySection
from ..form_rows import add_row, frame_form, name_fields, save_or_show
from ..register_sections import text_editor
from ..screens import resize_within_screen
from ..style import heading, set_role


class PolicyDialog(QDialog):
    """``saved`` holds the additions as the service saved them, after Save."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PolicyDialog")
        self.services = services
        self.saved: dict | None = None
        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.versions = QLabel(self)
        self.versions.setWordWrap(True)
        set_role(self.versions, "hint")
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}
        self.editors: dict[PolicySection, QPlainTextEdit] = {}
        additions = services.policy.additions()
        for section in PolicySection:
            editor = text_editor(form_widget, 2)
            editor.setObjectName(section.value)
            editor.setPlainText(additions.get(section, ""))
            add_row(form, section.value, editor, self.labels, errors)
            self.editors[section] = editor
        frame_form(self, [self.title, self.intro, self.versions], form_widget, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 100, metrics.height() * 44)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Data protection policy"))
        self.title.setText(self.tr("Your own additions to the data protection policy"))
        self.intro.setText(
            self.tr(
                "The app writes each section from the register: the access list, the request "
                "deadlines, the 72 hours for breaches, retention, backups, processors. Add your "
                "own rules where they say more; they print after the section. Make the policy "
                "on the Documents page: each one made is a new version."
            )
        )
        versions = self.services.policy.versions()
        latest = versions[-1] if versions else None
        self.versions.setText(
            self.tr("Latest version: %1, %2").replace("%1", str(latest.number))
            .replace("%2", format_date(latest.dated))
            if latest
            else self.tr("No version has been made yet.")
        )  # fmt: skip
        texts = {
            section.value: QCoreApplication.translate(SECTION_CONTEXT, label) + ":"
            for section, label in SECTION_LABELS.items()
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        name_fields(texts, {s.value: editor for s, editor in self.editors.items()})

    def additions(self) -> dict[PolicySection, str]:
        """What the form holds."""
        return {section: editor.toPlainText() for section, editor in self.editors.items()}

    def save(self) -> None:
        saved = save_or_show(self, lambda: self.services.policy.save_additions(self.additions()))
        if saved is not None:
            self.saved = saved
            self.accept()
