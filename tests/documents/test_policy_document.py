"""The data protection policy PDF: in each language its version, every section in order with
the register's facts (registers, access list, the deadlines from the legal clock, the 72 hours,
retention per register, backups, processors) and the user's additions under the section they
belong to, then the version history; typed text stays text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from helpers.sample import REGISTER

from tietosuoja_desktop.documents.policy import build_policy
from tietosuoja_desktop.documents.texts import format_date, text
from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.policy import (
    BackupFacts,
    PolicyFacts,
    PolicySection,
    PolicyVersion,
)
from tietosuoja_desktop.domain.processors import Processor

TODAY = date(2026, 11, 22)


def _facts(controller, **changes) -> PolicyFacts:
    values = dict(
        controller=controller,
        registers=(replace(REGISTER, id=1),),
        access=(
            AccessHolder(
                1, "Maija Mallikas", AccessRole.HELPER, (1,), "Sähköposti", date(2026, 3, 2)
            ),
        ),
        processors=(Processor(name="Tilitoimisto <Numero> Oy", contract_on=date(2025, 1, 10)),),
        backups=BackupFacts(True, 7, datetime(2026, 11, 21, 18, 5), True),
        additions={PolicySection.BACKUPS: "USB-levy <b>kaapissa</b>"},
        version=PolicyVersion(2, TODAY, "Lisätty avustaja"),
        history=(PolicyVersion(1, date(2026, 1, 15), "", 4),),
    )
    values.update(changes)
    return PolicyFacts(**values)


def _shown(pdf_text, pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _words(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("lang", list(Language), ids=str)
def test_every_section_prints_in_order_with_the_facts_and_additions(controller, pdf_text, lang):
    shown = _shown(pdf_text, build_policy(_facts(controller), lang, today=TODAY))
    key = lambda name, **values: _words(text(lang, f"policy.{name}", **values))  # noqa: E731
    day = lambda value: format_date(value, lang)  # noqa: E731
    order = [
        key("title"),
        key("version.value", number=2, date=day(TODAY)),
        day(date(2026, 1, 15)),  # drawn up: the first version's date
        "Lisätty avustaja",
        key("controller"),
        REGISTER.name,
        key("access"),
        "Maija Mallikas",
        day(date(2026, 3, 2)),
        key("access.missing", names="Maija Mallikas"),  # briefing not recorded
        key("requests"),
        day(date(2026, 12, 22)),  # one month from the policy's date
        day(date(2027, 2, 22)),  # three months
        key("breaches"),
        "72",
        key("retention"),
        key("backups"),
        key("backups.text", keep=7),
        key("backups.encrypted"),
        key("own"),
        "USB-levy <b>kaapissa</b>",
        key("security"),
        key("processors"),
        "Tilitoimisto <Numero> Oy",
        day(date(2025, 1, 10)),
        key("training"),
        key("versions"),
    ]
    positions = [shown.find(part) for part in order]
    assert -1 not in positions, [p for p, at in zip(order, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert shown.count(key("own")) == 1  # only the section with an addition


def test_an_empty_register_says_so_instead_of_printing_empty_tables(controller, pdf_text):
    facts = _facts(
        controller,
        access=(),
        processors=(),
        additions={},
        backups=BackupFacts(False, 10),
        version=PolicyVersion(1, TODAY),
        history=(),
    )
    shown = _shown(pdf_text, build_policy(facts, Language.FI, today=TODAY))
    for name in ("access.empty", "processors.empty", "backups.plain", "backups.never"):
        assert _words(text(Language.FI, f"policy.{name}")) in shown
    assert _words(text(Language.FI, "policy.updated")) not in shown
