"""The request workflow from the command line: letters, fulfilment and the request log."""

from __future__ import annotations

import csv
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tietosuoja_desktop.cli import main


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    return run


@pytest.fixture
def customer(run):
    run("init", "--name", "Kahvila Esimerkki Tmi", "--business-id", "3354302-8", "--city", "Turku")
    run(
        "register",
        "add",
        "--name",
        "Asiakasrekisteri",
        "--purpose",
        "contract:Tilaukset",
        "--recipients",
        "Kirjanpitotoimisto Oy",
    )
    _, added, _ = run(
        "customers",
        "add",
        "--first-name",
        "Veera",
        "--last-name",
        "Väisänen",
        "--email",
        "veera@example.fi",
        "--register",
        "1",
        "--language",
        "sv",
    )
    run(
        "orders", "add", "--customer", str(added["id"]), "--date", "2026-02-01", "--amount", "19,90"
    )
    run("consents", "add", "--customer", str(added["id"]), "--purpose", "Uutiskirje")
    return added


def pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def add(run, customer, kind):
    status, request, err = run(
        "requests",
        "add",
        "--type",
        kind,
        "--received",
        "2026-11-20",
        "--customer",
        str(customer["id"]),
    )
    assert status == 0, err
    return request["id"]


def test_acknowledge_and_timeline(run, customer, tmp_path):
    rid = add(run, customer, "access")
    status, data, _ = run("requests", "acknowledge", str(rid), "--letter", "kuittaus.pdf")
    assert status == 0 and Path(data["document_path"]).exists()
    assert "Bekräftelse" in pdftext(tmp_path / "kuittaus.pdf")  # the person's language: sv
    _, events, _ = run("requests", "timeline", str(rid))
    assert [e["action"] for e in events] == [
        "logged",
        "identity_unconfirmed",  # no contact given: the register's details could not match
        "letter_acknowledgement",
    ]


def test_fulfil_access_writes_the_report(run, customer, tmp_path):
    rid = add(run, customer, "access")
    status, data, _ = run("requests", "fulfil", str(rid), "--out", "rapport.pdf", "--lang", "fi")
    assert status == 0 and data["status"] == "ready-to-send" and data["completed_on"] is None
    assert "Väisänen" in pdftext(tmp_path / "rapport.pdf")


def test_sent_completes_a_prepared_answer(run, customer, clock):
    rid = add(run, customer, "restriction")
    status, _, err = run("requests", "sent", str(rid), "--via", "letter")
    assert status == 2 and "Laadi vastaus ensin" in err  # nothing prepared yet (in Finnish)
    assert run("requests", "fulfil", str(rid))[0] == 0
    status, _, err = run("requests", "sent", str(rid), "--via", "email", "--on", "1.1.2099")
    assert status == 2 and "tulevaisuudessa" in err
    assert run("requests", "recipients", str(rid), "--not-disclosed", "1")[0] == 0  # Art 19
    status, data, _ = run(
        "requests",
        "sent",
        str(rid),
        "--via",
        "in-person",
        "--on",
        clock.today().strftime("%d.%m.%Y"),
        "--reference",
        "Kuitattu",
    )
    assert status == 0 and data["status"] == "completed"
    assert (data["sent_via"], data["sent_reference"]) == ("in-person", "Kuitattu")
    assert data["sent_on"] == data["completed_on"] == clock.today().isoformat()
    _, events, _ = run("requests", "timeline", str(rid))
    assert [e["action"] for e in events][-3:] == ["prepared", "recipient_not_disclosed", "sent"]
    with pytest.raises(SystemExit) as refused:  # only old registers carry "not recorded"
        run("requests", "sent", str(rid), "--via", "not-recorded")
    assert refused.value.code == 2


def test_email_draft_of_the_prepared_answer(run, customer, tmp_path):
    from email import message_from_bytes
    from email.policy import default

    rid = add(run, customer, "access")
    status, _, err = run("requests", "email-draft", str(rid))
    assert status == 2 and "Laadi vastaus ensin" in err  # nothing prepared yet (in Finnish)
    run("requests", "fulfil", str(rid), "--out", "rapport.pdf")
    status, data, _ = run("requests", "email-draft", str(rid), "--out", "svar.eml")
    assert status == 0 and data["to"] == "veera@example.fi"
    assert Path(data["path"]) == (tmp_path / "svar.eml").resolve()
    message = message_from_bytes((tmp_path / "svar.eml").read_bytes(), policy=default)
    assert message["Subject"] == "Svar på din dataskyddsbegäran"  # the answer's language
    (attachment,) = message.iter_attachments()
    assert attachment.get_content() == (tmp_path / "rapport.pdf").read_bytes()
    _, shown, _ = run("requests", "show", str(rid))
    assert shown["status"] == "ready-to-send"  # a draft is not sent


