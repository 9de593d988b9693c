"""The retention run's report ("Poistoajo"): one page in Finnish, Swedish and English with the
counts, the dates, the rules applied and the people skipped by reason, and no name; made after
a real run, it is archived as its own kind and read back."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

import pytest
from helpers import retention_scene
from helpers.sample import CONTROLLER
from pypdf import PdfReader

from tietosuoja_desktop.documents.retention_report import build_retention_report
from tietosuoja_desktop.documents.texts import format_date
from tietosuoja_desktop.domain.document_kinds import DocumentKind
from tietosuoja_desktop.domain.enums import Language, RetentionAnchor
from tietosuoja_desktop.domain.retention_run import (
    AppliedRule,
    RetentionPlan,
    RetentionRunResult,
    SkipReason,
)

PLAN = RetentionPlan(
    on=date(2026, 11, 22),
    customer_ids=tuple(range(1, 1235)),
    orders_anonymised=321,
    orders_deleted=4567,
    documents_deleted=89,
    skipped={
        SkipReason.LEGAL_HOLD: 2,
        SkipReason.OPEN_REQUEST: 3,
        SkipReason.RESTRICTED: 5,
        SkipReason.OTHER_REGISTER: 7,
    },
    rules=(AppliedRule(1, "Kanta-asiakasrekisteri", 5, RetentionAnchor.LAST_ORDER, 1234),),
)
EXPECTED = {
    Language.FI: (
        "Poistoajo",
        "Poistettuja henkilöitä 1234",
        "321 (kirjanpidon tositteina, viimeistään 31.12.2032 asti)",
        "Tietoja säilytetään 5 vuotta viimeisestä tilauksesta",
        "Poistoesto (esim. kesken oleva riita) 2",
        "Käsittelemätön tietosuojapyyntö 3",
    ),
    Language.SV: (
        "Raderingskörning",
        "Raderade personer 1234",
        "Raderade beställningar 4567",
        "Raderingsspärr (t.ex. en pågående tvist) 2",
    ),
    Language.EN: (
        "Retention erasure run",
        "People erased 1234",
        "Archived documents deleted 89",
        "Processing restricted (Article 18) 5",
        "Another register's retention period has not ended 7",
    ),
}


def result(*, cancelled: bool = False, erased: int = 1234) -> RetentionRunResult:
    return RetentionRunResult(
        plan=PLAN,
        started_at=datetime(2026, 11, 22, 9, 15),
        finished_at=datetime(2026, 11, 22, 9, 16),
        erased=erased,
        orders_anonymised=321,
        orders_deleted=4567,
        documents_deleted=89,
        cancelled=cancelled,
    )


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_the_report_is_one_page_with_the_counts(language, pdf_text):
    pdf = build_retention_report(CONTROLLER, result(), language)
    assert len(PdfReader(BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)
    for expected in EXPECTED[language]:
        assert expected in text
    assert format_date(PLAN.on, language) in text


def test_a_cancelled_run_says_so(pdf_text):
    text = pdf_text(build_retention_report(CONTROLLER, result(cancelled=True, erased=600), "fi"))
    assert "Ajo keskeytettiin käyttäjän pyynnöstä" in text
    assert "Poistettavia henkilöitä 1234" in text and "Poistettuja henkilöitä 600" in text


def test_a_real_run_is_archived_without_names(services, pdf_text):
    services.controller.save(CONTROLLER)
    scene = retention_scene.build(services, 2, documents=False)
    run = services.retention_run.run()
    exported = services.documents.retention_report(run, Language.FI)
    [archived] = services.documents.archive(DocumentKind.RETENTION_RUN)
    assert archived.id == exported.document.id and archived.title == "Poistoajo"
    assert archived.customer_id is None
    text = pdf_text(services.documents.pdf(archived.id))
    assert "Poistettuja henkilöitä 2" in text
    assert "Poistuva" not in text and "poistuva" not in text and "Meikäläinen" not in text
    assert all(
        str(customer_id) not in text.split() for customer_id in scene.past if customer_id > 31
    )
