"""The command line's tests: ``run`` runs ``tietosuoja --data-dir D --json ARGS`` in-process
(helpers/cli_runner.py). A module wanting other defaults (English messages, text output) or a
business set up first overrides ``run`` with its own, built on this one or on ``cli_runner``."""

from __future__ import annotations

import pytest
from helpers.cli_runner import cli_runner


@pytest.fixture
def run(data_dir, clock, capsys):
    return cli_runner(data_dir, clock, capsys)


@pytest.fixture
def run_en(data_dir, clock, capsys):
    """``run`` with English messages (``--lang en``)."""
    return cli_runner(data_dir, clock, capsys, lang="en")
