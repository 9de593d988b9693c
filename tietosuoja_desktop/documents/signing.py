"""Signing the documents digitally: PAdES baseline B-B with pyHanko, entirely offline (no
timestamp server, no revocation look-ups).

A self-made identity is self-signed, so readers see a mathematically valid signature from a
signer no certification authority vouches for; :func:`verify_pdf` says exactly that.

pyHanko's synchronous calls run their own asyncio loop: call these functions from a plain
thread (the GUI's worker thread), not from inside a running event loop.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15

from .identity import (
    CERTIFICATE_FILE,
    IDENTITY_FILE,
    SigningError,
    SigningIdentity,
    business_id_valid,
    create_identity,
    import_pkcs12,
    load_bundle,
    load_identity,
)
from .verification import VerificationResult, verify_pdf

__all__ = [
    "CERTIFICATE_FILE",
    "IDENTITY_FILE",
    "SigningError",
    "SigningIdentity",
    "VerificationResult",
    "business_id_valid",
    "create_identity",
    "import_pkcs12",
    "load_identity",
    "sign_pdf",
    "unlock",
    "verify_pdf",
]

# Room for the CMS signature container (certificate chain included), so pyHanko need not make
# a trial signature to measure it.
_RESERVED_BYTES = 16 * 1024


def _signer(key, certificate, chain):
    """A pyHanko signer around an already loaded key: pyHanko's SimpleSigner would re-read
    (and for RSA re-check) the key for every signature it makes."""
    # pyHanko (about 0.2 s) only when signing
    from pyhanko.keys.internal import translate_pyca_cryptography_cert_to_asn1 as to_asn1
    from pyhanko.sign.signers import Signer
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class LoadedKeySigner(Signer):
        async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
            digest = get_pyca_cryptography_hash(digest_algorithm)
            if isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(digest))
            if isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, PKCS1v15(), digest)
            raise SigningError("Only RSA and elliptic-curve keys can sign documents.")

    return LoadedKeySigner(
        signing_cert=to_asn1(certificate),
        cert_registry=SimpleCertificateStore.from_certs([to_asn1(cert) for cert in chain]),
    )


def unlock(directory: Path, passphrase: str):
    """(key, certificate, chain) of the identity in ``directory``; SigningError when there is
    none, the passphrase is wrong or the certificate has expired. Also a check of the
    passphrase before a batch of documents is signed."""
    path = Path(directory) / IDENTITY_FILE
    try:
        bundle = path.read_bytes()
    except FileNotFoundError as error:
        raise SigningError(f"There is no signing identity in {directory}.") from error
    key, certificate, chain = load_bundle(bundle, passphrase)
    if key is None or certificate is None:
        raise SigningError("The signing identity holds no private key or certificate.")
    if certificate.not_valid_after_utc <= datetime.now(UTC):
        raise SigningError("The signing certificate has expired.")
    return key, certificate, chain


def sign_pdf(
    pdf: bytes, directory: Path, passphrase: str, *, reason: str = "", location: str = ""
) -> bytes:
    """Sign ``pdf`` with the identity in ``directory``: PAdES B-B, SHA-256, an invisible
    signature field, appended as an incremental update (earlier signatures stay valid)."""
    # pyHanko (about 0.2 s) only when signing
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError as HankoSigningError

    signer = _signer(*unlock(directory, passphrase))
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
        existing = len(writer.prev.embedded_signatures)
        metadata = signers.PdfSignatureMetadata(
            field_name=f"Signature{existing + 1}",
            md_algorithm="sha256",
            subfilter=SigSeedSubFilter.PADES,
            reason=reason or None,
            location=location or None,
            name=signer.signing_cert.subject.native.get("common_name") or None,
            signer_key_usage={"non_repudiation", "digital_signature"},
        )
        signed = signers.sign_pdf(writer, metadata, signer=signer, bytes_reserved=_RESERVED_BYTES)
        return signed.getvalue()
    except (PdfError, HankoSigningError, ValueError) as error:
        raise SigningError(f"Could not sign the document: {error}") from error
