"""Masked forms of identifiers for lists, reports and logs: enough to recognise a person by,
not enough to misuse. A personal identity code is masked by default wherever it is shown."""

from __future__ import annotations

import re

MASK = "*"

_PERSONAL_ID = re.compile(r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Z]")


def _mask_all_but_first(text: str, keep: int) -> str:
    return text[:keep] + MASK * max(len(text) - keep, 0)


def mask_personal_id(text: str) -> str:
    """``"010190-123A"`` -> ``"010190-****"``: the birth date and century sign stay, the
    individual number and check character go. Text that is not shaped like a personal
    identity code keeps only its first two characters; empty stays empty."""
    code = text.strip()
    if _PERSONAL_ID.fullmatch(code.upper()):
        return code[:7].upper() + MASK * 4
    return _mask_all_but_first(code, 2)


def mask_email(text: str) -> str:
    """``"matti@example.fi"`` -> ``"m***@example.fi"``; without an ``@`` only the first
    character stays. The number of stars does not tell the length of the name."""
    address = text.strip()
    if not address:
        return ""
    local, at, domain = address.rpartition("@")
    if not at or not local:
        return address[:1] + MASK * 3
    return f"{local[:1]}{MASK * 3}@{domain}"


def mask_phone(text: str, region: str = "FI") -> str:
    """``"+358401234567"`` -> ``"+358 40 *** **67"``: country code, area or operator code and
    the last two digits stay. Text that is no phone number keeps only its last two digits."""
    import phonenumbers  # on first use: its metadata is slow to import

    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        return _mask_digits_but_last(text.strip(), 2)
    national = phonenumbers.national_significant_number(number)
    prefix_length = phonenumbers.length_of_national_destination_code(number) or 2
    prefix, rest = national[:prefix_length], national[prefix_length:]
    if len(rest) < 4:  # too short to hide anything and still show two digits
        prefix, rest = "", national
    masked = MASK * (len(rest) - 2) + rest[-2:]
    tail = [masked[:3], masked[3:]] if len(masked) >= 6 else [masked]
    groups = [f"+{number.country_code}", prefix, *tail]
    return " ".join(group for group in groups if group)


def _mask_digits_but_last(text: str, keep: int) -> str:
    digits_seen = 0
    masked = []
    for char in reversed(text):
        if char.isdigit():
            digits_seen += 1
            if digits_seen > keep:
                char = MASK
        masked.append(char)
    return "".join(reversed(masked))
