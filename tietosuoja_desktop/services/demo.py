"""A realistic Finnish demo register of any size: a small yarn shop with its customers, orders,
consents, contacts and a few data-subject requests, for trying the app and for benchmarks.

Faker is slow per call, so it only fills small name and street pools once (seeded); a seeded
random stream combines them. Rows go in with SQLAlchemy Core bulk inserts, in one transaction with
one audit entry. E-mail addresses use the reserved ``example.*`` domains (RFC 2606): no message
can reach a real person by mistake."""

from __future__ import annotations

import json
import random
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import chain
from math import log
from operator import itemgetter
from typing import NamedTuple, TypeVar

from faker import Faker
from sqlalchemy import func, insert, select, text, update

from ..domain.deadlines import request_deadlines
from ..domain.enums import Language, LegalBasis, RequestStatus, RequestType, RetentionAnchor
from ..domain.records import (
    ControllerProfile,
    DataRequest,
    Purpose,
    RegisterDescription,
    RetentionRule,
)
from ..domain.register_languages import with_translations
from ..domain.request_types import Step, spec
from ..domain.validation import clean_controller, register_problems
from ..storage.customer_queries import search_text
from ..storage.mapping import fill_controller, fill_register
from ..storage.models import (
    ConsentRow,
    ContactRow,
    ControllerRow,
    CustomerRegisterRow,
    CustomerRow,
    OrderRow,
    RegisterRow,
    RequestRow,
)
from . import audit
from .controller import CONTROLLER_ID

T = TypeVar("T")

CHUNK = 10_000
MAX_PARAMETERS = 32_000  # SQLite allows 32,766 per statement
HISTORY_DAYS = 8 * 365
MARKETING_PURPOSE = "Uutiskirje ja tarjoukset sähköpostitse"
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
MOBILE_PREFIXES = ("40", "40", "40", "50", "50", "44", "45", "41", "46")


def _places(pairs: str) -> tuple[tuple[str, str], ...]:
    return tuple((pair[:5], pair[6:]) for pair in pairs.split("|"))


