"""How many customers' search lines hold each text of one or two characters: the count a
search for a common short text ("a", "ne", " ") shows, read from one row instead of testing
every line (140-440 ms at a million customers).

``customer_search_grams`` has one row per distinct "gram" (a character, or two characters
side by side) of the folded search lines, with the number of lines that hold it: each line
counts once per gram, however often the gram stands in it. Triggers on ``customer_search``
keep it in step with every insert, update and delete (an erased customer's cascade too), so
no write path can miss it; the bulk writers set the triggers aside and add a chunk's counts
themselves (:class:`CountedAfterwards`), which costs about an eighth of what the triggers do
(about 11 against 90 µs a line).

Erasure: the table holds only aggregate counts of one or two characters, never a line or a
customer id, and a gram whose count falls to zero is deleted, so nothing of an erased person
stays behind here."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from itertools import chain, islice

TABLE = "customer_search_grams"
CREATE_TABLE = (
    f"CREATE TABLE {TABLE} (gram TEXT NOT NULL PRIMARY KEY, customers INTEGER NOT NULL) "
    "WITHOUT ROWID"
)


def _positions(length: str) -> str:
    """Rows whose ``key`` runs 0 .. ``length`` - 1, for any length: a JSON array of that many
    zeros ("[0,0,0]"), made from a zero blob. A trigger may not use WITH, and a table of
    numbers would bound the line's length."""
    return f"json_each('[' || rtrim(replace(hex(zeroblob({length})), '00', '0,'), ',') || ']')"


def _grams_of(line: str) -> str:
    """A SELECT of the distinct grams of ``line`` (an SQL expression), in column ``gram``."""
    return (
        f"SELECT substr({line}, key + 1, 1) AS gram FROM {_positions(f'length({line})')} "
        f"UNION SELECT substr({line}, key + 1, 2) FROM {_positions(f'length({line}) - 1')}"
    )


def _added(line: str) -> str:
    # "WHERE true": an upsert's SELECT needs a WHERE, or SQLite reads ON as a join's.
    return (
        f"INSERT INTO {TABLE} (gram, customers) SELECT gram, 1 FROM ({_grams_of(line)}) "
        "WHERE true ON CONFLICT (gram) DO UPDATE SET customers = customers + 1;"
    )


def _removed(line: str) -> str:
    grams = _grams_of(line)
    return (
        f"UPDATE {TABLE} SET customers = customers - 1 WHERE gram IN ({grams}); "
        f"DELETE FROM {TABLE} WHERE customers <= 0 AND gram IN ({grams});"
    )


TRIGGERS = {
    "customer_search_grams_ai": (
        f"CREATE TRIGGER customer_search_grams_ai AFTER INSERT ON customer_search "
        f"BEGIN {_added('new.text')} END"
    ),
    "customer_search_grams_ad": (
        f"CREATE TRIGGER customer_search_grams_ad AFTER DELETE ON customer_search "
        f"BEGIN {_removed('old.text')} END"
    ),
    "customer_search_grams_au": (
        f"CREATE TRIGGER customer_search_grams_au AFTER UPDATE OF text ON customer_search "
        f"WHEN old.text IS NOT new.text BEGIN {_removed('old.text')} {_added('new.text')} END"
    ),
}


def line_grams(line: str) -> set[str]:
    """The distinct grams of one search line (what the triggers count for it)."""
    return set(line).union(map(str.__add__, line, line[1:]))


# A line's pairs of characters are counted as numbers: the line in UTF-32 read as 64-bit
# numbers, at offset 0 and at offset 4, is every pair side by side, made by C code without a
# string per pair (about 11 µs a line of 70 characters instead of 17 µs).
_CODE_UNITS = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_BATCH = 5000


def _pair_numbers(line: str) -> set[int]:
    data = memoryview(line.encode(_CODE_UNITS))
    size = len(data)
    pairs = set(data[: size - size % 8].cast("Q"))  # characters 0-1, 2-3, ...
    if size > 8:
        size -= 4
        pairs.update(data[4 : 4 + size - size % 8].cast("Q"))  # 1-2, 3-4, ...
    return pairs


def _pair_text(number: int) -> str:
    return number.to_bytes(8, sys.byteorder).decode(_CODE_UNITS)


def count_lines(lines: Iterable[str]) -> Counter:
    """How many of ``lines`` hold each gram (each line counts once per gram it holds, as
    :func:`line_grams` says)."""
    counts: Counter = Counter()
    pairs: Counter = Counter()
    remaining = iter(lines)
    while batch := list(islice(remaining, _BATCH)):
        counts.update(chain.from_iterable(map(set, batch)))
        pairs.update(chain.from_iterable(map(_pair_numbers, batch)))
    for number, lines_holding in pairs.items():
        counts[_pair_text(number)] = lines_holding
    return counts


def add_counts(raw, counts: Counter) -> None:
    """Add ``counts`` to the stored ones (``raw``: the DB-API connection, in its transaction)."""
    raw.executemany(
        f"INSERT INTO {TABLE} (gram, customers) VALUES (?, ?) "
        "ON CONFLICT (gram) DO UPDATE SET customers = customers + excluded.customers",
        [(gram, number) for gram, number in counts.items() if number],
    )


def recount(raw) -> Counter:
    """The counts made again from the stored lines (about 11 µs a line)."""
    return count_lines(line for (line,) in raw.execute("SELECT text FROM customer_search"))


def stored(raw) -> dict[str, int]:
    return dict(raw.execute(f"SELECT gram, customers FROM {TABLE}"))


def drifted(raw) -> bool:
    """Whether the stored counts differ from a recount of the lines."""
    return stored(raw) != dict(recount(raw))


def fill(raw) -> None:
    """Replace the stored counts by a recount of the lines (in the caller's transaction)."""
    counts = recount(raw)
    raw.execute(f"DELETE FROM {TABLE}")
    add_counts(raw, counts)


def rebuild_if_drifted(raw) -> bool:
    """Rebuild the counts when they differ from a recount of the lines (in the caller's
    transaction); whether they did. A register before revision 0026 has none to check."""
    if not has_table(raw) or not drifted(raw):
        return False
    fill(raw)
    return True


def has_table(raw) -> bool:
    """Whether the register has the counts (revision 0026 on)."""
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,))
    return found.fetchone() is not None


class CountedAfterwards:
    """The triggers set aside while many search lines are inserted, the lines counted in
    Python (:meth:`add`), and the counts written and the triggers made again at
    :meth:`finish`. All in the caller's transaction: a rollback brings the triggers back."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.counts: Counter = Counter()
        for name in TRIGGERS:
            raw.execute(f"DROP TRIGGER IF EXISTS {name}")

    def add(self, counts: Counter) -> None:
        self.counts.update(counts)

    def finish(self) -> None:
        add_counts(self.raw, self.counts)
        self.counts = Counter()
        for sql in TRIGGERS.values():
            self.raw.execute(sql)
