"""The demo register's random draws: a seeded stream with cheap draws, and valid Finnish
identifiers (Y-tunnus, henkilötunnus) and e-mail names made from it (services/demo.py)."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

T = TypeVar("T")

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


class Draw:
    """A seeded random stream with cheap draws (``random.choice`` costs five times more, and
    the generator draws some thirty times per customer). Only ``random()`` is used, whose
    sequence for a seed is stable across Python versions."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.random = random.Random(seed).random

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def below(self, high: int) -> int:
        return int(self.random() * high)

    def between(self, low: int, high: int) -> int:
        """From ``low`` up to but not including ``high``."""
        return low + int(self.random() * (high - low))

    def chance(self, probability: float) -> bool:
        return self.random() < probability


def business_id(draw: Draw) -> str:
    """A random Y-tunnus with a valid check digit (remainder 1 has none: draw again)."""
    while True:
        digits = f"{draw.between(100_000, 3_400_000):07d}"
        remainder = sum(int(d) * w for d, w in zip(digits, BUSINESS_ID_WEIGHTS, strict=True)) % 11
        if remainder != 1:
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


def personal_id(draw: Draw, born: date) -> str:
    """A henkilötunnus for ``born`` with an ordinary individual number and its check character."""
    individual = f"{draw.between(2, 900):03d}"
    stem = f"{born:%d%m%y}"
    sign = "-" if born.year < 2000 else "A"
    return f"{stem}{sign}{individual}{CHECK_CHARACTERS[int(stem + individual) % 31]}"


def ascii_fold(text: str) -> str:
    """ASCII letters and digits, lower case, for an e-mail address (Åsa Öhman -> asaohman)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
