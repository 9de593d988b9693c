"""The audit trail: every change a service makes leaves one entry (when, action, entity, id,
field names) and never a personal value, so the trail can outlive an erasure."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from sqlalchemy import select, text

from tietosuoja_desktop.domain.enums import (
    ConsentAction,
    ContactKind,
    IdentityCheck,
    RequestType,
)
from tietosuoja_desktop.domain.records import (
    ConsentEvent,
    ContactEntry,
    DataRequest,
    Order,
)
from tietosuoja_desktop.storage.models import AuditRow

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
HETU_DIGITS = "150376" + "284"
HETU = f"150376-284{CHECK_CHARACTERS[int(HETU_DIGITS) % 31]}"

# Everything personal the scenario types in, in the forms it may be stored in.
PERSONAL = {
    "first_name": "Hilkka",
    "last_name": "Hyvärinen",
    "email": "hilkka.hyvarinen@example.fi",
    "new_email": "hilkka.uusi@example.fi",
    "phone_e164": "+358401239876",
    "phone_national": "0401239876",
    "street": "Koivukuja 17",
    "hetu": HETU,
    "notes": "Allerginen pähkinöille",
    "evidence": "Allekirjoitettu lomake nro 4411",
    "contact": "Kysyi hiustenpidennyksistä",
    "complaint": "Värjäys epäonnistui",
    "description": "Haluan kopion tiedoistani",
    "requester": "Veikko Vieraskoski",
    "requester_contact": "veikko@vieras.example",
    "reason": "Laaja aineisto vuosilta 2019-2026",
    "outcome": "Raportti postitettu Koivukuja 17",
    "order": "Lahjakortti 50 euroa",
    "controller_contact": "Aino Esimerkki",
    "setting_value": "Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4",
}


def audit_rows(services) -> list[tuple]:
    with services.db.reading() as session:
        return session.execute(
            select(
                AuditRow.id,
                AuditRow.at,
                AuditRow.action,
                AuditRow.entity,
                AuditRow.entity_id,
                AuditRow.fields,
            ).order_by(AuditRow.id)
        ).all()


class Recorder:
    """Runs each service write and checks that it left exactly one entry, as expected."""

    def __init__(self, services) -> None:
        self.services = services
        self.seen = len(audit_rows(services))
        self.entries: list[tuple] = []

    def expect(self, action: str, entity: str, entity_id, fields=None, *, write):
        result = write()
        rows = audit_rows(self.services)
        new = rows[self.seen :]
        assert len(new) == 1, (action, new)
        self.seen = len(rows)
        _, at, got_action, got_entity, got_id, got_fields = new[0]
        entity_id = entity_id(result) if callable(entity_id) else entity_id
        assert (got_action, got_entity, got_id) == (action, entity, entity_id)
        assert at == self.services.clock.now()
        if fields is not None:
            assert set(filter(None, got_fields.split(","))) == set(fields), action
        self.entries.append(new[0])
        return result


@pytest.fixture
def scenario(services, clock):
    """Every kind of write the services offer, with personal values everywhere."""
    r = Recorder(services)
    s = services
    r.expect(
        "create",
        "controller",
        1,
        write=lambda: s.controller.save(
            replace(CONTROLLER, contact_name=PERSONAL["controller_contact"])
        ),
    )
    r.expect(
        "update",
        "controller",
        1,
        ["city"],
        write=lambda: s.controller.save(
            replace(CONTROLLER, contact_name=PERSONAL["controller_contact"], city="Espoo")
        ),
    )
    r.expect(
        "update",
        "setting",
        None,
        ["authority"],
        write=lambda: s.settings.set("authority", PERSONAL["setting_value"]),
    )
    register = r.expect(
        "create", "register", lambda x: x.id, [], write=lambda: s.registers.add(REGISTER)
    )
    r.expect(
        "update",
        "register",
        register.id,
        ["cookies"],
        write=lambda: s.registers.update(replace(register, cookies="Ei evästeitä")),
    )
    spare = r.expect(
        "create",
        "register",
        lambda x: x.id,
        write=lambda: s.registers.add(replace(REGISTER, name="Poistuva")),
    )
    r.expect("delete", "register", spare.id, write=lambda: s.registers.delete(spare.id))

    customer = r.expect(
        "create",
        "customer",
        lambda x: x.id,
        write=lambda: s.customers.add(
            person(
                first_name=PERSONAL["first_name"],
                last_name=PERSONAL["last_name"],
                email=PERSONAL["email"],
                phone="040 123 9876",
                street_address=PERSONAL["street"],
                personal_id=HETU,
                notes=PERSONAL["notes"],
                register_ids=(register.id,),
            )
        ),
    )
    cid = customer.id
    r.expect(
        "update",
        "customer",
        cid,
        ["email"],
        write=lambda: s.customers.update(replace(customer, email=PERSONAL["new_email"])),
    )
    for action, command in (
        ("restrict", s.customers.restrict),
        ("lift_restriction", s.customers.lift_restriction),
        ("prohibit_marketing", s.customers.prohibit_marketing),
        ("lift_marketing_prohibition", s.customers.lift_marketing_prohibition),
    ):
        r.expect(action, "customer", cid, write=lambda c=command: c(cid))
    for action in (ConsentAction.GIVEN, ConsentAction.WITHDRAWN):
        r.expect(
            f"consent_{action.value}",
            "customer",
            cid,
            ["consents"],
            write=lambda a=action: s.activity.add_consent(
                ConsentEvent(
                    cid, a, "Uutiskirje", datetime(2026, 1, 1), evidence=PERSONAL["evidence"]
                )
            ),
        )
    r.expect(
        "create",
        "order",
        lambda x: x.id,
        ["customer_id"],
        write=lambda: s.activity.add_order(
            Order(cid, date(2026, 2, 2), "INV-1", PERSONAL["order"], 5000)
        ),
    )
    for summary, kind in (
        (PERSONAL["contact"], ContactKind.CONTACT),
        (PERSONAL["complaint"], ContactKind.COMPLAINT),
    ):
        r.expect(
            "create",
            "contact",
            lambda x: x.id,
            ["customer_id"],
            write=lambda t=summary, k=kind: s.activity.add_contact(
                ContactEntry(cid, date(2026, 3, 3), t, kind=k)
            ),
        )

    view = r.expect(
        "create",
        "request",
        lambda x: x.request.id,
        ["type"],
        write=lambda: s.requests.add(
            DataRequest(
                RequestType.ACCESS,
                date(2026, 11, 20),
                customer_id=cid,
                description=PERSONAL["description"],
            )
        ),
    )
    rid = view.request.id
    r.expect(
        "identity_requested",
        "request",
        rid,
        write=lambda: s.requests.mark_identity(rid, IdentityCheck.REQUESTED),
    )
    r.expect(
        "identity_received",
        "request",
        rid,
        write=lambda: s.requests.mark_identity(rid, IdentityCheck.RECEIVED),
    )
    r.expect("start", "request", rid, ["status"], write=lambda: s.requests.start(rid))
    r.expect("extend", "request", rid, write=lambda: s.requests.extend(rid, PERSONAL["reason"]))
    r.expect(
        "complete",
        "request",
        rid,
        ["status", "completed_on", "outcome", "sent_on", "sent_via"],
        write=lambda: s.requests.complete(rid, PERSONAL["outcome"]),
    )
    for action, close in (("refuse", s.requests.refuse), ("withdraw", s.requests.withdraw)):
        other = s.requests.add(
            DataRequest(RequestType.ERASURE, date(2026, 11, 21), customer_id=cid)
        ).request.id
        r.seen += 1  # the creation, checked above
        r.expect(action, "request", other, write=lambda c=close, o=other: c(o, PERSONAL["reason"]))

    stranger = r.expect(
        "create",
        "request",
        lambda x: x.request.id,
        write=lambda: s.requests.add(
            DataRequest(
                RequestType.ACCESS,
                date(2026, 11, 21),
                requester_name=PERSONAL["requester"],
                requester_contact=PERSONAL["requester_contact"],
            )
        ),
    )
    r.expect(
        "scrub",
        "request",
        stranger.request.id,
        [],
        write=lambda: s.erasure.erase_request_subject(stranger.request.id),
    )
    r.expect("erase", "customer", cid, write=lambda: s.erasure.erase(cid))
    return r


def test_every_write_leaves_one_entry(scenario):
    assert [(entry[3], entry[2]) for entry in scenario.entries] == [
        ("controller", "create"),
        ("controller", "update"),
        ("setting", "update"),
        ("register", "create"),
        ("register", "update"),
        ("register", "create"),
        ("register", "delete"),
        ("customer", "create"),
        ("customer", "update"),
        ("customer", "restrict"),
        ("customer", "lift_restriction"),
        ("customer", "prohibit_marketing"),
        ("customer", "lift_marketing_prohibition"),
        ("customer", "consent_given"),
        ("customer", "consent_withdrawn"),
        ("order", "create"),
        ("contact", "create"),
        ("contact", "create"),
        ("request", "create"),
        ("request", "identity_requested"),
        ("request", "identity_received"),
        ("request", "start"),
        ("request", "extend"),
        ("request", "complete"),
        ("request", "refuse"),
        ("request", "withdraw"),
        ("request", "create"),
        ("request", "scrub"),
        ("customer", "erase"),
    ]


def test_entries_name_fields_never_values(services, scenario):
    for _, _, action, entity, _, fields in audit_rows(services):
        assert re.fullmatch(r"[a-z_]+", action)
        assert re.fullmatch(r"[a-z_]+", entity)
        for field in filter(None, fields.split(",")):
            assert re.fullmatch(r"[a-z_]+", field), field


def test_the_audit_table_holds_no_personal_value(services, scenario):
    with services.db.reading() as session:
        dump = "\n".join(
            " | ".join(str(value) for value in row)
            for row in session.execute(text("SELECT * FROM audit_log")).all()
        ).casefold()
    for name, value in PERSONAL.items():
        assert value.casefold() not in dump, name
    for word in ("hilkka", "hyvärinen", "koivukuja", "1239876", HETU[:6]):
        assert word not in dump, word


def test_a_refused_write_leaves_no_entry(services):
    from tietosuoja_desktop.services.errors import ValidationError

    before = audit_rows(services)
    with pytest.raises(ValidationError):
        services.customers.add(person(email="huono"))
    with pytest.raises(ValidationError):
        services.registers.add(replace(REGISTER, name=""))
    with pytest.raises(ValidationError):
        services.requests.add(DataRequest(RequestType.ACCESS, date(2026, 11, 1)))
    assert audit_rows(services) == before


def test_history_and_recent(services, clock):
    first = services.customers.add(person(email="a@example.fi"))
    second = services.customers.add(person(email="b@example.fi"))
    clock.set(date(2026, 12, 1))
    services.customers.restrict(first.id)
    history = services.audit.history("customer", first.id)
    assert [(e.action, e.entity_id) for e in history] == [
        ("restrict", first.id),
        ("create", first.id),
    ]
    assert history[0].at == datetime(2026, 12, 1, 12, 0)
    assert history[0].fields == ("restricted_on",)
    assert [e.action for e in services.audit.history("customer", second.id)] == ["create"]
    assert services.audit.history("register", first.id) == []
    recent = services.audit.recent()
    assert [(e.action, e.entity_id) for e in recent] == [
        ("restrict", first.id),
        ("create", second.id),
        ("create", first.id),
    ]
    assert services.audit.recent(limit=1) == recent[:1]
    assert services.audit.history("customer", first.id, limit=1) == history[:1]


def test_an_erased_customers_id_is_never_reused(services):
    """The trail outlives an erasure and names customers by id: a later customer must not get
    the erased one's id, or their history would begin with someone else's creation and
    erasure (and the FTS rowid would be shared)."""
    services.customers.add(person(email="a@example.fi"))
    erased = services.customers.add(person(email="b@example.fi"))
    services.erasure.erase(erased.id)
    newcomer = services.customers.add(person(email="c@example.fi"))
    assert newcomer.id != erased.id
    assert [e.action for e in services.audit.history("customer", newcomer.id)] == ["create"]
