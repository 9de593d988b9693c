"""Every request type and every document kind, walked through every layer that shows or handles
it: a type or kind added to the domain's declaration with an entry missing anywhere fails here,
not in front of a user (house style 9)."""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date

import pytest
from helpers.sample import CONTROLLER, REGISTER, person
from PySide6.QtCore import QCoreApplication

from tietosuoja_desktop import documents as documents_package
from tietosuoja_desktop.cli.parser import build_parser
from tietosuoja_desktop.documents.model import LetterKind
from tietosuoja_desktop.documents.request_log import outcome_text
from tietosuoja_desktop.documents.texts import TABLES
from tietosuoja_desktop.domain import document_kinds, request_types
from tietosuoja_desktop.domain.enums import ConsentAction, Language, RequestStatus, RequestType
from tietosuoja_desktop.domain.records import ConsentEvent, DataRequest
from tietosuoja_desktop.services import demo_requests as demo
from tietosuoja_desktop.services.fulfilment import STEP_HANDLERS
from tietosuoja_desktop.ui import labels
from tietosuoja_desktop.ui.documents.archive_model import kind_name
from tietosuoja_desktop.ui.documents.archive_panel import KIND_FILTERS
from tietosuoja_desktop.ui.documents.page import MAKERS
from tietosuoja_desktop.ui.preferences import apply_language
from tietosuoja_desktop.ui.requests import names
from tietosuoja_desktop.ui.requests.fulfil_flows import FLOWS, FulfilFlows

TYPES = list(RequestType)
KINDS = list(document_kinds.DocumentKind)

# What a Finnish user reads for each type today: moving the texts must not change a word.
FINNISH_LABELS = {
    RequestType.ACCESS: "Tarkastus (15 art.)",
    RequestType.RECTIFICATION: "Oikaisu (16 art.)",
    RequestType.ERASURE: "Poisto (17 art.)",
    RequestType.RESTRICTION: "Käsittelyn rajoitus (18 art.)",
    RequestType.PORTABILITY: "Siirto (20 art.)",
    RequestType.OBJECTION: "Vastustaminen (21 art. 1)",
    RequestType.MARKETING_OBJECTION: "Suoramarkkinointikielto (21 art. 2–3)",
    RequestType.CONSENT_WITHDRAWAL: "Suostumuksen peruutus (7 art. 3)",
}
FINNISH_KIND_NAMES = {
    "statement": "Tietosuojaseloste",
    "processing_record": "Seloste käsittelytoimista",
    "access_report": "Tarkastusselvitys",
    "letter_refusal": "Kirje",
    "request_log": "Pyyntöluettelo",
    "breach_report": "Tietoturvaloukkausraportti",
    "interest_assessment": "Oikeutetun edun arviointi",
    "dpia": "Tietosuojaa koskeva vaikutustenarviointi",
    "retention_run": "Poistoajo",
    "consent_record": "Selvitys suostumuksista",
    "security_review": "Tietoturvan vuosiarviointi",
    "confidentiality_undertaking": "Vaitiolositoumus",
    "data_protection_policy": "Tietosuojapolitiikka",
    "inspection_cover": "Valvontakansion kansilehti",
}


@pytest.fixture(params=["fi", "sv"])
def translated(request, qapp):
    """The interface in Finnish, then Swedish; back to English afterwards."""
    apply_language(request.param, remember=False)
    yield Language(request.param)
    apply_language("en", remember=False)


def _is_translated(context: str, source: str) -> bool:
    return bool(source) and QCoreApplication.translate(context, source) != source


# -- request types --------------------------------------------------------------------------


def test_every_type_is_declared_with_its_own_outcome():
    assert set(request_types.REQUEST_TYPES) == set(RequestType)
    outcomes = [request_types.spec(kind).outcome for kind in TYPES]
    assert len(set(outcomes)) == len(outcomes)


def test_finnish_shows_each_type_in_the_same_words(qapp):
    apply_language("fi", remember=False)
    try:
        shown = {kind: labels.request_type_with_article(kind) for kind in TYPES}
    finally:
        apply_language("en", remember=False)
    assert shown == FINNISH_LABELS


@pytest.mark.parametrize("kind", TYPES, ids=str)
def test_every_interface_text_of_a_type_is_translated(kind, translated):
    spec = request_types.spec(kind)
    view = type("View", (), {"request": DataRequest(kind, date(2026, 11, 2), customer_id=1)})
    assert _is_translated(request_types.LABEL_CONTEXT, spec.label)
    assert _is_translated(request_types.STEP_CONTEXT, spec.button)
    assert _is_translated(request_types.STEP_CONTEXT, spec.next_step)
    assert _is_translated(request_types.OUTCOME_CONTEXT, spec.outcome_words)
    assert names.outcome(spec.outcome.value) == QCoreApplication.translate(
        request_types.OUTCOME_CONTEXT, spec.outcome_words
    )
    from tietosuoja_desktop.ui.requests.detail_buttons import fulfil_text

    assert fulfil_text(view) == QCoreApplication.translate(request_types.STEP_CONTEXT, spec.button)
    if spec.confirm is not None:
        for source in (spec.confirm.title, spec.confirm.intro, spec.confirm.done):
            assert _is_translated(request_types.DIALOG_CONTEXT, source)


