"""The demo register: realistic, valid, deterministic, searchable, with its dates right."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import date

import pytest
from helpers.sample import REGISTER, person
from sqlalchemy import func, select, text

from tietosuoja_desktop.domain.deadlines import request_deadlines
from tietosuoja_desktop.domain.enums import LegalBasis, RequestStatus
from tietosuoja_desktop.domain.listing import CustomerQuery, search_key
from tietosuoja_desktop.domain.marketing import Exclusion, MarketingChannel, MarketingPurpose
from tietosuoja_desktop.domain.records import Purpose, RegisterDescription
from tietosuoja_desktop.domain.validation import (
    birth_date_from_personal_id,
    business_id_problem,
    clean_customer,
    email_problem,
    personal_id_problem,
    phone_problem,
)
from tietosuoja_desktop.services import FixedClock, open_services
from tietosuoja_desktop.services import demo as demo_module
from tietosuoja_desktop.services.demo import Draw, business_id, generate_demo, personal_id
from tietosuoja_desktop.storage.customer_queries import search_text
from tietosuoja_desktop.storage.models import (
    AuditRow,
    ConsentRow,
    ContactRow,
    CustomerRegisterRow,
    CustomerRow,
    CustomerSearchRow,
    MarketingChoiceRow,
    OrderRow,
    RegisterRow,
    RequestRow,
)

TODAY = date(2026, 11, 22)  # the clock fixture's date (tests/conftest.py)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One generated register of 1,000 customers, shared by the read-only tests."""
    services = open_services(tmp_path_factory.mktemp("demo") / "data", FixedClock(TODAY))
    summary = generate_demo(services, 1000, seed=3)
    yield services, summary
    services.close()


def all_customers(services):
    return services.customers.page(CustomerQuery(), 0, 100_000)


def rows(services, *columns, order_by=None):
    with services.db.reading() as session:
        statement = select(*columns)
        if order_by is not None:
            statement = statement.order_by(*order_by)
        return session.execute(statement).all()


def count(services, model) -> int:
    with services.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


# -- what is made -------------------------------------------------------------------------


def test_counts_match_the_summary(demo):
    services, summary = demo
    assert summary.customers == 1000
    assert (summary.first_customer_id, summary.last_customer_id) == (1, 1000)
    assert summary.orders == 3000
    assert summary.controller_created and summary.registers_created == 2
    assert count(services, CustomerRow) == 1000
    assert count(services, CustomerSearchRow) == 1000
    assert count(services, OrderRow) == summary.orders
    assert count(services, ConsentRow) == summary.consents > 200
    assert count(services, ContactRow) == summary.contacts > 10
    assert count(services, RequestRow) == summary.requests >= 3
    assert services.controller.is_set_up()
    assert [r.name for r in services.registers.list()] == [
        "Asiakasrekisteri",
        "Markkinointirekisteri",
    ]


def test_the_mix_of_customers_is_realistic(demo):
    services, _ = demo
    customers = all_customers(services)
    languages = {c.language.value for c in customers}
    organisations = [c for c in customers if c.organisation]
    with_id = [c for c in customers if c.personal_id]
    assert languages >= {"fi", "sv"}
    assert 0.5 < sum(c.language.value == "fi" for c in customers) / len(customers) < 0.98
    assert 0.02 < len(organisations) / len(customers) < 0.12
    assert 0 < len(with_id) / len(customers) < 0.08
    assert any(ch in c.last_name + c.first_name for c in customers for ch in "äöå")
    assert all(TODAY.replace(year=TODAY.year - 9) < c.customer_since <= TODAY for c in customers)
    assert sum(1 for c in customers if c.marketing_prohibited) > 0


def test_every_customer_is_valid_and_already_in_normal_form(demo):
    """What the demo stores is what CustomerService.add would store for the same input."""
    services, _ = demo
    for customer in all_customers(services):
        cleaned, problems = clean_customer(customer, today=TODAY)
        assert problems == [], (customer.id, problems)
        assert cleaned == customer


def test_search_text_is_what_customer_service_add_stores(demo):
    services, _ = demo
    stored = dict(rows(services, CustomerSearchRow.customer_id, CustomerSearchRow.text))
    for customer in all_customers(services):
        cleaned, _ = clean_customer(customer, today=TODAY)
        assert stored[customer.id] == search_text(cleaned)


def test_identifiers_are_valid(demo):
    services, _ = demo
    customers = all_customers(services)
    for customer in customers:
        if customer.personal_id:
            assert personal_id_problem(customer.personal_id) is None
            assert customer.birth_date == birth_date_from_personal_id(customer.personal_id)
        if customer.business_id:
            assert business_id_problem(customer.business_id) is None
            assert customer.organisation
        if customer.phone:
            assert phone_problem(customer.phone) is None
            assert customer.phone.startswith("+3584") or customer.phone.startswith("+35850")
    profile = services.controller.get()
    assert business_id_problem(profile.business_id) is None


