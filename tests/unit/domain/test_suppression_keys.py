"""The suppression list's keys: normalised values, keyed hashes of the register's secret, and
the channels a person's details are suppressed on; suppressed channels excluded by the rules."""

from __future__ import annotations

from datetime import date

from tietosuoja_desktop.domain.marketing import (
    Exclusion,
    MarketingChannel,
    MarketingPerson,
    MarketingPurpose,
    may_market,
)
from tietosuoja_desktop.domain.suppression import (
    SuppressionKind,
    SuppressionList,
    csv_columns,
    key_of,
    value_problems,
)

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
EMAIL, PHONE, ADDRESS = SuppressionKind.EMAIL, SuppressionKind.PHONE, SuppressionKind.ADDRESS


def test_the_same_value_written_differently_gives_the_same_key():
    assert key_of(SECRET, EMAIL, " Matti.M@Example.FI ") == key_of(
        SECRET, EMAIL, "matti.m@example.fi"
    )
    assert key_of(SECRET, PHONE, "040 765 4321") == key_of(SECRET, PHONE, "+358407654321")
    assert key_of(SECRET, ADDRESS, "Kauppakatu 1 A 2,", "00100") == key_of(
        SECRET, ADDRESS, "kauppakatu  1 a 2", " 00100"
    )
    assert key_of(SECRET, EMAIL, "aino@example.fi") != key_of(SECRET, EMAIL, "matti@example.fi")


def test_a_key_is_a_keyed_hash_not_the_value():
    key = key_of(SECRET, EMAIL, "matti.m@example.fi")
    assert len(key) == 64 and "matti" not in key
    assert key != key_of(OTHER_SECRET, EMAIL, "matti.m@example.fi")  # another register's secret
    assert key_of(SECRET, EMAIL, "   ") is None
    assert key_of(SECRET, ADDRESS, "Kauppakatu 1", "") is None


def test_values_are_checked_before_they_are_put_on_the_list():
    assert value_problems(EMAIL, "matti@example.fi") == []
    assert [p.field for p in value_problems(EMAIL, "matti at example")] == ["email"]
    assert [p.field for p in value_problems(PHONE, "12")] == ["phone"]
    assert [p.field for p in value_problems(ADDRESS, ", ", "1")] == [
        "street_address",
        "postal_code",
    ]


def test_csv_headers_in_english_finnish_and_swedish():
    assert csv_columns(("Sähköposti", "Puhelin", "Katuosoite", "Postinumero")) == {
        "email": 0,
        "phone": 1,
        "street_address": 2,
        "postal_code": 3,
    }
    assert csv_columns(("Namn", "E-post", "Street address")) == {"email": 1, "street_address": 2}


def test_the_channels_a_persons_details_are_suppressed_on():
    listed = SuppressionList(
        SECRET,
        {
            PHONE: frozenset({key_of(SECRET, PHONE, "0407654321")}),
            EMAIL: frozenset({key_of(SECRET, EMAIL, "x@example.fi")}),
        },
    )
    assert listed.channels("matti@example.fi", "+358407654321", "Kauppakatu 1", "00100") == {
        MarketingChannel.SMS,
        MarketingChannel.PHONE,
    }
    assert SuppressionList(SECRET, {}).channels("x@example.fi", "", "", "") == frozenset()


def test_a_suppressed_channel_is_excluded_whatever_the_basis():
    person = MarketingPerson(
        1, phone="+358407654321", suppressed=frozenset({MarketingChannel.PHONE})
    )
    news = MarketingPurpose("Uutiskirje")
    verdict = may_market(person, MarketingChannel.PHONE, news, date(2026, 11, 22))
    assert verdict.exclusion is Exclusion.SUPPRESSED
    assert may_market(person, MarketingChannel.POST, news, date(2026, 11, 22)).exclusion is (
        Exclusion.NO_ADDRESS
    )
