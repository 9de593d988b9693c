"""Finding and paging customers (storage/customer_queries.py through the customer service):
substring, case-insensitive search over names, organisation, e-mail, phone and Y-tunnus for
queries of any length; stable, ordered pages; filters whose counts agree with their pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import REGISTER, person
from sqlalchemy import select, text

from tietosuoja_desktop.domain.enums import CustomerKind, RetentionAnchor
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort, MarketingFilter
from tietosuoja_desktop.domain.records import Customer, Order, RetentionRule
from tietosuoja_desktop.services import FixedClock, open_services
from tietosuoja_desktop.storage import customer_queries
from tietosuoja_desktop.storage.models import CustomerRow, CustomerSearchRow

# -- a small register with every kind of searchable text ------------------------------------

PEOPLE = {
    "aijala": dict(
        first_name="Päivi",
        last_name="Äijälä",
        email="paivi.aijala@example.fi",
        phone="040 123 4567",
    ),
    "ohman": dict(
        first_name="Örjan", last_name="Öhman", email="orjan.ohman@example.se", phone="050 222 3333"
    ),
    "akerlund": dict(
        first_name="Åsa",
        last_name="Åkerlund",
        email="asa.akerlund@example.se",
        phone="044 555 6666",
    ),
    "dupont": dict(
        first_name="Émile", last_name="Dupont", email="emile.dupont@example.fr", phone=""
    ),
    "grossmann": dict(
        first_name="Jürgen", last_name="Großmann", email="juergen@example.de", phone=""
    ),
    "brzeczy": dict(
        first_name="Łukasz", last_name="Brzęczyszczykiewicz", email="lukasz@example.pl", phone=""
    ),
    "ivanov": dict(first_name="Дмитрий", last_name="Иванов", email="dmitri@example.ru", phone=""),
    "annakaisa": dict(
        first_name="Anna-Kaisa", last_name="Kivi", email="anna.kivi@example.fi", phone=""
    ),
    "andersson": dict(first_name="Karl", last_name="Andersson", email="karl@example.se", phone=""),
}
ORGANISATIONS = {
    "kahvila": dict(
        organisation="Kahvila Esimerkki Tmi",
        business_id="3354302-8",
        email="info@kahvilaesimerkki.fi",
        phone="09 765 4321",
    ),
    "lainaus": dict(organisation='Tmi "Lainaus"'),
    "star": dict(organisation="Star*Shop Oy"),
    "colon": dict(organisation="A:B Consulting"),
    "near": dict(organisation="Near(by) Ky"),
}
TODAY = date(2026, 11, 22)
BLANK_ADDRESS = dict(street_address="", postal_code="", city="", email="", phone="")


def add_people(services) -> dict[str, Customer]:
    added = {}
    for label, values in PEOPLE.items():
        added[label] = services.customers.add(person(**{**BLANK_ADDRESS, **values}))
    for label, values in ORGANISATIONS.items():
        added[label] = services.customers.add(Customer(kind=CustomerKind.ORGANISATION, **values))
    return added


@pytest.fixture
def people(services) -> dict[str, Customer]:
    """The small register, for tests that change it."""
    return add_people(services)


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """The small register, opened once for the tests that only read it."""
    opened = open_services(tmp_path_factory.mktemp("people"), FixedClock(TODAY))
    try:
        yield opened, add_people(opened)
    finally:
        opened.close()


def query_key(query: str) -> str:
    """The search rule, restated for the oracle: case-folded, white space collapsed, and
    phone-like text without spaces or parentheses."""
    key = " ".join(query.casefold().split())
    if key and all(ch.isdigit() or ch in " +-()" for ch in key):
        key = key.replace(" ", "").replace("(", "").replace(")", "")
    return key


def haystacks(customer: Customer) -> list[str]:
    national = "0" + customer.phone[4:] if customer.phone.startswith("+358") else ""
    fields = [
        f"{customer.first_name} {customer.last_name}",
        customer.organisation,
        customer.email,
        customer.phone,
        national,
        customer.business_id,
    ]
    return [" ".join(f.casefold().split()) for f in fields if f]


def oracle(customers: dict[str, Customer], query: str) -> set[str]:
    """Which customers a query must find: those whose searchable text contains it."""
    key = query_key(query)
    return {label for label, c in customers.items() if any(key in h for h in haystacks(c))}


def found(services, customers: dict[str, Customer], query: str) -> set[str]:
    by_id = {c.id: label for label, c in customers.items()}
    results = services.customers.search(query, limit=1000)
    labels = [by_id[c.id] for c in results]
    assert len(labels) == len(set(labels)), "a customer was listed twice"
    return set(labels)


def test_added_values_are_stored_as_the_oracle_expects(shared):
    _, people = shared
    assert people["aijala"].phone == "+358401234567"
    assert people["kahvila"].phone == "+35897654321"
    assert people["kahvila"].business_id == "3354302-8"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # one letter
        ("ä", {"aijala"}),
        ("Ä", {"aijala"}),
        ("ö", {"ohman"}),
        ("Ö", {"ohman"}),
        ("å", {"akerlund"}),
        ("Å", {"akerlund"}),
        ("é", {"dupont"}),
        ("É", {"dupont"}),
        ("ł", {"brzeczy"}),
        ("Ł", {"brzeczy"}),
        ("д", {"ivanov"}),
        ("Д", {"ivanov"}),
        ("ß", {"grossmann", "andersson"}),  # ß folds to "ss"
        ("z", {"brzeczy"}),
        # two letters
        ("äi", {"aijala"}),
        ("LÄ", {"aijala"}),
        ("öh", {"ohman"}),
        ("ÅK", {"akerlund"}),
        ("ęc", {"brzeczy"}),
        ("ИВ", {"ivanov"}),
        ("ив", {"ivanov"}),
        ("éM", {"dupont"}),
        # three letters and more
        ("äij", {"aijala"}),
        ("ÄIJÄLÄ", {"aijala"}),
        ("päivi äijälä", {"aijala"}),
        ("PÄIVI   ÄIJÄLÄ", {"aijala"}),
        ("ÖHMAN", {"ohman"}),
        ("örjan öhman", {"ohman"}),
        ("åkerl", {"akerlund"}),
        ("ÅSA ÅKERLUND", {"akerlund"}),
        ("émile", {"dupont"}),
        ("ÉMILE DUPONT", {"dupont"}),
        ("groß", {"grossmann"}),
        ("GROSS", {"grossmann"}),
        ("großmann", {"grossmann"}),
        ("jürgen", {"grossmann"}),
        ("ŁUKASZ", {"brzeczy"}),
        ("ęczy", {"brzeczy"}),
        ("szcz", {"brzeczy"}),
        ("брзе", set()),
        ("ДМИТРИЙ", {"ivanov"}),
        ("иванов", {"ivanov"}),
        ("митр", {"ivanov"}),
        # organisation and Y-tunnus
        ("kahvila", {"kahvila"}),
        ("ESIMERKKI", {"kahvila"}),
        ("tmi", {"kahvila", "lainaus"}),
        ("3354302-8", {"kahvila"}),
        ("3354302", {"kahvila"}),
        ("302-8", {"kahvila"}),
        (" 3354302-8 ", {"kahvila"}),
        # e-mail
        ("emile.dupont@", {"dupont"}),
        ("EXAMPLE.FR", {"dupont"}),
        ("@example.se", {"ohman", "akerlund", "andersson"}),
        ("info@kahvilaesimerkki.fi", {"kahvila"}),
        # phone, as people type it
        ("040 123 4567", {"aijala"}),
        ("0401234567", {"aijala"}),
        ("+358401234567", {"aijala"}),
        ("+358 40 123 4567", {"aijala"}),
        ("(040) 123 4567", {"aijala"}),
        ("123 45", {"aijala"}),
        ("4567", {"aijala"}),
        ("09 765 4321", {"kahvila"}),
        ("097654321", {"kahvila"}),
        ("+35897654321", {"kahvila"}),
        ("222 3333", {"ohman"}),
        ("99999", set()),
    ],
)
def test_search_finds_substrings_case_insensitively(shared, query, expected):
    services, people = shared
    assert found(services, people, query) == expected
    assert oracle(people, query) == expected  # the table above agrees with the rule


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"', {"lainaus"}),
        ('"lainaus"', {"lainaus"}),
        ('Tmi "Lainaus"', {"lainaus"}),
        ('lainaus"', {"lainaus"}),
        ('""', set()),
        ("*", {"star"}),
        ("r*s", {"star"}),
        ("star*shop", {"star"}),
        ("sta*", set()),  # not a prefix query
        (":", {"colon"}),
        ("a:b", {"colon"}),
        ("organisation:star", set()),  # not a column filter
        ("NEAR(", {"near"}),
        ("near(by)", {"near"}),
        ("NEAR(a b)", set()),
        ("-", {"kahvila", "annakaisa"}),
        ("anna-kaisa", {"annakaisa"}),
        ("-kaisa", {"annakaisa"}),
        ("AND", {"andersson"}),
        ("and", {"andersson"}),
        ("a AND b", set()),
        ("OR", {"ohman"}),  # orjan.ohman@...
        ("x OR y", set()),
        ("NOT", set()),
        ("^kahvila", set()),
        ("{first_name}: x", set()),
        ("kah%", set()),  # not a LIKE wildcard either
        ("k_hvila", set()),
        ("'); DROP TABLE customer; --", set()),
    ],
)
def test_search_syntax_characters_match_literally(shared, query, expected):
    services, people = shared
    assert found(services, people, query) == expected
    assert oracle(people, query) == expected
    assert services.customers.count(CustomerQuery(text=query)) == len(expected)


@pytest.mark.parametrize("query", ["(", ")", "()", " ", ""])
def test_queries_without_searchable_text_list_everyone(shared, query):
    services, people = shared
    """Punctuation a phone number may start with is dropped; nothing is left to search for."""
    assert found(services, people, query) == set(people)


def test_every_short_substring_of_every_name_finds_exactly_the_oracles_customers(shared):
    services, people = shared
    checked = 0
    for customer in people.values():
        for source in (customer.first_name, customer.last_name, customer.organisation):
            for length in (1, 2, 3):
                for start in range(len(source) - length + 1):
                    query = source[start : start + length]
                    for typed in (query, query.upper()):
                        expected = oracle(people, typed)
                        assert found(services, people, typed) == expected, typed
                        checked += 1
    assert checked > 300


def test_search_respects_its_limit(shared):
    services, _ = shared
    assert len(services.customers.search("example", limit=3)) == 3
    assert len(services.customers.search("e", limit=2)) == 2


def test_search_text_follows_an_update(services, people):
    customer = people["aijala"]
    services.customers.update(
        replace(
            customer, last_name="Östlund", email="paivi.ostlund@example.fi", phone="045 777 8888"
        )
    )
    people = {**people, "aijala": services.customers.get(customer.id)}
    for gone in ("äijälä", "äij", "jä", "paivi.aijala", "040 123 4567", "0401234567"):
        assert "aijala" not in found(services, people, gone), gone
    for new in ("östlund", "ÖST", "ös", "paivi.ostlund", "045 777 8888", "+358457778888", "päivi"):
        assert "aijala" in found(services, people, new), new
    for query in ("ä", "ö", "äij", "östl", "777"):
        assert found(services, people, query) == oracle(people, query)


def test_an_update_that_changes_nothing_keeps_the_search_text(services, people):
    customer = people["ohman"]
    services.customers.update(customer)
    assert found(services, people, "öhman") == {"ohman"}
    assert found(services, people, "öh") == {"ohman"}


def test_erased_customer_is_gone_from_search(services, people):
    customer = people["brzeczy"]
    services.erasure.erase(customer.id)
    remaining = {k: v for k, v in people.items() if k != "brzeczy"}
    for query in ("łukasz", "ł", "ęc", "brzęczyszczykiewicz", "lukasz@example.pl", "szcz"):
        assert found(services, remaining, query) == set(), query
    with services.db.reading() as session:
        assert session.get(CustomerSearchRow, customer.id) is None
        in_index = session.execute(
            text("SELECT count(*) FROM customer_fts WHERE rowid = :id"), {"id": customer.id}
        ).scalar()
        assert in_index == 0
    assert services.customers.count() == len(remaining)


def test_search_index_agrees_with_the_search_table(shared):
    services, people = shared
    """The FTS5 index is built over exactly the stored search lines (external content)."""
    with services.db.reading() as session:
        session.execute(text("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')"))
        lines = dict(
            session.execute(select(CustomerSearchRow.customer_id, CustomerSearchRow.text)).all()
        )
    assert set(lines) == {c.id for c in people.values()}
    assert lines[people["aijala"].id].splitlines() == [
        "päivi äijälä",
        "paivi.aijala@example.fi",
        "+358401234567",
        "0401234567",
    ]
    assert lines[people["grossmann"].id].splitlines()[0] == "jürgen grossmann"


# -- paging, sorting and filters over a larger list -----------------------------------------

LAST_NAMES = ("Virtanen", "Korhonen", "Nieminen", "Laine", "Heikkinen")
FIRST_NAMES = ("Aino", "Eero", "Helmi", "Juho")
CITIES = ("Turku", "Oulu", "Espoo", "Vaasa")
ORGS = ("", "Alfa Oy", "Beta Ky", "")


def add_crowd(services):
    """53 customers: repeated names (so ties fall to the id), varied cities, dates, flags and
    memberships. Returns the services' view plus what the test set up, for the oracle."""
    register_a = services.registers.add(replace(REGISTER, name="A-rekisteri"))
    register_b = services.registers.add(
        replace(
            REGISTER,
            name="B-rekisteri",
            retention=RetentionRule(2, RetentionAnchor.CUSTOMER_SINCE),
        )
    )
    setup = {"prohibited": set(), "restricted": set(), "a": set(), "b": set()}
    ids = []
    for index in range(53):
        registers = ()
        if index % 2 == 0:
            registers += (register_a.id,)
        if index % 3 == 0:
            registers += (register_b.id,)
        customer = services.customers.add(
            person(
                first_name=FIRST_NAMES[index % 4],
                last_name=LAST_NAMES[(index * 7) % 5],
                organisation=ORGS[index % 4],
                email=f"asiakas{(index * 37) % 53:02d}@example.fi",
                phone="",
                city=CITIES[(index * 3) % 4],
                customer_since=date(2015 + index % 11, 1 + index % 12, 1 + index % 28),
                register_ids=registers,
            )
        )
        ids.append(customer.id)
        if index % 5 == 0:
            services.activity.add_order(Order(customer.id, date(2026, 1 + index % 10, 3)))
        if index % 4 == 1:
            services.customers.prohibit_marketing(customer.id)
            setup["prohibited"].add(customer.id)
        if index % 6 == 1:
            services.customers.restrict(customer.id)
            setup["restricted"].add(customer.id)
        if register_a.id in registers:
            setup["a"].add(customer.id)
        if register_b.id in registers:
            setup["b"].add(customer.id)
    setup.update(ids=ids, register_a=register_a, register_b=register_b)
    return setup


