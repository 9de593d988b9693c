"""The search key that stored search lines and queries share: its quick paths give exactly
what the plain definition gives."""

from __future__ import annotations

from helpers.properties import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from tietosuoja_desktop.domain.listing import search_key

PIECES = ["", "Aino", "ÄÖ", "040 123 4567", "+358401234567", "(09) 12-34", "ﬁ", "ß", "²3",
          "  x  y ", "A\tB", "٣٤", "3354302-8", "a@example.fi", "+", "-()", " 0", "(",
          "1a"]  # fmt: skip


def plain_search_key(text: str) -> str:
    folded = " ".join(text.casefold().split())
    if folded and all(ch.isdigit() or ch in " +-()" for ch in folded):
        folded = folded.replace(" ", "").replace("(", "").replace(")", "")
    return folded


@settings(max_examples=examples(800), deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=4).map("".join) | st.text(max_size=12))
def test_search_key_is_the_plain_definition(text):
    assert search_key(text) == plain_search_key(text)


def test_phone_numbers_lose_their_spaces_and_brackets_and_names_keep_theirs():
    assert search_key("(09) 123 45") == "0912345"
    assert search_key("٣٤ ٥") == "٣٤٥"
    assert search_key("Åsa  Öhman") == "åsa öhman"
    assert search_key("040 123 A") == "040 123 a"
