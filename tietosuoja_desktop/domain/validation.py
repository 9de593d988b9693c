"""Checks and normal forms for what people type into the register: Finnish identifiers (Y-tunnus,
henkilötunnus), phone numbers, e-mail addresses, postal codes and whole records.

Validators collect every problem instead of stopping at the first, so a form can mark all its bad
fields at once; services raise :class:`ValidationError` with the list. Messages never quote the
value that was typed: they end up in logs, and a personal identity code must not.
Everything here works offline: e-mail domains are never looked up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.fi import hetu, ytunnus

from .enums import CustomerKind, LegalBasis
from .i18n import QT_TRANSLATE_NOOP, Message
from .records import ControllerProfile, Customer, RegisterDescription

if TYPE_CHECKING:
    import phonenumbers

MAX_LINE_LENGTH = 200
MAX_NOTES_LENGTH = 5000
EARLIEST_BIRTH_DATE = date(1900, 1, 1)
RETENTION_YEARS_RANGE = (1, 100)

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
MSG_PERSON_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a first name or a last name.")
MSG_ORGANISATION_NAME = QT_TRANSLATE_NOOP("Validation", "Enter the name of the organisation.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The text is too long: at most %1 characters.")
MSG_CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Validation", "The text contains control characters; retype it without them."
)
MSG_BUSINESS_ID_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8."
)
MSG_BUSINESS_ID_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "The check digit of the business ID is wrong; check the number."
)
MSG_BUSINESS_ID_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the business ID (Y-tunnus).")
MSG_PERSONAL_ID_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A personal identity code is written DDMMYYCZZZQ, e.g. 131052-308T."
)
MSG_PERSONAL_ID_DATE = QT_TRANSLATE_NOOP(
    "Validation", "The personal identity code contains a date that does not exist."
)
MSG_PERSONAL_ID_INDIVIDUAL = QT_TRANSLATE_NOOP(
    "Validation", "The individual number of the personal identity code must be between 002 and 899."
)
MSG_PERSONAL_ID_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "The check character of the personal identity code is wrong; check the code."
)
MSG_PHONE_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "Enter a phone number such as 040 123 4567, or with its country code, e.g. +46 70 123 45 67.",
)
MSG_PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "This is not a valid phone number in its country; check the digits."
)
MSG_EMAIL = QT_TRANSLATE_NOOP("Validation", "Enter an e-mail address of the form name@example.fi.")
MSG_POSTAL_CODE_FINLAND = QT_TRANSLATE_NOOP(
    "Validation", "A Finnish postal code is five digits, e.g. 00100."
)
MSG_POSTAL_CODE_OTHER = QT_TRANSLATE_NOOP(
    "Validation", "A postal code has 2 to 12 letters, digits, spaces or hyphens."
)
MSG_DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
MSG_BIRTH_DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The birth date cannot be before %1.")
MSG_BIRTH_DATE_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "The birth date does not match the personal identity code."
)
MSG_REGISTER_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a name for the register.")
MSG_PURPOSE_DESCRIPTION = QT_TRANSLATE_NOOP("Validation", "Describe purpose %1.")
MSG_LEGITIMATE_INTEREST = QT_TRANSLATE_NOOP(
    "Validation",
    "Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).",
)
MSG_TRANSFER_SAFEGUARDS = QT_TRANSLATE_NOOP(
    "Validation", "Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f))."
)
MSG_RETENTION_YEARS = QT_TRANSLATE_NOOP(
    "Validation", "The retention period must be from %1 to %2 years."
)
MSG_NO_PURPOSES = QT_TRANSLATE_NOOP(
    "Validation", "No purposes of processing yet: add at least one with its legal basis."
)
MSG_NO_DATA_CATEGORIES = QT_TRANSLATE_NOOP(
    "Validation", "Describe what personal data the register contains."
)
MSG_NO_SOURCES = QT_TRANSLATE_NOOP(
    "Validation", "Describe where the data comes from, e.g. from the customers themselves."
)
MSG_NO_RECIPIENTS = QT_TRANSLATE_NOOP(
    "Validation", "Name the recipients and regular disclosures, or write that there are none."
)
MSG_NO_RETENTION = QT_TRANSLATE_NOOP(
    "Validation", "Say how long the data is kept, or the criteria for deciding it."
)
MSG_NO_SECURITY_MANUAL = QT_TRANSLATE_NOOP(
    "Validation", "Describe how manual (paper) material is protected, or that there is none."
)
MSG_NO_SECURITY_ELECTRONIC = QT_TRANSLATE_NOOP(
    "Validation", "Describe how electronically processed data is protected."
)
MSG_NO_DATA_SUBJECTS = QT_TRANSLATE_NOOP(
    "Validation", "Say whose data the register holds, e.g. customers and their contact persons."
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field; ``field`` is the record attribute, e.g. ``"email"`` or
    ``"purposes[1].legitimate_interest"`` (indexes count from zero)."""

    field: str
    message: Message

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        return self.message.render(translate)


