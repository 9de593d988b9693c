"""The decision on a data protection officer (Art 37) from the Registers page: the three
Art 37(1) questions answered with the reasoning, the conclusion (suggested by the answers) and
the day, and the DPO's contact when one is appointed (kept in the business details, where the
privacy statements read it). Saved through the services in one transaction; on an error every
problem shows under its field and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.dpo_decision import (
    CONCLUSIONS,
    QUESTIONS,
    DpoAnswer,
    DpoConclusion,
    DpoContact,
    DpoDecision,
)
from .dpia_form import choice, date_edit, date_of
from .errors import problem_label
from .form_rows import (
    UNANSWERED,
    YES,
    add_row,
    answer_fields,
    frame_form,
    name_answer,
    name_fields,
    save_or_show,
)
from .screens import resize_within_screen
from .style import heading

CONTEXT = "DpoDecision"  # the questions' and conclusions' texts (domain/dpo_decision.py)


class DpoDialog(QDialog):
    """``saved`` holds the decision as the service kept it, after Save."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DpoDialog")
        self.services = services
        self.saved: DpoDecision | None = None
        today = services.clock.today()
        start = services.dpo.get() or DpoDecision(decided_on=today)
        contact = services.dpo.contact()
        self.title = QLabel(self)
        heading(self.title, 1.2)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        content = QWidget(self)
        column = QVBoxLayout(content)
        errors: dict[str, QLabel] = {}
        self.questions = {}
        for question in QUESTIONS:
            given = start.answer(question)
            text = QLabel(content)
            text.setWordWrap(True)
            applies = given.applies if given is not None else None
            answer, reasoning = answer_fields(
                content, applies, given.reasoning if given else "", self._suggest
            )
            row = QFormLayout()
            row.addRow(text)
            row.addRow(answer, reasoning)
            column.addLayout(row)
            errors[f"answers.{question}"] = problem_label(content)
            column.addWidget(errors[f"answers.{question}"])
            self.questions[question] = (text, answer, reasoning)
        self.labels: dict[str, QLabel] = {}
        self.conclusion = choice(content, CONCLUSIONS)
        self.conclusion.setMinimumContentsLength(24)
        self.conclusion.setCurrentIndex(self.conclusion.findData(start.conclusion.value))
        self.decided_on = date_edit(content, start.decided_on or today)
        self.contact_head = QLabel(content)
        self.contact_head.setWordWrap(True)
        self.fields = {
            "conclusion": self.conclusion,
            "decided_on": self.decided_on,
            "dpo_name": QLineEdit(contact.name, content),
            "dpo_email": QLineEdit(contact.email, content),
            "dpo_phone": QLineEdit(contact.phone, content),
        }
        form = QFormLayout()
        for name, field in self.fields.items():
            if name == "dpo_name":
                column.addLayout(form)
                column.addWidget(self.contact_head)
                form = QFormLayout()
            add_row(form, name, field, self.labels, errors)
        column.addLayout(form)
        errors["dpo"] = errors["dpo_name"]
        column.addStretch(1)
        frame_form(self, [self.title, self.intro], content, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 100, metrics.height() * 40)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Data protection officer"))
        self.title.setText(self.tr("Is a data protection officer needed? (Art 37)"))
        self.intro.setText(
            self.tr(
                "A data protection officer is required only when one of these three applies. "
                "Answer each and say why: the Art 30 record prints the reasoning."
            )
        )
        for question, (text, answer, reasoning) in self.questions.items():
            said = QCoreApplication.translate(CONTEXT, QUESTIONS[question])
            text.setText(said)
            name_answer(answer, reasoning, said)
        for index, source in enumerate(CONCLUSIONS.values()):
            self.conclusion.setItemText(index, QCoreApplication.translate(CONTEXT, source))
        texts = {
            "conclusion": self.tr("&Conclusion:"),
            "decided_on": self.tr("Decided &on:"),
            "dpo_name": self.tr("DPO's &name:"),
            "dpo_email": self.tr("DPO's e-&mail:"),
            "dpo_phone": self.tr("DPO's &phone:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        name_fields(texts, self.fields)
        self.contact_head.setText(
            self.tr(
                "When one is appointed, give the DPO's contact: it is published in the privacy "
                "statements and told to the Data Protection Ombudsman (Art 37(7))."
            )
        )

    def _suggest(self, *_args) -> None:
        """A yes makes one required; all answered no, the choice is the user's again."""
        answers = [a.currentIndex() for _, a, _ in self.questions.values()]
        if YES in answers:
            wanted = DpoConclusion.REQUIRED
        elif self.conclusion.currentData() == DpoConclusion.REQUIRED.value:
            wanted = DpoConclusion.NOT_REQUIRED
        else:
            return
        self.conclusion.setCurrentIndex(self.conclusion.findData(wanted.value))

    def decision(self) -> DpoDecision:
        answers = tuple(
            DpoAnswer(question, answer.currentIndex() == YES, reasoning.text())
            for question, (_, answer, reasoning) in self.questions.items()
            if answer.currentIndex() != UNANSWERED
        )
        conclusion = DpoConclusion(self.conclusion.currentData())
        return DpoDecision(answers, conclusion, date_of(self.decided_on))

    def contact(self) -> DpoContact:
        return DpoContact(*(self.fields[f"dpo_{n}"].text() for n in ("name", "email", "phone")))

    def save(self) -> None:
        saved = save_or_show(self, lambda: self.services.dpo.save(self.decision(), self.contact()))
        if saved is not None:
            self.saved = saved
            self.accept()
