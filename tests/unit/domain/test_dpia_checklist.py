"""The DPIA checklist: every item declared once with its source, and the rule that decides from
the answers whether a DPIA is needed (Art 35(3), the Ombudsman's list, WP248's two criteria)."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.dpia_checklist import (
    CHECKLIST,
    ITEMS,
    ItemSource,
    dpia_needed,
    needing_items,
)


def ids(source: ItemSource, with_criterion: bool | None = None) -> list[str]:
    return [
        item.id
        for item in CHECKLIST
        if item.source is source and with_criterion in (None, item.with_criterion)
    ]


def test_the_checklist_holds_the_three_sources_once_each():
    assert len(ITEMS) == len(CHECKLIST)
    assert len(ids(ItemSource.GDPR)) == 3  # Art 35(3)(a)-(c)
    assert len(ids(ItemSource.EDPB)) == 9  # WP248 rev.01
    assert ids(ItemSource.OMBUDSMAN, False) == ["whistleblowing"]
    assert ids(ItemSource.OMBUDSMAN, True) == ["biometric", "genetic", "location", "not_informed"]
    assert all(item.text and item.id.isidentifier() for item in CHECKLIST)


def test_nothing_answered_yes_needs_no_dpia():
    assert not dpia_needed({})
    assert not dpia_needed({item.id: False for item in CHECKLIST})


@pytest.mark.parametrize("item", ids(ItemSource.EDPB))
def test_one_edpb_criterion_alone_is_not_enough(item):
    assert not dpia_needed({item: True})


def test_two_edpb_criteria_make_it_needed_and_are_both_named():
    answers = {"vulnerable": True, "monitoring": True, "sensitive": False}
    assert dpia_needed(answers)
    assert [item.id for item in needing_items(answers)] == ["monitoring", "vulnerable"]


@pytest.mark.parametrize("item", [*ids(ItemSource.GDPR), "whistleblowing"])
def test_an_item_that_always_needs_one_needs_nothing_else(item):
    assert [i.id for i in needing_items({item: True})] == [item]


@pytest.mark.parametrize("item", ids(ItemSource.OMBUDSMAN, True))
def test_a_listed_item_needs_one_edpb_criterion_with_it(item):
    assert not dpia_needed({item: True})
    answers = {item: True, "large_scale": True}
    assert [i.id for i in needing_items(answers)] == [item]  # one criterion: not counted itself
