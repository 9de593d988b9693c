"""The command line starts like a command line: ``--version`` and ``--help`` load no service,
and every handler the parser names exists."""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tietosuoja_desktop.cli.parser import build_parser
from tietosuoja_desktop.cli.parser_groups import resolve

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "reportlab", "pyhanko", "cryptography", "PySide6", "stdnum")
PROBE = """
import json, sys
from tietosuoja_desktop.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
loaded = sorted({{name.split(".")[0] for name in sys.modules}})
app = sorted(n for n in sys.modules if n.startswith("tietosuoja_desktop."))
services = [n for n in app if n.startswith("tietosuoja_desktop.services")]
models = sys.modules.get("tietosuoja_desktop.storage.models")
mapped = bool(models) and models.RequestRow.__mapper__.configured
report = {{"top": loaded, "services": services, "app": app, "mappers configured": mapped}}
print(json.dumps(report), file=sys.stderr)
"""


def _probe(argv: list[str], probe: str = PROBE) -> tuple[str, dict]:
    """Run the command in a fresh process: its stdout, and what ``probe`` reports (by default
    what it had imported)."""
    result = subprocess.run(
        [sys.executable, "-c", probe.format(argv=argv)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout, json.loads(result.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["customers", "--help"]])
def test_version_and_help_import_no_service_database_or_document_library(argv):
    out, loaded = _probe(argv)
    assert out.strip()  # the version or the help text was printed
    assert not [name for name in HEAVY if name in loaded["top"]]
    assert loaded["services"] == []
    if argv == ["--version"]:  # issue 18: not even the parser or a domain module
        assert loaded["app"] == ["tietosuoja_desktop.cli"]


def _handlers(parser: argparse.ArgumentParser):
    """Every (command path, handler) the parser sets, through all subcommand levels."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                handler = sub.get_default("handler")
                if handler is not None:
                    yield name, handler
                yield from _handlers(sub)


def test_every_handler_named_by_the_parser_resolves_to_a_function():
    handlers = list(_handlers(build_parser()))
    assert len(handlers) > 60
    for name, handler in handlers:
        assert callable(resolve(handler)), name


def test_version_alone_is_printed_without_building_the_parser(capsys, monkeypatch):
    """``--version`` alone answers before the ~90 sub-parsers are built (issue 18: < 0.15 s);
    the same words as argparse's own ``--version``."""
    from tietosuoja_desktop import __version__, cli
    from tietosuoja_desktop.cli import run

    monkeypatch.setattr(run, "build_parser", lambda *_: pytest.fail("the parser was built"))
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"tietosuoja {__version__}\n"


@pytest.fixture
def one_customer(tmp_path: Path) -> Path:
    from tietosuoja_desktop.cli import main

    folder = tmp_path / "data"
    status = main(
        [
            *("--data-dir", str(folder), "--json", "customers", "add"),
            *("--first-name", "Aino", "--last-name", "Virtanen", "--phone", "0401234567"),
        ]
    )
    assert status == 0
    return folder


@pytest.mark.parametrize(
    "command", [["customers", "search", "Virtanen"], ["requests", "list"]], ids=" ".join
)
def test_a_json_read_command_loads_neither_qt_nor_phone_formatting(one_customer, command):
    """Issue 18: a read command under 0.5 s. Its JSON has no translated text and no formatted
    phone, so Qt and phonenumbers (about 0.2 s of the start) are not loaded for it."""
    out, loaded = _probe(["--data-dir", str(one_customer), "--json", *command])
    data = json.loads(out)
    assert isinstance(data, list)
    if command[0] == "customers":
        assert [(c["last_name"], c["phone"]) for c in data] == [("Virtanen", "+358401234567")]
    else:  # the list reads the tables' own columns: the ORM's mappers are never configured
        assert loaded["mappers configured"] is False
    assert "PySide6" not in loaded["top"]
    assert "phonenumbers" not in loaded["top"]
    assert "alembic" not in loaded["top"]  # the register is at the newest schema
    assert "tietosuoja_desktop.domain.csv_mapping" not in loaded["app"]  # no date was typed
    assert "tietosuoja_desktop.services.documents" not in loaded["app"]  # nor signs anything


@pytest.mark.parametrize(("language", "header"), [("fi", "Nimi"), ("sv", "Namn"), ("en", "Name")])
def test_the_same_read_command_as_a_table_is_translated_without_qt(one_customer, language, header):
    """The table's headers come from the compiled catalogue, read without QtCore (about 0.1 s
    of the start); the phone is still formatted."""
    out, loaded = _probe(
        ["--data-dir", str(one_customer), "--lang", language, "customers", "search", "Virtanen"]
    )
    assert header in out.splitlines()[0]
    assert "Virtanen, Aino" in out and "040 123 4567" in out
    assert "PySide6" not in loaded["top"]


COLLECTOR_PROBE = """
import gc, json, sys
from tietosuoja_desktop.cli import commands_customers, main

search = commands_customers.search
seen = {{}}


def watched(args, out):
    seen["enabled"], seen["frozen"] = gc.isenabled(), gc.get_freeze_count()
    return search(args, out)


commands_customers.search = watched
sys.argv = ["tietosuoja", *{argv!r}]
status = main()
print(json.dumps({{"status": status, "seen": seen, "enabled": gc.isenabled()}}), file=sys.stderr)
"""


def test_a_command_run_as_the_process_freezes_its_modules_for_the_collector(one_customer):
    """Issue 18: without argv (the ``tietosuoja`` script) the collector is off while modules
    load, the loaded objects are frozen, and it is on again while the command runs."""
    argv = ["--data-dir", str(one_customer), "--json", "customers", "search", "Virtanen"]
    out, report = _probe(argv, COLLECTOR_PROBE)
    assert report["status"] == 0
    assert [c["last_name"] for c in json.loads(out)] == ["Virtanen"]
    assert report["seen"]["enabled"] is True
    assert report["seen"]["frozen"] > 20_000  # SQLAlchemy's and the app's module objects
    assert report["enabled"] is True


def test_a_command_called_with_argv_leaves_the_collector_as_it_was(one_customer):
    """Tests and scripts that call main(argv) in their own process keep their collector."""
    from tietosuoja_desktop.cli import main

    frozen = gc.get_freeze_count()
    assert main(["--data-dir", str(one_customer), "--json", "customers", "search", "x"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
