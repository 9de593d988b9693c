"""The light DPIA part of the DPIA dialog: the processing, its necessity and proportionality,
the risks (each with likelihood and severity), the measures, the residual risk, the decision,
the date and the next review (Art 35(7)). A plain widget; the dialog saves it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.dpia import DECISION_LABELS, LEVEL_LABELS, Dpia, DpiaDecision, DpiaRisk, Level
from .form_rows import add_row, name_fields
from .register_sections import text_editor
from .style import heading

TEXTS = ("description", "necessity", "measures")
MIN_RISK_ROWS = 3


def choice(parent: QWidget, labels: dict) -> QComboBox:
    box = QComboBox(parent)
    # Long choices must not widen the form past the window (Finnish runs long).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    for value in labels:
        box.addItem("", value.value)
    return box


def translate_choices(box: QComboBox, labels: dict) -> None:
    for index, source in enumerate(labels.values()):
        box.setItemText(index, QCoreApplication.translate("Dpia", source))


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class DpiaForm(QWidget):
    def __init__(self, start: Dpia, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_id = start.register_id
        self.title = QLabel(self)
        heading(self.title, 1.1)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        for name in TEXTS[:2]:
            self.editors[name] = self._text(form, name, getattr(start, name))
        self.risk_grid = QGridLayout()
        self.risk_heads = [QLabel(self) for _ in range(3)]
        for column, head in enumerate(self.risk_heads):
            self.risk_grid.addWidget(head, 0, column)
        self.risk_grid.setColumnStretch(0, 1)
        self.risk_rows: list[tuple[QLineEdit, QComboBox, QComboBox]] = []
        for risk in start.risks:
            self._add_risk(risk)
        while len(self.risk_rows) < MIN_RISK_ROWS:
            self._add_risk(DpiaRisk())
        self.add_risk_button = QPushButton(self)
        self.add_risk_button.clicked.connect(lambda: self._add_risk(DpiaRisk()))
        risks = QWidget(self)
        risks_column = QVBoxLayout(risks)
        risks_column.setContentsMargins(0, 0, 0, 0)
        risks_column.addLayout(self.risk_grid)
        risks_column.addWidget(self.add_risk_button)
        self._row(form, "risks", risks)
        self.editors["measures"] = self._text(form, "measures", start.measures)
        self.residual = choice(self, LEVEL_LABELS)
        self.residual.setCurrentIndex(self.residual.findData(start.residual_risk.value))
        self._row(form, "residual_risk", self.residual)
        self.decision = choice(self, DECISION_LABELS)
        self.decision.setMinimumContentsLength(20)
        self.decision.setCurrentIndex(self.decision.findData(start.decision.value))
        self._row(form, "decision", self.decision)
        self.assessed_on = date_edit(self, start.assessed_on or today)
        self._row(form, "assessed_on", self.assessed_on)
        review = start.next_review or (start.assessed_on or today).replace(year=today.year + 1)
        self.next_review = date_edit(self, review)
        self._row(form, "next_review", self.next_review)
        self.reviewer = QLineEdit(start.reviewer, self)
        self._row(form, "reviewer", self.reviewer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)

    def _text(self, form: QFormLayout, name: str, value: str) -> QPlainTextEdit:
        editor = text_editor(self, 3)
        editor.setPlainText(value)
        self._row(form, name, editor)
        return editor

    def _row(self, form: QFormLayout, name: str, field: QWidget) -> None:
        add_row(form, name, field, self.labels, self.errors)

    def _add_risk(self, risk: DpiaRisk) -> None:
        row = len(self.risk_rows) + 1
        text = QLineEdit(risk.description, self)
        likelihood = choice(self, LEVEL_LABELS)
        likelihood.setCurrentIndex(likelihood.findData(risk.likelihood.value))
        severity = choice(self, LEVEL_LABELS)
        severity.setCurrentIndex(severity.findData(risk.severity.value))
        for column, widget in enumerate((text, likelihood, severity)):
            self.risk_grid.addWidget(widget, row, column)
        self.risk_rows.append((text, likelihood, severity))
        if hasattr(self, "add_risk_button"):  # rows added later go before the button in Tab
            self.setTabOrder(self.risk_rows[-2][2], text)
            self.setTabOrder(severity, self.add_risk_button)
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Light DPIA (Art 35(7))"))
        texts = {
            "description": self.tr("The processing: &what, whose data, why:"),
            "necessity": self.tr("Necessity and &proportionality:"),
            "risks": self.tr("Risks to the people:"),
            "measures": self.tr("&Measures against the risks:"),
            "residual_risk": self.tr("Residual ris&k:"),
            "decision": self.tr("&Decision:"),
            "assessed_on": self.tr("Assessed &on:"),
            "next_review": self.tr("Ne&xt review:"),
            "reviewer": self.tr("Assessed b&y:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        named = {**self.editors, "residual_risk": self.residual, "decision": self.decision}
        named |= {"assessed_on": self.assessed_on, "next_review": self.next_review}
        name_fields(texts, {**named, "reviewer": self.reviewer})
        heads = (self.tr("Risk"), self.tr("Likelihood"), self.tr("Severity"))
        for head, text in zip(self.risk_heads, heads, strict=True):
            head.setText(text)
        for number, (text, likelihood, severity) in enumerate(self.risk_rows, 1):
            for widget, name in zip((text, likelihood, severity), heads, strict=True):
                widget.setAccessibleName(f"{name} {number}")
            for box in (likelihood, severity):
                translate_choices(box, LEVEL_LABELS)
        self.add_risk_button.setText(self.tr("&Add a risk"))
        translate_choices(self.residual, LEVEL_LABELS)
        translate_choices(self.decision, DECISION_LABELS)

    def dpia(self) -> Dpia:
        """What the form holds; risk rows left empty are not risks."""
        risks = tuple(
            DpiaRisk(text.text(), Level(likelihood.currentData()), Level(severity.currentData()))
            for text, likelihood, severity in self.risk_rows
            if text.text().strip()
        )
        return Dpia(
            self.register_id,
            risks=risks,
            residual_risk=Level(self.residual.currentData()),
            decision=DpiaDecision(self.decision.currentData()),
            assessed_on=date_of(self.assessed_on),
            next_review=date_of(self.next_review),
            reviewer=self.reviewer.text(),
            **{name: editor.toPlainText() for name, editor in self.editors.items()},
        )