# Real postal code / city pairs; the big cities have several codes, so they weigh more.
FI_PLACES = _places(
    "00100 Helsinki|00150 Helsinki|00250 Helsinki|00530 Helsinki|00700 Helsinki|"
    "00810 Helsinki|00920 Helsinki|02100 Espoo|02600 Espoo|02230 Espoo|01300 Vantaa|"
    "01600 Vantaa|20100 Turku|20500 Turku|33100 Tampere|33500 Tampere|40100 Jyväskylä|"
    "90100 Oulu|90500 Oulu|70100 Kuopio|15100 Lahti|28100 Pori|80100 Joensuu|"
    "53100 Lappeenranta|65100 Vaasa|13100 Hämeenlinna|96100 Rovaniemi|50100 Mikkeli|"
    "60100 Seinäjoki|48100 Kotka|45100 Kouvola|04400 Järvenpää|04200 Kerava|"
    "05800 Hyvinkää|08100 Lohja|26100 Rauma|11100 Riihimäki|67100 Kokkola|87100 Kajaani|"
    "57100 Savonlinna"
)
SV_PLACES = _places(
    "00100 Helsingfors|00250 Helsingfors|02100 Esbo|06100 Borgå|10600 Ekenäs|10300 Karis|"
    "65100 Vasa|68600 Jakobstad|66900 Nykarleby|22100 Mariehamn|64200 Närpes|07900 Lovisa|"
    "02400 Kyrkslätt|21600 Pargas|25700 Kimito|66600 Vörå"
)
PRODUCTS = (
    ("Villalanka 100 g, harmaa", 690),
    ("Villalanka 100 g, luonnonvalkoinen", 690),
    ("Sukkalanka 100 g, kirjava", 790),
    ("Merinovillalanka 50 g", 890),
    ("Alpakkalanka 50 g, vaaleanpunainen", 1090),
    ("Puuvillalanka 50 g, keltainen", 450),
    ("Pyöröpuikot 4 mm, 80 cm", 1290),
    ("Sukkapuikot 3 mm", 990),
    ("Virkkuukoukku 4 mm", 590),
    ("Neuleohje: villasukat", 400),
    ("Neuleohje: lapaset", 400),
    ("Neulepakkaus: pipo", 3490),
    ("Neulepakkaus: villapaita", 8900),
    ("Lahjakortti 25 €", 2500),
    ("Neulekurssi: kirjoneule, 3 iltaa", 4500),
    ("Virkkauskurssi aloittelijoille", 3900),
    ("Projektilaukku, pellava", 2490),
    ("Villapesuaine 500 ml", 1190),
)
SHIPPING, SHIPPING_CENTS = "; Postitus pakettiautomaattiin", 590
TRADES = (
    *("Rakennus", "Kampaamo", "Kahvila", "Puutarha", "Sähkö", "Kuljetus", "Tilitoimisto"),
    *("Kukkakauppa", "Käsityö", "Kehystämö", "Hieronta", "Valokuvaamo", "Siivous"),
)
ORG_SUFFIXES = ("Oy", "Oy", "Oy", "Ky", "Tmi", "ry")
NOTES = (
    "Toivoo yhteydenottoa sähköpostitse.",
    "Toimitukset pakettiautomaattiin.",
    "Laskutusasiakas, maksuaika 14 päivää.",
    "Osallistunut neulekursseille.",
)
CONTACTS = (
    "Kysyi tilauksen toimitusajasta.",
    "Pyysi vaihtamaan lankavärin ennen lähetystä.",
    "Kysyi neulekurssin aikataulusta.",
    "Päivitti toimitusosoitteen puhelimessa.",
    "Kysyi lahjakortin voimassaoloaikaa.",
)
COMPLAINTS = (
    "Reklamaatio: paketti saapui vaurioituneena, lähetetty uusi.",
    "Reklamaatio: väärä lankaväri, vaihdettu.",
    "Reklamaatio: toimitus myöhästyi kaksi viikkoa, postikulut hyvitetty.",
)
CONSENT_EVIDENCE = (
    ("web_form", "Verkkokaupan tilauslomake: uutiskirjeen valintaruutu"),
    ("web_form", "Uutiskirjeen tilauslomake verkkosivuilla"),
    ("in_person", "Myymälässä allekirjoitettu lomake"),
    ("email", "Asiakkaan sähköpostiviesti"),
)
WITHDRAWAL_EVIDENCE = (
    ("web_form", "Peruutuslinkki uutiskirjeessä"),
    ("email", "Asiakkaan sähköpostiviesti"),
    ("phone", "Puhelu asiakaspalveluun"),
)
REQUEST_TYPES = (
    *(RequestType.ACCESS,) * 7,
    *(RequestType.MARKETING_OBJECTION,) * 4,
    *(RequestType.ERASURE,) * 4,
    *(RequestType.CONSENT_WITHDRAWAL, RequestType.RECTIFICATION) * 2,
    *(RequestType.RESTRICTION, RequestType.PORTABILITY, RequestType.OBJECTION),
)
REQUEST_TEXT = {
    RequestType.ACCESS: "Pyytää kopion kaikista itseään koskevista tiedoista.",
    RequestType.MARKETING_OBJECTION: "Ei halua enää markkinointia missään kanavassa.",
    RequestType.ERASURE: "Pyytää poistamaan tietonsa asiakasrekisteristä.",
    RequestType.CONSENT_WITHDRAWAL: "Peruu uutiskirjeen tilauksen.",
    RequestType.RECTIFICATION: "Ilmoittaa uuden osoitteen ja korjatun sukunimen.",
    RequestType.RESTRICTION: "Kiistää tilaushistoriansa; pyytää rajoittamaan käsittelyä.",
    RequestType.PORTABILITY: "Pyytää tilaushistoriansa koneluettavana tiedostona.",
    RequestType.OBJECTION: "Vastustaa tietojensa käyttöä asiakaskyselyihin.",
}
OUTCOMES = {
    RequestType.ACCESS: "Tarkastusote lähetetty sähköpostitse.",
    RequestType.ERASURE: "Tiedot poistettu; kirjanpitoon kuuluvat tilaukset jäävät nimettöminä.",
    RequestType.MARKETING_OBJECTION: "Suoramarkkinointikielto kirjattu.",
    RequestType.RESTRICTION: "Käsittelyä rajoitettu, kunnes tietojen oikeellisuus on selvitetty.",
    RequestType.OBJECTION: "Tietoja ei enää käytetä asiakaskyselyihin.",
}
OUTCOME = "Pyyntö käsitelty ja vastaus lähetetty."
REFUSAL = "Pyyntö on ilmeisen perusteeton; perustelut ja valitusoikeus kerrottu."
EXTENSION_REASON = "Pyyntö koskee usean vuoden tilaushistoriaa ja useaa järjestelmää."
UNKNOWN_REQUEST = "Kysyy, onko hänestä tietoja asiakasrekisterissä."
# The flag a completed request's fulfilment step leaves on the customer.
STEP_FLAGS = {
    Step.PROHIBIT_MARKETING: "marketing_prohibited_on",
    Step.RESTRICT: "restricted_on",
    Step.RECORD_OBJECTION: "objected_on",
}
CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`generate_demo` added (counts only, never personal values)."""

    customers: int
    orders: int
    consents: int
    contacts: int
    requests: int
    registers_created: int
    controller_created: bool
    first_customer_id: int | None
    last_customer_id: int | None


class Draw:
    """A seeded random stream with cheap draws (``random.choice`` costs five times more, and
    the generator draws some thirty times per customer). Only ``random()`` is used, whose
    sequence for a seed is stable across Python versions."""

    def __init__(self, seed: str) -> None:
        self.random = random.Random(seed).random

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def below(self, high: int) -> int:
        return int(self.random() * high)

    def between(self, low: int, high: int) -> int:
        """From ``low`` up to but not including ``high``."""
        return low + int(self.random() * (high - low))

    def chance(self, probability: float) -> bool:
        return self.random() < probability


def business_id(draw: Draw) -> str:
    """A random Y-tunnus with a valid check digit (remainder 1 has none: draw again)."""
    while True:
        digits = f"{draw.between(100_000, 3_400_000):07d}"
        remainder = sum(int(d) * w for d, w in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
        if remainder != 1:
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def personal_id(draw: Draw, born: date) -> str:
    """A henkilötunnus for ``born`` with an ordinary individual number and its check character."""
    individual = f"{draw.between(2, 900):03d}"
    stem = f"{born:%d%m%y}"
    sign = "-" if born.year < 2000 else "A"
    return f"{stem}{sign}{individual}{CHECK_CHARACTERS[int(stem + individual) % 31]}"


def ascii_fold(text: str) -> str:
    """ASCII letters and digits, lower case, for an e-mail address (Åsa Öhman -> asaohman)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


