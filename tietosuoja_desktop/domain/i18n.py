"""Translatable messages without Qt.

The domain marks user-visible text with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` extracts
it into ``translations/*.ts``; the outer layers translate a :class:`Message` when they show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction in ``context``; returns it unchanged."""
    del context
    return source


@dataclass(frozen=True)
class Message:
    """A user-visible message: the English source text with ``%1``-style placeholders."""

    context: str
    source: str
    args: tuple[str, ...] = field(default_factory=tuple)

    def render(self, translate=None) -> str:
        """The text in the language ``translate(context, source)`` gives (English without one)."""
        text = translate(self.context, self.source) if translate else self.source
        # Replace from the highest index down so %1 does not eat the start of %10.
        for index in range(len(self.args), 0, -1):
            text = text.replace(f"%{index}", self.args[index - 1])
        return text
