"""Telling recipients (Art 19): after a rectification, an erasure or a restriction, every
recipient of the person's data is told, unless that proves impossible or takes a
disproportionate effort; the person may ask who the recipients are.

Each such request keeps a checklist, one item a recipient of the registers that hold the
person: the processors linked to those registers and the recipients their descriptions name.
An item is open until it is ticked as told (the date and how) or marked as one the person's
data was never disclosed to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .enums import StrEnum
from .i18n import QT_TRANSLATE_NOOP


class NoticeStatus(StrEnum):
    """Where one recipient stands (stored: never change a value once released)."""

    OPEN = "open"
    TOLD = "told"
    NOT_DISCLOSED = "not_disclosed"  # the person's data never went to this recipient


class ToldVia(StrEnum):
    """How a recipient was told (stored)."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    SYSTEM = "system"  # through the recipient's own system or interface
    OTHER = "other"


class RecipientSource(StrEnum):
    """Where the checklist found the recipient (stored)."""

    PROCESSOR = "processor"  # the processors register, linked to a register of the person
    REGISTER_TEXT = "register_text"  # the recipients a register description names in words


STATUS_LABELS = {
    NoticeStatus.OPEN: QT_TRANSLATE_NOOP("Recipients", "not yet told"),
    NoticeStatus.TOLD: QT_TRANSLATE_NOOP("Recipients", "told"),
    NoticeStatus.NOT_DISCLOSED: QT_TRANSLATE_NOOP("Recipients", "not disclosed to this recipient"),
}

VIA_LABELS = {
    ToldVia.EMAIL: QT_TRANSLATE_NOOP("Recipients", "E-mail"),
    ToldVia.LETTER: QT_TRANSLATE_NOOP("Recipients", "Letter"),
    ToldVia.PHONE: QT_TRANSLATE_NOOP("Recipients", "Phone"),
    ToldVia.SYSTEM: QT_TRANSLATE_NOOP("Recipients", "In their system"),
    ToldVia.OTHER: QT_TRANSLATE_NOOP("Recipients", "Other"),
}


@dataclass(frozen=True)
class RecipientNotice:
    """One recipient on a request's Art 19 checklist."""

    id: int | None
    request_id: int
    position: int  # the checklist's order, from 1
    name: str  # the processor's name, or the register description's words
    source: RecipientSource
    processor_id: int | None = None
    register_id: int | None = None
    status: NoticeStatus = NoticeStatus.OPEN
    told_on: date | None = None
    told_via: ToldVia | None = None

    @property
    def is_open(self) -> bool:
        return self.status is NoticeStatus.OPEN


@dataclass(frozen=True)
class Candidate:
    """A recipient found for a new checklist, before it is stored."""

    name: str
    source: RecipientSource
    processor_id: int | None = None
    register_id: int | None = None


def candidates(
    register_ids: tuple[int, ...],
    processors: list[tuple[int, str, tuple[int, ...]]],
    register_texts: list[tuple[int, str, str]],
) -> list[Candidate]:
    """The checklist for a person in ``register_ids``: each processor (id, name, its
    registers) serving one of them once, then each register's recipients in words
    (register id, recipients, processors); a register's processors in words count only when
    no processor of the register is on record, and the same words are listed once."""
    held = set(register_ids)
    found: list[Candidate] = []
    served: set[int] = set()
    for processor_id, name, serves in processors:
        mine = held.intersection(serves)
        if mine:
            served |= mine
            found.append(Candidate(name, RecipientSource.PROCESSOR, processor_id=processor_id))
    seen_words = {c.name.casefold() for c in found}
    for register_id, recipients, processor_words in register_texts:
        if register_id not in held:
            continue
        texts = [recipients] + ([] if register_id in served else [processor_words])
        for words in texts:
            words = words.strip()
            if words and words.casefold() not in seen_words:
                seen_words.add(words.casefold())
                found.append(
                    Candidate(words, RecipientSource.REGISTER_TEXT, register_id=register_id)
                )
    return found
