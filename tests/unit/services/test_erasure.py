"""Erasure (Art 17): the person and all tied to them go; orders bookkeeping law still needs stay,
anonymised; requests keep only what proves they were handled; and afterwards the person's
identifiers are nowhere in the database file or its WAL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers.registers import connect as connect_register
from helpers.retention_scene import add_document
from helpers.sample import REGISTER, person
from sqlalchemy import func, select, text

from tietosuoja_desktop.domain.enums import (
    ConsentAction,
    ContactKind,
    OrderStatus,
    RequestStatus,
    RequestType,
)
from tietosuoja_desktop.domain.records import (
    ConsentEvent,
    ContactEntry,
    DataRequest,
    KeptOrder,
    Order,
)
from tietosuoja_desktop.services import NotFound, open_services
from tietosuoja_desktop.storage.models import (
    AuditRow,
    ConsentRow,
    ContactRow,
    CustomerRegisterRow,
    CustomerRow,
    CustomerSearchRow,
    DocumentRow,
    OrderRow,
    RequestRow,
)

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(born: date, individual: int) -> str:
    """A valid henkilötunnus by the modulo-31 rule, computed independently of the product."""
    digits = f"{born:%d%m}{born.year % 100:02d}{individual:03d}"
    sign = {1900: "-", 2000: "A"}[born.year // 100 * 100]
    return f"{digits[:6]}{sign}{digits[6:]}{CHECK_CHARACTERS[int(digits) % 31]}"


def rows(services, model, **where) -> list:
    with services.db.reading() as session:
        statement = select(model)
        for name, value in where.items():
            statement = statement.where(getattr(model, name) == value)
        return list(session.scalars(statement))


def counts(services) -> dict[str, int]:
    models = (
        CustomerRow,
        CustomerSearchRow,
        ConsentRow,
        ContactRow,
        OrderRow,
        CustomerRegisterRow,
        RequestRow,
        DocumentRow,
        AuditRow,
    )
    with services.db.reading() as session:
        return {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in models
        }


@pytest.fixture
def register(services):
    return services.registers.add(REGISTER)


@pytest.fixture
def subject(services, register):
    """A customer with everything a customer can have, and a bystander who must be untouched."""
    bystander = services.customers.add(
        person(first_name="Aino", email="aino@example.fi", register_ids=(register.id,))
    )
    customer = services.customers.add(
        person(
            first_name="Päivi",
            last_name="Poistettava",
            email="paivi.poistettava@example.fi",
            phone="040 111 2222",
            personal_id=make_hetu(date(1979, 3, 8), 345),
            register_ids=(register.id,),
        )
    )
    activity = services.activity
    orders = {
        "recent": Order(customer.id, date(2026, 3, 1), "INV-5", amount_cents=4500),
        "edge": Order(customer.id, date(2020, 6, 1), "INV-1", amount_cents=1000),
        "old": Order(customer.id, date(2019, 12, 31), "INV-0", amount_cents=900),
        "cancelled": Order(
            customer.id, date(2025, 5, 5), "INV-3", amount_cents=700, status=OrderStatus.CANCELLED
        ),
        "returned": Order(
            customer.id, date(2024, 1, 1), "INV-2", amount_cents=300, status=OrderStatus.RETURNED
        ),
    }
    orders = {name: activity.add_order(order) for name, order in orders.items()}
    activity.add_consent(
        ConsentEvent(customer.id, ConsentAction.GIVEN, "Uutiskirje", datetime(2024, 1, 1, 9))
    )
    activity.add_consent(
        ConsentEvent(customer.id, ConsentAction.WITHDRAWN, "Uutiskirje", datetime(2025, 1, 1, 9))
    )
    activity.add_contact(ContactEntry(customer.id, date(2025, 2, 2), "Kysyi tilauksesta"))
    activity.add_contact(
        ContactEntry(customer.id, date(2025, 3, 3), "Valitus", kind=ContactKind.COMPLAINT)
    )
    request = services.requests.add(
        DataRequest(
            RequestType.ERASURE,
            date(2026, 11, 2),
            customer_id=customer.id,
            requester_name="Päivi Poistettava",
            requester_contact="paivi.poistettava@example.fi",
            description="Poistakaa tietoni",
        )
    ).request
    services.requests.complete(request.id, "Poistettu")
    bystander_request = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            date(2026, 11, 3),
            customer_id=bystander.id,
            requester_name="Aino Meikäläinen",
            description="Mitä tietoja?",
        )
    ).request
    activity.add_order(Order(bystander.id, date(2018, 1, 1), "INV-B", amount_cents=100))
    activity.add_consent(
        ConsentEvent(bystander.id, ConsentAction.GIVEN, "Uutiskirje", datetime(2024, 1, 1, 9))
    )
    documents = {
        "customer": add_document(services, customer_id=customer.id),
        "request": add_document(services, request_id=request.id),
        "bystander": add_document(services, customer_id=bystander.id),
    }
    return dict(
        customer=customer,
        bystander=bystander,
        orders=orders,
        request=request,
        bystander_request=bystander_request,
        documents=documents,
    )


def test_preview_writes_nothing_and_equals_what_erase_does(services, subject):
    customer = subject["customer"]
    before = counts(services)
    preview = services.erasure.preview(customer.id)
    assert counts(services) == before
    assert services.customers.get(customer.id) == customer

    summary = services.erasure.erase(customer.id)
    assert summary == preview
    orders = subject["orders"]
    assert summary.customer_id == customer.id
    assert summary.deleted == {
        "customer": 1,
        "consents": 2,
        "contacts": 2,
        "orders": 2,  # the 2019 one and the cancelled one
        "register_memberships": 1,
        "documents": 2,
        "request_personal_details": 1,
        "breach_links": 0,
    }
    assert set(summary.anonymised_orders) == {
        KeptOrder(orders["recent"].id, date(2026, 3, 1), date(2032, 12, 31)),
        KeptOrder(orders["edge"].id, date(2020, 6, 1), date(2026, 12, 31)),
        KeptOrder(orders["returned"].id, date(2024, 1, 1), date(2030, 12, 31)),
    }
    assert "kirjanpitolaki" in summary.kept_reason
    after = counts(services)
    assert before["customer"] - after["customer"] == 1
    assert before["consent_event"] - after["consent_event"] == 2
    assert before["contact_entry"] - after["contact_entry"] == 2
    assert before["customer_order"] - after["customer_order"] == 2
    assert before["document_archive"] - after["document_archive"] == 2
    assert before["data_request"] == after["data_request"]


def test_after_erase_the_person_and_their_records_are_gone(services, subject):
    customer = subject["customer"]
    services.erasure.erase(customer.id)
    with pytest.raises(NotFound):
        services.customers.get(customer.id)
    for model in (ConsentRow, ContactRow, CustomerRegisterRow, CustomerSearchRow):
        assert rows(services, model, customer_id=customer.id) == [], model.__tablename__
    assert rows(services, OrderRow, customer_id=customer.id) == []
    assert rows(services, RequestRow, customer_id=customer.id) == []
    assert rows(services, DocumentRow, customer_id=customer.id) == []
    assert [d.id for d in rows(services, DocumentRow)] == [subject["documents"]["bystander"]]
    for query in ("poistettava", "po", "p", "040 111 2222", "paivi.poistettava"):
        assert customer.id not in {c.id for c in services.customers.search(query)}, query
    with services.db.reading() as session:
        left = session.execute(
            text("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH '\"poistettava\"'")
        ).scalar()
    assert left == 0
    assert services.activity.consents(customer.id) == []
    assert services.activity.contacts(customer.id) == []
    assert services.requests.list(customer_id=customer.id) == []


def test_orders_bookkeeping_needs_stay_anonymised(services, subject):
    orders = subject["orders"]
    services.erasure.erase(subject["customer"].id)
    left = {row.id: row for row in rows(services, OrderRow, anonymised=True)}
    assert set(left) == {orders["recent"].id, orders["edge"].id, orders["returned"].id}
    for name, keep_until in (
        ("recent", date(2032, 12, 31)),
        ("edge", date(2026, 12, 31)),
        ("returned", date(2030, 12, 31)),
    ):
        row = left[orders[name].id]
        assert row.customer_id is None
        assert row.keep_until == keep_until
        assert (row.ordered_on, row.amount_cents, row.reference, row.status) == (
            orders[name].ordered_on,
            orders[name].amount_cents,
            orders[name].reference,
            orders[name].status.value,
        )
    all_ids = {row.id for row in rows(services, OrderRow)}
    assert orders["old"].id not in all_ids
    assert orders["cancelled"].id not in all_ids


@pytest.mark.parametrize(
    ("today", "kept"),
    [
        (date(2026, 12, 31), True),  # the last day of the sixth year after 2020
        (date(2027, 1, 1), False),
    ],
)
def test_bookkeeping_retention_ends_with_the_sixth_year(services, clock, today, kept):
    customer = services.customers.add(person())
    order = services.activity.add_order(Order(customer.id, date(2020, 1, 1), amount_cents=1))
    clock.set(today)
    summary = services.erasure.erase(customer.id)
    assert bool(summary.anonymised_orders) is kept
    assert [o.id for o in rows(services, OrderRow)] == ([order.id] if kept else [])
    assert summary.deleted["orders"] == (0 if kept else 1)
    assert (summary.kept_reason != "") is kept


def test_requests_keep_their_facts_but_lose_the_person(services, subject):
    request = subject["request"]
    before = services.requests.get(request.id)
    services.erasure.erase(subject["customer"].id)
    [row] = rows(services, RequestRow, id=request.id)
    assert row.customer_id is None
    assert (row.requester_name, row.requester_contact, row.description) == ("", "", "")
    assert row.subject_erased is True
    after = services.requests.get(request.id)
    assert after.request.type is RequestType.ERASURE
    assert after.request.received == date(2026, 11, 2)
    assert after.request.status is RequestStatus.COMPLETED
    assert after.request.completed_on == before.request.completed_on
    assert after.deadlines == before.deadlines
    assert after.subject == ""
    # The bystander's request is untouched.
    other = services.requests.get(subject["bystander_request"].id).request
    assert other == subject["bystander_request"]


def test_erasure_leaves_everyone_else_alone(services, subject):
    bystander = subject["bystander"]
    consents = services.activity.consents(bystander.id)
    orders = services.activity.orders(bystander.id)
    services.erasure.erase(subject["customer"].id)
    assert services.customers.get(bystander.id) == bystander
    assert services.activity.consents(bystander.id) == consents
    assert services.activity.orders(bystander.id) == orders
    assert [c.id for c in services.customers.search("aino")] == [bystander.id]


def test_erasure_is_audited_without_personal_values(services, subject):
    customer = subject["customer"]
    services.erasure.erase(customer.id)
    entry = services.audit.history("customer", customer.id)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("erase", "customer", customer.id)
    assert entry.fields == (
        "consents",
        "contacts",
        "customer",
        "documents",
        "orders",
        "register_memberships",
        "request_personal_details",
        "anonymised_orders",
    )
    with services.db.reading() as session:
        audit_text = " ".join(
            " ".join(str(v) for v in row)
            for row in session.execute(text("SELECT * FROM audit_log")).all()
        ).casefold()
    for value in ("päivi", "poistettava", "111 2222", "1112222", customer.personal_id.casefold()):
        assert value not in audit_text


def test_a_customer_with_nothing_else(services):
    customer = services.customers.add(person(email="", phone=""))
    summary = services.erasure.erase(customer.id)
    assert summary.deleted["customer"] == 1
    assert sum(summary.deleted.values()) == 1
    assert summary.anonymised_orders == ()
    assert summary.kept_reason == ""
    assert services.customers.count() == 0
    assert services.audit.history("customer", customer.id)[0].fields == ("customer",)


def test_erasing_an_unknown_customer_changes_nothing(services, subject):
    before = counts(services)
    with pytest.raises(NotFound):
        services.erasure.erase(12345)
    with pytest.raises(NotFound):
        services.erasure.preview(12345)
    assert counts(services) == before


def test_erasing_the_subject_of_a_request_from_outside_the_register(services):
    view = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            date(2026, 11, 1),
            requester_name="Ville Vieras",
            requester_contact="ville@example.fi",
            description="Onko minusta tietoja?",
        )
    )
    services.erasure.erase_request_subject(view.request.id)
    [row] = rows(services, RequestRow, id=view.request.id)
    assert (row.requester_name, row.requester_contact, row.description) == ("", "", "")
    assert row.subject_erased
    assert row.type == "access" and row.received == date(2026, 11, 1)
    entry = services.audit.history("request", view.request.id)[0]
    assert (entry.action, entry.fields) == ("scrub", ())


# -- the bytes test -----------------------------------------------------------------------

FIRST, LAST = "Zebulon", "Quaxworth"
EMAIL = "zebulon.quaxworth@example.org"
OLD_EMAIL = "zq.vanha@quaxmail.example"
PHONE_TYPED, PHONE_E164, PHONE_NATIONAL = "040 987 6543", "+358409876543", "0409876543"
OLD_PHONE_E164, OLD_PHONE_NATIONAL = "+358456667788", "0456667788"
HETU = make_hetu(date(1980, 5, 17), 123)


def needles() -> list[str]:
    values = [
        FIRST,
        LAST,
        f"{FIRST} {LAST}",
        EMAIL,
        OLD_EMAIL,
        PHONE_E164,
        PHONE_NATIONAL,
        OLD_PHONE_E164,
        OLD_PHONE_NATIONAL,
        HETU,
    ]
    # As stored in customer_search: case-folded (and upper case, for good measure).
    return sorted({form for v in values for form in (v, v.casefold(), v.upper())})


def file_bytes(db_path: Path) -> dict[str, bytes]:
    found = {}
    for suffix in ("", "-wal", "-journal"):
        path = db_path.with_name(db_path.name + suffix)
        if path.exists():
            found[path.name] = path.read_bytes()
    return found


def occurrences(db_path: Path) -> dict[str, list[str]]:
    """For every file of the register, which of the person's values appear in its bytes."""
    return {
        name: [n for n in needles() if n.encode("utf-8") in data]
        for name, data in file_bytes(db_path).items()
    }


