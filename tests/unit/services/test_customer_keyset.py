"""Paging the customer list by keyset (after the previous page's last customer) gives exactly the
pages paging by offset gives: in every order that has a keyset, both directions, with filters,
through ties of equal names and letters sorted the Finnish way; a vanished customer falls back
to the offset."""

from __future__ import annotations

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort, MarketingFilter
from tietosuoja_desktop.storage.customer_queries import KEYSET_SORTS

FIRST = ("Aino", "Åsa", "Väinö", "eero", "Öllö", "Aino", "Zacharias")
LAST = ("Virtanen", "Ahonen", "Åberg", "Äijälä", "virtanen", "Østergaard", "")


@pytest.fixture
def many(services):
    """31 customers: equal names repeated (ties broken by id), one without a last name."""
    ids = []
    for index in range(31):
        first, last = FIRST[index % len(FIRST)], LAST[index % len(LAST)]
        added = services.customers.add(
            person(first_name=first, last_name=last, email=f"p{index}@example.fi")
        )
        if index % 4 == 0:
            services.customers.prohibit_marketing(added.id)
        ids.append(added.id)
    return ids


def pages(services, query: CustomerQuery, size: int, *, keyset: bool) -> list[list[int]]:
    found, offset, last = [], 0, None
    while True:
        after = last if keyset else None
        page = services.customers.page(query, offset, size, after=after)
        if not page:
            return found
        found.append([c.id for c in page])
        offset, last = offset + len(page), page[-1].id


@pytest.mark.parametrize("sort", sorted(KEYSET_SORTS, key=lambda s: s.value))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "filters",
    [{}, {"text": "virtanen"}, {"text": "ai"}, {"marketing": MarketingFilter.ALLOWED}],
    ids=["all", "fts", "short text", "marketing"],
)
def test_keyset_pages_are_the_offset_pages(services, many, sort, descending, filters):
    query = CustomerQuery(sort=sort, descending=descending, **filters)
    by_offset = pages(services, query, 4, keyset=False)
    assert by_offset, "the filter matches someone"
    assert pages(services, query, 4, keyset=True) == by_offset
    whole = [c.id for c in services.customers.page(query, 0, 100)]
    assert [i for page in by_offset for i in page] == whole


def test_the_name_order_has_ties_that_the_keyset_must_pass(services, many):
    names = [(c.last_name, c.first_name) for c in services.customers.page(CustomerQuery())]
    assert len(set(names)) < len(names)


def test_after_a_vanished_customer_the_offset_is_used(services, many):
    query = CustomerQuery()
    expected = services.customers.page(query, 8, 4)
    assert services.customers.page(query, 8, 4, after=max(many) + 1000) == expected


def test_an_order_without_keyset_pages_by_offset(services, many):
    query = CustomerQuery(sort=CustomerSort.CITY)
    assert CustomerSort.CITY not in KEYSET_SORTS
    first = services.customers.page(query, 0, 4)
    assert services.customers.page(query, 4, 4, after=first[-1].id) == (
        services.customers.page(query, 4, 4)
    )
