"""A realistic Finnish demo register of any size: a small yarn shop with its customers, orders,
consents, contacts and a few data-subject requests, for trying the app and for benchmarks.

Faker is slow per call, so it only fills small name and street pools once (seeded); a seeded
random stream combines them with the word pools of ``demo_words.py``. Rows go in through
``storage/bulk.py``, in one transaction with one audit entry; the requests are made by
``demo_requests.py``. E-mail addresses use the reserved ``example.*`` domains (RFC 2606): no message
can reach a real person by mistake."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable
from contextlib import closing, nullcontext
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from math import log
from typing import NamedTuple

from faker import Faker
from sqlalchemy import select

from ..domain.enums import LegalBasis
from ..domain.records import (
    ControllerProfile,
)
from ..domain.validation import clean_controller, register_problems
from ..storage import bulk
from ..storage.customer_queries import search_text
from ..storage.mapping import fill_register
from ..storage.models import (
    ConsentRow,
    ContactRow,
    ControllerRow,
    CustomerRegisterRow,
    CustomerRow,
    MarketingChoiceRow,
    OrderRow,
    RegisterRow,
)
from ..storage.profile_queries import fill_controller
from . import audit
from .controller import CONTROLLER_ID
from .demo_draw import Draw, ascii_fold, business_id, personal_id
from .demo_requests import add_requests
from .demo_words import (
    COMPLAINTS,
    CONSENT_EVIDENCE,
    CONSENT_TEXT,
    CONTACTS,
    DEMO_REGISTERS,
    EMAIL_DOMAINS,
    FI_PLACES,
    MARKETING_CHOICES,
    MARKETING_PURPOSE,
    MOBILE_PREFIXES,
    NOTES,
    ORG_SUFFIXES,
    PRODUCTS,
    SHIPPING,
    SHIPPING_CENTS,
    SV_PLACES,
    TRADES,
    WITHDRAWAL_EVIDENCE,
    WITHDRAWAL_TEXT,
)

CHUNK = 10_000
HISTORY_DAYS = 8 * 365
NOON = timedelta(hours=12)


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
    choices: list[dict]  # marketing refusals and one-channel objections


class _Generator:
    """Builds the rows of one call. Dates are day ordinals until a row needs one; rows hold
    dates and times as SQLAlchemy stores them in SQLite, made by its own bind processors once
    per distinct value, so the rows can go to the driver as they are (see
    :class:`~..storage.bulk.BulkInsert`)."""

    def __init__(self, draw: Draw, pools: _Pools, now: datetime, registers: tuple, dialect) -> None:
        self.draw = draw
        self.choice_draw = Draw(f"{draw.seed}:marketing")
        self.pools = pools
        self.now = now
        self.today = now.date().toordinal()
        self.first_day = self.today - HISTORY_DAYS - 100 * 365
        self.dates = [date.fromordinal(d) for d in range(self.first_day, self.today + 1)]
        stored_date = bulk.bind_processor(OrderRow.ordered_on, dialect)
        self.stored_dates = [stored_date(d) for d in self.dates]
        self.stored_time = bulk.bind_processor(ConsentRow.at, dialect)
        self.stored_now = self.stored_time(now)
        self.stored_false = bulk.bind_processor(OrderRow.anonymised, dialect)(False)
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
        rows = _Chunk([], [], [], [], [], [], [])
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
            events = [("given", given_on, *draw.pick(CONSENT_EVIDENCE), CONSENT_TEXT)]
            consenting = True
            if given_on < end and random_() < 0.15:
                withdrawn_on = min(given_on + 1 + int((end - given_on) * random_()), end)
                withdrawal = (*draw.pick(WITHDRAWAL_EVIDENCE), WITHDRAWAL_TEXT)
                events.append(("withdrawn", withdrawn_on, *withdrawal))
                consenting = False
            for action, on, channel, evidence, method, text in events:
                rows.consents.append(
                    {
                        "id": None,
                        "customer_id": customer_id,
                        "action": action,
                        "purpose": MARKETING_PURPOSE,
                        "at": self.stored_time(self.moment(on)),
                        "channel": channel,
                        "evidence": evidence,
                        "marketing_channel": "email",
                        "method": method,
                        "consent_text": text,
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
        self.marketing_choices(rows.choices, customer_id, since)

    def marketing_choices(self, rows: list, customer_id: int, since: int) -> None:
        """A refusal of one channel for a few customers, allowed again later by some, and an
        objection limited to one channel for fewer. Drawn from a stream of their own, so the
        rest of the register is the same as before they were added."""
        draw, today = self.choice_draw, self.today
        value = draw.random()
        for channel, share, kind in MARKETING_CHOICES:
            if value >= share:
                value -= share
                continue
            on = since + draw.below(today - since + 1)
            days = [(kind, on)]
            if kind == "refused" and on < today and draw.random() < 0.15:
                days.append(("allowed", on + 1 + draw.below(today - on)))
            for choice, day in days:
                at = self.stored_time(min(datetime.fromordinal(day) + NOON, self.now))
                rows.append(
                    {
                        "id": None,
                        "customer_id": customer_id,
                        "channel": channel,
                        "kind": choice,
                        "on": self.stored_day(day),
                        "recorded_at": at,
                    }
                )
            return

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


def _add_customers(
    session,
    generator: _Generator,
    first_id: int,
    order_counts: list[int],
    progress: Callable[[int, int], None] | None,
) -> Counter[str]:
    """Generate and insert the customers chunk by chunk; counts the orders, consents and
    contacts added."""
    dialect, connection = session.get_bind().dialect, session.connection()
    customers, memberships, orders, consents, contacts, choices = (
        bulk.BulkInsert(model, dialect)
        for model in (
            CustomerRow,
            CustomerRegisterRow,
            OrderRow,
            ConsentRow,
            ContactRow,
            MarketingChoiceRow,
        )
    )
    total, counted = len(order_counts), Counter()
    starts = range(0, total, CHUNK)

    def make(start: int) -> tuple[_Chunk, bulk.SearchChunk]:
        rows = generator.chunk(first_id + start, order_counts[start : start + CHUNK])
        return rows, bulk.search_chunk(rows.search)

    grams = bulk.search_counts_afterwards(connection)

    # The next chunk is made on a second thread while this one is written (bulk.made_ahead).
    # At 100,000 customers on two cores: 14-16 s in one thread, 10.5-13.5 s like this.
    with closing(bulk.made_ahead(make, starts)) as made:
        for start, (rows, search) in zip(starts, made, strict=True):
            customers(connection, rows.customers)
            bulk.insert_search_rows(connection, search.rows_json)
            grams.add(search.grams)
            memberships(connection, rows.memberships)
            orders(connection, rows.orders)
            consents(connection, rows.consents)
            contacts(connection, rows.contacts)
            choices(connection, rows.choices)
            counted.update(
                orders=len(rows.orders), consents=len(rows.consents), contacts=len(rows.contacts)
            )
            if progress is not None:
                progress(min(start + CHUNK, total), total)
    grams.finish()
    return counted


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
        connection = session.connection()
        first_id = bulk.next_id(connection, CustomerRow.__tablename__)
        empty = session.scalar(select(CustomerRow.id).limit(1)) is None
        draw = Draw(f"tietosuoja-demo:{seed}:{first_id}")
        controller_created, registers_created, registers = _ensure_setup(
            session, draw, pools, now.date()
        )
        generator = _Generator(draw, pools, now, registers, session.get_bind().dialect)
        generator.next_order_id = bulk.next_id(connection, OrderRow.__tablename__)
        existing = select(CustomerRow.email).where(CustomerRow.email != "")
        generator.emails.update(session.scalars(existing))
        counts = order_counts(draw, customers, orders_per_customer)
        # Filling an empty customer table, its indexes are built afterwards (3.4 s -> 1.9 s of
        # CPU at 100,000); a 64 MiB page cache keeps its eight indexes from spilling (~2 s).
        indexes = (
            bulk.indexes_built_afterwards(connection, CustomerRow.__tablename__)
            if empty
            else nullcontext()
        )
        with bulk.larger_cache(connection, 65536), indexes:
            added = _add_customers(session, generator, first_id, counts, progress)
        requests = add_requests(session, generator, first_id)
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
