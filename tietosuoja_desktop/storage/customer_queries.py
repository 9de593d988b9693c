"""Finding and paging customers without loading them all.

Search is a substring match over names, organisation, e-mail, phone and Y-tunnus, answered in
one of four plans chosen by how many customers match:

- **listed**: a probe fetches up to ``CANDIDATE_LIMIT`` matching ids through the index (see
  below) and the page sorts just those.
- **sorted**: an indexed text matching more, but at most ``SORT_LIMIT`` customers ("sirviö" at
  a million) sorts the whole match set: about 3.6 µs a match.
- **member walk**: an indexed text matching more, but at most ``MEMBER_LIMIT`` ("sir", "juha",
  "virtanen" at a million) reads its match set once (about 0.2-0.7 µs a match) and walks the
  sort order's index, testing each entry's id against the set (no row read), until the page is
  full: 2 ms when matches come early, about 46 ms for the whole million when they sit at the
  list's end (Sirviö). The first-name order has no index: it is sorted instead.
- **walked**: a very common text ("a", "nen", "example") walks the list in its sort order and
  checks each row's line, which stops as soon as the page is full; reading its match set would
  cost more.

The FTS index counts its matches cheaply (about 0.2 µs each, no customer row read), so the plan
is chosen by counting up to ``MEMBER_LIMIT`` + 1 of them (benchmarks/bench_search_sweep.py).

The index: a text of three characters or more is a phrase of the FTS5 trigram index. One of one
or two characters is too short for it, yet a line holds it exactly when one of the line's
trigrams begins with it (the trigrams' list, ``temp.customer_fts_terms``, is read by range) or
it stands in the line's last two characters (indexed since revision 0022). A common short text
("a", "ne"), found in ``SHORT_COMMON`` or more of the first ``SHORT_SAMPLE`` lines, is not
looked up so: its trigrams' lists are long, and reading the lines is cheaper. Its count, when
it is the only filter, is one row of the gram counts (``customer_search_grams``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union,
)
from sqlalchemy.engine import Connection

from ..domain.clock import add_months
from ..domain.enums import RetentionAnchor
from ..domain.listing import CustomerQuery, CustomerSort, MarketingFilter, search_key
from ..domain.records import Customer, RegisterDescription
from .mapping import CUSTOMER_RECORD_FIELDS
from .models import CustomerRegisterRow, CustomerRow, CustomerSearchGramRow, CustomerSearchRow

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
# The plans' limits (see the module text): sorting 5,000 matches costs about what walking the
# whole name index of a million customers against a match set does; a set of 60,000 is read in
# about 30 ms, past which the walk that reads each line fills a page sooner.
SORT_LIMIT = 5_000
MEMBER_LIMIT = 60_000
# A text in more than 1 / MEMBER_SHARE of the customers fills a page within a few hundred rows
# of the list: walked like a common one ("example.net" at 100,000: 31 % of them).
MEMBER_SHARE = 10


# A text of one or two characters found this often in the first lines is "common" (see above).
SHORT_SAMPLE, SHORT_COMMON = 5_000, 250
_LAST = "\U0010ffff"  # sorts after every character (UTF-8 bytes F4 8F BF BF)


@dataclass(frozen=True)
class TextMatch:
    """A search text resolved against the index: its key, the matching ids when there are at
    most CANDIDATE_LIMIT of them (None: too common to list), whether the page sorts the match
    set (an indexed text with at most SORT_LIMIT matches) or walks the sort index against it
    (at most MEMBER_LIMIT) instead of walking the list, and for a short text looked up in the
    index, the trigrams that begin with it."""

    key: str
    ids: tuple[int, ...] | None
    sorted_matches: bool = False
    terms: tuple[str, ...] | None = None
    walk_matches: bool = False  # the member walk: the sort index against the match set

    @property
    def indexed(self) -> bool:
        """Whether the index answers the text: three characters or more (a phrase of the
        trigram index), or a short text that is not common (its trigrams and line tails)."""
        return len(self.key) >= 3 or self.terms is not None


def _fts_ids(expression: str) -> Select:
    return (
        select(text("rowid"))
        .select_from(text("customer_fts"))
        .where(text("customer_fts MATCH :phrase").bindparams(phrase=expression))
    )


def fts_match_ids(key: str) -> Select:
    """The ids of the customers whose search line holds ``key`` (three characters or more)."""
    return _fts_ids(fts_phrase(key))


def _tail(characters: int) -> ColumnElement:
    # Written as the indexes of revision 0022 are (a bound -1 would not match them).
    return func.substr(CustomerSearchRow.text, literal_column(str(-characters)))


def tail_holds(key: str) -> ColumnElement[bool]:
    """The line's last two characters hold ``key`` (one or two characters), through the
    indexes of the line's last one and last two characters."""
    if len(key) == 2:
        return _tail(2) == key
    return or_(_tail(1) == key, _tail(2).between(key, key + _LAST))