def build_register_around_the_person(services, register) -> int:
    """Zebulon among 300 others added before and after him, so he shares pages and index
    nodes with them; with orders, consents, contacts, a request and an archived document."""
    for index in range(150):
        services.customers.add(
            person(
                first_name=f"Aino{index}",
                last_name=f"Virtanen{index:03d}",
                email=f"aino{index}@example.fi",
                phone=f"040 {5000000 + index}",
                register_ids=(register.id,),
            )
        )
    customer = services.customers.add(
        person(
            first_name=FIRST,
            last_name=LAST,
            email=OLD_EMAIL,
            phone="045 666 7788",
            personal_id=HETU.lower(),
            register_ids=(register.id,),
        )
    )
    # Changed once, so the old e-mail and phone were overwritten rather than deleted.
    services.customers.update(replace(customer, email=EMAIL, phone=PHONE_TYPED))
    for index in range(150, 300):
        services.customers.add(
            person(
                first_name=f"Eero{index}",
                last_name=f"Korhonen{index:03d}",
                email=f"eero{index}@example.fi",
                phone=f"050 {5000000 + index}",
                register_ids=(register.id,),
            )
        )
    services.activity.add_order(Order(customer.id, date(2026, 2, 1), "INV-9", "Kahvia", 1250))
    services.activity.add_order(Order(customer.id, date(2018, 2, 1), "INV-8", "Teetä", 450))
    services.activity.add_consent(
        ConsentEvent(
            customer.id,
            ConsentAction.GIVEN,
            "Uutiskirje",
            datetime(2025, 1, 1, 9),
            evidence=f"Lomake: {FIRST} {LAST}, {EMAIL}",
        )
    )
    services.activity.add_contact(
        ContactEntry(customer.id, date(2025, 2, 2), f"{FIRST} soitti numerosta {PHONE_TYPED}")
    )
    request = services.requests.add(
        DataRequest(
            RequestType.ERASURE,
            date(2026, 11, 20),
            customer_id=customer.id,
            requester_name=f"{FIRST} {LAST}",
            requester_contact=EMAIL,
            description=f"Poistakaa {FIRST} {LAST}, hetu {HETU}, puh. {PHONE_TYPED}",
        )
    ).request
    add_document(
        services,
        customer_id=customer.id,
        request_id=request.id,
        pdf=(f"%PDF-1.7 {FIRST} {LAST} {EMAIL} {HETU} ".encode() * 400),
    )
    return customer.id