class ValidationError(ValueError):
    """Raised by the services when a record cannot be saved; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.render()}" for p in self.problems))


def raise_for_problems(problems: Iterable[Problem]) -> None:
    """Raise :class:`ValidationError` when there is at least one problem."""
    problems = tuple(problems)
    if problems:
        raise ValidationError(problems)


def _problem(field: str, source: str, *args: object) -> Problem:
    return Problem(field, Message("Validation", source, tuple(str(arg) for arg in args)))


# --- plain text -----------------------------------------------------------------------------

_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def text_problem(
    text: str, field: str, limit: int = MAX_LINE_LENGTH, *, multiline: bool = False
) -> Problem | None:
    """Length and control characters; multi-line text may hold newlines and tabs."""
    if len(text) > limit:
        return _problem(field, MSG_TOO_LONG, limit)
    allowed = "\n\t" if multiline else ""
    for char in text:
        if char not in allowed and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            return _problem(field, MSG_CONTROL_CHARACTERS)
    return None


def normalise_multiline(text: str) -> str:
    """Windows and old Mac line ends become ``\\n``; surrounding whitespace goes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


# --- Y-tunnus -------------------------------------------------------------------------------

_BUSINESS_ID_INPUT = re.compile(r"([0-9]{7})-?([0-9])")
_BUSINESS_ID = re.compile(r"[0-9]{7}-[0-9]")


def normalise_business_id(text: str) -> str:
    """``" 3354302-8 "`` and ``"33543028"`` become ``"3354302-8"``; anything else is only
    stripped, for :func:`business_id_problem` to report."""
    match = _BUSINESS_ID_INPUT.fullmatch("".join(text.split()))
    return f"{match[1]}-{match[2]}" if match else text.strip()


def business_id_problem(text: str, field: str = "business_id") -> Problem | None:
    """The format (after normalising) and the check digit of a Y-tunnus; empty is a format
    problem, so callers decide whether the field is optional."""
    number = normalise_business_id(text)
    if not _BUSINESS_ID.fullmatch(number):
        return _problem(field, MSG_BUSINESS_ID_FORMAT)
    if not ytunnus.is_valid(number):
        return _problem(field, MSG_BUSINESS_ID_CHECK)
    return None


# --- henkilötunnus --------------------------------------------------------------------------

_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PERSONAL_ID = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{2})([-+A-FU-Y])([0-9]{3})([0-9A-Z])")
_CENTURIES = {"+": 1800, **dict.fromkeys("-UVWXY", 1900), **dict.fromkeys("ABCDEF", 2000)}


def normalise_personal_id(text: str) -> str:
    return text.strip().upper()


def _check_personal_id(text: str, field: str) -> tuple[Problem | None, date | None]:
    code = normalise_personal_id(text)
    match = _PERSONAL_ID.fullmatch(code)
    if not match:
        return _problem(field, MSG_PERSONAL_ID_FORMAT), None
    day, month, year, sign, individual, check = match.groups()
    try:
        born = date(_CENTURIES[sign] + int(year), int(month), int(day))
    except ValueError:
        return _problem(field, MSG_PERSONAL_ID_DATE), None
    # 000-001 were never issued; 900-999 are temporary codes, not identities.
    if not 2 <= int(individual) <= 899:
        return _problem(field, MSG_PERSONAL_ID_INDIVIDUAL), None
    if check not in _CHECK_CHARACTERS:  # G, I, O, Q and Z are never used
        return _problem(field, MSG_PERSONAL_ID_CHECK), None
    try:
        hetu.validate(code)
    except InvalidChecksum:
        return _problem(field, MSG_PERSONAL_ID_CHECK), None
    except StdnumValidationError:  # pragma: no cover - the checks above cover stdnum's own
        return _problem(field, MSG_PERSONAL_ID_FORMAT), None
    return None, born


def personal_id_problem(text: str, field: str = "personal_id") -> Problem | None:
    """Format (DDMMYYCZZZQ, century signs ``+ - A-F U-Y``), a real date, an individual number
    of 002-899 and the modulo-31 check character; each has its own message."""
    return _check_personal_id(text, field)[0]


