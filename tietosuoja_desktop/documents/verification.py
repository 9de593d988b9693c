"""Checking the digital signatures in a PDF, offline, and saying plainly what was found.

Separate questions: is the file a PDF at all, is it signed, is each signature mathematically
valid for the bytes it signed, does it vouch for the whole file (or only for revisions to
which nothing but further signatures or validation data was appended), and does a
certification authority vouch for the signer. A self-made identity answers the last one no:
the report says so rather than calling it "invalid".

Every sentence here is English source text marked for Qt's lupdate in the "SigningMessages"
context; :func:`problem_message`, :func:`addition_message` and :func:`headline_message` give
the :class:`Message` an outer layer renders in the user's language.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from io import BytesIO

from ..domain.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

CONTEXT = "SigningMessages"
# A PDF's header may follow up to 1,024 bytes of other data (ISO 32000-1, annex H.3).
HEADER_WINDOW = 1024

NOT_A_PDF = QT_TRANSLATE_NOOP("SigningMessages", "The file is not a readable PDF document.")
DAMAGED_PDF = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The file begins like a PDF document but cannot be read: it is damaged or incomplete "
    "(for example cut short while it was copied or downloaded).",
)
NOT_SIGNED = QT_TRANSLATE_NOOP("SigningMessages", "The document has no digital signature.")
SIGNATURE_DAMAGED = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The document has a signature, but its signature data is damaged and cannot be read.",
)
BROKEN = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The signature does not match the document: the signed content has been changed or the "
    "signature is damaged.",
)
MODIFIED = QT_TRANSLATE_NOOP(
    "SigningMessages", "The document has been changed after it was signed."
)
TRAILING_DATA = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The file has data after the end of the signed document that no signature covers.",
)
SELF_SIGNED = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The signature is valid, but the signer's certificate is self-signed, not issued by a "
    "certification authority.",
)
SELF_SIGNED_ONLY = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The signer's certificate is self-signed, not issued by a certification authority.",
)
UNTRUSTED = QT_TRANSLATE_NOOP(
    "SigningMessages",
    "The signer's certificate could not be traced to a trusted certification authority.",
)
REVOKED = QT_TRANSLATE_NOOP("SigningMessages", "The signer's certificate has been revoked.")
UNREADABLE = QT_TRANSLATE_NOOP("SigningMessages", "A signature could not be checked: %1")


class Outcome(StrEnum):
    """The one answer to "can this file be relied on as signed?"; only VALID means yes."""

    VALID = "valid"
    NOT_A_PDF = "not_a_pdf"
    DAMAGED_PDF = "damaged_pdf"
    NOT_SIGNED = "not_signed"
    SIGNATURE_DAMAGED = "signature_damaged"
    INVALID = "invalid"
    CHANGED = "changed"
    TRAILING_DATA = "trailing_data"
    REVOKED = "revoked"


HEADLINES = {
    Outcome.NOT_A_PDF: QT_TRANSLATE_NOOP("SigningMessages", "Not a PDF document"),
    Outcome.DAMAGED_PDF: QT_TRANSLATE_NOOP("SigningMessages", "Damaged or incomplete PDF"),
    Outcome.NOT_SIGNED: QT_TRANSLATE_NOOP("SigningMessages", "Not signed"),
    Outcome.SIGNATURE_DAMAGED: QT_TRANSLATE_NOOP("SigningMessages", "The signature is damaged"),
    Outcome.INVALID: QT_TRANSLATE_NOOP("SigningMessages", "The signature is not valid"),
    Outcome.CHANGED: QT_TRANSLATE_NOOP("SigningMessages", "Changed after signing"),
    Outcome.TRAILING_DATA: QT_TRANSLATE_NOOP(
        "SigningMessages", "The signature does not cover the whole file"
    ),
    Outcome.REVOKED: QT_TRANSLATE_NOOP("SigningMessages", "The certificate has been revoked"),
}
# Keyed by signed_revisions.Addition's values (that module needs pyHanko; this one does not).
ADDITIONS = {
    "signature": QT_TRANSLATE_NOOP(
        "SigningMessages",
        "Added after signing: a further signature. It does not change the signed document.",
    ),
    "validation_data": QT_TRANSLATE_NOOP(
        "SigningMessages",
        "Added after signing: data for checking the signature in the long term (DSS/LTV). "
        "It does not change the signed document.",
    ),
}


@dataclass(frozen=True)
class VerificationResult:
    """What :func:`verify_pdf` found; ``problems`` are English source sentences (render them
    with :func:`problem_message`), ``additions`` the kinds of permitted later updates."""

    signed: bool
    outcome: Outcome
    valid: bool = False  # digest and signature mathematics agree for every signature
    intact: bool = False  # valid, and nothing but permitted updates appended after signing
    trusted: bool = False  # the signer's certificate chains to a trusted root
    signer: str = ""  # the certificate's common name, else organisation
    organization: str = ""
    business_id: str = ""  # Y-tunnus from organizationIdentifier NTRFI-..., if present
    signed_at: datetime | None = None  # the signing time the signer reported
    self_signed: bool = False
    signature_count: int = 0
    additions: tuple[str, ...] = ()  # signed_revisions.Addition values
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """A valid signature that vouches for the whole file: the only "yes"."""
        return self.outcome is Outcome.VALID


def problem_message(problem: str) -> Message:
    """One of ``VerificationResult.problems`` as a translatable message."""
    prefix = UNREADABLE.removesuffix("%1")
    if problem.startswith(prefix):
        return Message(CONTEXT, UNREADABLE, (problem[len(prefix) :],))
    return Message(CONTEXT, problem)


def addition_message(addition: str) -> Message:
    return Message(CONTEXT, ADDITIONS[addition])


def headline_message(outcome: Outcome) -> Message | None:
    """A short name for a result that is not plainly VALID; None for VALID."""
    source = HEADLINES.get(outcome)
    return Message(CONTEXT, source) if source else None


def _unreadable(pdf: bytes) -> VerificationResult:
    if b"%PDF-" in pdf[:HEADER_WINDOW]:
        return VerificationResult(False, Outcome.DAMAGED_PDF, problems=(DAMAGED_PDF,))
    return VerificationResult(False, Outcome.NOT_A_PDF, problems=(NOT_A_PDF,))


def _validation_context(trust_roots: Sequence[bytes]):
    from asn1crypto import pem, x509  # pyHanko's validator only when a signature is checked
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


def _coverage(reader, pdf: bytes, signatures, statuses) -> tuple[Outcome, tuple[str, ...]]:
    """VALID with the permitted additions, CHANGED or TRAILING_DATA."""
    # pyHanko only when a signature is checked
    from .signed_revisions import Addition, Coverage, signed_span, trailing_bytes

    spans = [
        signed_span(reader, signature, status, signatures[index + 1 :])
        for index, (signature, status) in enumerate(zip(signatures, statuses, strict=True))
    ]
    coverages = {span.coverage for span in spans}
    if Coverage.CHANGED in coverages:
        return Outcome.CHANGED, ()
    if Coverage.TRAILING_DATA in coverages or trailing_bytes(pdf):
        return Outcome.TRAILING_DATA, ()
    found = {addition for span in spans for addition in span.additions}
    return Outcome.VALID, tuple(str(kind) for kind in Addition if kind in found)


def verify_pdf(pdf: bytes, *, trust_roots: Sequence[bytes] = ()) -> VerificationResult:
    """Check every signature in ``pdf`` offline. ``trusted`` means the signer's certificate
    chains to one of ``trust_roots`` (PEM or DER certificates: e.g. the business's own
    certificate, or a certification authority the user chose to trust). Never raises for bad
    input: unsigned, damaged or foreign files give a result too."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # pyHanko only when a signature is checked
    from pyhanko.sign.validation import validate_pdf_signature

    from .signed_revisions import DIFF_POLICY  # it imports pyHanko

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
    except Exception as error:
        log.info("not a readable PDF: %s", error)
        return _unreadable(pdf)
    try:
        signatures = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except Exception as error:  # e.g. /Contents zeroed: no CMS structure left to parse
        log.info("a signature could not be read: %s", error)
        return VerificationResult(True, Outcome.SIGNATURE_DAMAGED, problems=(SIGNATURE_DAMAGED,))
    if not signatures:
        return VerificationResult(False, Outcome.NOT_SIGNED, problems=(NOT_SIGNED,))

    context = _validation_context(trust_roots)
    statuses, problems = [], []
    for signature in signatures:
        try:
            statuses.append(validate_pdf_signature(signature, context, diff_policy=DIFF_POLICY))
        except Exception as error:
            log.info("signature %s could not be validated", signature.field_name, exc_info=True)
            problems.append(UNREADABLE.replace("%1", str(error)))
    if problems:
        return VerificationResult(
            True,
            Outcome.SIGNATURE_DAMAGED,
            signature_count=len(signatures),
            problems=tuple(problems),
        )

    valid = all(status.intact and status.valid for status in statuses)
    if valid:
        outcome, additions = _coverage(reader, pdf, signatures, statuses)
    else:
        outcome, additions = Outcome.INVALID, ()
    trusted = all(status.trusted for status in statuses)
    latest = statuses[-1]
    certificate = latest.signing_cert
    self_signed = certificate.self_signed in ("yes", "maybe")
    problems = {
        Outcome.INVALID: [BROKEN],
        Outcome.CHANGED: [MODIFIED],
        Outcome.TRAILING_DATA: [TRAILING_DATA],
    }.get(outcome, [])
    if any(status.revoked for status in statuses):
        problems.append(REVOKED)
        outcome = outcome if outcome is not Outcome.VALID else Outcome.REVOKED
    elif not trusted and self_signed:
        problems.append(SELF_SIGNED if outcome is Outcome.VALID else SELF_SIGNED_ONLY)
    elif not trusted:
        problems.append(UNTRUSTED)
    signer, organization, business_id = _subject_details(certificate)
    return VerificationResult(
        signed=True,
        outcome=outcome,
        valid=valid,
        intact=outcome in (Outcome.VALID, Outcome.REVOKED),
        trusted=trusted,
        signer=signer,
        organization=organization,
        business_id=business_id,
        signed_at=latest.signer_reported_dt,
        self_signed=self_signed,
        signature_count=len(signatures),
        additions=additions,
        problems=tuple(problems),
    )