def test_after_erasure_the_persons_identifiers_are_not_in_the_file_or_the_wal(data_dir, clock):
    with open_services(data_dir, clock) as services:
        register = services.registers.add(REGISTER)
        customer_id = build_register_around_the_person(services, register)
        db_path = services.db.path

    # Closed (checkpointed) and opened again: the person is in the main file, not only the WAL.
    present = occurrences(db_path)
    if services.db.key is not None:
        # Encrypted, nothing of the person shows in the bytes even before the erasure; what
        # the erasure leaves inside is checked through SQLCipher (the search index tests).
        assert present == {name: [] for name in file_bytes(db_path)}
    else:
        assert set(present["tietosuoja.sqlite"]) >= {FIRST, LAST, EMAIL, PHONE_E164, HETU}
        assert set(present["tietosuoja.sqlite"]) >= {LAST.casefold(), PHONE_NATIONAL}

    with open_services(data_dir, clock) as services:
        services.erasure.erase(customer_id)
        assert occurrences(db_path) == {name: [] for name in file_bytes(db_path)}
        # The register still works and still holds everyone else.
        assert services.customers.count() == 300
        assert len(services.customers.search("virtanen1")) == 50
    assert occurrences(db_path) == {name: [] for name in file_bytes(db_path)}


# -- what the search index keeps ----------------------------------------------------------


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint (the encoding FTS5 uses) at ``at``: (value, next offset)."""
    value = 0
    for index in range(9):
        byte = data[at]
        at += 1
        if index == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    raise AssertionError("unreachable")


def fts5_terms(db_path: Path, table: str = "customer_fts") -> set[str]:
    """Every term physically present in the FTS5 index segments, deleted or not.

    Leaf pages are the ``%_data`` rows whose id has a segment number, no doclist-index bit
    and height 0 (``FTS5_SEGMENT_ROWID`` in fts5Int.h). A leaf starts with two big-endian
    u16 (first rowid offset, footer offset); the footer lists the byte offset of every term on
    the page, delta-encoded; the first term of a page is written whole (varint length, bytes),
    the others as (varint shared prefix, varint suffix length, suffix bytes). Each term begins
    with the index byte ``0`` (the main index)."""
    # Through the product's own SQLite library (two libraries in one process break locking).
    connection = connect_register(db_path)  # sqlcipher3 for an encrypted one
    try:
        blocks = connection.execute(f"SELECT id, block FROM {table}_data").fetchall()
        index_terms = connection.execute(f"SELECT term FROM {table}_idx").fetchall()
    finally:
        connection.close()
    terms: set[bytes] = {t for (t,) in index_terms if t}
    for rowid, block in blocks:
        segment, dlidx, height = rowid >> 37, (rowid >> 36) & 1, (rowid >> 31) & 0x1F
        if segment == 0 or dlidx or height or len(block) < 4:
            continue
        footer = int.from_bytes(block[2:4], "big")
        offsets, at, offset = [], footer, 0
        while at < len(block):
            delta, at = _varint(block, at)
            offset += delta
            offsets.append(offset)
        previous = b""
        for number, offset in enumerate(offsets):
            if number == 0:
                size, at = _varint(block, offset)
                term = block[at : at + size]
            else:
                shared, at = _varint(block, offset)
                size, at = _varint(block, at)
                term = previous[:shared] + block[at : at + size]
            terms.add(term)
            previous = term
    return {t[1:].decode("utf-8", "replace") for t in terms if t[:1] == b"0"}


def trigrams(line: str) -> set[str]:
    return {line[i : i + 3] for i in range(len(line) - 2)}


def test_the_term_reader_sees_the_live_index(services, register):
    customer = services.customers.add(person(first_name="Zebulon", last_name="Quaxworth"))
    with services.db.reading() as session:
        line = session.get(CustomerSearchRow, customer.id).text
    services.db.checkpoint()
    assert trigrams(line) <= fts5_terms(services.db.path)
    assert {"zeb", "uax", "xwo"} <= fts5_terms(services.db.path)


def test_erasure_leaves_no_trigram_of_the_person_in_the_search_index(services, register):
    """The FTS5 trigram index holds every three-character piece of the person's search line
    with their rowid and positions: enough to spell out the name, e-mail and phone again.
    FTS5 deletes by appending delete markers (which repeat the terms); the original entries
    stay in their segment until a merge. After an erasure none of them may remain."""
    customer_id = build_register_around_the_person(services, register)
    with services.db.reading() as session:
        lines = dict(
            session.execute(select(CustomerSearchRow.customer_id, CustomerSearchRow.text)).all()
        )
    personal = trigrams(lines.pop(customer_id))
    others = set().union(*(trigrams(line) for line in lines.values()))
    unique = personal - others  # pieces no one else's text has
    assert {"zeb", "uax", "xwo", "ebu"} <= unique
    services.db.checkpoint()
    assert unique <= fts5_terms(services.db.path)  # the reader finds them before erasure

    services.erasure.erase(customer_id)
    assert sorted(unique & fts5_terms(services.db.path)) == []


# -- free text that survives an erasure ---------------------------------------------------


def test_erasure_scrubs_the_person_from_the_request_outcome_and_extension_reason(services, clock):
    """Request records survive an erasure as proof; the text a user typed into them about the
    person (outcome, extension reason) must not carry the person's name or e-mail along."""
    customer = services.customers.add(person(first_name=FIRST, last_name=LAST, email=EMAIL))
    request = services.requests.add(
        DataRequest(RequestType.ERASURE, date(2026, 11, 2), customer_id=customer.id)
    ).request
    services.requests.extend(request.id, f"{FIRST} {LAST} pyysi myös vanhat laskut")
    services.requests.complete(request.id, f"Vahvistus lähetetty osoitteeseen {EMAIL}")
    services.erasure.erase(customer.id)
    [row] = rows(services, RequestRow, id=request.id)
    kept_text = f"{row.outcome} {row.extension_reason}"
    for value in (FIRST, LAST, EMAIL):
        assert value not in kept_text
    assert occurrences(services.db.path) == {n: [] for n in file_bytes(services.db.path)}


