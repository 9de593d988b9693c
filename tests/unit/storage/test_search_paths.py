"""The four ways a search is answered (listed candidate ids, the sorted match set, the sort
index walked against the match set, or walking the list in order for a very common text) must
give the same pages and counts, and a text of one or two characters the same whether it is
looked up in the index or read from every line."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from datetime import date

import pytest
from helpers.registers import fixed_test_key
from helpers.sample import person
from sqlalchemy import select

from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort, MarketingFilter
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import FixedClock, open_services
from tietosuoja_desktop.storage import customer_queries
from tietosuoja_desktop.storage.models import CustomerSearchRow

TODAY = date(2026, 11, 22)  # the clock fixture's date (tests/conftest.py)
NAMES = ["Äijälä", "Virtanen", "Mäkinen", "Virta", "Åkerman", "Öhman", "Virtala", "Korhonen"]


KINDS = ["plain", pytest.param("encrypted", marks=pytest.mark.encrypted)]


@contextmanager
def shared_register(request, tmp_path_factory, blank_registers):
    """A register of the module's own, of the kind ``request.param``: the tests here only read
    it, so it is made once per module and kind (adding its customers for each of the 52 tests
    of a kind took 7 of their 18 s)."""
    kind = request.param
    folder = tmp_path_factory.mktemp(f"search-{kind}") / "data"
    folder.mkdir()
    shutil.copyfile(blank_registers[kind], database_path(folder))
    key = fixed_test_key() if kind == "encrypted" else None
    services = open_services(folder, FixedClock(TODAY), key=key)
    try:
        yield populate(services)
    finally:
        services.close()


@pytest.fixture(scope="module", params=KINDS)
def register(request, tmp_path_factory, blank_registers):
    with shared_register(request, tmp_path_factory, blank_registers) as services:
        yield services


def populate(services):
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
        common = customer_queries.match_text(session.connection(), "vir")
        rare = customer_queries.match_text(session.connection(), "äijä")
    assert common.ids is None
    assert rare.ids is not None and len(rare.ids) == 3
    assert register.customers.count(CustomerQuery(text="vir")) == 9


# (CANDIDATE_LIMIT, SORT_LIMIT, MEMBER_LIMIT) forcing each plan for every indexed text.
PLANS = {
    "listed": (2000, 5000, 60_000),
    "sorted": (1, 10**9, 10**9),
    "member walk": (1, 0, 10**9),
    "walked": (1, 0, 0),
}


def force_plan(monkeypatch, plan: str) -> None:
    monkeypatch.setattr(customer_queries, "MEMBER_SHARE", 1)  # a register of 30 customers
    names = ("CANDIDATE_LIMIT", "SORT_LIMIT", "MEMBER_LIMIT")
    for name, value in zip(names, PLANS[plan], strict=True):
        monkeypatch.setattr(customer_queries, name, value)


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
        for sort in (
            CustomerSort.NAME,
            CustomerSort.FIRST_NAME,
            CustomerSort.CUSTOMER_SINCE,
            CustomerSort.LAST_ACTIVITY,
        )
        for descending in (False, True)
        for marketing in (MarketingFilter.ANY, MarketingFilter.PROHIBITED)
    ]
    results = {}
    for plan in PLANS:
        force_plan(monkeypatch, plan)
        results[plan] = answers(register, queries)
    listed = results.pop("listed")
    assert results == {plan: listed for plan in results}


@pytest.mark.parametrize("sort_limit", [8, 9, 10])
def test_the_plan_switches_at_the_sort_limit_with_the_same_answer(
    register, monkeypatch, sort_limit
):
    """ "vir" matches 9 customers: with SORT_LIMIT 8 it is walked, with 9 and 10 sorted."""
    expected = answers(register, [CustomerQuery(text="vir"), CustomerQuery(text="Vir ")])
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(customer_queries, "SORT_LIMIT", sort_limit)
    monkeypatch.setattr(customer_queries, "MEMBER_LIMIT", 9)
    monkeypatch.setattr(customer_queries, "MEMBER_SHARE", 1)
    with register.db.reading() as session:
        match = customer_queries.match_text(session.connection(), "vir")
    assert match.ids is None
    assert match.sorted_matches is (sort_limit >= 9)
    assert match.walk_matches is (sort_limit < 9)
    assert answers(register, [CustomerQuery(text="vir"), CustomerQuery(text="Vir ")]) == expected


def test_a_common_short_text_is_never_sorted(register, monkeypatch):
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(customer_queries, "SHORT_COMMON", 1)
    with register.db.reading() as session:
        match = customer_queries.match_text(session.connection(), "vi")
    assert match.ids is None and not match.sorted_matches and not match.indexed


# Lines of every length at the ends: "zo" is a whole line (no trigram at all), "Åke Z" ends in
# a one-letter word, "qx" stands only at the end of an e-mail address.
SHORT_PEOPLE = [
    dict(first_name="Zo", last_name="", email="", phone=""),
    dict(first_name="Åke", last_name="Z", email="", phone=""),
    dict(first_name="Öljy", last_name="Ab", email="a@b.qx", phone=""),
    dict(first_name="Xi", last_name="Öö", email="", phone="040 123 4567"),
]


@pytest.fixture(scope="module", params=KINDS)
def short_register(request, tmp_path_factory, blank_registers):
    with shared_register(request, tmp_path_factory, blank_registers) as services:
        for values in SHORT_PEOPLE:
            services.customers.add(person(**values))
        yield services


def short_keys(services) -> list[str]:
    """Every text of one or two characters that some line holds, and a few that none does."""
    with services.db.reading() as session:
        lines = session.scalars(select(CustomerSearchRow.text)).all()
    found = {line[i : i + n] for line in lines for n in (1, 2) for i in range(len(line) - n + 1)}
    return sorted({key for key in found if key.strip() == key and "\n" not in key} | {"ß", "zz"})


def test_a_short_text_found_through_the_index_is_found_by_reading_every_line(short_register):
    """Issue 18: one or two characters are looked up through the trigrams that begin with
    them and the lines' last two characters, exactly as reading every line finds them."""
    keys = short_keys(short_register)
    assert len(keys) > 100
    with short_register.db.reading() as session:
        for key in keys:
            terms = customer_queries.index_terms(session.connection(), key)
            indexed = set(session.scalars(customer_queries.short_match_ids(key, terms)))
            read = select(CustomerSearchRow.customer_id).where(customer_queries.line_holds(key))
            assert indexed == set(session.scalars(read)), key