def test_fulfil_erasure_needs_yes_and_keeps_orders(run, customer, tmp_path, monkeypatch):
    import sys

    rid = add(run, customer, "erasure")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    status, _, err = run("requests", "fulfil", str(rid))
    assert status == 2 and "--yes" in err
    status, data, _ = run("requests", "fulfil", str(rid), "--yes", "--out", "svar.pdf")
    assert status == 0
    assert data["erasure"]["anonymised_orders"][0]["keep_until"] == "2032-12-31"
    assert data["subject"] == "" and data["customer_id"] is None
    assert run("customers", "show", str(customer["id"]))[0] == 2
    assert "Väisänen" in pdftext(tmp_path / "svar.pdf")


def test_fulfil_portability_and_consent_withdrawal(run, customer, tmp_path):
    rid = add(run, customer, "portability")
    status, data, _ = run("requests", "fulfil", str(rid), "--zip", "data.zip")
    assert status == 0
    assert "data.json" in zipfile.ZipFile(tmp_path / "data.zip").namelist()
    rid = add(run, customer, "consent-withdrawal")
    assert run("requests", "fulfil", str(rid))[0] == 0
    _, events, _ = run("consents", "list", "--customer", str(customer["id"]))
    assert events[-1]["action"] == "withdrawn"


def test_refusal_letter_and_identity(run, customer, tmp_path):
    rid = add(run, customer, "objection")
    status, _, _ = run(
        "requests", "identity", str(rid), "requested", "--reason", "Epäselvä", "--letter", "id.pdf"
    )
    assert status == 0 and (tmp_path / "id.pdf").exists()
    status, _, err = run("requests", "fulfil", str(rid))
    assert status == 2 and "identity" in err
    status, data, _ = run(
        "requests",
        "refuse",
        str(rid),
        "--reason",
        "Ei perusteita",
        "--letter",
        "ref.pdf",
        "--lang",
        "fi",
    )
    assert status == 0 and data["status"] == "refused"
    assert "Tietosuojavaltuutetun toimisto" in pdftext(tmp_path / "ref.pdf")


def test_rectification_lists_recipients(run, customer):
    rid = add(run, customer, "rectification")
    run("customers", "update", str(customer["id"]), "--city", "Vaasa")
    status, data, _ = run("requests", "fulfil", str(rid))
    assert status == 0 and data["changed_fields"] == ["city"]
    assert data["recipients_to_tell"] == ["Kirjanpitotoimisto Oy"]


def test_recipients_are_listed_ticked_and_hold_back_sending(run, customer, clock, capsys, tmp_path):
    rid = add(run, customer, "erasure")
    status, data, _ = run("requests", "recipients", str(rid))
    assert status == 0 and data["recipients"] == []  # nothing prepared yet: no checklist
    status, data, _ = run("requests", "fulfil", str(rid), "--yes")
    assert status == 0 and data["recipients_to_tell"] == ["Kirjanpitotoimisto Oy"]
    status, data, _ = run("requests", "recipients", str(rid))
    assert [(n["position"], n["name"], n["status"]) for n in data["recipients"]] == [
        (1, "Kirjanpitotoimisto Oy", "open")
    ]
    status, _, err = run("requests", "sent", str(rid), "--via", "letter")
    assert status == 2 and "ei ole vielä kerrottu (19 artikla)" in err  # in Finnish
    status, _, err = run("requests", "recipients", str(rid), "--told", "1")
    assert status == 2 and "--via" in err
    status, _, err = run("requests", "recipients", str(rid), "--told", "2", "--via", "email")
    assert status != 0 and err  # no second recipient
    status, data, _ = run(
        "requests", "recipients", str(rid), "--told", "1", "--via", "phone", "--on", "21.11.2026"
    )
    assert status == 0
    told = data["recipients"][0]
    assert (told["status"], told["told_on"], told["told_via"]) == (
        "told",
        "2026-11-21",
        "phone",
    )
    assert run("requests", "sent", str(rid), "--via", "letter")[0] == 0
    status, data, _ = run(
        "requests", "recipients", str(rid), "--letter", "vastaanottajat.pdf", "--lang", "fi"
    )
    assert status == 0 and data["document_path"].endswith("vastaanottajat.pdf")
    words = " ".join(pdftext(tmp_path / "vastaanottajat.pdf").split())
    assert "Kirjanpitotoimisto Oy: ilmoitettu 21.11.2026" in words
    # without --json: the list in the user's language
    assert (
        main(["--data-dir", str(run.data_dir), "requests", "recipients", str(rid)], clock=clock)
        == 0
    )
    assert "Kirjanpitotoimisto Oy" in capsys.readouterr().out


