"""What the signing and verification code says (English sentences from the documents room,
which is built without Qt) in the user's language. Unknown sentences pass through unchanged,
so a new message is never lost, only untranslated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services import signatures

CONTEXT = "SigningMessages"
WRONG_PASSPHRASE = "Could not open the signing identity"

# (how the English message starts, its translation; %1 is the rest of the message)
_SIGNING = (
    (
        WRONG_PASSPHRASE,
        QT_TRANSLATE_NOOP(
            "SigningMessages",
            "The passphrase is wrong, or the file is not a PKCS#12 file (.p12, .pfx).",
        ),
    ),
    (
        "The certificate needs the business name.",
        QT_TRANSLATE_NOOP(
            "SigningMessages", "Enter the business name in the business profile first."
        ),
    ),
    (
        "Not a valid business ID (Y-tunnus): ",
        QT_TRANSLATE_NOOP(
            "SigningMessages",
            "The business ID (Y-tunnus) %1 in the business profile is not valid.",
        ),
    ),
    (
        "A passphrase is required",
        QT_TRANSLATE_NOOP("SigningMessages", "Enter a passphrase to protect the signing key."),
    ),
    (
        "A signing identity already exists",
        QT_TRANSLATE_NOOP("SigningMessages", "A signing identity already exists."),
    ),
    ("Could not read ", QT_TRANSLATE_NOOP("SigningMessages", "Could not read %1")),
    (
        "The PKCS#12 file must hold both",
        QT_TRANSLATE_NOOP(
            "SigningMessages", "The file must hold both a private key and its certificate."
        ),
    ),
    (
        "The private key does not belong",
        QT_TRANSLATE_NOOP(
            "SigningMessages", "The private key in the file does not belong to its certificate."
        ),
    ),
    (
        "The certificate has expired.",
        QT_TRANSLATE_NOOP("SigningMessages", "The certificate has expired."),
    ),
    (
        "The signing certificate has expired.",
        QT_TRANSLATE_NOOP(
            "SigningMessages",
            "The signing certificate has expired. Create or import a new signing identity.",
        ),
    ),
    (
        "The certificate is not meant for signatures",
        QT_TRANSLATE_NOOP("SigningMessages", "The certificate is not meant for signing documents."),
    ),
    (
        "There is no signing identity",
        QT_TRANSLATE_NOOP(
            "SigningMessages", "There is no signing identity yet. Create or import one first."
        ),
    ),
    (
        "Could not sign the document: ",
        QT_TRANSLATE_NOOP("SigningMessages", "The document could not be signed: %1"),
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def is_wrong_passphrase(error: BaseException) -> bool:
    return str(error).startswith(WRONG_PASSPHRASE)


def signing_error_text(error: BaseException) -> str:
    """A SigningError's message in the user's language."""
    message = str(error)
    for start, translated in _SIGNING:
        if message.startswith(start):
            return _tr(translated).replace("%1", message[len(start) :].rstrip("."))
    return message


def problem_text(problem: str) -> str:
    """One of VerificationResult.problems in the user's language."""
    return signatures.problem_message(problem).render(QCoreApplication.translate)


def addition_text(addition: str) -> str:
    """One of VerificationResult.additions (an update appended after signing that is allowed)."""
    return signatures.addition_message(addition).render(QCoreApplication.translate)


def headline_text(outcome) -> str:
    """The short name of a result that is not plainly valid."""
    message = signatures.headline_message(outcome)
    return message.render(QCoreApplication.translate) if message else ""
