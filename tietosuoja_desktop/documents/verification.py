"""Checking the digital signatures in a PDF, offline, and saying plainly what was found.

Three separate questions: is the signature mathematically valid for the signed bytes, has the
file been changed after signing, and does a certification authority vouch for the signer. A
self-made identity answers yes, no, no: the report says so rather than calling it "invalid".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

log = logging.getLogger(__name__)

NOT_A_PDF = "The file is not a readable PDF document."
NOT_SIGNED = "The document has no digital signature."
BROKEN = (
    "The signature does not match the document: the signed content has been changed or the "
    "signature is damaged."
)
MODIFIED = "The document has been changed after it was signed."
SELF_SIGNED = (
    "The signature is valid, but the signer's certificate is self-signed, not issued by a "
    "certification authority."
)
SELF_SIGNED_ONLY = (
    "The signer's certificate is self-signed, not issued by a certification authority."
)
UNTRUSTED = "The signer's certificate could not be traced to a trusted certification authority."
REVOKED = "The signer's certificate has been revoked."
UNREADABLE = "A signature could not be checked: {error}"


@dataclass(frozen=True)
class VerificationResult:
    """What :func:`verify_pdf` found; ``problems`` are English sentences for the user."""

    signed: bool
    valid: bool = False  # digest and signature mathematics agree for every signature
    intact: bool = False  # valid, and nothing but permitted updates appended after signing
    trusted: bool = False  # the signer's certificate chains to a trusted root
    signer: str = ""  # the certificate's common name, else organisation
    organization: str = ""
    business_id: str = ""  # Y-tunnus from organizationIdentifier NTRFI-..., if present
    signed_at: datetime | None = None  # the signing time the signer reported
    self_signed: bool = False
    signature_count: int = 0
    problems: tuple[str, ...] = ()


def _validation_context(trust_roots: Sequence[bytes]):
    from asn1crypto import pem, x509
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for data in trust_roots:
        try:
            if pem.detect(data):
                _, _, data = pem.unarmor(data)
            certificate = x509.Certificate.load(data)
            certificate.native  # noqa: B018 - parses it fully now, not halfway through a check
        except (ValueError, TypeError) as error:
            log.warning("ignoring a trust root that is not a certificate: %s", error)
            continue
        roots.append(certificate)
    # Only the roots the caller names: the operating system's list holds web (TLS) authorities,
    # not a list for document signatures, and pyHanko is dropping it. No network access.
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")


def _subject_details(certificate) -> tuple[str, str, str]:
    subject = certificate.subject.native
    organization = subject.get("organization_name", "") or ""
    signer = subject.get("common_name", "") or organization
    identifier = subject.get("organization_identifier", "") or ""
    business_id = identifier.removeprefix("NTRFI-") if identifier.startswith("NTRFI-") else ""
    return str(signer), str(organization), business_id


def _intact(status) -> bool:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True
    allowed = (
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    )
    return status.modification_level in allowed and bool(status.docmdp_ok)


def verify_pdf(pdf: bytes, *, trust_roots: Sequence[bytes] = ()) -> VerificationResult:
    """Check every signature in ``pdf`` offline. ``trusted`` means the signer's certificate
    chains to one of ``trust_roots`` (PEM or DER certificates: e.g. the business's own
    certificate, or a certification authority the user chose to trust). Never raises for bad
    input: unsigned or broken files give a result too."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as error:
        log.info("not a readable PDF: %s", error)
        return VerificationResult(signed=False, problems=(NOT_A_PDF,))
    if not signatures:
        return VerificationResult(signed=False, problems=(NOT_SIGNED,))

    context = _validation_context(trust_roots)
    statuses, problems = [], []
    for signature in signatures:
        try:
            statuses.append(validate_pdf_signature(signature, context))
        except Exception as error:
            log.info("signature %s could not be validated", signature.field_name, exc_info=True)
            problems.append(UNREADABLE.format(error=error))
    if not statuses:
        return VerificationResult(
            signed=True, signature_count=len(signatures), problems=tuple(problems)
        )

    valid = not problems and all(status.intact and status.valid for status in statuses)
    intact = valid and all(_intact(status) for status in statuses)
    trusted = all(status.trusted for status in statuses)
    latest = statuses[-1]
    certificate = latest.signing_cert
    self_signed = certificate.self_signed in ("yes", "maybe")
    if not valid and not problems:
        problems.append(BROKEN)
    elif valid and not intact:
        problems.append(MODIFIED)
    if any(status.revoked for status in statuses):
        problems.append(REVOKED)
    elif not trusted and self_signed:
        problems.append(SELF_SIGNED if valid else SELF_SIGNED_ONLY)
    elif not trusted:
        problems.append(UNTRUSTED)
    signer, organization, business_id = _subject_details(certificate)
    return VerificationResult(
        signed=True,
        valid=valid,
        intact=intact,
        trusted=trusted,
        signer=signer,
        organization=organization,
        business_id=business_id,
        signed_at=latest.signer_reported_dt,
        self_signed=self_signed,
        signature_count=len(signatures),
        problems=tuple(problems),
    )
