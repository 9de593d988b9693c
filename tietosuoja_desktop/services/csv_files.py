"""CSV files as Finnish offices have them: UTF-8 with or without a byte-order mark, UTF-16 as
Excel's "Unicode text" writes, or Windows-1252 as Finnish Excel saves "CSV (semicolon
separated)"; separated by semicolons, commas or tabs. Reading guesses both (the encoding from
the evidence in the bytes, :mod:`..domain.csv_encoding`); writing uses UTF-8 with a BOM (Excel
then shows ä and ö right) and neutralises cells a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import gc
import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.csv_encoding import LEGACY, decode, encoding_name
from ..domain.csv_headers import Target, guess_target

DELIMITERS = (";", ",", "\t")
SAMPLE_CHARS = 64 * 1024
# Big enough for any real cell; a longer one is read whole and then refused by validation.
FIELD_SIZE_LIMIT = 64 * 1024 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?")
# In a row's cells each preceded by _JOIN: a cell that :func:`neutralised` changes (one
# starting with one of FORMULA_START that is not a plain number); the literal first character
# lets the search skip ahead (twice as fast as starting with "^ or _JOIN"). A row whose cells
# hold _JOIN themselves is checked cell by cell.
_JOIN = "\x1f"
_FORMULA_FIRST = re.escape("".join(FORMULA_START))
_NEEDS_QUOTE = re.compile(rf"\x1f(?!(?:{_PLAIN_NUMBER.pattern})(?:\x1f|\Z))[{_FORMULA_FIRST}]")


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
    # Columns recognised only when the header line is read as UTF-8 (the file was read in a
    # legacy encoding): (column, its header in UTF-8, what it was recognised as).
    utf8_only_columns: tuple[tuple[int, str, Target], ...] = ()

    @property
    def encoding_name(self) -> str:
        return encoding_name(self.encoding)

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
    data = Path(path).read_bytes()
    text, used = decode(data, encoding)
    delimiter = delimiter or detect_delimiter(text)
    enabled = gc.isenabled()
    gc.disable()  # a record per row, none in a cycle: collecting would only walk them again
    try:
        headers, rows = parse(text, delimiter)
    finally:
        if enabled:
            gc.enable()
    lost = utf8_only_columns(data, headers, delimiter) if used in LEGACY else ()
    return CsvTable(Path(path), used, delimiter, headers, rows, lost)


def utf8_only_columns(
    data: bytes, headers: tuple[str, ...], delimiter: str
) -> tuple[tuple[int, str, Target], ...]:
    """The columns whose header is recognised when read as UTF-8 but not as ``headers`` has
    it (``Sähköposti`` read as Windows-1252 is ``SÃ¤hkÃ¶posti``, which names nothing)."""
    sample = data[:SAMPLE_CHARS].decode("utf-8", errors="replace")
    utf8_headers, _ = parse(_sample(sample), delimiter)
    lost = []
    for index, (header, other) in enumerate(zip(headers, utf8_headers, strict=False)):
        target = guess_target(other)
        if target is not Target.IGNORE and guess_target(header) is Target.IGNORE:
            lost.append((index, other, target))
    return tuple(lost)


def neutralised(value: str) -> str:
    """A cell a spreadsheet would take for a formula (``=HYPERLINK(...)``, ``@SUM``, ``+cmd``,
    a leading tab or carriage return) gets a leading apostrophe; plain numbers such as
    ``+358401234567`` or ``-5`` cannot run anything and stay as they are."""
    if value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def row_cells(row: Sequence[object]) -> list[str]:
    """A row's values as the cells written: ``None`` empty, others as text, each
    :func:`neutralised`. A row none of whose cells a spreadsheet could take for a formula
    (nearly all) is found so by one search of the joined row, not a test per cell (a million
    customers' export: 17 million tests)."""
    cells = ["" if v is None else v if type(v) is str else str(v) for v in row]
    joined = _JOIN + _JOIN.join(cells)
    if joined.count(_JOIN) != len(cells) or _NEEDS_QUOTE.search(joined):
        return [neutralised(cell) for cell in cells]
    return cells


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
                writer.writerow(row_cells(row))
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
