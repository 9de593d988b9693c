"""The yearly security review (Art 32) from the Registers page: the date, reviewer and next
review, the registers it covers, where the backups are, then each risk of a one-person business
with the measures in place and the residual risk. It starts from the previous review's answers
(a yearly review mostly confirms them); the register's own encryption can be ticked only while
the register is encrypted. Saved through the services; on an error every problem shows under
its field and nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.dpia import LEVEL_LABELS
from ..domain.security_review import (
    MEASURES,
    RISKS,
    Measure,
    RiskReview,
    SecurityReview,
    months_later,
)
from .dpia_form import choice, date_edit, date_of, translate_choices
from .errors import problem_label
from .form_rows import add_row, frame_form, name_fields, save_or_show
from .screens import resize_within_screen
from .style import heading, set_role

CONTEXT = "SecurityReview"  # the risks' and measures' texts (domain/security_review.py)
MEASURE_COLUMNS = 2


def _started(services) -> SecurityReview:
    """A new review: today's dates and every register, the previous review's answers."""
    blank = services.security.blank()
    previous = services.security.latest()
    if previous is None:
        return blank
    return replace(
        blank, reviewer=previous.reviewer, backups=previous.backups, risks=previous.risks
    )


class _RiskRow:
    """One risk's widgets: its heading, a check box per measure, other measures, residual."""

    def __init__(self, parent: QWidget, column: QVBoxLayout, given: RiskReview | None) -> None:
        self.head = QLabel(parent)
        self.head.setWordWrap(True)
        heading(self.head, 1.05)
        column.addWidget(self.head)
        grid = QGridLayout()
        self.measures: dict[Measure, QCheckBox] = {}
        for index, measure in enumerate(MEASURES):
            box = QCheckBox(parent)
            box.setChecked(given is not None and measure in given.measures)
            grid.addWidget(box, index // MEASURE_COLUMNS, index % MEASURE_COLUMNS)
            self.measures[measure] = box
        column.addLayout(grid)
        line = QGridLayout()
        self.other = QLineEdit(given.other if given else "", parent)
        self.residual_label = QLabel(parent)
        self.residual = choice(parent, LEVEL_LABELS)
        if given is not None:
            self.residual.setCurrentIndex(self.residual.findData(given.residual.value))
        self.residual_label.setBuddy(self.residual)
        line.addWidget(self.other, 0, 0)
        line.addWidget(self.residual_label, 0, 1)
        line.addWidget(self.residual, 0, 2)
        line.setColumnStretch(0, 1)
        column.addLayout(line)
        self.error = problem_label(parent)
        column.addWidget(self.error)


class SecurityReviewDialog(QDialog):
    """``saved`` holds the review as the service kept it, after Save."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SecurityReviewDialog")
        self.services = services
        self.saved: SecurityReview | None = None
        start = _started(services)
        self.encrypted = start.app_encrypted
        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        content = QWidget(self)
        column = QVBoxLayout(content)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}
        self.reviewed_on = date_edit(content, start.reviewed_on)
        self.reviewed_on.dateChanged.connect(self._follow_reviewed_on)
        self.next_review = date_edit(content, start.next_review)
        self.reviewer = QLineEdit(start.reviewer, content)
        self.registers = QWidget(content)
        boxes = QVBoxLayout(self.registers)
        boxes.setContentsMargins(0, 0, 0, 0)
        self.register_boxes: dict[int, QCheckBox] = {}
        for register in services.registers.list():
            box = QCheckBox(register.name, self.registers)
            box.setChecked(register.id in start.register_ids)
            boxes.addWidget(box)
            self.register_boxes[register.id] = box
        self.backups = QLineEdit(start.backups, content)
        self.fields = {
            "reviewed_on": self.reviewed_on,
            "reviewer": self.reviewer,
            "next_review": self.next_review,
            "register_ids": self.registers,
            "backups": self.backups,
        }
        for name, field in self.fields.items():
            add_row(form, name, field, self.labels, errors)
        column.addLayout(form)
        self.encryption = QLabel(content)
        self.encryption.setWordWrap(True)
        if not self.encrypted:
            set_role(self.encryption, "warning")
        column.addWidget(self.encryption)
        self.risks_head = QLabel(content)
        heading(self.risks_head, 1.1)
        column.addWidget(self.risks_head)
        self.rows = {risk: _RiskRow(content, column, start.risk(risk)) for risk in RISKS}
        for risk, row in self.rows.items():
            errors[f"risks.{risk}"] = row.error
            row.measures[Measure.APP_ENCRYPTION].setEnabled(self.encrypted)
        column.addStretch(1)
        frame_form(self, [self.title, self.intro], content, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 110, metrics.height() * 46)

    def _follow_reviewed_on(self, day: QDate) -> None:
        """The next review follows the review's date: a year on."""
        after = months_later(date_of(self.reviewed_on))
        self.next_review.setDate(QDate(after.year, after.month, after.day))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Security review"))
        self.title.setText(self.tr("Yearly security review (Art 32)"))
        self.intro.setText(
            self.tr(
                "Go through the risks that matter to a one-person business once a year: tick "
                "the measures in place against each, add others in your own words and judge "
                "the risk that remains. The review starts from the previous one's answers."
            )
        )
        texts = {
            "reviewed_on": self.tr("Reviewed &on:"),
            "reviewer": self.tr("Reviewed &by:"),
            "next_review": self.tr("&Next review by:"),
            "register_ids": self.tr("Registers covered:"),
            "backups": self.tr("Where the bac&kups are kept:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        name_fields(texts, {k: v for k, v in self.fields.items() if k != "register_ids"})
        self.backups.setPlaceholderText(self.tr("e.g. an external disk kept at home, weekly"))
        self.encryption.setText(
            self.tr("The register file is encrypted.")
            if self.encrypted
            else self.tr(
                "The register file is not encrypted: its own encryption cannot be counted as a "
                "measure (turn it on under Settings)."
            )
        )
        self.risks_head.setText(self.tr("Risks and the measures in place"))
        for risk, row in self.rows.items():
            said = QCoreApplication.translate(CONTEXT, RISKS[risk])
            row.head.setText(said)
            for measure, box in row.measures.items():
                named = QCoreApplication.translate(CONTEXT, MEASURES[measure])
                box.setText(named)
                box.setAccessibleName(f"{named}: {said}")
            row.other.setPlaceholderText(self.tr("Other measures"))
            row.other.setAccessibleName(self.tr("Other measures: %1").replace("%1", said))
            row.residual_label.setText(self.tr("Residual risk:"))
            row.residual.setAccessibleName(self.tr("Residual risk: %1").replace("%1", said))
            translate_choices(row.residual, LEVEL_LABELS)

    def review(self) -> SecurityReview:
        """What the form holds."""
        risks = tuple(
            RiskReview(
                risk,
                tuple(m for m, box in row.measures.items() if box.isChecked()),
                row.other.text(),
                row.residual.currentData(),
            )
            for risk, row in self.rows.items()
        )
        return SecurityReview(
            reviewed_on=date_of(self.reviewed_on),
            reviewer=self.reviewer.text(),
            next_review=date_of(self.next_review),
            register_ids=tuple(rid for rid, box in self.register_boxes.items() if box.isChecked()),
            backups=self.backups.text(),
            risks=risks,
        )

    def save(self) -> None:
        saved = save_or_show(self, lambda: self.services.security.record(self.review()))
        if saved is not None:
            self.saved = saved
            self.accept()
