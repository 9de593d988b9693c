"""Erasure tombstones: what an erasure leaves so that restoring an older backup cannot bring
the person back, without keeping their personal data.

A tombstone holds salted SHA-256 hashes of the erased customer's id, e-mail, phone,
henkilötunnus and business ID (each normalised first). The salt is random, made at the first
erasure and kept in ``app_setting`` (so it travels with every backup). A hash of a phone number
or a henkilötunnus can still be confirmed by someone holding the register and guessing
candidates; that is why nothing but the hashes is kept, and why they serve only to recognise
the same person in a restored copy.

Works on plain DB-API connections too, because backups are read without the app's
engine."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from .models import CustomerRow, ErasureTombstoneRow, SettingRow

SALT_KEY = "erasure_tombstone_salt"
HASHED = ("customer", "email", "phone", "personal_id", "business_id")


def new_salt() -> str:
    return secrets.token_hex(32)


def _normal(kind: str, value: object) -> str:
    text = str(value).strip()
    if kind == "email":
        return text.casefold()
    if kind in ("personal_id", "business_id"):
        return text.upper()
    if kind == "phone":
        return "".join(ch for ch in text if ch.isdigit() or ch == "+")
    return text


def identifier_hash(salt: str, kind: str, value: object) -> str | None:
    """The salted hash of one identifier; None for an empty one."""
    if value is None or value == "":
        return None
    text = _normal(kind, value)
    if not text:
        return None
    data = b"\0".join((bytes.fromhex(salt), kind.encode(), text.encode("utf-8")))
    return hashlib.sha256(data).hexdigest()


def customer_hashes(salt: str, customer_id, email, phone, personal_id, business_id) -> dict:
    values = (customer_id, email, phone, personal_id, business_id)
    return {
        f"{kind}_hash": identifier_hash(salt, kind, value)
        for kind, value in zip(HASHED, values, strict=True)
    }


# -- writing, inside an erasure's transaction --------------------------------------------------


def register_salt(session: Session) -> str:
    """The register's salt, made (in this transaction) when there is none yet."""
    row = session.get(SettingRow, SALT_KEY)
    if row is None:
        row = SettingRow(key=SALT_KEY, value=new_salt())
        session.add(row)
    return row.value


def record_erasure(session: Session, customer: CustomerRow, at: datetime) -> None:
    """Add the tombstone of ``customer``, who is being erased in this transaction."""
    salt = register_salt(session)
    hashes = customer_hashes(
        salt,
        customer.id,
        customer.email,
        customer.phone,
        customer.personal_id,
        customer.business_id,
    )
    session.add(
        ErasureTombstoneRow(
            token=uuid.uuid4().hex,
            erased_at=at,
            organisation=customer.kind == "organisation",
            **hashes,
        )
    )


# -- reading and matching, on any copy of the register ----------------------------------------


@dataclass(frozen=True)
class Tombstone:
    token: str
    erased_at: str
    customer_hash: str
    email_hash: str | None
    phone_hash: str | None
    personal_id_hash: str | None
    business_id_hash: str | None
    organisation: bool
    salt: str  # the salt of the register it was read from


COLUMNS = (
    "token",
    "erased_at",
    "customer_hash",
    "email_hash",
    "phone_hash",
    "personal_id_hash",
    "business_id_hash",
    "organisation",
)


def _has_table(connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def read_salt(connection) -> str | None:
    if not _has_table(connection, "app_setting"):
        return None
    row = connection.execute("SELECT value FROM app_setting WHERE key = ?", (SALT_KEY,)).fetchone()
    return row[0] if row else None


def read_tombstones(connection) -> list[Tombstone]:
    """The tombstones in a register file; none in one from before tombstones existed."""
    salt = read_salt(connection)
    if salt is None or not _has_table(connection, "erasure_tombstone"):
        return []
    rows = connection.execute(f"SELECT {', '.join(COLUMNS)} FROM erasure_tombstone")
    return [Tombstone(*row[:-1], bool(row[-1]), salt) for row in rows]


def read_tokens(connection) -> set[str]:
    if not _has_table(connection, "erasure_tombstone"):
        return set()
    return {row[0] for row in connection.execute("SELECT token FROM erasure_tombstone")}


_INSERT_SQL = (
    f"INSERT OR IGNORE INTO erasure_tombstone ({', '.join(COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in COLUMNS)})"
)


def copy_into(connection, tombstones: Iterable[Tombstone]) -> None:
    """Write ``tombstones`` into another register (a restored copy); ones it has stay."""
    rows = [tuple(getattr(t, c) for c in COLUMNS) for t in tombstones]
    if rows:
        connection.exec_driver_sql(_INSERT_SQL, rows)


def matching_customers(connection, tombstones: list[Tombstone]) -> list[int]:
    """Ids of the customers in a register file who are someone a tombstone records as erased.

    A customer matches on the erased record's id, e-mail or henkilötunnus; a customer with
    neither e-mail nor henkilötunnus also on the phone (a shared family landline must not erase
    a spouse who has an address of their own); an organisation's own record also on its
    business ID (its contact persons share that ID, so they do not match on it)."""
    if not tombstones:
        return []
    by_salt: dict[str, list[Tombstone]] = {}
    for tombstone in tombstones:
        by_salt.setdefault(tombstone.salt, []).append(tombstone)
    found: set[int] = set()
    rows = connection.execute(
        "SELECT id, kind, first_name, last_name, email, phone, personal_id, business_id "
        "FROM customer"
    ).fetchall()
    for salt, group in by_salt.items():
        wanted = {
            kind: {getattr(t, f"{kind}_hash") for t in group} - {None}
            for kind in ("customer", "email", "phone", "personal_id")
        }
        organisations = {t.business_id_hash for t in group if t.organisation} - {None}
        for customer_id, kind, first, last, email, phone, personal_id, business_id in rows:
            hashes = customer_hashes(salt, customer_id, email, phone, personal_id, business_id)
            if (
                hashes["customer_hash"] in wanted["customer"]
                or hashes["email_hash"] in wanted["email"]
                or hashes["personal_id_hash"] in wanted["personal_id"]
                or (not email and not personal_id and hashes["phone_hash"] in wanted["phone"])
                or (
                    kind == "organisation"
                    and not first
                    and not last
                    and hashes["business_id_hash"] in organisations
                )
            ):
                found.add(customer_id)
    return sorted(found)
