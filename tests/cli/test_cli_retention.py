"""``customers hold`` and ``retention erase`` from a terminal: a hold placed and released; the
erasure's plan (--dry-run), the run and its archived report (--yes), and a refusal without
either flag or without the business's details; bad input refused with status 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import retention_scene
from helpers.sample import CONTROLLER, person

from tietosuoja_desktop.services import open_services


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
    status, text, _ = run("customers", "hold", str(customer_id), "--release", json_mode=False)
    assert status == 0 and "poistoesto purettiin" in text  # in Finnish
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
    status, _, err = run("customers", "hold", str(customer_id), *extra, json_mode=False)
    assert status == 2 and err.strip()
    assert held(data_dir, clock) == set()


@pytest.fixture
def scene(data_dir: Path, clock):
    with open_services(data_dir, clock) as services:
        services.controller.save(CONTROLLER)
        return retention_scene.build(services, 3, documents=False)


def remaining(data_dir: Path, clock) -> int:
    with open_services(data_dir, clock) as services:
        return services.customers.count()


def test_without_a_flag_the_erasure_refuses_and_erases_nothing(run, data_dir, clock, scene):
    before = remaining(data_dir, clock)
    status, _, err = run("retention", "erase", json_mode=False)
    assert status == 2 and "--dry-run" in err and "--yes" in err
    assert remaining(data_dir, clock) == before


def test_the_dry_run_prints_the_plan_and_erases_nothing(run, data_dir, clock, scene):
    before = remaining(data_dir, clock)
    status, plan, _ = run("retention", "erase", "--dry-run")
    assert status == 0
    assert (plan["people"], plan["orders_anonymised"], plan["orders_deleted"]) == (3, 3, 6)
    assert plan["skipped"] == {
        "legal_hold": 1,
        "open_request": 1,
        "restricted": 1,
        "other_register": 1,
    }
    assert [(r["years"], r["anchor"], r["people"]) for r in plan["rules"]] == [
        (5, "customer-since", 3)
    ]
    status, text, _ = run("retention", "erase", "--dry-run", json_mode=False)
    assert "poistettavia henkilöitä 3" in text and "poistoesto: 1" in text
    assert remaining(data_dir, clock) == before


def test_yes_erases_prints_the_totals_and_archives_the_report(run, data_dir, clock, scene):
    before = remaining(data_dir, clock)
    status, text, _ = run("retention", "erase", "--yes", "--lang", "sv", json_mode=False)
    assert status == 0
    assert "Poistettu 3 henkilöä; 3 tilausta säilytetty ilman henkilöä, 6 tilausta" in text
    assert remaining(data_dir, clock) == before - 3
    with open_services(data_dir, clock) as services:
        [report] = services.documents.archive("retention_run")
    assert report.title == "Raderingskörning" and f"asiakirjaksi {report.id}" in text
    status, out, _ = run("retention", "erase", "--yes")
    assert status == 0 and out["erased"] == 0 and out["plan"]["skipped"]["legal_hold"] == 1


def test_without_the_business_details_nothing_is_erased(run, data_dir, clock):
    with open_services(data_dir, clock) as services:
        retention_scene.build(services, 2, documents=False)
    before = remaining(data_dir, clock)
    status, _, err = run("retention", "erase", "--yes", json_mode=False)
    assert status == 2 and "Mitään ei poistettu" in err
    assert remaining(data_dir, clock) == before
