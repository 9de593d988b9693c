"""The breach log against a real register: logging, the clock, notification, informing, closing,
the audit trail and erasure of an affected person."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from helpers.sample import person
from sqlalchemy import select

from tietosuoja_desktop.domain.breaches import (
    Breach,
    BreachNature,
    BreachRisk,
    BreachStatus,
    InformExemption,
)
from tietosuoja_desktop.domain.clock import Urgency
from tietosuoja_desktop.services.errors import NotFound, ValidationError
from tietosuoja_desktop.storage.models import BreachCustomerRow

DISCOVERED = datetime(2026, 11, 21, 9, 0)  # the fixture clock says 22.11.2026 12.00


def new_breach(**changes) -> Breach:
    values = {
        "discovered_at": DISCOVERED,
        "description": "Laptop stolen from a car",
        "natures": (BreachNature.CONFIDENTIALITY, BreachNature.AVAILABILITY),
        "data_categories": "Names, addresses",
        "people_affected": 40,
        "records_affected": 40,
    }
    values.update(changes)
    return Breach(**values)


def audit_entries(services, breach_id: int):
    return list(reversed(services.audit.history("breach", breach_id)))


def test_add_starts_the_72_hour_clock_and_audits_field_names(services):
    view = services.breaches.add(new_breach())
    assert view.breach.id is not None
    assert view.breach.status is BreachStatus.OPEN
    assert view.breach.recorded_at == datetime(2026, 11, 22, 12, 0)
    assert view.due == datetime(2026, 11, 24, 9, 0)
    assert view.hours_left == pytest.approx(45.0)
    assert view.urgency is Urgency.SOON
    (entry,) = audit_entries(services, view.breach.id)
    assert entry.action == "create"
    assert "description" in entry.fields and "natures" in entry.fields
    assert not any("Laptop" in field for field in entry.fields)
    assert services.breaches.get(view.breach.id) == view


def test_bad_breach_is_refused_with_every_problem_and_nothing_saved(services):
    with pytest.raises(ValidationError) as caught:
        services.breaches.add(Breach(discovered_at=datetime(2026, 11, 23), description=""))
    assert [p.field for p in caught.value.problems] == ["description", "natures", "discovered_at"]
    assert services.breaches.list() == []


def test_clock_goes_overdue_and_stops_on_notification(services, clock):
    breach_id = services.breaches.add(new_breach()).breach.id
    clock.set(date(2026, 11, 24), at=time(9, 0))
    assert services.breaches.get(breach_id).urgency is Urgency.URGENT
    clock.set(date(2026, 11, 24), at=time(9, 1))
    assert services.breaches.get(breach_id).urgency is Urgency.OVERDUE
    with pytest.raises(ValidationError) as caught:
        services.breaches.record_notification(breach_id, datetime(2026, 11, 24, 9, 1))
    assert [p.field for p in caught.value.problems] == ["delay_reasons"]
    view = services.breaches.record_notification(
        breach_id,
        datetime(2026, 11, 24, 9, 1),
        reference="TSV/123/2026",
        delay_reasons="The weekend",
        in_phases=True,
    )
    assert view.urgency is Urgency.CLOSED and view.hours_left is None
    assert view.breach.notified_late and view.breach.notified_in_phases
    assert audit_entries(services, breach_id)[-1].action == "notify_authority"
    assert "authority_reference" in audit_entries(services, breach_id)[-1].fields


def test_unlikely_risk_is_logged_without_a_clock_and_can_close(services):
    view = services.breaches.add(
        new_breach(risk=BreachRisk.UNLIKELY, risk_reasoning="Encrypted disk")
    )
    assert view.urgency is Urgency.CLOSED
    closed = services.breaches.close(view.breach.id)
    assert closed.breach.status is BreachStatus.CLOSED
    assert closed.breach.closed_at == datetime(2026, 11, 22, 12, 0)


def test_high_risk_cannot_close_until_people_are_told_or_exempted(services):
    breach_id = services.breaches.add(new_breach(risk=BreachRisk.HIGH)).breach.id
    with pytest.raises(ValidationError) as caught:
        services.breaches.close(breach_id)
    assert len(caught.value.problems) == 2
    services.breaches.record_notification(breach_id, datetime(2026, 11, 22, 10, 0))
    with pytest.raises(ValidationError):
        services.breaches.record_people_informed(
            breach_id, None, exemption=InformExemption.UNINTELLIGIBLE
        )
    services.breaches.record_people_informed(
        breach_id,
        None,
        exemption=InformExemption.UNINTELLIGIBLE,
        exemption_reason="The disk was encrypted",
    )
    view = services.breaches.record_people_informed(
        breach_id, datetime(2026, 11, 22, 11, 0), how="Letter", count=40
    )
    assert view.breach.people_informed_count == 40
    assert services.breaches.close(breach_id).breach.status is BreachStatus.CLOSED
    actions = [e.action for e in audit_entries(services, breach_id)]
    assert actions == ["create", "notify_authority", "inform_people", "inform_people", "close"]


def test_list_puts_open_first_soonest_due_first(services):
    later = services.breaches.add(new_breach(discovered_at=datetime(2026, 11, 22, 8, 0)))
    sooner = services.breaches.add(new_breach(discovered_at=datetime(2026, 11, 20, 16, 0)))
    no_clock = services.breaches.add(
        new_breach(risk=BreachRisk.UNLIKELY, risk_reasoning="Nothing left the office")
    )
    closed = services.breaches.add(
        new_breach(risk=BreachRisk.UNLIKELY, risk_reasoning="Backup restored")
    )
    services.breaches.close(closed.breach.id)
    ids = [v.breach.id for v in services.breaches.list()]
    assert ids == [sooner.breach.id, later.breach.id, no_clock.breach.id, closed.breach.id]
    assert closed.breach.id not in [v.breach.id for v in services.breaches.list(open_only=True)]


def test_update_keeps_status_and_audits_only_changed_fields(services):
    view = services.breaches.add(new_breach())
    changed = services.breaches.update(replace(view.breach, consequences="Phishing letters"))
    assert changed.breach.consequences == "Phishing letters"
    assert audit_entries(services, view.breach.id)[-1].fields == ("consequences",)


def test_unknown_breach_and_unknown_customer(services):
    with pytest.raises(NotFound):
        services.breaches.get(999)
    with pytest.raises(NotFound):
        services.breaches.add(new_breach(customer_ids=(999,)))
    assert services.breaches.list() == []


def test_affected_customers_and_erasure_removes_only_the_link(services):
    anna = services.customers.add(person(first_name="Anna", last_name="Aalto"))
    bertil = services.customers.add(person(first_name="Bertil", last_name="Berg", email=""))
    view = services.breaches.add(new_breach(customer_ids=(bertil.id, anna.id)))
    assert view.breach.customer_ids == tuple(sorted((anna.id, bertil.id)))
    assert [c.first_name for c in services.breaches.affected_customers(view.breach.id)] == [
        "Anna",
        "Bertil",
    ]
    services.erasure.erase(anna.id)
    after = services.breaches.get(view.breach.id)
    assert after.breach.customer_ids == (bertil.id,)
    assert after.breach.description == "Laptop stolen from a car"
    with services.db.reading() as session:
        rows = session.scalars(select(BreachCustomerRow.customer_id)).all()
    assert rows == [bertil.id]


def test_letters_are_archived_with_the_person_in_their_language(services):
    from tietosuoja_desktop.domain.enums import Language
    from tietosuoja_desktop.domain.records import ControllerProfile

    services.controller.save(ControllerProfile(name="Kahvila Tmi", business_id="3354302-8"))
    sara = services.customers.add(person(first_name="Sara", language=Language.SV))
    breach_id = services.breaches.add(new_breach(customer_ids=(sara.id,))).breach.id
    exported = services.documents.breach_letter(breach_id, sara.id)
    assert exported.document.kind == "letter_breach"
    assert exported.document.language is Language.SV
    assert exported.document.customer_id == sara.id
    assert exported.pdf.startswith(b"%PDF")
    report = services.documents.breach_report(breach_id, Language.FI)
    assert report.document.kind == "breach_report"
    services.erasure.erase(sara.id)
    kinds = [d.kind for d in services.documents.archive()]
    assert kinds == ["breach_report"]


def test_a_wrong_passphrase_stops_the_letters_at_the_first_with_nothing_archived(services):
    from tietosuoja_desktop.documents.identity import SigningError
    from tietosuoja_desktop.domain.records import ControllerProfile

    services.controller.save(ControllerProfile(name="Kahvila Tmi", business_id="3354302-8"))
    people = [services.customers.add(person(email=f"h{n}@example.fi")) for n in range(3)]
    breach_id = services.breaches.add(
        new_breach(customer_ids=tuple(p.id for p in people))
    ).breach.id
    services.documents.create_identity("oikea-salasana-42")
    with pytest.raises(SigningError):
        services.documents.check_passphrase("vaara")
    with pytest.raises(SigningError):
        list(services.documents.breach_letters(breach_id, passphrase="vaara"))
    assert services.documents.archive(kind="letter_breach") == []
    made = list(services.documents.breach_letters(breach_id, passphrase="oikea-salasana-42"))
    assert [customer.id for customer, _ in made] == [p.id for p in people]
    assert all(exported.document.signed for _, exported in made)