class _Pools:
    """Names and streets drawn once from seeded Fakers, in a stable order (no set iteration)."""

    def __init__(self, seed: int) -> None:
        fi, sv, en = Faker("fi_FI"), Faker("sv_SE"), Faker("en_GB")
        for index, fake in enumerate((fi, sv, en)):
            fake.seed_instance(seed * 10 + index)

        def pool(make: Callable[[], str], count: int) -> tuple[str, ...]:
            return tuple(dict.fromkeys(make() for _ in range(count)))

        fi_streets = pool(fi.street_name, 300)
        self.first = {
            "fi": pool(fi.first_name_female, 300) + pool(fi.first_name_male, 300),
            "sv": pool(sv.first_name_female, 150) + pool(sv.first_name_male, 150),
            "en": pool(en.first_name, 100),
        }
        self.last = {
            "fi": pool(fi.last_name, 800),
            "sv": pool(sv.last_name, 300),
            "en": pool(en.last_name, 100),
        }
        self.streets = {"fi": fi_streets, "sv": pool(sv.street_name, 100), "en": fi_streets}
        self.places = {"fi": FI_PLACES, "sv": SV_PLACES, "en": FI_PLACES}


def _street(draw: Draw, streets: tuple[str, ...]) -> str:
    address = f"{draw.pick(streets)} {draw.between(1, 80)}"
    if draw.chance(0.55):  # a flat: Hämeentie 12 B 34
        address += f" {draw.pick('ABCDEFG')} {draw.between(1, 60)}"
    return address


def _demo_controller(draw: Draw, pools: _Pools) -> ControllerProfile:
    postal_code, city = draw.pick(FI_PLACES)
    profile = ControllerProfile(
        name="Lankapuoti Kerä Tmi",
        business_id=business_id(draw),
        street_address=_street(draw, pools.streets["fi"]),
        postal_code=postal_code,
        city=city,
        country="Suomi",
        phone=f"+35840{draw.below(10**7):07d}",
        email="info@lankapuoti-kera.example.com",
        website="https://lankapuoti-kera.example.com",
        contact_name=f"{draw.pick(pools.first['fi'])} {draw.pick(pools.last['fi'])}",
        contact_phone=f"+35850{draw.below(10**7):07d}",
        contact_email="tietosuoja@lankapuoti-kera.example.com",
    )
    cleaned, problems = clean_controller(profile)
    assert not problems, problems
    return cleaned


# The customer register in Swedish too, as a bilingual business keeps it (Registers, Translations).
_CUSTOMER_REGISTER_SV = {
    "name": "Kundregister",
    "data_subject_categories": "Kunder i webbutiken och butiken, kontaktpersoner hos företag",
    "purposes[0].description": "Behandling, leverans och fakturering av beställningar",
    "purposes[1].description": "Kundtjänst, reklamationer och skötsel av kundrelationen",
    "purposes[1].legitimate_interest": (
        "Att upprätthålla kundrelationen och utveckla tjänsten med hjälp av kundernas respons"
    ),
    "purposes[2].description": "Förvaring av bokföringsmaterial",
    "data_categories": (
        "Namn, adress, telefonnummer, e-postadress, språk, beställningar, kontakter och "
        "reklamationer; för företagskunder företagets namn och FO-nummer. Personbeteckning "
        "endast av kunder som betalar mot faktura."
    ),
    "sources": "Av kunden själv i samband med en beställning, en kontakt eller en anmälan till "
    "en kurs.",
    "recipients": "Transportföretag för leveranserna och bokföringsbyrån för bokföringen.",
    "processors": "Leverantören av webbutiksplattformen, bokföringsbyrån och e-posttjänsten "
    "(EU/EES).",
    "retention_text": (
        "Fem år från det senaste ärendet. Beställningarna sparas enligt bokföringslagen i sex år "
        "från räkenskapsperiodens slut utan koppling till personen."
    ),
    "statutory_requirement": "Namn och kontaktuppgifter behövs för att leverera beställningen.",
    "security_manual": "Beställnings- och fakturakopior på papper förvaras i ett låst skåp.",
    "security_electronic": "Dator skyddad med lösenord och diskkryptering, krypterade "
    "säkerhetskopior.",
    "cookies": "Webbutiken använder endast kakor som behövs för kundvagnen.",
}