@pytest.fixture(scope="module")
def shared_crowd(tmp_path_factory):
    """The larger list, built once for the tests that only read it."""
    opened = open_services(tmp_path_factory.mktemp("crowd"), FixedClock(TODAY))
    try:
        yield opened, add_crowd(opened)
    finally:
        opened.close()


def rows_by_id(services) -> dict[int, CustomerRow]:
    with services.db.reading() as session:
        return {row.id: row for row in session.scalars(select(CustomerRow))}


def all_pages(services, query: CustomerQuery, size: int) -> list[int]:
    ids: list[int] = []
    offset = 0
    while True:
        page = services.customers.page(query, offset, size)
        assert len(page) <= size
        ids.extend(c.id for c in page)
        if len(page) < size:
            return ids
        offset += size


SORT_KEYS = {
    CustomerSort.NAME: lambda r: (r.last_name, r.first_name, r.id),
    CustomerSort.FIRST_NAME: lambda r: (r.first_name, r.last_name, r.id),
    CustomerSort.ORGANISATION: lambda r: (r.organisation, r.id),
    CustomerSort.EMAIL: lambda r: (r.email, r.id),
    CustomerSort.CITY: lambda r: (r.city, r.id),
    CustomerSort.CUSTOMER_SINCE: lambda r: (r.customer_since, r.id),
    CustomerSort.LAST_ACTIVITY: lambda r: (r.last_activity_on, r.id),
    CustomerSort.ID: lambda r: (r.id,),
}


