"""The business's data protection policy (Art 24(2): "appropriate data protection policies";
accountability, Art 5(2)): internal rules generated from the register's facts, section by
section, each with the user's own additions, printed as numbered, dated versions like the
privacy statements (domain/statement_versions.py gives the version's shape and rules).

The sections are declared once here, with their interface labels; their printed headings and
wording live in ``documents/texts_*.py`` under ``policy.<section>``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from .access_list import AccessHolder
from .enums import StrEnum
from .field_rules import LONG_TEXT, Problem
from .i18n import QT_TRANSLATE_NOOP
from .processors import Processor
from .records import ControllerProfile, RegisterDescription


class PolicySection(StrEnum):
    """A section of the policy, in the order printed (stored: never change a value)."""

    CONTROLLER = "controller"
    ACCESS = "access"
    REQUESTS = "requests"
    BREACHES = "breaches"
    RETENTION = "retention"
    BACKUPS = "backups"
    SECURITY = "security"
    PROCESSORS = "processors"
    TRAINING = "training"


SECTION_CONTEXT = "PolicySection"
SECTION_LABELS = {
    PolicySection.CONTROLLER: QT_TRANSLATE_NOOP("PolicySection", "Controller and responsibilities"),
    PolicySection.ACCESS: QT_TRANSLATE_NOOP("PolicySection", "Who has access"),
    PolicySection.REQUESTS: QT_TRANSLATE_NOOP("PolicySection", "Requests from people"),
    PolicySection.BREACHES: QT_TRANSLATE_NOOP("PolicySection", "Personal data breaches"),
    PolicySection.RETENTION: QT_TRANSLATE_NOOP("PolicySection", "Retention and erasure"),
    PolicySection.BACKUPS: QT_TRANSLATE_NOOP("PolicySection", "Backups"),
    PolicySection.SECURITY: QT_TRANSLATE_NOOP("PolicySection", "Security and its review"),
    PolicySection.PROCESSORS: QT_TRANSLATE_NOOP("PolicySection", "Processors and their contracts"),
    PolicySection.TRAINING: QT_TRANSLATE_NOOP("PolicySection", "Briefing and training"),
}


@dataclass(frozen=True)
class PolicyVersion:
    """One printed version: its number from 1, its date, the change note, the archived PDF
    (None once deleted). The same rules as a statement version's number and date."""

    number: int
    dated: date
    note: str = ""
    document_id: int | None = None

    @property
    def first(self) -> bool:
        return self.number == 1


@dataclass(frozen=True)
class BackupFacts:
    encrypted_register: bool
    keep_last: int
    latest: datetime | None = None
    latest_encrypted: bool = False


@dataclass(frozen=True)
class PolicyFacts:
    """Everything the policy prints, gathered from the register by the services."""

    controller: ControllerProfile
    registers: tuple[RegisterDescription, ...]
    access: tuple[AccessHolder, ...]  # those with access on the policy's date
    processors: tuple[Processor, ...]
    backups: BackupFacts
    additions: Mapping[PolicySection, str]
    version: PolicyVersion
    history: tuple[PolicyVersion, ...] = ()  # the earlier versions


def clean_additions(
    additions: Mapping[PolicySection | str, str],
) -> tuple[dict[PolicySection, str], list[Problem]]:
    """The additions cleaned (empty ones dropped) and every problem, named by section."""
    cleaned: dict[PolicySection, str] = {}
    problems: list[Problem] = []
    for key, value in additions.items():
        section = PolicySection(key)
        text = LONG_TEXT.clean(value or "")
        found = LONG_TEXT.problem(text, section.value)
        if found is not None:
            problems.append(found)
        elif text:
            cleaned[section] = text
    return cleaned, problems
