"""The legitimate-interest assessment of one purpose on Art 6(1)(f): the interest, why the
processing is necessary for it, the balancing against the person's reasonable expectations and
rights, the safeguards, the outcome, the date and who assessed it. Saved through the services;
on an error every problem shows under its field and nothing typed is lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..domain.interest_assessments import (
    OUTCOME_LABELS,
    AssessmentOutcome,
    InterestAssessment,
)
from ..domain.records import RegisterDescription
from .form_rows import add_row, frame_form, name_fields, save_or_show
from .register_sections import text_editor
from .screens import resize_within_screen
from .style import heading, set_role

TEXTS = ("interest", "necessity", "balancing", "safeguards")
OUTCOME_CONTEXT = "InterestAssessment"  # of OUTCOME_LABELS


class InterestAssessmentDialog(QDialog):
    """``saved`` holds the assessment as the service saved it, after Save."""

    def __init__(self, services, register: RegisterDescription, position: int, parent=None):
        super().__init__(parent)
        self.setObjectName("InterestAssessmentDialog")
        self.services = services
        self.register = register
        self.position = position
        self.saved: InterestAssessment | None = None
        purpose = register.purposes[position]
        view = services.assessments.get(register.id, position)
        today = services.clock.today()
        start = (
            view.assessment
            if view
            else InterestAssessment(
                register.id, position, interest=purpose.legitimate_interest, assessed_on=today
            )
        )

        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.purpose_label = QLabel(self)
        self.purpose_label.setWordWrap(True)
        self.stale = QLabel(self)
        self.stale.setWordWrap(True)
        set_role(self.stale, "warning")
        self.stale.setVisible(view is not None and not view.current)

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}
        for name in TEXTS:
            editor = text_editor(form_widget, 3)
            editor.setObjectName(name)
            editor.setPlainText(getattr(start, name))
            self._add_row(form, name, editor, errors)
            self.editors[name] = editor
        self.outcome = QComboBox(form_widget)
        # Long outcomes must not widen the form past the window (Finnish runs long).
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(20)
        for outcome in OUTCOME_LABELS:
            self.outcome.addItem("", outcome.value)
        self.outcome.setCurrentIndex(self.outcome.findData(start.outcome.value))
        self._add_row(form, "outcome", self.outcome, errors)
        self.assessed_on = QDateEdit(form_widget)
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("d.M.yyyy")
        day = start.assessed_on or today
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        self._add_row(form, "assessed_on", self.assessed_on, errors)
        self.reviewer = QLineEdit(start.reviewer, form_widget)
        self._add_row(form, "reviewer", self.reviewer, errors)
        frame_form(self, [self.title, self.purpose_label, self.stale], form_widget, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 110, metrics.height() * 46)

    def _add_row(self, form: QFormLayout, name: str, field: QWidget, errors: dict) -> None:
        add_row(form, name, field, self.labels, errors)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Legitimate interest assessment"))
        self.title.setText(self.tr("Legitimate interest assessment (Art 6(1)(f))"))
        purpose = self.register.purposes[self.position]
        self.purpose_label.setText(
            self.tr("Purpose %1: %2").replace("%1", str(self.position + 1))
            .replace("%2", purpose.description)
        )  # fmt: skip
        self.stale.setText(
            self.tr(
                "This purpose has changed since it was assessed: check every answer and save "
                "the assessment again."
            )
        )
        texts = {
            "interest": self.tr("The legitimate &interest:"),
            "necessity": self.tr("Why the processing is &necessary for it:"),
            "balancing": self.tr("&Balancing against the person's expectations and rights:"),
            "safeguards": self.tr("Sa&feguards:"),
            "outcome": self.tr("&Outcome:"),
            "assessed_on": self.tr("&Date:"),
            "reviewer": self.tr("Assessed b&y:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        fields = {"outcome": self.outcome, "assessed_on": self.assessed_on}
        name_fields(texts, {**self.editors, **fields, "reviewer": self.reviewer})
        for index, source in enumerate(OUTCOME_LABELS.values()):
            self.outcome.setItemText(index, QCoreApplication.translate(OUTCOME_CONTEXT, source))

    def assessment(self) -> InterestAssessment:
        """What the form holds."""
        day = self.assessed_on.date()
        return InterestAssessment(
            self.register.id,
            self.position,
            outcome=AssessmentOutcome(self.outcome.currentData()),
            assessed_on=date(day.year(), day.month(), day.day()),
            reviewer=self.reviewer.text(),
            **{name: editor.toPlainText() for name, editor in self.editors.items()},
        )

    def save(self) -> None:
        saved = save_or_show(self, lambda: self.services.assessments.save(self.assessment()))
        if saved is not None:
            self.saved = saved
            self.accept()
