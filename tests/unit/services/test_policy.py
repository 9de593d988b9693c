"""The data protection policy: the additions per section saved in one audited step (sections
named, never the words), refused whole when one is bad; every export the next version, dated
and noted, kept with its archived PDF in one transaction; a refused export keeps nothing; the
undertaking form is made but not archived."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER

from tietosuoja_desktop.domain.access_list import AccessHolder, AccessRole
from tietosuoja_desktop.domain.document_kinds import DocumentKind
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.field_rules import MAX_NOTES_LENGTH
from tietosuoja_desktop.domain.policy import PolicySection, PolicyVersion
from tietosuoja_desktop.domain.validation import ValidationError
from tietosuoja_desktop.services.errors import NotFound, RuleViolation


def test_additions_are_saved_by_section_and_audited_without_their_words(services):
    saved = services.policy.save_additions(
        {"backups": "  USB-levy kaapissa\r\n", PolicySection.TRAINING: "Kerran keväällä"}
    )
    assert saved == {
        PolicySection.BACKUPS: "USB-levy kaapissa",
        PolicySection.TRAINING: "Kerran keväällä",
    }
    services.policy.save_additions({"training": "", "backups": "USB-levy kaapissa"})
    assert services.policy.additions() == {PolicySection.BACKUPS: "USB-levy kaapissa"}
    entries = services.audit.history("policy", None)
    assert [e.fields for e in entries] == [("training",), ("backups", "training")]
    assert "USB" not in repr(entries)


def test_a_bad_addition_is_refused_and_nothing_is_saved(services):
    services.policy.save_additions({"access": "Vain omistaja"})
    with pytest.raises(ValidationError) as raised:
        services.policy.save_additions(
            {"access": "Muutettu", "security": "x" * (MAX_NOTES_LENGTH + 1)}
        )
    assert [p.field for p in raised.value.problems] == ["security"]
    assert services.policy.additions() == {PolicySection.ACCESS: "Vain omistaja"}
    with pytest.raises(ValueError):
        services.policy.save_additions({"no-such-section": "x"})


def test_each_export_is_the_next_version_kept_with_its_document(services, clock):
    services.controller.save(CONTROLLER)
    services.registers.add(REGISTER)
    first = services.documents.policy(Language.FI, dated=date(2026, 1, 15))
    second = services.documents.policy(Language.SV, note="  Lisätty avustaja ")
    assert first.version == PolicyVersion(1, date(2026, 1, 15), "", first.document.id)
    assert second.version == PolicyVersion(2, clock.today(), "Lisätty avustaja", second.document.id)
    assert services.policy.versions() == [first.version, second.version]
    archived = services.documents.archive(DocumentKind.POLICY)
    assert {d.id for d in archived} == {first.document.id, second.document.id}
    assert first.pdf.startswith(b"%PDF")


def test_a_refused_version_date_keeps_no_document(services, clock):
    services.controller.save(CONTROLLER)
    services.documents.policy(Language.FI)
    for dated in (date(2026, 1, 1), date(2030, 1, 1)):  # before version 1; in the future
        with pytest.raises(ValidationError):
            services.documents.policy(Language.FI, dated=dated)
    assert len(services.policy.versions()) == 1
    assert len(services.documents.archive(DocumentKind.POLICY)) == 1


def test_without_a_business_profile_nothing_is_made_or_kept(services):
    with pytest.raises(RuleViolation):
        services.documents.policy(Language.EN)
    with pytest.raises(RuleViolation):
        services.documents.undertaking(None, Language.EN)
    assert services.policy.versions() == []


def test_the_undertaking_form_is_made_for_a_holder_but_not_archived(services):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    holder = services.access.add(
        AccessHolder(name="Maija Mallikas", role=AccessRole.HELPER, register_ids=(register.id,))
    )
    made = services.documents.undertaking(holder.id, Language.SV)
    assert made.pdf.startswith(b"%PDF") and made.document.title.endswith("Maija Mallikas")
    assert services.documents.archive(DocumentKind.UNDERTAKING) == []
    assert services.documents.undertaking(None, Language.FI).document.title == "Vaitiolositoumus"
    with pytest.raises(NotFound):
        services.documents.undertaking(99, Language.FI)


def test_the_policy_lists_only_those_with_access_on_its_date(services):
    services.controller.save(CONTROLLER)
    services.access.add(AccessHolder(name="Nykyinen", role=AccessRole.HELPER))
    services.access.add(
        AccessHolder(name="Entinen", role=AccessRole.HELPER, active_to=date(2026, 1, 31))
    )
    version, history = services.policy.next()
    facts = services.policy.facts(CONTROLLER, Language.FI, version, history)
    assert [h.name for h in facts.access] == ["Nykyinen"]
    assert replace(facts.version, note="") == PolicyVersion(1, version.dated)