def test_every_sort_has_an_expected_order():
    assert set(SORT_KEYS) == set(CustomerSort)


def test_default_list_is_ordered_by_last_name_first_name_id(shared_crowd):
    services, _ = shared_crowd
    rows = rows_by_id(services)
    expected = sorted(rows, key=lambda i: (rows[i].last_name, rows[i].first_name, i))
    assert all_pages(services, CustomerQuery(), 7) == expected
    # Ties on the name are common in this list, so the id really is deciding.
    names = [(rows[i].last_name, rows[i].first_name) for i in expected]
    assert len(set(names)) < len(names)


@pytest.mark.parametrize("sort", list(CustomerSort))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_pages_in_order(shared_crowd, sort, descending):
    services, _ = shared_crowd
    rows = rows_by_id(services)
    expected = sorted(rows, key=lambda i: SORT_KEYS[sort](rows[i]), reverse=descending)
    query = CustomerQuery(sort=sort, descending=descending)
    assert all_pages(services, query, 10) == expected
    assert [c.id for c in services.customers.page(query, 0, 100)] == expected


@pytest.mark.parametrize("size", [1, 6, 53, 54, 100])
def test_pages_cover_the_list_once_whatever_the_page_size(shared_crowd, size):
    services, crowd = shared_crowd
    pages = all_pages(services, CustomerQuery(), size)
    assert sorted(pages) == sorted(crowd["ids"])
    assert pages == all_pages(services, CustomerQuery(), 11)


