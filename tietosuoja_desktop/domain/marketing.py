"""Who may be sent direct marketing, on which channel, for which purpose, on which day.

The Finnish rules (shared/domain.md, "Direct marketing in Finland"):
- e-mail and SMS to a natural person need prior consent (laki sähköisen viestinnän palveluista
  917/2014, 200 § 1 mom.), except the existing-customer rule (200 § 2 mom.): contact details
  obtained from one's own customer in connection with a sale, used for one's own products of the
  same group or similar; it lapses ``existing_customer_months`` after the last purchase (a
  setting; the law names no period, 24 months is the app's cautious default);
- to a person in their role at a company (202 §), electronic marketing concerning that role is
  allowed unless refused;
- post and (person-to-person) phone marketing to a natural person is allowed unless refused;
- a direct-marketing objection (GDPR Art 21(2)-(3)) is absolute and covers every channel unless
  the person limited it to one; restriction (Art 18) excludes the person from all use;
- an address or number on the suppression list (domain/suppression.py: e.g. what a check
  against the ASML Robinson service returned) is never marketed to, whatever the basis.

:func:`may_market` is the one place these rules live: the export, the customer page and the
consent record read its answer. Plain Python, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .clock import add_months
from .enums import Channel, ConsentAction, StrEnum
from .i18n import QT_TRANSLATE_NOOP, Message


class MarketingChannel(StrEnum):
    """A channel of direct marketing; ``electronic`` channels need consent (200 §)."""

    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    POST = "post"

    @property
    def electronic(self) -> bool:
        return self in (MarketingChannel.EMAIL, MarketingChannel.SMS)

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    MarketingChannel.EMAIL: QT_TRANSLATE_NOOP("Marketing", "E-mail"),
    MarketingChannel.SMS: QT_TRANSLATE_NOOP("Marketing", "SMS"),
    MarketingChannel.PHONE: QT_TRANSLATE_NOOP("Marketing", "Phone"),
    MarketingChannel.POST: QT_TRANSLATE_NOOP("Marketing", "Post"),
}


class ConsentMethod(StrEnum):
    """How a consent (or its withdrawal) was given: part of what proves it (Art 7(1))."""

    WEB_FORM = "web_form"
    PAPER_FORM = "paper_form"
    EMAIL = "email"
    IN_PERSON = "in_person"
    PHONE = "phone"
    IMPORT = "import"  # a web shop's export, with the import's date and source as evidence
    OTHER = "other"  # consents recorded before the method was asked


# How a request came in -> how the consent withdrawn through it was given back.
METHOD_OF_REQUEST_CHANNEL = {
    Channel.EMAIL: ConsentMethod.EMAIL,
    Channel.LETTER: ConsentMethod.PAPER_FORM,
    Channel.IN_PERSON: ConsentMethod.IN_PERSON,
    Channel.PHONE: ConsentMethod.PHONE,
    Channel.WEB_FORM: ConsentMethod.WEB_FORM,
    Channel.OTHER: ConsentMethod.OTHER,
}


def purposes_in_force(events) -> list[str]:
    """The purposes with a consent still in force on some channel, in the order first
    consented to, from consent events in time order (each with ``purpose``, ``action`` and
    ``marketing_channel``): a withdrawal limited to one channel leaves the others, one not
    limited ends them all."""
    state: dict[str, dict[MarketingChannel | None, bool]] = {}
    for event in events:
        channels = state.setdefault(event.purpose, {})
        if event.marketing_channel is None and event.action is ConsentAction.WITHDRAWN:
            channels.clear()
        channels[event.marketing_channel] = event.action is ConsentAction.GIVEN
    return [purpose for purpose, channels in state.items() if any(channels.values())]


def consent_in_force_on(events, channel: MarketingChannel) -> bool:
    """Whether consent events for one purpose, in time order (each with ``action`` and
    ``marketing_channel``), leave a consent in force on ``channel``: an event not limited to
    a channel counts for every channel."""
    in_force = False
    for event in events:
        if event.marketing_channel is None or event.marketing_channel == channel:
            in_force = event.action is ConsentAction.GIVEN
    return in_force


class Basis(StrEnum):
    """Why marketing is allowed."""

    CONSENT = "consent"
    EXISTING_CUSTOMER = "existing_customer"
    BUSINESS_CONTACT = "business_contact"
    OPT_OUT = "opt_out"


class Exclusion(StrEnum):
    """Why marketing is not allowed; the order is the order the rules are checked in."""

    RESTRICTED = "restricted"
    PROHIBITED = "prohibited"
    REFUSED = "refused"
    NO_ADDRESS = "no_address"
    SUPPRESSED = "suppressed"  # the address or number is on the suppression list
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CUSTOMER_BASIS_LAPSED = "customer_basis_lapsed"
    NO_CONSENT = "no_consent"


BASIS_LABELS = {
    Basis.CONSENT: QT_TRANSLATE_NOOP("Marketing", "consent"),
    Basis.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Marketing", "existing customer"),
    Basis.BUSINESS_CONTACT: QT_TRANSLATE_NOOP("Marketing", "business contact"),
    Basis.OPT_OUT: QT_TRANSLATE_NOOP("Marketing", "allowed unless refused"),
}
EXCLUSION_LABELS = {
    Exclusion.RESTRICTED: QT_TRANSLATE_NOOP("Marketing", "processing restricted"),
    Exclusion.PROHIBITED: QT_TRANSLATE_NOOP("Marketing", "direct marketing prohibited"),
    Exclusion.REFUSED: QT_TRANSLATE_NOOP("Marketing", "refused on this channel"),
    Exclusion.NO_ADDRESS: QT_TRANSLATE_NOOP("Marketing", "no address or number"),
    Exclusion.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("Marketing", "consent withdrawn"),
    Exclusion.CUSTOMER_BASIS_LAPSED: QT_TRANSLATE_NOOP(
        "Marketing", "existing-customer basis lapsed"
    ),
    Exclusion.NO_CONSENT: QT_TRANSLATE_NOOP("Marketing", "no consent"),
    Exclusion.SUPPRESSED: QT_TRANSLATE_NOOP("Marketing", "on the suppression list"),
}


@dataclass(frozen=True)
class MarketingSettings:
    existing_customer_months: int = 24


@dataclass(frozen=True)
class MarketingPurpose:
    """What is marketed. ``own_similar_products``: the business's own products or services
    similar to those sold (the existing-customer rule may carry it); ``business_role``: it
    concerns people in their role at a company (business contacts may be sent it)."""

    id: str
    own_similar_products: bool = False
    business_role: bool = False


@dataclass(frozen=True)
class ChannelConsent:
    """A consent event as the rules read it; ``channel`` None: not limited to one channel."""

    action: ConsentAction
    purpose: str
    at: datetime
    channel: MarketingChannel | None = None
    id: int | None = None


@dataclass(frozen=True)
class Prohibition:
    """An Art 21(2) objection from ``on``; ``channel`` None covers every channel."""

    on: date
    channel: MarketingChannel | None = None


@dataclass(frozen=True)
class ChannelChoice:
    """The person refused (or, later, allowed again) marketing on one channel."""

    channel: MarketingChannel
    on: date
    refused: bool = True


@dataclass(frozen=True)
class MarketingPerson:
    """What the rules need to know of one person in the register."""

    id: int
    business_contact: bool = False  # in their role at a company (a contact of an organisation)
    email: str = ""
    phone: str = ""
    postal_address: bool = False  # a street address with postal code and city
    restricted_on: date | None = None
    prohibitions: tuple[Prohibition, ...] = ()
    choices: tuple[ChannelChoice, ...] = ()
    consents: tuple[ChannelConsent, ...] = ()
    purchases: tuple[date, ...] = ()  # sales in connection with which the details were obtained
    suppressed: frozenset[MarketingChannel] = frozenset()  # on the suppression list

    def has_address(self, channel: MarketingChannel) -> bool:
        if channel is MarketingChannel.EMAIL:
            return bool(self.email)
        if channel is MarketingChannel.POST:
            return self.postal_address
        return bool(self.phone)


@dataclass(frozen=True)
class Verdict:
    """The answer: a basis (allowed) or an exclusion (not), with what it rests on."""

    basis: Basis | None = None
    exclusion: Exclusion | None = None
    since: date | None = None  # the consent's or prohibition's date, the last purchase...

    @property
    def allowed(self) -> bool:
        return self.basis is not None

    def message(self) -> Message:
        label = BASIS_LABELS[self.basis] if self.basis else EXCLUSION_LABELS[self.exclusion]
        return Message("Marketing", label)


def purchases_matter(purpose: MarketingPurpose) -> bool:
    """Whether :func:`may_market` looks at a person's purchases for ``purpose``: only the
    business's own similar products may be marketed to an existing customer on that basis."""
    return purpose.own_similar_products


