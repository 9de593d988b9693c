"""One processor or other recipient, new or changed: its name, service, the data it handles,
country, transfer mechanism, contract and review dates, and the registers it serves as
checkboxes. Saved through the services in one step (links included); on an error every problem
shows under its field and nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.csv_values import parse_typed_date
from ..domain.field_rules import Problem
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.processors import MECHANISM_LABELS, Processor, TransferMechanism
from ..domain.validation import ValidationError
from .form_rows import add_row, frame_form, name_fields, save_or_show
from .format import format_date
from .screens import resize_within_screen
from .style import heading

TEXTS = ("name", "service", "data", "country")
DATES = ("contract_on", "review_on")
MSG_DATE = QT_TRANSLATE_NOOP(
    "ProcessorDialog", "Write the date as day.month.year, e.g. 31.1.2026, or leave it empty."
)


class ProcessorDialog(QDialog):
    """``saved`` holds the processor as the service saved it, after Save."""

    def __init__(self, services, processor: Processor | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ProcessorDialog")
        self.services = services
        self.processor = processor or Processor()
        self.saved: Processor | None = None
        self.title = QLabel(self)
        heading(self.title, 1.2)

        content = QWidget(self)
        form = QFormLayout(content)
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        for name in TEXTS:
            edit = QLineEdit(getattr(self.processor, name), content)
            self.fields[name] = edit
        self.mechanism = QComboBox(content)
        self.mechanism.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mechanism.setMinimumContentsLength(20)
        for mechanism in MECHANISM_LABELS:
            self.mechanism.addItem("", mechanism.value)
        self.mechanism.setCurrentIndex(self.mechanism.findData(self.processor.mechanism.value))
        self.fields["mechanism"] = self.mechanism
        for name in DATES:
            self.fields[name] = QLineEdit(format_date(getattr(self.processor, name)), content)
        self.registers = QWidget(content)
        boxes = QVBoxLayout(self.registers)
        boxes.setContentsMargins(0, 0, 0, 0)
        self.register_boxes: dict[int, QCheckBox] = {}
        for register in services.registers.list():
            box = QCheckBox(register.name, self.registers)
            box.setChecked(register.id in self.processor.register_ids)
            boxes.addWidget(box)
            self.register_boxes[register.id] = box
        self.no_registers = QLabel(self.registers)
        self.no_registers.setWordWrap(True)
        self.no_registers.setVisible(not self.register_boxes)
        boxes.addWidget(self.no_registers)
        for name, field in self.fields.items():
            add_row(form, name, field, self.labels, errors)
        add_row(form, "register_ids", self.registers, self.labels, errors)
        frame_form(self, [self.title], content, errors)
        self.retranslate_ui()
        metrics = self.fontMetrics()
        resize_within_screen(self, metrics.averageCharWidth() * 90, metrics.height() * 34)

    def retranslate_ui(self) -> None:
        new = self.processor.id is None
        self.setWindowTitle(self.tr("New processor") if new else self.tr("Processor"))
        self.title.setText(
            self.tr("A new processor or other recipient")
            if new
            else self.tr("Processor or other recipient")
        )
        texts = {
            "name": self.tr("&Name:"),
            "service": self.tr("Ser&vice it provides:"),
            "data": self.tr("Data it &handles:"),
            "country": self.tr("C&ountry where the data is processed:"),
            "mechanism": self.tr("&Transfer mechanism:"),
            "contract_on": self.tr("Contract si&gned on:"),
            "review_on": self.tr("Next &review on:"),
            "register_ids": self.tr("Registers it serves:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        name_fields(texts, {**self.fields, "register_ids": self.registers})
        for name in DATES:
            self.fields[name].setPlaceholderText(self.tr("d.m.yyyy"))
        self.fields["service"].setPlaceholderText(self.tr("e.g. web shop platform, bookkeeping"))
        self.fields["data"].setPlaceholderText(self.tr("e.g. names, addresses, orders"))
        self.no_registers.setText(self.tr("No registers yet: add one on the Registers page."))
        for index, source in enumerate(MECHANISM_LABELS.values()):
            self.mechanism.setItemText(index, QCoreApplication.translate("Processor", source))

    def processor_in_form(self) -> Processor:
        """What the form holds; a date that is not one raises ValidationError at its field."""
        dates, problems = {}, []
        for name in DATES:
            text = self.fields[name].text().strip()
            dates[name] = parse_typed_date(text) if text else None
            if text and dates[name] is None:
                problems.append(Problem(name, Message("ProcessorDialog", MSG_DATE)))
        if problems:
            raise ValidationError(problems)
        return replace(
            self.processor,
            mechanism=TransferMechanism(self.mechanism.currentData()),
            register_ids=tuple(i for i, box in self.register_boxes.items() if box.isChecked()),
            **{name: self.fields[name].text() for name in TEXTS},
            **dates,
        )

    def _save(self) -> Processor:
        processor = self.processor_in_form()
        if processor.id is None:
            return self.services.processors.add(processor)
        return self.services.processors.update(processor, relink=True)

    def save(self) -> None:
        saved = save_or_show(self, self._save)
        if saved is not None:
            self.saved = saved
            self.accept()
