"""Verification tells the truth about a signed PDF that was damaged or altered after the app
signed it: only a valid signature that vouches for the whole file is valid; a further
signature or validation data appended later is allowed and named. Cross-checked against
poppler's pdfsig where it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import tampering
from helpers.sample import SIGNING_PASSPHRASE

from tietosuoja_desktop.documents import verification as v
from tietosuoja_desktop.documents.signing import sign_pdf, verify_pdf


def pdfsig(pdf: bytes, tmp_path: Path) -> str | None:
    """pdfsig's report on ``pdf``, or None where poppler-utils is not installed."""
    if not shutil.which("pdfsig"):
        return None
    path = tmp_path / "pdfsig.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr


def test_the_signed_file_as_made_is_valid(signed, tmp_path):
    result = verify_pdf(signed)
    assert result.ok and result.outcome is v.Outcome.VALID
    assert result.valid and result.intact and result.additions == ()
    report = pdfsig(signed, tmp_path)
    assert report is None or "Total document signed" in report


BAD_COPIES = [
    ("zeroed", tampering.zero_signature, v.Outcome.SIGNATURE_DAMAGED, v.SIGNATURE_DAMAGED),
    ("truncated", tampering.truncate, v.Outcome.DAMAGED_PDF, v.DAMAGED_PDF),
    ("not a pdf", lambda pdf: tampering.NOT_A_PDF, v.Outcome.NOT_A_PDF, v.NOT_A_PDF),
    ("new title", tampering.retitle, v.Outcome.CHANGED, v.MODIFIED),
    ("after %%EOF", tampering.append_after_eof, v.Outcome.TRAILING_DATA, v.TRAILING_DATA),
]


@pytest.mark.parametrize(
    ("how", "spoil", "outcome", "problem"), BAD_COPIES, ids=[c[0] for c in BAD_COPIES]
)
def test_a_spoiled_copy_is_not_valid(signed, how, spoil, outcome, problem):
    spoiled = spoil(signed)
    assert spoiled != signed
    result = verify_pdf(spoiled)
    assert not result.ok and not result.intact
    assert result.outcome is outcome
    assert problem in result.problems
    assert v.headline_message(outcome) is not None


def test_the_new_title_is_really_in_the_file_and_pdfsig_agrees(signed, tmp_path):
    retitled = tampering.retitle(signed)
    assert tampering.title_of(retitled) == "Väärennetty otsikko"
    assert verify_pdf(retitled).valid  # the signature itself still matches its revision
    report = pdfsig(retitled, tmp_path)
    assert report is None or "Not total document signed" in report


def test_bytes_after_eof_pdfsig_agrees(signed, tmp_path):
    report = pdfsig(tampering.append_after_eof(signed), tmp_path)
    assert report is None or "Not total document signed" in report


def test_signing_again_does_not_launder_a_change(signed, identity_dir):
    again = sign_pdf(tampering.retitle(signed), identity_dir, SIGNING_PASSPHRASE)
    result = verify_pdf(again)
    assert result.signature_count == 2
    assert result.outcome is v.Outcome.CHANGED and not result.ok


def test_a_second_signature_is_allowed_and_named(signed, identity_dir):
    twice = sign_pdf(signed, identity_dir, SIGNING_PASSPHRASE)
    assert len(tampering.signature_ranges(twice)) == 2
    result = verify_pdf(twice)
    assert result.ok and result.signature_count == 2
    assert result.additions == ("signature",)
    assert v.addition_message("signature").source in v.ADDITIONS.values()


def test_validation_data_is_allowed_and_named(signed):
    with_dss = tampering.add_validation_data(signed)
    assert len(with_dss) > len(signed) and b"/DSS" in with_dss[len(signed) :]
    result = verify_pdf(with_dss)
    assert result.ok and result.additions == ("validation_data",)


def test_validation_data_then_junk_is_not_valid(signed):
    result = verify_pdf(tampering.append_after_eof(tampering.add_validation_data(signed)))
    assert result.outcome is v.Outcome.TRAILING_DATA


def test_an_unsigned_pdf_is_not_valid(statement):
    result = verify_pdf(statement)
    assert not result.ok and result.outcome is v.Outcome.NOT_SIGNED
    assert result.problems == (v.NOT_SIGNED,)


def test_every_outcome_but_valid_has_a_headline():
    for outcome in v.Outcome:
        assert (v.headline_message(outcome) is None) == (outcome is v.Outcome.VALID)


def test_a_problem_with_detail_keeps_its_detail():
    message = v.problem_message(v.UNREADABLE.replace("%1", "bad CMS"))
    assert message.source == v.UNREADABLE and message.args == ("bad CMS",)
    assert message.render() == "A signature could not be checked: bad CMS"
