"""Documents from the command line: exported, archived, signed and verified for real."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import tampering
from pypdf import PdfReader

from tietosuoja_desktop.cli import main
from tietosuoja_desktop.documents.signing import sign_pdf
from tietosuoja_desktop.services.documents import SIGNING_FOLDER

PASS = "oikein-hyva-salasana"


@pytest.fixture
def run(run, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # documents without --out go to the documents folder
    return run


ANSWERED_NO = ("--transfers", "no", "--provision-required", "no", "--automated", "no")
ANSWERED_NO += ("--profiling", "no")


@pytest.fixture
def business(run):
    run(
        "init",
        "--name",
        "Kahvila Esimerkki Tmi",
        "--business-id",
        "3354302-8",
        "--city",
        "Turku",
        "--contact-name",
        "Aino Esimerkki",
    )
    run(
        "register",
        "add",
        "--name",
        "Asiakasrekisteri",
        "--purpose",
        "contract:Tilausten toimittaminen",
        "--data-categories",
        "Nimi ja yhteystiedot",
        "--retention-years",
        "5",
        "--retention-text",
        "Viisi vuotta",
        *ANSWERED_NO,
    )
    _, customer, _ = run(
        "customers",
        "add",
        "--first-name",
        "Łukasz",
        "--last-name",
        "Żółć",
        "--personal-id",
        "131052-308T",
        "--register",
        "1",
        "--email",
        "lukasz@example.fi",
    )
    run(
        "orders",
        "add",
        "--customer",
        str(customer["id"]),
        "--date",
        "2026-03-01",
        "--amount",
        "49,90",
        "--reference",
        "T-1001",
        "--description",
        "Kahvipaketti",
    )
    return customer


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("fi", "Tietosuojaseloste"), ("sv", "Dataskyddsbeskrivning"), ("en", "Privacy statement")],
)
def test_statement_export_in_each_language(run, business, tmp_path, lang, heading):
    out = tmp_path / f"statement-{lang}.pdf"
    export = ("statement", "export", "--register", "1", "--lang", lang, "--out", str(out))
    status, exported, _ = run(*export, "--allow-untranslated")  # the sample is Finnish only
    assert status == 0 and exported["path"] == str(out)
    text = text_of(out)
    assert heading.casefold() in text.casefold()
    assert "Asiakasrekisteri" in text and "Kahvila Esimerkki Tmi" in text
    _, archived, _ = run("documents", "list")
    assert archived[0]["kind"] == "statement" and archived[0]["language"] == lang
    assert len(archived[0]["sha256"]) == 64


def test_signed_statement_verifies_and_a_changed_byte_is_caught(
    run, business, tmp_path, monkeypatch
):
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", PASS)
    status, identity, _ = run("signing", "create")
    assert status == 0 and identity["business_id"] == "3354302-8"
    out = tmp_path / "signed.pdf"
    assert run("statement", "export", "--register", "1", "--sign", "--out", str(out))[0] == 0
    assert "sähköisesti" in text_of(out)  # the block says it is signed digitally

    status, result, _ = run("verify", str(out))
    assert status == 0 and result["valid"] and result["intact"]
    assert result["signer"] == "Kahvila Esimerkki Tmi"
    if shutil.which("pdfsig"):
        pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in pdfsig

    data = bytearray(out.read_bytes())
    index = data.index(b"Asiakasrekisteri")  # inside the signed range, outside /Contents
    data[index] = ord("B")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    status, result, _ = run("verify", str(tampered))
    assert status == 1 and not (result["valid"] and result["intact"])


def test_a_statement_in_another_language_prints_the_translations(run, business, tmp_path):
    _, register, _ = run("register", "show", "1")
    assert register["text_language"] == "fi"  # the business's document language
    out = tmp_path / "sv.pdf"
    export = ("statement", "export", "--register", "1", "--lang", "sv", "--out", str(out))
    status, _, err = run(*export)  # nothing translated: refused, the sections named
    assert status == 2 and "3, 4, 5, 9" in err and "--allow-untranslated" in err
    assert not out.exists()
    status, _, err = run(*export, "--allow-untranslated")
    assert status == 0 and "Huom" in err and "4 " in err  # four texts, none translated
    assert "Obs! I avsnitten 3." in text_of(out)  # the note on the first page
    status, data, err = run(
        "register", "translate", "1", "--into", "sv",
        "name=Kundregistret", "purposes[0].description=Leverans av beställningar",
        "data_categories=Namn och kontaktuppgifter",
    )  # fmt: skip
    assert status == 0, err
    assert data["untranslated"] == ["retention_text"]
    status, _, err = run(*export, "--allow-untranslated")
    assert status == 0 and "1 " in err
    text = text_of(out)
    assert "Kundregistret" in text and "Leverans av beställningar" in text
    assert "Viisi vuotta" in text  # the one left untranslated, as written
    status, data, _ = run("register", "translate", "1", "--into", "sv", "retention_text=Fem år")
    assert data["untranslated"] == []
    status, _, err = run(*export)
    assert status == 0 and err == ""
    status, _, err = run("register", "translate", "1", "--into", "sv", "cookies=x")
    assert status == 2 and "cookies" in err  # nothing to translate there
    status, _, err = run("register", "translate", "1", "--into", "fi", "name=x")
    assert status == 2


def test_unanswered_questions_warn_on_stderr_and_print_nothing(run, business, tmp_path):
    out = tmp_path / "s.pdf"
    export = ("statement", "export", "--register", "1", "--out", str(out))
    status, _, err = run(*export)
    assert status == 0 and err == ""
    assert "ei käytetä automaattiseen päätöksentekoon eikä profilointiin" in text_of(out)
    status, _, err = run("register", "update", "1", "--profiling", "yes")
    assert status == 2  # a yes needs its description
    run("register", "update", "1", "--automated-decisions", "Kanta-asiakastaso lasketaan ostoista.")
    assert run("register", "update", "1", "--profiling", "yes")[0] == 0
    status, register, _ = run("register", "show", "1")
    assert (register["profiling"], register["transfers"]) == ("yes", "no")
    # A register from before the answers: every question still open.
    run("register", "add", "--name", "Vanha", "--purpose", "contract:Tilaukset")
    status, _, err = run("statement", "export", "--register", "2", "--out", str(out))
    assert status == 0
    assert err.count("Not yet answered") == 4 or err.count("Ei vielä vastattu") == 4, err
    text = text_of(out)
    assert "EU:n eikä Euroopan talousalueen" not in text and "profilointiin" not in text


def test_wrong_passphrase_is_a_clear_error(run, business, tmp_path, monkeypatch):
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", PASS)
    run("signing", "create")
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", "vaara")
    status, _, err = run(
        "statement", "export", "--register", "1", "--sign", "--out", str(tmp_path / "x.pdf")
    )
    assert status == 2 and err.strip()
    assert not (tmp_path / "x.pdf").exists()


def test_access_report_masks_the_personal_id_unless_asked(run, business, tmp_path):
    masked = tmp_path / "masked.pdf"
    clear = tmp_path / "clear.pdf"
    run("report", "access", str(business["id"]), "--out", str(masked))
    run("report", "access", str(business["id"]), "--show-personal-id", "--out", str(clear))
    assert "131052-****" in text_of(masked) and "131052-308T" not in text_of(masked)
    assert "131052-308T" in text_of(clear)
    assert "Żółć" in text_of(masked) and "T-1001" in text_of(masked)
    reader = PdfReader(str(masked))
    assert reader.metadata.author == "Kahvila Esimerkki Tmi"


def test_processing_record_and_archive_get(run, business, tmp_path):
    status, exported, _ = run(
        "record", "export", "--lang", "sv", "--out", str(tmp_path / "record.pdf")
    )
    assert status == 0
    again = tmp_path / "again.pdf"
    assert run("documents", "get", str(exported["id"]), "--out", str(again))[0] == 0
    assert again.read_bytes() == (tmp_path / "record.pdf").read_bytes()


def test_documents_need_a_business_profile(run, tmp_path):
    status, _, err = run("record", "export", "--out", str(tmp_path / "r.pdf"))
    assert status == 2 and "controller" in err


def test_unsigned_file_verifies_as_unsigned(run, business, tmp_path):
    out = tmp_path / "plain.pdf"
    run("statement", "export", "--register", "1", "--out", str(out))
    status, result, _ = run("verify", str(out))
    assert status == 1 and result["signed"] is False and result["outcome"] == "not_signed"


@pytest.fixture
def signed_pdf(run, business, tmp_path, monkeypatch) -> bytes:
    """A privacy statement exported and signed by the CLI itself."""
    monkeypatch.setenv("TIETOSUOJA_SIGN_PASSPHRASE", PASS)
    assert run("signing", "create")[0] == 0
    out = tmp_path / "signed.pdf"
    assert run("statement", "export", "--register", "1", "--sign", "--out", str(out))[0] == 0
    return out.read_bytes()


def _verify_in(language: str, path: Path, data_dir: Path, capsys) -> tuple[int, str]:
    status = main(["--data-dir", str(data_dir), "--lang", language, "verify", str(path)])
    captured = capsys.readouterr()
    assert captured.err == ""
    return status, captured.out


# (how the copy was spoiled, outcome, the Finnish headline, the Swedish headline)
SPOILED = [
    (tampering.zero_signature, "signature_damaged", "Allekirjoitus on vioittunut", "skadad"),
    (tampering.truncate, "damaged_pdf", "Vioittunut tai keskeneräinen PDF", "ofullständig"),
    (lambda pdf: tampering.NOT_A_PDF, "not_a_pdf", "Ei PDF-asiakirja", "Inte ett PDF"),
    (tampering.retitle, "changed", "Muutettu allekirjoituksen jälkeen", "Ändrat efter"),
    (tampering.append_after_eof, "trailing_data", "Allekirjoitus ei kata koko", "hela filen"),
]


def test_verify_exits_1_for_every_spoiled_copy_and_says_why(
    run, signed_pdf, data_dir, tmp_path, capsys
):
    for spoil, outcome, finnish, swedish in SPOILED:
        path = tmp_path / f"{outcome}.pdf"
        path.write_bytes(spoil(signed_pdf))
        status, result, _ = run("verify", str(path))
        assert (status, result["outcome"], result["ok"]) == (1, outcome, False), outcome
        status, text = _verify_in("fi", path, data_dir, capsys)
        assert status == 1 and text.startswith(finnish), text
        assert "Valid" not in text and "Kelvollinen allekirjoitus" not in text
        status, text = _verify_in("sv", path, data_dir, capsys)
        assert status == 1 and swedish in text.splitlines()[0], text


def test_verify_names_a_further_signature_and_stays_valid(
    run, signed_pdf, data_dir, tmp_path, capsys
):
    once = tmp_path / "once.pdf"
    once.write_bytes(signed_pdf)
    # A second signature with the same identity the CLI made (pyHanko appends it).
    twice = tmp_path / "twice.pdf"
    twice.write_bytes(sign_pdf(signed_pdf, data_dir / SIGNING_FOLDER, PASS))
    status, result, _ = run("verify", str(twice))
    assert status == 0 and result["ok"] and result["additions"] == ["signature"]
    assert result["signature_count"] == 2
    status, text = _verify_in("fi", twice, data_dir, capsys)
    assert status == 0 and text.startswith("Kelvollinen allekirjoitus: Kahvila Esimerkki Tmi")
    assert "Lisätty allekirjoituksen jälkeen: uusi allekirjoitus" in text
    # The self-signed note too is in Finnish: no English sentence in a Finnish session.
    assert "itse allekirjoitettu" in text and "self-signed" not in text
    status, text = _verify_in("fi", once, data_dir, capsys)
    assert status == 0 and "Lisätty" not in text


def test_verify_prints_no_dependency_warning(signed_pdf, data_dir, tmp_path):
    """A fresh process, as a person runs it: pyHanko's import of DSA makes cryptography warn,
    which must not reach the terminal; the answer is in Finnish."""
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    done = subprocess.run(
        [sys.executable, "-m", "tietosuoja_desktop.cli", "--data-dir", str(data_dir),
         "--lang", "fi", "verify", str(path)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith("Kelvollinen allekirjoitus")


def test_without_out_documents_go_to_the_documents_folder(
    run, business, data_dir, tmp_path, monkeypatch, capsys
):
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs there
    documents = home / "Documents"
    status, exported, _ = run("report", "access", str(business["id"]))
    assert status == 0
    report = documents / f"tarkastusraportti-{business['id']}-fi.pdf"
    assert exported["path"] == str(report) and report.read_bytes().startswith(b"%PDF-")
    status = main(
        ["--data-dir", str(data_dir), "--lang", "fi", "statement", "export", "--register", "1"]
    )
    printed = capsys.readouterr().out
    statement = documents / "tietosuojaseloste-asiakasrekisteri-fi.pdf"
    assert status == 0 and statement.is_file()
    assert printed.startswith(f"Tallennettu {statement}")  # says where, in full
    assert not list(tmp_path.glob("*.pdf"))  # nothing in the current folder


def test_an_emoji_name_prints_a_marker_and_a_warning_in_the_users_language(run, business, tmp_path):
    _, customer, _ = run(
        "customers", "add", "--first-name", "Matti", "--last-name", "Virtanen 😀", "--register", "1"
    )
    out = tmp_path / "report.pdf"
    status, exported, err = run("report", "access", str(customer["id"]), "--out", str(out))
    assert status == 0 and exported["path"] == str(out.resolve())  # stdout stays one JSON value
    assert "Asiakirjan fontilla ei voi tulostaa 1 merkkiä" in err  # Finnish, the default
    assert '"😀" U+1F600 GRINNING FACE: "Matti Virtanen 😀"' in err
    assert "Matti Virtanen \ufffd" in text_of(out)


def test_a_hebrew_name_prints_without_a_warning(run, business, tmp_path):
    _, customer, _ = run(
        "customers", "add", "--first-name", "שלום", "--last-name", "כהן", "--register", "1"
    )
    out = tmp_path / "report.pdf"
    status, _, err = run("report", "access", str(customer["id"]), "--out", str(out))
    assert status == 0 and err == ""
    assert "כהן" in text_of(out)
