"""Interface sentences a lawyer reads: with the Finnish or Swedish catalogue installed, the
compiled translation says what the law says (Art 33(1), Art 21(2), kirjanpitolaki 2:10,
Art 12(4)) and the yes/no prompts offer the letters of the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from tietosuoja_desktop import translation
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.erasure import KEPT_REASON

BREACH_HELP = (
    "Log every personal data breach, even a small one. Unless it is unlikely to result in a "
    "risk, the Data Protection Ombudsman must be notified within 72 hours of discovery; when the "
    "risk is high, the people affected must be told too."
)
REFUSAL_HELP = (
    "The letter gives your reason and tells the person of the right to lodge a complaint with "
    "the supervisory authority and to seek a judicial remedy (Art 12(4))."
)


@pytest.fixture
def installed(qapp):
    """Install a language's catalogue for one test, English again afterwards."""

    def install(lang: Language):
        translation.install(qapp, lang)

    yield install
    translation.install(qapp, Language.EN)


def tr(context: str, source: str) -> str:
    translated = QCoreApplication.translate(context, source)
    assert translated != source, f"{context}: {source!r} has no translation"
    return translated


@pytest.mark.parametrize(
    ("lang", "notify_unless_unlikely"),
    [
        (
            Language.FI,
            "Loukkauksesta on ilmoitettava Tietosuojavaltuutetun toimistolle 72 tunnin kuluessa "
            "sen havaitsemisesta, paitsi jos se ei todennäköisesti aiheuta riskiä",
        ),
        (
            Language.SV,
            "Dataombudsmannens byrå ska underrättas inom 72 timmar från upptäckten, om det inte "
            "är osannolikt att incidenten medför en risk",
        ),
    ],
)
def test_a_breach_is_notified_unless_unlikely_to_result_in_a_risk(
    installed, lang, notify_unless_unlikely
):
    installed(lang)
    sentence = tr("BreachDialog", BREACH_HELP)
    assert notify_unless_unlikely in sentence
    for reversed_rule in ("Ellei loukkaus todennäköisesti aiheuta", "Om den inte sannolikt medför"):
        assert reversed_rule not in sentence


def test_swedish_voucher_retention_counts_from_the_year_the_financial_period_ended(installed):
    assert "the end of the year in which the financial period ended" in KEPT_REASON.source
    installed(Language.SV)
    sentence = tr(KEPT_REASON.context, KEPT_REASON.source)
    assert "sex år från utgången av det år under vilket räkenskapsperioden gick ut" in sentence
    assert "utgången av räkenskapsåret" not in sentence


def test_finnish_refusal_help_brings_the_matter_before_a_court(installed):
    installed(Language.FI)
    sentence = tr("RequestActions", REFUSAL_HELP)
    assert "saattaa asia tuomioistuimen käsiteltäväksi" in sentence
    assert "hakea muutosta" not in sentence


@pytest.mark.parametrize(
    ("lang", "prohibition", "lift"),
    [
        (Language.FI, "suoramarkkinointikielto", "Poistetaanko suoramarkkinointikielto?"),
        (Language.SV, "förbud mot direktmarknadsföring", "Häva förbudet mot direktmarknadsföring?"),
    ],
)
def test_the_marketing_prohibition_is_the_direct_marketing_objection(
    installed, lang, prohibition, lift
):
    installed(lang)
    assert tr("CustomerNames", "marketing prohibition") == prohibition
    assert tr("CustomerDialog", "Lift the marketing prohibition?") == lift
    assert (
        tr("CustomerNames", "Marketing prohibition lifted")
        .casefold()
        .startswith(prohibition.split()[0].casefold())
    )


@pytest.mark.parametrize(("lang", "answers"), [(Language.FI, "[k/E]"), (Language.SV, "[j/N]")])
def test_yes_no_prompts_offer_the_letters_of_the_language(installed, lang, answers):
    installed(lang)
    for source in (
        "Erase %1 for good? [y/N]",
        "Remove the encryption? Anyone who gets the file can then read it. [y/N]",
    ):
        assert tr("Cli", source).endswith(answers), source