_REGISTERS_AS_WRITTEN = (
    RegisterDescription(
        name="Asiakasrekisteri",
        purposes=(
            Purpose("Tilausten käsittely, toimitus ja laskutus", LegalBasis.CONTRACT),
            Purpose(
                "Asiakaspalvelu, reklamaatiot ja asiakassuhteen hoito",
                LegalBasis.LEGITIMATE_INTERESTS,
                "Asiakassuhteen ylläpitäminen ja palvelun kehittäminen asiakaspalautteen avulla",
            ),
            Purpose("Kirjanpitoaineiston säilyttäminen", LegalBasis.LEGAL_OBLIGATION),
        ),
        data_subject_categories="Verkkokaupan ja myymälän asiakkaat, yritysten yhteyshenkilöt",
        data_categories=(
            "Nimi, osoite, puhelinnumero, sähköpostiosoite, asiointikieli, tilaukset, yhteydenotot "
            "ja reklamaatiot; yritysasiakkaista yrityksen nimi ja Y-tunnus. Henkilötunnus vain "
            "laskulla maksavilta asiakkailta."
        ),
        sources="Asiakkaalta itseltään tilauksen, yhteydenoton tai kurssille ilmoittautumisen "
        "yhteydessä.",
        recipients="Kuljetusliikkeet toimitusta varten ja tilitoimisto kirjanpitoa varten.",
        processors="Verkkokauppa-alustan toimittaja, tilitoimisto ja sähköpostipalvelu (EU/ETA).",
        retention=RetentionRule(5, RetentionAnchor.LAST_ACTIVITY),
        retention_text=(
            "Viisi vuotta viimeisestä asioinnista. Tilaukset säilytetään kirjanpitolain mukaan "
            "kuusi vuotta tilikauden päättymisestä ilman yhteyttä henkilöön."
        ),
        statutory_requirement="Nimi ja yhteystiedot tarvitaan tilauksen toimittamiseen.",
        security_manual="Paperiset tilaus- ja laskukopiot säilytetään lukitussa kaapissa.",
        security_electronic="Salasanalla ja levysalauksella suojattu tietokone, salatut "
        "varmuuskopiot.",
        cookies="Verkkokauppa käyttää vain ostoskorin toiminnalle välttämättömiä evästeitä.",
    ),
    RegisterDescription(
        name="Markkinointirekisteri",
        purposes=(Purpose(MARKETING_PURPOSE, LegalBasis.CONSENT),),
        data_subject_categories="Uutiskirjeen tilanneet asiakkaat",
        data_categories="Nimi, sähköpostiosoite, asiointikieli, suostumukset ja peruutukset.",
        sources="Henkilöltä itseltään verkkokaupassa, verkkosivuilla tai myymälässä.",
        recipients="Ei luovutuksia.",
        processors="Uutiskirjepalvelun toimittaja (EU/ETA).",
        retention=RetentionRule(2, RetentionAnchor.LAST_ACTIVITY),
        retention_text=(
            "Kaksi vuotta viimeisestä asioinnista; markkinointi lopetetaan heti, kun suostumus "
            "peruutetaan. Suostumushistoria säilytetään näyttönä."
        ),
        statutory_requirement="Vapaaehtoinen; ilman sähköpostiosoitetta ei uutiskirjettä.",
        security_manual="Ei paperiaineistoa.",
        security_electronic="Salasanalla ja levysalauksella suojattu tietokone.",
    ),
)
DEMO_REGISTERS = (
    with_translations(_REGISTERS_AS_WRITTEN[0], Language.SV, _CUSTOMER_REGISTER_SV),
    *_REGISTERS_AS_WRITTEN[1:],
)


class _Searchable(NamedTuple):
    """The fields ``search_text`` reads, for the price of a tuple (a full Customer record costs
    5 µs, half a second per 100,000 customers). Should search_text ever read another field,
    this fails loudly, and the tests compare the stored text with what CustomerService.add
    stores."""

    first_name: str
    last_name: str
    organisation: str
    email: str
    phone: str
    business_id: str


@dataclass
class _Chunk:
    """The rows of one chunk of customers, parents first, values in their stored form."""

    customers: list[dict]
    search: list[tuple[int, str]]
    memberships: list[dict]
    orders: list[dict]
    consents: list[dict]
    contacts: list[dict]