def short_match_ids(key: str, terms: tuple[str, ...]) -> Select:
    """The ids of the customers whose line holds the short ``key``: a trigram of theirs begins
    with it (``terms``, those in the index), or their line's last two characters hold it."""
    tail = select(CustomerSearchRow.customer_id).where(tail_holds(key))
    if not terms:
        return tail
    return union(_fts_ids(" OR ".join(fts_phrase(term) for term in terms)), tail)


def match_ids(match: TextMatch) -> Select:
    """The ids of the customers holding an indexed text (:attr:`TextMatch.indexed`)."""
    if len(match.key) >= 3:
        return fts_match_ids(match.key)
    return short_match_ids(match.key, match.terms)


# The trigram index's terms, in the connection's own temporary schema (nothing is written to
# the register). Made where it is read, not when a connection opens: on a register not yet
# migrated (no index to read) it kept the closing checkpoint from truncating the WAL.
SEARCH_TERMS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.customer_fts_terms "
    "USING fts5vocab(main, customer_fts, row)"
)


def index_terms(connection: Connection, key: str) -> tuple[str, ...]:
    """The trigrams in the index that begin with ``key`` (one or two characters)."""
    connection.execute(text(SEARCH_TERMS))
    statement = text(
        "SELECT term FROM temp.customer_fts_terms WHERE term >= :low AND term <= :high"
    ).bindparams(low=key, high=key + _LAST * (3 - len(key)))
    return _ids(connection, statement)


def short_is_common(connection: Connection, key: str) -> bool:
    """Whether the short ``key`` is in ``SHORT_COMMON`` or more of the first lines."""
    sample = select(CustomerSearchRow.text.label("line")).limit(SHORT_SAMPLE).subquery()
    statement = select(func.count()).where(func.instr(sample.c.line, key) > 0)
    return (connection.scalar(statement) or 0) >= SHORT_COMMON


def _largest_id(connection: Connection) -> int:
    """About how many customers there are (the largest id: one index lookup, no count)."""
    return connection.scalar(select(func.max(CustomerRow.id))) or 0


def _ids(connection: Connection, statement) -> tuple:
    """The statement's first column, fetched at once (the ORM's ``session.scalars`` loaded a
    probe's 2,001 ids one row at a time)."""
    return tuple(connection.execute(statement).scalars().all())


def line_holds(key: str) -> ColumnElement[bool]:
    """A customer's search line holds ``key`` (already folded by search_key)."""
    return func.instr(CustomerSearchRow.text, key) > 0


def match_text(connection: Connection, query_text: str) -> TextMatch | None:
    """Probe the index for ``query_text``; None when there is nothing to search for. Control
    characters are dropped first: no stored line holds one, and a NUL would end the FTS5
    phrase half-way ("unterminated string")."""
    key = search_key(_CONTROLS.sub("", query_text))
    if not key:
        return None
    if len(key) < 3 and short_is_common(connection, key):
        probe = select(CustomerSearchRow.customer_id).where(line_holds(key))
        ids = _ids(connection, probe.limit(CANDIDATE_LIMIT + 1))
        return TextMatch(key, ids if len(ids) <= CANDIDATE_LIMIT else None)
    terms = index_terms(connection, key) if len(key) < 3 else None
    unresolved = TextMatch(key, None, terms=terms)
    ids = _ids(connection, match_ids(unresolved).limit(CANDIDATE_LIMIT + 1))
    if len(ids) <= CANDIDATE_LIMIT:
        return TextMatch(key, ids, terms=terms)
    capped = match_ids(unresolved).limit(MEMBER_LIMIT + 1).subquery()
    matches = connection.scalar(select(func.count()).select_from(capped)) or 0
    sort = matches <= SORT_LIMIT
    walk = (
        not sort and matches <= MEMBER_LIMIT and matches * MEMBER_SHARE <= _largest_id(connection)
    )
    return TextMatch(key, None, sorted_matches=sort, terms=terms, walk_matches=walk)


