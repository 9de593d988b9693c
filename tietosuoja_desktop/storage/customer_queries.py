"""Finding and paging customers without loading them all.

Search is a substring match over names, organisation, e-mail, phone and Y-tunnus, answered in
one of three plans chosen by how many customers match:

- **listed**: a probe fetches up to ``CANDIDATE_LIMIT`` matching ids (through the FTS5 trigram
  index for queries of three characters or more, by scanning the narrow ``customer_search``
  table for shorter ones) and the page sorts just those.
- **sorted**: an indexed text matching more, but at most ``SORT_LIMIT`` customers ("virtanen",
  "sirviö" at a million) sorts the whole FTS match set. Its cost grows with the match count only.
- **walked**: a very common text ("a", "nen", "example") walks the list in its sort order and
  checks each row, which stops as soon as the page is full. Sorting would cost more than the
  walk there; a rarer text is not walked, because its matches may all sit at the list's end
  (Sirviö, Virtanen) and the walk would pass every customer before them.

The FTS index counts its matches cheaply (about 0.2 µs each, no customer row read), so the plan
is chosen by counting up to ``SORT_LIMIT`` + 1 of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from ..domain.clock import add_months
from ..domain.enums import RetentionAnchor
from ..domain.listing import CustomerQuery, CustomerSort, MarketingFilter, search_key
from ..domain.records import Customer, RegisterDescription
from .mapping import CUSTOMER_FIELDS
from .models import CustomerRegisterRow, CustomerRow, CustomerSearchRow

SORT_COLUMNS = {
    CustomerSort.NAME: (CustomerRow.last_name_key, CustomerRow.first_name_key),
    CustomerSort.FIRST_NAME: (CustomerRow.first_name_key, CustomerRow.last_name_key),
    CustomerSort.ORGANISATION: (CustomerRow.organisation_key,),
    CustomerSort.EMAIL: (CustomerRow.email,),
    CustomerSort.CITY: (CustomerRow.city_key,),
    CustomerSort.CUSTOMER_SINCE: (CustomerRow.customer_since,),
    CustomerSort.LAST_ACTIVITY: (CustomerRow.last_activity_on,),
    CustomerSort.ID: (),
}


def search_text(customer: Customer) -> str:
    """The searchable line stored for a customer."""
    phone_national = "0" + customer.phone[4:] if customer.phone.startswith("+358") else ""
    parts = (
        f"{customer.first_name} {customer.last_name}",
        customer.organisation,
        customer.email,
        customer.phone,
        phone_national,
        customer.business_id,
    )
    return "\n".join(search_key(part) for part in parts if part)


def fts_phrase(query: str) -> str:
    """An FTS5 phrase matching ``query`` as a substring (trigram tokenizer)."""
    return '"' + query.replace('"', '""') + '"'


CANDIDATE_LIMIT = 2000
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
# Above this many matches a sorted page costs more than walking the list (measured at 100,000
# and 1,000,000 customers: benchmarks/bench_search_sweep.py; sorting costs about 4-6 µs a match).
SORT_LIMIT = 12_000


@dataclass(frozen=True)
class TextMatch:
    """A search text resolved against the index: its key, the matching ids when there are at
    most CANDIDATE_LIMIT of them (None: too common to list), and whether the page sorts the FTS
    match set (an indexed text with at most SORT_LIMIT matches) instead of walking the list."""

    key: str
    ids: tuple[int, ...] | None
    sorted_matches: bool = False

    @property
    def indexed(self) -> bool:
        """Whether the FTS trigram index answers the text (three characters or more)."""
        return len(self.key) >= 3


def fts_match_ids(key: str) -> Select:
    """The ids of the customers whose search line holds ``key`` (three characters or more)."""
    return (
        select(text("rowid"))
        .select_from(text("customer_fts"))
        .where(text("customer_fts MATCH :phrase").bindparams(phrase=fts_phrase(key)))
    )


def line_holds(key: str) -> ColumnElement[bool]:
    """A customer's search line holds ``key`` (already folded by search_key)."""
    return func.instr(CustomerSearchRow.text, key) > 0


