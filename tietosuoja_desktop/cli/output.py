"""What the command line prints: translated messages for people, one JSON value for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.clock import format_date
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.masking import mask_personal_id
from ..domain.serialise import to_json

if TYPE_CHECKING:  # the records module is large; --help needs none of it
    from ..domain.records import Customer


class CliError(Exception):
    """Stop the command with a message and an exit status (2: bad input, 1: could not run)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def customer_json(customer: Customer, *, reveal_personal_id: bool = False) -> dict[str, Any]:
    data = to_json(customer)
    if not reveal_personal_id:
        data["personal_id"] = mask_personal_id(customer.personal_id)
    return data


class Output:
    def __init__(self, *, json_mode: bool, translate) -> None:
        self.json_mode = json_mode
        self._translate = translate

    def tr(self, source: str, *args: object) -> str:
        """``source`` (marked with QT_TRANSLATE_NOOP in context "Cli") in the user's language."""
        return Message("Cli", source, tuple(str(a) for a in args)).render(self._translate)

    def render(self, message: Message) -> str:
        return message.render(self._translate)

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """One JSON value in --json mode, else the human text (if any). ``text`` may be a
        function making it, called only then: a table's translated headers and formatted
        phones load Qt and phonenumbers (about 0.2 s) that JSON output does not need."""
        if self.json_mode:
            sys.stdout.write(json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n")
        elif text is not None:
            print(text() if callable(text) else text)

    def not_saved(self, path: object, error: OSError) -> CliError:
        """The refusal when ``path`` could not be written (exit status 1)."""
        reason = error.strerror or error
        return CliError(self.tr(QT_TRANSLATE_NOOP("Cli", "Could not save %1: %2"), path, reason), 1)

    def save(self, path: Path, data: bytes, *, make_folder: bool = False) -> str:
        """Write ``data`` to ``path`` (its folder made first when asked); its absolute path."""
        try:
            if make_folder:
                path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as error:
            raise self.not_saved(path, error) from None
        return str(path.resolve())

    def table(self, headers: list[str], rows: list[list[str]]) -> str:
        if not rows:
            return ""
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        for row in rows:
            lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        return "\n".join(lines)


def day(value: date | None) -> str:
    return format_date(value) if value else ""