@pytest.mark.parametrize("kind", TYPES, ids=str)
@pytest.mark.parametrize("language", list(Language), ids=str)
def test_every_type_has_its_document_wording(kind, language):
    spec = request_types.spec(kind)
    table = TABLES[language]
    keys = [f"request.{kind.value}", f"request_article.{kind.value}"]
    keys += [f"outcome.{spec.outcome.name.lower()}"]  # as documents.request_log reads it
    keys += [spec.letter_line] if spec.letter_line else []
    assert [key for key in keys if not table.get(key)] == []
    assert outcome_text(spec.outcome.value, language) == table[keys[2]]


@pytest.mark.parametrize("kind", TYPES, ids=str)
def test_every_type_has_a_fulfilment_and_a_dialog(kind):
    spec = request_types.spec(kind)
    assert spec.step in STEP_HANDLERS
    assert spec.step in FLOWS
    # A step the dialog only confirms takes its texts from the declaration.
    if FLOWS[spec.step] is FulfilFlows._confirm:
        assert spec.confirm is not None


@pytest.mark.parametrize("kind", TYPES, ids=str)
def test_every_type_is_a_choice_on_the_command_line(kind):
    args = build_parser().parse_args(
        ["requests", "add", "--type", kind.cli_name, "--customer", "1"]
    )
    assert RequestType.from_cli(args.type) is kind


@pytest.mark.parametrize("kind", TYPES, ids=str)
def test_every_type_appears_in_the_demo(kind):
    assert kind in demo.REQUEST_TYPES
    assert demo.REQUEST_TEXT[kind]


@pytest.mark.parametrize("kind", TYPES, ids=str)
def test_fulfilling_every_type_completes_it_with_its_outcome(kind, services):
    services.controller.save(CONTROLLER)
    register = services.registers.add(REGISTER)
    customer = services.customers.add(person(register_ids=(register.id,)))
    services.activity.add_consent(
        ConsentEvent(
            customer_id=customer.id,
            action=ConsentAction.GIVEN,
            purpose="uutiskirje",
            at=services.clock.now(),
        )
    )
    received = services.clock.today()
    view = services.requests.add(DataRequest(kind, received, customer_id=customer.id))
    response = services.fulfilment.fulfil(view.request.id, changed_fields=("email",))
    assert response.request.request.status is RequestStatus.READY_TO_SEND
    assert response.request.request.outcome == request_types.spec(kind).outcome.value


# -- document kinds -------------------------------------------------------------------------


def _builders() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(documents_package.__path__):
        loaded = importlib.import_module(f"{documents_package.__name__}.{module.name}")
        found |= {name for name in dir(loaded) if name.startswith("build_")}
    return found


def test_every_document_kind_is_declared_and_named_in_finnish(qapp):
    assert set(document_kinds.DOCUMENT_KINDS) == set(KINDS)
    apply_language("fi", remember=False)
    try:
        shown = {stored: kind_name(stored) for stored in FINNISH_KIND_NAMES}
    finally:
        apply_language("en", remember=False)
    assert shown == FINNISH_KIND_NAMES


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_document_kind_has_its_names_translated(kind, translated):
    spec = document_kinds.spec(kind)
    assert _is_translated(document_kinds.NAME_CONTEXT, spec.name)
    assert (kind in KIND_FILTERS) == bool(spec.filter_name)
    if spec.filter_name:
        assert _is_translated(document_kinds.FILTER_CONTEXT, spec.filter_name)
    assert (kind in MAKERS) == bool(spec.making)
    if spec.making:
        assert _is_translated(document_kinds.MAKING_CONTEXT, spec.making)


@pytest.mark.parametrize("kind", KINDS, ids=str)
@pytest.mark.parametrize("language", list(Language), ids=str)
def test_every_document_kind_has_a_title_and_a_builder(kind, language):
    spec = document_kinds.spec(kind)
    letters = [letter.value for letter in LetterKind] if kind is kind.LETTER else [""]
    for letter in letters:
        assert TABLES[language].get(spec.title_key.format(letter=letter))
    assert spec.template in _builders()


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_document_kind_is_stored_and_found_again(kind, services):
    spec = document_kinds.spec(kind)
    stored = spec.stored("refusal")
    assert document_kinds.kind_of(stored) is kind
    assert services.documents.archive(kind) == []