def match_text(session: Session, query_text: str) -> TextMatch | None:
    """Probe the index for ``query_text``; None when there is nothing to search for. Control
    characters are dropped first: no stored line holds one, and a NUL would end the FTS5
    phrase half-way ("unterminated string")."""
    key = search_key(_CONTROLS.sub("", query_text))
    if not key:
        return None
    if len(key) >= 3:
        probe = fts_match_ids(key)
    else:
        probe = select(CustomerSearchRow.customer_id).where(line_holds(key))
    ids = tuple(session.scalars(probe.limit(CANDIDATE_LIMIT + 1)))
    if len(ids) <= CANDIDATE_LIMIT:
        return TextMatch(key, ids)
    if len(key) < 3:
        return TextMatch(key, None)
    capped = fts_match_ids(key).limit(SORT_LIMIT + 1).subquery()
    matches = session.scalar(select(func.count()).select_from(capped)) or 0
    return TextMatch(key, None, sorted_matches=matches <= SORT_LIMIT)


def text_condition(match: TextMatch | None, *, whole: bool = False) -> ColumnElement[bool] | None:
    """Customers whose search line holds the text. A page stops at its first rows, so it tests
    each customer in sort order (EXISTS); ``whole`` (a count) reads the search lines once, in
    order, and tests membership (IN): the EXISTS form let SQLite walk the customers in an
    index's order and look their lines up at random, three times slower at 100,000."""
    if match is None:
        return None
    if match.ids is not None:
        return CustomerRow.id.in_(match.ids) if match.ids else false()
    if match.sorted_matches or (whole and match.indexed):
        return CustomerRow.id.in_(fts_match_ids(match.key))
    matching = line_holds(match.key)
    if whole:
        return CustomerRow.id.in_(select(CustomerSearchRow.customer_id).where(matching))
    return exists().where(CustomerSearchRow.customer_id == CustomerRow.id, matching)


def text_count_statement(match: TextMatch) -> Select:
    """How many customers hold the text, when it is the only filter: one line per customer,
    counted in the FTS index when the text is long enough for it."""
    if match.indexed:
        return select(func.count()).select_from(fts_match_ids(match.key).subquery())
    return select(func.count()).where(line_holds(match.key))


def anchor_column(anchor: RetentionAnchor):
    if anchor is RetentionAnchor.LAST_ORDER:
        return func.coalesce(CustomerRow.last_order_on, CustomerRow.customer_since)
    if anchor is RetentionAnchor.CUSTOMER_SINCE:
        return CustomerRow.customer_since
    return CustomerRow.last_activity_on


def retention_cutoff(years: int, today: date) -> date:
    """Anchors before this date are past a ``years`` rule today: anchor + years (clamped to the
    month's end) falls before today exactly when anchor falls before today - years. The one
    exception is 29 February: that many years back has no such day, and 28 February + years
    already ended the day before, so the cut-off moves to 1 March."""
    cutoff = add_months(today, -12 * years)
    if cutoff.day != today.day:
        cutoff += timedelta(days=1)
    return cutoff


def past_retention_condition(
    registers: list[RegisterDescription], today: date, register_id: int | None = None
) -> ColumnElement[bool]:
    """Customers past the retention rule of at least one register they belong to."""
    per_register = []
    for register in registers:
        years = register.retention.years
        if years is None or (register_id is not None and register.id != register_id):
            continue
        per_register.append(
            and_(
                CustomerRegisterRow.register_id == register.id,
                anchor_column(register.retention.anchor) < retention_cutoff(years, today),
            )
        )
    if not per_register:
        return false()
    return exists().where(CustomerRegisterRow.customer_id == CustomerRow.id, or_(*per_register))


