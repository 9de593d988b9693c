"""Names, organisations and cities in Finnish and Swedish alphabetical order, inside SQLite.

SQLite compares text byte by byte: "Äijälä" came before "Åberg" (Ä is U+00C4, Å U+00C5), and
"von Wright" after "Zetterberg". The customer table therefore has a sort key per name (and per
organisation and city, the list's other sortable text columns), a virtual generated column that
SQLite keeps itself on every insert and update, whoever writes the row (the services, the CSV
import, the demo), with an index over it. The key folds ASCII case
and maps Å, Ä and Ö after Z in that order, as both languages alphabetise; Æ and Ø sort as Ä and
Ö, Ü as Y, and É, Š and Ž as E, S and Z. Other accented letters keep SQLite's order (after Ö).

The key is built from SQLite's own ``lower`` and ``replace`` only, so any SQLite (the command
line tool, a backup checker) can read and write the file. SQLite's parser nests about twenty
calls at most; that is why the list stops where it does."""

from __future__ import annotations

# (letter, what it sorts as); "{", "|" and "}" are the three characters after "z" in ASCII.
FOLDS = (
    ("Å", "{"),
    ("å", "{"),
    ("Ä", "|"),
    ("ä", "|"),
    ("Ö", "}"),
    ("ö", "}"),
    ("Æ", "|"),
    ("æ", "|"),
    ("Ø", "}"),
    ("ø", "}"),
    ("Ü", "y"),
    ("ü", "y"),
    ("É", "e"),
    ("é", "e"),
    ("Š", "s"),
    ("š", "s"),
    ("Ž", "z"),
    ("ž", "z"),
)


def sort_key_sql(column: str) -> str:
    """The SQL expression of ``column``'s sort key. A name of ASCII letters only (the GLOB
    finds none outside space to tilde) needs only ``lower``, which halves the cost of writing
    a register's worth of customers."""
    folded = f"lower({column})"
    for letter, sorts_as in FOLDS:
        folded = f"replace({folded}, '{letter}', '{sorts_as}')"
    return f"CASE WHEN {column} GLOB '*[^ -~]*' THEN {folded} ELSE lower({column}) END"


def sort_key(text: str) -> str:
    """The same key in Python, for sorting in memory (and as the tests' oracle)."""
    key = "".join(c.lower() if c.isascii() else c for c in text)
    for letter, sorts_as in FOLDS:
        key = key.replace(letter, sorts_as)
    return key