def may_market(
    person: MarketingPerson,
    channel: MarketingChannel,
    purpose: MarketingPurpose,
    today: date,
    settings: MarketingSettings = MarketingSettings(),
) -> Verdict:
    """May ``person`` be sent marketing for ``purpose`` on ``channel`` on ``today``?"""
    if person.restricted_on is not None and person.restricted_on <= today:
        return Verdict(exclusion=Exclusion.RESTRICTED, since=person.restricted_on)
    prohibition = _prohibition(person, channel, today)
    if prohibition is not None:
        return Verdict(exclusion=Exclusion.PROHIBITED, since=prohibition.on)
    consent = _latest_consent(person, channel, purpose, today)
    refusal = _refusal(person, channel, today)
    if refusal is not None and (consent is None or consent.at.date() <= refusal.on):
        # A refusal stands until the person allows the channel again or consents after it.
        return Verdict(exclusion=Exclusion.REFUSED, since=refusal.on)
    if not person.has_address(channel):
        return Verdict(exclusion=Exclusion.NO_ADDRESS)
    if channel in person.suppressed:
        # Never marketed to, whatever the basis (domain/suppression.py).
        return Verdict(exclusion=Exclusion.SUPPRESSED)
    if consent is not None and consent.action is ConsentAction.GIVEN:
        return Verdict(basis=Basis.CONSENT, since=consent.at.date())
    if person.business_contact and purpose.business_role:
        return Verdict(basis=Basis.BUSINESS_CONTACT)
    if not channel.electronic:
        return Verdict(basis=Basis.OPT_OUT)
    purchase = _last_purchase(person, today)
    if purpose.own_similar_products and purchase is not None:
        lapses = add_months(purchase, settings.existing_customer_months)
        if today < lapses:
            return Verdict(basis=Basis.EXISTING_CUSTOMER, since=purchase)
    if consent is not None:
        return Verdict(exclusion=Exclusion.CONSENT_WITHDRAWN, since=consent.at.date())
    if purpose.own_similar_products and purchase is not None:
        return Verdict(exclusion=Exclusion.CUSTOMER_BASIS_LAPSED, since=purchase)
    return Verdict(exclusion=Exclusion.NO_CONSENT)


