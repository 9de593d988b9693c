"""A register's DPIA (Art 35): the screening checklist (each item answered yes or no, with the
reasoning), the conclusion the answers lead to, and, when a DPIA is needed, the light DPIA
form. Saved through the services in one transaction; on an error every problem shows under
its field and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.dpia import Dpia, DpiaScreening, ScreeningAnswer
from ..domain.dpia_checklist import CHECKLIST, CONTEXT, SOURCE_LABELS, ItemSource, needing_items
from ..domain.records import RegisterDescription
from .dpia_form import DpiaForm, date_edit, date_of
from .errors import problem_label
from .form_rows import UNANSWERED, YES, answer_fields, frame_form, name_answer, save_or_show
from .screens import resize_within_screen
from .style import heading, set_role


class DpiaDialog(QDialog):
    """``saved`` holds the screening as the service saved it, after Save."""

    def __init__(self, services, register: RegisterDescription, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DpiaDialog")
        self.services = services
        self.register = register
        self.saved: DpiaScreening | None = None
        found = services.dpia.get(register.id)
        today = services.clock.today()
        start = found.screening or DpiaScreening(register.id, screened_on=today)

        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        content = QWidget(self)
        column = QVBoxLayout(content)
        self.source_heads: dict[ItemSource, QLabel] = {}
        self.items: dict[str, tuple[QLabel, QComboBox, QLineEdit]] = {}
        errors: dict[str, QLabel] = {}
        grid = None
        for item in CHECKLIST:
            if item.source not in self.source_heads:
                head = QLabel(content)
                head.setWordWrap(True)
                heading(head, 1.05)
                self.source_heads[item.source] = head
                column.addWidget(head)
                grid = QGridLayout()
                grid.setColumnStretch(0, 1)
                column.addLayout(grid)
            given = start.answer(item.id)
            self.items[item.id] = self._item_row(content, grid, given)
            errors[f"answers.{item.id}"] = self._error_below(content, grid)
        self.conclusion = QLabel(content)
        self.conclusion.setWordWrap(True)
        set_role(self.conclusion, "warning")
        column.addWidget(self.conclusion)
        self.voluntary = QCheckBox(content)
        self.voluntary.setChecked(start.needed)
        self.voluntary.toggled.connect(self._update)
        column.addWidget(self.voluntary)
        form = QFormLayout()
        self.screened_on = date_edit(content, start.screened_on or today)
        self.screened_label = QLabel(content)
        self.screened_label.setBuddy(self.screened_on)
        form.addRow(self.screened_label, self.screened_on)
        self.reviewer = QLineEdit(start.reviewer, content)
        self.reviewer_label = QLabel(content)
        self.reviewer_label.setBuddy(self.reviewer)
        errors["reviewer"] = problem_label(content)
        form.addRow(self.reviewer_label, self.reviewer)
        form.addRow("", errors["reviewer"])
        column.addLayout(form)
        begun = found.dpia or Dpia(register.id, assessed_on=today, reviewer=start.reviewer)
        self.form = DpiaForm(begun, today, content)
        column.addWidget(self.form)
        column.addStretch(1)
        for name, label in self.form.errors.items():
            errors.setdefault(name, label)
        frame_form(self, [self.title, self.intro], content, errors)
        self.retranslate_ui()
        self._update()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 120, metrics.height() * 48)

    def _item_row(self, parent, grid: QGridLayout, given: ScreeningAnswer | None):
        row = grid.rowCount()
        text = QLabel(parent)
        text.setWordWrap(True)
        applies = given.applies if given is not None else None
        answer, reasoning = answer_fields(
            parent, applies, given.reasoning if given else "", self._update
        )
        grid.addWidget(text, row, 0, 1, 2)
        grid.addWidget(answer, row + 1, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(reasoning, row + 1, 1)
        grid.setColumnStretch(1, 3)
        return text, answer, reasoning

    @staticmethod
    def _error_below(parent, grid: QGridLayout) -> QLabel:
        error = problem_label(parent)
        grid.addWidget(error, grid.rowCount(), 0, 1, 2)
        return error

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("DPIA: %1").replace("%1", self.register.name))
        self.title.setText(self.tr("Data protection impact assessment (Art 35)"))
        self.intro.setText(
            self.tr(
                "Answer every question for the register %1 and say why where the answer is "
                "yes. A DPIA is needed when a GDPR or Ombudsman item applies, or two or more "
                "EDPB criteria do."
            ).replace("%1", self.register.name)
        )
        for source, head in self.source_heads.items():
            head.setText(QCoreApplication.translate(CONTEXT, SOURCE_LABELS[source]))
        for item in CHECKLIST:
            text, answer, reasoning = self.items[item.id]
            question = QCoreApplication.translate(CONTEXT, item.text)
            text.setText(question)
            name_answer(answer, reasoning, question)
        self.voluntary.setText(
            self.tr("Do a DPIA &even though the checklist does not call for one")
        )
        self.screened_label.setText(self.tr("Screened o&n:"))
        self.reviewer_label.setText(self.tr("Screened &by:"))
        self.screened_on.setAccessibleName(self.tr("Screened on"))
        self.reviewer.setAccessibleName(self.tr("Screened by"))
        self.form.retranslate_ui()
        self._update()

    def _answers(self) -> dict[str, bool]:
        return {
            item_id: answer.currentIndex() == YES
            for item_id, (_, answer, _) in self.items.items()
            if answer.currentIndex() != UNANSWERED
        }

    def _update(self, *_args) -> None:
        if not hasattr(self, "form"):
            return
        required = needing_items(self._answers())
        unanswered = sum(a.currentIndex() == UNANSWERED for _, a, _ in self.items.values())
        if required:
            names = "; ".join(QCoreApplication.translate(CONTEXT, i.text) for i in required)
            text = self.tr("A DPIA is needed because of: %1").replace("%1", names)
        elif unanswered:
            text = self.tr("%1 questions are not answered yet.").replace("%1", str(unanswered))
        else:
            text = self.tr("The checklist does not call for a DPIA.")
        self.conclusion.setText(text)
        self.voluntary.setVisible(not required)
        self.form.setVisible(bool(required) or self.voluntary.isChecked())

    def screening(self) -> DpiaScreening:
        """What the checklist holds; the conclusion follows the answers or the user's choice."""
        answers = tuple(
            ScreeningAnswer(item_id, answer.currentIndex() == YES, reasoning.text())
            for item_id, (_, answer, reasoning) in self.items.items()
            if answer.currentIndex() != UNANSWERED
        )
        needed = bool(needing_items(self._answers())) or self.voluntary.isChecked()
        return DpiaScreening(
            self.register.id,
            answers=answers,
            needed=needed,
            screened_on=date_of(self.screened_on),
            reviewer=self.reviewer.text(),
        )

    def save(self) -> None:
        screening = self.screening()
        if not self.form.reviewer.text().strip():  # the one who screened assessed, unless told
            self.form.reviewer.setText(self.reviewer.text())
        dpia = self.form.dpia() if screening.needed else None
        saved = save_or_show(self, lambda: self.services.dpia.save(screening, dpia))
        if saved is not None:
            self.saved = saved[0]
            self.accept()
