"""The rules every typed text and date obeys, and the form a broken rule takes.

A :class:`Problem` names one field and carries a translatable message; validators collect every
problem instead of stopping at the first, so a form can mark all its bad fields at once, and the
services raise :class:`ValidationError` with the list. Messages never quote the value that was
typed: they end up in logs, and a personal identity code must not.

Each kind of text has a maximum length fitting its use (a one-line field, a longer line such as
a description, a text of several paragraphs); control characters are refused except newline and
tab in multi-line texts; names must hold a letter and no bidirectional override. Dates may not
lie in the future, nor before a floor fitting what they date."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date

from .clock import format_date
from .i18n import QT_TRANSLATE_NOOP, Message

MAX_LINE_LENGTH = 200  # a name, an address line, a reference
MAX_LONG_LINE_LENGTH = 500  # a description or contact details on one or a few lines
MAX_NOTES_LENGTH = 5000  # notes, a request's description, a complaint: a few paragraphs

EARLIEST_DATE = date(1900, 1, 1)  # of a birth, an order, a contact: nothing older is real

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The text is too long: at most %1 characters.")
MSG_CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Validation", "The text contains control characters; retype it without them."
)
MSG_NAME_LETTER = QT_TRANSLATE_NOOP("Validation", "A name must contain at least one letter.")
MSG_NAME_DIRECTION = QT_TRANSLATE_NOOP(
    "Validation",
    "The name contains invisible characters that change the direction of the text; "
    "retype it without them.",
)
MSG_DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
MSG_DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The date cannot be before %1.")


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


def problem(field: str, source: str, *args: object) -> Problem:
    """A problem with a message of the "Validation" context, ``%1``... filled from ``args``."""
    return Problem(field, Message("Validation", source, tuple(str(arg) for arg in args)))


# The characters refused in text: Unicode's categories Cc, Cs, Zl and Zp, as one character
# class (a regular expression finds one far faster than asking unicodedata per character).
# The sets are closed: the stability policy fixes the controls and the surrogates, and Zl and
# Zp hold one character each; a test compares the class with unicodedata at every code point.
FORBIDDEN_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The same, with newline and tab allowed.
FORBIDDEN_IN_MULTILINE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): in a name they make it
# print reversed or hide part of it, in the app and in every letter that carries it.
_DIRECTION_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def in_field_order(problems: list[Problem], record_type: type) -> list[Problem]:
    """``problems`` in the order of the fields of ``record_type`` they name."""
    order = {f.name: index for index, f in enumerate(fields(record_type))}
    return sorted(problems, key=lambda p: order.get(p.field.split("[")[0].split(".")[0], 999))


def text_problem(
    text: str, field: str, limit: int = MAX_LINE_LENGTH, *, multiline: bool = False
) -> Problem | None:
    """Length and control characters; multi-line text may hold newlines and tabs."""
    if len(text) > limit:
        return problem(field, MSG_TOO_LONG, limit)
    forbidden = FORBIDDEN_IN_MULTILINE if multiline else FORBIDDEN_IN_LINE
    if forbidden.search(text) is not None:
        return problem(field, MSG_CONTROL_CHARACTERS)
    return None


def name_problem(text: str, field: str, limit: int = MAX_LINE_LENGTH) -> Problem | None:
    """:func:`text_problem` for a one-line name, which must also hold a letter (a name of
    digits, punctuation or zero-width characters alone is no name) and no direction control."""
    found = text_problem(text, field, limit)
    if found is not None or not text:
        return found
    if _DIRECTION_CONTROL.search(text) is not None:
        return problem(field, MSG_NAME_DIRECTION)
    if not any(map(str.isalpha, text)):  # isalpha: the Unicode letter categories
        return problem(field, MSG_NAME_LETTER)
    return None


def normalise_multiline(text: str) -> str:
    """Windows and old Mac line ends become ``\\n``; surrounding whitespace goes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


@dataclass(frozen=True)
class TextRule:
    """How one free-text field is checked: its length limit, whether it may span lines, whether
    it is a name, and whether it may be left empty."""

    limit: int = MAX_LINE_LENGTH
    multiline: bool = False
    name: bool = False
    required: bool = False

    def clean(self, text: str) -> str:
        return normalise_multiline(text) if self.multiline else text.strip()

    def problem(self, text: str, field: str) -> Problem | None:
        """The problem with ``text`` once cleaned, or None."""
        if not text:
            return problem(field, MSG_REQUIRED) if self.required else None
        if self.name:
            return name_problem(text, field, self.limit)
        return text_problem(text, field, self.limit, multiline=self.multiline)


LINE = TextRule()
LONG_LINE = TextRule(MAX_LONG_LINE_LENGTH)
LONG_TEXT = TextRule(MAX_NOTES_LENGTH, multiline=True)
NAME = TextRule(name=True)


def clean_texts(record: object, rules: dict[str, TextRule]) -> tuple[dict[str, str], list[Problem]]:
    """The fields of ``record`` named in ``rules``, cleaned, and the problems of each."""
    values, problems = {}, []
    for field, rule in rules.items():
        values[field] = rule.clean(getattr(record, field))
        found = rule.problem(values[field], field)
        if found is not None:
            problems.append(found)
    return values, problems


def date_problem(
    field: str,
    day: date,
    today: date,
    earliest: date = EARLIEST_DATE,
    *,
    too_early: str = MSG_DATE_TOO_EARLY,
    in_future: str = MSG_DATE_IN_FUTURE,
) -> Problem | None:
    """A date after ``today``, or before ``earliest`` (``too_early`` says why, ``%1`` the
    earliest date as Finns write it)."""
    if day > today:
        return problem(field, in_future)
    if day < earliest:
        return problem(field, too_early, format_date(earliest))
    return None
