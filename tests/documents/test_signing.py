"""Digital signatures: a self-made identity, PAdES signatures that pyHanko and poppler's pdfsig
both accept, tampering detected, wrong passphrases refused, and PKCS#12 files imported."""

from __future__ import annotations

import shutil
import stat
import subprocess
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from helpers.sample import SIGNING_PASSPHRASE

from tietosuoja_desktop.documents.signing import (
    CERTIFICATE_FILE,
    IDENTITY_FILE,
    SigningError,
    create_identity,
    import_pkcs12,
    load_identity,
    sign_pdf,
    verify_pdf,
)

PASSPHRASE = SIGNING_PASSPHRASE
needs_pdfsig = pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler's pdfsig missing")


def _tamper(pdf: bytes) -> bytes:
    """Change one byte inside the signed range (the producer string, not /Contents)."""
    at = pdf.index(b"ReportLab PDF Library")
    return pdf[:at] + b"X" + pdf[at + 1 :]


def _pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.stdout + result.stderr


def test_identity_names_the_business(identity_dir):
    identity = load_identity(identity_dir)
    assert identity is not None
    assert identity.common_name == "Kahvila Esimerkki Tmi"
    assert identity.organization == "Kahvila Esimerkki Tmi"
    assert identity.business_id == "3354302-8"
    assert "organizationIdentifier=NTRFI-3354302-8" in identity.subject
    assert identity.self_signed
    assert identity.valid_to - identity.valid_from > timedelta(days=5 * 365 - 1)
    assert len(identity.fingerprint_sha256.split(":")) == 32
    mode = stat.S_IMODE((identity_dir / IDENTITY_FILE).stat().st_mode)
    assert mode == 0o600
    cert = x509.load_pem_x509_certificate((identity_dir / CERTIFICATE_FILE).read_bytes())
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment


def test_no_identity_yet(tmp_path):
    assert load_identity(tmp_path) is None


def test_an_existing_identity_is_not_overwritten_by_accident(identity_dir):
    with pytest.raises(SigningError):
        create_identity(identity_dir, common_name="X", business_id="", passphrase="x")


def test_bad_business_id_and_empty_passphrase_are_refused(tmp_path):
    with pytest.raises(SigningError):
        create_identity(tmp_path, common_name="X Tmi", business_id="3354302-7", passphrase="p")
    with pytest.raises(SigningError):
        create_identity(tmp_path, common_name="X Tmi", business_id="3354302-8", passphrase="")


def test_signature_validates_with_pyhanko_trusting_the_certificate(signed, identity_dir):
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _, _, der = pem.unarmor((identity_dir / CERTIFICATE_FILE).read_bytes())
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])
    (embedded,) = PdfFileReader(BytesIO(signed)).embedded_signatures
    status = validate_pdf_signature(embedded, context)
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert embedded.sig_object["/Reason"] == "Tietosuojaseloste"


