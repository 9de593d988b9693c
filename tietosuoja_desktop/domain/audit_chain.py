"""The audit trail's hash chain: each entry carries the hash of the one before it, so an entry
edited, removed or moved after it was written breaks the chain at that point.

An entry's hash is SHA-256 over a canonical serialisation of the previous entry's hash and the
entry's own content: JSON with sorted keys and no spaces, so no two different entries can
serialise alike. The first entry follows ``GENESIS``.

What the chain cannot show on its own: removing the newest entries leaves a shorter chain that
is still whole. Only a head (count and last hash) kept elsewhere shows that; ``ChainHead`` is
what the app prints for the user to keep, and ``walk`` can check that a kept head is still
there."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

GENESIS = "0" * 64


# json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False), made once: the check
# hashes every entry, so the per-call set-up of json.dumps is worth saving.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_at(at: datetime) -> str:
    """The time as the register stores it (naive, to the microsecond), in ISO 8601."""
    if at.tzinfo is not None:
        at = at.replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    at: datetime,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str,
) -> str:
    """The hex SHA-256 of one entry; ``fields`` is the stored, comma-separated text."""
    payload = _CANONICAL.encode(
        {
            "action": action,
            "at": canonical_at(at),
            "entity": entity,
            "entity_id": entity_id,
            "fields": fields,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class LinkProblem(Enum):
    """What is wrong at the first broken link."""

    EDITED = "edited"  # the entry's content or its own hash changed after it was written
    LINK_CHANGED = "link_changed"  # the previous hash the entry records was changed
    MISSING = "missing"  # an entry before this one was removed (or replaced)
    REORDERED = "reordered"  # the entry this one was written after is elsewhere in the log


@dataclass(frozen=True)
class ChainEntry:
    """One audit row as the chain sees it."""

    id: int
    at: datetime
    action: str
    entity: str
    entity_id: int | None
    fields: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainHead:
    """The end of the chain: how many entries, and the newest one's id and hash."""

    count: int
    last_id: int | None
    hash: str

    @property
    def text(self) -> str:
        """``count:hash``, the form the user writes down and gives back to ``--head``."""
        return f"{self.count}:{self.hash}"


@dataclass(frozen=True)
class BrokenLink:
    entry_id: int
    at: datetime
    problem: LinkProblem


@dataclass(frozen=True)
class ChainCheck:
    """The result of walking the chain: intact or the first broken link."""

    checked: int  # entries checked up to and including the broken one (all when intact)
    head: ChainHead
    broken: BrokenLink | None = None
    expected_head_found: bool | None = None  # None when no kept head was given

    @property
    def ok(self) -> bool:
        return self.broken is None and self.expected_head_found is not False


def parse_head(value: str) -> tuple[int | None, str]:
    """``count:hash`` or a bare hash (spaces allowed, as the PDF groups it) -> (count or None,
    lower-case hash); ValueError if neither."""
    count_text, _, digest = "".join(value.split()).rpartition(":")
    digest = digest.lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("a head is a 64-character hex SHA-256, optionally after 'count:'")
    if not count_text:
        return None, digest
    if not count_text.isdigit():
        raise ValueError("the count before ':' must be a whole number")
    return int(count_text), digest


def walk(
    entries: Iterable[ChainEntry],
    locate: Callable[[str], int | None],
    *,
    expected_head: str | None = None,
) -> ChainCheck:
    """Walk ``entries`` (in id order) and stop at the first broken link. ``locate(hash)``
    gives the id of the entry with that hash, or None; it is asked only once, at a break, to
    tell a moved entry from a missing one. ``expected_head`` (``count:hash`` or a hash kept
    from an earlier check) must be found at its place in the chain."""
    want_count, want_hash = parse_head(expected_head) if expected_head else (None, None)
    found = None if want_hash is None else want_hash == GENESIS and not want_count
    previous_hash, previous_id, checked = GENESIS, None, 0
    for entry in entries:
        checked += 1
        problem = _problem(entry, previous_hash, previous_id, locate)
        if problem is not None:
            broken = BrokenLink(entry.id, entry.at, problem)
            head = ChainHead(checked - 1, previous_id, previous_hash)
            return ChainCheck(checked, head, broken, found)
        previous_hash, previous_id = entry.hash, entry.id
        if want_hash is not None and entry.hash == want_hash:
            found = want_count is None or want_count == checked
    return ChainCheck(checked, ChainHead(checked, previous_id, previous_hash), None, found)


def _problem(
    entry: ChainEntry,
    previous_hash: str,
    previous_id: int | None,
    locate: Callable[[str], int | None],
) -> LinkProblem | None:
    content = (entry.at, entry.action, entry.entity, entry.entity_id, entry.fields)
    if entry_hash(entry.prev_hash, *content) != entry.hash:
        if entry.prev_hash != previous_hash and entry_hash(previous_hash, *content) == entry.hash:
            return LinkProblem.LINK_CHANGED
        return LinkProblem.EDITED
    if entry.prev_hash == previous_hash:
        return None
    # Whole on its own but written after another entry than the one before it now.
    gap = entry.id != (previous_id or 0) + 1
    if entry.prev_hash == GENESIS:
        return LinkProblem.REORDERED  # the first entry ever written, found later on
    if not gap:
        where = locate(entry.prev_hash)
        if where is not None:
            return LinkProblem.REORDERED
    return LinkProblem.MISSING