def birth_date_from_personal_id(text: str) -> date:
    """The birth date in a valid personal identity code; :class:`ValidationError` otherwise."""
    problem, born = _check_personal_id(text, "personal_id")
    if problem is not None:
        raise ValidationError([problem])
    assert born is not None
    return born


# --- phone ----------------------------------------------------------------------------------


def _parse_phone(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers  # on first use: its metadata is slow to import

    try:
        return phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None


def normalise_phone(text: str, region: str = "FI") -> str:
    """E.164 (``"040 123 4567"`` -> ``"+358401234567"``); numbers with a country code keep it.
    A number that is not valid is only stripped, for :func:`phone_problem` to report."""
    import phonenumbers

    number = _parse_phone(text, region)
    if number is None or not phonenumbers.is_valid_number(number):
        return text.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problem(text: str, field: str = "phone", region: str = "FI") -> Problem | None:
    import phonenumbers

    number = _parse_phone(text, region)
    if number is None or not phonenumbers.is_possible_number(number):
        return _problem(field, MSG_PHONE_FORMAT)
    if not phonenumbers.is_valid_number(number):
        return _problem(field, MSG_PHONE_INVALID)
    return None


def format_phone(e164: str) -> str:
    """For display: Finnish (and Åland) numbers as dialled at home (``040 1234567``), others
    internationally (``+46 70 123 45 67``); text that is no phone number comes back as is."""
    import phonenumbers

    number = _parse_phone(e164, "FI")
    if number is None or not phonenumbers.is_possible_number(number):
        return e164
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(
        number, style.NATIONAL if number.country_code == 358 else style.INTERNATIONAL
    )


# --- e-mail ---------------------------------------------------------------------------------


def _validated_email(text: str) -> str | None:
    # Imported on first use: it is slow to import and start-up does not need it.
    from email_validator import EmailNotValidError, validate_email

    try:
        # Syntax only: the app is offline and must never look up a domain.
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def email_problem(text: str, field: str = "email") -> Problem | None:
    """Syntax per email_validator; internationalised addresses (``äiti@example.fi``,
    ``matti@esimerkkiä.fi``) are accepted."""
    return _problem(field, MSG_EMAIL) if _validated_email(text) is None else None


def normalise_email(text: str) -> str:
    """email_validator's normal form: Unicode NFC, domain in lower case (Unicode, not
    punycode), the local part as typed except role names that are case-insensitive by RFC 2142
    (``Info@`` -> ``info@``). An invalid address is only stripped."""
    return _validated_email(text) or text.strip()


# --- postal code ----------------------------------------------------------------------------

_FINLAND_NAMES = frozenset(
    {"", "fi", "fin", "suomi", "finland", "finnland", "finlande", "finlandia"}
    | {"ax", "ala", "åland", "aland", "ahvenanmaa", "åland islands"}
)
_FINNISH_POSTAL_CODE = re.compile(r"[0-9]{5}")
_OTHER_POSTAL_CODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z -]{0,10}[0-9A-Za-z]")


def is_finland(country: str) -> bool:
    """Empty, FI, Suomi, Finland, Finnland... and Åland (AX), which uses Finnish postal codes."""
    return country.strip().casefold() in _FINLAND_NAMES


def postal_code_problem(text: str, country: str, field: str = "postal_code") -> Problem | None:
    code = text.strip()
    if is_finland(country):
        return (
            None
            if _FINNISH_POSTAL_CODE.fullmatch(code)
            else _problem(field, MSG_POSTAL_CODE_FINLAND)
        )
    return None if _OTHER_POSTAL_CODE.fullmatch(code) else _problem(field, MSG_POSTAL_CODE_OTHER)


# --- records --------------------------------------------------------------------------------


def _in_field_order(problems: list[Problem], record_type: type) -> list[Problem]:
    order = {f.name: index for index, f in enumerate(fields(record_type))}
    return sorted(problems, key=lambda p: order.get(p.field.split("[")[0].split(".")[0], 999))


class _Cleaner:
    """Trims the text fields of a record and remembers which passed the plain-text checks."""

    def __init__(self, record: object, line_fields: tuple[str, ...]) -> None:
        self.values: dict[str, str] = {}
        self.problems: list[Problem] = []
        for name in line_fields:
            self.values[name] = getattr(record, name).strip()
            self._check_text(name, MAX_LINE_LENGTH, multiline=False)

    def _check_text(self, name: str, limit: int, *, multiline: bool) -> None:
        problem = text_problem(self.values[name], name, limit, multiline=multiline)
        if problem:
            self.problems.append(problem)

    def add_multiline(self, name: str, text: str, limit: int) -> None:
        self.values[name] = normalise_multiline(text)
        self._check_text(name, limit, multiline=True)

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