def filtered(
    statement: Select,
    query: CustomerQuery,
    registers: list[RegisterDescription],
    today: date,
    match: TextMatch | None,
    *,
    whole: bool = False,
) -> Select:
    condition = text_condition(match, whole=whole)
    if condition is not None:
        statement = statement.where(condition)
    if query.marketing is MarketingFilter.PROHIBITED:
        statement = statement.where(CustomerRow.marketing_prohibited_on.is_not(None))
    elif query.marketing is MarketingFilter.ALLOWED:
        # Both dates empty, written so that SQLite does not pick the flag indexes: nearly
        # every row has NULL there, and walking them would cost more than the sort order.
        statement = statement.where(
            func.coalesce(CustomerRow.marketing_prohibited_on, CustomerRow.restricted_on).is_(None)
        )
    if query.restricted_only:
        statement = statement.where(CustomerRow.restricted_on.is_not(None))
    if query.register_id is not None:
        statement = statement.where(
            exists().where(
                CustomerRegisterRow.customer_id == CustomerRow.id,
                CustomerRegisterRow.register_id == query.register_id,
            )
        )
    if query.past_retention_only:
        statement = statement.where(past_retention_condition(registers, today, query.register_id))
    return statement


# What a customer record is made of (storage.mapping.customer_record reads them by name), and
# the customer's registers as one text ("1,3"; see mapping.register_list): a page reads them in
# its own statement, one index lookup per row, instead of a second statement with 100 bound ids.
LIST_COLUMNS = (
    *(
        CustomerRow.__table__.c[name]
        for name in ("id", "kind", "language", "created_at", "updated_at", *CUSTOMER_FIELDS)
    ),
    select(func.group_concat(CustomerRegisterRow.register_id))
    .where(CustomerRegisterRow.customer_id == CustomerRow.id)
    .correlate(CustomerRow)
    .scalar_subquery()
    .label("register_list"),
)
# Sorts whose columns are never NULL, so that a row-value comparison continues them exactly.
KEYSET_SORTS = frozenset({CustomerSort.NAME, CustomerSort.FIRST_NAME, CustomerSort.ID})


def sort_columns(query: CustomerQuery) -> tuple:
    """The columns of the query's order, the id last (every order is total)."""
    return SORT_COLUMNS[query.sort] + (CustomerRow.id,)


def sort_values(session: Session, query: CustomerQuery, customer_id: int) -> tuple | None:
    """Customer ``customer_id``'s values of the query's sort columns; None when it is gone."""
    statement = select(*sort_columns(query)).where(CustomerRow.id == customer_id)
    row = session.execute(statement).first()
    return None if row is None else tuple(row)


def keyset_condition(query: CustomerQuery, after: tuple) -> ColumnElement[bool]:
    """The rows after the one whose sort values are ``after``, in the query's order: a keyset
    continuation, which SQLite answers by seeking in the sort index where OFFSET steps over
    every earlier row. Exact for :data:`KEYSET_SORTS` (no NULLs in their columns)."""
    mine, theirs = tuple_(*sort_columns(query)), tuple_(*after)
    return mine < theirs if query.descending else mine > theirs


def page_statement(
    query: CustomerQuery,
    registers: list[RegisterDescription],
    today: date,
    offset: int,
    limit: int,
    match: TextMatch | None = None,
    after: tuple | None = None,
) -> Select:
    """One page in the query's order: from ``offset``, or, given the sort values of the
    previous page's last row (``after``), the ``limit`` rows after it (offset then unused).
    Plain rows of :data:`LIST_COLUMNS`, not ORM objects: building and tracking those took
    two thirds of a first page's time."""
    columns = sort_columns(query)
    if match is not None and match.sorted_matches:
        # "+column" keeps SQLite from walking the sort index and testing each row against the
        # match set: it reads the matches by id and sorts them.
        columns = tuple(literal_column(f"+{CustomerRow.__tablename__}.{c.name}") for c in columns)
    order = [c.desc() for c in columns] if query.descending else list(columns)
    statement = select(*LIST_COLUMNS).order_by(*order).limit(limit)
    if after is None:
        statement = statement.offset(offset)
    else:
        statement = statement.where(keyset_condition(query, after))
    return filtered(statement, query, registers, today, match)


def count_statement(
    query: CustomerQuery,
    registers: list[RegisterDescription],
    today: date,
    match: TextMatch | None = None,
) -> Select:
    statement = select(func.count(CustomerRow.id))
    return filtered(statement, query, registers, today, match, whole=True)


def only_text(query: CustomerQuery) -> bool:
    """Whether the text is the query's only filter (then a probe's ids are the whole answer)."""
    return (
        query.marketing is MarketingFilter.ANY
        and not query.restricted_only
        and not query.past_retention_only
        and query.register_id is None
    )
