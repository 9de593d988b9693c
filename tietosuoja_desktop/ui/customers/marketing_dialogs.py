"""The small dialogs of the customer page's marketing tab: a refusal of one channel (or allowing
it again, or an objection limited to it) with its date, and a consent given or withdrawn with
the exact text, how it was given, when, the evidence file and who recorded it. A withdrawal is
the same dialog as a consent (Art 7(3)): as easy to record as giving it."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.consent_texts import ConsentText
from ...domain.enums import ConsentAction
from ...domain.marketing import ConsentMethod, MarketingChannel
from ...domain.records import ConsentEvent
from ...domain.validation import MAX_LINE_LENGTH
from ...services.marketing import ChoiceKind
from ...translation import translate
from ..errors import problem_label, user_error_text
from ..format import format_date
from .record_tab import date_edit

METHODS = {
    ConsentMethod.WEB_FORM: QT_TRANSLATE_NOOP("MarketingDialogs", "web form"),
    ConsentMethod.PAPER_FORM: QT_TRANSLATE_NOOP("MarketingDialogs", "paper form"),
    ConsentMethod.EMAIL: QT_TRANSLATE_NOOP("MarketingDialogs", "e-mail"),
    ConsentMethod.IN_PERSON: QT_TRANSLATE_NOOP("MarketingDialogs", "in person"),
    ConsentMethod.PHONE: QT_TRANSLATE_NOOP("MarketingDialogs", "phone"),
    ConsentMethod.IMPORT: QT_TRANSLATE_NOOP("MarketingDialogs", "web-shop import"),
    ConsentMethod.OTHER: QT_TRANSLATE_NOOP("MarketingDialogs", "other"),
}
CHOICES = {
    ChoiceKind.REFUSED: QT_TRANSLATE_NOOP("MarketingDialogs", "Refused marketing on %1"),
    ChoiceKind.ALLOWED: QT_TRANSLATE_NOOP("MarketingDialogs", "Allowed marketing on %1 again"),
    ChoiceKind.PROHIBITED: QT_TRANSLATE_NOOP(
        "MarketingDialogs", "Objected to direct marketing on %1 (Art 21(2))"
    ),
}


def _channel(channel: MarketingChannel) -> str:
    return translate("Marketing", channel.label)


class _SmallDialog(QDialog):
    """A form, a problem line and OK/Cancel; ``save()`` returns False to keep it open."""

    def __init__(self, services, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = QFormLayout()
        self.problem = problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def row(self, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)

    def _accept(self) -> None:
        try:
            self.save()
        except (ValueError, OSError, LookupError) as error:
            self.problem.setText(user_error_text(error) or str(error))
            self.problem.show()
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


class ChoiceDialog(_SmallDialog):
    """Record a refusal, allowing again or an objection on one channel, with its date."""

    def __init__(self, services, customer_id: int, channel, kind, parent=None) -> None:
        super().__init__(services, parent)
        self.customer_id, self.channel, self.kind = customer_id, channel, ChoiceKind(kind)
        self.setWindowTitle(
            translate("MarketingDialogs", CHOICES[self.kind]).replace("%1", _channel(channel))
        )
        self.date = date_edit(self, services.clock.today())
        self.row(self.tr("&Date:"), self.date)

    def save(self) -> None:
        on = self.date.date().toPython()
        self.services.marketing.record_choice(self.customer_id, self.channel, self.kind, on)


class ConsentDialog(_SmallDialog):
    """Record a consent given or withdrawn for one purpose, on one channel or on every one."""

    def __init__(self, services, customer_id: int, purpose: str, channel, action, parent=None):
        super().__init__(services, parent)
        self.customer_id, self.purpose = customer_id, purpose
        self.action = ConsentAction(action)
        given = self.action is ConsentAction.GIVEN
        title = self.tr("Record a consent") if given else self.tr("Record a withdrawal of consent")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.purpose_label = QLabel(purpose, self)
        self.purpose_label.setWordWrap(True)
        self.form.addRow(self.tr("Purpose:"), self.purpose_label)
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("every channel"), None)
        for value in MarketingChannel:
            self.channel.addItem(_channel(value), value)
        self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        self.row(self.tr("C&hannel:"), self.channel)
        self.method = QComboBox(self)
        for value, text in METHODS.items():
            self.method.addItem(translate("MarketingDialogs", text), value)
        self.row(self.tr("&Method:"), self.method)
        self.date: QDateEdit = date_edit(self, services.clock.today())
        self.row(self.tr("&Date:"), self.date)
        self.version = QComboBox(self)
        self._language = services.customers.get(customer_id).language
        self._texts: dict = {}
        self._fill_versions()
        self.version.currentIndexChanged.connect(self._version_chosen)
        self.new_version = QPushButton(self.tr("New version…"), self)
        self.new_version.setAutoDefault(False)
        self.new_version.setAccessibleName(self.tr("Add a new version of a consent text"))
        self.new_version.clicked.connect(self._add_version)
        versions = QHBoxLayout()
        versions.setContentsMargins(0, 0, 0, 0)
        versions.addWidget(self.version, 1)
        versions.addWidget(self.new_version)
        holder = QWidget(self)
        holder.setLayout(versions)
        label = QLabel(self.tr("Consent te&xt version:"), self)
        label.setBuddy(self.version)
        self.version.setAccessibleName(self.tr("Consent text version"))
        self.form.addRow(label, holder)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("The exact words the person agreed to")
            if given
            else self.tr("What the person said")
        )
        self.text.setFixedHeight(90)
        self.row(self.tr("&Text:"), self.text)
        self.evidence = QLineEdit(self)
        self.evidence.setReadOnly(True)
        self.choose = QPushButton(self.tr("Choose &file…"), self)
        self.choose.setAutoDefault(False)
        self.choose.setAccessibleName(self.tr("Choose the evidence file"))
        self.choose.clicked.connect(self._choose)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(self.choose)
        holder = QWidget(self)
        holder.setLayout(evidence)
        evidence.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("E&vidence file:"), self)
        label.setBuddy(self.evidence)
        self.evidence.setAccessibleName(self.tr("Evidence file"))
        self.form.addRow(label, holder)
        self.recorded_by = QLineEdit(self)
        self.recorded_by.setMaxLength(MAX_LINE_LENGTH)
        self.row(self.tr("&Recorded by:"), self.recorded_by)
        self.evidence_path: Path | None = None

    def _fill_versions(self, chosen: int | None = None) -> None:
        """The registers' consent text versions, ``chosen`` (an id) selected."""
        names = self.services.customers.register_names()
        self._texts = {text.id: text for text in self.services.consent_texts.list()}
        self.version.clear()
        self.version.addItem(self.tr("not one of the registers' texts"), None)
        for text in self._texts.values():
            self.version.addItem(
                self.tr("%1, version %2 (from %3)")
                .replace("%1", names.get(text.register_id, ""))
                .replace("%2", str(text.version))
                .replace("%3", format_date(text.valid_from)),
                text.id,
            )
        self.version.setCurrentIndex(max(self.version.findData(chosen), 0))

    def _add_version(self) -> None:
        self.text_dialog = ConsentTextDialog(self.services, self)
        self.text_dialog.accepted.connect(lambda: self._fill_versions(self.text_dialog.saved.id))
        self.text_dialog.open()

    def _version_chosen(self) -> None:
        """The chosen version's words, in the person's language, are the text agreed to."""
        text = self._texts.get(self.version.currentData())
        self.text.setReadOnly(text is not None)
        if text is not None:
            self.text.setPlainText(text.in_language(self._language))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the evidence file"))
        if chosen:
            self.set_evidence(Path(chosen))

    def set_evidence(self, path: Path) -> None:
        self.evidence_path = path
        self.evidence.setText(path.name)

    def save(self) -> None:
        day = self.date.date().toPython()
        clock = self.services.clock
        at = clock.now() if day == clock.today() else datetime.combine(day, time(12))
        channel = self.channel.currentData()  # Qt hands the enum back as its text
        self.services.marketing.add_consent(
            ConsentEvent(
                customer_id=self.customer_id,
                action=self.action,
                purpose=self.purpose,
                at=at,
                marketing_channel=MarketingChannel(channel) if channel else None,
                method=ConsentMethod(self.method.currentData()),
                text=self.text.toPlainText().strip(),
                recorded_by=self.recorded_by.text().strip(),
                consent_text_id=self.version.currentData(),
            ),
            evidence_path=self.evidence_path,
        )


class ConsentTextDialog(_SmallDialog):
    """A new version of a register's consent text: the words in Finnish, Swedish and English
    (at least one) and the day it is valid from; earlier versions stay as they were."""

    def __init__(self, services, parent=None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("New version of a consent text"))
        self.setMinimumWidth(460)
        self.saved = None
        self.register = QComboBox(self)
        for register_id, name in sorted(services.customers.register_names().items()):
            self.register.addItem(name, register_id)
        self.row(self.tr("&Register:"), self.register)
        self.valid_from: QDateEdit = date_edit(self, services.clock.today())
        self.row(self.tr("&Valid from:"), self.valid_from)
        self.texts = {}
        for language, label in (
            ("fi", self.tr("&Finnish:")),
            ("sv", self.tr("&Swedish:")),
            ("en", self.tr("&English:")),
        ):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            self.texts[language] = edit
            self.row(label, edit)

    def save(self) -> None:
        if self.register.currentData() is None:
            raise ValueError(self.tr("Add a register first: consent texts belong to one."))
        words = {f"text_{k}": edit.toPlainText() for k, edit in self.texts.items()}
        self.saved = self.services.consent_texts.add(
            ConsentText(self.register.currentData(), 0, self.valid_from.date().toPython(), **words)
        )
