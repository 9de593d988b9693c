"""Proving a consent (Art 7(1)): versioned consent texts per register, each consent naming the
text version agreed to and the statement version in force that day, its evidence file
archived with its SHA-256, a withdrawal recorded the same way, and erasure taking the files."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from helpers.sample import CONTROLLER, REGISTER, person

from tietosuoja_desktop.domain.consent_texts import ConsentText
from tietosuoja_desktop.domain.enums import ConsentAction, Language
from tietosuoja_desktop.domain.field_rules import ValidationError
from tietosuoja_desktop.domain.marketing import ConsentMethod, MarketingChannel
from tietosuoja_desktop.domain.records import ConsentEvent
from tietosuoja_desktop.services.errors import NotFound
from tietosuoja_desktop.storage.models import AuditRow, ConsentEvidenceRow, StatementVersionRow

FI_1 = "Haluan uutiskirjeen sähköpostiini. Voin perua suostumuksen milloin tahansa."
SV_1 = "Jag vill få nyhetsbrevet per e-post. Jag kan återkalla samtycket när som helst."
FI_2 = "Haluan uutiskirjeen ja tarjoukset sähköpostiini. Voin perua milloin tahansa."


@pytest.fixture
def register(services):
    services.controller.save(CONTROLLER)
    return services.registers.add(REGISTER)


def consent(customer_id, text_id, at, action=ConsentAction.GIVEN, **more):
    return ConsentEvent(
        customer_id,
        action,
        "Uutiskirje",
        at,
        marketing_channel=MarketingChannel.EMAIL,
        method=more.pop("method", ConsentMethod.WEB_FORM),
        recorded_by="Maija Myyjä",
        consent_text_id=text_id,
        **more,
    )


def test_texts_are_numbered_per_register_and_checked(services, register):
    first = services.consent_texts.add(
        ConsentText(register.id, 0, date(2025, 1, 1), FI_1, SV_1, "")
    )
    second = services.consent_texts.add(ConsentText(register.id, 7, date(2026, 3, 1), FI_2))
    assert (first.version, second.version) == (1, 2)
    assert [t.id for t in services.consent_texts.list(register.id)] == [first.id, second.id]
    assert second.in_language("sv") == FI_2  # no Swedish: the first language written
    assert first.in_language("sv") == SV_1
    with pytest.raises(ValidationError) as empty:
        services.consent_texts.add(ConsentText(register.id, 0, date(2026, 3, 1), "  "))
    assert [p.field for p in empty.value.problems] == ["text_fi"]
    with pytest.raises(ValidationError) as earlier:
        services.consent_texts.add(ConsentText(register.id, 0, date(2025, 6, 1), FI_2))
    assert [p.field for p in earlier.value.problems] == ["valid_from"]
    assert "2 (1.3.2026)" in earlier.value.problems[0].render()
    with pytest.raises(NotFound):
        services.consent_texts.list(register.id + 99)


def test_a_consent_names_its_text_and_the_statement_in_force(services, register, clock):
    clock.set(date(2025, 2, 1))
    services.documents.privacy_statement(register.id, Language.FI)  # statement version 1
    clock.set(date(2026, 11, 22))
    services.documents.privacy_statement(register.id, Language.FI)  # version 2, today
    text = services.consent_texts.add(ConsentText(register.id, 0, date(2025, 1, 1), FI_1, SV_1))
    swede = services.customers.add(person(language=Language.SV))
    stored = services.marketing.add_consent(consent(swede.id, text.id, datetime(2026, 1, 5, 10)))
    (versions_1, versions_2) = services.statement_versions.list(register.id)
    assert stored.consent_text_id == text.id
    assert stored.statement_version_id is not None
    assert stored.text == SV_1  # the words shown to the person, in their language
    (again,) = services.activity.consents(swede.id)
    assert again == stored
    # The statement of the day, not the newest: version 1 was in force on 5.1.2026.
    assert services.statement_versions.in_force(register.id, date(2026, 1, 5)) == versions_1
    with services.db.reading() as session:
        assert session.get(StatementVersionRow, stored.statement_version_id).number == 1


def test_a_text_not_yet_valid_is_refused_and_nothing_written(services, register):
    text = services.consent_texts.add(ConsentText(register.id, 0, date(2026, 3, 1), FI_2))
    customer = services.customers.add(person())
    with pytest.raises(ValidationError) as refused:
        services.marketing.add_consent(consent(customer.id, text.id, datetime(2026, 2, 1, 9)))
    assert "1.3.2026" in refused.value.problems[0].render()
    with pytest.raises(NotFound):
        services.marketing.add_consent(consent(customer.id, text.id + 9, datetime(2026, 4, 1)))
    assert services.activity.consents(customer.id) == []


def test_evidence_is_archived_with_its_hash_and_a_withdrawal_the_same_way(
    services, register, tmp_path
):
    text = services.consent_texts.add(ConsentText(register.id, 0, date(2025, 1, 1), FI_1))
    customer = services.customers.add(person())
    scan = tmp_path / "lomake.pdf"
    scan.write_bytes(b"%PDF-1.4 signed paper form")
    given = services.marketing.add_consent(
        consent(customer.id, text.id, datetime(2026, 1, 5, 10), method=ConsentMethod.PAPER_FORM),
        evidence_path=scan,
    )
    mail = tmp_path / "peruutus.eml"
    mail.write_bytes(b"From: matti@example.fi\r\nSubject: Peruutan\r\n\r\nEn halua uutiskirjetta.")
    withdrawn = services.marketing.add_consent(
        consent(
            customer.id,
            text.id,
            datetime(2026, 6, 1, 8),
            ConsentAction.WITHDRAWN,
            method=ConsentMethod.EMAIL,
        ),
        evidence_path=mail,
    )
    scan.unlink()  # the user's own copy goes; the archived one stays
    assert services.activity.consent_evidence(given.id) == (
        "lomake.pdf",
        b"%PDF-1.4 signed paper form",
    )
    assert given.evidence_sha256 == hashlib.sha256(b"%PDF-1.4 signed paper form").hexdigest()
    name, data = services.activity.consent_evidence(withdrawn.id)
    assert (name, withdrawn.method) == ("peruutus.eml", ConsentMethod.EMAIL)
    assert withdrawn.evidence_sha256 == hashlib.sha256(data).hexdigest()
    assert not services.activity.has_consent(customer.id, "Uutiskirje")
    with pytest.raises(OSError):
        services.marketing.add_consent(
            consent(customer.id, text.id, datetime(2026, 7, 1)), evidence_path=scan
        )
    assert len(services.activity.consents(customer.id)) == 2
    with services.db.reading() as session:
        audited = [row.action for row in session.query(AuditRow).order_by(AuditRow.id)]
    assert audited[-2:] == ["consent_given", "consent_withdrawn"]

    summary = services.erasure.preview(customer.id)
    assert summary.deleted["documents"] == 2
    services.erasure.erase(customer.id)
    with services.db.reading() as session:
        assert session.query(ConsentEvidenceRow).count() == 0
    with pytest.raises(NotFound):
        services.activity.consent_evidence(given.id)
