"""Recording what was done about a breach: the notification to the Data Protection Ombudsman
(Art 33) and telling the people affected (Art 34), or the exception that applies."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.breaches import InformExemption, hours_between
from ...domain.validation import ValidationError
from ..errors import FieldMessages, problem_label
from ..style import set_role
from . import names
from .widgets import CountEdit, MomentEdit, text_box


class _RecordDialog(QDialog):
    """A form of labelled rows with a problem label under each and Save / Cancel."""

    def __init__(self, services, view, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.saved = None
        self.body = QWidget(self)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problems: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        set_role(self.intro, "hint")
        self.general_problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.buttons)

    def row(self, name: str, widget: QWidget) -> None:
        holder = QWidget(self.body)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        self.problems[name] = problem_label(holder)
        box.addWidget(self.problems[name])
        label = QLabel(self.body)
        label.setBuddy(widget)
        self.labels[name] = label
        self.form.addRow(label, holder)

    def finish(self) -> None:
        self.messages = FieldMessages(self.problems, self.general_problem)
        self.retranslateUi()
        self.resize(620, self.sizeHint().height())
        # Tab walks the fields from the top, then the buttons (made first, they led the chain).
        fields = [
            widget
            for widget in self.body.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is self  # not a date field's calendar pop-up
            # a spin box's or combo box's own line edit is reached through its owner
            and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
        ]
        chain = fields + self.buttons.buttons()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def record(self):  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.saved = self.record()
        except ValidationError as error:
            self.messages.show(error.problems)
            return
        self.accept()


class NotifyDialog(_RecordDialog):
    def __init__(self, services, view, parent=None) -> None:
        super().__init__(services, view, parent)
        self.setObjectName("NotifyDialog")
        breach = view.breach
        self.at = MomentEdit(self.body)
        self.at.set_moment(breach.authority_notified_at or services.clock.now())
        self.at.dateTimeChanged.connect(self._late_changed)
        self.row("authority_notified_at", self.at)
        self.reference = QLineEdit(breach.authority_reference, self.body)
        self.row("authority_reference", self.reference)
        self.delay_reasons = text_box(self.body, 3)
        self.delay_reasons.setPlainText(breach.delay_reasons)
        self.row("delay_reasons", self.delay_reasons)
        self.phases = QCheckBox(self.body)
        self.phases.setChecked(breach.notified_in_phases)
        self.row("notified_in_phases", self.phases)
        self.finish()
        self._late_changed()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Record the notification to the authority"))
        self.intro.setText(
            self.tr(
                "Notify the Data Protection Ombudsman (tietosuoja.fi, the breach notification "
                "form), then record here when you did and the case number you were given. "
                "The authority had to be notified by %1."
            ).replace("%1", names.when(self.view.due))
        )
        self.labels["authority_notified_at"].setText(self.tr("&Notified:"))
        self.labels["authority_reference"].setText(self.tr("&Case number:"))
        self.labels["delay_reasons"].setText(self.tr("Reasons for the &delay:"))
        self.labels["notified_in_phases"].setText("")
        self.phases.setText(self.tr("Notified in &phases: more information will follow"))
        self.delay_reasons.setPlaceholderText(self.tr("Required when later than 72 hours"))

    def _late_changed(self) -> None:
        late = hours_between(self.view.breach.discovered_at, self.at.moment()) > 72
        self.delay_reasons.setEnabled(late or bool(self.delay_reasons.toPlainText()))

    def record(self):
        return self.services.breaches.record_notification(
            self.view.breach.id,
            self.at.moment(),
            reference=self.reference.text(),
            delay_reasons=self.delay_reasons.toPlainText(),
            in_phases=self.phases.isChecked(),
        )


class InformDialog(_RecordDialog):
    """People told (when, how, how many), or the exception of Art 34(3) that applies."""

    def __init__(self, services, view, parent=None) -> None:
        super().__init__(services, view, parent)
        self.setObjectName("InformDialog")
        breach = view.breach
        self.exemption = QComboBox(self.body)
        for exemption in InformExemption:
            self.exemption.addItem("", exemption)
        self.exemption.setCurrentIndex(list(InformExemption).index(breach.inform_exemption))
        self.exemption.currentIndexChanged.connect(self._exemption_changed)
        self.row("inform_exemption", self.exemption)
        self.at = MomentEdit(self.body)
        self.at.set_moment(breach.people_informed_at or services.clock.now())
        self.row("people_informed_at", self.at)
        self.how = QLineEdit(breach.people_informed_how, self.body)
        self.row("people_informed_how", self.how)
        self.count = CountEdit(self.body)
        linked = len(breach.customer_ids)
        self.count.set_count(breach.people_informed_count or (linked or None))
        self.row("people_informed_count", self.count)
        self.reason = text_box(self.body, 3)
        self.reason.setPlainText(breach.inform_exemption_reason)
        self.row("inform_exemption_reason", self.reason)
        self.finish()
        self._exemption_changed()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Record the people informed"))
        self.intro.setText(
            self.tr(
                "When the risk is high, tell the people affected without undue delay, in plain "
                "language (the letters do this), unless one of the exceptions applies."
            )
        )
        texts = {
            "inform_exemption": self.tr("&Exception:"),
            "people_informed_at": self.tr("&Informed:"),
            "people_informed_how": self.tr("&How:"),
            "people_informed_count": self.tr("How &many:"),
            "inform_exemption_reason": self.tr("&Why the exception applies:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for index in range(self.exemption.count()):
            source = names.EXEMPTIONS[self.exemption.itemData(index)]
            self.exemption.setItemText(index, names.tr(source))
        self.how.setPlaceholderText(self.tr("e.g. by letter, by e-mail"))
        self.count.setSpecialValueText(self.tr("not known"))

    def _exempt(self) -> bool:
        return InformExemption(self.exemption.currentData()) is not InformExemption.NONE

    def _exemption_changed(self) -> None:
        exempt = self._exempt()
        for widget in (self.at, self.how, self.count):
            widget.setEnabled(not exempt)
        self.reason.setEnabled(exempt)

    def record(self):
        exempt = self._exempt()
        return self.services.breaches.record_people_informed(
            self.view.breach.id,
            None if exempt else self.at.moment(),
            how="" if exempt else self.how.text(),
            count=None if exempt else self.count.count(),
            exemption=InformExemption(self.exemption.currentData()),
            exemption_reason=self.reason.toPlainText() if exempt else "",
        )
