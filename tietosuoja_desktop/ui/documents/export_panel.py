"""The "Make a document" area of the Documents page: the privacy statement of a chosen
register, the record of processing activities (Art 30) and the data protection policy (its own
additions edited in a dialog the page opens), each in Finnish, Swedish or English and
optionally signed digitally. The page does the making; this panel only asks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.claims import unanswered
from ...domain.document_kinds import DocumentKind
from ...domain.enums import Language
from ...domain.field_rules import MAX_LONG_LINE_LENGTH
from ...domain.i18n import Message
from ...domain.records import RegisterDescription
from ...domain.register_languages import untranslated, untranslated_sections
from ...translation import render
from ..labels import LANGUAGE_NAMES
from ..preferences import current_language
from ..style import set_role


@dataclass(frozen=True)
class ExportChoice:
    kind: DocumentKind  # STATEMENT, PROCESSING_RECORD or POLICY
    language: Language
    sign: bool
    register_id: int | None = None
    note: str = ""  # a statement's or the policy's change note (its version's)
    # texts with no translation print as written, noted on page 1 (else the export is refused)
    allow_untranslated: bool = False


def _language_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for language in (Language.FI, Language.SV, Language.EN):
        box.addItem(LANGUAGE_NAMES[language], language.value)
    box.setCurrentIndex(box.findData(current_language().value))
    return box


class ExportPanel(QGroupBox):
    exportRequested = Signal(object)  # noqa: N815 - an ExportChoice
    policyEditRequested = Signal()  # noqa: N815 - the policy's own additions to edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement_label = QLabel(self)
        self.register = QComboBox(self)
        self.register.setMinimumContentsLength(16)
        self.register.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.statement_label.setBuddy(self.register)
        self.statement_language = _language_box(self)
        self.statement_sign = QCheckBox(self)
        self.statement_button = QPushButton(self)
        self.statement_button.clicked.connect(self.request_statement)
        # What changed in the statement: printed with its new version and in its history.
        self.note_label = QLabel(self)
        self.statement_note = QLineEdit(self)
        self.statement_note.setMaxLength(MAX_LONG_LINE_LENGTH)
        self.note_label.setBuddy(self.statement_note)

        self.record_label = QLabel(self)
        self.record_label.setWordWrap(True)
        self.record_language = _language_box(self)
        self.record_label.setBuddy(self.record_language)
        self.record_sign = QCheckBox(self)
        self.record_button = QPushButton(self)
        self.record_button.clicked.connect(self.request_record)

        # The data protection policy: made from the register, with the business's additions.
        self.policy_label = QLabel(self)
        self.policy_label.setWordWrap(True)
        self.policy_language = _language_box(self)
        self.policy_label.setBuddy(self.policy_language)
        self.policy_sign = QCheckBox(self)
        self.policy_button = QPushButton(self)
        self.policy_button.clicked.connect(self.request_policy)
        self.policy_edit = QPushButton(self)
        self.policy_edit.clicked.connect(self.policyEditRequested)
        self.policy_note_label = QLabel(self)
        self.policy_note = QLineEdit(self)
        self.policy_note.setMaxLength(MAX_LONG_LINE_LENGTH)
        self.policy_note_label.setBuddy(self.policy_note)

        # Says when a document's language differs from the language the register is written in.
        self.language_note = QLabel(self)
        # Names the questions of the chosen register's statement that are not yet answered.
        self.claims_note = QLabel(self)
        # The person's choice for such texts: print them as written, noted on the first page.
        self.allow_untranslated = QCheckBox(self)
        for note in (self.language_note, self.claims_note):
            note.setWordWrap(True)
            set_role(note, "warning")
        self._registers: dict[int, RegisterDescription] = {}
        for box in (self.register, self.statement_language, self.record_language):
            box.currentIndexChanged.connect(self._update_language_note)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.status = QLabel(self)
        set_role(self.status, "hint")
        self.set_busy("")

        # Two rows a document (what, then how), so the panel fits a narrow window (1024 px at
        # 125-175 % scaling) without scrolling sideways.
        grid = QGridLayout()
        grid.addWidget(self.statement_label, 0, 0)
        grid.addWidget(self.register, 0, 1)
        grid.addWidget(self.statement_language, 0, 2)
        grid.addWidget(self.statement_sign, 1, 1)
        grid.addWidget(self.statement_button, 1, 2)
        grid.addWidget(self.note_label, 2, 0)
        grid.addWidget(self.statement_note, 2, 1, 1, 2)
        grid.addWidget(self.record_label, 3, 0, 1, 2)
        grid.addWidget(self.record_language, 3, 2)
        grid.addWidget(self.record_sign, 4, 1)
        grid.addWidget(self.record_button, 4, 2)
        grid.addWidget(self.policy_label, 5, 0, 1, 2)
        grid.addWidget(self.policy_language, 5, 2)
        grid.addWidget(self.policy_edit, 6, 0)
        grid.addWidget(self.policy_sign, 6, 1)
        grid.addWidget(self.policy_button, 6, 2)
        grid.addWidget(self.policy_note_label, 7, 0)
        grid.addWidget(self.policy_note, 7, 1, 1, 2)
        grid.addWidget(self.language_note, 8, 0, 1, 3)
        grid.addWidget(self.allow_untranslated, 9, 0, 1, 3)
        grid.addWidget(self.claims_note, 10, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.busy)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)  # the status row takes no room while hidden
        layout.addLayout(grid)
        layout.addLayout(status_row)
        self.retranslate_ui()

    def set_registers(self, registers: list[RegisterDescription]) -> None:
        chosen = self.register.currentData()
        self.register.clear()
        self._registers = {r.id: r for r in registers}
        for register in registers:
            self.register.addItem(register.name, register.id)
        index = self.register.findData(chosen)
        self.register.setCurrentIndex(max(index, 0) if registers else -1)
        self._enable()
        self._update_language_note()

    def _update_language_note(self, *_args) -> None:
        notes = []
        chosen = self._registers.get(self.register.currentData())
        statement_language = Language(self.statement_language.currentData())
        sections = untranslated_sections(chosen, statement_language) if chosen else []
        if sections:
            notes.append(
                self.tr(
                    "%1 texts of %2 have no translation into this language (statement sections "
                    "%3). Translate them (Registers, Translations…) or print them as written:"
                )
                .replace("%1", str(len(untranslated(chosen, statement_language))))
                .replace("%2", chosen.name)
                .replace("%3", ", ".join(str(number) for number in sections))
            )
        self.allow_untranslated.setVisible(bool(sections))
        claims = []
        if chosen is not None and (questions := unanswered(chosen)):
            claims.append(
                self.tr(
                    "⚠ Not yet answered for %1, so the statement says nothing about them: %2 "
                    "(Registers)."
                )
                .replace("%1", chosen.name)
                .replace("%2", ", ".join(render(Message("Validation", q.topic)) for q in questions))
            )
        record_language = Language(self.record_language.currentData())
        others = [r.name for r in self._registers.values() if untranslated(r, record_language)]
        if others:
            notes.append(
                self.tr(
                    "The record prints the untranslated texts of these registers as written: %1."
                ).replace("%1", ", ".join(others))
            )
        self.language_note.setText("\n".join(notes))
        self.language_note.setVisible(bool(notes))
        self.claims_note.setText("\n".join(claims))
        self.claims_note.setVisible(bool(claims))

    def set_busy(self, text: str) -> None:
        """Show ``text`` with a busy bar while a document is being made; "" when done."""
        self._busy = bool(text)
        self.busy.setVisible(self._busy)
        self.status.setVisible(self._busy)
        self.status.setText(text)
        self._enable()

    def is_busy(self) -> bool:
        return self._busy

    def _enable(self) -> None:
        idle = not self.is_busy()
        self.statement_button.setEnabled(idle and self.register.count() > 0)
        self.record_button.setEnabled(idle)
        self.policy_button.setEnabled(idle)
        self.register.setEnabled(self.register.count() > 0)

    def request_statement(self) -> None:
        if self.register.currentData() is None:
            return
        self.exportRequested.emit(
            ExportChoice(
                DocumentKind.STATEMENT,
                Language(self.statement_language.currentData()),
                self.statement_sign.isChecked(),
                self.register.currentData(),
                self.statement_note.text(),
                self.allow_untranslated.isVisibleTo(self) and self.allow_untranslated.isChecked(),
            )
        )

    def request_record(self) -> None:
        self.exportRequested.emit(
            ExportChoice(
                DocumentKind.PROCESSING_RECORD,
                Language(self.record_language.currentData()),
                self.record_sign.isChecked(),
            )
        )

    def request_policy(self) -> None:
        self.exportRequested.emit(
            ExportChoice(
                DocumentKind.POLICY,
                Language(self.policy_language.currentData()),
                self.policy_sign.isChecked(),
                note=self.policy_note.text(),
            )
        )

    def clear_note(self, kind: DocumentKind) -> None:
        """The change note went with the version just made of ``kind``."""
        note = self.policy_note if kind is DocumentKind.POLICY else self.statement_note
        note.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Make a document"))
        self.statement_label.setText(self.tr("Privacy statement of the &register"))
        self.register.setPlaceholderText(self.tr("No registers yet"))
        self.note_label.setText(self.tr("Change &note"))
        self.statement_note.setPlaceholderText(
            self.tr("What changed in this version of the statement (optional)")
        )
        self.record_label.setText(self.tr("Record of processing activities (Art 30)"))
        self.policy_label.setText(self.tr("Data protection policy (internal r&ules)"))
        self.policy_edit.setText(self.tr("Own &additions…"))
        self.policy_edit.setToolTip(
            self.tr("Your own rules added to the sections the app writes from the register")
        )
        self.policy_button.setText(self.tr("Make polic&y…"))
        self.policy_note_label.setText(self.tr("Po&licy change"))
        self.policy_note.setPlaceholderText(
            self.tr("What changed in this version of the policy (optional)")
        )
        self.policy_note.setAccessibleName(self.tr("Change note of the policy"))
        for box in (self.statement_language, self.record_language, self.policy_language):
            box.setAccessibleName(self.tr("Language of the document"))
        for box in (self.statement_sign, self.record_sign, self.policy_sign):
            box.setText(self.tr("Sign digitally"))
        self.statement_button.setText(self.tr("Make s&tatement…"))
        self.allow_untranslated.setText(
            self.tr("Print them in the original language, with a note on the first page")
        )
        self.record_button.setText(self.tr("Make re&cord…"))
        self._update_language_note()
