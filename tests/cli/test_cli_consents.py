"""``consent-texts add/list`` and ``consents add`` with what proves a consent: the text
version agreed to, how it was given, the evidence file archived with its SHA-256, who recorded
it; a withdrawal the same way; a missing file or an unknown text refused in Finnish."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers.cli_runner import set_up_business
from pypdf import PdfReader


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    set_up_business(run, "consent:Uutiskirje")
    run("customers", "add", "--first-name", "Matti", "--last-name", "Meikäläinen")
    return run


def test_consent_on_a_text_version_with_evidence_then_withdrawn(run, tmp_path):
    status, text, _ = run(
        "consent-texts", "add", "--register", "1", "--fi", "Haluan uutiskirjeen.",
        "--sv", "Jag vill ha nyhetsbrevet.", "--valid-from", "1.1.2025",
    )  # fmt: skip
    assert status == 0 and (text["version"], text["valid_from"]) == (1, "2025-01-01")
    scan = tmp_path / "lomake.pdf"
    scan.write_bytes(b"%PDF-1.4 lomake")
    status, given, _ = run(
        "consents", "add", "--customer", "1", "--purpose", "Uutiskirje",
        "--marketing-channel", "email", "--method", "paper-form", "--at", "5.1.2026",
        "--text-version", str(text["id"]), "--evidence-file", str(scan),
        "--recorded-by", "Maija",
    )  # fmt: skip
    assert status == 0
    assert (given["consent_text_id"], given["method"], given["text"]) == (
        text["id"],
        "paper_form",
        "Haluan uutiskirjeen.",
    )
    assert given["evidence_sha256"] == hashlib.sha256(b"%PDF-1.4 lomake").hexdigest()
    status, withdrawn, _ = run(
        "consents", "add", "--customer", "1", "--purpose", "Uutiskirje", "--withdrawn",
        "--channel", "email",
    )  # fmt: skip
    assert status == 0 and withdrawn["method"] == "email"
    status, shown, _ = run("--lang", "fi", "consents", "list", "--customer", "1", json_mode=False)
    assert status == 0 and "paper_form" in shown and given["evidence_sha256"][:12] in shown
    assert [t["version"] for t in run("consent-texts", "list", "--register", "1")[1]] == [1]


def test_a_missing_file_and_an_unknown_text_are_refused(run, tmp_path):
    status, _, err = run(
        "--lang", "fi", "consents", "add", "--customer", "1", "--purpose", "Uutiskirje",
        "--evidence-file", str(tmp_path / "puuttuu.pdf"),
    )  # fmt: skip
    assert status == 2 and "puuttuu.pdf" in err
    status, _, err = run(
        "--lang", "fi", "consents", "add", "--customer", "1", "--purpose", "Uutiskirje",
        "--text-version", "9",
    )  # fmt: skip
    assert status == 2 and "9" in err
    status, _, err = run("--lang", "fi", "consent-texts", "add", "--register", "1")
    assert status == 2 and "text_fi" in err
    assert run("consents", "list", "--customer", "1")[1] == []


def test_report_consents_saves_the_record(run, tmp_path):
    run("consents", "add", "--customer", "1", "--purpose", "Uutiskirje", "--recorded-by", "Maija")
    out = tmp_path / "record.pdf"
    status, made, _ = run("report", "consents", "1", "--lang", "sv", "--out", str(out))
    assert status == 0 and made["kind"] == "consent_record"
    shown = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Sammanställning av samtycken" in shown and "Maija" in shown
    status, _, err = run("--lang", "fi", "report", "consents", "9", "--out", str(out))
    assert status == 2 and "9" in err


def test_import_with_marketing_purpose_records_the_shops_permissions(run):
    data = Path(__file__).resolve().parents[1] / "data" / "import" / "shopify_customers.csv"
    status, summary, err = run("--lang", "fi", "customers", "import", str(data))
    assert status == 0 and "Markkinointilupien sarakkeita ei tuoda" in err  # told, in Finnish
    status, summary, _ = run("customers", "import", str(data), "--marketing-purpose", "Uutiskirje")
    assert status == 0
    minna = next(
        c for c in run("customers", "list")[1] if c["email"] == "minna.salonen@example.com"
    )
    (given,) = run("consents", "list", "--customer", str(minna["id"]))[1]
    assert (given["method"], given["marketing_channel"]) == ("import", "email")