def test_paging_is_stable_and_ends_cleanly(shared_crowd):
    services, _ = shared_crowd
    query = CustomerQuery(sort=CustomerSort.CITY)
    first = services.customers.page(query, 10, 10)
    assert services.customers.page(query, 10, 10) == first
    assert services.customers.page(query, 50, 10) == services.customers.page(query, 50, 100)
    assert len(services.customers.page(query, 50, 10)) == 3
    assert services.customers.page(query, 53, 10) == []
    assert services.customers.page(query, 500, 10) == []


def test_adding_a_customer_after_the_last_page_leaves_earlier_pages_alone(services):
    add_crowd(services)
    before = services.customers.page(CustomerQuery(), 0, 20)
    services.customers.add(person(first_name="Öljy", last_name="Ööpik", email="", phone=""))
    assert services.customers.page(CustomerQuery(), 0, 20) == before
    assert services.customers.count() == 54


def filter_cases(crowd) -> list[tuple[CustomerQuery, set[int]]]:
    everyone = set(crowd["ids"])
    prohibited, restricted = crowd["prohibited"], crowd["restricted"]
    a, b = crowd["a"], crowd["b"]
    register_a, register_b = crowd["register_a"].id, crowd["register_b"].id
    return [
        (CustomerQuery(), everyone),
        (CustomerQuery(marketing=MarketingFilter.ANY), everyone),
        (CustomerQuery(marketing=MarketingFilter.PROHIBITED), prohibited),
        (CustomerQuery(marketing=MarketingFilter.ALLOWED), everyone - prohibited - restricted),
        (CustomerQuery(restricted_only=True), restricted),
        (
            CustomerQuery(restricted_only=True, marketing=MarketingFilter.PROHIBITED),
            restricted & prohibited,
        ),
        (CustomerQuery(restricted_only=True, marketing=MarketingFilter.ALLOWED), set()),
        (CustomerQuery(register_id=register_a), a),
        (CustomerQuery(register_id=register_b), b),
        (
            CustomerQuery(register_id=register_a, marketing=MarketingFilter.PROHIBITED),
            a & prohibited,
        ),
        (CustomerQuery(register_id=register_b, restricted_only=True), b & restricted),
        (CustomerQuery(register_id=9999), set()),
    ]


