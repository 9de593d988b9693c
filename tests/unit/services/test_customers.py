"""Customers: adding and editing them with every problem reported at once and nothing written
on a bad input, the Art 18 restriction and Art 21(2) marketing prohibition, register
memberships and duplicate warnings."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields, replace
from datetime import date, datetime

import pytest
from helpers.sample import REGISTER, person
from sqlalchemy import func, select

from tietosuoja_desktop.domain.enums import CustomerKind, Language
from tietosuoja_desktop.domain.listing import CustomerQuery, MarketingFilter
from tietosuoja_desktop.domain.records import Customer
from tietosuoja_desktop.services import NotFound
from tietosuoja_desktop.services.errors import ValidationError
from tietosuoja_desktop.storage.models import (
    AuditRow,
    CustomerRegisterRow,
    CustomerRow,
    CustomerSearchRow,
)

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(born: date, individual: int) -> str:
    """A valid henkilötunnus by the modulo-31 rule, computed independently of the product."""
    digits = f"{born:%d%m}{born.year % 100:02d}{individual:03d}"
    sign = {1800: "+", 1900: "-", 2000: "A"}[born.year // 100 * 100]
    return f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARACTERS[int(digits) % 31]}"


def table_counts(services) -> dict[str, int]:
    with services.db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (CustomerRow, CustomerSearchRow, CustomerRegisterRow, AuditRow)
        }


def audit_entries(services, customer_id: int):
    return list(reversed(services.audit.history("customer", customer_id)))


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)


# -- add ----------------------------------------------------------------------------------


def test_add_returns_the_normalised_customer(services, clock, register):
    hetu = make_hetu(date(1985, 7, 14), 234).lower()
    added = services.customers.add(
        person(
            first_name="  Päivi ",
            last_name=" Äijälä  ",
            email="  Paivi.Aijala@EXAMPLE.FI ",
            phone="040 123 4567",
            postal_code=" 00100 ",
            personal_id=f"  {hetu} ",
            notes="Ensimmäinen rivi\r\nToinen rivi\r\n",
            language=Language.SV,
            register_ids=(register.id, register.id),
        )
    )
    assert added.id is not None
    assert added.first_name == "Päivi"
    assert added.last_name == "Äijälä"
    assert added.email == "Paivi.Aijala@example.fi"  # domain lower-cased, local part kept
    assert added.phone == "+358401234567"
    assert added.postal_code == "00100"
    assert added.personal_id == hetu.upper()
    assert added.birth_date == date(1985, 7, 14)  # taken from the henkilötunnus
    assert added.notes == "Ensimmäinen rivi\nToinen rivi"
    assert added.language is Language.SV
    assert added.register_ids == (register.id,)
    assert added.customer_since == clock.today()
    assert added.created_at == added.updated_at == clock.now()
    assert added.marketing_prohibited_on is None and added.restricted_on is None
    # What get() reads back is what add() returned.
    assert services.customers.get(added.id) == added


def test_add_normalises_an_organisation(services):
    added = services.customers.add(
        Customer(
            kind=CustomerKind.ORGANISATION,
            organisation=" Kahvila Esimerkki Tmi ",
            business_id="33543028",
            phone="+46 70 123 45 67",
            email="Info@Kahvila.FI",
        )
    )
    assert added.kind is CustomerKind.ORGANISATION
    assert added.organisation == "Kahvila Esimerkki Tmi"
    assert added.business_id == "3354302-8"
    assert added.phone == "+46701234567"
    assert added.email == "info@kahvila.fi"  # role address: case-insensitive by RFC 2142


def test_add_keeps_a_given_customer_since_and_counts_activity_from_it(services):
    added = services.customers.add(person(customer_since=date(2019, 4, 1)))
    assert added.customer_since == date(2019, 4, 1)
    with services.db.reading() as session:
        row = session.get(CustomerRow, added.id)
        assert row.last_activity_on == date(2019, 4, 1)
        assert row.last_order_on is None


def test_add_writes_one_audit_entry_without_values(services, clock, register):
    added = services.customers.add(person(register_ids=(register.id,)))
    [entry] = audit_entries(services, added.id)
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "customer", added.id)
    assert entry.at == clock.now()
    assert {"first_name", "last_name", "email", "phone", "register_ids"} <= set(entry.fields)
    assert "Matti" not in ",".join(entry.fields)


def test_a_bad_customer_is_refused_with_every_problem_and_nothing_written(services, register):
    services.customers.add(person())
    before = table_counts(services)
    bad = person(
        first_name="",
        last_name="",
        email="ei-osoite",
        phone="12",
        postal_code="123",
        business_id="3354302-7",
        personal_id="311399-1234",
        customer_since=date(2027, 1, 1),
        register_ids=(register.id, 999),
    )
    with pytest.raises(ValidationError) as refused:
        services.customers.add(bad)
    fields = [p.field for p in refused.value.problems]
    assert set(fields) == {
        "first_name",
        "business_id",
        "postal_code",
        "phone",
        "email",
        "personal_id",
        "customer_since",
        "register_ids",
    }
    assert len(fields) == len(set(fields))  # one problem per field here
    for problem in refused.value.problems:
        assert problem.render()  # every problem carries a message
        assert "ei-osoite" not in problem.render()  # and never echoes the value
    assert table_counts(services) == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        (dict(email="matti@"), "email"),
        (dict(phone="040 12"), "phone"),
        (dict(postal_code="1000"), "postal_code"),
        (dict(first_name="", last_name=""), "first_name"),
        (dict(birth_date=date(2030, 1, 1)), "birth_date"),
        (dict(first_name="Matti\x00"), "first_name"),
        (dict(notes="x" * 5001), "notes"),
    ],
)
def test_each_bad_field_is_named(services, overrides, field):
    with pytest.raises(ValidationError) as refused:
        services.customers.add(person(**overrides))
    assert [p.field for p in refused.value.problems] == [field]
    assert services.customers.count() == 0
    assert services.audit.recent() == []


def test_an_organisation_needs_its_name(services):
    with pytest.raises(ValidationError) as refused:
        services.customers.add(Customer(kind=CustomerKind.ORGANISATION, first_name="Aino"))
    assert [p.field for p in refused.value.problems] == ["organisation"]


def test_validate_reports_without_writing(services):
    cleaned, problems = services.customers.validate(person(email="ei-osoite", phone="040 1234567"))
    assert [p.field for p in problems] == ["email"]
    assert cleaned.phone == "+358401234567"
    assert services.customers.count() == 0


def test_get_unknown_customer(services):
    with pytest.raises(NotFound) as missing:
        services.customers.get(404)
    assert (missing.value.entity, missing.value.entity_id) == ("customer", 404)


# -- update -------------------------------------------------------------------------------


def test_update_saves_changes_and_audits_the_changed_fields(services, clock):
    added = services.customers.add(person())
    clock.set(date(2026, 12, 1))
    updated = services.customers.update(
        replace(added, email="matti.uusi@example.fi", city="Tampere", phone="050 222 3333")
    )
    assert updated.email == "matti.uusi@example.fi"
    assert updated.city == "Tampere"
    assert updated.phone == "+358502223333"
    assert updated.updated_at == datetime(2026, 12, 1, 12, 0)
    assert updated.created_at == added.created_at
    assert services.customers.get(added.id) == updated

    create, update = audit_entries(services, added.id)
    assert create.action == "create"
    assert (update.action, update.entity, update.entity_id) == ("update", "customer", added.id)
    assert set(update.fields) == {"email", "city", "phone"}
    assert update.at == datetime(2026, 12, 1, 12, 0)


def test_update_without_changes_writes_nothing(services, clock):
    added = services.customers.add(person())
    clock.set(date(2026, 12, 1))
    same = services.customers.update(replace(added, first_name=" Matti "))  # trimmed: the same
    assert same.updated_at == added.updated_at
    assert len(audit_entries(services, added.id)) == 1


def test_update_cannot_set_or_clear_the_flags(services):
    added = services.customers.add(person())
    services.customers.restrict(added.id)
    current = services.customers.get(added.id)
    updated = services.customers.update(
        replace(current, restricted_on=None, marketing_prohibited_on=date(2026, 1, 1))
    )
    assert updated.restricted_on == date(2026, 11, 22)
    assert updated.marketing_prohibited_on is None


def test_a_bad_update_changes_nothing(services):
    added = services.customers.add(person())
    before = table_counts(services)
    with pytest.raises(ValidationError) as refused:
        services.customers.update(replace(added, email="huono", last_name="Uusi", phone="1"))
    assert {p.field for p in refused.value.problems} == {"email", "phone"}
    assert services.customers.get(added.id) == added
    assert table_counts(services) == before
    assert services.customers.search("uusi") == []


def test_update_of_an_unknown_customer(services):
    with pytest.raises(NotFound):
        services.customers.update(person(id=77))
    with pytest.raises(ValueError, match="id"):
        services.customers.update(person())
    assert services.audit.recent() == []


# -- restriction and marketing prohibition ------------------------------------------------


@pytest.mark.parametrize(
    ("set_flag", "lift_flag", "field", "action"),
    [
        ("restrict", "lift_restriction", "restricted_on", "restrict"),
        (
            "prohibit_marketing",
            "lift_marketing_prohibition",
            "marketing_prohibited_on",
            "prohibit_marketing",
        ),
    ],
)
def test_flags_take_the_date_and_are_idempotent(
    services, clock, set_flag, lift_flag, field, action
):
    added = services.customers.add(person())
    clock.set(date(2026, 12, 3))
    flagged = getattr(services.customers, set_flag)(added.id)
    assert getattr(flagged, field) == date(2026, 12, 3)
    assert flagged.updated_at == datetime(2026, 12, 3, 12, 0)

    clock.set(date(2027, 1, 10))
    again = getattr(services.customers, set_flag)(added.id)
    assert getattr(again, field) == date(2026, 12, 3)  # the first date stands
    assert again.updated_at == datetime(2026, 12, 3, 12, 0)
    assert getattr(services.customers.get(added.id), field) == date(2026, 12, 3)

    entries = audit_entries(services, added.id)
    assert [(e.action, e.fields) for e in entries] == [
        ("create", entries[0].fields),
        (action, (field,)),
    ]

    lifted = getattr(services.customers, lift_flag)(added.id)
    assert getattr(lifted, field) is None
    getattr(services.customers, lift_flag)(added.id)  # lifting twice is harmless too
    assert [e.action for e in audit_entries(services, added.id)] == ["create", action, lift_flag]


def test_flags_on_an_unknown_customer(services):
    for command in ("restrict", "prohibit_marketing", "lift_restriction"):
        with pytest.raises(NotFound):
            getattr(services.customers, command)(5)


def test_flags_drive_the_marketing_filters(services):
    plain = services.customers.add(person(email="a@example.fi"))
    prohibited = services.customers.add(person(email="b@example.fi"))
    restricted = services.customers.add(person(email="c@example.fi"))
    services.customers.prohibit_marketing(prohibited.id)
    services.customers.restrict(restricted.id)

    def ids(query: CustomerQuery) -> set[int]:
        return {c.id for c in services.customers.page(query)}

    assert ids(CustomerQuery(marketing=MarketingFilter.ALLOWED)) == {plain.id}
    assert ids(CustomerQuery(marketing=MarketingFilter.PROHIBITED)) == {prohibited.id}
    assert ids(CustomerQuery(restricted_only=True)) == {restricted.id}
    assert services.customers.get(prohibited.id).marketing_prohibited
    assert services.customers.get(restricted.id).restricted


# -- register memberships -----------------------------------------------------------------


def test_register_memberships(services, register):
    other = services.registers.add(replace(REGISTER, name="Markkinointirekisteri"))
    added = services.customers.add(person(register_ids=(other.id, register.id)))
    assert added.register_ids == tuple(sorted((register.id, other.id)))
    assert services.registers.member_counts() == {register.id: 1, other.id: 1}

    moved = services.customers.update(replace(added, register_ids=(other.id,)))
    assert moved.register_ids == (other.id,)
    assert services.customers.get(added.id).register_ids == (other.id,)
    assert services.registers.member_counts() == {other.id: 1}
    assert audit_entries(services, added.id)[-1].fields == ("register_ids",)

    left = services.customers.update(replace(moved, register_ids=()))
    assert left.register_ids == ()
    assert services.registers.member_counts() == {}


def test_a_page_gives_each_customer_as_get_does_registers_included(services, register):
    """A page reads the registers in its own statement (issue 18: the first page at 1M under
    3 ms); the records are those ``get`` gives, for a member of none, one and two registers."""
    other = services.registers.add(replace(REGISTER, name="Markkinointirekisteri"))
    added = [
        services.customers.add(person(last_name=name, register_ids=ids))
        for name, ids in (
            ("Aalto", ()),
            ("Berg", (other.id, register.id)),
            ("Cederqvist", (other.id,)),
            ("Ääri", (register.id,)),
        )
    ]
    added.append(
        services.customers.add(
            person(
                kind=CustomerKind.ORGANISATION,
                language=Language.SV,
                last_name="Öberg",
                organisation="Öberg Ab",
                register_ids=(register.id,),
            )
        )
    )
    page = services.customers.page(CustomerQuery(), 0, 100)
    assert page == [services.customers.get(c.id) for c in added]
    assert [c.register_ids for c in page] == [
        (),
        tuple(sorted((register.id, other.id))),
        (other.id,),
        (register.id,),
        (register.id,),
    ]
    assert services.customers.search("berg") == [page[1], page[4]]


def test_a_page_record_is_the_record_the_constructor_makes(services, register):
    """A page sets each record's attributes in one step instead of through the dataclass's
    ``__init__`` (issue 18): with every field filled, flags and dates included, the record
    reads, compares, hashes, prints and copies as ``Customer(**fields)`` does."""
    added = services.customers.add(
        person(
            birth_date=date(1985, 7, 14),
            personal_id=make_hetu(date(1985, 7, 14), 234),
            organisation="Meikäläinen Oy",
            country="Suomi",
            notes="Soittaa iltaisin.",
            customer_since=date(2020, 1, 2),
            register_ids=(register.id,),
        )
    )
    services.customers.restrict(added.id)
    services.customers.prohibit_marketing(added.id)
    services.customers.record_objection(added.id)
    expected = services.customers.get(added.id)
    (listed,) = services.customers.page(CustomerQuery(), 0, 10)

    rebuilt = Customer(**{f.name: getattr(listed, f.name) for f in fields(Customer)})
    assert vars(listed) == vars(rebuilt) == vars(expected)
    assert None not in (listed.restricted_on, listed.marketing_prohibited_on, listed.objected_on)
    assert (listed, hash(listed), repr(listed)) == (expected, hash(expected), repr(expected))
    assert type(listed) is Customer and listed.display_name == expected.display_name
    assert replace(listed, notes="") == replace(expected, notes="")
    with pytest.raises(FrozenInstanceError):
        listed.notes = "muutettu"


def test_deleting_a_register_removes_its_memberships(services, register):
    other = services.registers.add(replace(REGISTER, name="Toinen"))
    added = services.customers.add(person(register_ids=(register.id, other.id)))
    services.registers.delete(register.id)
    assert services.customers.get(added.id).register_ids == (other.id,)
    assert services.registers.member_counts() == {other.id: 1}


def test_unknown_register_is_refused_on_update(services, register):
    added = services.customers.add(person(register_ids=(register.id,)))
    with pytest.raises(ValidationError) as refused:
        services.customers.update(replace(added, register_ids=(register.id, 42)))
    assert [p.field for p in refused.value.problems] == ["register_ids"]
    assert services.customers.get(added.id).register_ids == (register.id,)


def test_register_names(services, register):
    assert services.customers.register_names() == {register.id: "Asiakasrekisteri"}


# -- duplicates ---------------------------------------------------------------------------


def test_duplicates_of_finds_shared_identifiers(services):
    hetu = make_hetu(date(1990, 2, 3), 456)
    by_email = services.customers.add(person(email="sama@example.fi"))
    by_hetu = services.customers.add(person(email="toinen@example.fi", personal_id=hetu))
    by_business_id = services.customers.add(
        Customer(kind=CustomerKind.ORGANISATION, organisation="Oy", business_id="3354302-8")
    )
    services.customers.add(person(email="eri@example.fi"))

    def dupes(candidate: Customer) -> set[int]:
        cleaned, _ = services.customers.validate(candidate)
        return {c.id for c in services.customers.duplicates_of(cleaned)}

    assert dupes(person(email="sama@example.fi")) == {by_email.id}
    assert dupes(person(email="uusi@example.fi", personal_id=hetu)) == {by_hetu.id}
    assert dupes(Customer(organisation="X", business_id="33543028")) == {by_business_id.id}
    assert dupes(person(email="sama@example.fi", personal_id=hetu, business_id="3354302-8")) == {
        by_email.id,
        by_hetu.id,
        by_business_id.id,
    }
    assert dupes(person(email="")) == set()
    assert dupes(person(email="kukaan@example.fi")) == set()
    # A saved customer is not its own duplicate.
    assert services.customers.duplicates_of(by_email) == []
