"""A letter or report for posting needs a postal address; one for e-mail is addressed to the
e-mail address with a note on delivery. The register tells which people cannot be posted to."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from helpers.sample import CONTROLLER, person

from tietosuoja_desktop.domain.enums import Language, RequestType, SentVia
from tietosuoja_desktop.domain.records import DataRequest

RECEIVED = date(2026, 9, 3)


def _request(services, clock, type_=RequestType.ACCESS, **customer):
    clock.set(date(2026, 9, 10))
    services.controller.save(CONTROLLER)
    added = services.customers.add(person(**customer))
    return services.requests.add(DataRequest(type_, RECEIVED, customer_id=added.id))


def first_page(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(source), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize(
    ("missing", "expected"),
    [({}, False), ({"street_address": ""}, True), ({"postal_code": "", "city": ""}, True)],
)
def test_a_postal_address_needs_street_postcode_and_town(services, clock, missing, expected):
    view = _request(services, clock, **missing)
    assert services.fulfilment.postal_address_missing(view) is expected


def test_someone_not_in_the_register_with_only_an_e_mail_cannot_be_posted_to(services, clock):
    only_email = services.requests.add(
        DataRequest(RequestType.ACCESS, RECEIVED, requester_name="A", requester_contact="a@b.fi")
    )
    with_address = services.requests.add(
        DataRequest(
            RequestType.ACCESS,
            RECEIVED,
            requester_name="B",
            requester_contact="b@b.fi, Kauppakatu 2, 00100 Helsinki",
        )
    )
    assert services.fulfilment.postal_address_missing(only_email)
    assert not services.fulfilment.postal_address_missing(with_address)


def test_a_letter_for_posting_shows_the_postal_address_only(services, clock, tmp_path):
    view = _request(services, clock)
    letter = services.fulfilment.acknowledge(view.request.id).letter
    page = first_page(letter.pdf, tmp_path)
    assert "Kauppakatu 1" in page and "00100 Helsinki" in page
    assert "matti.meikalainen@example.fi" not in page
    assert "Toimitetaan sähköpostitse" not in page


def test_a_letter_for_e_mail_shows_the_e_mail_and_says_so(services, clock, tmp_path):
    view = _request(services, clock, street_address="")
    letter = services.fulfilment.acknowledge(view.request.id, delivery=SentVia.EMAIL).letter
    page = first_page(letter.pdf, tmp_path)
    assert "matti.meikalainen@example.fi" in page and "Toimitetaan sähköpostitse" in page
    assert "00100 Helsinki" not in page


def test_an_access_report_for_e_mail_in_swedish(services, clock, tmp_path):
    view = _request(services, clock, street_address="", language=Language.SV)
    report = services.fulfilment.fulfil(view.request.id, delivery=SentVia.EMAIL).report
    page = first_page(report.pdf, tmp_path)
    assert "matti.meikalainen@example.fi" in page and "Levereras per e-post" in page
