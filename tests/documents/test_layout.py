"""Escaping: whatever a user types reaches the page as text, never as reportlab markup."""

from __future__ import annotations

from io import BytesIO

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from tietosuoja_desktop.documents.layout import cell, esc, para
from tietosuoja_desktop.documents.pages import render
from tietosuoja_desktop.domain.enums import Language
from tietosuoja_desktop.domain.records import ControllerProfile

CONTROLLER = ControllerProfile(name="Kahvila Esimerkki Tmi")


def test_escape_turns_markup_into_text_and_newlines_into_breaks():
    assert esc('<b>"x"</b> & y') == '&lt;b&gt;"x"&lt;/b&gt; &amp; y'
    assert esc("rivi 1\r\nrivi 2\nrivi 3") == "rivi 1<br/>rivi 2<br/>rivi 3"
    assert esc("a\x00b\x07c") == "abc"


def test_short_cells_stay_plain_and_long_ones_wrap():
    assert cell("Kaffe", 100) == "Kaffe"
    assert isinstance(cell("Kaffe " * 40, 100), Paragraph)
    assert isinstance(cell("kaksi\nriviä", 300), Paragraph)


def _round_trip(value: str) -> str:
    pdf = render(
        [para(value)],
        lang=Language.FI,
        controller=CONTROLLER,
        title="Testi",
        subject="Testi",
    )
    page = PdfReader(BytesIO(pdf)).pages[0]
    assert "/XObject" not in page["/Resources"]
    return " ".join(page.extract_text().split())


markupish = st.text(
    alphabet=st.sampled_from(list("<>&;\"'=/ abcfontimgsrcbrÅöŁżЮя0123456789")),
    min_size=1,
    max_size=60,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markupish)
def test_any_markup_like_text_comes_out_as_typed(value):
    expected = " ".join(value.split())
    if expected:
        assert expected in _round_trip(value)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_at_all_lays_out(value):
    render([para(value)], lang=Language.SV, controller=CONTROLLER, title="T", subject="T")
