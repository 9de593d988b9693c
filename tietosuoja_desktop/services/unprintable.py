"""Characters a document cannot print, told before the document is kept.

The documents room marks each character its fonts cannot draw (emoji, rare scripts) with "�" and
notes it (``documents.script``). A document service builds inside :func:`noting`, and, when the
caller asks to be told first, raises :class:`UnprintableCharacters` before anything is signed,
archived or saved; the caller shows the list and, if the person goes on, builds again allowing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from .errors import RuleViolation

# How much of the text around a character is shown: enough to find it, never a whole letter.
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class UnprintableCharacter:
    """One character the document cannot print: "😀", "U+1F600", "GRINNING FACE", and the
    texts (shortened) it was found in."""

    character: str
    code: str
    name: str
    texts: tuple[str, ...]


def _shorten(text: str, character: str) -> str:
    text = " ".join(text.split())
    if len(text) <= CONTEXT_CHARS:
        return text
    at = text.index(character)
    start = max(0, min(at - CONTEXT_CHARS // 2, len(text) - CONTEXT_CHARS))
    cut = text[start : start + CONTEXT_CHARS]
    return ("…" if start else "") + cut + ("…" if start + CONTEXT_CHARS < len(text) else "")


def grouped(found: Sequence) -> tuple[UnprintableCharacter, ...]:
    """``documents.script.Unprintable`` entries, one per character in the order met."""
    texts: dict[str, list[str]] = {}
    first: dict[str, object] = {}
    for entry in found:
        first.setdefault(entry.character, entry)
        shortened = _shorten(entry.text, entry.character)
        listed = texts.setdefault(entry.character, [])
        if shortened not in listed:
            listed.append(shortened)
    return tuple(
        UnprintableCharacter(char, entry.code, entry.name, tuple(texts[char]))
        for char, entry in first.items()
    )


def describe(characters: Sequence[UnprintableCharacter]) -> str:
    """One line a character: ``"😀" U+1F600 GRINNING FACE: "Matti 😀"``."""
    return "\n".join(
        f'"{c.character}" {c.code} {c.name}: ' + ", ".join(f'"{text}"' for text in c.texts)
        for c in characters
    )


def warning(characters: Sequence[UnprintableCharacter]) -> Message:
    """The warning, with the list in its second placeholder."""
    return Message(
        "Documents",
        QT_TRANSLATE_NOOP(
            "Documents",
            "The document's font cannot print %1 character(s); they are printed as \ufffd:\n%2",
        ),
        (str(len(characters)), describe(characters)),
    )


class UnprintableCharacters(RuleViolation):
    """Raised before a document is kept when it would print characters as "�" and the caller
    asked to be told first (``allow_unprintable=False``)."""

    def __init__(self, characters: Sequence[UnprintableCharacter]) -> None:
        super().__init__(warning(characters), "unprintable")
        self.characters = tuple(characters)


def noting(build: Callable[[], bytes], *, allow: bool) -> tuple[bytes, tuple]:
    """The PDF ``build`` makes and the characters it could not print; raises
    :class:`UnprintableCharacters` instead when there are some and they are not ``allow``-ed."""
    # the documents package (reportlab) only when a document is built
    from ..documents.script import collecting

    with collecting() as found:
        pdf = build()
    characters = grouped(found)
    if characters and not allow:
        raise UnprintableCharacters(characters)
    return pdf, characters
