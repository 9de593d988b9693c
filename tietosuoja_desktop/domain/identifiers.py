"""Finnish identifiers and contact details as people type them: the Y-tunnus, the
henkilötunnus, phone numbers, e-mail addresses and postal codes. Each has a ``*_problem`` check
(its own message per way of being wrong) and a normal form to store.

Everything here works offline: e-mail domains are never looked up."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.fi import hetu, ytunnus

from .field_rules import Problem, ValidationError
from .field_rules import problem as _problem
from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import phonenumbers

MSG_BUSINESS_ID_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "A business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8."
)
MSG_BUSINESS_ID_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "The check digit of the business ID is wrong; check the number."
)
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


def check_personal_id(text: str, field: str) -> tuple[Problem | None, date | None]:
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
    return check_personal_id(text, field)[0]


def birth_date_from_personal_id(text: str) -> date:
    """The birth date in a valid personal identity code; :class:`ValidationError` otherwise."""
    problem, born = check_personal_id(text, "personal_id")
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
    import phonenumbers  # phonenumbers' metadata (about 50 ms) only when a phone is checked

    number = _parse_phone(text, region)
    if number is None or not phonenumbers.is_valid_number(number):
        return text.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_problem(text: str, field: str = "phone", region: str = "FI") -> Problem | None:
    import phonenumbers  # phonenumbers' metadata (about 50 ms) only when a phone is checked

    number = _parse_phone(text, region)
    if number is None or not phonenumbers.is_possible_number(number):
        return _problem(field, MSG_PHONE_FORMAT)
    if not phonenumbers.is_valid_number(number):
        return _problem(field, MSG_PHONE_INVALID)
    return None


def _grouped(digits: str) -> str:
    """A subscriber number in the Finnish grouping: the last four digits apart from seven digits
    up (``328 1986``, ``1234 5678``), the last three below (``12 345``, ``123 456``)."""
    if len(digits) <= 4:
        return digits
    tail = 4 if len(digits) >= 7 else 3
    return f"{_grouped(digits[:-tail])} {digits[-tail:]}"


def format_phone(e164: str, international: bool = False) -> str:
    """For display and print: a Finnish (or Åland) number in the national grouping
    (``040 328 1986``, ``09 123 4567``), or with ``international`` as ``+358 40 328 1986``;
    other countries' numbers internationally (``+46 70 123 45 67``); text that is no phone
    number comes back as is."""
    import phonenumbers  # phonenumbers' metadata (about 50 ms) only when a phone is checked

    number = _parse_phone(e164, "FI")
    if number is None or not phonenumbers.is_possible_number(number):
        return e164
    style = phonenumbers.PhoneNumberFormat
    area = phonenumbers.length_of_national_destination_code(number)
    if number.country_code != 358 or not area:
        national = number.country_code == 358 and not international
        return phonenumbers.format_number(
            number, style.NATIONAL if national else style.INTERNATIONAL
        )
    significant = phonenumbers.national_significant_number(number)
    grouped = f"{significant[:area]} {_grouped(significant[area:])}"
    return f"+358 {grouped}" if international else f"0{grouped}"


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


def first_email(text: str) -> str:
    """The first well-formed e-mail address among the words of ``text`` ("" when none)."""
    for word in re.split(r"[\s,;<>()]+", text):
        if "@" in word and _validated_email(word) is not None:
            return word
    return ""


def contact_matches(contact: str, email: str, phone: str) -> bool:
    """Whether the contact a request came from (an e-mail address or a phone number, perhaps
    among other words) is the e-mail or phone the register holds for the person."""
    email = email.strip().casefold()
    phone = normalise_phone(phone) if phone.strip() else ""
    for word in re.split(r"[\s,;<>]+", contact):
        if email and "@" in word and normalise_email(word).casefold() == email:
            return True
    if not phone:
        return False
    for part in (contact, *contact.splitlines(), *re.split(r"[,;]", contact)):
        digits = re.sub(r"[^0-9+]", "", part)
        if len(digits) >= 6 and normalise_phone(digits) == phone:
            return True
    return False


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
