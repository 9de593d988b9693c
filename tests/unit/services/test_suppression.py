"""The suppression list in a real register: values added by hand and from a CSV file, kept only
as keyed hashes (nothing of them in the file's bytes), matches left out of marketing lists, and
audit entries without values."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers.sample import person
from sqlalchemy import select

from tietosuoja_desktop.domain.enums import ConsentAction
from tietosuoja_desktop.domain.marketing import Exclusion, MarketingChannel, MarketingPurpose
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.domain.suppression import SuppressionKind
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.paths import database_path
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.services.csv_files import read_table
from tietosuoja_desktop.services.errors import RuleViolation
from tietosuoja_desktop.storage.models import AuditRow, SuppressionRow

EMAIL, PHONE, ADDRESS = SuppressionKind.EMAIL, SuppressionKind.PHONE, SuppressionKind.ADDRESS
NEWS = MarketingPurpose("Uutiskirje")
SECRET_EMAIL = "salainen.henkilo@example.fi"


def keys(services) -> set[str]:
    with services.db.reading() as session:
        return set(session.scalars(select(SuppressionRow.key)))


def test_a_value_added_twice_is_one_entry_and_bad_values_are_refused(services):
    suppression = services.marketing.suppression
    assert suppression.add(EMAIL, " Aino@Example.fi") is True
    assert suppression.add(EMAIL, "aino@example.fi ") is False
    assert suppression.add(PHONE, "040 765 4321") is True
    assert suppression.add(ADDRESS, "Kauppakatu 1", "00100") is True
    with pytest.raises(ValidationError) as refused:
        suppression.add(PHONE, "soita minulle")
    assert [p.field for p in refused.value.problems] == ["phone"]
    assert suppression.count() == {EMAIL: 1, PHONE: 1, ADDRESS: 1}
    assert suppression.clear() == 3
    assert suppression.count() == {EMAIL: 0, PHONE: 0, ADDRESS: 0}


def test_another_register_keeps_other_keys_for_the_same_value(services, tmp_path, clock):
    services.marketing.suppression.add(EMAIL, "aino@example.fi")
    with open_services(tmp_path / "toinen", clock) as other:
        other.marketing.suppression.add(EMAIL, "aino@example.fi")
        assert keys(other) and keys(other).isdisjoint(keys(services))


def test_import_from_a_csv_file(services, tmp_path):
    services.marketing.suppression.add(EMAIL, "vanha@example.fi")
    source = tmp_path / "robinson.csv"
    source.write_text(
        "Sähköposti;Puhelin;Katuosoite;Postinumero\n"
        "VANHA@example.fi;;;\n"
        "uusi@example.fi;040 111 2222;;\n"
        ";;Kauppakatu 1;00100\n"
        "ei-osoite;;;\n"
        ";;;\n",
        encoding="utf-8",
    )
    report = services.marketing.suppression.import_csv(source)
    assert (report.added, report.already, report.rejected_lines) == (3, 1, (5,))
    assert services.marketing.suppression.count() == {EMAIL: 2, PHONE: 1, ADDRESS: 1}


def test_a_file_without_known_columns_is_refused_and_nothing_is_added(services, tmp_path):
    source = tmp_path / "nimet.csv"
    source.write_text("Nimi;Kaupunki\nMatti;Helsinki\n", encoding="utf-8")
    with pytest.raises(RuleViolation):
        services.marketing.suppression.import_csv(source)
    assert services.marketing.suppression.count()[EMAIL] == 0


def test_the_marketing_list_leaves_out_suppressed_people(services, tmp_path):
    add = services.customers.add
    for name, email, phone in (
        ("Saa", "saa@example.fi", "040 111 1111"),
        ("Estetty", "Estetty@Example.fi", "040 222 2222"),
    ):
        customer = add(person(first_name=name, email=email, phone=phone))
        services.marketing.add_consent(
            ConsentEvent(customer.id, ConsentAction.GIVEN, NEWS.id, datetime(2026, 1, 1))
        )
    posted = add(person(first_name="Posti", street_address="Rantatie 5 B", postal_code="33100"))
    services.marketing.suppression.add(EMAIL, "estetty@example.fi")
    services.marketing.suppression.add(ADDRESS, "rantatie 5b", "33100")
    out = tmp_path / "lista.csv"
    report = services.exporter.marketing(out, NEWS, MarketingChannel.EMAIL)
    assert report.exported == 1  # Saa; Posti gave no consent
    assert report.left_out == {Exclusion.SUPPRESSED.value: 1, Exclusion.NO_CONSENT.value: 1}
    assert [row.values[0] for row in read_table(out).rows] == ["Saa"]
    report = services.exporter.marketing(out, NEWS, MarketingChannel.POST)
    assert report.left_out == {Exclusion.SUPPRESSED.value: 1}
    assert services.marketing.permissions(posted.id, NEWS)[MarketingChannel.POST].exclusion is (
        Exclusion.SUPPRESSED
    )
    sms = services.marketing.permissions(posted.id, NEWS)[MarketingChannel.SMS]
    assert sms.exclusion is Exclusion.NO_CONSENT


@pytest.mark.parametrize("register_kind", ["plain"])
def test_nothing_of_a_suppressed_value_is_in_the_register_file(services, tmp_path, clock):
    services.marketing.suppression.add(EMAIL, SECRET_EMAIL)
    source = tmp_path / "lista.csv"
    source.write_text(f"email;phone\n{SECRET_EMAIL.upper()};040 987 6543\n", encoding="utf-8")
    services.marketing.suppression.import_csv(source)
    services.close()
    data = database_path(services.data_dir)
    stored = b"".join(p.read_bytes() for p in data.parent.glob(data.name + "*"))
    for value in (SECRET_EMAIL, "salainen", "+358409876543", "987 6543", "9876543"):
        assert value.encode() not in stored and value.encode("utf-16-le") not in stored
    with open_services(services.data_dir, clock) as again:
        assert again.marketing.suppression.count()[EMAIL] == 1


def test_audit_entries_say_what_kind_and_how_many_never_the_value(services, tmp_path):
    services.marketing.suppression.add(EMAIL, SECRET_EMAIL)
    source = tmp_path / "lista.csv"
    source.write_text("phone\n040 987 6543\nei numero\n", encoding="utf-8")
    services.marketing.suppression.import_csv(source)
    services.marketing.suppression.clear()
    with services.db.reading() as session:
        entries = session.scalars(
            select(AuditRow).where(AuditRow.entity == "marketing_suppression")
        ).all()
    assert [(e.action, e.fields) for e in entries] == [
        ("suppress", "email,count=1"),
        ("import", "phone,count=1,rejected=1"),
        ("delete", "count=2"),
    ]
    assert all("salainen" not in e.fields and "987" not in e.fields for e in entries)