def test_verify_reports_a_self_signed_but_valid_signature(signed):
    result = verify_pdf(signed)
    assert result.signed and result.valid and result.intact
    assert not result.trusted and result.self_signed
    assert result.signer == "Kahvila Esimerkki Tmi"
    assert result.business_id == "3354302-8"
    assert result.signed_at is not None
    assert abs(result.signed_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert result.problems == (
        "The signature is valid, but the signer's certificate is self-signed, not issued by a "
        "certification authority.",
    )


def test_verify_trusts_a_certificate_it_is_given(signed, identity_dir):
    roots = [b"not a certificate", (identity_dir / CERTIFICATE_FILE).read_bytes()]
    result = verify_pdf(signed, trust_roots=roots)
    assert result.valid and result.intact and result.trusted
    assert result.problems == ()


@needs_pdfsig
def test_pdfsig_accepts_the_signature(signed, tmp_path):
    report = _pdfsig(signed, tmp_path)
    assert "Signature is Valid" in report
    assert "Kahvila Esimerkki Tmi" in report
    assert "ETSI.CAdES.detached" in report
    assert "Total document signed" in report
    # poppler does not know the self-signed issuer: "Certificate issuer is unknown."
    assert "Certificate Validation: Certificate issuer is unknown" in report


def test_a_changed_byte_is_detected(signed):
    result = verify_pdf(_tamper(signed))
    assert result.signed and not result.valid and not result.intact
    assert any("changed" in problem for problem in result.problems)


@needs_pdfsig
def test_pdfsig_detects_a_changed_byte(signed, tmp_path):
    report = _pdfsig(_tamper(signed), tmp_path)
    assert "Signature is Valid" not in report
    assert "Digest Mismatch" in report


def test_content_added_after_signing_is_detected(signed):
    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed))
    forged = StreamObject(stream_data=b"BT /F1 40 Tf 100 400 Td (FORGED) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(forged))
    output = BytesIO()
    writer.write(output)
    result = verify_pdf(output.getvalue())
    assert result.valid and not result.intact
    assert "The document has been changed after it was signed." in result.problems


def test_a_second_signature_keeps_the_first_valid(signed, identity_dir):
    twice = sign_pdf(signed, identity_dir, PASSPHRASE)
    result = verify_pdf(twice)
    assert result.signature_count == 2
    assert result.valid and result.intact


def test_wrong_passphrase_is_a_clear_error(statement, identity_dir):
    with pytest.raises(SigningError, match="wrong passphrase"):
        sign_pdf(statement, identity_dir, "väärä")


def test_signing_without_an_identity(statement, tmp_path):
    with pytest.raises(SigningError, match="no signing identity"):
        sign_pdf(statement, tmp_path, PASSPHRASE)


def test_signing_garbage_is_a_clear_error(identity_dir):
    with pytest.raises(SigningError):
        sign_pdf(b"not a pdf at all", identity_dir, PASSPHRASE)


@pytest.mark.parametrize("data", [b"", b"garbage", b"%PDF-1.4\n%broken", bytes(range(256))])
def test_verify_copes_with_garbage(data):
    result = verify_pdf(data)
    assert not result.signed and not result.valid
    assert result.problems


def test_verify_an_unsigned_pdf(statement):
    result = verify_pdf(statement)
    assert not result.signed
    assert result.problems == ("The document has no digital signature.",)


def test_signing_is_fast(statement, identity_dir):
    sign_pdf(statement, identity_dir, PASSPHRASE)  # pyHanko imported
    timings = []
    for _ in range(3):
        started = time.process_time()
        sign_pdf(statement, identity_dir, PASSPHRASE)
        timings.append(time.process_time() - started)
    assert min(timings) < 0.2, timings


def _make_pkcs12(path: Path, passphrase: bytes, *, key_usage: bool = True) -> x509.Certificate:
    """A CA-issued RSA identity as a certification authority would hand it out."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testi-CA")])
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Łukasz Żółć Tmi"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Łukasz Żółć"),
        ]
    )
    now = datetime.now(UTC)
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
    )
    if key_usage:
        builder = builder.add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
    cert = builder.sign(ca_key, hashes.SHA256())
    encryption = serialization.BestAvailableEncryption(passphrase)
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"id", key, cert, [ca], encryption))
    return ca


def test_import_pkcs12_round_trip(tmp_path, statement):
    source = tmp_path / "from-ca.p12"
    ca = _make_pkcs12(source, b"salasana")
    target = tmp_path / "identity"
    identity = import_pkcs12(source, target, "salasana")
    assert identity.common_name == "Łukasz Żółć"
    assert identity.organization == "Łukasz Żółć Tmi"
    assert not identity.self_signed
    assert load_identity(target) == identity
    assert stat.S_IMODE((target / IDENTITY_FILE).stat().st_mode) == 0o600

    signed = sign_pdf(statement, target, "salasana")
    untrusted = verify_pdf(signed)
    assert untrusted.valid and untrusted.intact and not untrusted.trusted
    assert not untrusted.self_signed
    ca_pem = ca.public_bytes(serialization.Encoding.PEM)
    trusted = verify_pdf(signed, trust_roots=[ca_pem])
    assert trusted.trusted and trusted.signer == "Łukasz Żółć"


def test_import_pkcs12_refuses_a_wrong_passphrase_and_bad_files(tmp_path):
    source = tmp_path / "from-ca.p12"
    _make_pkcs12(source, b"salasana")
    with pytest.raises(SigningError, match="wrong passphrase"):
        import_pkcs12(source, tmp_path / "identity", "väärä")
    garbage = tmp_path / "garbage.p12"
    garbage.write_bytes(b"not pkcs12")
    with pytest.raises(SigningError):
        import_pkcs12(garbage, tmp_path / "identity", "salasana")
    with pytest.raises(SigningError):
        import_pkcs12(tmp_path / "missing.p12", tmp_path / "identity", "salasana")
    assert load_identity(tmp_path / "identity") is None
