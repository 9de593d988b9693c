"""Building only the command the command line names (issue 18: a read command under 0.5 s).

All ~90 sub-parsers cost a command about 0.03 s to build, while it parses with one. When the
first word after the global options is plain, every top-level command is still named with its
help (the usage, ``--help`` of the command and argparse's "invalid choice" read the same), but
only the named one gets its arguments and subcommands. Anything else (``--help`` before the
command, an abbreviated option argparse would complete) builds the whole parser."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

# The global options that take a value (parser.build_parser), as typed in full.
VALUE_OPTIONS = ("--data-dir", "--lang")
FLAG_OPTIONS = ("--json",)


def named_command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (its first word after the global options), or None when
    that is not plain to see without argparse."""
    words = iter(argv)
    for word in words:
        if word in FLAG_OPTIONS or ("=" in word and word.split("=", 1)[0] in VALUE_OPTIONS):
            continue
        if word in VALUE_OPTIONS:
            next(words, None)
            continue
        return None if word.startswith("-") else word
    return None


class _Skipped:
    """Stands for the parser of a command the command line does not name: takes its arguments
    and subcommands, building nothing."""

    def __getattr__(self, name: str):
        return self._take

    def _take(self, *args: object, **kwargs: object) -> _Skipped:
        return self


SKIPPED = _Skipped()


class Commands(argparse._SubParsersAction):
    """The top-level commands. With ``wanted`` set, the others get an empty parser (their
    name and help) and the builders' calls on it are skipped."""

    wanted: str | None = None

    def add_parser(self, name: str, **kwargs):
        parser = super().add_parser(name, **kwargs)
        if self.wanted is None or name == self.wanted:
            return parser
        return SKIPPED
