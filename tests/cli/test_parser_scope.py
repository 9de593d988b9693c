"""Building only the named command gives the same parse, help and errors as the whole parser
(issue 18: the ~90 sub-parsers cost a command about 0.03 s)."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from tietosuoja_desktop.cli.parser import build_parser
from tietosuoja_desktop.cli.parser_scope import SKIPPED, named_command


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["customers", "search", "x"], "customers"),
        (["--json", "requests", "list"], "requests"),
        (["--data-dir", "/tmp/x", "--lang", "sv", "--json", "customers", "list"], "customers"),
        (["--data-dir=/tmp/x", "--lang=en", "backup", "list"], "backup"),
        (["--data-dir", "--json", "check"], "check"),  # --json is the folder's name here
        (["nonsense", "--json"], "nonsense"),
        (["--help"], None),
        (["-h", "customers"], None),
        (["--data", "/tmp/x", "customers", "list"], None),  # argparse completes --data
        (["--version"], None),
        ([], None),
    ],
)
def test_the_named_command_is_the_first_word_after_the_global_options(argv, command):
    assert named_command(argv) == command


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _helps(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, help text) of the parser and every sub-parser under it."""
    yield path, parser.format_help()
    for name, sub in _subparsers(parser).items():
        yield from _helps(sub, (*path, name))


def test_each_command_built_alone_reads_as_in_the_whole_parser():
    whole = build_parser()
    commands = _subparsers(whole)
    assert len(commands) > 30
    for name, sub in commands.items():
        alone = build_parser(name)
        assert alone.format_help() == whole.format_help()
        assert dict(_helps(_subparsers(alone)[name])) == dict(_helps(sub)), name
        others = [n for n, p in _subparsers(alone).items() if n != name and _subparsers(p)]
        assert not others, f"{name}: {others} built too"


def _parse(parser: argparse.ArgumentParser, argv: list[str]):
    """The namespace, or the exit status and message of a refusal."""
    error = io.StringIO()
    with contextlib.redirect_stderr(error), contextlib.redirect_stdout(io.StringIO()):
        try:
            return vars(parser.parse_args(argv))
        except SystemExit as stop:
            return stop.code, error.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["--json", "customers", "search", "Virtanen", "--limit", "5"],
        ["--lang", "sv", "requests", "list"],
        ["customers", "list", "--sort", "name", "--marketing", "allowed"],
        ["breaches", "add", "--occurred", "2026-01-31T10:00"],
        ["customers", "serch", "x"],  # a mistyped subcommand
        ["custmers", "search", "x"],  # a mistyped command
        ["customers", "search"],  # a missing argument
        ["--lang", "de", "customers", "search", "x"],
    ],
    ids=" ".join,
)
def test_a_command_line_parses_the_same_with_its_command_alone(argv):
    assert _parse(build_parser(named_command(argv)), argv) == _parse(build_parser(), argv)


def test_a_skipped_command_takes_any_call_and_builds_nothing():
    assert SKIPPED.add_subparsers(dest="x").add_parser("y").add_argument("--z") is SKIPPED
    assert SKIPPED.set_defaults(handler="commands_customers:search") is SKIPPED
