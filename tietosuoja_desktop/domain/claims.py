"""The claims a privacy statement makes only when the user has answered them: transfers
outside the EU/EEA (Art 13(1)(f)), whether the data must be given (13(2)(e)), automated
decisions and profiling (13(2)(f)). Each is declared once here, with the answers it takes and
the warning shown while it is unanswered; an unanswered claim prints nothing, never "no"."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import Answer
from .i18n import QT_TRANSLATE_NOOP
from .records import RegisterDescription

# Answers meaning that data does leave the EU/EEA (the safeguards must then be described).
TRANSFERRING = (Answer.YES, Answer.WHEN_NECESSARY)
YES_NO = (Answer.UNANSWERED, Answer.NO, Answer.YES)


@dataclass(frozen=True)
class Claim:
    field: str  # the RegisterDescription field holding the answer
    topic: str  # what it is about, in a few words (context "Validation")
    answers: tuple[Answer, ...]
    unanswered: str  # the warning while it is not answered (context "Validation")


CLAIMS = (
    Claim(
        "transfers",
        QT_TRANSLATE_NOOP("Validation", "transfers outside the EU/EEA"),
        (*YES_NO, Answer.WHEN_NECESSARY),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Not yet answered: is data transferred outside the EU/EEA? The statement says "
            "nothing about transfers until you answer (Art 13(1)(f)).",
        ),
    ),
    Claim(
        "provision_required",
        QT_TRANSLATE_NOOP("Validation", "whether the data must be given"),
        YES_NO,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Not yet answered: must people give their data (by law or contract)? The statement "
            "says nothing about it until you answer (Art 13(2)(e)).",
        ),
    ),
    Claim(
        "automated",
        QT_TRANSLATE_NOOP("Validation", "automated decisions"),
        YES_NO,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Not yet answered: are decisions made automatically (Art 22)? The statement says "
            "nothing about it until you answer (Art 13(2)(f)).",
        ),
    ),
    Claim(
        "profiling",
        QT_TRANSLATE_NOOP("Validation", "profiling"),
        YES_NO,
        QT_TRANSLATE_NOOP(
            "Validation",
            "Not yet answered: is the data used for profiling (e.g. ad targeting, analytics "
            "demographics)? The statement says nothing about it until you answer.",
        ),
    ),
)
CLAIM_FIELDS = tuple(claim.field for claim in CLAIMS)


def unanswered(register: RegisterDescription) -> list[Claim]:
    """The claims of ``register`` that are still not answered, in the statement's order."""
    return [c for c in CLAIMS if getattr(register, c.field) is Answer.UNANSWERED]
