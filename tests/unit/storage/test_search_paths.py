"""The two ways a search is answered (listed candidate ids, or walking the list in order for a
very common text) must give the same pages and counts."""

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
