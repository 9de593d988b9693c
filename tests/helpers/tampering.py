"""Real ways a signed PDF gets damaged or altered, for the verification tests: each takes the
bytes the app's own signing produced and returns them changed as a person or a tool would."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfWriter

NOT_A_PDF = b"Kahvila Esimerkki Tmi\nAsiakasrekisteri\n" * 20


def zero_signature(pdf: bytes) -> bytes:
    """Every hex digit of the (last) signature's /Contents set to 0, length unchanged."""
    start = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", start)
    return pdf[:start] + b"0" * (end - start) + pdf[end:]


def truncate(pdf: bytes) -> bytes:
    """Cut short halfway, as an interrupted copy or download leaves it."""
    return pdf[: len(pdf) // 2]


def retitle(pdf: bytes, title: str = "Väärennetty otsikko") -> bytes:
    """An incremental update (pypdf's incremental mode) that changes /Title in /Info."""
    writer = PdfWriter(BytesIO(pdf), incremental=True)
    writer.add_metadata({"/Title": title})
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def append_after_eof(pdf: bytes) -> bytes:
    return pdf + b"\n% appended after signing\nBT (LISATTY) Tj ET\n"


def add_validation_data(pdf: bytes) -> bytes:
    """A /DSS dictionary with the signer's certificate, appended as pyHanko's LTV does."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    (signature,) = PdfFileReader(BytesIO(pdf)).embedded_signatures
    output = BytesIO(pdf)
    DocumentSecurityStore.add_dss(
        output, signature.sig_object["/Contents"], certs=[signature.signer_cert]
    )
    return output.getvalue()


def title_of(pdf: bytes) -> str:
    """The /Title a reader shows (the newest revision's)."""
    from pypdf import PdfReader

    return PdfReader(BytesIO(pdf)).metadata.title


def signature_ranges(pdf: bytes) -> list[list[int]]:
    return [
        [int(n) for n in found.split()]
        for found in re.findall(rb"/ByteRange \[ ?([0-9 ]+?) ?\]", pdf)
    ]
