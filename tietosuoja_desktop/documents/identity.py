"""The business's signing identity: a private key and an X.509 certificate kept in a
passphrase-protected PKCS#12 file, either made here (self-signed) or imported from a
certification authority's PKCS#12 file.

The identity folder holds ``signing-identity.p12`` (mode 0600, the key and certificate) and
``signing-identity.crt`` (the public certificate, so its details show without the passphrase).
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..domain.validation import business_id_problem

IDENTITY_FILE = "signing-identity.p12"
CERTIFICATE_FILE = "signing-identity.crt"
ORGANIZATION_IDENTIFIER = x509.ObjectIdentifier("2.5.4.97")  # not named in every cryptography
_BUSINESS_ID = re.compile(r"^\d{7}-\d$")


class SigningError(Exception):
    """Signing could not be done; the message (English) says why. Callers translate it."""


@dataclass(frozen=True)
class SigningIdentity:
    """What the user sees of a signing identity; the key itself stays in the PKCS#12 file."""

    path: Path
    subject: str  # RFC 4514, e.g. "CN=Kahvila Esimerkki Tmi,O=...,C=FI"
    common_name: str
    organization: str
    business_id: str  # Y-tunnus from organizationIdentifier NTRFI-..., "" if absent
    valid_from: datetime
    valid_to: datetime
    fingerprint_sha256: str  # "AB:CD:..."
    self_signed: bool


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _business_id(name: x509.Name) -> str:
    value = _attribute(name, ORGANIZATION_IDENTIFIER)
    return value.removeprefix("NTRFI-") if value.startswith("NTRFI-") else ""


def _identity(cert: x509.Certificate, path: Path) -> SigningIdentity:
    fingerprint = cert.fingerprint(hashes.SHA256()).hex().upper()
    return SigningIdentity(
        path=path,
        subject=cert.subject.rfc4514_string({ORGANIZATION_IDENTIFIER: "organizationIdentifier"}),
        common_name=_attribute(cert.subject, NameOID.COMMON_NAME),
        organization=_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        business_id=_business_id(cert.subject),
        valid_from=cert.not_valid_before_utc,
        valid_to=cert.not_valid_after_utc,
        fingerprint_sha256=":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)),
        self_signed=cert.issuer == cert.subject,
    )


def business_id_valid(value: str) -> bool:
    """A Y-tunnus in the form 1234567-8 with a correct check digit."""
    return bool(_BUSINESS_ID.match(value)) and business_id_problem(value) is None


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` readable by the owner only, atomically (never a half-written key)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)


def _store(
    directory: Path, key, cert: x509.Certificate, chain: list[x509.Certificate], passphrase: str
) -> SigningIdentity:
    directory.mkdir(parents=True, exist_ok=True)
    friendly = (_attribute(cert.subject, NameOID.COMMON_NAME) or "signing identity").encode()
    encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    bundle = pkcs12.serialize_key_and_certificates(friendly, key, cert, chain or None, encryption)
    path = directory / IDENTITY_FILE
    _write_private(path, bundle)
    (directory / CERTIFICATE_FILE).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return _identity(cert, path)


def _years_later(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def create_identity(
    directory: Path,
    *,
    common_name: str,
    business_id: str,
    passphrase: str,
    valid_years: int = 5,
    replace: bool = False,
) -> SigningIdentity:
    """Make a new EC P-256 key and a self-signed certificate naming the business (CN and O)
    and its Y-tunnus (organizationIdentifier NTRFI-1234567-8), stored under ``passphrase``.

    Refuses to overwrite an existing identity unless ``replace`` is True."""
    directory = Path(directory)
    common_name = common_name.strip()
    business_id = business_id.strip()
    if not common_name:
        raise SigningError("The certificate needs the business name.")
    if business_id and not business_id_valid(business_id):
        raise SigningError(f"Not a valid business ID (Y-tunnus): {business_id}")
    if not passphrase:
        raise SigningError("A passphrase is required to protect the signing key.")
    if not 1 <= valid_years <= 30:
        raise SigningError("The certificate must be valid for 1 to 30 years.")
    if (directory / IDENTITY_FILE).exists() and not replace:
        raise SigningError(f"A signing identity already exists in {directory}.")

    # P-256 rather than RSA: as strong as RSA-3072, and it loads in milliseconds where an RSA
    # key's consistency check costs a few hundred on every signature.
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FI"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, common_name),
    ]
    if business_id:
        attributes.append(x509.NameAttribute(ORGANIZATION_IDENTIFIER, f"NTRFI-{business_id}"))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    name = x509.Name(attributes)
    now = datetime.now(UTC).replace(microsecond=0)
    public_key = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(int.from_bytes(secrets.token_bytes(16), "big") >> 1)
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(_years_later(now, valid_years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return _store(directory, key, cert, [], passphrase)


def load_bundle(data: bytes, passphrase: str):
    """(key, certificate, other certificates) from PKCS#12 bytes; SigningError if locked."""
    try:
        return pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8") or None)
    except ValueError as error:
        raise SigningError(
            "Could not open the signing identity: wrong passphrase or not a PKCS#12 file."
        ) from error


def import_pkcs12(source: Path, directory: Path, passphrase: str) -> SigningIdentity:
    """Take a key and certificate from someone else's PKCS#12 file (e.g. from a certification
    authority), check them, and keep them in ``directory`` under the same passphrase."""
    if not passphrase:
        raise SigningError("A passphrase is required to protect the signing key.")
    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise SigningError(f"Could not read {source}: {error.strerror}") from error
    key, cert, chain = load_bundle(data, passphrase)
    if key is None or cert is None:
        raise SigningError("The PKCS#12 file must hold both a private key and its certificate.")
    public = serialization.PublicFormat.SubjectPublicKeyInfo
    encoding = serialization.Encoding.DER
    if key.public_key().public_bytes(encoding, public) != cert.public_key().public_bytes(
        encoding, public
    ):
        raise SigningError("The private key does not belong to the certificate.")
    if cert.not_valid_after_utc <= datetime.now(UTC):
        raise SigningError("The certificate has expired.")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise SigningError("The certificate is not meant for signatures (key usage).")
    except x509.ExtensionNotFound:
        pass
    return _store(Path(directory), key, cert, list(chain), passphrase)


def load_identity(directory: Path) -> SigningIdentity | None:
    """The identity kept in ``directory`` (details only, no passphrase needed), or None."""
    directory = Path(directory)
    path, certificate = directory / IDENTITY_FILE, directory / CERTIFICATE_FILE
    if not path.is_file() or not certificate.is_file():
        return None
    try:
        cert = x509.load_pem_x509_certificate(certificate.read_bytes())
    except ValueError as error:
        raise SigningError(f"The certificate file {certificate} is damaged.") from error
    return _identity(cert, path)
