"""Checks on a register description: the errors that keep it from being saved and the empty
sections a privacy statement should not have (shown as warnings)."""

from __future__ import annotations

from .claims import CLAIMS, TRANSFERRING, unanswered
from .enums import Answer, LegalBasis
from .field_rules import (
    MAX_LONG_LINE_LENGTH,
    MAX_NOTES_LENGTH,
    Problem,
    in_field_order,
    text_problem,
)
from .field_rules import problem as _problem
from .i18n import QT_TRANSLATE_NOOP
from .records import RegisterDescription
from .register_languages import TEXT_FIELDS, purpose_field

RETENTION_YEARS_RANGE = (1, 100)

MSG_REGISTER_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a name for the register.")
MSG_PURPOSE_DESCRIPTION = QT_TRANSLATE_NOOP("Validation", "Describe purpose %1.")
MSG_LEGITIMATE_INTEREST = QT_TRANSLATE_NOOP(
    "Validation",
    "Purpose %1 is based on legitimate interests: describe those interests (Art 13(1)(d)).",
)
MSG_TRANSFER_SAFEGUARDS = QT_TRANSLATE_NOOP(
    "Validation", "Data is transferred outside the EU/EEA: describe the safeguards (Art 13(1)(f))."
)
MSG_ANSWER = QT_TRANSLATE_NOOP("Validation", "This answer does not fit the question.")
MSG_DESCRIBE_AUTOMATED = QT_TRANSLATE_NOOP(
    "Validation",
    "Describe the automated decisions or profiling: the logic and what follows for the person "
    "(Art 13(2)(f)).",
)
MSG_DESCRIBE_PROVISION = QT_TRANSLATE_NOOP(
    "Validation",
    "Say which data must be given, on what law or contract, and what follows if it is not "
    "given (Art 13(2)(e)).",
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
MSG_NO_SECURITY_ORGANISATIONAL = QT_TRANSLATE_NOOP(
    "Validation",
    "Describe the organisational measures, e.g. confidentiality undertakings, access only for "
    "those who need it, training.",
)
MSG_NO_SECURITY_ELECTRONIC = QT_TRANSLATE_NOOP(
    "Validation", "Describe how electronically processed data is protected."
)
MSG_NO_DATA_SUBJECTS = QT_TRANSLATE_NOOP(
    "Validation", "Say whose data the register holds, e.g. customers and their contact persons."
)


# The privacy statement's sections: each a few paragraphs at most, on lines of their own.
SECTION_TEXTS = tuple(name for name in TEXT_FIELDS if name != "name")


def _text_problems(register: RegisterDescription) -> list[Problem]:
    """Length and control characters of every free text (newlines and tabs allowed): a
    purpose is a sentence or two, the reasoning of a legitimate interest and a section of the
    statement a few paragraphs."""
    problems = []
    for index, purpose in enumerate(register.purposes):
        found = (
            text_problem(purpose.description, purpose_field(index, "description"),
                         MAX_LONG_LINE_LENGTH, multiline=True),
            text_problem(purpose.legitimate_interest, purpose_field(index, "legitimate_interest"),
                         MAX_NOTES_LENGTH, multiline=True),
        )  # fmt: skip
        problems += [problem for problem in found if problem]
    for name in SECTION_TEXTS:
        if problem := text_problem(getattr(register, name), name, MAX_NOTES_LENGTH, multiline=True):
            problems.append(problem)
    return problems


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
    problems += _answer_problems(register)
    years = register.retention.years
    low, high = RETENTION_YEARS_RANGE
    if years is not None and not low <= years <= high:
        problems.append(_problem("retention.years", MSG_RETENTION_YEARS, low, high))
    problems += [p for p in _text_problems(register) if p.field not in {q.field for q in problems}]
    for translation in register.translations:
        where = f"translations.{translation.language.value}.{translation.field}"
        if problem := text_problem(translation.text, where, MAX_NOTES_LENGTH, multiline=True):
            problems.append(problem)
    return in_field_order(problems, RegisterDescription)


def _answer_problems(register: RegisterDescription) -> list[Problem]:
    """An answer the claim does not take, or a "yes" whose description is missing."""
    problems = [
        _problem(claim.field, MSG_ANSWER)
        for claim in CLAIMS
        if getattr(register, claim.field) not in claim.answers
    ]
    if register.transfers in TRANSFERRING and not register.transfer_safeguards.strip():
        problems.append(_problem("transfer_safeguards", MSG_TRANSFER_SAFEGUARDS))
    described = register.automated_decisions.strip()
    if Answer.YES in (register.automated, register.profiling) and not described:
        problems.append(_problem("automated_decisions", MSG_DESCRIBE_AUTOMATED))
    if register.provision_required is Answer.YES and not register.statutory_requirement.strip():
        problems.append(_problem("statutory_requirement", MSG_DESCRIBE_PROVISION))
    return problems


_STATEMENT_SECTIONS = (
    ("data_subject_categories", MSG_NO_DATA_SUBJECTS),
    ("data_categories", MSG_NO_DATA_CATEGORIES),
    ("sources", MSG_NO_SOURCES),
    ("recipients", MSG_NO_RECIPIENTS),
    ("retention_text", MSG_NO_RETENTION),
    ("security_manual", MSG_NO_SECURITY_MANUAL),
    ("security_organisational", MSG_NO_SECURITY_ORGANISATIONAL),
    ("security_electronic", MSG_NO_SECURITY_ELECTRONIC),
)


def register_warnings(register: RegisterDescription) -> list[Problem]:
    """Sections the privacy statement should have but that are still empty; the register can
    be saved anyway, the window shows these as warnings."""
    warnings = [] if register.purposes else [_problem("purposes", MSG_NO_PURPOSES)]
    for name, source in _STATEMENT_SECTIONS:
        if not getattr(register, name).strip():
            warnings.append(_problem(name, source))
    warnings += [_problem(claim.field, claim.unanswered) for claim in unanswered(register)]
    return in_field_order(warnings, RegisterDescription)
