"""The register's customers holding some of the given e-mail addresses, business IDs or
henkilötunnus, found by SQLite instead of reading every customer into Python: an import of a
few thousand rows into a register of a million found its duplicates by loading every
customer's keys (2.5 s and 390 MB).

The import compares keys in a normal form made in Python (an e-mail ``casefold``-ed, an ID
``strip``-ped); SQLite's ``lower`` and ``trim`` make the same form only for a value of printable
ASCII without spaces. So the query keeps every value whose SQL form is among the keys, and every
value with any other character (a space, a tab, a letter beyond ASCII), and their Python forms
are compared here: what is kept is exactly what reading the whole register would have found."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import text

# Column -> the SQL expression that gives a printable-ASCII value its normal form.
_SQL_NORMAL = {"email": "lower(email)", "business_id": "trim(business_id)",
               "personal_id": "trim(personal_id)"}  # fmt: skip


def any_customer(session) -> bool:
    return session.execute(text("SELECT 1 FROM customer LIMIT 1")).first() is not None


def holding(
    session, column: str, normal: Callable[[str], str], keys: Iterable[str]
) -> Iterator[tuple[int, str]]:
    """``(customer id, normal form)`` of each customer whose ``column``, in the normal form
    ``normal`` makes, is one of ``keys``, in id order."""
    wanted = set(keys)
    if not wanted:
        return
    statement = text(
        f"SELECT id, {column} FROM customer WHERE {column} != '' AND ("
        f"{_SQL_NORMAL[column]} IN (SELECT value FROM json_each(:keys)) "
        f"OR {column} GLOB '*[^!-~]*') ORDER BY id"
    )
    for customer_id, value in session.execute(statement, {"keys": json.dumps(list(wanted))}):
        form = normal(value)
        if form in wanted:
            yield customer_id, form
