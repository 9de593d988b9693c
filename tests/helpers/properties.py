"""How many examples a property test draws: every one in ``make test`` (and CI); a fifth in
the quick loop, ``make test-fast``, which sets ``TIETOSUOJA_QUICK_TESTS=1`` - enough to catch a
plain mistake while working, while the whole suite keeps its full search."""

from __future__ import annotations

import os

QUICK = os.environ.get("TIETOSUOJA_QUICK_TESTS") == "1"


def examples(count: int) -> int:
    """``count`` examples, or a fifth of them (at least one) in the quick loop."""
    return max(1, count // 5) if QUICK else count