def _prohibition(person: MarketingPerson, channel, today: date) -> Prohibition | None:
    if not person.prohibitions:
        return None
    covering = [p for p in person.prohibitions if p.on <= today and p.channel in (None, channel)]
    return min(covering, key=lambda p: p.on, default=None)


def _refusal(person: MarketingPerson, channel, today: date) -> ChannelChoice | None:
    """The person's latest choice on the channel if it is a refusal; choices of one day are
    read in the order recorded (refused in the morning, allowed again in the afternoon)."""
    latest = None
    for choice in person.choices:
        on_channel = choice.channel is channel and choice.on <= today
        if on_channel and (latest is None or choice.on >= latest.on):
            latest = choice
    return latest if latest is not None and latest.refused else None


def _latest_consent(person: MarketingPerson, channel, purpose, today: date):
    """The newest consent event for the purpose that covers the channel (a withdrawal not
    limited to a channel withdraws every channel's consent)."""
    events = [
        (event.at, index, event)
        for index, event in enumerate(person.consents)
        if event.purpose == purpose.id
        and event.channel in (None, channel)
        and event.at.date() <= today
    ]
    return max(events, key=lambda item: item[:2])[2] if events else None


def _last_purchase(person: MarketingPerson, today: date) -> date | None:
    if not person.purchases:
        return None
    return max((day for day in person.purchases if day <= today), default=None)
