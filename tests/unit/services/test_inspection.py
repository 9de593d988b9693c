"""The supervisor's folder read back: every file the cover lists is in the folder or ZIP, every
PDF's signature verifies, the ZIP's names open on Windows, the cover's open items are exactly
what the register lacks (and say what to do in its language), and no customer's contact details
are in it. Also the checklist walked through its providers and wording in fi, sv and en."""

from __future__ import annotations

import subprocess
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest
from helpers.dpia import screening
from helpers.sample import CONTROLLER, REGISTER, person
from helpers.security import decision, review

from tietosuoja_desktop.documents.inspection_cover import todo_text
from tietosuoja_desktop.documents.texts import TABLES, text
from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.breaches import Breach, BreachNature
from tietosuoja_desktop.domain.enums import Answer, Language, RequestType
from tietosuoja_desktop.domain.file_names import WINDOWS_FORBIDDEN, is_reserved
from tietosuoja_desktop.domain.inspection import CHECKLIST, ChecklistItem
from tietosuoja_desktop.domain.interest_assessments import AssessmentOutcome, InterestAssessment
from tietosuoja_desktop.domain.processors import Processor
from tietosuoja_desktop.domain.records import DataRequest
from tietosuoja_desktop.services import RuleViolation
from tietosuoja_desktop.services.inspection_providers import PROVIDERS
from tietosuoja_desktop.services.signatures import SigningError

PASSPHRASE = "oikea-salasana-42"


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "cover.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(result.stdout.decode("utf-8").split())