def test_filters_select_the_right_customers_and_counts_agree(shared_crowd):
    services, crowd = shared_crowd
    for query, expected in filter_cases(crowd):
        for sort in (CustomerSort.NAME, CustomerSort.LAST_ACTIVITY):
            for descending in (False, True):
                listed = all_pages(services, replace(query, sort=sort, descending=descending), 8)
                assert len(listed) == len(set(listed))
                assert set(listed) == expected, query
        assert services.customers.count(query) == len(expected), query
    # The filters are not trivially empty or full in this list.
    assert 0 < len(crowd["prohibited"] & crowd["restricted"]) < len(crowd["restricted"])


def test_text_and_filters_combine(shared_crowd):
    services, crowd = shared_crowd
    rows = rows_by_id(services)
    with_virtanen = {i for i, r in rows.items() if r.last_name == "Virtanen"}
    query = CustomerQuery(text="virta", marketing=MarketingFilter.PROHIBITED)
    assert set(all_pages(services, query, 3)) == with_virtanen & crowd["prohibited"]
    assert services.customers.count(query) == len(with_virtanen & crowd["prohibited"])
    short = CustomerQuery(text="vi", register_id=crowd["register_a"].id)  # 2-letter path
    expected = {i for i, r in rows.items() if "vi" in r.last_name.casefold()} & crowd["a"]
    assert set(all_pages(services, short, 4)) == expected
    assert services.customers.count(short) == len(expected)


