"""CSV files as Finnish offices have them: UTF-8 with or without a byte-order mark, or
Windows-1252 as Finnish Excel saves "CSV (semicolon separated)"; separated by semicolons,
commas or tabs. Reading guesses both; writing uses UTF-8 with a BOM (Excel then shows ä and ö
right) and neutralises cells a spreadsheet would run as formulas."""

from __future__ import annotations

import codecs
import csv
import gc
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DELIMITERS = (";", ",", "\t")
SAMPLE_CHARS = 64 * 1024
# Big enough for any real cell; a longer one is read whole and then refused by validation.
FIELD_SIZE_LIMIT = 64 * 1024 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")

ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of a file and the encoding it was read with. Without ``encoding``: a BOM
    decides (UTF-8 or UTF-16, as Excel's "Unicode text" writes); else strict UTF-8; else
    Windows-1252; else ISO-8859-1, which reads any byte (odd ones end up as control
    characters that validation then reports)."""
    if encoding:
        return data.decode(encoding, errors="replace"), encoding
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for candidate in ("utf-8", "cp1252"):
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _sample(text: str) -> str:
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    return sample


def _consistency(sample: str, delimiter: str) -> tuple[int, int]:
    """(rows with as many fields as the header, header fields) over the sample's rows."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
    counts = []
    try:
        for row in reader:
            if row:
                counts.append(len(row))
            if len(counts) >= 200:
                break
    except csv.Error:
        pass
    if not counts or counts[0] < 2:
        return (0, 0)
    return (sum(1 for c in counts if c == counts[0]), counts[0])


def detect_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: csv.Sniffer's guess when no other candidate splits the rows more
    consistently, else the most consistent one (Sniffer is fooled by decimal commas in
    semicolon files)."""
    sample = _sample(text)
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    if sniffed in scores and scores[sniffed] >= scores[best] and scores[sniffed][1] > 1:
        return sniffed
    return best if scores[best][1] > 1 else ","


@dataclass(slots=True)
class CsvRow:
    """One record of the file: its first line number (1 = the header) and its cells."""

    line: int
    values: tuple[str, ...]
    # Set when the record ran over line ends with the delimiter inside: most likely a quote
    # left open, so the rest of the file may have been read as one value.
    open_quote: bool = False


@dataclass(frozen=True)
class CsvTable:
    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    rows: list[CsvRow] = field(default_factory=list)

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return {"\t": "tab"}.get(self.delimiter, self.delimiter)


def parse(text: str, delimiter: str) -> tuple[tuple[str, ...], list[CsvRow]]:
    """The header and the records; blank records are skipped."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[CsvRow] = []
    start = 1
    for record in reader:
        line, start = start, reader.line_num + 1
        if not "".join(record).strip():
            continue
        if headers is None:
            headers = tuple(cell.strip() for cell in record)
            continue
        spans_lines = reader.line_num > line
        open_quote = spans_lines and any("\n" in c and delimiter in c for c in record)
        rows.append(CsvRow(line, tuple(record), open_quote))
    return headers or (), rows


def read_table(
    path: Path, *, encoding: str | None = None, delimiter: str | None = None
) -> CsvTable:
    """Read a whole CSV file, guessing what is not given."""
    text, used = decode(Path(path).read_bytes(), encoding)
    delimiter = delimiter or detect_delimiter(text)
    enabled = gc.isenabled()
    gc.disable()  # a record per row, none in a cycle: collecting would only walk them again
    try:
        headers, rows = parse(text, delimiter)
    finally:
        if enabled:
            gc.enable()
    return CsvTable(Path(path), used, delimiter, headers, rows)


def neutralised(value: str) -> str:
    """A cell a spreadsheet would take for a formula (``=HYPERLINK(...)``, ``@SUM``, ``+cmd``,
    a leading tab or carriage return) gets a leading apostrophe; plain numbers such as
    ``+358401234567`` or ``-5`` cannot run anything and stay as they are."""
    if value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ";",
) -> int:
    """Write (to a temporary file first, then moved into place) UTF-8 with a BOM; returns the
    number of data rows. ``None`` cells are written empty."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([neutralised(str(h)) for h in headers])
            for row in rows:
                writer.writerow(["" if v is None else neutralised(str(v)) for v in row])
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
