"""What went wrong in a request step, in words the user can act on: the service's own rule
messages, a signing key that does not open, a file that cannot be written. Anything else is a
programming error and goes to the crash dialog with its traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..documents.wording import is_wrong_passphrase, signing_error_text
from ..errors import show_user_error, user_error_text

CONTEXT = "RequestMessages"


def _signing_error():
    # Imported on first use: the signing error's module loads cryptography, which the window
    # does not need before the first paint.
    from ...services.signatures import SigningError

    return SigningError


class PassphraseRejected(Exception):
    """The signing key does not open with the passphrase given."""


class CannotSign(Exception):
    """The signing identity cannot sign for another reason (none yet, expired), found before
    any step began; the signing error is the cause."""


def check_passphrase(services, passphrase: str) -> None:
    """Check the signing identity before any step changes the register: a letter that fails
    to sign must not leave a half-done step behind. A wrong passphrase raises
    :class:`PassphraseRejected`; any other reason it cannot sign (no identity, an expired
    certificate) raises :class:`CannotSign`, so that the user is told that reason and not
    asked to retype a passphrase that was right."""
    try:
        services.documents.check_passphrase(passphrase)
    except _signing_error() as error:
        if is_wrong_passphrase(error):
            raise PassphraseRejected(str(error)) from error
        raise CannotSign(str(error)) from error


def os_error_text(error: OSError) -> str:
    where = str(error.filename) if error.filename else ""
    reason = error.strerror or str(error)
    return (
        QCoreApplication.translate(
            "RequestMessages", "The file %1 could not be read or written: %2"
        )
        .replace("%1", where)
        .replace("%2", reason)
    )


def error_text(error: BaseException) -> str | None:
    """The message for an error the user can fix; None for a programming error."""
    text = user_error_text(error)
    if text is not None:
        return text
    if isinstance(error, PassphraseRejected):
        return QCoreApplication.translate(
            "RequestMessages",
            "The passphrase does not open your signing key. Nothing was changed.",
        )
    if isinstance(error, CannotSign):
        return QCoreApplication.translate("RequestMessages", "%1 Nothing was changed.").replace(
            "%1", signing_error_text(error.__cause__)
        )
    if isinstance(error, _signing_error()):
        return QCoreApplication.translate(
            "RequestMessages",
            "The letter could not be signed (%1). Check the request's timeline for what was done.",
        ).replace("%1", signing_error_text(error).rstrip("."))
    if isinstance(error, OSError):
        return os_error_text(error)
    return None


def show_error(parent: QWidget | None, error: BaseException) -> str | None:
    """Show a user error in a message box and return its text; None when it was not one."""
    if show_user_error(parent, error):
        return user_error_text(error)
    text = error_text(error)
    if text is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Errors", "Cannot continue"),
            text,
            parent=parent,
        )
        box.exec()
    return text


def show_os_error(parent: QWidget | None, error: OSError) -> None:
    show_error(parent, error)
