"""Marketing permission columns of web-shop exports (Shopify's "Accepts Email Marketing" and
"Accepts SMS Marketing", WooCommerce's newsletter opt-in columns) imported into the
per-channel model: a yes is a consent on the channel, a no withdraws one in force, each with
the import's file and date as evidence; without a purpose they are left out with a warning."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers.csv_samples import DATA

from tietosuoja_desktop.domain.csv_mapping import ColumnMapping, Target
from tietosuoja_desktop.domain.csv_values import parse_yes_no
from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.listing import CustomerQuery, CustomerSort
from tietosuoja_desktop.domain.marketing import (
    Basis,
    ConsentMethod,
    Exclusion,
    MarketingChannel,
    MarketingPurpose,
)
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.services.importing import Importer, ImportOptions
from tietosuoja_desktop.storage.models import AuditRow

NEWS = MarketingPurpose("Uutiskirje")
EMAIL, SMS = MarketingChannel.EMAIL, MarketingChannel.SMS


@pytest.fixture
def importer(services):
    return Importer(services)


def run(importer, name, purpose="Uutiskirje", mapping=None):
    table = importer.read(DATA / name)
    preview = importer.preview(table, mapping, ImportOptions(marketing_purpose=purpose))
    return preview, importer.run(preview)


def everyone(services):
    return services.customers.page(CustomerQuery(sort=CustomerSort.ID), 0, 100)


def customer(services, email):
    return next(c for c in everyone(services) if c.email == email)


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Accepts Email Marketing", Target.MARKETING_EMAIL),
        ("Accepts SMS Marketing", Target.MARKETING_SMS),
        ("Accepts Marketing", Target.MARKETING_EMAIL),  # Shopify before 2022
        ("newsletter_opt_in", Target.MARKETING_EMAIL),
        ("mailchimp_woocommerce_is_subscribed", Target.MARKETING_EMAIL),
        ("Uutiskirje", Target.MARKETING_EMAIL),
        ("SMS-marknadsföring", Target.MARKETING_SMS),
        ("Email verified", Target.IGNORE),
    ],
)
def test_permission_columns_are_recognised(header, target):
    assert ColumnMapping.guess([header]).targets == (target,)


@pytest.mark.parametrize(
    ("text", "answer"),
    [("yes", True), ("1", True), ("Kyllä", True), ("subscribed", True), ("ja", True),
     ("no", False), ("0", False), ("ei", False), ("Nej", False), ("unsubscribed", False),
     ("maybe", None), ("", None)],
)  # fmt: skip
def test_yes_and_no_in_three_languages(text, answer):
    assert parse_yes_no(text) is answer


def test_shopify_permissions_become_consents_with_the_import_as_evidence(services, importer):
    preview, result = run(importer, "shopify_customers.csv")
    assert preview.warnings == [] and result.consents == 1
    minna = customer(services, "minna.salonen@example.com")
    (given,) = services.activity.consents(minna.id)
    assert (given.action, given.purpose, given.marketing_channel, given.method) == (
        ConsentAction.GIVEN,
        "Uutiskirje",
        EMAIL,
        ConsentMethod.IMPORT,
    )
    assert given.evidence == "shopify_customers.csv, 2026-11-22"
    permissions = services.marketing.permissions(minna.id, NEWS)
    assert permissions[EMAIL].basis is Basis.CONSENT
    assert permissions[SMS].exclusion is Exclusion.NO_CONSENT  # "no": nothing to withdraw
    jari = customer(services, "jari.nieminen@example.com")
    assert services.activity.consents(jari.id) == []
    with services.db.reading() as session:
        entry = session.query(AuditRow).filter_by(action="import").one()
    assert "consents" in entry.fields


def test_a_no_withdraws_a_consent_in_force_and_a_yes_is_not_recorded_twice(services, importer):
    run(importer, "shopify_customers.csv")
    jari = customer(services, "jari.nieminen@example.com")
    minna = customer(services, "minna.salonen@example.com")
    services.activity.add_consent(  # given in the shop, before this export was made
        ConsentEvent(jari.id, ConsentAction.GIVEN, "Uutiskirje", datetime(2026, 1, 5, 10))
    )
    _, again = run(importer, "shopify_customers.csv")
    # Helena has no e-mail to be known by: she is added again; the others are skipped.
    assert (again.created, again.skipped, again.consents) == (1, 2, 2)
    history = services.activity.consents(jari.id)
    assert [(e.action, e.marketing_channel, e.method) for e in history[1:]] == [
        (ConsentAction.WITHDRAWN, EMAIL, ConsentMethod.IMPORT),
        (ConsentAction.WITHDRAWN, SMS, ConsentMethod.IMPORT),
    ]
    assert len(services.activity.consents(minna.id)) == 1  # still in force: nothing new
    assert services.marketing.permissions(jari.id, NEWS)[EMAIL].exclusion is (
        Exclusion.CONSENT_WITHDRAWN
    )


def test_woocommerce_opt_in_and_a_value_that_is_no_answer(services, importer):
    preview, result = run(importer, "woocommerce_customers_optin.csv")
    (refused,) = preview.rejected()
    assert refused.line == 4 and [p.field for p in refused.problems] == ["marketing_email"]
    assert "yes or no" in refused.problems[0].render()
    assert (result.created, result.consents) == (2, 1)
    laura = customer(services, "laura.makela@example.fi")
    assert services.marketing.permissions(laura.id, NEWS)[EMAIL].allowed
    ville = customer(services, "ville.lahtinen@example.fi")
    assert not services.marketing.permissions(ville.id, NEWS)[EMAIL].allowed


def test_without_a_purpose_the_columns_are_left_out_with_a_warning(services, importer):
    preview, result = run(importer, "shopify_customers.csv", purpose="")
    assert [w.source for w in preview.warnings] == [
        "The marketing permission columns are not imported: choose the marketing purpose "
        "they are consents for."
    ]
    assert result.created == 3 and result.consents == 0
    assert all(services.activity.consents(c.id) == [] for c in everyone(services))
