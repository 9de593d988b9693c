"""The sections of a privacy statement as the register form shows them: each with the GDPR
requirement it meets, so the user sees why a section is asked for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from .errors import problem_label
from .style import set_role

CONTEXT = "RegisterSections"


@dataclass(frozen=True)
class Section:
    key: str  # the RegisterDescription field (or group) the section edits
    title: str
    requirement: str
    placeholder: str = ""


SECTIONS = {
    section.key: section
    for section in (
        Section(
            "name",
            QT_TRANSLATE_NOOP("RegisterSections", "Name of the register"),
            QT_TRANSLATE_NOOP("RegisterSections", "Names the register in its privacy statement."),
        ),
        Section(
            "data_subject_categories",
            QT_TRANSLATE_NOOP("RegisterSections", "Whose data is kept"),
            QT_TRANSLATE_NOOP("RegisterSections", "Categories of data subjects, Art 30(1)(c)"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. customers and their contact persons"),
        ),
        Section(
            "purposes",
            QT_TRANSLATE_NOOP("RegisterSections", "Purposes and legal bases"),
            QT_TRANSLATE_NOOP(
                "RegisterSections",
                "Art 13(1)(c): each purpose with its legal basis; "
                "Art 13(1)(d): the interests, where the basis is legitimate interests",
            ),
        ),
        Section(
            "data_categories",
            QT_TRANSLATE_NOOP("RegisterSections", "Personal data in the register"),
            QT_TRANSLATE_NOOP("RegisterSections", "Categories of personal data, Art 14(1)(d)"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. name, address, e-mail, orders"),
        ),
        Section(
            "sources",
            QT_TRANSLATE_NOOP("RegisterSections", "Where the data comes from"),
            QT_TRANSLATE_NOOP("RegisterSections", "Regular sources, Art 14(2)(f)"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. from the customers themselves"),
        ),
        Section(
            "recipients",
            QT_TRANSLATE_NOOP("RegisterSections", "Recipients and regular disclosures"),
            QT_TRANSLATE_NOOP("RegisterSections", "Recipients, Art 13(1)(e)"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. the carrier; or: no regular disclosures"),
        ),
        Section(
            "processors",
            QT_TRANSLATE_NOOP("RegisterSections", "Processors (service providers)"),
            QT_TRANSLATE_NOOP("RegisterSections", "Art 13(1)(e) and Art 28"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. the accountant, the e-mail service"),
        ),
        Section(
            "transfers",
            QT_TRANSLATE_NOOP("RegisterSections", "Transfers outside the EU/EEA"),
            QT_TRANSLATE_NOOP("RegisterSections", "Transfers and their safeguards, Art 13(1)(f)"),
            QT_TRANSLATE_NOOP(
                "RegisterSections", "e.g. the EU Commission's standard contractual clauses"
            ),
        ),
        Section(
            "retention",
            QT_TRANSLATE_NOOP("RegisterSections", "How long the data is kept"),
            QT_TRANSLATE_NOOP("RegisterSections", "Retention period or its criteria, Art 13(2)(a)"),
            QT_TRANSLATE_NOOP(
                "RegisterSections", "e.g. five years after the last order; vouchers six years"
            ),
        ),
        Section(
            "statutory_requirement",
            QT_TRANSLATE_NOOP("RegisterSections", "Must the data be given?"),
            QT_TRANSLATE_NOOP(
                "RegisterSections",
                "Statutory or contractual requirement and what follows if not given, Art 13(2)(e)",
            ),
        ),
        Section(
            "automated_decisions",
            QT_TRANSLATE_NOOP("RegisterSections", "Automated decisions and profiling"),
            QT_TRANSLATE_NOOP(
                "RegisterSections",
                "Art 13(2)(f) and Art 22: answer both questions; describe the logic and its "
                "effects when the answer is yes",
            ),
        ),
        Section(
            "security_manual",
            QT_TRANSLATE_NOOP("RegisterSections", "Protecting manual material"),
            QT_TRANSLATE_NOOP("RegisterSections", "Security of processing, Art 32"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. papers in a locked cabinet"),
        ),
        Section(
            "security_organisational",
            QT_TRANSLATE_NOOP("RegisterSections", "Organisational measures"),
            QT_TRANSLATE_NOOP("RegisterSections", "Security of processing, Art 32"),
            QT_TRANSLATE_NOOP(
                "RegisterSections",
                "e.g. confidentiality undertakings, access only for those who need it, training",
            ),
        ),
        Section(
            "security_electronic",
            QT_TRANSLATE_NOOP("RegisterSections", "Protecting electronic data"),
            QT_TRANSLATE_NOOP("RegisterSections", "Security of processing, Art 32"),
            QT_TRANSLATE_NOOP("RegisterSections", "e.g. encrypted disk, passwords, backups"),
        ),
        Section(
            "cookies",
            QT_TRANSLATE_NOOP("RegisterSections", "Cookies"),
            QT_TRANSLATE_NOOP(
                "RegisterSections",
                "Where a web site feeds the register (Electronic Communications Services Act, "
                "section 205)",
            ),
        ),
    )
}


# How validation and the translations name a purpose's texts: purposes[0].description.
PURPOSE_FIELD = re.compile(r"purposes\[(\d+)\]\.(\w+)")
_SECTION_OF = {
    "transfer_safeguards": "transfers",
    "retention_text": "retention",
    "provision_required": "statutory_requirement",
    "automated": "automated_decisions",
    "profiling": "automated_decisions",
}


def section_key(field: str) -> str:
    """The section a register field (as validation names it) is shown in."""
    key = field.split("[")[0].split(".")[0]
    return _SECTION_OF.get(key, key)


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


class SectionBox(QGroupBox):
    """A titled box: the requirement line, the section's own widgets, then its messages."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = SECTIONS[key]
        self.setObjectName(f"section_{key}")
        layout = QVBoxLayout(self)
        self.requirement = QLabel(self)
        self.requirement.setWordWrap(True)
        set_role(self.requirement, "hint")
        layout.addWidget(self.requirement)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        self.error = problem_label(self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        set_role(self.warning, "warning")
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr(self.section.title))
        self.requirement.setText(tr(self.section.requirement))

    def set_warning(self, text: str) -> None:
        self.warning.setText(text and "⚠ " + text)
        self.warning.setVisible(bool(text))


def text_editor(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field a few lines high in which Tab moves on, as in every other field."""
    editor = QPlainTextEdit(parent)
    editor.setTabChangesFocus(True)
    height = editor.fontMetrics().lineSpacing() * lines + 2 * editor.frameWidth() + 12
    editor.setMinimumHeight(height)
    editor.setMaximumHeight(height + editor.fontMetrics().lineSpacing() * 2)
    return editor
