"""A register's consent texts, versioned: the exact words a person agrees to (Art 7(1)), in
Finnish, Swedish and English, each version numbered from 1 and valid from its own day. A
consent names the version it was given on, so the wording shown then can always be read back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .clock import format_date
from .field_rules import (
    EARLIEST_DATE,
    LONG_TEXT,
    MSG_REQUIRED,
    Problem,
    clean_texts,
    date_problem,
    in_field_order,
    problem,
)
from .i18n import QT_TRANSLATE_NOOP
from .records import ConsentEvent

MSG_TEXT_NOT_YET_VALID = QT_TRANSLATE_NOOP(
    "Validation", "Consent text version %1 is valid only from %2."
)
MSG_TEXT_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "Validation", "A new version cannot be valid before version %1 (%2)."
)
TEXT_FIELDS = ("text_fi", "text_sv", "text_en")
TEXT_RULES = {name: LONG_TEXT for name in TEXT_FIELDS}


@dataclass(frozen=True)
class ConsentText:
    """One version of a register's consent text; at least one language is written."""

    register_id: int
    version: int
    valid_from: date
    text_fi: str = ""
    text_sv: str = ""
    text_en: str = ""
    id: int | None = None

    def in_language(self, language: str) -> str:
        """The text in ``language`` (fi, sv, en), or the first language written."""
        chosen = getattr(self, f"text_{language}", "")
        return chosen or next(getattr(self, name) for name in TEXT_FIELDS if getattr(self, name))


def clean_consent_text(
    text: ConsentText, today: date, previous: ConsentText | None
) -> tuple[ConsentText, list[Problem]]:
    """``text`` cleaned and what keeps it from following ``previous``: some language written,
    valid from a day not in the future nor before the previous version."""
    values, problems = clean_texts(text, TEXT_RULES)
    if not any(values.values()):
        problems.append(problem("text_fi", MSG_REQUIRED))
    found = date_problem("valid_from", text.valid_from, today, EARLIEST_DATE)
    if found is not None:
        problems.append(found)
    elif previous is not None and text.valid_from < previous.valid_from:
        problems.append(
            problem(
                "valid_from",
                MSG_TEXT_BEFORE_PREVIOUS,
                previous.version,
                format_date(previous.valid_from),
            )
        )
    return replace(text, **values), in_field_order(problems, ConsentText)


def text_version_problem(text: ConsentText, given_on: date) -> Problem | None:
    """A consent given before its text version was valid was not given on that text."""
    if given_on < text.valid_from:
        return problem("text", MSG_TEXT_NOT_YET_VALID, text.version, format_date(text.valid_from))
    return None


@dataclass(frozen=True)
class ConsentProof:
    """A consent or withdrawal with what proves it, as the consent record prints it: the
    event, its text version and register (None: text version not recorded), the statement
    version in force that day, and whether its evidence file is archived."""

    event: ConsentEvent
    text_version: int | None = None
    register_name: str = ""
    statement_version: int | None = None
    evidence_archived: bool = False
