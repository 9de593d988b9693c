"""Per-channel marketing permissions in the register: refusals, objections limited to one
channel, consents with what proves them, the rules' answer per channel."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from helpers.sample import person

from tietosuoja_desktop.domain.enums import ConsentAction, CustomerKind, OrderStatus
from tietosuoja_desktop.domain.marketing import (
    Basis,
    ConsentMethod,
    Exclusion,
    MarketingChannel,
    MarketingPurpose,
)
from tietosuoja_desktop.domain.records import ConsentEvent, Order
from tietosuoja_desktop.services.marketing import ChoiceKind
from tietosuoja_desktop.storage.models import AuditRow

NEWS = MarketingPurpose("Uutiskirje")
OWN = MarketingPurpose("Uutiskirje", own_similar_products=True)
CONSENT_TEXT = "Haluan saada uutiskirjeen sähköpostiini. Voin perua suostumuksen milloin tahansa."


def reasons(permissions):
    return {channel: v.basis or v.exclusion for channel, v in permissions.items()}


def test_a_new_customer_may_be_sent_post_and_called_only(services):
    customer = services.customers.add(person())
    assert reasons(services.marketing.permissions(customer.id, NEWS)) == {
        MarketingChannel.EMAIL: Exclusion.NO_CONSENT,
        MarketingChannel.SMS: Exclusion.NO_CONSENT,
        MarketingChannel.PHONE: Basis.OPT_OUT,
        MarketingChannel.POST: Basis.OPT_OUT,
    }


def test_consent_with_its_text_method_and_evidence(services, tmp_path, clock):
    customer = services.customers.add(person())
    scan = tmp_path / "suostumus.pdf"
    scan.write_bytes(b"%PDF-1.4 signed paper form")
    stored = services.marketing.add_consent(
        ConsentEvent(
            customer.id,
            ConsentAction.GIVEN,
            NEWS.id,
            datetime(2026, 1, 5, 10),
            marketing_channel=MarketingChannel.EMAIL,
            method=ConsentMethod.PAPER_FORM,
            text=CONSENT_TEXT,
            recorded_by="Maija Myyjä",
        ),
        evidence_path=scan,
    )
    (again,) = services.activity.consents(customer.id)
    assert again == stored
    assert (again.text, again.method, again.recorded_by) == (
        CONSENT_TEXT,
        ConsentMethod.PAPER_FORM,
        "Maija Myyjä",
    )
    assert again.evidence_file == "suostumus.pdf"
    assert again.evidence_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    found = reasons(services.marketing.permissions(customer.id, NEWS))
    assert found[MarketingChannel.EMAIL] is Basis.CONSENT
    assert found[MarketingChannel.SMS] is Exclusion.NO_CONSENT
    # Withdrawing is the same one call (Art 7(3)).
    services.marketing.add_consent(
        ConsentEvent(
            customer.id,
            ConsentAction.WITHDRAWN,
            NEWS.id,
            datetime(2026, 1, 6, 9),
            marketing_channel=MarketingChannel.EMAIL,
            method=ConsentMethod.EMAIL,
        )
    )
    found = reasons(services.marketing.permissions(customer.id, NEWS))
    assert found[MarketingChannel.EMAIL] is Exclusion.CONSENT_WITHDRAWN


def test_refusal_objection_on_one_channel_and_allowing_again(services):
    customer = services.customers.add(person())
    services.marketing.record_choice(
        customer.id, MarketingChannel.POST, ChoiceKind.REFUSED, date(2026, 1, 1)
    )
    services.marketing.record_choice(customer.id, MarketingChannel.PHONE, ChoiceKind.PROHIBITED)
    found = reasons(services.marketing.permissions(customer.id, NEWS))
    assert found[MarketingChannel.POST] is Exclusion.REFUSED
    assert found[MarketingChannel.PHONE] is Exclusion.PROHIBITED
    services.marketing.record_choice(customer.id, MarketingChannel.POST, ChoiceKind.ALLOWED)
    found = reasons(services.marketing.permissions(customer.id, NEWS))
    assert found[MarketingChannel.POST] is Basis.OPT_OUT
    assert [kind for _, kind, _ in services.marketing.choices(customer.id)] == [
        ChoiceKind.REFUSED,
        ChoiceKind.PROHIBITED,
        ChoiceKind.ALLOWED,
    ]
    with services.db.reading() as session:
        actions = [r.action for r in session.query(AuditRow).order_by(AuditRow.id)]
        texts = " ".join(str(r.fields) for r in session.query(AuditRow))
    assert actions[-3:] == ["marketing_refused", "marketing_prohibited", "marketing_allowed"]
    assert person().last_name not in texts


def test_the_all_channel_objection_and_the_existing_customer_rule(services, clock):
    customer = services.customers.add(person())
    services.activity.add_order(
        Order(customer.id, clock.today(), "T-1", amount_cents=1000, status=OrderStatus.PAID)
    )
    found = reasons(services.marketing.permissions(customer.id, OWN))
    assert found[MarketingChannel.EMAIL] is Basis.EXISTING_CUSTOMER
    services.customers.prohibit_marketing(customer.id)
    assert set(reasons(services.marketing.permissions(customer.id, OWN)).values()) == {
        Exclusion.PROHIBITED
    }


def test_an_organisation_contact_is_a_business_contact(services):
    contact = services.customers.add(
        person(kind=CustomerKind.ORGANISATION, organisation="Oy Yritys Ab")
    )
    b2b = MarketingPurpose("Tuotetiedotteet", business_role=True)
    found = reasons(services.marketing.permissions(contact.id, b2b))
    assert found[MarketingChannel.EMAIL] is Basis.BUSINESS_CONTACT


def test_a_choice_in_the_future_is_refused(services, clock):
    customer = services.customers.add(person())
    with pytest.raises(ValueError):
        services.marketing.record_choice(
            customer.id, MarketingChannel.SMS, ChoiceKind.REFUSED, date(2099, 1, 1)
        )
    assert services.marketing.choices(customer.id) == []