def test_emails_are_valid_unique_ascii_and_never_reach_anyone(demo):
    services, _ = demo
    emails = [c.email for c in all_customers(services) if c.email]
    assert len(emails) > 900
    assert len(set(emails)) == len(emails)
    for email in emails:
        assert email_problem(email) is None
        assert email.isascii()
        assert email.rsplit("@", 1)[1].split(".")[-2:][0] == "example"


def test_every_name_in_the_pools_makes_an_e_mail_address():
    pools = demo_module._Pools(1)
    for language in ("fi", "sv", "en"):
        assert len(pools.first[language]) > 50 and len(pools.last[language]) > 50
        for name in pools.first[language] + pools.last[language]:
            assert demo_module.ascii_fold(name).isalnum(), name
    assert demo_module.ascii_fold("Åsa Öhman-Lindqvist") == "asaohmanlindqvist"


def test_generated_identifiers_validate_over_many_draws():
    draw = Draw("identifiers")
    for _ in range(2000):
        assert business_id_problem(business_id(draw)) is None
    for born in (date(1945, 1, 1), date(1999, 12, 31), date(2000, 2, 29), date(2008, 6, 15)):
        for _ in range(50):
            code = personal_id(draw, born)
            assert personal_id_problem(code) is None
            assert birth_date_from_personal_id(code) == born


# -- history and dates --------------------------------------------------------------------


def test_last_order_and_last_activity_agree_with_the_history(demo):
    services, _ = demo
    latest: dict[int, date] = {}
    latest_order: dict[int, date] = {}
    for customer_id, ordered_on in rows(services, OrderRow.customer_id, OrderRow.ordered_on):
        latest_order[customer_id] = max(ordered_on, latest_order.get(customer_id, ordered_on))
    events = list(rows(services, ContactRow.customer_id, ContactRow.on))
    events += [(c, at.date()) for c, at in rows(services, ConsentRow.customer_id, ConsentRow.at)]
    for customer_id, day in [*latest_order.items(), *events]:
        latest[customer_id] = max(day, latest.get(customer_id, day))
    checked = 0
    for customer_id, since, last_order, last_activity in rows(
        services,
        CustomerRow.id,
        CustomerRow.customer_since,
        CustomerRow.last_order_on,
        CustomerRow.last_activity_on,
    ):
        assert last_order == latest_order.get(customer_id)
        assert last_activity == max(since, latest.get(customer_id, since))
        checked += 1
    assert checked == 1000
    assert len(latest_order) < 1000  # some customers never ordered


def test_orders_are_dated_within_the_customer_relationship(demo):
    services, _ = demo
    since = dict(rows(services, CustomerRow.id, CustomerRow.customer_since))
    statuses = set()
    for customer_id, ordered_on, amount, status, description in rows(
        services,
        OrderRow.customer_id,
        OrderRow.ordered_on,
        OrderRow.amount_cents,
        OrderRow.status,
        OrderRow.description,
    ):
        assert since[customer_id] <= ordered_on <= TODAY
        assert amount > 0 and description
        statuses.add(status)
    assert {"paid", "open", "cancelled"} <= statuses


def test_consent_history_is_in_order_and_fills_the_marketing_register(demo):
    services, _ = demo
    history = defaultdict(list)
    for customer_id, action in rows(
        services,
        ConsentRow.customer_id,
        ConsentRow.action,
        order_by=(ConsentRow.customer_id, ConsentRow.at),
    ):
        history[customer_id].append(action)
    assert set(map(tuple, history.values())) == {("given",), ("given", "withdrawn")}
    marketing = next(r.id for r in services.registers.list() if r.name.startswith("Markkin"))
    members = {
        c
        for c, r in rows(services, CustomerRegisterRow.customer_id, CustomerRegisterRow.register_id)
        if r == marketing
    }
    assert members == set(history)
    withdrawn = next(c for c, actions in history.items() if len(actions) == 2)
    assert not services.activity.has_consent(withdrawn, demo_module.MARKETING_PURPOSE)