def test_erasure_scrubs_the_person_from_kept_order_texts(services):
    """An order kept for bookkeeping keeps its date, amount and reference; a description that
    names the person must not keep the person in the register."""
    customer = services.customers.add(person(first_name=FIRST, last_name=LAST, email=EMAIL))
    order = services.activity.add_order(
        Order(customer.id, date(2026, 5, 5), "INV-42", f"Lahjakortti: {FIRST} {LAST}", 5000)
    )
    services.erasure.erase(customer.id)
    [row] = rows(services, OrderRow, id=order.id)
    assert (row.reference, row.amount_cents, row.anonymised) == ("INV-42", 5000, True)
    assert FIRST not in row.description and LAST not in row.description


def test_the_preview_counts_the_persons_open_requests(services, subject):
    customer = subject["customer"]
    assert services.erasure.preview(customer.id).open_requests == 0  # its request is completed
    services.requests.add(
        DataRequest(RequestType.RECTIFICATION, date(2026, 11, 20), customer_id=customer.id)
    )
    assert services.erasure.preview(customer.id).open_requests == 1
    assert services.erasure.preview(subject["bystander"].id).open_requests == 1


def test_erasure_counts_and_removes_the_persons_breach_links_and_keeps_the_breach(
    services, subject
):
    from tietosuoja_desktop.domain.breaches import Breach, BreachNature

    customer, bystander = subject["customer"], subject["bystander"]
    breach = services.breaches.add(
        Breach(
            discovered_at=datetime(2026, 11, 20, 9, 0),
            description="Lähetetty väärälle vastaanottajalle",
            natures=(BreachNature.CONFIDENTIALITY,),
            customer_ids=(customer.id, bystander.id),
        )
    )
    assert services.erasure.preview(customer.id).deleted["breach_links"] == 1
    assert services.erasure.erase(customer.id).deleted["breach_links"] == 1
    kept = services.breaches.get(breach.breach.id).breach
    assert kept.customer_ids == (bystander.id,)
    assert kept.description == "Lähetetty väärälle vastaanottajalle"
