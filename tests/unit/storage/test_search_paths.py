"""The three ways a search is answered (listed candidate ids, the sorted FTS match set, or
walking the list in order for a very common text) must give the same pages and counts."""

from __future__ import annotations

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort, MarketingFilter
from tietosuoja_desktop.storage import customer_queries

NAMES = ["Äijälä", "Virtanen", "Mäkinen", "Virta", "Åkerman", "Öhman", "Virtala", "Korhonen"]


@pytest.fixture
def register(services):
    for index, last in enumerate(NAMES * 3):
        services.customers.add(
            person(
                last_name=last,
                first_name=f"Etu{index}",
                email=f"p{index}@example.fi",
                phone=f"040 100 {index:04d}",
            )
        )
        if index % 4 == 0:
            services.customers.prohibit_marketing(index + 1)
    return services


QUERIES = ["vir", "a", "ä", "äi", "etu1", "example", "040 100", "q", "nen"]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("sort", [CustomerSort.NAME, CustomerSort.EMAIL, CustomerSort.ID])
def test_listed_and_walked_answers_agree(register, monkeypatch, text, sort):
    queries = [
        CustomerQuery(text=text, sort=sort),
        CustomerQuery(text=text, sort=sort, descending=True),
        CustomerQuery(text=text, sort=sort, marketing=MarketingFilter.ALLOWED),
    ]
    listed = [
        ([c.id for c in register.customers.page(q, 2, 7)], register.customers.count(q))
        for q in queries
    ]
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)  # every text is "common"
    walked = [
        ([c.id for c in register.customers.page(q, 2, 7)], register.customers.count(q))
        for q in queries
    ]
    assert listed == walked


def test_a_common_text_is_walked_not_listed(register, monkeypatch):
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 5)
    with register.db.reading() as session:
        common = customer_queries.match_text(session, "vir")
        rare = customer_queries.match_text(session, "äijä")
    assert common.ids is None
    assert rare.ids is not None and len(rare.ids) == 3
    assert register.customers.count(CustomerQuery(text="vir")) == 9


# (CANDIDATE_LIMIT, SORT_LIMIT) forcing each plan for every text of three letters or more.
PLANS = {"listed": (2000, 12_000), "sorted": (1, 10**9), "walked": (1, 0)}


def answers(services, queries):
    return [
        ([c.id for c in services.customers.page(q, offset, 7)], services.customers.count(q))
        for q in queries
        for offset in (0, 2)
    ]


@pytest.mark.parametrize("text", ["vir", "etu1", "example", "040 100", "nen", "äijä", "zzz"])
def test_listed_sorted_and_walked_answers_agree(register, monkeypatch, text):
    queries = [
        CustomerQuery(text=text, sort=sort, descending=descending, marketing=marketing)
        for sort in (CustomerSort.NAME, CustomerSort.FIRST_NAME, CustomerSort.CUSTOMER_SINCE)
        for descending in (False, True)
        for marketing in (MarketingFilter.ANY, MarketingFilter.PROHIBITED)
    ]
    results = {}
    for plan, (candidates, sort_limit) in PLANS.items():
        monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", candidates)
        monkeypatch.setattr(customer_queries, "SORT_LIMIT", sort_limit)
        results[plan] = answers(register, queries)
    assert results["sorted"] == results["listed"]
    assert results["walked"] == results["listed"]


@pytest.mark.parametrize("sort_limit", [8, 9, 10])
def test_the_plan_switches_at_the_sort_limit_with_the_same_answer(
    register, monkeypatch, sort_limit
):
    """ "vir" matches 9 customers: with SORT_LIMIT 8 it is walked, with 9 and 10 sorted."""
    expected = answers(register, [CustomerQuery(text="vir"), CustomerQuery(text="Vir ")])
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(customer_queries, "SORT_LIMIT", sort_limit)
    with register.db.reading() as session:
        match = customer_queries.match_text(session, "vir")
    assert match.ids is None
    assert match.sorted_matches is (sort_limit >= 9)
    assert answers(register, [CustomerQuery(text="vir"), CustomerQuery(text="Vir ")]) == expected


def test_a_short_text_is_never_sorted(register, monkeypatch):
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)
    with register.db.reading() as session:
        match = customer_queries.match_text(session, "vi")
    assert match.ids is None and not match.sorted_matches