def test_per_channel_marketing_data_is_realistic(demo):
    services, _ = demo
    consents = rows(services, ConsentRow.action, ConsentRow.method, ConsentRow.consent_text,
                    ConsentRow.marketing_channel)  # fmt: skip
    assert {channel for *_, channel in consents} == {"email"}
    assert {method for _, method, *_ in consents} >= {"web_form", "paper_form", "email"}
    texts = {action: text for action, _, text, _ in consents}
    assert texts == {"given": demo_module.CONSENT_TEXT, "withdrawn": demo_module.WITHDRAWAL_TEXT}
    choices = rows(services, MarketingChoiceRow.customer_id, MarketingChoiceRow.channel,
                   MarketingChoiceRow.kind, MarketingChoiceRow.on)  # fmt: skip
    kinds = Counter((channel, kind) for _, channel, kind, _ in choices)
    assert 20 <= kinds["phone", "refused"] <= 60 and kinds["post", "refused"] >= 8
    assert kinds["phone", "prohibited"] + kinds["post", "prohibited"] >= 1
    assert sum(n for (_, kind), n in kinds.items() if kind == "allowed") >= 1
    assert len(choices) < 100  # some, not most: about 7 in 100 customers
    assert all(day <= TODAY for *_, day in choices)
    refused = next(c for c, channel, kind, _ in choices if (channel, kind) == ("phone", "refused")
                   and not any(o == c and k == "allowed" for o, _, k, _ in choices))  # fmt: skip
    purpose = MarketingPurpose(demo_module.MARKETING_PURPOSE)
    verdicts = services.marketing.permissions(refused, purpose)
    assert verdicts[MarketingChannel.PHONE].exclusion in (Exclusion.REFUSED, Exclusion.PROHIBITED,
                                                          Exclusion.RESTRICTED)  # fmt: skip


def test_requests_have_their_legal_clock(demo):
    services, summary = demo
    views = services.requests.list()
    assert len(views) == summary.requests >= 3
    for view in views:
        request = view.request
        assert request.received <= TODAY
        assert view.deadlines == request_deadlines(request)
        if request.status is RequestStatus.EXTENDED:
            assert request.extended_on <= view.deadlines.extension_notice_by
    unknown = [v for v in views if v.request.customer_id is None and v.request.requester_name]
    assert unknown and unknown[0].subject == unknown[0].request.requester_name
    assert services.requests.list(overdue=True)
    assert any(v.request.is_extended for v in views)


def test_retention_lists_some_but_not_most(demo):
    services, _ = demo
    due = services.retention.due()
    customer_register = services.registers.list()[0]
    past_five_years = [d for d in due if d.register_id == customer_register.id]
    assert 0 < len(past_five_years) < 300
    assert all(d.expired_on < TODAY for d in due)


def test_the_search_index_finds_generated_customers(demo):
    """Short queries scan, long ones use the trigram index: both must agree with the text."""
    services, _ = demo
    customers = all_customers(services)
    texts = {c.id: search_text(c) for c in customers}
    with_umlaut = next(c for c in customers if any(ch in c.last_name for ch in "äö"))
    position = next(i for i, ch in enumerate(with_umlaut.last_name) if ch in "äö")
    start = max(0, position - 1)
    queries = [
        with_umlaut.last_name[start : start + 2].upper(),  # two letters, one of them ä or ö
        with_umlaut.last_name[start : start + 4],  # four letters
        with_umlaut.last_name,
        with_umlaut.first_name[:1],
        "0" + with_umlaut.phone[4:9] if with_umlaut.phone else "040",
        "example.org",
        "Ö",
    ]
    for query in queries:
        key = search_key(query)
        expected = {i for i, t in texts.items() if key in t}
        found = {c.id for c in services.customers.search(query, limit=100_000)}
        assert found == expected, query
        assert services.customers.count(CustomerQuery(text=query)) == len(expected)
    assert with_umlaut.id in {c.id for c in services.customers.search(queries[0], 100_000)}


def test_one_audit_entry_without_personal_values(demo):
    services, _ = demo
    entries = rows(services, AuditRow.action, AuditRow.entity, AuditRow.entity_id, AuditRow.fields)
    assert entries == [
        (
            "demo",
            "register",
            None,
            "controller,registers,customers,orders,consents,contacts,requests",
        )
    ]


# -- determinism and appending --------------------------------------------------------------


def dump(services):
    tables = (
        CustomerRow,
        OrderRow,
        ConsentRow,
        ContactRow,
        RequestRow,
        CustomerSearchRow,
        MarketingChoiceRow,
    )
    with services.db.reading() as session:
        return [session.execute(select(m.__table__)).all() for m in tables]


def test_same_seed_same_register_and_another_seed_another(tmp_path):
    dumps = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        with open_services(tmp_path / name, FixedClock(TODAY)) as services:
            generate_demo(services, 200, seed=seed)
            dumps.append(dump(services))
    assert dumps[0] == dumps[1]
    assert dumps[0][0] != dumps[2][0]


