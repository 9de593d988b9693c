"""The business profile form (the controller, GDPR Art 4(7)), used by the first-run wizard and
the settings page. The Y-tunnus is checked as it is typed; e-mail addresses, phone numbers and
the postal code when the field is left. Messages appear under their field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.records import ControllerProfile
from ..domain.validation import (
    MAX_LINE_LENGTH,
    Problem,
    business_id_problem,
    clean_controller,
    email_problem,
    format_phone,
    phone_problem,
    postal_code_problem,
)
from .errors import FieldMessages, problem_label, set_message
from .style import set_role

FIELDS = (
    "name",
    "business_id",
    "street_address",
    "postal_code",
    "city",
    "phone",
    "email",
    "website",
    "contact_name",
    "contact_phone",
    "contact_email",
)
REQUIRED = ("name", "business_id")


class ProfileForm(QWidget):
    completeChanged = Signal()  # noqa: N815 - Qt spelling, as QWizardPage's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = ControllerProfile(name="")
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in FIELDS:
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_LINE_LENGTH)
            edit.setObjectName(key)
            label = QLabel(self)
            label.setBuddy(edit)
            error = problem_label(self)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(error)
            if key == "contact_name":
                self.contact_heading = set_role(QLabel(self), "hint")
                self.contact_heading.setWordWrap(True)
                form.addRow(self.contact_heading)
            form.addRow(label, cell)
            self.edits[key] = edit
            self.labels[key] = label
            errors[key] = error
        self.messages = FieldMessages(errors)
        self.edits["business_id"].textChanged.connect(self._check_business_id)
        for key in ("name", "business_id"):
            self.edits[key].textChanged.connect(self.completeChanged)
        for key in ("postal_code", "phone", "email", "contact_phone", "contact_email"):
            self.edits[key].editingFinished.connect(lambda key=key: self._check_field(key))
            self.edits[key].textChanged.connect(lambda _text, key=key: self._recheck(key))
        self.edits["business_id"].setMaxLength(12)
        self.edits["postal_code"].setMaxLength(12)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {
            "name": self.tr("Business na&me:"),
            "business_id": self.tr("Business &ID (Y-tunnus):"),
            "street_address": self.tr("&Street address:"),
            "postal_code": self.tr("&Postal code:"),
            "city": self.tr("&City:"),
            "phone": self.tr("Phone n&umber:"),
            "email": self.tr("E-mai&l:"),
            "website": self.tr("&Website:"),
            "contact_name": self.tr("Con&tact person:"),
            "contact_phone": self.tr("Contact person's phone:"),
            "contact_email": self.tr("Contact person's e-mail:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            self.edits[key].setAccessibleName(text.replace("&", "").rstrip(":"))
        self.contact_heading.setText(
            self.tr("Who answers questions about privacy (leave empty if it is you, as above):")
        )
        self.edits["business_id"].setPlaceholderText(self.tr("e.g. 1234567-8"))
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 040 123 4567"))
        self.edits["email"].setPlaceholderText(self.tr("e.g. info@example.fi"))
        self._check_business_id(self.edits["business_id"].text())

    # -- content -------------------------------------------------------------------------

    def set_profile(self, profile: ControllerProfile) -> None:
        self._profile = profile
        for key, edit in self.edits.items():
            value = getattr(profile, key)
            # Phones are stored as +358...; people read and type them as 040 123 4567.
            edit.setText(format_phone(value) if key.endswith("phone") and value else value)
        self.messages.clear()

    def profile(self) -> ControllerProfile:
        return replace(self._profile, **{key: edit.text() for key, edit in self.edits.items()})

    def is_complete(self) -> bool:
        """The required fields are filled and the business ID is valid."""
        values = self.profile()
        return bool(values.name.strip()) and business_id_problem(values.business_id) is None

    def problems(self) -> list[Problem]:
        """Every problem with the form, shown under the fields."""
        problems = clean_controller(self.profile())[1]
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        set_role(self.messages.labels["business_id"], "error")
        self.messages.show(problems)
        if not any(problem.field == "business_id" for problem in problems):
            self._check_business_id(self.edits["business_id"].text())

    # -- checks as typed -----------------------------------------------------------------

    def _check_business_id(self, text: str) -> None:
        compact = "".join(text.split())
        # Tell about a wrong check digit or format as soon as the number is long enough to judge;
        # while it is still being typed, only a character that can never belong is an error.
        judge = len(compact) >= 8 or any(ch not in "0123456789-" for ch in compact)
        problem = business_id_problem(text) if compact else None
        label = self.messages.labels["business_id"]
        if compact and problem is None:
            set_role(label, "hint")
            set_message(label, "✓ " + self.tr("The business ID is valid."))
            return
        set_role(label, "error")
        self.messages.set_one("business_id", problem if judge else None)

    def _field_problem(self, key: str) -> Problem | None:
        text = self.edits[key].text()
        if not text.strip():
            return None
        if key == "postal_code":
            return postal_code_problem(text, self._profile.country, key)
        if key.endswith("phone"):
            return phone_problem(text, key)
        return email_problem(text, key)

    def _check_field(self, key: str) -> None:
        self.messages.set_one(key, self._field_problem(key))

    def _recheck(self, key: str) -> None:
        """While typing, only take a message away once the value has become right."""
        label = self.messages.label_for(key)
        if label is not None and label.text() and self._field_problem(key) is None:
            self.messages.set_one(key, None)
