"""A register a newer version of the app migrated: every command, ``check`` too, says so in
the user's language and exits 1, instead of Alembic's traceback, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.lost_register import snapshot
from helpers.registers import stamp_revision

from tietosuoja_desktop.cli import main
from tietosuoja_desktop.storage import migrate

COMMANDS = {
    "check": ("check",),
    "list": ("--json", "customers", "list"),
    "add": ("customers", "add", "--first-name", "Uusi", "--email", "uusi@example.fi"),
}


@pytest.fixture
def newer(data_dir: Path) -> Path:
    stamp_revision(data_dir, "9999")
    return data_dir


def run(capsys, clock, data_dir: Path, lang: str, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), "--lang", lang, *args], clock=clock)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_newer_register_in_english(newer, clock, capsys, command):
    before = snapshot(newer)
    status, out, err = run(capsys, clock, newer, "en", *COMMANDS[command])
    assert status == 1, (out, err)
    assert "Traceback" not in err and "Can't locate revision" not in err
    assert (out + err).strip() == (  # check prints its findings; the others, an error
        f"The register in {newer} was saved by a newer version of Tietosuoja Desktop (schema "
        f"9999; this version knows up to {migrate.HEAD}). Install the newer version to open "
        "it; nothing was changed."
    )
    assert snapshot(newer) == before  # nothing written, no copy made


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_message_is_in_the_users_language(newer, clock, capsys, lang):
    status, _, err = run(capsys, clock, newer, lang, "--json", "customers", "list")
    assert status == 1
    assert str(newer) in err and "9999" in err and migrate.HEAD in err
    word = {"fi": "uudempi", "sv": "nyare"}[lang]
    assert word in err.lower() and "newer version" not in err


def test_check_says_so_in_json(newer, clock, capsys):
    status, out, err = run(capsys, clock, newer, "fi", "--json", "check")
    assert status == 1, err
    result = json.loads(out)
    assert result["ok"] is False and result["latest_good_backup"] is None
    assert "9999" in result["problems"][0]