def test_appends_to_a_register_that_has_data(services):
    services.registers.add(REGISTER)
    existing = services.customers.add(person())
    first = generate_demo(services, 200, seed=1)
    assert first.first_customer_id == existing.id + 1
    assert first.registers_created == 0 and first.controller_created
    second = generate_demo(services, 200, seed=1)
    assert second.first_customer_id == first.last_customer_id + 1
    assert not second.controller_created
    assert services.customers.get(existing.id) == existing
    customers = all_customers(services)
    assert len(customers) == 401
    # A second run adds new people, not twins of the first run's.
    names = lambda ids: [(c.first_name, c.last_name) for c in customers if c.id in ids]  # noqa: E731
    assert names(range(2, 202)) != names(range(202, 402))
    emails = [c.email for c in customers if c.email]
    assert len(set(emails)) == len(emails)
    # Everyone is in the one register there is; nobody in a marketing register that is not.
    memberships = rows(services, CustomerRegisterRow.register_id)
    assert {r for (r,) in memberships} == {services.registers.list()[0].id}
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(RegisterRow)) == 1


def test_a_register_that_only_collects_consents_gets_everyone_once(services):
    services.registers.add(
        RegisterDescription(
            name="Uutiskirje", purposes=(Purpose("Uutiskirje", LegalBasis.CONSENT),)
        )
    )
    generate_demo(services, 300)
    memberships = rows(services, CustomerRegisterRow.customer_id)
    assert len(memberships) == len(set(memberships)) == 300


def schema(services) -> list[tuple[str, str]]:
    with services.db.reading() as session:
        statement = text("SELECT name, sql FROM sqlite_master ORDER BY name")
        return [tuple(row) for row in session.execute(statement)]


def test_the_schema_is_the_same_afterwards(services):
    before = schema(services)
    generate_demo(services, 300)  # into an empty register: indexes built after the rows
    assert schema(services) == before
    generate_demo(services, 100)
    assert schema(services) == before


def test_a_failure_half_way_leaves_nothing_behind(services, monkeypatch):
    monkeypatch.setattr(demo_module, "CHUNK", 100)
    before = schema(services)

    def interrupted(done, total):
        if done == 200:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_demo(services, 300, progress=interrupted)
    assert schema(services) == before
    assert count(services, CustomerRow) == count(services, OrderRow) == 0
    assert count(services, AuditRow) == 0
    assert not services.controller.is_set_up()


def test_an_erased_customers_id_is_not_given_again(services):
    first = generate_demo(services, 50)
    services.erasure.erase(first.last_customer_id)
    second = generate_demo(services, 10)
    assert second.first_customer_id == first.last_customer_id + 1
    with services.db.reading() as session:
        order_ids = session.scalars(select(OrderRow.id)).all()
    assert len(order_ids) == len(set(order_ids))


def test_a_failure_while_making_rows_leaves_nothing_behind(services, monkeypatch):
    """The rows are made on a second thread; its error reaches the caller all the same."""
    monkeypatch.setattr(demo_module, "CHUNK", 100)
    make = demo_module._Generator.chunk
    made = []

    def failing(self, first_id, order_counts):
        made.append(first_id)
        if len(made) == 3:
            raise RuntimeError("disk full")
        return make(self, first_id, order_counts)

    monkeypatch.setattr(demo_module._Generator, "chunk", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        generate_demo(services, 500)
    assert count(services, CustomerRow) == count(services, CustomerSearchRow) == 0


def test_progress_is_reported_per_chunk(services, monkeypatch):
    monkeypatch.setattr(demo_module, "CHUNK", 100)
    calls = []
    generate_demo(services, 250, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]
    assert services.customers.count() == 250


def test_orders_per_customer_is_honoured(services):
    summary = generate_demo(services, 300, orders_per_customer=0.5)
    assert summary.orders == 150
    assert count(services, OrderRow) == 150


def test_nothing_but_the_setup_for_zero_customers(services):
    summary = generate_demo(services, 0)
    assert (summary.customers, summary.orders, summary.requests) == (0, 0, 0)
    assert summary.first_customer_id is None
    assert services.controller.is_set_up()
    assert len(services.registers.list()) == 2


def test_negative_sizes_are_refused(services):
    with pytest.raises(ValueError):
        generate_demo(services, -1)
    with pytest.raises(ValueError):
        generate_demo(services, 10, orders_per_customer=-1)


def test_draw_is_stable_for_a_seed():
    first, second = Draw("x"), Draw("x")
    assert [first.below(1000) for _ in range(20)] == [second.below(1000) for _ in range(20)]
    assert random.Random("x").random() == Draw("x").random()


def test_the_demo_register_states_the_bookkeeping_period_as_the_act_does():
    """Kirjanpitolaki 2:10: six years from the end of the year in which the financial period
    ended (issue 17), in the Finnish original and its Swedish translation."""
    from tietosuoja_desktop.domain.enums import Language
    from tietosuoja_desktop.domain.register_languages import in_language
    from tietosuoja_desktop.services.demo_words import DEMO_REGISTERS

    customer_register = DEMO_REGISTERS[0]
    assert "sen vuoden lopusta, jonka aikana tilikausi päättyi" in customer_register.retention_text
    swedish = in_language(customer_register, Language.SV).retention_text
    assert "från utgången av det år under vilket räkenskapsperioden gick ut" in swedish
