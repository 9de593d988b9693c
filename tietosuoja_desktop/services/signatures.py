"""What signing and checking a signature can answer, for the windows and the command line:
the signing error and a verification's outcome and messages (made in ``documents/``).

Importing this module loads the signing libraries (cryptography, and the document builders
with them): import it where a signature is made or checked, not at start-up."""

from __future__ import annotations

from ..documents.identity import SigningError
from ..documents.verification import (
    Outcome,
    VerificationResult,
    addition_message,
    headline_message,
    problem_message,
)

__all__ = [
    "Outcome",
    "SigningError",
    "VerificationResult",
    "addition_message",
    "headline_message",
    "problem_message",
]
