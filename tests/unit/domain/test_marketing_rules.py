"""The direct-marketing rules, case by case (domain/marketing.py)."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.marketing import (
    Basis,
    ChannelChoice,
    ChannelConsent,
    Exclusion,
    MarketingChannel,
    MarketingPerson,
    MarketingPurpose,
    MarketingSettings,
    Prohibition,
    consent_in_force_on,
    may_market,
    purchases_matter,
    purposes_in_force,
)
from tietosuoja_desktop.domain.records import ConsentEvent

EMAIL, SMS, PHONE, POST = (
    MarketingChannel.EMAIL,
    MarketingChannel.SMS,
    MarketingChannel.PHONE,
    MarketingChannel.POST,
)
TODAY = date(2026, 6, 15)
NEWS = MarketingPurpose("news")
OWN = MarketingPurpose("own", own_similar_products=True)
B2B = MarketingPurpose("b2b", business_role=True)
DEFAULTS = MarketingSettings()


def person(**values) -> MarketingPerson:
    contact = {"email": "a@example.fi", "phone": "+358401234567", "postal_address": True}
    return MarketingPerson(id=1, **{**contact, **values})


def given(on: date, purpose: str = "news", channel=None) -> ChannelConsent:
    return ChannelConsent(
        ConsentAction.GIVEN, purpose, datetime(on.year, on.month, on.day, 12), channel
    )


def withdrawn(on: date, purpose: str = "news", channel=None) -> ChannelConsent:
    return ChannelConsent(
        ConsentAction.WITHDRAWN, purpose, datetime(on.year, on.month, on.day, 12), channel
    )


def verdict(who, channel, purpose=NEWS, today=TODAY, settings=DEFAULTS):
    result = may_market(who, channel, purpose, today, settings)
    return result.basis or result.exclusion


@pytest.mark.parametrize(
    "channel, expected",
    [
        (EMAIL, Exclusion.NO_CONSENT),
        (SMS, Exclusion.NO_CONSENT),
        (PHONE, Basis.OPT_OUT),
        (POST, Basis.OPT_OUT),
    ],
)
def test_a_private_person_without_consent(channel, expected):
    assert verdict(person(), channel) is expected


@pytest.mark.parametrize("channel", list(MarketingChannel))
def test_consent_allows_every_channel_it_is_not_limited_to(channel):
    result = may_market(person(consents=(given(date(2026, 1, 2)),)), channel, NEWS, TODAY)
    assert result.allowed and result.basis is Basis.CONSENT
    assert result.since == date(2026, 1, 2)


def test_consent_limited_to_one_channel():
    who = person(consents=(given(date(2026, 1, 2), channel=SMS),))
    assert verdict(who, SMS) is Basis.CONSENT
    assert verdict(who, EMAIL) is Exclusion.NO_CONSENT


def test_consent_for_another_purpose_does_not_count():
    who = person(consents=(given(date(2026, 1, 2), purpose="other"),))
    assert verdict(who, EMAIL) is Exclusion.NO_CONSENT


def test_consent_given_after_today_does_not_count_yet():
    who = person(consents=(given(date(2026, 7, 1)),))
    assert verdict(who, EMAIL) is Exclusion.NO_CONSENT


def test_consent_withdrawn_and_given_again():
    history = (given(date(2025, 1, 1)), withdrawn(date(2025, 6, 1)))
    assert verdict(person(consents=history), EMAIL) is Exclusion.CONSENT_WITHDRAWN
    again = person(consents=(*history, given(date(2026, 2, 1))))
    assert verdict(again, EMAIL) is Basis.CONSENT
    # As of a day between the withdrawal and the new consent, it was withdrawn.
    assert verdict(again, EMAIL, today=date(2025, 12, 31)) is Exclusion.CONSENT_WITHDRAWN


def test_withdrawal_on_one_channel_leaves_the_others():
    who = person(consents=(given(date(2025, 1, 1)), withdrawn(date(2025, 6, 1), channel=EMAIL)))
    assert verdict(who, EMAIL) is Exclusion.CONSENT_WITHDRAWN
    assert verdict(who, SMS) is Basis.CONSENT


def test_withdrawn_consent_on_post_leaves_the_opt_out_basis():
    # Post needs no consent: withdrawing one does not make it a refusal of post.
    who = person(consents=(given(date(2025, 1, 1)), withdrawn(date(2025, 6, 1))))
    assert verdict(who, POST) is Basis.OPT_OUT


def test_same_moment_events_are_read_in_the_order_recorded():
    moment = date(2025, 3, 3)
    assert verdict(person(consents=(given(moment), withdrawn(moment))), EMAIL) is (
        Exclusion.CONSENT_WITHDRAWN
    )
    assert verdict(person(consents=(withdrawn(moment), given(moment))), EMAIL) is Basis.CONSENT


def test_existing_customer_basis_and_its_lapse():
    who = person(purchases=(date(2023, 1, 10), date(2024, 6, 15)))
    result = may_market(who, EMAIL, OWN, date(2026, 1, 1))
    assert result.basis is Basis.EXISTING_CUSTOMER and result.since == date(2024, 6, 15)
    # 24 months after the last purchase the basis has lapsed: the day itself no longer counts.
    assert verdict(who, EMAIL, OWN, today=date(2026, 6, 14)) is Basis.EXISTING_CUSTOMER
    assert verdict(who, EMAIL, OWN, today=date(2026, 6, 15)) is Exclusion.CUSTOMER_BASIS_LAPSED
    # N is a setting.
    longer = MarketingSettings(existing_customer_months=36)
    assert verdict(who, SMS, OWN, today=date(2026, 6, 15), settings=longer) is (
        Basis.EXISTING_CUSTOMER
    )


def test_existing_customer_basis_only_for_own_similar_products():
    who = person(purchases=(date(2026, 1, 10),))
    assert verdict(who, EMAIL, NEWS) is Exclusion.NO_CONSENT
    assert verdict(who, EMAIL, OWN) is Basis.EXISTING_CUSTOMER


@pytest.mark.parametrize("purpose", [NEWS, OWN, B2B])
@pytest.mark.parametrize("channel", [EMAIL, SMS, PHONE, POST])
def test_purchases_matter_only_where_the_rules_say_they_do(purpose, channel):
    """The export reads every customer's last sale only when ``purchases_matter``: for any
    other purpose no verdict may change with the purchases."""
    people = [
        person(),
        person(consents=(withdrawn(date(2026, 1, 1), purpose.id),)),
        person(consents=(given(date(2026, 1, 1), purpose.id),)),
        person(business_contact=True),
        person(email="", phone=""),
    ]
    with_purchase = [replace(who, purchases=(date(2020, 1, 1), date(2026, 3, 1))) for who in people]
    verdicts = [may_market(who, channel, purpose, TODAY) for who in people]
    bought = [may_market(who, channel, purpose, TODAY) for who in with_purchase]
    if not purchases_matter(purpose):
        assert verdicts == bought
    elif channel.electronic:  # (by post and phone the opt-out basis comes first)
        assert verdicts != bought


def test_a_purchase_after_today_is_not_yet_a_basis():
    who = person(purchases=(date(2026, 7, 1),))
    assert verdict(who, EMAIL, OWN) is Exclusion.NO_CONSENT


def test_withdrawn_consent_wins_over_a_lapsed_basis_as_the_reason():
    who = person(purchases=(date(2020, 1, 1),), consents=(withdrawn(date(2025, 1, 1), "own"),))
    assert verdict(who, EMAIL, OWN) is Exclusion.CONSENT_WITHDRAWN


def test_business_contact_electronic_allowed_unless_refused():
    who = person(business_contact=True)
    assert verdict(who, EMAIL, B2B) is Basis.BUSINESS_CONTACT
    assert verdict(who, SMS, B2B) is Basis.BUSINESS_CONTACT
    refused = person(business_contact=True, choices=(ChannelChoice(EMAIL, date(2026, 1, 1)),))
    assert verdict(refused, EMAIL, B2B) is Exclusion.REFUSED
    assert verdict(refused, SMS, B2B) is Basis.BUSINESS_CONTACT


def test_business_contact_who_is_also_a_private_customer():
    who = person(business_contact=True, purchases=(date(2026, 1, 10),))
    # Marketing that concerns their role: the business-contact basis.
    assert verdict(who, EMAIL, B2B) is Basis.BUSINESS_CONTACT
    # Consumer marketing to the same person: only as a private customer.
    assert verdict(who, EMAIL, NEWS) is Exclusion.NO_CONSENT
    assert verdict(who, EMAIL, OWN) is Basis.EXISTING_CUSTOMER
    assert verdict(who, EMAIL, OWN, today=date(2028, 1, 10)) is Exclusion.CUSTOMER_BASIS_LAPSED
    # A prohibition given as a private customer reaches the role too (one person, one right).
    prohibited = person(business_contact=True, prohibitions=(Prohibition(date(2026, 2, 1)),))
    assert verdict(prohibited, EMAIL, B2B) is Exclusion.PROHIBITED


@pytest.mark.parametrize("channel", list(MarketingChannel))
def test_prohibition_is_absolute_on_every_channel(channel):
    who = person(
        prohibitions=(Prohibition(date(2026, 3, 1)),),
        consents=(given(date(2026, 4, 1)),),  # a later consent does not lift it
        business_contact=True,
        purchases=(date(2026, 5, 1),),
    )
    for purpose in (NEWS, OWN, B2B):
        result = may_market(who, channel, purpose, TODAY)
        assert result.exclusion is Exclusion.PROHIBITED and result.since == date(2026, 3, 1)
    assert verdict(who, channel, today=date(2026, 4, 15)) is Exclusion.PROHIBITED
    assert verdict(who, channel, today=date(2026, 2, 28)) is not Exclusion.PROHIBITED


def test_prohibition_limited_to_one_channel():
    who = person(
        prohibitions=(Prohibition(date(2026, 3, 1), PHONE),), consents=(given(date(2026, 1, 1)),)
    )
    assert verdict(who, PHONE) is Exclusion.PROHIBITED
    assert verdict(who, EMAIL) is Basis.CONSENT
    assert verdict(who, POST) is Basis.CONSENT


def test_refusal_per_channel_and_allowing_again():
    who = person(choices=(ChannelChoice(POST, date(2026, 1, 1)),))
    assert verdict(who, POST) is Exclusion.REFUSED
    assert verdict(who, PHONE) is Basis.OPT_OUT
    again = person(
        choices=(
            ChannelChoice(POST, date(2026, 1, 1)),
            ChannelChoice(POST, date(2026, 2, 1), False),
        )
    )
    assert verdict(again, POST) is Basis.OPT_OUT
    assert verdict(again, POST, today=date(2026, 1, 15)) is Exclusion.REFUSED


def test_choices_on_the_same_day_are_read_in_the_order_recorded():
    day = date(2026, 1, 1)
    allowed = person(choices=(ChannelChoice(POST, day), ChannelChoice(POST, day, False)))
    assert verdict(allowed, POST) is Basis.OPT_OUT
    refused = person(choices=(ChannelChoice(POST, day, False), ChannelChoice(POST, day)))
    assert verdict(refused, POST) is Exclusion.REFUSED


def test_a_consent_after_a_refusal_is_the_newer_choice():
    refusal = ChannelChoice(EMAIL, date(2026, 1, 1))
    before = person(choices=(refusal,), consents=(given(date(2025, 12, 1)),))
    assert verdict(before, EMAIL) is Exclusion.REFUSED
    after = person(choices=(refusal,), consents=(given(date(2026, 2, 1)),))
    assert verdict(after, EMAIL) is Basis.CONSENT


def test_restriction_comes_first():
    who = person(restricted_on=date(2026, 1, 1), prohibitions=(Prohibition(date(2025, 1, 1)),))
    assert verdict(who, POST) is Exclusion.RESTRICTED


@pytest.mark.parametrize(
    "channel, missing",
    [
        (EMAIL, {"email": ""}),
        (SMS, {"phone": ""}),
        (PHONE, {"phone": ""}),
        (POST, {"postal_address": False}),
    ],
)
def test_no_address_or_number(channel, missing):
    who = person(consents=(given(date(2026, 1, 1)),), **missing)
    assert verdict(who, channel) is Exclusion.NO_ADDRESS


def test_every_verdict_has_words():
    reasons = [
        may_market(person(), EMAIL, NEWS, TODAY),
        may_market(person(), POST, NEWS, TODAY),
    ]
    assert [r.message().source for r in reasons] == ["no consent", "allowed unless refused"]


def consent_event(action, purpose, day, channel=None):
    return ConsentEvent(1, action, purpose, datetime(2026, 1, day, 12), marketing_channel=channel)


@pytest.mark.parametrize(
    ("events", "in_force"),
    [
        ([], []),
        ([(ConsentAction.GIVEN, "news", 1, None)], ["news"]),
        (
            [(ConsentAction.GIVEN, "news", 1, EMAIL), (ConsentAction.WITHDRAWN, "news", 2, EMAIL)],
            [],
        ),
        # A withdrawal on one channel leaves the consent on another in force.
        (
            [
                (ConsentAction.GIVEN, "news", 1, EMAIL),
                (ConsentAction.GIVEN, "news", 1, SMS),
                (ConsentAction.WITHDRAWN, "news", 2, SMS),
            ],
            ["news"],
        ),
        # One not limited to a channel ends them all; given again, it is in force again.
        (
            [
                (ConsentAction.GIVEN, "news", 1, EMAIL),
                (ConsentAction.GIVEN, "sms", 1, SMS),
                (ConsentAction.WITHDRAWN, "news", 2, None),
            ],
            ["sms"],
        ),
        (
            [(ConsentAction.WITHDRAWN, "news", 2, None), (ConsentAction.GIVEN, "news", 3, EMAIL)],
            ["news"],
        ),
        (
            [(ConsentAction.GIVEN, "news", 1, None), (ConsentAction.WITHDRAWN, "news", 2, EMAIL)],
            ["news"],
        ),
    ],
)
def test_purposes_in_force_read_every_channel(events, in_force):
    assert purposes_in_force([consent_event(*e) for e in events]) == in_force


GIVEN_ALL = (ConsentAction.GIVEN, "news", 1, None)
GIVEN_EMAIL = (ConsentAction.GIVEN, "news", 1, EMAIL)


@pytest.mark.parametrize(
    ("events", "channel", "in_force"),
    [
        ([], EMAIL, False),
        ([GIVEN_ALL], SMS, True),
        ([GIVEN_EMAIL], SMS, False),
        ([GIVEN_ALL, (ConsentAction.WITHDRAWN, "news", 2, SMS)], SMS, False),
        ([GIVEN_ALL, (ConsentAction.WITHDRAWN, "news", 2, SMS)], EMAIL, True),
        ([GIVEN_EMAIL, (ConsentAction.WITHDRAWN, "news", 2, None)], EMAIL, False),
    ],
)  # fmt: skip
def test_consent_in_force_on_one_channel(events, channel, in_force):
    assert consent_in_force_on([consent_event(*e) for e in events], channel) is in_force