class _Generator:
    """Builds the rows of one call. Dates are day ordinals until a row needs one; rows hold
    dates and times as SQLAlchemy stores them in SQLite, made by its own bind processors once
    per distinct value, so the rows can go to the driver as they are (see :class:`_Bulk`)."""

    def __init__(self, draw: Draw, pools: _Pools, now: datetime, registers: tuple, dialect) -> None:
        self.draw = draw
        self.pools = pools
        self.now = now
        self.today = now.date().toordinal()
        self.first_day = self.today - HISTORY_DAYS - 100 * 365
        self.dates = [date.fromordinal(d) for d in range(self.first_day, self.today + 1)]
        stored_date = _bind_processor(OrderRow.ordered_on, dialect)
        self.stored_dates = [stored_date(d) for d in self.dates]
        self.stored_time = _bind_processor(ConsentRow.at, dialect)
        self.stored_now = self.stored_time(now)
        self.stored_false = _bind_processor(OrderRow.anonymised, dialect)(False)
        self.customer_register, self.marketing_register = registers
        self.emails: set[str] = set()
        self.folded: dict[str, str] = {}
        self.next_order_id = 1
        self.since = array("l")  # customer_since ordinal of each customer made
        self.persons = bytearray()  # 1 for a person, 0 for an organisation

    def day(self, ordinal: int) -> date:
        return self.dates[ordinal - self.first_day]

    def stored_day(self, ordinal: int) -> str:
        return self.stored_dates[ordinal - self.first_day]

    def email(self, first: str, last: str, domain: str) -> str:
        folded = self.folded
        if first not in folded:
            folded[first] = ascii_fold(first)
        if last not in folded:
            folded[last] = ascii_fold(last)
        given, family = folded[first], folded[last]
        style = self.draw.random()
        if style < 0.6:
            local = f"{given}.{family}"
        elif style < 0.8:
            local = given + family
        else:
            local = f"{given[:1]}.{family}{self.draw.between(50, 100)}"
        address, number = f"{local}@{domain}", 1
        while address in self.emails:
            number += 1
            address = f"{local}{number}@{domain}"
        self.emails.add(address)
        return address

    def chunk(self, first_id: int, order_counts: list[int]) -> _Chunk:
        rows = _Chunk([], [], [], [], [], [])
        for offset, count in enumerate(order_counts):
            self.customer(rows, first_id + offset, count)
        return rows

    def customer(self, rows: _Chunk, customer_id: int, order_count: int) -> None:
        draw, pools, random_ = self.draw, self.pools, self.draw.random
        pick = draw.pick
        value = random_()
        language = "sv" if value < 0.055 else "en" if value < 0.065 else "fi"
        first = pick(pools.first[language])
        last = pick(pools.last[language])
        postal_code, city = pick(pools.places[language])
        organisation = org_id = email = ""
        person = random_() >= 0.06
        if not person:
            suffix = "Ab" if language == "sv" else pick(ORG_SUFFIXES)
            trade = "" if language == "sv" else pick(TRADES) + " "
            organisation = f"{trade}{last} {suffix}"
            org_id = business_id(draw)
            domain = f"{ascii_fold(trade + last)}.{pick(EMAIL_DOMAINS)}"
            email = self.email(first, last, domain)
        elif random_() < 0.93:
            email = self.email(first, last, pick(EMAIL_DOMAINS))
        phone = ""
        if random_() < 0.85:
            phone = f"+358{pick(MOBILE_PREFIXES)}{int(random_() * 10**7):07d}"
        birth_date = hetu = None
        if person and random_() < 0.08:
            born = self.today - draw.between(18 * 365, 85 * 365)
            birth_date = self.stored_day(born)
            if random_() < 0.4:
                hetu = personal_id(draw, self.day(born))
        # Skewed towards recent years: the business has grown.
        since = self.today - int(HISTORY_DAYS * random_() ** 1.2)
        row = {
            "id": customer_id,
            "kind": "person" if person else "organisation",
            "first_name": first,
            "last_name": last,
            "organisation": organisation,
            "business_id": org_id,
            "street_address": _street(draw, pools.streets[language]),
            "postal_code": postal_code,
            "city": city,
            "country": "",
            "phone": phone,
            "email": email,
            "birth_date": birth_date,
            "personal_id": hetu or "",
            "language": language,
            "customer_since": self.stored_day(since),
            "notes": draw.pick(NOTES) if random_() < 0.02 else "",
            "marketing_prohibited_on": None,
            "restricted_on": None,
            "last_order_on": None,
            "last_activity_on": None,
            "created_at": self.stored_now,
            "updated_at": self.stored_now,
        }
        self.since.append(since)
        self.persons.append(person)
        self.activity(rows, row, since, order_count)
        rows.customers.append(row)
        searchable = _Searchable(first, last, organisation, email, phone, org_id)
        rows.search.append((customer_id, search_text(searchable)))  # type: ignore[arg-type]

    def activity(self, rows: _Chunk, row: dict, since: int, order_count: int) -> None:
        """Orders, consents, contacts, flags and register memberships of one customer, and the
        activity dates the services keep (``last_activity_on`` as ``touch_activity`` does)."""
        draw, random_, today, customer_id = self.draw, self.draw.random, self.today, row["id"]
        rows.memberships.append({"customer_id": customer_id, "register_id": self.customer_register})
        # Two in three customers still buy; the others stopped some time after joining.
        end = today if random_() < 0.65 else since + int((today - since) * random_())
        last = since
        if order_count:
            last = self.orders(rows.orders, customer_id, order_count, since, end)
            row["last_order_on"] = self.stored_day(last)
        consenting = False
        if row["email"] and row["kind"] == "person" and random_() < 0.4:
            given_on = min(since + draw.below(4), today)
            events = [("given", given_on, *draw.pick(CONSENT_EVIDENCE))]
            consenting = True
            if given_on < end and random_() < 0.15:
                withdrawn_on = min(given_on + 1 + int((end - given_on) * random_()), end)
                events.append(("withdrawn", withdrawn_on, *draw.pick(WITHDRAWAL_EVIDENCE)))
                consenting = False
            for action, on, channel, evidence in events:
                rows.consents.append(
                    {
                        "id": None,
                        "customer_id": customer_id,
                        "action": action,
                        "purpose": MARKETING_PURPOSE,
                        "at": self.stored_time(self.moment(on)),
                        "channel": channel,
                        "evidence": evidence,
                    }
                )
            last = max(last, events[-1][1])
            if self.marketing_register not in (None, self.customer_register):
                rows.memberships.append(
                    {"customer_id": customer_id, "register_id": self.marketing_register}
                )
        value = random_()
        if value < 0.07:
            complaint = value < 0.012
            on = since + int((end - since + 1) * random_())
            rows.contacts.append(
                {
                    "id": None,
                    "customer_id": customer_id,
                    "on": self.stored_day(on),
                    "channel": draw.pick(("email", "letter") if complaint else ("email", "phone")),
                    "kind": "complaint" if complaint else "contact",
                    "summary": draw.pick(COMPLAINTS if complaint else CONTACTS),
                }
            )
            last = max(last, on)
        if not consenting and random_() < 0.012:
            row["marketing_prohibited_on"] = self.stored_day(since + draw.below(today - since + 1))
        if random_() < 0.002:
            row["restricted_on"] = self.stored_day(since + draw.below(today - since + 1))
        row["last_activity_on"] = self.stored_day(last)

    def orders(self, rows: list, customer_id: int, count: int, start: int, end: int) -> int:
        """Add ``count`` orders dated from ``start`` to ``end``; returns the last date."""
        random_, today, span = self.draw.random, self.today, end - start + 1
        first_day, dates, stored = self.first_day, self.dates, self.stored_dates
        days = sorted([start + int(span * random_()) for _ in range(count)])
        for day in days:
            product, amount = PRODUCTS[int(random_() * len(PRODUCTS))]
            if random_() >= 0.7:
                quantity = 2 + int(random_() * 4)
                product, amount = f"{product}, {quantity} kpl", amount * quantity
            if random_() < 0.3:
                extra, price = PRODUCTS[int(random_() * len(PRODUCTS))]
                product, amount = f"{product}; {extra}", amount + price
            if random_() < 0.6:
                product, amount = product + SHIPPING, amount + SHIPPING_CENTS
            value = random_()
            if today - day < 14:
                status = "open" if value < 0.4 else "delivered" if value < 0.8 else "invoiced"
            else:
                status = "cancelled" if value < 0.03 else "returned" if value < 0.05 else "paid"
            order_id = self.next_order_id
            self.next_order_id += 1
            rows.append(
                {
                    "id": order_id,
                    "customer_id": customer_id,
                    "ordered_on": stored[day - first_day],
                    "reference": f"{dates[day - first_day].year}-{order_id:07d}",
                    "description": product,
                    "amount_cents": amount,
                    "status": status,
                    "anonymised": self.stored_false,
                    "keep_until": None,
                }
            )
        return days[-1]

    def moment(self, day: int) -> datetime:
        """A time during opening hours on ``day``, never later than now."""
        at = datetime.fromordinal(day) + timedelta(seconds=self.draw.between(8 * 3600, 79200))
        return min(at, self.now)