def test_past_retention_filter_selects_customers_past_a_rule(shared_crowd):
    """Register A keeps five years after the last activity, B two years after customer since;
    the list must show those past either rule of a register they belong to."""
    services, crowd = shared_crowd
    rows = rows_by_id(services)
    today = TODAY

    def past(anchor: date | None, years: int) -> bool:
        return anchor is not None and date(anchor.year + years, anchor.month, anchor.day) < today

    in_a = {i for i in crowd["a"] if past(rows[i].last_activity_on, 5)}
    in_b = {i for i in crowd["b"] if past(rows[i].customer_since, 2)}
    assert in_a and in_b and in_a != in_b
    cases = [
        (CustomerQuery(past_retention_only=True), in_a | in_b),
        (CustomerQuery(past_retention_only=True, register_id=crowd["register_a"].id), in_a),
        (CustomerQuery(past_retention_only=True, register_id=crowd["register_b"].id), in_b),
        (
            CustomerQuery(past_retention_only=True, marketing=MarketingFilter.PROHIBITED),
            (in_a | in_b) & crowd["prohibited"],
        ),
    ]
    for query, expected in cases:
        assert set(all_pages(services, query, 5)) == expected
        assert services.customers.count(query) == len(expected)


def test_control_characters_in_a_search_are_dropped_not_a_failure(services):
    """A NUL in the search text ended the FTS5 phrase half-way: "unterminated string" (found by
    the command line's property test)."""
    from tietosuoja_desktop.domain.listing import CustomerQuery

    services.customers.add(person(first_name="Aino", last_name="Aalto", phone="+358401234567"))
    assert [c.last_name for c in services.customers.page(CustomerQuery(text="Aal\x00to"))] == [
        "Aalto"
    ]
    assert services.customers.count(CustomerQuery(text="12\x00")) == 1


def test_listed_ids_are_one_bound_array_each_looked_up_by_id(shared):
    """A text with at most CANDIDATE_LIMIT matches is answered from its listed ids. They are
    bound as one JSON array (issue 18), so the page is one statement whatever their number
    (SQLAlchemy's compiled cache and SQLite's prepared statement are reused), and SQLite
    still looks each id up and sorts the few rows instead of walking the name order."""
    services, people = shared
    few = customer_queries.TextMatch("abc", (people["ohman"].id, people["aijala"].id))
    many = customer_queries.TextMatch("abc", tuple(range(1, 1501)))
    with services.db.reading() as session:
        connection = session.connection()
        compiled = [
            customer_queries.page_statement(
                CustomerQuery(text="abc"), [], TODAY, 0, 50, match
            ).compile(connection)
            for match in (few, many)
        ]
        assert str(compiled[0]) == str(compiled[1])
        assert "json_each" in str(compiled[0])
        values = compiled[0].construct_params()
        parameters = tuple(values[name] for name in compiled[0].positiontup)
        plan = " | ".join(
            row[-1]
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(compiled[0]), parameters
            )
        )
        listed = connection.execute(compiled[0].statement).all()
    assert "SEARCH customer USING INTEGER PRIMARY KEY" in plan, plan
    assert "USE TEMP B-TREE FOR ORDER BY" in plan, plan
    assert [row.id for row in listed] == [people["aijala"].id, people["ohman"].id]
