"""The data commands as scripts use them: ``customers import`` (dry run, mapping, duplicates,
orders, refused rows, a JSON summary), exports, ``backup create|list|restore`` and ``check``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from helpers.csv_samples import DATA, with_one_bad_byte, write_customers_csv
from helpers.registers import TEST_PASSPHRASE, damage_table
from helpers.sample import person

from tietosuoja_desktop.cli import main
from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.csv_files import read_table


@pytest.fixture
def run(run_en):
    """Messages in English here (``--lang en``)."""
    return run_en


def count(run) -> int:
    status, customers, _ = run("customers", "list", "--limit", "1000")
    assert status == 0
    return len(customers)


def test_dry_run_checks_and_writes_nothing(run):
    status, summary, _ = run("customers", "import", str(DATA / "malformed.csv"), "--dry-run")
    assert status == 0
    assert (summary["rows"], summary["valid"], summary["invalid"]) == (7, 2, 5)
    assert summary["encoding"] == "utf-8" and summary["delimiter"] == ";"
    assert summary["mapping"]["Sähköposti"] == "email"
    assert summary["dry_run"] is True and summary["imported"] is None
    assert [r["line"] for r in summary["rejected"]] == [3, 4, 5, 7, 8]
    assert summary["rejected"][3]["reasons"][0]["field"] == "email"
    assert count(run) == 0


def test_import_saves_refused_rows_and_reports_in_text(run, tmp_path):
    rejected = tmp_path / "hylätyt.csv"
    status, text, _ = run(
        "customers", "import", str(DATA / "malformed.csv"), "--rejected", str(rejected),
        json_mode=False,
    )  # fmt: skip
    assert status == 0
    assert "New: 2, duplicates: 0, refused: 5." in text
    assert "line 7: email:" not in text and "line 7: Enter an e-mail address" in text
    assert "Imported 2 new customers" in text
    assert len(read_table(rejected).rows) == 5
    assert count(run) == 2


def test_mapping_as_json_or_a_file_and_duplicates_merged(run, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(
        "Nimi;Posti;Kännykkä;Muuta\nVirtanen, Aino;aino@example.fi;;x\n"
        "Virtanen, Aino;AINO@example.fi;040 123 4567;y\n",
        encoding="utf-8",
    )
    mapping = {"Posti": "email", "Muuta": None}
    status, summary, _ = run(
        "customers", "import", str(path), "--mapping", json.dumps(mapping), "--on-duplicate",
        "merge",
    )  # fmt: skip
    assert status == 0, summary
    assert summary["mapping"] == {"Nimi": "full_name", "Posti": "email", "Kännykkä": "phone"}
    assert summary["imported"]["created"] == 1 and summary["imported"]["merged"] == 1
    status, customers, _ = run("customers", "list")
    assert [(c["first_name"], c["phone"]) for c in customers] == [("Aino", "+358401234567")]

    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(json.dumps({"Posti": "email", "Muuta": "notes"}), encoding="utf-8")
    status, summary, _ = run("customers", "import", str(path), "--mapping", str(mapping_file))
    assert status == 0 and summary["duplicates"] == 2 and summary["imported"]["skipped"] == 2


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        ("{not json", "not valid JSON"),
        ('["email"]', "must be a JSON object"),
        ('{"Ei ole": "email"}', "no column"),
        ('{"Sähköposti": "kengännumero"}', "Unknown field"),
    ],
)
def test_bad_mappings_exit_2(run, mapping, words):
    status, out, err = run("customers", "import", str(DATA / "malformed.csv"), "--mapping",
                           mapping)  # fmt: skip
    assert status == 2 and words in err and out is None


def test_a_file_without_names_or_a_missing_file(run, tmp_path):
    path = tmp_path / "emails.csv"
    path.write_text("Sähköposti\na@example.fi\n", encoding="utf-8")
    status, _, err = run("customers", "import", str(path))
    assert status == 2 and "No column is imported as a name" in err
    status, _, err = run("customers", "import", str(tmp_path / "missing.csv"))
    assert status == 1 and "Cannot read" in err


def test_one_invalid_byte_stops_the_import_with_its_line_and_the_way_out(run, tmp_path):
    path = with_one_bad_byte(tmp_path / "asiakkaat.csv", 200, line=57)
    status, out, err = run("customers", "import", str(path), json_mode=False)
    assert status == 2 and out == ""
    assert "UTF-8 text except in places that are not UTF-8 (bytes: 1, lines: 1)" in err
    assert "line 57: byte E4" in err and "--encoding cp1252" in err
    assert "Nothing was imported." in err
    assert count(run) == 0


def test_forced_windows_1252_imports_and_names_the_column_it_loses(run, tmp_path):
    path = with_one_bad_byte(tmp_path / "asiakkaat.csv", 20, line=5)
    status, summary, err = run("customers", "import", str(path), "--encoding", "cp1252")
    assert status == 0 and summary["encoding"] == "cp1252"
    assert "“SÃ¤hkÃ¶posti”" in err and "(as “Sähköposti”)" in err
    assert summary["warnings"] and "Sähköposti" not in summary["mapping"]
    assert summary["imported"]["created"] == 20 and count(run) == 20


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_import(run, tmp_path, encoding):
    source = write_customers_csv(tmp_path / "source.csv", 5, encoding="utf-8")
    path = tmp_path / "unicode.csv"
    path.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    status, summary, err = run("customers", "import", str(path))
    assert status == 0 and err == "", err
    assert summary["mapping"]["Sähköposti"] == "email"
    assert summary["imported"]["created"] == 5


def test_orders_from_a_woocommerce_export(run):
    status, summary, _ = run("customers", "import", str(DATA / "woocommerce_orders.csv"),
                             "--orders")  # fmt: skip
    assert status == 0
    assert summary["imported"]["orders"] == 3 and summary["imported"]["created"] == 2


def test_exports(run, data_dir, clock, tmp_path):
    with open_services(data_dir, clock) as services:
        a = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
        b = services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
        services.customers.restrict(b.id)
        services.activity.add_consent(
            ConsentEvent(a.id, ConsentAction.GIVEN, "Uutiskirje", clock.now())
        )
    status, report, _ = run("customers", "export", str(tmp_path / "a.xlsx"))
    assert status == 0
    assert (report["format"], report["exported"], report["left_out"]) == (
        "xlsx",
        1,
        {"restricted": 1},
    )
    out = str(tmp_path / "m.csv")
    status, _, err = run("marketing", "export", "--channel", "email", "--purpose", "Kirje",
                         "--out", out)  # fmt: skip
    assert status == 2 and '"Uutiskirje"' in err
    status, purposes, _ = run("marketing", "purposes")
    assert purposes == ["Uutiskirje"]
    status, text, _ = run(
        "marketing", "export", "--channel", "email", "--purpose", "1", "--out", out,
        json_mode=False,
    )  # fmt: skip
    assert status == 0 and "1 people exported" in text and "processing restricted" in text
    assert read_table(Path(out)).rows[0].values[-2:] == ("consent", clock.today().isoformat())
    status, report, _ = run(
        "marketing", "export", "--channel", "post", "--purpose", "Uutiskirje", "--out", out,
        "--xlsx", "--own-products",
    )  # fmt: skip
    assert (status, report["format"], report["channel"], report["exported"]) == (
        0,
        "xlsx",
        "post",
        1,
    )


def test_backup_create_list_restore_and_check(run, data_dir, clock, tmp_path):
    with open_services(data_dir, clock) as services:
        aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
        services.customers.add(person(first_name="Bertta", email="bertta@example.fi"))
    status, made, _ = run("backup", "create")
    assert status == 0 and Path(made["path"]).exists()
    status, copy, _ = run("backup", "create", "--out", str(tmp_path / "kopio.sqlite"))
    assert status == 0 and copy["path"] == str(tmp_path / "kopio.sqlite")
    status, listing, _ = run("backup", "list")
    assert [b["kind"] for b in listing] == ["backup"]

    status, summary, _ = run("customers", "erase", str(aino.id), "--yes")
    assert status == 0
    status, _, err = run("backup", "restore", made["path"])  # no terminal, no --yes
    assert status == 2 and "--yes" in err
    status, report, _ = run("backup", "restore", made["path"], "--yes")
    assert status == 0 and report["erased_again"] == 1
    assert count(run) == 1

    status, result, _ = run("check")
    assert status == 0 and result["ok"] is True
    status, result, _ = run("check", "--full")
    assert status == 0 and result["problems"] == []


def test_backup_prune_deletes_the_older_backups_now(run, data_dir, clock, tmp_path):
    with open_services(data_dir, clock) as services:
        aino = services.customers.add(person(first_name="Aino", email="aino@example.fi"))
    made = []
    for day, erase_first in ((1, False), (2, True), (3, False)):
        clock.set(date(2026, 12, day))
        if erase_first:
            assert run("customers", "erase", str(aino.id), "--yes")[0] == 0
        made.append(Path(run("backup", "create")[1]["path"]))
    link = tmp_path / "oldest-bytes"  # what the oldest backup's blocks hold after it goes
    os.link(made[0], link)

    status, _, err = run("backup", "prune", "--keep", "0", "--yes")
    assert status == 2 and "at least one" in err
    status, _, err = run("backup", "prune", "--keep", "2")  # no terminal, no --yes
    assert status == 2 and "--yes" in err
    assert all(p.exists() for p in made)

    status, result, _ = run("backup", "prune", "--keep", "2", "--yes")
    assert status == 0 and result == {"deleted": [str(made[0])], "kept": 2}
    assert not made[0].exists() and made[1].exists() and made[2].exists()
    assert set(link.read_bytes()) == {0}  # overwritten, not only unlinked
    held = [p for p in made[0].parent.iterdir() if b"aino@example.fi" in p.read_bytes()]
    assert held == []
    status, text, _ = run("backup", "prune", "--keep", "2", "--yes", json_mode=False)
    assert status == 0 and "Deleted 0 older backups; the newest 2 are kept." in text


def test_a_damaged_register(run, data_dir, clock):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
    status, made, _ = run("backup", "create")
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))
    path.with_name(path.name + "-wal").write_bytes(b"")  # as a killed process leaves it

    status, result, _ = run("check")
    assert status == 1 and result["ok"] is False and result["problems"]
    assert result["latest_good_backup"] == made["path"]
    status, text, err = run("customers", "export", "x.csv", json_mode=False)
    assert status == 1 and "is damaged" in err and "backup restore" in err
    status, report, _ = run("backup", "restore", result["latest_good_backup"], "--yes")
    assert status == 0 and report["kept_copy"].endswith(".damaged")
    assert run("check")[0] == 0
    assert count(run) == 1


def test_the_installed_command_imports_with_a_json_summary(data_dir, tmp_path):
    # An encrypted test register: the child process does not share the in-memory key store.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TIETOSUOJA_DB_PASSPHRASE=TEST_PASSPHRASE)
    completed = subprocess.run(
        [sys.executable, "-m", "tietosuoja_desktop.cli", "--data-dir", str(data_dir), "--json",
         "customers", "import", str(DATA / "shopify_customers.csv")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    summary = json.loads(completed.stdout)
    assert summary["imported"]["created"] == 3


@pytest.mark.parametrize(
    "command",
    [("backup", "create"), ("customers", "list"), ("customers", "show", "1"), ("check",)],
)
def test_a_damaged_page_is_told_never_a_traceback(run, data_dir, clock, command):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Aino"))
        made = services.backups.create()
    damage_table(database_path(data_dir))
    folder = made.parent
    kept = sorted(p.name for p in folder.iterdir())

    status, out, err = run(*command, json_mode=False)
    told = out + err  # check reports on standard output, the others on standard error
    assert status == 1 and "Traceback" not in told
    assert "is damaged" in told and f"backup restore {made}" in told
    assert sorted(p.name for p in folder.iterdir()) == kept  # nothing half-written
    # The next start checks in full, and so meets the damage before any command runs.
    assert run("customers", "list", json_mode=False)[0] == 1


def test_marketing_suppress_add_import_count_and_clear(run, data_dir, clock, tmp_path):
    status, added, _ = run("marketing", "suppress", "add", "--email", "Aino@Example.fi",
                           "--phone", "040 765 4321")  # fmt: skip
    assert status == 0 and added == {"added": 2, "already": 0}
    status, _, err = run("marketing", "suppress", "add", "--address", "Kauppakatu 1")
    assert status == 2 and "postal_code" in err
    status, _, err = run("marketing", "suppress", "add")
    assert status == 2 and "--email" in err
    source = tmp_path / "robinson.csv"
    source.write_text("email;phone\naino@example.fi;\n;0401112222\nei;\n", encoding="utf-8")
    status, text, _ = run("marketing", "suppress", "import", str(source), json_mode=False)
    assert status == 0 and "1 added to the suppression list, 1 were on it already" in text
    assert "(lines 4)" in text
    status, counts, _ = run("marketing", "suppress", "count")
    assert counts == {"email": 1, "phone": 2, "address": 0}
    status, _, err = run("marketing", "suppress", "import", str(tmp_path / "puuttuu.csv"))
    assert status == 1 and "puuttuu.csv" in err
    status, _, err = run("marketing", "suppress", "clear")  # no terminal, no --yes
    assert status == 2 and "--yes" in err
    status, cleared, _ = run("marketing", "suppress", "clear", "--yes")
    assert cleared == {"removed": 3}
    with open_services(data_dir, clock) as services:
        assert sum(services.marketing.suppression.count().values()) == 0


def test_check_rebuilds_search_counts_that_drifted(run, data_dir, clock, capsys):
    with open_services(data_dir, clock) as services:
        services.customers.add(person(first_name="Åsa"))
        services.customers.add(person(first_name="Aino", email="aino@example.fi"))
        with services.db.transaction() as session:
            session.connection().exec_driver_sql(
                "UPDATE customer_search_grams SET customers = 7 WHERE gram = 'å'"
            )
    assert run("check")[1]["search_counts_rebuilt"] is False  # a quick check leaves them
    status, result, _ = run("check", "--full")
    assert status == 0 and result["ok"] and result["search_counts_rebuilt"] is True
    with open_services(data_dir, clock) as services, services.db.reading() as session:
        statement = "SELECT customers FROM customer_search_grams WHERE gram = 'å'"
        assert session.connection().exec_driver_sql(statement).scalar() == 1
    status, result, _ = run("check", "--full")
    assert status == 0 and result["search_counts_rebuilt"] is False
    with open_services(data_dir, clock) as services, services.db.transaction() as session:
        session.connection().exec_driver_sql("DELETE FROM customer_search_grams")
    argv = ["--data-dir", str(data_dir), "--lang", "fi", "check", "--full"]
    assert main(argv, clock=clock) == 0
    assert "ne laskettiin uudelleen" in capsys.readouterr().out
    assert run("check", "--full")[1]["search_counts_rebuilt"] is False