def _bare(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(REGISTER)


def _complete(services, name: str = REGISTER.name):
    """A register with everything the folder asks for but a retention run: statement, LIA,
    DPIA screening, transfers answered, a processor with its contract, a security review, the
    DPO decision, the access list with undertakings and briefings, the policy; a customer with
    a request and a breach."""
    services.controller.save(CONTROLLER)
    register = services.registers.add(replace(REGISTER, name=name, transfers=Answer.NO))
    services.documents.privacy_statement(register.id, Language.FI)
    services.assessments.save(
        InterestAssessment(
            register.id,
            1,
            interest="Asiakassuhteen ylläpito",
            necessity="Ilman yhteystietoja asiakkaille ei voi kertoa muutoksista.",
            balancing="Asiakas odottaa kuulevansa palvelusta.",
            safeguards="Jokaisessa viestissä kielto-linkki.",
            outcome=AssessmentOutcome.MAY_PROCEED,
            assessed_on=date(2026, 5, 4),
            reviewer="Aino Esimerkki",
        )
    )
    services.dpia.save_screening(screening(register.id, yes=frozenset(), needed=False))
    services.processors.add(
        Processor(
            name="Tilitoimisto Numero Oy",
            service="Kirjanpito",
            country="Suomi",
            contract_on=date(2025, 4, 3),
            register_ids=(register.id,),
        )
    )
    services.security.record(review((register.id,), date(2026, 9, 1)))
    services.dpo.save(decision(date(2026, 9, 1)))
    services.access.add(
        AccessHolder(
            name="Aino Esimerkki",
            role=AccessRole.OWNER,
            register_ids=(register.id,),
            undertaking_on=date(2026, 1, 2),
            briefed_on=date(2026, 1, 2),
        )
    )
    services.documents.policy(Language.FI)
    sara = services.customers.add(
        person(first_name="Sara", email="sara.salainen@example.fi", phone="0401112233")
    )
    services.requests.add(DataRequest(RequestType.ACCESS, date(2026, 11, 2), customer_id=sara.id))
    services.breaches.add(
        Breach(
            discovered_at=datetime(2026, 10, 5, 9, 0),
            description="Kannettava varastettiin",
            natures=(BreachNature.CONFIDENTIALITY,),
            customer_ids=(sara.id,),
        )
    )
    return register


def test_the_zip_holds_every_file_on_the_cover_and_every_pdf_verifies(services, tmp_path):
    _complete(services, name='CON: "Asiakkaat"/ ' + "pitkä nimi " * 16)
    services.documents.create_identity(PASSPHRASE)

    pack = services.inspection.pack(tmp_path / "kansio.zip", passphrase=PASSPHRASE)

    assert pack.signed and pack.path == str(tmp_path / "kansio.zip")
    with zipfile.ZipFile(pack.path) as bundle:
        assert bundle.testzip() is None
        contents = {name: bundle.read(name) for name in bundle.namelist()}
    folder = "valvontakansio-2026-11-22"
    assert set(contents) == {f"{folder}/{name}" for name in pack.files}
    for path in contents:
        assert len(path) < 200
        for part in path.split("/"):
            assert not is_reserved(part) and not set(part) & WINDOWS_FORBIDDEN
            assert part == part.rstrip(" .")
    cover = _pdf_text(contents[f"{folder}/{pack.files[0]}"], tmp_path)
    listed = {name for answer in pack.answers for name in answer.files}
    assert listed == set(pack.files[1:])  # every file answers an item, every answer is a file
    for name in pack.files[1:]:
        assert name in cover
    pdfs = [data for path, data in contents.items() if path.endswith(".pdf")]
    assert len(pdfs) >= 6
    for data in pdfs:
        result = services.documents.verify(data)
        assert result.signed and result.valid and result.intact
    everything = b"".join(contents.values())
    for detail in (b"sara.salainen", b"0401112233"):
        assert detail not in everything
    (kept,) = services.documents.archive("inspection_cover")
    assert kept.signed


@pytest.mark.parametrize("lang", [Language.FI, Language.SV])
def test_the_covers_open_items_are_what_the_register_lacks(services, tmp_path, lang):
    register = _complete(services)
    pack = services.inspection.pack(tmp_path, language=lang)
    # A year back from today, no retention run was archived; the rest is recorded.
    assert {a.item for a in pack.open_items} == {ChecklistItem.RETENTION}

    services.registers.update(
        replace(services.registers.get(register.id), transfers=Answer.UNANSWERED)
    )
    services.dpia.delete(register.id)
    again = services.inspection.pack(tmp_path, language=lang)
    by_item = {answer.item: answer for answer in again.open_items}
    assert set(by_item) == {ChecklistItem.RETENTION, ChecklistItem.TRANSFERS, ChecklistItem.DPIA}
    assert [t.reason for t in by_item[ChecklistItem.TRANSFERS].todos] == ["transfers_unanswered"]
    assert again.path != pack.path  # a second folder of the same day gets its own name
    cover_path = next((tmp_path).glob("*-2")) / again.files[0]
    cover = _pdf_text(cover_path.read_bytes(), tmp_path)
    assert text(lang, "inspection.summary_value", answered=15 - 3, open=3) in cover
    for answer in by_item.values():
        for line in todo_text(lang, answer):
            assert " ".join(line.split())[:40] in cover


def test_a_bare_register_shows_what_to_do_first(services, tmp_path):
    _bare(services)
    pack = services.inspection.pack(tmp_path, language=Language.EN)
    reasons = {t.reason for answer in pack.open_items for t in answer.todos}
    assert {"statement_missing", "lia_missing", "transfers_unanswered"} <= reasons
    assert {"dpia_screening_missing", "retention_not_run"} <= reasons
    folder = tmp_path / "inspection-pack-2026-11-22"
    assert sorted(p.name for p in folder.iterdir()) == sorted(pack.files)


def test_nothing_is_written_without_a_profile_a_past_period_or_the_right_passphrase(
    services, tmp_path
):
    out = tmp_path / "out"
    with pytest.raises(RuleViolation):
        services.inspection.pack(out)
    _complete(services)
    with pytest.raises(RuleViolation):
        services.inspection.pack(out, start=date(2026, 12, 1))
    services.documents.create_identity(PASSPHRASE)
    with pytest.raises(SigningError):
        services.inspection.pack(out / "x.zip", passphrase="väärä")
    assert not out.exists() or not any(out.iterdir())
    assert services.documents.archive("inspection_cover") == []


def test_the_period_chooses_the_requests_and_breaches(services, tmp_path):
    _complete(services)
    pack = services.inspection.pack(tmp_path, start=date(2026, 10, 20))
    breaches = next(a for a in pack.answers if a.item is ChecklistItem.BREACHES)
    assert len(breaches.files) == 1  # the log only: the October 5 breach is before the period
    log = next(tmp_path.glob("*/*.csv"))
    assert log.exists()


def test_every_item_has_a_provider_and_its_wording_in_every_language():
    assert set(PROVIDERS) == set(ChecklistItem) == set(CHECKLIST)
    keys = {key for key in TABLES[Language.FI] if key.startswith("inspection.")}
    for lang in Language:
        assert {k for k in TABLES[lang] if k.startswith("inspection.")} == keys
        for item in ChecklistItem:
            assert TABLES[lang][f"inspection.item.{item.value}"]


def test_the_business_records_are_open_until_made_and_when_they_lapse(services, tmp_path):
    """Issue 24: the security review, the DPO decision, the access list and the policy each
    answer their item, or say what to do: none made yet, the review's next day passed, a
    person with access but no undertaking or briefing."""
    register = _bare(services)
    pack = services.inspection.pack(tmp_path / "first", language=Language.EN)
    reasons = {t.reason for answer in pack.open_items for t in answer.todos}
    assert {
        "security_review_missing",
        "dpo_decision_missing",
        "access_list_missing",
        "policy_missing",
    } <= reasons

    services.security.record(review((register.id,), date(2025, 10, 1)))  # next: 1.10.2026
    services.dpo.save(decision(date(2026, 9, 1)))
    services.access.add(AccessHolder(name="Maija Apulainen", role=AccessRole.HELPER))
    services.documents.policy(Language.EN)
    again = services.inspection.pack(tmp_path / "second", language=Language.EN)
    by_item = {answer.item: answer for answer in again.answers}
    assert [t.reason for t in by_item[ChecklistItem.SECURITY].todos] == ["security_review_due"]
    assert by_item[ChecklistItem.SECURITY].files  # the review is in the folder all the same
    assert by_item[ChecklistItem.DPO].todos == () and by_item[ChecklistItem.DPO].files
    (missing,) = by_item[ChecklistItem.CONFIDENTIALITY].todos
    assert missing.reason == "undertaking_missing" and "Maija Apulainen" in str(missing.values)
    assert by_item[ChecklistItem.POLICY].todos == ()
    (policy_file,) = by_item[ChecklistItem.POLICY].files
    assert policy_file.endswith("Data protection policy version 1.pdf")