def listed_ids(ids: tuple[int, ...]) -> Select:
    """The listed ``ids`` as one bound JSON array, not an IN list of as many literals: building,
    keying and expanding 2,000 literals was a third of a search's Python, and each length was
    a statement of its own for SQLite to prepare. The plan is the same (each id looked up by
    rowid, the matches sorted)."""
    listed = func.json_each(bindparam("listed_ids", json.dumps(ids))).table_valued("value")
    return select(listed.c.value)


def text_condition(match: TextMatch | None, *, whole: bool = False) -> ColumnElement[bool] | None:
    """Customers whose search line holds the text. A page stops at its first rows, so it tests
    each customer in sort order (EXISTS); ``whole`` (a count) reads the search lines once, in
    order, and tests membership (IN): the EXISTS form let SQLite walk the customers in an
    index's order and look their lines up at random, three times slower at 100,000."""
    if match is None:
        return None
    if match.ids is not None:
        return CustomerRow.id.in_(listed_ids(match.ids)) if match.ids else false()
    if match.sorted_matches or (whole and match.indexed):
        return CustomerRow.id.in_(match_ids(match))
    if match.walk_matches:
        # "+id": the set is only tested, entry by entry of the sort index, not read in order.
        return literal_column(f"+{CustomerRow.__tablename__}.id").in_(match_ids(match))
    matching = line_holds(match.key)
    if whole:
        return CustomerRow.id.in_(select(CustomerSearchRow.customer_id).where(matching))
    return exists().where(CustomerSearchRow.customer_id == CustomerRow.id, matching)


def text_count_statement(match: TextMatch) -> Select:
    """How many customers hold the text, when it is the only filter: one line per customer,
    counted in the FTS index when the text is long enough for it, and a common short text
    read from its row of the gram counts (storage/search_grams.py) instead of every line."""
    if match.indexed:
        return select(func.count()).select_from(match_ids(match).subquery())
    counted = select(CustomerSearchGramRow.customers).where(CustomerSearchGramRow.gram == match.key)
    return select(func.coalesce(counted.scalar_subquery(), 0))


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


# What a customer record is made of, in the record's field order (storage.mapping.page_records
# reads them so), with the customer's registers as one text ("1,3"; see mapping.register_list)
# in register_ids' place: a page reads them in its own statement, one index lookup per row,
# instead of a second statement with 100 bound ids.
_REGISTER_LIST = (
    select(func.group_concat(CustomerRegisterRow.register_id))
    .where(CustomerRegisterRow.customer_id == CustomerRow.id)
    .correlate(CustomerRow)
    .scalar_subquery()
    .label("register_ids")
)
LIST_COLUMNS = tuple(
    _REGISTER_LIST if name == "register_ids" else CustomerRow.__table__.c[name]
    for name in CUSTOMER_RECORD_FIELDS
)
# Sorts with an index in their order (the member walk walks it).
INDEXED_SORTS = frozenset(CustomerSort) - {CustomerSort.FIRST_NAME}
# Sorts whose columns are never NULL, so that a row-value comparison continues them exactly.
KEYSET_SORTS = frozenset({CustomerSort.NAME, CustomerSort.FIRST_NAME, CustomerSort.ID})


def sort_columns(query: CustomerQuery) -> tuple:
    """The columns of the query's order, the id last (every order is total)."""
    return SORT_COLUMNS[query.sort] + (CustomerRow.id,)


def sort_values(connection: Connection, query: CustomerQuery, customer_id: int) -> tuple | None:
    """Customer ``customer_id``'s values of the query's sort columns; None when it is gone."""
    statement = select(*sort_columns(query)).where(CustomerRow.id == customer_id)
    row = connection.execute(statement).first()
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
    if match is not None and match.walk_matches and query.sort not in INDEXED_SORTS:
        match = replace(match, sorted_matches=True, walk_matches=False)  # no index to walk
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