def test_a_reason_closes_with_recipients_open(run, customer):
    rid = add(run, customer, "restriction")
    run("requests", "fulfil", str(rid))
    reason = "Tilitoimisto ei ole saanut tietoja"
    status, data, _ = run("requests", "complete", str(rid), "--recipients-reason", reason)
    assert status == 0 and data["status"] == "completed"
    _, events, _ = run("requests", "timeline", str(rid))
    assert [(e["action"], e["note"]) for e in events][-2:] == [
        ("recipients_unfinished", reason),
        ("complete", ""),
    ]


def test_request_log_report(run, customer, tmp_path, clock):
    rid = add(run, customer, "access")
    run("requests", "complete", str(rid), "--outcome", "Lähetetty")
    run(
        "requests",
        "add",
        "--type",
        "erasure",
        "--received",
        "2026-11-01",
        "--requester",
        "Tuntematon",
    )
    status, data, _ = run(
        "requests",
        "report",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        "--pdf",
        "loki.pdf",
        "--csv",
        "loki.csv",
    )
    assert status == 0
    rows = list(csv.DictReader((tmp_path / "loki.csv").read_text("utf-8-sig").splitlines()))
    assert [r["type"] for r in rows] == ["erasure", "access"]
    assert "rekisteröityjen pyynnöistä" in pdftext(tmp_path / "loki.pdf")
    assert clock.today() == date(2026, 11, 22)


@pytest.mark.parametrize("typed", ["20.11.2026", "2026-11-20", " 20.11.2026 "])
def test_dates_are_typed_as_finns_write_them_or_in_iso_form(run, customer, typed):
    status, request, err = run(
        "requests",
        "add",
        "--type",
        "access",
        "--received",
        typed,
        "--customer",
        str(customer["id"]),
    )
    assert status == 0, err
    assert request["received"] == "2026-11-20"


def test_a_period_in_either_form(run, customer, tmp_path):
    add(run, customer, "access")
    status, _, err = run(
        "requests", "report", "--from", "1.11.2026", "--to", "2026-11-30", "--csv", "loki.csv"
    )
    assert status == 0, err
    assert len((tmp_path / "loki.csv").read_text("utf-8-sig").splitlines()) == 2


@pytest.mark.parametrize(
    ("lang", "refusal"),
    [
        ("fi", "received: Ei päivämäärä: kirjoita muodossa 31.1.2026 tai 2026-01-31."),
        ("sv", "received: Inte ett datum: skriv det som 31.1.2026 eller 2026-01-31."),
        ("en", "received: Not a date: write it as 31.1.2026 or 2026-01-31."),
    ],
)
@pytest.mark.parametrize("garbage", ["31.2.2026", "20.11.26 tomorrow"])
def test_a_mistyped_date_is_refused_in_the_users_language(run, customer, lang, refusal, garbage):
    status, _, err = run(
        "--lang", lang, "requests", "add", "--type", "access", "--received", garbage,
        "--customer", str(customer["id"]),
    )  # fmt: skip
    assert status == 2
    assert refusal in err
    _, listed, _ = run("requests", "list")
    assert listed == []


def test_add_says_when_the_identity_is_not_confirmed(run, customer):
    status, request, err = run(
        "requests",
        "add",
        "--type",
        "access",
        "--customer",
        str(customer["id"]),
        "--contact",
        "someone.else@example.com",
    )
    assert status == 0 and request["identity"] == "unconfirmed"
    assert f"requests identity {request['id']} requested" in err
    status, request, err = run(
        "requests",
        "add",
        "--type",
        "erasure",
        "--customer",
        str(customer["id"]),
        "--identity-certain",
        "Known customer, asked at the counter",
    )
    assert status == 0 and request["identity"] == "confirmed" and err == ""
    _, events, _ = run("requests", "timeline", str(request["id"]))
    assert events[-1]["note"] == "Known customer, asked at the counter"
    status, request, err = run(
        "requests",
        "add",
        "--type",
        "portability",
        "--customer",
        str(customer["id"]),
        "--contact",
        "Veera <veera@example.fi>",
    )
    assert request["identity"] == "matches-register" and err == ""
