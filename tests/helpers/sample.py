"""Realistic sample records for tests."""

from __future__ import annotations

from tietosuoja_desktop.domain.enums import LegalBasis, RetentionAnchor
from tietosuoja_desktop.domain.records import (
    ControllerProfile,
    Customer,
    Purpose,
    RegisterDescription,
    RetentionRule,
)

SIGNING_PASSPHRASE = "kahvi ja pulla ÅÖ"

CONTROLLER = ControllerProfile(
    name="Kahvila Esimerkki Tmi",
    business_id="3354302-8",
    street_address="Rantakatu 4",
    postal_code="20100",
    city="Turku",
    phone="040 123 4567",
    email="info@kahvilaesimerkki.fi",
    website="https://kahvilaesimerkki.fi",
    contact_name="Aino Esimerkki",
    contact_phone="040 123 4567",
    contact_email="tietosuoja@kahvilaesimerkki.fi",
)

REGISTER = RegisterDescription(
    name="Asiakasrekisteri",
    purposes=(
        Purpose("Tilausten toimittaminen ja laskutus", LegalBasis.CONTRACT),
        Purpose(
            "Asiakasviestintä ja palvelun kehittäminen",
            LegalBasis.LEGITIMATE_INTERESTS,
            "Asiakassuhteen ylläpito",
        ),
    ),
    data_subject_categories="Asiakkaat",
    data_categories="Nimi, yhteystiedot, tilaukset",
    sources="Asiakkaalta itseltään",
    recipients="Ei säännönmukaisia luovutuksia",
    retention=RetentionRule(5, RetentionAnchor.LAST_ACTIVITY),
    retention_text="Viisi vuotta viimeisestä asioinnista",
    security_manual="Paperit lukitussa kaapissa",
    security_electronic="Salasanalla suojattu tietokone",
)


def person(**overrides) -> Customer:
    values = dict(
        first_name="Matti",
        last_name="Meikäläinen",
        email="matti.meikalainen@example.fi",
        phone="040 765 4321",
        street_address="Kauppakatu 1",
        postal_code="00100",
        city="Helsinki",
    )
    values.update(overrides)
    return Customer(**values)
