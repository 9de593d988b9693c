"""A form for every section of one register description. Warnings about empty sections update
as the user types; errors from saving are shown at their fields and nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.claims import CLAIMS, TRANSFERRING
from ..domain.enums import Answer, Language, LegalBasis, RetentionAnchor
from ..domain.records import RegisterDescription, RetentionRule
from ..domain.validation import Problem, register_problems, register_warnings
from ..translation import render
from . import labels
from .format import format_date
from .purposes_table_model import COL_INTEREST, LegalBasisDelegate, PurposesTableModel
from .register_sections import PURPOSE_FIELD, SectionBox, section_key, text_editor, tr
from .style import set_role

_TEXT_SECTIONS = (
    "data_subject_categories",
    "data_categories",
    "sources",
    "recipients",
    "processors",
    "statutory_requirement",
    "automated_decisions",
    "security_manual",
    "security_organisational",
    "security_electronic",
    "cookies",
)
_PURPOSE_COLUMNS = {"description": 0, "legal_basis": 1, "legitimate_interest": COL_INTEREST}


def _answer_row(box: SectionBox) -> int:
    """Where the next question goes in a text section: after the questions already there."""
    return sum(1 for i in range(box.body.count()) if box.body.itemAt(i).layout() is not None)


class RegisterEditor(QWidget):
    """``set_register`` loads a description, ``register()`` returns what the form holds."""

    changed = Signal()
    # The position of a purpose on legitimate interests whose assessment the user asks for.
    assessmentRequested = Signal(int)  # noqa: N815 - Qt spelling

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = RegisterDescription(name="")
        self._loading = False
        self._dirty = False
        self._errors_shown = False
        self._assessable = False  # saved as shown: positions match the stored purposes
        self.boxes: dict[str, SectionBox] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.answers: dict[str, QComboBox] = {}  # by claim field (domain/claims.py)
        self.answer_labels: dict[str, QLabel] = {}

        content = QWidget()
        column = QVBoxLayout(content)
        self.dates = QLabel(content)
        column.addWidget(self.dates)

        box = self._box("name", column)
        self.name = QLineEdit(box)
        self.name.textChanged.connect(self._on_changed)
        box.body.addWidget(self.name)
        language_row = QHBoxLayout()
        self.text_language_label = QLabel(box)
        self.text_language = QComboBox(box)
        for language in Language:
            self.text_language.addItem(labels.LANGUAGE_NAMES[language], language.value)
        self.text_language.currentIndexChanged.connect(self._on_changed)
        self.text_language_label.setBuddy(self.text_language)
        language_row.addWidget(self.text_language_label)
        language_row.addWidget(self.text_language)
        language_row.addStretch(1)
        box.body.addLayout(language_row)

        self._add_text("data_subject_categories", column)
        self._build_purposes(column)
        for key in _TEXT_SECTIONS[1:5]:
            self._add_text(key, column)
        self._build_transfers(column)
        self._build_retention(column)
        for key in _TEXT_SECTIONS[5:]:
            self._add_text(key, column)
        self._add_answer("statutory_requirement", "provision_required")
        self._add_answer("automated_decisions", "automated")
        self._add_answer("automated_decisions", "profiling")
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus; it follows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------------

    def _box(self, key: str, column: QVBoxLayout) -> SectionBox:
        box = SectionBox(key)
        self.boxes[key] = box
        column.addWidget(box)
        return box

    def _add_text(self, key: str, column: QVBoxLayout) -> None:
        box = self._box(key, column)
        editor = text_editor(box)
        editor.setObjectName(key)
        editor.textChanged.connect(self._on_changed)
        box.body.addWidget(editor)
        self.texts[key] = editor

    def _add_answer(self, key: str, field: str) -> None:
        """A question answered from a list, above the section's text; "Not yet answered" until
        the user picks an answer, so silence never prints as "no"."""
        box = self.boxes[key]
        combo = QComboBox(box)
        combo.setObjectName(field)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for answer in next(c for c in CLAIMS if c.field == field).answers:
            combo.addItem("", answer.value)
        combo.currentIndexChanged.connect(self._on_changed)
        label = QLabel(box)
        label.setWordWrap(True)
        label.setBuddy(combo)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(combo)
        box.body.insertLayout(_answer_row(box), row)
        self.answers[field] = combo
        self.answer_labels[field] = label

    def _build_purposes(self, column: QVBoxLayout) -> None:
        box = self._box("purposes", column)
        self.purposes = PurposesTableModel(self)
        self.purposes_view = QTableView(box)
        self.purposes_view.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.purposes_view.setModel(self.purposes)
        self.purposes_view.setItemDelegateForColumn(1, LegalBasisDelegate(self.purposes_view))
        self.purposes_view.setWordWrap(True)
        self.purposes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger
        self.purposes_view.setEditTriggers(
            triggers.DoubleClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
            | triggers.SelectedClicked
        )
        self.purposes_view.setTabKeyNavigation(False)
        header = self.purposes_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # long words wrap
        rows = self.purposes_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.purposes_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.purposes.dataChanged.connect(self._on_purpose_edited)
        self.purposes.rowsInserted.connect(self._on_changed)
        self.purposes.rowsRemoved.connect(self._on_changed)
        buttons = QHBoxLayout()
        self.add_purpose_button = QPushButton(box)
        self.add_purpose_button.clicked.connect(self._add_purpose)
        self.remove_purpose_button = QPushButton(box)
        self.remove_purpose_button.clicked.connect(self._remove_purpose)
        self.assessment_button = QPushButton(box)
        self.assessment_button.clicked.connect(self._request_assessment)
        self.purposes_view.selectionModel().currentRowChanged.connect(
            self._update_assessment_button
        )
        buttons.addWidget(self.add_purpose_button)
        buttons.addWidget(self.remove_purpose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.assessment_button)
        self.assessment_note = QLabel(box)
        self.assessment_note.setWordWrap(True)
        set_role(self.assessment_note, "hint")
        self.assessment_note.setVisible(False)
        box.body.addWidget(self.purposes_view)
        box.body.addLayout(buttons)
        box.body.addWidget(self.assessment_note)

    def _build_transfers(self, column: QVBoxLayout) -> None:
        box = self._box("transfers", column)
        self._add_answer("transfers", "transfers")
        self.safeguards = text_editor(box)
        self.safeguards.setObjectName("transfer_safeguards")
        self.safeguards.textChanged.connect(self._on_changed)
        self.safeguards_label = QLabel(box)
        self.safeguards_label.setBuddy(self.safeguards)
        box.body.addWidget(self.safeguards_label)
        box.body.addWidget(self.safeguards)

    def _build_retention(self, column: QVBoxLayout) -> None:
        box = self._box("retention", column)
        row = QHBoxLayout()
        self.retention_years = QSpinBox(box)
        self.retention_years.setRange(0, 100)
        self.retention_years.valueChanged.connect(self._on_changed)
        self.retention_anchor = QComboBox(box)
        for anchor in RetentionAnchor:
            self.retention_anchor.addItem("", anchor.value)
        self.retention_anchor.currentIndexChanged.connect(self._on_changed)
        self.retention_label = QLabel(box)
        self.retention_label.setBuddy(self.retention_years)
        row.addWidget(self.retention_label)
        row.addWidget(self.retention_years)
        row.addWidget(self.retention_anchor)
        row.addStretch(1)
        box.body.addLayout(row)
        self.retention_text = text_editor(box)
        self.retention_text.setObjectName("retention_text")
        self.retention_text.textChanged.connect(self._on_changed)
        box.body.addWidget(self.retention_text)

    # -- translation ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for key, box in self.boxes.items():
            box.retranslate()
            editor = self.texts.get(key)
            if editor is not None:
                placeholder = box.section.placeholder
                editor.setPlaceholderText(tr(placeholder) if placeholder else "")
                editor.setAccessibleName(box.title())
        self.name.setAccessibleName(self.boxes["name"].title())
        self.text_language_label.setText(self.tr("Te&xts written in:"))
        self.text_language.setToolTip(
            self.tr(
                "The language you write this description in. Its texts in the other languages: "
                "Translations… below."
            )
        )
        self.safeguards.setPlaceholderText(tr(self.boxes["transfers"].section.placeholder))
        self.safeguards.setAccessibleName(self.tr("Safeguards for the transfers"))
        self.safeguards_label.setText(self.tr("Safeg&uards:"))
        for field, question in self._questions().items():
            self.answer_labels[field].setText(question)
            self.answers[field].setAccessibleName(question.replace("&", ""))
            for index in range(self.answers[field].count()):
                value = Answer(self.answers[field].itemData(index))
                self.answers[field].setItemText(index, labels.answer(value))
        self.add_purpose_button.setText(self.tr("&Add purpose"))
        self.assessment_button.setText(self.tr("&Interest assessment…"))
        self.assessment_button.setToolTip(
            self.tr(
                "The balancing test behind the selected purpose on legitimate interests "
                "(Art 6(1)(f)); save the register first"
            )
        )
        self.remove_purpose_button.setText(self.tr("Re&move purpose"))
        self.purposes_view.setAccessibleName(self.boxes["purposes"].title())
        self.retention_label.setText(self.tr("&Years:"))
        self.retention_years.setSpecialValueText(self.tr("no automatic rule"))
        self.retention_years.setAccessibleName(self.tr("Retention period in years"))
        self.retention_anchor.setAccessibleName(self.tr("Counted from"))
        for index, anchor in enumerate(RetentionAnchor):
            self.retention_anchor.setItemText(index, labels.retention_anchor(anchor))
        self.retention_text.setPlaceholderText(tr(self.boxes["retention"].section.placeholder))
        self.retention_text.setAccessibleName(self.tr("Retention described for the reader"))
        self.purposes.retranslate()
        self._show_dates()
        self._update_messages()
        self._update_assessment_button()

    def _questions(self) -> dict[str, str]:
        return {
            "transfers": self.tr("Is data &transferred outside the EU/EEA?"),
            "provision_required": self.tr("Must people &give the data, by law or contract?"),
            "automated": self.tr("Are &decisions made automatically (Art 22)?"),
            "profiling": self.tr(
                "Is the data used for &profiling (e.g. ad targeting, analytics demographics)?"
            ),
        }

    def _show_dates(self) -> None:
        register = self._register
        if register.created_on is None:
            self.dates.setText(self.tr("Not saved yet."))
            return
        self.dates.setText(
            self.tr("Drawn up %1, last changed %2.")
            .replace("%1", format_date(register.created_on))
            .replace("%2", format_date(register.changed_on or register.created_on))
        )

    # -- content -------------------------------------------------------------------------

    def set_register(self, register: RegisterDescription, *, unsaved: bool = False) -> None:
        """Show ``register``; ``unsaved`` for one not yet saved as shown (from a template)."""
        self._loading = True
        try:
            self._register = register
            self.name.setText(register.name)
            language_index = self.text_language.findData(register.text_language.value)
            self.text_language.setCurrentIndex(max(language_index, 0))
            for key, editor in self.texts.items():
                editor.setPlainText(getattr(register, key))
            self.purposes.set_purposes(register.purposes)
            for field, combo in self.answers.items():
                combo.setCurrentIndex(max(combo.findData(getattr(register, field).value), 0))
            self.safeguards.setPlainText(register.transfer_safeguards)
            self.retention_years.setValue(register.retention.years or 0)
            anchor_index = self.retention_anchor.findData(register.retention.anchor.value)
            self.retention_anchor.setCurrentIndex(max(anchor_index, 0))
            self.retention_text.setPlainText(register.retention_text)
        finally:
            self._loading = False
        self._dirty = unsaved
        self._errors_shown = False
        self._show_dates()
        self._update_messages()

    def register(self) -> RegisterDescription:
        texts = {key: editor.toPlainText() for key, editor in self.texts.items()}
        years = self.retention_years.value() or None
        anchor = RetentionAnchor(self.retention_anchor.currentData())
        return replace(
            self._register,
            name=self.name.text(),
            text_language=Language(self.text_language.currentData()),
            purposes=self.purposes.purposes(),
            **{field: Answer(combo.currentData()) for field, combo in self.answers.items()},
            transfer_safeguards=self.safeguards.toPlainText(),
            retention=RetentionRule(years, anchor),
            retention_text=self.retention_text.toPlainText(),
            **texts,
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def show_problems(self, problems: list[Problem]) -> None:
        """Errors from saving, each at its section (purpose cells are coloured too)."""
        self._errors_shown = True
        self._place_errors(problems)
        for problem in problems:
            box = self._box_for(problem.field)
            if box is not None:
                self.scroll.ensureWidgetVisible(box)
                break

    # -- reactions -----------------------------------------------------------------------

    def _on_changed(self, *_args) -> None:
        transfers = Answer(self.answers["transfers"].currentData())
        self.safeguards.setEnabled(transfers in TRANSFERRING)
        self.retention_anchor.setEnabled(self.retention_years.value() > 0)
        if self._loading:
            return
        self._dirty = True
        self._update_messages()
        self._update_assessment_button()
        self.changed.emit()

    def _on_purpose_edited(self, _first, _last, roles=()) -> None:
        if not roles:  # presentation-only changes name their roles (see the model)
            self._on_changed()

    def _update_messages(self) -> None:
        current = self.register()
        warnings: dict[str, list[str]] = {}
        for warning in register_warnings(current):
            warnings.setdefault(section_key(warning.field), []).append(render(warning.message))
        for key, box in self.boxes.items():
            box.set_warning(" ".join(warnings.get(key, [])))
        if self._errors_shown:
            self._place_errors(register_problems(current))

    def _box_for(self, field: str) -> SectionBox | None:
        return self.boxes.get(section_key(field))

    def _place_errors(self, problems: list[Problem]) -> None:
        texts: dict[str, list[str]] = {}
        cells: dict[tuple[int, int], str] = {}
        for problem in problems:
            box = self._box_for(problem.field)
            key = box.section.key if box else "name"
            texts.setdefault(key, []).append(render(problem.message))
            match = PURPOSE_FIELD.fullmatch(problem.field)
            if match:
                cell = (int(match[1]), _PURPOSE_COLUMNS.get(match[2], 0))
                cells[cell] = render(problem.message)
        for key, box in self.boxes.items():
            message = "\n".join(texts.get(key, []))
            box.error.setText(message)
            box.error.setVisible(bool(message))
        self.purposes.set_problems(cells)

    def _add_purpose(self) -> None:
        index = self.purposes.add_purpose()
        self.purposes_view.setCurrentIndex(index)
        if self.purposes_view.isVisible():
            self.purposes_view.setFocus()
            self.purposes_view.edit(index)

    # -- legitimate-interest assessments ------------------------------------------------

    def set_assessments(self, available: bool, missing: list[int] | None = None) -> None:
        """Whether assessments can be opened now (the register is saved as shown) and the
        positions of purposes on legitimate interests that have no current assessment
        (``None``: as before)."""
        self._assessable = available
        if missing is None:
            self._update_assessment_button()
            return
        if missing:
            numbers = ", ".join(str(position + 1) for position in missing)
            note = self.tr(
                "No legitimate interest assessment yet for purpose %1: select it and press "
                "Interest assessment."
            )
            self.assessment_note.setText(note.replace("%1", numbers))
        self.assessment_note.setVisible(bool(missing))
        self._update_assessment_button()

    def _selected_interest_purpose(self) -> int | None:
        row = self.purposes_view.currentIndex().row()
        purposes = self.purposes.purposes()
        if (
            0 <= row < len(purposes)
            and purposes[row].legal_basis is LegalBasis.LEGITIMATE_INTERESTS
        ):
            return row
        return None

    def _update_assessment_button(self, *_args) -> None:
        enabled = self._assessable and not self._dirty
        self.assessment_button.setEnabled(enabled and self._selected_interest_purpose() is not None)

    def _request_assessment(self) -> None:
        position = self._selected_interest_purpose()
        if position is not None and self._assessable and not self._dirty:
            self.assessmentRequested.emit(position)

    def _remove_purpose(self) -> None:
        index = self.purposes_view.currentIndex()
        if index.isValid():
            self.purposes.remove_purpose(index.row())
