"""The suppression list: e-mail addresses, phone numbers and postal addresses that must never be
sent direct marketing (e.g. what a check against ASML's Robinson service returned, or what a
person asked by letter).

The list is kept as keyed hashes (HMAC-SHA256 with a random secret of the register) of the
normalised value, never the value: it can answer "is this address on the list?" for the
register's own customers, but it is no new list of people's contact details to be read, exported
or leaked. Values are normalised first so the same address written twice gives one key:
e-mail trimmed and lower-cased, a phone number in E.164, a postal address as its street and
postal code in lower case, letters and digits only. Plain Python, no I/O."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from .enums import StrEnum
from .field_rules import MSG_REQUIRED, Problem, problem
from .identifiers import email_problem, normalise_phone, phone_problem, postal_code_problem
from .marketing import MarketingChannel

SECRET_BYTES = 32
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_NOT_WORD = re.compile(r"[\W_]+")


class SuppressionKind(StrEnum):
    """What a suppressed value is; each covers the channels it is the address of."""

    EMAIL = "email"
    PHONE = "phone"  # both SMS and calls
    ADDRESS = "address"  # addressed mail


CHANNEL_KINDS = {
    MarketingChannel.EMAIL: SuppressionKind.EMAIL,
    MarketingChannel.SMS: SuppressionKind.PHONE,
    MarketingChannel.PHONE: SuppressionKind.PHONE,
    MarketingChannel.POST: SuppressionKind.ADDRESS,
}


def normalise_email(text: str) -> str:
    return text.strip().lower()


def normalise_number(text: str) -> str:
    """E.164; a number already in E.164 (the register stores them so) is taken as it is,
    which spares phonenumbers' parsing for each of 100,000 customers."""
    text = text.strip()
    return text if _E164.fullmatch(text) else normalise_phone(text)


def normalise_address(street: str, postal_code: str) -> str:
    """``"Kauppakatu 1 A 2,"`` and ``"00 100"`` -> ``"kauppakatu1a2|00100"``: letters and digits
    only, so "5 B" and "5b" are one address (a rare false match keeps someone off a list, which
    is the safe side)."""
    words = _NOT_WORD.sub("", street.casefold())
    code = _NOT_WORD.sub("", postal_code.casefold())
    return f"{words}|{code}" if words and code else ""


def normalised(kind: SuppressionKind, value: str, postal_code: str = "") -> str:
    """The normal form of a value of ``kind`` ("" when nothing is left of it)."""
    if kind is SuppressionKind.EMAIL:
        return normalise_email(value)
    if kind is SuppressionKind.PHONE:
        return normalise_number(value) if value.strip() else ""
    return normalise_address(value, postal_code)


def value_problems(kind: SuppressionKind, value: str, postal_code: str = "") -> list[Problem]:
    """What is wrong with a value to put on the list (a Finnish street address and postal
    code for an address), by the register's own checks."""
    kind = SuppressionKind(kind)
    if kind is SuppressionKind.EMAIL:
        found = email_problem(value, "email")
    elif kind is SuppressionKind.PHONE:
        found = phone_problem(value, "phone")
    else:
        street = None if _NOT_WORD.sub("", value) else problem("street_address", MSG_REQUIRED)
        return [p for p in (street, postal_code_problem(postal_code, "")) if p is not None]
    return [found] if found is not None else []


# The columns a suppression CSV may have (case and spacing ignored), in en/fi/sv.
CSV_HEADERS = {
    "email": ("email", "e-mail", "sähköposti", "e-post", "epost"),
    "phone": ("phone", "mobile", "puhelin", "puhelinnumero", "matkapuhelin", "telefon"),
    "street_address": (
        "street_address",
        "street",
        "address",
        "katuosoite",
        "osoite",
        "gatuadress",
        "adress",
    ),
    "postal_code": ("postal_code", "zip", "postinumero", "postnummer"),
}


def csv_columns(headers: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what (``email``, ``phone``, ``street_address``, ``postal_code``)."""
    names = {name: what for what, known in CSV_HEADERS.items() for name in known}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        what = names.get(" ".join(header.strip().casefold().split()).replace(" ", "_"))
        if what is not None and what not in found:
            found[what] = index
    return found


def suppression_key(secret: bytes, kind: SuppressionKind, value: str) -> str:
    """The keyed hash of an already normalised value; the kind is part of what is hashed, so
    an e-mail and a phone number never share a key."""
    message = f"{SuppressionKind(kind).value}:{value}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def key_of(secret: bytes, kind: SuppressionKind, value: str, postal_code: str = "") -> str | None:
    """The key of a raw value, or None when it normalises to nothing."""
    value = normalised(kind, value, postal_code)
    return suppression_key(secret, kind, value) if value else None


@dataclass(frozen=True)
class SuppressionList:
    """The register's secret and the keys on its list by kind: which channels a person's
    details are suppressed on. Only kinds with entries are hashed (an export of one channel
    reads only its kind): three keyed hashes per person would be most of a 100,000-customer
    export's time."""

    secret: bytes
    keys: dict[SuppressionKind, frozenset[str]]

    def channels(
        self, email: str, phone: str, street: str, postal_code: str
    ) -> frozenset[MarketingChannel]:
        if not self.keys:
            return frozenset()
        values = {
            SuppressionKind.EMAIL: (email or "", ""),
            SuppressionKind.PHONE: (phone or "", ""),
            SuppressionKind.ADDRESS: (street or "", postal_code or ""),
        }
        listed = {
            kind
            for kind, keys in self.keys.items()
            if keys and key_of(self.secret, kind, *values[kind]) in keys
        }
        if not listed:
            return frozenset()
        return frozenset(channel for channel, kind in CHANNEL_KINDS.items() if kind in listed)
