"""Checks on a breach record: every problem at once, as translatable messages that never quote
what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from .breaches import Breach, BreachRisk, InformExemption, hours_between
from .field_rules import (
    MAX_LINE_LENGTH,
    MAX_NOTES_LENGTH,
    Problem,
    normalise_multiline,
    text_problem,
)
from .i18n import QT_TRANSLATE_NOOP, Message

MAX_COUNT = 100_000_000

MSG_DESCRIPTION = QT_TRANSLATE_NOOP("Validation", "Describe what happened.")
MSG_NATURE = QT_TRANSLATE_NOOP(
    "Validation", "Choose at least one: confidentiality, integrity or availability."
)
MSG_DISCOVERED_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "The time of discovery cannot be in the future."
)
MSG_COUNT = QT_TRANSLATE_NOOP("Validation", "Enter a number from 0 to %1.")
MSG_RISK_REASONING = QT_TRANSLATE_NOOP(
    "Validation",
    "The breach is assessed unlikely to result in a risk, so the authority is not told: "
    "record why (Art 33(5)).",
)
MSG_NOTIFIED_BEFORE_DISCOVERY = QT_TRANSLATE_NOOP(
    "Validation", "The authority cannot have been notified before the breach was discovered."
)
MSG_NOTIFIED_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "The time of the notification cannot be in the future."
)
MSG_DELAY_REASONS = QT_TRANSLATE_NOOP(
    "Validation",
    "The authority was notified more than 72 hours after discovery: give the reasons for the "
    "delay (Art 33(1)).",
)
MSG_INFORMED_BEFORE_DISCOVERY = QT_TRANSLATE_NOOP(
    "Validation", "People cannot have been informed before the breach was discovered."
)
MSG_INFORMED_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "The time people were informed cannot be in the future."
)
MSG_INFORMED_HOW = QT_TRANSLATE_NOOP(
    "Validation", "Say how the people were informed, e.g. by letter or e-mail."
)
MSG_EXEMPTION_REASON = QT_TRANSLATE_NOOP(
    "Validation", "Explain why the exception of Art 34(3) applies."
)
MSG_CLOSE_NOT_NOTIFIED = QT_TRANSLATE_NOOP(
    "Validation",
    "The authority has not been notified. Record the notification, or assess the breach as "
    "unlikely to result in a risk, before closing it.",
)
MSG_CLOSE_NOT_INFORMED = QT_TRANSLATE_NOOP(
    "Validation",
    "The risk is high: record that the people affected were informed, or the exception of "
    "Art 34(3) that applies, before closing the breach.",
)

_LINE_FIELDS = ("authority_reference", "people_informed_how")
_TEXT_FIELDS = (
    "description",
    "data_categories",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "risk_reasoning",
    "delay_reasons",
    "inform_exemption_reason",
)
_COUNT_FIELDS = ("people_affected", "records_affected", "people_informed_count")


def _problem(field: str, source: str, *args: object) -> Problem:
    return Problem(field, Message("Validation", source, tuple(str(a) for a in args)))


def clean_breach(breach: Breach, now: datetime) -> tuple[Breach, list[Problem]]:
    """A copy with trimmed text (Windows line ends made plain) and every problem found."""
    problems: list[Problem] = []
    values: dict[str, str] = {}
    for name in _LINE_FIELDS:
        values[name] = getattr(breach, name).strip()
        problem = text_problem(values[name], name, MAX_LINE_LENGTH)
        if problem:
            problems.append(problem)
    for name in _TEXT_FIELDS:
        values[name] = normalise_multiline(getattr(breach, name))
        problem = text_problem(values[name], name, MAX_NOTES_LENGTH, multiline=True)
        if problem:
            problems.append(problem)
    cleaned = replace(breach, **values, natures=tuple(dict.fromkeys(breach.natures)))

    if not cleaned.description:
        problems.append(_problem("description", MSG_DESCRIPTION))
    if not cleaned.natures:
        problems.append(_problem("natures", MSG_NATURE))
    if cleaned.discovered_at > now:
        problems.append(_problem("discovered_at", MSG_DISCOVERED_FUTURE))
    for name in _COUNT_FIELDS:
        value = getattr(cleaned, name)
        if value is not None and not 0 <= value <= MAX_COUNT:
            problems.append(_problem(name, MSG_COUNT, MAX_COUNT))
    if cleaned.risk is BreachRisk.UNLIKELY and not cleaned.risk_reasoning:
        problems.append(_problem("risk_reasoning", MSG_RISK_REASONING))

    notified = cleaned.authority_notified_at
    if notified is not None:
        if notified < cleaned.discovered_at:
            problems.append(_problem("authority_notified_at", MSG_NOTIFIED_BEFORE_DISCOVERY))
        elif notified > now:
            problems.append(_problem("authority_notified_at", MSG_NOTIFIED_FUTURE))
        elif hours_between(cleaned.discovered_at, notified) > 72 and not cleaned.delay_reasons:
            problems.append(_problem("delay_reasons", MSG_DELAY_REASONS))

    informed = cleaned.people_informed_at
    if informed is not None:
        if informed < cleaned.discovered_at:
            problems.append(_problem("people_informed_at", MSG_INFORMED_BEFORE_DISCOVERY))
        elif informed > now:
            problems.append(_problem("people_informed_at", MSG_INFORMED_FUTURE))
        if not cleaned.people_informed_how:
            problems.append(_problem("people_informed_how", MSG_INFORMED_HOW))
    if cleaned.inform_exemption is not InformExemption.NONE and not (
        cleaned.inform_exemption_reason
    ):
        problems.append(_problem("inform_exemption_reason", MSG_EXEMPTION_REASON))
    return cleaned, problems


def closing_problems(breach: Breach) -> list[Problem]:
    """What keeps a breach from being closed: the duties of Art 33 and 34 not yet met."""
    problems = []
    if breach.risk.authority_notification_required and not breach.notified:
        problems.append(_problem("authority_notified_at", MSG_CLOSE_NOT_NOTIFIED))
    if (
        breach.risk.people_must_be_informed
        and breach.people_informed_at is None
        and breach.inform_exemption is InformExemption.NONE
    ):
        problems.append(_problem("people_informed_at", MSG_CLOSE_NOT_INFORMED))
    return problems