# A customer's one-line texts; bulk_validation strips and checks the same ones.
CUSTOMER_LINE_FIELDS = (
    "first_name",
    "last_name",
    "organisation",
    "business_id",
    "street_address",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "personal_id",
)


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
    cleaner = _Cleaner(customer, CUSTOMER_LINE_FIELDS)
    cleaner.add_multiline("notes", customer.notes, MAX_NOTES_LENGTH)
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
        problem, id_birth_date = _check_personal_id(values["personal_id"], "personal_id")
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

    if customer.customer_since is not None and customer.customer_since > today:
        cleaner.problems.append(_problem("customer_since", MSG_DATE_IN_FUTURE))

    cleaned = replace(customer, **values, birth_date=birth_date)
    return cleaned, _in_field_order(cleaner.problems, Customer)


_CONTROLLER_LINE_FIELDS = (
    "name",
    "business_id",
    "street_address",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "website",
    "contact_name",
    "contact_phone",
    "contact_email",
    "dpo_name",
    "dpo_email",
    "dpo_phone",
)


def clean_controller(profile: ControllerProfile) -> tuple[ControllerProfile, list[Problem]]:
    """A copy with trimmed text and normal identifiers, phones and e-mails, and every problem.
    The business ID is required: every sole trader has one."""
    cleaner = _Cleaner(profile, _CONTROLLER_LINE_FIELDS)
    cleaner.require("name", MSG_REQUIRED)
    cleaner.require("business_id", MSG_BUSINESS_ID_REQUIRED)
    cleaner.check_business_id()
    cleaner.check_postal_code()
    cleaner.check_phones("phone", "contact_phone", "dpo_phone")
    cleaner.check_emails("email", "contact_email", "dpo_email")
    cleaned = replace(profile, **cleaner.values)
    return cleaned, _in_field_order(cleaner.problems, ControllerProfile)


def register_problems(register: RegisterDescription) -> list[Problem]:
    """Errors that keep a register description from being saved."""
    problems: list[Problem] = []
    name = register.name.strip()
    if not name:
        problems.append(_problem("name", MSG_REGISTER_NAME))
    elif problem := text_problem(name, "name"):
        problems.append(problem)
    for index, purpose in enumerate(register.purposes):
        if not purpose.description.strip():
            problems.append(
                _problem(f"purposes[{index}].description", MSG_PURPOSE_DESCRIPTION, index + 1)
            )
        if (
            purpose.legal_basis == LegalBasis.LEGITIMATE_INTERESTS
            and not purpose.legitimate_interest.strip()
        ):
            field = f"purposes[{index}].legitimate_interest"
            problems.append(_problem(field, MSG_LEGITIMATE_INTEREST, index + 1))
    if register.transfers_outside_eea and not register.transfer_safeguards.strip():
        problems.append(_problem("transfer_safeguards", MSG_TRANSFER_SAFEGUARDS))
    years = register.retention.years
    low, high = RETENTION_YEARS_RANGE
    if years is not None and not low <= years <= high:
        problems.append(_problem("retention.years", MSG_RETENTION_YEARS, low, high))
    for translation in register.translations:
        where = f"translations.{translation.language.value}.{translation.field}"
        if problem := text_problem(translation.text, where, MAX_NOTES_LENGTH, multiline=True):
            problems.append(problem)
    return problems


_STATEMENT_SECTIONS = (
    ("data_subject_categories", MSG_NO_DATA_SUBJECTS),
    ("data_categories", MSG_NO_DATA_CATEGORIES),
    ("sources", MSG_NO_SOURCES),
    ("recipients", MSG_NO_RECIPIENTS),
    ("retention_text", MSG_NO_RETENTION),
    ("security_manual", MSG_NO_SECURITY_MANUAL),
    ("security_electronic", MSG_NO_SECURITY_ELECTRONIC),
)


def register_warnings(register: RegisterDescription) -> list[Problem]:
    """Sections the privacy statement should have but that are still empty; the register can
    be saved anyway, the window shows these as warnings."""
    warnings = [] if register.purposes else [_problem("purposes", MSG_NO_PURPOSES)]
    for name, source in _STATEMENT_SECTIONS:
        if not getattr(register, name).strip():
            warnings.append(_problem(name, source))
    return _in_field_order(warnings, RegisterDescription)
