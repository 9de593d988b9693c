"""``tietosuoja-desktop --selftest``: the check every built bundle runs before it ships, here on
the source version, in-process and as a program of its own."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tietosuoja_desktop.ui import app, selftest

STEPS = (
    "Qt application",
    "translations",
    "legal clock",
    "register and migrations",
    "business profile and register",
    "signed privacy statement",
    "statement read back",
    "signature verified",
    "encrypted register",
)


def test_the_flag_is_parsed():
    assert app.parse_args(["--selftest"]).selftest
    assert not app.parse_args([]).selftest


def test_every_step_passes_and_prints_one_ok_line(qapp):
    out = io.StringIO()
    assert selftest.run_selftest(out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Tietosuoja Desktop ") and "self-test" in lines[0]
    assert [line.partition(":")[0] for line in lines[1:-1]] == [f"OK {step}" for step in STEPS]
    assert lines[-1].startswith("OK self-test passed in ")
    assert "signer Itsetesti Tmi" in lines[-3]
    assert "wrong passphrase refused" in lines[-2]


def test_the_temporary_register_is_removed_and_the_users_untouched(qapp, tmp_path):
    test = selftest.SelfTest(io.StringIO())
    assert test.run() == 0
    assert not test.folder.exists()
    assert not Path(os.environ["TIETOSUOJA_DATA_DIR"]).exists()


def test_a_failed_check_says_which_step_and_why(qapp, monkeypatch):
    monkeypatch.setattr(selftest, "EXPECTED_WORDS", ("Tietosuojaseloste", "Kirahvi"))
    out = io.StringIO()
    test = selftest.SelfTest(out)
    assert test.run() == 1
    text = out.getvalue()
    assert "FAILED statement read back: the statement does not contain Kirahvi" in text
    assert "OK signed privacy statement" in text
    assert "signature verified" not in text
    assert "self-test passed" not in text
    assert not test.folder.exists()


def test_an_unexpected_error_is_shown_with_its_traceback(qapp, monkeypatch):
    def broken(self):
        raise ValueError("the disk said no")

    monkeypatch.setattr(selftest.SelfTest, "describe", broken)
    out = io.StringIO()
    assert selftest.run_selftest(out) == 1
    text = out.getvalue()
    assert "FAILED business profile and register: the disk said no" in text
    assert "Traceback (most recent call last)" in text


def test_without_standard_output_the_lines_go_to_a_file(qapp, monkeypatch, tmp_path):
    """A windowed Windows build has no stdout; CI reads the log file instead."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert selftest.run_selftest() == 0
    log = (tmp_path / selftest.LOG_NAME).read_text(encoding="utf-8")
    assert log.splitlines()[-1].startswith("OK self-test passed")


@pytest.mark.usefixtures("qapp")
def test_the_program_checks_itself_and_exits_zero(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [sys.executable, "-m", "tietosuoja_desktop", "--selftest"],
        env=env,  # the self-test chooses the offscreen platform itself
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK Qt application: platform offscreen" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("OK self-test passed")
    assert "Traceback" not in result.stderr
