"""Register descriptions: saved whole (purposes, retention rule and every statement section),
refused with every problem at once, dated on change, audited."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest
from helpers.sample import REGISTER, person

from tietosuoja_desktop.domain.enums import Answer, Language, LegalBasis, RetentionAnchor
from tietosuoja_desktop.domain.records import Purpose, RegisterDescription, RetentionRule
from tietosuoja_desktop.services import NotFound
from tietosuoja_desktop.services.errors import ValidationError

FULL = replace(
    REGISTER,
    processors="Kirjanpitotoimisto Esimerkki Oy",
    transfers=Answer.YES,
    transfer_safeguards="EU:n vakiosopimuslausekkeet",
    retention=RetentionRule(6, RetentionAnchor.LAST_ORDER),
    statutory_requirement="Tiedot ovat sopimuksen edellytys",
    automated_decisions="",
    cookies="Evästeet verkkokaupassa",
    text_language=Language.SV,
)


def test_add_keeps_every_section(services, clock):
    added = services.registers.add(FULL)
    assert added.id is not None
    assert added.created_on == added.changed_on == clock.today()
    for f in fields(RegisterDescription):
        if f.name not in ("id", "created_on", "changed_on"):
            assert getattr(added, f.name) == getattr(FULL, f.name), f.name
    assert services.registers.get(added.id) == added
    assert services.registers.list() == [added]


def test_add_keeps_the_purposes_in_order(services):
    purposes = tuple(
        Purpose(f"Tarkoitus {n}", basis, "Etu" if basis is LegalBasis.LEGITIMATE_INTERESTS else "")
        for n, basis in enumerate(LegalBasis)
    )
    added = services.registers.add(replace(REGISTER, purposes=purposes))
    assert services.registers.get(added.id).purposes == purposes


def test_add_trims_text_and_keeps_a_given_creation_date(services):
    added = services.registers.add(
        replace(REGISTER, name="  Asiakkaat  ", created_on=date(2020, 5, 1))
    )
    assert added.name == "Asiakkaat"
    assert added.created_on == date(2020, 5, 1)


def test_a_bad_register_is_refused_with_every_problem(services):
    bad = replace(
        REGISTER,
        name=" ",
        purposes=(
            Purpose("", LegalBasis.CONTRACT),
            Purpose("Markkinointi", LegalBasis.LEGITIMATE_INTERESTS, ""),
        ),
        transfers=Answer.YES,
        transfer_safeguards="",
        retention=RetentionRule(0),
    )
    with pytest.raises(ValidationError) as refused:
        services.registers.add(bad)
    assert [p.field for p in refused.value.problems] == [
        "name",
        "purposes[0].description",
        "purposes[1].legitimate_interest",
        "transfer_safeguards",
        "retention.years",
    ]
    assert services.registers.list() == []
    assert services.audit.recent() == []


def test_update_dates_and_audits_only_real_changes(services, clock):
    added = services.registers.add(FULL)
    clock.set(date(2027, 2, 1))
    updated = services.registers.update(
        replace(added, retention=RetentionRule(3, RetentionAnchor.CUSTOMER_SINCE), cookies="")
    )
    assert updated.changed_on == date(2027, 2, 1)
    assert updated.created_on == added.created_on
    assert updated.retention == RetentionRule(3, RetentionAnchor.CUSTOMER_SINCE)
    assert updated.cookies == ""
    entry = services.audit.history("register", added.id)[0]
    assert (entry.action, set(entry.fields)) == ("update", {"retention", "cookies"})

    clock.set(date(2027, 3, 1))
    unchanged = services.registers.update(replace(updated, name=f" {updated.name} "))
    assert unchanged.changed_on == date(2027, 2, 1)
    assert len(services.audit.history("register", added.id)) == 2


def test_a_bad_update_changes_nothing(services):
    added = services.registers.add(FULL)
    with pytest.raises(ValidationError):
        services.registers.update(replace(added, name="", purposes=()))
    assert services.registers.get(added.id) == added


def test_unknown_registers(services):
    with pytest.raises(NotFound):
        services.registers.get(3)
    with pytest.raises(NotFound):
        services.registers.update(replace(REGISTER, id=3))
    with pytest.raises(NotFound):
        services.registers.delete(3)
    with pytest.raises(ValueError, match="id"):
        services.registers.update(REGISTER)


def test_delete_removes_the_register_but_not_its_customers(services):
    added = services.registers.add(FULL)
    customer = services.customers.add(person(register_ids=(added.id,)))
    services.registers.delete(added.id)
    assert services.registers.list() == []
    assert services.customers.get(customer.id).register_ids == ()
    assert [e.action for e in services.audit.history("register", added.id)] == [
        "delete",
        "create",
    ]


def test_member_counts(services):
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Toinen"))
    for index in range(3):
        services.customers.add(person(email=f"a{index}@example.fi", register_ids=(first.id,)))
    services.customers.add(person(email="b@example.fi", register_ids=(first.id, second.id)))
    assert services.registers.member_counts() == {first.id: 4, second.id: 1}


def test_a_template_is_written_in_the_language_it_was_made_in():
    from tietosuoja_desktop.domain.templates import TemplateKind, register_template

    for language in Language:
        assert register_template(TemplateKind.WEB_SHOP, language).text_language is language


def test_translations_are_saved_audited_and_printed(services, tmp_path):
    import subprocess

    from helpers.sample import CONTROLLER

    from tietosuoja_desktop.domain.register_languages import untranslated, with_translations

    services.controller.save(CONTROLLER)
    register = services.registers.add(replace(REGISTER, text_language=Language.FI))
    swedish = {"name": "Kundregistret", "data_categories": "Namn och e-postadresser för kunder"}
    saved = services.registers.update(with_translations(register, Language.SV, swedish))
    assert services.registers.get(register.id) == saved
    assert len(saved.translations) == 2
    entry = services.audit.history("register", register.id)[0]
    assert (entry.action, set(entry.fields)) == ("update", {"translations"})
    assert "Namn" not in str(entry)  # the audit names the field, never the text
    again = services.registers.update(with_translations(saved, Language.SV, swedish))
    assert again == saved and len(services.audit.history("register", register.id)) == 2

    pdf = services.documents.privacy_statement(
        register.id, Language.SV, allow_untranslated=True
    ).pdf
    (tmp_path / "sv.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "sv.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Kundregistret" in text and "Namn och e-postadresser för kunder" in text
    assert "purposes[0].description" in untranslated(saved, Language.SV)
    assert saved.purposes[0].description in " ".join(text.split())  # as written in Finnish

    sara = services.customers.add(person(register_ids=(register.id,), language=Language.SV))
    report = services.documents.access_report(sara.id).pdf  # in her language, Swedish
    (tmp_path / "report.pdf").write_bytes(report)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Kundregistret" in text and "Asiakasrekisteri" not in text


def test_a_translation_with_control_characters_is_refused(services):
    from tietosuoja_desktop.domain.register_languages import with_translations

    register = services.registers.add(REGISTER)
    bad = with_translations(register, Language.SV, {"name": "Kund\x07register"})
    with pytest.raises(ValidationError) as caught:
        services.registers.update(bad)
    assert caught.value.problems[0].field == "translations.sv.name"
    assert services.registers.get(register.id).translations == ()


def test_translations_go_with_their_register(services):
    from tietosuoja_desktop.domain.register_languages import with_translations
    from tietosuoja_desktop.storage.models import RegisterTranslationRow

    register = services.registers.add(REGISTER)
    services.registers.update(with_translations(register, Language.EN, {"name": "Customers"}))
    services.registers.delete(register.id)
    with services.db.reading() as session:
        assert session.query(RegisterTranslationRow).count() == 0


def test_ids_are_those_of_the_list(services):
    assert services.registers.ids() == set()
    first = services.registers.add(REGISTER)
    second = services.registers.add(replace(REGISTER, name="Toinen rekisteri"))
    assert (
        services.registers.ids()
        == {first.id, second.id}
        == {r.id for r in services.registers.list()}
    )
