"""The checklist that screens a register for a data protection impact assessment (Art 35), each
item declared once here, and the rule that decides from the answers whether one is needed.

Three sources, each item naming its own:

- GDPR Art 35(3): the three kinds of processing the Regulation itself says always need one.
- The Data Protection Ombudsman's list under Art 35(4) (decision of 21.12.2018, published in
  Virallinen lehti 2/2019): biometric data to identify a person, genetic data, location data
  and not informing people of data collected elsewhere (Art 14(5)(b)) need one *together with
  at least one* of the EDPB criteria; a whistleblowing channel always needs one.
- The nine criteria of the EDPB-endorsed guidelines WP248 rev.01: two or more mean a DPIA is
  needed in most cases.

The item's text is English source for Qt (the form); the printed checklist reads the same item
from ``documents/texts_*.py`` under ``dpia.item.<id>`` (a test checks every item has one)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .enums import StrEnum
from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "DpiaChecklist"  # spelt out in each QT_TRANSLATE_NOOP below: lupdate reads literals
EDPB_THRESHOLD = 2  # WP248 rev.01: two criteria or more, a DPIA is needed in most cases


class ItemSource(StrEnum):
    GDPR = "gdpr"  # Art 35(3)
    OMBUDSMAN = "ombudsman"  # the Ombudsman's list under Art 35(4)
    EDPB = "edpb"  # WP248 rev.01 criteria


SOURCE_LABELS = {
    ItemSource.GDPR: QT_TRANSLATE_NOOP("DpiaChecklist", "GDPR Art 35(3): always needs a DPIA"),
    ItemSource.OMBUDSMAN: QT_TRANSLATE_NOOP(
        "DpiaChecklist", "The Data Protection Ombudsman's list of processing that needs a DPIA"
    ),
    ItemSource.EDPB: QT_TRANSLATE_NOOP(
        "DpiaChecklist", "EDPB criteria (WP248): two or more usually mean a DPIA is needed"
    ),
}


@dataclass(frozen=True)
class ChecklistItem:
    """One question of the screening. ``with_criterion``: on the Ombudsman's list only when at
    least one EDPB criterion applies too."""

    id: str  # stored with the answer: never change one once released
    source: ItemSource
    text: str  # English source, marked for Qt
    with_criterion: bool = False


def _item(id_: str, source: ItemSource, text: str, with_criterion: bool = False):
    return ChecklistItem(id_, source, text, with_criterion)


ART, LIST, WP248 = ItemSource.GDPR, ItemSource.OMBUDSMAN, ItemSource.EDPB
CHECKLIST: tuple[ChecklistItem, ...] = (
    _item(
        "profiling_decisions",
        ART,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Systematic and extensive evaluation of people by automated means, including "
            "profiling, on which decisions with legal or similarly significant effects "
            "are based",
        ),
    ),
    _item(
        "special_large_scale",
        ART,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Special categories of data (e.g. health) or data on criminal convictions "
            "processed on a large scale",
        ),
    ),
    _item(
        "public_monitoring",
        ART,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Systematic monitoring of a publicly accessible area on a large scale (e.g. "
            "camera surveillance)",
        ),
    ),
    _item(
        "biometric",
        LIST,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Biometric data (e.g. fingerprints, face) used to identify a person, and at "
            "least one EDPB criterion applies",
        ),
        True,
    ),
    _item(
        "genetic",
        LIST,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Genetic data, and at least one EDPB criterion applies",
        ),
        True,
    ),
    _item(
        "location",
        LIST,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Location data (e.g. GPS tracking of vehicles or phones), and at least one "
            "EDPB criterion applies",
        ),
        True,
    ),
    _item(
        "not_informed",
        LIST,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Data collected from elsewhere without informing the people because it would "
            "be impossible or take disproportionate effort (Art 14(5)(b)), and at least "
            "one EDPB criterion applies",
        ),
        True,
    ),
    _item(
        "whistleblowing",
        LIST,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "A whistleblowing channel: reports of suspected misconduct",
        ),
    ),
    _item(
        "evaluation",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Evaluation or scoring, e.g. profiling or predicting behaviour, interests or "
            "creditworthiness",
        ),
    ),
    _item(
        "automated_decisions",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Automated decisions with legal or similarly significant effects",
        ),
    ),
    _item(
        "monitoring",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Systematic monitoring or observation of people (e.g. of employees, online tracking)",
        ),
    ),
    _item(
        "sensitive",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Sensitive or highly personal data (special categories, criminal data, "
            "financial or location data, private communications)",
        ),
    ),
    _item(
        "large_scale",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Processing on a large scale (many people, much data, a long time or a wide area)",
        ),
    ),
    _item(
        "combining",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Matching or combining data sets from different purposes or controllers "
            "beyond what people would expect",
        ),
    ),
    _item(
        "vulnerable",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Vulnerable people: children, employees, patients, the elderly or others in a "
            "weaker position",
        ),
    ),
    _item(
        "innovative",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "Innovative use of technology or new organisational solutions (e.g. face "
            "recognition, AI)",
        ),
    ),
    _item(
        "prevents_rights",
        WP248,
        QT_TRANSLATE_NOOP(
            "DpiaChecklist",
            "The processing itself prevents people from using a right, a service or a "
            "contract (e.g. credit screening)",
        ),
    ),
)
del ART, LIST, WP248
ITEMS: dict[str, ChecklistItem] = {item.id: item for item in CHECKLIST}


def needing_items(answers: Mapping[str, bool]) -> tuple[ChecklistItem, ...]:
    """The items whose "yes" makes a DPIA needed, in checklist order (empty: not needed).

    Any Art 35(3) item, an unconditional Ombudsman item, a conditional Ombudsman item with at
    least one EDPB criterion, or EDPB criteria from the threshold up."""
    yes = [item for item in CHECKLIST if answers.get(item.id)]
    criteria = [item for item in yes if item.source is ItemSource.EDPB]
    listed = [
        item
        for item in yes
        if item.source is not ItemSource.EDPB and (criteria or not item.with_criterion)
    ]
    return tuple(listed + (criteria if len(criteria) >= EDPB_THRESHOLD else []))


def dpia_needed(answers: Mapping[str, bool]) -> bool:
    """Whether the answers (item id -> applies) make a DPIA needed."""
    return bool(needing_items(answers))