def _bind_processor(column, dialect) -> Callable:
    """SQLAlchemy's own conversion of a Python value to what it stores for ``column``."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


class _Bulk:
    """Finished rows into one table, many rows per INSERT statement, its SQL compiled by
    SQLAlchemy.

    Core's ``session.execute(insert(table), dicts)`` runs SQLAlchemy's bind processing for
    every value of every row; at 100,000 customers and 300,000 orders that alone costs about
    6 s of the 15 s budget. The generator makes each distinct stored value once instead.
    Columns the generator does not fill (added to the schema later) get their default."""

    def __init__(self, model, dialect) -> None:
        self.table = model.__table__
        self.dialect = dialect
        # Generated columns (the names' sort keys) are SQLite's to fill.
        columns = [column for column in self.table.c if column.computed is None]
        statement = insert(self.table).values({column.key: None for column in columns})
        head, _, row = str(statement.compile(dialect=dialect)).partition(" VALUES ")
        self.head, self.row = head, row
        self.per_statement = MAX_PARAMETERS // len(columns)
        self.values = itemgetter(*[column.key for column in columns])
        self.defaults: dict | None = None

    def __call__(self, session, rows: list[dict]) -> None:
        if not rows:
            return
        if self.defaults is None:
            self.defaults = _defaults(self.table, rows[0], self.dialect)
        if self.defaults:
            for row in rows:
                row.update(self.defaults)
        connection, per = session.connection(), self.per_statement
        for start in range(0, len(rows), per):
            batch = rows[start : start + per]
            sql = f"{self.head} VALUES {', '.join([self.row] * len(batch))}"
            values = tuple(chain.from_iterable(map(self.values, batch)))
            connection.exec_driver_sql(sql, values)


def _defaults(table, row: dict, dialect) -> dict:
    """Stored default values of the columns ``row`` leaves out."""
    defaults = {}
    for column in table.c:
        if column.key in row or column.computed is not None:
            continue
        if column.default is not None and column.default.is_scalar:
            value = column.default.arg
        elif column.nullable:
            value = None
        else:
            raise TypeError(f"the demo does not fill {table.name}.{column.key}")
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        defaults[column.key] = process(value) if process and value is not None else value
    return defaults


def order_counts(draw: Draw, customers: int, per_customer: float) -> list[int]:
    """Exactly ``round(customers * per_customer)`` orders, spread unevenly: about one customer
    in eight never orders (a newsletter subscriber), a few order often."""
    counts = [0] * customers
    total = round(customers * per_customer)
    if not customers or not total:
        return counts
    random_, cumulative, running = draw.random, [], 0.0
    for _ in range(customers):
        if random_() >= 0.12:
            running += -log(1.0 - random_())  # an exponentially distributed appetite
        cumulative.append(running)
    if running == 0:
        cumulative, running = list(range(1, customers + 1)), customers
    # Each order falls at a random point of the summed appetites; sorted, one sweep finds
    # whose share each point is in.
    customer, last = 0, customers - 1
    for point in sorted([random_() * running for _ in range(total)]):
        while point >= cumulative[customer] and customer < last:
            customer += 1
        counts[customer] += 1
    return counts


def _request_subject(generator: _Generator, first_id: int, received: int) -> int | None:
    """A person who was already a customer when the request came in."""
    since, persons, draw = generator.since, generator.persons, generator.draw
    for _ in range(200):
        index = draw.below(len(since))
        if persons[index] and since[index] <= received:
            return first_id + index
    return None


def _request_row(
    generator: _Generator,
    scenario: str,
    customer_id: int | None,
    received: int,
    request_type: RequestType,
) -> tuple[dict, date | None]:
    """A request in ``scenario`` (unknown, overdue, extended or any) and the day it was
    completed, if it was."""
    draw, today = generator.draw, generator.today
    deadlines = request_deadlines(DataRequest(request_type, generator.day(received)))
    due = deadlines.due.toordinal()
    if scenario == "any":
        value = draw.random()
        if due >= today:
            scenario = "open" if value < 0.5 else "in_progress" if value < 0.8 else "identity"
        else:
            scenario = "completed" if value < 0.8 else "refused" if value < 0.88 else "overdue"
    row = {
        "type": request_type.value,
        "customer_id": customer_id,
        "requester_name": "",
        "requester_contact": "",
        "received": generator.day(received),
        "channel": draw.pick(("email", "email", "email", "letter", "web_form", "in_person")),
        "description": REQUEST_TEXT[request_type],
        "identity": "not_needed",
        "identity_requested_on": None,
        "identity_received_on": None,
        "status": RequestStatus.OPEN.value,
        "extended_on": None,
        "extension_reason": "",
        "completed_on": None,
        "outcome": "",
        "subject_erased": False,
    }
    if scenario == "identity" or (scenario != "unknown" and draw.chance(0.2)):
        row["identity"] = "requested"
        row["identity_requested_on"] = generator.day(min(received + 1, today))
        if scenario != "identity":
            row["identity"] = "received"
            row["identity_received_on"] = generator.day(min(received + 4, today))
    completed = None
    if scenario == "identity":
        row["status"] = RequestStatus.WAITING_FOR_IDENTITY.value
    elif scenario in ("in_progress", "overdue"):
        row["status"] = RequestStatus.IN_PROGRESS.value
    elif scenario == "extended":
        notice_by = deadlines.extension_notice_by.toordinal()
        extended_on = min(received + draw.between(5, 25), today, notice_by)
        row["status"] = RequestStatus.EXTENDED.value
        row["extended_on"] = generator.day(extended_on)
        row["extension_reason"] = EXTENSION_REASON
    elif scenario in ("completed", "refused"):
        refused = scenario == "refused"
        completed = generator.day(received + 1 + int((min(due, today) - received) * draw.random()))
        row["status"] = (RequestStatus.REFUSED if refused else RequestStatus.COMPLETED).value
        row["completed_on"] = completed
        row["outcome"] = REFUSAL if refused else OUTCOMES.get(request_type, OUTCOME)
        if spec(request_type).step is Step.ERASE and not refused:
            # The person is gone; the request stays as proof that it was handled.
            row.update(customer_id=None, description="", subject_erased=True)
        if refused:
            completed = None
    record = DataRequest(request_type, row["received"], extended_on=row["extended_on"])
    row["due_on"] = request_deadlines(record).effective_due
    return row, completed


def _add_requests(session, generator: _Generator, first_id: int) -> int:
    """About one request per 500 customers (at least three): one from someone not in the
    register, one overdue, one extended, the rest received over the last five months."""
    customers = len(generator.since)
    if not customers:
        return 0
    draw, today = generator.draw, generator.today
    received_ago = {"unknown": (2, 20), "overdue": (40, 75), "extended": (12, 28), "any": (0, 150)}
    rows, flags = [], []
    for number in range(max(3, round(customers / 500))):
        scenario = ("unknown", "overdue", "extended")[number] if number < 3 else "any"
        received = today - draw.between(*received_ago[scenario])
        request_type, customer_id = RequestType.ACCESS, None
        if scenario != "unknown":
            request_type = draw.pick(REQUEST_TYPES)
            customer_id = _request_subject(generator, first_id, received)
            if customer_id is None:
                scenario, request_type = "unknown", RequestType.ACCESS
        row, completed = _request_row(generator, scenario, customer_id, received, request_type)
        if scenario == "unknown":
            first = draw.pick(generator.pools.first["fi"])
            last = draw.pick(generator.pools.last["fi"])
            row["requester_name"] = f"{first} {last}"
            row["requester_contact"] = generator.email(first, last, "example.net")
            row["description"] = UNKNOWN_REQUEST
        flag = STEP_FLAGS.get(spec(request_type).step)
        if completed is not None and flag and customer_id is not None:
            flags.append((customer_id, flag, completed))
        rows.append(row)
    session.execute(insert(RequestRow.__table__), rows)
    table = CustomerRow.__table__
    for customer_id, flag, completed in flags:
        session.execute(
            update(table)
            .where(table.c.id == customer_id, table.c[flag].is_(None))
            .values({flag: completed})
        )
    return len(rows)


# The search rows go in one statement per chunk: the FTS5 trigger then indexes the chunk in one
# go. Row by row (executemany), FTS5 writes a new index segment after every statement and the
# search rows take 10 s per 100,000 customers instead of 2.5 s.
INSERT_SEARCH = text(
    "INSERT INTO customer_search (customer_id, text) "
    "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:rows)"
)


@contextmanager
def _larger_cache(session, kibibytes: int = 65536) -> Iterator[None]:
    """A 64 MiB page cache while the demo is written (SQLite's default 2 MiB makes the eight
    customer indexes spill and reread pages: about 2 s more per 100,000 customers)."""
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(kibibytes)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def _indexes_built_afterwards(session, table) -> Iterator[None]:
    """Fill an empty table without its secondary indexes, then build them from their own
    stored SQL: one sort per index instead of 100,000 inserts at random places in each of the
    customer table's eight (3.4 s -> 1.9 s of CPU). Inside the transaction, so a failure rolls
    the indexes back too; afterwards the schema is the same, statement for statement."""
    indexes = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = :table AND sql IS NOT NULL"
        ),
        {"table": table.name},
    ).all()
    quote = session.get_bind().dialect.identifier_preparer.quote
    for name, _ in indexes:
        session.execute(text(f"DROP INDEX {quote(name)}"))
    yield
    for _, sql in indexes:
        session.execute(text(sql))


def _add_customers(
    session,
    generator: _Generator,
    first_id: int,
    order_counts: list[int],
    progress: Callable[[int, int], None] | None,
) -> Counter[str]:
    """Generate and insert the customers chunk by chunk; counts the orders, consents and
    contacts added."""
    dialect = session.get_bind().dialect
    customers, memberships, orders, consents, contacts = (
        _Bulk(model, dialect)
        for model in (CustomerRow, CustomerRegisterRow, OrderRow, ConsentRow, ContactRow)
    )
    total, counted = len(order_counts), Counter()
    starts = range(0, total, CHUNK)

    def make(start: int) -> _Chunk:
        return generator.chunk(first_id + start, order_counts[start : start + CHUNK])

    # The next chunk is made on a second thread while this one is written: SQLite runs each
    # many-row statement without holding the GIL. At 100,000 customers on two cores: 14-16 s
    # in one thread, 10.5-13.5 s like this. One worker, so the data stays the same per seed.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo") as worker:
        upcoming = worker.submit(make, starts[0]) if starts else None
        for index, start in enumerate(starts):
            rows = upcoming.result()
            if index + 1 < len(starts):
                upcoming = worker.submit(make, starts[index + 1])
            customers(session, rows.customers)
            session.execute(INSERT_SEARCH, {"rows": json.dumps(rows.search, ensure_ascii=False)})
            memberships(session, rows.memberships)
            orders(session, rows.orders)
            consents(session, rows.consents)
            contacts(session, rows.contacts)
            counted.update(
                orders=len(rows.orders), consents=len(rows.consents), contacts=len(rows.contacts)
            )
            if progress is not None:
                progress(min(start + CHUNK, total), total)
    return counted


def _next_id(session, table) -> int:
    """The id SQLite would give the next row: past the highest ever given where the table has
    AUTOINCREMENT (an erased customer's id is never handed to someone else)."""
    highest = session.scalar(select(func.max(table.c.id))) or 0
    has_sequence = session.scalar(
        text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'")
    )
    if has_sequence:
        sequence = text("SELECT seq FROM sqlite_sequence WHERE name = :table")
        highest = max(highest, session.scalar(sequence, {"table": table.name}) or 0)
    return highest + 1


def _ensure_setup(session, draw: Draw, pools: _Pools, today: date) -> tuple:
    """The controller profile and the demo registers, where missing. Returns whether the profile
    was created, how many registers were, and the customer and marketing register ids."""
    controller_created = session.get(ControllerRow, CONTROLLER_ID) is None
    if controller_created:
        row = ControllerRow(id=CONTROLLER_ID)
        fill_controller(row, _demo_controller(draw, pools))
        session.add(row)
    registers = list(session.scalars(select(RegisterRow).order_by(RegisterRow.id)))
    created = 0
    if not registers:
        for description in DEMO_REGISTERS:
            assert not register_problems(description)
            row = RegisterRow(created_on=today, changed_on=today)
            fill_register(row, description)
            session.add(row)
            registers.append(row)
        session.flush()
        created = len(DEMO_REGISTERS)
    consent = LegalBasis.CONSENT.value
    marketing = next(
        (r.id for r in registers if any(p.legal_basis == consent for p in r.purposes)), None
    )
    customer = next((r.id for r in registers if r.id != marketing), registers[0].id)
    return controller_created, created, (customer, marketing)


def generate_demo(
    services,
    customers: int,
    *,
    seed: int = 1,
    orders_per_customer: float = 3.0,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Add ``customers`` demo customers with ``round(customers * orders_per_customer)`` orders
    between them to the register of ``services``, in one transaction; a demo business and two
    registers are created when there are none. ``progress(done, total)`` is called after every
    chunk of customers. The same seed on the same starting register gives the same data; a
    second run adds different people."""
    if customers < 0 or orders_per_customer < 0:
        raise ValueError("customers and orders_per_customer cannot be negative")
    now = services.clock.now()
    pools = _Pools(seed)
    with services.db.transaction() as session:
        first_id = _next_id(session, CustomerRow.__table__)
        empty = session.scalar(select(CustomerRow.id).limit(1)) is None
        draw = Draw(f"tietosuoja-demo:{seed}:{first_id}")
        controller_created, registers_created, registers = _ensure_setup(
            session, draw, pools, now.date()
        )
        generator = _Generator(draw, pools, now, registers, session.get_bind().dialect)
        generator.next_order_id = _next_id(session, OrderRow.__table__)
        existing = select(CustomerRow.email).where(CustomerRow.email != "")
        generator.emails.update(session.scalars(existing))
        counts = order_counts(draw, customers, orders_per_customer)
        indexes = (
            _indexes_built_afterwards(session, CustomerRow.__table__) if empty else nullcontext()
        )
        with _larger_cache(session), indexes:
            added = _add_customers(session, generator, first_id, counts, progress)
        requests = _add_requests(session, generator, first_id)
        created = ["controller"] * controller_created + ["registers"] * bool(registers_created)
        fields = [*created, "customers", "orders", "consents", "contacts", "requests"]
        audit.record(session, now, "demo", "register", None, fields)
    return DemoSummary(
        customers=customers,
        orders=added["orders"],
        consents=added["consents"],
        contacts=added["contacts"],
        requests=requests,
        registers_created=registers_created,
        controller_created=controller_created,
        first_customer_id=first_id if customers else None,
        last_customer_id=first_id + customers - 1 if customers else None,
    )
