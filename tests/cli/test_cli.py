"""The command line as scripts use it: JSON out, exit status 2 on bad input, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers.registers import TEST_PASSPHRASE

from tietosuoja_desktop.services import open_services


@pytest.fixture
def business(run):
    status, profile, _ = run(
        "init",
        "--name",
        "Kahvila Esimerkki Tmi",
        "--business-id",
        "3354302-8",
        "--email",
        "info@kahvila.fi",
        "--city",
        "Turku",
    )
    assert status == 0 and profile["business_id"] == "3354302-8"
    status, register, _ = run(
        "register",
        "add",
        "--name",
        "Asiakasrekisteri",
        "--purpose",
        "contract:Tilausten toimittaminen",
        "--purpose",
        "legitimate-interests:Asiakasviestintä",
        "--legitimate-interest",
        "Asiakassuhteen ylläpito",
        "--retention-years",
        "5",
        "--retention-text",
        "Viisi vuotta",
    )
    assert status == 0
    return register


def add_customer(run, register_id: int, *extra: str) -> dict:
    status, customer, err = run(
        "customers",
        "add",
        "--first-name",
        "Matti",
        "--last-name",
        "Meikäläinen",
        "--email",
        "matti@example.fi",
        "--phone",
        "040 123 4567",
        "--register",
        str(register_id),
        *extra,
    )
    assert status == 0, err
    return customer


def test_init_register_and_customer_round_trip(run, business):
    customer = add_customer(run, business["id"])
    assert isinstance(customer["id"], int)
    assert customer["phone"] == "+358401234567"
    assert {"id", "first_name", "last_name", "organisation", "email", "phone"} <= customer.keys()

    status, registers, _ = run("register", "list")
    assert [r["name"] for r in registers] == ["Asiakasrekisteri"]
    assert registers[0]["purposes"][1]["legal_basis"] == "legitimate_interests"

    status, found, _ = run("customers", "search", "MEIK")
    assert [c["id"] for c in found] == [customer["id"]]
    status, shown, _ = run("customers", "show", str(customer["id"]))
    assert shown["register_ids"] == [business["id"]]
    assert shown["orders"] == [] and shown["consents"] == []


def test_the_list_carries_the_registers_as_show_does(run, business):
    status, other, _ = run("register", "add", "--name", "Markkinointi", "--purpose",
                           "consent:Uutiskirje", "--retention-text", "Kunnes peruttu")  # fmt: skip
    assert status == 0
    both = add_customer(run, business["id"], "--register", str(other["id"]))
    one = add_customer(run, business["id"], "--first-name", "Aino")
    status, listed, _ = run("customers", "list")
    assert status == 0
    by_id = {customer["id"]: customer["register_ids"] for customer in listed}
    assert by_id == {both["id"]: [business["id"], other["id"]], one["id"]: [business["id"]]}
    for customer in listed:
        shown = run("customers", "show", str(customer["id"]))[1]
        assert shown["register_ids"] == customer["register_ids"]


def test_bad_input_exits_2_names_the_field_and_writes_nothing(run, business, data_dir):
    status, out, err = run(
        "customers",
        "add",
        "--first-name",
        "Maija",
        "--email",
        "maija@",
        "--business-id",
        "1234567-2",
        "--phone",
        "12",
    )
    assert status == 2
    assert out is None  # nothing printed
    for field in ("email", "business_id", "phone"):
        assert f"{field}:" in err
    status, listing, _ = run("customers", "list")
    assert listing == []


def test_bad_date_is_refused_with_status_2(run, business, capsys):
    status, _, err = run(
        "requests", "add", "--type", "access", "--received", "31.2.2026", "--requester", "Joku"
    )
    assert status == 2
    assert "received:" in err


def test_henkilotunnus_is_masked_unless_asked(run, business):
    customer = add_customer(run, business["id"], "--personal-id", "131052-308T")
    assert customer["personal_id"] == "131052-****"
    _, shown, _ = run("customers", "show", str(customer["id"]), "--show-personal-id")
    assert shown["personal_id"] == "131052-308T"


def test_requests_due_dates_and_listing(run, business, clock):
    customer = add_customer(run, business["id"])
    status, request, _ = run(
        "requests",
        "add",
        "--type",
        "access",
        "--received",
        "2026-11-02",
        "--customer",
        str(customer["id"]),
    )
    assert status == 0
    assert request["type"] == "access"
    assert request["due"] == "2026-12-02"
    assert request["extension_notice_by"] == "2026-12-02"
    assert request["extended_due"] is None
    status, unknown, _ = run(
        "requests",
        "add",
        "--type",
        "marketing-objection",
        "--received",
        "2026-09-03",
        "--requester",
        "Tuntematon Henkilö",
    )
    assert unknown["type"] == "marketing-objection" and unknown["customer_id"] is None
    assert unknown["due"] == "2026-10-05"

    _, overdue, _ = run("requests", "list", "--overdue")
    assert [r["id"] for r in overdue] == [unknown["id"]]
    _, soon, _ = run("requests", "list", "--due-within", "9")
    assert [r["id"] for r in soon] == []
    _, month, _ = run("requests", "list", "--due-within", "10")
    assert [r["id"] for r in month] == [request["id"]]


def test_extension_within_and_after_the_notice_deadline(run, business, clock):
    clock.set(date(2026, 12, 30))
    status, request, _ = run(
        "requests",
        "add",
        "--type",
        "erasure",
        "--received",
        "2026-11-30",
        "--requester",
        "Maija Mallikas",
    )
    status, extended, _ = run(
        "requests", "extend", str(request["id"]), "--reason", "Useita laajoja pyyntöjä"
    )
    assert status == 0
    assert extended["extended_due"] == "2027-03-01"  # 28.2.2027 is a Sunday
    assert extended["status"] == "extended"

    _, late, _ = run(
        "requests",
        "add",
        "--type",
        "access",
        "--received",
        "2026-10-01",
        "--requester",
        "Myöhäinen",
    )
    status, out, err = run("requests", "extend", str(late["id"]), "--reason", "Kiire")
    assert status == 2 and "extended_on" in err
    _, again, _ = run("requests", "show", str(late["id"]))
    assert again["status"] == "open" and again["extended_due"] is None


def test_complete_refuse_and_closed_requests(run, business):
    _, first, _ = run("requests", "add", "--type", "access", "--requester", "A")
    _, second, _ = run("requests", "add", "--type", "objection", "--requester", "B")
    status, done, _ = run("requests", "complete", str(first["id"]), "--outcome", "Lähetetty")
    assert done["status"] == "completed" and done["days_left"] is None
    status, refused, _ = run("requests", "refuse", str(second["id"]), "--reason", "Perusteeton")
    assert refused["status"] == "refused"
    status, _, err = run("requests", "complete", str(second["id"]))
    assert status == 2 and "status" in err


def test_flags_consents_orders_and_erasure(run, business, data_dir):
    customer = add_customer(run, business["id"])
    cid = str(customer["id"])
    assert run("customers", "restrict", cid)[1]["restricted_on"] == "2026-11-22"
    assert run("customers", "prohibit-marketing", cid)[1]["marketing_prohibited_on"]
    assert run("consents", "add", "--customer", cid, "--purpose", "Uutiskirje")[0] == 0
    assert (
        run("consents", "add", "--customer", cid, "--purpose", "Uutiskirje", "--withdrawn")[0] == 0
    )
    _, events, _ = run("consents", "list", "--customer", cid)
    assert [e["action"] for e in events] == ["given", "withdrawn"]
    _, order, _ = run(
        "orders",
        "add",
        "--customer",
        cid,
        "--date",
        "2025-03-01",
        "--amount",
        "1 234,50",
        "--reference",
        "T-1",
    )
    assert order["amount_cents"] == 123450
    status, _, err = run("orders", "add", "--customer", cid, "--amount", "12.345")
    assert status == 2 and "amount" in err

    _, preview, _ = run("customers", "erase", cid, "--preview")
    assert preview["deleted"]["consents"] == 2 and len(preview["anonymised_orders"]) == 1
    _, summary, _ = run("customers", "erase", cid, "--yes")
    assert summary["anonymised_orders"][0]["keep_until"] == "2031-12-31"
    status, _, err = run("customers", "show", cid)
    assert status == 2


def test_erase_without_terminal_or_yes_is_refused(run, business, monkeypatch):
    customer = add_customer(run, business["id"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = run("customers", "erase", str(customer["id"]))
    assert status == 2 and "--yes" in err
    assert run("customers", "show", str(customer["id"]))[0] == 0


def test_customer_list_filters(run, business):
    first = add_customer(run, business["id"])
    second = add_customer(run, business["id"], "--email", "toinen@example.fi")
    run("customers", "prohibit-marketing", str(second["id"]))
    _, allowed, _ = run("customers", "list", "--marketing", "allowed")
    _, prohibited, _ = run("customers", "list", "--marketing", "prohibited")
    assert [c["id"] for c in allowed] == [first["id"]]
    assert [c["id"] for c in prohibited] == [second["id"]]


def test_retention_due(run, business, clock):
    add_customer(run, business["id"], "--customer-since", "2019-01-10")
    add_customer(run, business["id"], "--customer-since", "2024-01-10", "--email", "b@example.fi")
    _, due, _ = run("retention", "due")
    assert len(due) == 1 and due[0]["expired_on"] == "2024-01-10"


def test_human_output_is_a_table(run, business):
    add_customer(run, business["id"])
    status, text, _ = run("customers", "list", json_mode=False)
    assert status == 0 and "Meikäläinen, Matti" in text and "040 123 4567" in text


def cli(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    # An encrypted test register opens with its passphrase from the environment: the child
    # process does not share the tests' in-memory key store.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIETOSUOJA_DB_PASSPHRASE=TEST_PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "tietosuoja_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        **kwargs,
    )


def test_a_second_process_is_refused_while_the_register_is_open(data_dir, clock):
    with open_services(data_dir, clock):
        result = cli(data_dir, "customers", "list")
    assert result.returncode == 1
    assert str(data_dir) in result.stderr
    assert cli(data_dir, "customers", "list").returncode == 0


def test_swedish_and_finnish_messages(data_dir):
    cli(data_dir, "init", "--name", "Testi Tmi", "--business-id", "3354302-8")
    fi = cli(data_dir, "customers", "add", "--first-name", "A", "--email", "a@")
    sv = cli(data_dir, "--lang", "sv", "customers", "add", "--first-name", "A", "--email", "a@")
    en = cli(data_dir, "--lang", "en", "customers", "add", "--first-name", "A", "--email", "a@")
    assert fi.returncode == sv.returncode == en.returncode == 2
    assert "e-mail" in en.stderr.lower()
    assert "sähköposti" in fi.stderr.lower()
    assert "e-post" in sv.stderr.lower()


def test_each_purpose_on_legitimate_interests_carries_its_own_interest(run, business):
    status, register, err = run(
        "register", "add", "--name", "Markkinointirekisteri",
        "--purpose", "contract:Tilaukset",
        "--purpose", "legitimate-interests:Markkinointi:Asiakassuhteen ylläpito",
        "--purpose", "legitimate-interests:Tietoturva:Väärinkäytösten estäminen",
    )  # fmt: skip
    assert status == 0, err
    assert [(p["description"], p["legitimate_interest"]) for p in register["purposes"]] == [
        ("Tilaukset", ""),
        ("Markkinointi", "Asiakassuhteen ylläpito"),
        ("Tietoturva", "Väärinkäytösten estäminen"),
    ]


@pytest.mark.parametrize(
    "options",
    [
        # given twice: which one is meant? (it used to keep the second for every purpose)
        ("--purpose", "legitimate-interests:Markkinointi", "--legitimate-interest", "A",
         "--legitimate-interest", "B"),
        # one interest, two purposes without their own
        ("--purpose", "legitimate-interests:Markkinointi", "--purpose",
         "legitimate-interests:Tietoturva", "--legitimate-interest", "A"),
        # an interest with no purpose on legitimate interests to go to
        ("--purpose", "contract:Tilaukset", "--legitimate-interest", "A"),
        ("--legitimate-interest", "A"),
    ],
)  # fmt: skip
def test_an_ambiguous_interest_is_refused_and_nothing_written(run, business, options):
    status, _, err = run("register", "add", "--name", "Toinen", *options, json_mode=False)
    assert status == 2
    assert "legitimate-interests:PURPOSE:INTEREST" in err
    assert [r["name"] for r in run("register", "list")[1]] == ["Asiakasrekisteri"]
    status, _, _ = run("register", "update", str(business["id"]), *options, json_mode=False)
    assert status == 2
    assert run("register", "show", str(business["id"]))[1] == business
