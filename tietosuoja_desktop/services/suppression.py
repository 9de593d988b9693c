"""The register's suppression list (domain/suppression.py): adding e-mail addresses, phone
numbers and postal addresses by hand or from a CSV file (e.g. the result of a check against
ASML's Robinson service), counting and clearing them. Only keyed hashes are stored; the secret
is made at random with the first entry and kept in the register's settings. Audit entries say
what kind of value and how many, never the value."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.marketing import MarketingChannel
from ..domain.suppression import (
    CHANNEL_KINDS,
    SECRET_BYTES,
    SuppressionKind,
    SuppressionList,
    csv_columns,
    key_of,
    value_problems,
)
from ..domain.validation import raise_for_problems
from ..storage.models import SettingRow, SuppressionRow
from . import audit, csv_files
from .errors import RuleViolation

SECRET_SETTING = "marketing.suppression_secret"
ENTITY = "marketing_suppression"
MSG_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "Suppression",
    "The file has no column of e-mail addresses, phone numbers or street addresses "
    "(headers such as email, phone, street_address and postal_code).",
)


@dataclass(frozen=True)
class SuppressionImport:
    """What an import did: entries added, already on the list, and the lines (numbers only)
    whose values were not e-mail addresses, phone numbers or addresses."""

    added: int = 0
    already: int = 0
    rejected_lines: tuple[int, ...] = field(default=())


class SuppressionService:
    def __init__(self, services) -> None:
        self._db = services.db
        self._clock = services.clock

    def add(self, kind: SuppressionKind, value: str, postal_code: str = "") -> bool:
        """Put one value on the list; False when it was on it already."""
        kind = SuppressionKind(kind)
        raise_for_problems(value_problems(kind, value, postal_code))
        with self._db.transaction() as session:
            added = self._put(session, [(kind, value, postal_code)], "manual")
            audit.record(
                session, self._clock.now(), "suppress", ENTITY, None, [kind.value, f"count={added}"]
            )
        return added == 1

    def import_csv(self, path: Path) -> SuppressionImport:
        """Every e-mail, phone number and street address + postal code in the file's rows (one
        transaction: all or nothing)."""
        table = csv_files.read_table(Path(path))
        columns = csv_columns(table.headers)
        if not (
            {"email", "phone"} & columns.keys()
            or {"street_address", "postal_code"} <= columns.keys()
        ):
            raise RuleViolation(Message("Suppression", MSG_NO_COLUMNS))
        values, rejected = [], []
        for row in table.rows:
            cells = {what: _cell(row.values, index) for what, index in columns.items()}
            found = _row_values(cells)
            if not found or any(value_problems(*entry) for entry in found):
                rejected.append(row.line)
                continue
            values.extend(found)
        with self._db.transaction() as session:
            added = self._put(session, values, "import")
            kinds = sorted({kind.value for kind, _, _ in values})
            fields = [*kinds, f"count={added}", f"rejected={len(rejected)}"]
            audit.record(session, self._clock.now(), "import", ENTITY, None, fields)
        return SuppressionImport(added, len(values) - added, tuple(rejected))

    def count(self) -> dict[SuppressionKind, int]:
        with self._db.reading() as session:
            rows = session.execute(
                select(SuppressionRow.kind, func.count()).group_by(SuppressionRow.kind)
            )
            counted = {SuppressionKind(kind): number for kind, number in rows}
        return {kind: counted.get(kind, 0) for kind in SuppressionKind}

    def clear(self) -> int:
        """Empty the list (e.g. before importing a newer check's result); how many were on it."""
        with self._db.transaction() as session:
            removed = session.execute(delete(SuppressionRow)).rowcount or 0
            audit.record(session, self._clock.now(), "delete", ENTITY, None, [f"count={removed}"])
        return removed

    def current(self, session, channel: MarketingChannel | None = None) -> SuppressionList:
        """The list as the marketing rules read it (in the caller's session); with ``channel``,
        only the keys of the kind that channel is suppressed by."""
        statement = select(SuppressionRow.kind, SuppressionRow.key)
        if channel is not None:
            statement = statement.where(SuppressionRow.kind == CHANNEL_KINDS[channel].value)
        keys: dict[SuppressionKind, set[str]] = {}
        for kind, key in session.execute(statement):
            keys.setdefault(SuppressionKind(kind), set()).add(key)
        row = session.get(SettingRow, SECRET_SETTING)
        secret = bytes.fromhex(row.value) if row else b""
        return SuppressionList(secret, {kind: frozenset(found) for kind, found in keys.items()})

    def _put(self, session, values, source: str) -> int:
        secret = _secret(session)
        known = {
            tuple(row) for row in session.execute(select(SuppressionRow.kind, SuppressionRow.key))
        }
        today = self._clock.today()
        added = 0
        for kind, value, postal_code in values:
            key = key_of(secret, kind, value, postal_code)
            if key is None or (kind.value, key) in known:
                continue
            known.add((kind.value, key))
            session.add(SuppressionRow(kind=kind.value, key=key, added_on=today, source=source))
            added += 1
        return added


def _secret(session) -> bytes:
    """The register's key for the list, made with its first entry."""
    row = session.get(SettingRow, SECRET_SETTING)
    if row is None:
        row = SettingRow(key=SECRET_SETTING, value=secrets.token_hex(SECRET_BYTES))
        session.add(row)
    return bytes.fromhex(row.value)


def _cell(values: tuple[str, ...], index: int) -> str:
    return values[index].strip() if index < len(values) else ""


def _row_values(cells: dict[str, str]) -> list[tuple[SuppressionKind, str, str]]:
    found = []
    if cells.get("email"):
        found.append((SuppressionKind.EMAIL, cells["email"], ""))
    if cells.get("phone"):
        found.append((SuppressionKind.PHONE, cells["phone"], ""))
    if cells.get("street_address") or cells.get("postal_code"):
        street, code = cells.get("street_address", ""), cells.get("postal_code", "")
        found.append((SuppressionKind.ADDRESS, street, code))
    return found
