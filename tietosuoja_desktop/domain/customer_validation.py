"""Checks and normal forms of a customer and of the business profile: every text by its rule
(names must hold a letter), identifiers and contact details in their normal forms, the birth
date agreeing with the personal identity code. Every problem is reported at once, in the order
of the record's fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date

from .enums import CustomerKind
from .field_rules import (
    LINE,
    LONG_TEXT,
    MSG_DATE_IN_FUTURE,
    MSG_REQUIRED,
    NAME,
    Problem,
    TextRule,
    clean_texts,
    date_problem,
    in_field_order,
)
from .field_rules import (
    problem as _problem,
)
from .i18n import QT_TRANSLATE_NOOP
from .identifiers import (
    business_id_problem,
    check_personal_id,
    email_problem,
    normalise_business_id,
    normalise_email,
    normalise_personal_id,
    normalise_phone,
    phone_problem,
    postal_code_problem,
)
from .records import CUSTOMER_LINE_FIELDS, CUSTOMER_NAME_FIELDS, ControllerProfile, Customer

EARLIEST_BIRTH_DATE = date(1900, 1, 1)

MSG_PERSON_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a first name or a last name.")
MSG_ORGANISATION_NAME = QT_TRANSLATE_NOOP("Validation", "Enter the name of the organisation.")
MSG_BUSINESS_ID_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the business ID (Y-tunnus).")
MSG_BIRTH_DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The birth date cannot be before %1.")
MSG_BIRTH_DATE_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "The birth date does not match the personal identity code."
)


class _Cleaner:
    """Cleans the text fields of a record by their rules and remembers which passed them."""

    def __init__(self, record: object, rules: dict[str, TextRule]) -> None:
        self.values, self.problems = clean_texts(record, rules)

    def given(self, name: str) -> bool:
        """Non-empty and free of plain-text problems, so worth checking further."""
        return bool(self.values[name]) and all(p.field != name for p in self.problems)

    def check(self, name: str, problem: Problem | None, normalise: Callable[[str], str]) -> None:
        if problem:
            self.problems.append(problem)
        else:
            self.values[name] = normalise(self.values[name])

    def require(self, name: str, source: str) -> None:
        if not self.values[name]:
            self.problems.append(_problem(name, source))

    def check_emails(self, *names: str) -> None:
        for name in names:
            if self.given(name):
                self.check(name, email_problem(self.values[name], name), normalise_email)

    def check_phones(self, *names: str) -> None:
        for name in names:
            if self.given(name):
                self.check(name, phone_problem(self.values[name], name), normalise_phone)

    def check_postal_code(self) -> None:
        if self.given("postal_code"):
            country = self.values["country"]
            self.check("postal_code", postal_code_problem(self.values["postal_code"], country), str)

    def check_business_id(self) -> None:
        if self.given("business_id"):
            problem = business_id_problem(self.values["business_id"])
            self.check("business_id", problem, normalise_business_id)


# Names must hold a letter; every other one-line text has the plain line rules.
_CUSTOMER_RULES = {
    **{name: NAME if name in CUSTOMER_NAME_FIELDS else LINE for name in CUSTOMER_LINE_FIELDS},
    "notes": LONG_TEXT,
}


def _birth_date_problem(field: str, born: date, today: date) -> Problem | None:
    if born > today:
        return _problem(field, MSG_DATE_IN_FUTURE)
    if born < EARLIEST_BIRTH_DATE:
        return _problem(field, MSG_BIRTH_DATE_TOO_EARLY, EARLIEST_BIRTH_DATE.year)
    return None


def clean_customer(
    customer: Customer, *, today: date | None = None
) -> tuple[Customer, list[Problem]]:
    """A copy with trimmed text, E.164 phone, normal e-mail, business ID and personal identity
    code (the birth date filled in from it when missing), and every problem found.
    Windows line ends in the notes become ``\\n``."""
    today = date.today() if today is None else today
    cleaner = _Cleaner(customer, _CUSTOMER_RULES)
    values = cleaner.values

    if customer.kind == CustomerKind.ORGANISATION:
        cleaner.require("organisation", MSG_ORGANISATION_NAME)
    elif not values["first_name"] and not values["last_name"]:
        cleaner.problems.append(_problem("first_name", MSG_PERSON_NAME))
    cleaner.check_business_id()
    cleaner.check_postal_code()
    cleaner.check_phones("phone")
    cleaner.check_emails("email")

    id_birth_date = None
    if cleaner.given("personal_id"):
        problem, id_birth_date = check_personal_id(values["personal_id"], "personal_id")
        cleaner.check("personal_id", problem, normalise_personal_id)

    birth_date = customer.birth_date
    if birth_date is not None:
        problem = _birth_date_problem("birth_date", birth_date, today)
        if problem:
            cleaner.problems.append(problem)
        elif id_birth_date is not None and id_birth_date != birth_date:
            cleaner.problems.append(_problem("birth_date", MSG_BIRTH_DATE_MISMATCH))
    elif id_birth_date is not None:
        birth_date = id_birth_date
        problem = _birth_date_problem("personal_id", birth_date, today)
        if problem:
            cleaner.problems.append(problem)

    if customer.customer_since is not None:
        problem = date_problem("customer_since", customer.customer_since, today)
        if problem:
            cleaner.problems.append(problem)

    cleaned = replace(customer, **values, birth_date=birth_date)
    return cleaned, in_field_order(cleaner.problems, Customer)


_CONTROLLER_NAMES = ("name", "contact_name", "dpo_name")
_CONTROLLER_RULES = {
    f.name: NAME if f.name in _CONTROLLER_NAMES else LINE
    for f in fields(ControllerProfile)
    if f.type == "str"
}


def clean_controller(profile: ControllerProfile) -> tuple[ControllerProfile, list[Problem]]:
    """A copy with trimmed text and normal identifiers, phones and e-mails, and every problem.
    The business ID is required: every sole trader has one."""
    cleaner = _Cleaner(profile, _CONTROLLER_RULES)
    cleaner.require("name", MSG_REQUIRED)
    cleaner.require("business_id", MSG_BUSINESS_ID_REQUIRED)
    cleaner.check_business_id()
    cleaner.check_postal_code()
    cleaner.check_phones("phone", "contact_phone", "dpo_phone")
    cleaner.check_emails("email", "contact_email", "dpo_email")
    cleaned = replace(profile, **cleaner.values)
    return cleaned, in_field_order(cleaner.problems, ControllerProfile)
