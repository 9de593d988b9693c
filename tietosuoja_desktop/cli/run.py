"""Running one command of ``tietosuoja``: the parser (only the named command's part), the
catalogue, the register's services, and what the person is told when it fails: exit status 2
with a message naming the field on bad input (nothing written then), 1 when it could not run."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..domain.i18n import QT_TRANSLATE_NOOP
from .output import CliError, Output
from .parser import DateText, build_parser
from .parser_groups import resolve
from .parser_scope import named_command


def _installed_translator(language: str):
    """The catalogue of ``language`` as a translate function: read without Qt (about 0.01 s
    instead of QtCore's 0.1 s), or by Qt's translator when the file is in a form only Qt
    reads."""
    # only when a text is translated: --version, --help and most --json output read none
    from .. import translation

    try:
        found = translation.catalogue_translate(language)
        return found or _qt_translator(language)
    except Exception:  # no catalogue: English source texts are still correct
        return None


def _qt_translator(language: str):
    """Install the Qt catalogue for ``language`` (QtCore only) and return a translate function."""
    # Qt only for a catalogue the plain reader does not know
    from PySide6.QtCore import QCoreApplication

    from .. import translation  # its install and translate use Qt

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    translation.install(app, language)
    return translation.translate


def _translator(language: str):
    """A translate function that reads the catalogue on its first text, so a command that
    prints no translated text never pays for it."""
    loaded: list = []

    def translate(context: str, source: str) -> str:
        if not loaded:
            loaded.append(_installed_translator(language))
        return loaded[0](context, source) if loaded[0] else source

    return translate


def _number_problems(args) -> list:
    """Every whole number the command line takes (ids, counts, offsets, limits, days, years) is
    from 0 up to what SQLite stores: a larger one cannot name a row, nor count any."""
    # after parsing: --version and --help load none of it
    from ..domain.activity_validation import number_problem

    problems = []
    for name, value in vars(args).items():
        numbers = value if isinstance(value, list) else [value]
        for number in numbers:
            if isinstance(number, int) and not isinstance(number, bool):
                found = number_problem(number, name)
                if found:
                    problems.append(found)
                    break
    return problems


def _read_dates(args) -> list:
    """Every date option, typed as 31.1.2026 or 2026-01-31, becomes a date on ``args``; what is
    no such date is a problem named after its option."""
    typed = [(name, value) for name, value in vars(args).items() if isinstance(value, DateText)]
    if not typed:
        return []
    # only for a command given a date: the import's messages (about 4 ms) for its wording
    from ..domain.csv_mapping import CONTEXT as IMPORT_CONTEXT
    from ..domain.csv_mapping import MSG_DATE
    from ..domain.csv_values import parse_typed_date
    from ..domain.field_rules import Problem
    from ..domain.i18n import Message

    problems = []
    for name, value in typed:
        day = parse_typed_date(value)
        if day is None:
            problems.append(Problem(name, Message(IMPORT_CONTEXT, MSG_DATE)))
        setattr(args, name, day)
    return problems


def run(argv: Sequence[str] | None, clock, settle: Callable[[], object] | None = None) -> int:
    """Run the command ``argv`` names (the process's arguments when None); ``settle`` is called
    once the command's modules are imported, before it runs."""
    # pyHanko logs every self-signed certificate with a traceback; the result says it plainly.
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    # A dependency's deprecation notice (pyHanko importing DSA from cryptography) is for its
    # developers, not for the person at the terminal; only for this run, so a test's warning
    # filters stay as set. Matched by module, so cryptography need not be imported to name it.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", module=r"(pyhanko|cryptography)(\.|$)")
        return _run(argv, clock, settle)


def _warn_if_synced(args, out: Output) -> None:
    """On stderr (``--json`` output stays one value) when the register's folder is in a
    cloud-synchronised one; the command still runs."""
    from ..domain.cloud_folders import warning as cloud_warning  # after parsing, as below
    from ..paths import resolve_data_dir, synced_data_folder

    data_dir = resolve_data_dir(args.data_dir)
    found = synced_data_folder(data_dir)
    if found is not None:
        print(out.render(cloud_warning(data_dir, found)), file=sys.stderr)


@lru_cache(maxsize=16)
def _parser(command: str | None) -> argparse.ArgumentParser:
    """The parser for ``command``, built once per process: a script (or the tests) running
    many commands parses each with the same one (argparse keeps nothing between parses), where
    building it took about 20 ms a command."""
    return build_parser(command)


def _run(argv: Sequence[str] | None, clock, settle: Callable[[], object] | None) -> int:
    parser = _parser(named_command(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)  # --version and --help end here, before any service loads
    handler = resolve(args.handler)

    # after parsing: --version and --help load none of it
    from ..domain.validation import ValidationError, raise_for_problems
    from ..services.errors import (
        DataFolderInUse,
        NotEnoughSpace,
        NotFound,
        OpenOnAnotherComputer,
        RegisterDamaged,
        RegisterMissing,
        RegisterTooNew,
        RuleViolation,
    )
    from .context import missing_text

    if settle is not None:
        settle()
    args.clock = clock
    out = Output(json_mode=args.json, translate=_translator(args.lang))
    _warn_if_synced(args, out)
    try:
        raise_for_problems(_number_problems(args) + _read_dates(args))
        return handler(args, out) or 0
    except ValidationError as error:
        for problem in error.problems:
            print(f"{problem.field}: {out.render(problem.message)}", file=sys.stderr)
        return 2
    except RuleViolation as error:
        prefix = f"{error.field}: " if error.field else ""
        print(prefix + out.render(error.message), file=sys.stderr)
        return 2
    except NotFound as error:
        print(out.render(error.message), file=sys.stderr)
        return 2
    except OpenOnAnotherComputer as error:  # before its parent, DataFolderInUse
        print(out.render(error.message), file=sys.stderr)
        return 1
    except DataFolderInUse as error:
        print(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The register in %1 is open in another program (Tietosuoja Desktop?). "
                    "Close it and try again.",
                ),
                error.folder,
            ),
            file=sys.stderr,
        )
        return 1
    except (RegisterTooNew, NotEnoughSpace) as error:
        print(out.render(error.message), file=sys.stderr)
        return 1
    except RegisterMissing as error:
        print(missing_text(out, error), file=sys.stderr)
        return 1
    except RegisterDamaged as error:
        backup = error.latest_backup
        print(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The register file %1 is damaged. Restore the latest good backup with "
                    "'tietosuoja backup restore %2'.",
                ),
                error.path,
                backup if backup else "FILE",
            ),
            file=sys.stderr,
        )
        return 1
    except CliError as error:
        print(str(error), file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into head: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
