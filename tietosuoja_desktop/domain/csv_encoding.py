"""Which text encoding a CSV file's bytes are in, decided from the evidence in the bytes. Pure.

A byte-order mark decides (UTF-8, UTF-16 or UTF-32). Without one, the pattern of NUL bytes
tells UTF-16 and UTF-32 (ASCII text in them is half or three quarters zero bytes); then strict
UTF-8. A file that is UTF-8 except for a few bytes is refused with where those bytes are: read
as Windows-1252 it would garble every ä of the rest ("MÃ¤kelÃ¤"), read as UTF-8 it would lose
the bytes, so the person decides. A file with no UTF-8 text in it at all is Windows-1252, as
Finnish Excel saves "CSV (semicolon separated)", or else ISO-8859-1, which reads any byte."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Message

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16 (BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32 (BOM)",
    "utf-32-le": "UTF-32 LE",
    "utf-32-be": "UTF-32 BE",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}
LEGACY = ("cp1252", "latin-1")
SAMPLE_BYTES = 64 * 1024
SHOWN = 5  # places listed in a refusal; the rest are counted

MSG_MIXED = QT_TRANSLATE_NOOP(
    "Import",
    "The file is UTF-8 text except in places that are not UTF-8 (bytes: %1, lines: %2). Read "
    "as Windows-1252 instead, every ä and ö of the rest would be stored garbled.",
)
MSG_NOT_IN = QT_TRANSLATE_NOOP(
    "Import", "The file cannot be read as %3 (bytes that do not decode: %1, lines: %2)."
)
MSG_PLACE = QT_TRANSLATE_NOOP("Import", "line %1: byte %2")


@dataclass(frozen=True)
class BadBytes:
    """Bytes that do not decode: the line they are on (1 = the first) and the bytes."""

    line: int
    data: bytes

    @property
    def hex(self) -> str:
        return " ".join(f"{byte:02X}" for byte in self.data)


@dataclass(frozen=True)
class DecodeReport:
    """What reading ``data`` as ``encoding`` found: the first places that do not decode, how
    many bytes and lines do not, and whether any non-ASCII text did decode."""

    encoding: str
    places: tuple[BadBytes, ...] = ()
    bad_bytes: int = 0
    bad_lines: int = 0
    other_text: bool = False


class UndecodableFile(ValueError):
    """The bytes do not decode as the chosen (or the only plausible) encoding; ``message``
    says why and ``report`` where. No personal data in ``str()``: only counts and bytes."""

    def __init__(self, message: Message, report: DecodeReport) -> None:
        super().__init__(message.render())
        self.message = message
        self.report = report

    def places(self) -> list[Message]:
        return [Message("Import", MSG_PLACE, (str(p.line), p.hex)) for p in self.report.places]


def encoding_name(encoding: str) -> str:
    return ENCODING_NAMES.get(encoding, encoding)


_MARK = "tietosuoja-mark-bytes"  # an error handler: each bad byte becomes U+DC00 + byte
_MARKED = re.compile("[\udc00-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f\udc00-\udcff]")


def _mark(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in bad), error.end


def scan(data: bytes, encoding: str) -> DecodeReport:
    """Every place where ``data`` does not decode as ``encoding`` (the first :data:`SHOWN`
    kept), in one pass: the bytes that do not decode are marked as lone surrogates, which
    no strict decoding of UTF-8, UTF-16 or UTF-32 can yield."""
    errors = "surrogateescape"  # the same marks, in C; every byte UTF-8 refuses is >= 0x80
    if codecs.lookup(encoding).name != "utf-8":
        errors = _MARK
        try:
            codecs.lookup_error(_MARK)
        except LookupError:
            codecs.register_error(_MARK, _mark)
    text = data.decode(encoding, errors=errors)
    places: list[BadBytes] = []
    line, counted_to, last_line = 1, 0, 0
    bad_bytes = bad_lines = 0
    for run in _MARKED.finditer(text):
        line += text.count("\n", counted_to, run.start())
        counted_to = run.start()
        bad_bytes += len(run.group())
        if line != last_line:
            bad_lines, last_line = bad_lines + 1, line
        if len(places) < SHOWN:
            places.append(BadBytes(line, bytes(ord(c) - 0xDC00 for c in run.group())))
    other_text = _NON_ASCII.search(text) is not None
    return DecodeReport(encoding, tuple(places), bad_bytes, bad_lines, other_text)


def _nul_share(sample: bytes, step: int, offset: int) -> float:
    column = sample[offset::step]
    return column.count(0) / len(column) if column else 0.0


def nul_pattern(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (and which byte order) when the zero bytes fall where ASCII and
    Latin-1 text puts them in those encodings; None otherwise (a stray NUL decides nothing)."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4 or sample.count(0) < len(sample) // 8:
        return None
    sample = sample[: len(sample) // 4 * 4]
    quarters = [_nul_share(sample, 4, offset) for offset in range(4)]
    if quarters[2] > 0.9 and quarters[3] > 0.9 and quarters[0] < 0.05:
        return "utf-32-le"
    if quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[3] < 0.05:
        return "utf-32-be"
    even, odd = _nul_share(sample, 2, 0), _nul_share(sample, 2, 1)
    if odd > 0.25 and even < 0.05:
        return "utf-16-le"
    if even > 0.25 and odd < 0.05:
        return "utf-16-be"
    return None


def _refusal(report: DecodeReport, message: str, *args: str) -> UndecodableFile:
    counts = (str(report.bad_bytes), str(report.bad_lines))
    return UndecodableFile(Message("Import", message, (*counts, *args)), report)


def _as_browsers_read(data: bytes, encoding: str) -> str:
    """A single-byte encoding with the bytes it leaves undefined read as ISO-8859-1 does
    (control characters, which validation then refuses with the row), as web browsers do."""
    text = data.decode(encoding, errors="surrogateescape")
    return re.sub("[\udc80-\udcff]", lambda m: chr(ord(m.group()) - 0xDC00), text)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a file and the encoding it was read with (a byte-order mark removed).
    Raises :class:`UndecodableFile` when the bytes do not decide, or do not decode as the
    ``encoding`` asked for (a single-byte one such as cp1252 reads every byte)."""
    if encoding:
        codec = codecs.lookup(encoding).name  # LookupError for an unknown name
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            if codec.startswith(("utf", "ucs")):
                report = scan(data, encoding)
                raise _refusal(report, MSG_NOT_IN, encoding_name(encoding)) from None
            return _as_browsers_read(data, encoding), encoding
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name)
    detected = nul_pattern(data)
    if detected:
        return _strict(data, detected, detected)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _NON_ASCII.search(data.decode("utf-8", errors="surrogateescape")):
        raise _refusal(scan(data, "utf-8"), MSG_MIXED)  # some of it is UTF-8 text
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError:
        raise _refusal(scan(data, codec), MSG_NOT_IN, encoding_name(codec)) from None
