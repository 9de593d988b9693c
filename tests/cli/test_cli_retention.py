"""``customers hold`` and ``retention erase`` from a terminal: a hold placed and released, bad
input refused with status 2 and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.cli_runner import cli_runner
from helpers.sample import person

from tietosuoja_desktop.services import open_services


@pytest.fixture
def run(data_dir: Path, clock, capsys):
    return cli_runner(data_dir, clock, capsys)


@pytest.fixture
def customer_id(data_dir: Path, clock) -> int:
    with open_services(data_dir, clock) as services:
        return services.customers.add(person()).id


def held(data_dir: Path, clock) -> set[int]:
    with open_services(data_dir, clock) as services:
        return services.holds.held_ids(clock.today())


def test_a_hold_is_placed_and_released(run, data_dir, clock, customer_id):
    status, out, _ = run(
        "customers", "hold", str(customer_id), "--reason", "Riita", "--until", "31.12.2027"
    )
    assert status == 0
    assert (out["reason"], out["until"]) == ("Riita", "2027-12-31")
    assert held(data_dir, clock) == {customer_id}
    status, text, _ = run("customers", "hold", str(customer_id), "--release", as_json=False)
    assert status == 0 and "released" in text
    assert held(data_dir, clock) == set()


@pytest.mark.parametrize(
    "extra",
    [
        ["--reason", "Riita"],  # no end date
        ["--until", "31.12.2027"],  # no reason
        ["--release", "--reason", "Riita"],
        ["--reason", "Riita", "--until", "1.1.2020"],  # already ended
    ],
)
def test_an_incomplete_hold_is_refused(run, data_dir, clock, customer_id, extra):
    status, _, err = run("customers", "hold", str(customer_id), *extra, as_json=False)
    assert status == 2 and err.strip()
    assert held(data_dir, clock) == set()