# (SHORT_COMMON, plan) forcing each plan for a short text: read from the lines (common) or
# looked up in the index.
SHORT_PLANS = {
    "read, listed": (0, "listed"),
    "read, walked": (0, "walked"),
    **{f"indexed, {plan}": (10**9, plan) for plan in PLANS},
}


@pytest.mark.parametrize("text", ["a", "ä", "z", "zo", "qx", "ab", "o", "04", "7", "q"])
def test_every_plan_of_a_short_text_gives_the_same_answer(short_register, monkeypatch, text):
    queries = [
        CustomerQuery(text=text, sort=sort, descending=descending, marketing=marketing)
        for sort in (CustomerSort.NAME, CustomerSort.EMAIL)
        for descending in (False, True)
        for marketing in (MarketingFilter.ANY, MarketingFilter.PROHIBITED)
    ]
    results = {}
    for plan, (common, limits) in SHORT_PLANS.items():
        monkeypatch.setattr(customer_queries, "SHORT_COMMON", common)
        force_plan(monkeypatch, limits)
        with short_register.db.reading() as session:
            match = customer_queries.match_text(session.connection(), text)
        assert match.indexed is (common > 0), plan
        results[plan] = answers(short_register, queries)
    first = results.pop("read, listed")
    assert all(found == first for found in results.values())


def test_a_common_short_text_is_read_from_the_lines_and_a_rare_one_looked_up(
    short_register, monkeypatch
):
    monkeypatch.setattr(customer_queries, "SHORT_COMMON", 3)
    with short_register.db.reading() as session:
        common = customer_queries.match_text(session.connection(), "a")  # in nearly every line
        rare = customer_queries.match_text(session.connection(), "qx")  # in one
    assert not common.indexed and rare.indexed and rare.ids is not None and len(rare.ids) == 1


def test_a_text_in_a_large_share_of_the_customers_is_walked_not_member_walked(
    register, monkeypatch
):
    """ "vir" is in 9 of 24 customers: more than a tenth, so the page fills within a few rows
    of the list, sooner than its match set is read."""
    monkeypatch.setattr(customer_queries, "CANDIDATE_LIMIT", 1)
    monkeypatch.setattr(customer_queries, "SORT_LIMIT", 1)
    with register.db.reading() as session:
        walked = customer_queries.match_text(session.connection(), "vir")
        monkeypatch.setattr(customer_queries, "MEMBER_SHARE", 2)  # 9 * 2 <= 24: member walk
        member = customer_queries.match_text(session.connection(), "vir")
    assert not walked.walk_matches and not walked.sorted_matches
    assert member.walk_matches
