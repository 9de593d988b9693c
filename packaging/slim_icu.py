"""A smaller ICU data library for the Linux bundle: PySide6's Qt links ``libicudata.so.73``
(31 MB), a single ICU "common data" package of 3,900 items, nearly all of it locale data for
languages the app never shows (Qt formats dates and numbers from its own CLDR tables; ICU serves
collation and case mapping). This keeps what the app's languages need and writes a library with
the same soname and the one symbol Qt's ICU looks for (``icudt73_dat``).

Kept: every item that is not per-locale (properties, normalisation, break rules, the locale
index, supplemental data, time zones); per-locale resources only for ``root``, Finnish,
Swedish and English (with their regional variants: ``fi_FI``, ``sv_AX``, ``en_GB``...).
Left out: other locales' resources, the character-set conversion tables (``*.cnv``: the app
reads and writes only UTF-8, Latin-1 and ASCII, which ICU converts without tables), the
dictionaries for Chinese, Japanese, Thai, Lao, Khmer and Burmese word breaking (``*.dict``)
and transliteration (``translit/``). A lookup of something left out fails the way ICU fails for
an unknown locale: it falls back to ``root``.

    python packaging/slim_icu.py SOURCE.so TARGET.so     (the spec calls build_slim_library)

Needs a C compiler driver (``cc``/``gcc``) to link the library; the spec builds it only on
Linux (Windows and macOS builds of Qt do not ship ICU)."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

SYMBOL = "icudt73_dat"
LANGUAGES = ("fi", "sv", "en")
_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]+)*)$")
_NOT_LOCALES = ("pool", "res_index", "root")  # named like locales, needed by all
_DROPPED_TREES = ("translit",)
_DROPPED_SUFFIXES = (".cnv", ".dict")
_ALIGN = 16


def read_blob(library: Path) -> bytes:
    """The common-data package inside an ICU data library: the contents of the symbol."""
    output = subprocess.run(
        ["readelf", "-W", "--dyn-syms", "-S", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    symbol = re.search(rf"^\s*\d+: ([0-9a-f]+) +(0x[0-9a-f]+|\d+) .* {SYMBOL}$", output, re.M)
    if symbol is None:
        raise SystemExit(f"{library} has no {SYMBOL}")
    address, size = int(symbol.group(1), 16), int(symbol.group(2), 0)
    for section in re.finditer(
        r"\]\s+\S+\s+PROGBITS\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", output
    ):
        start, offset, length = (int(part, 16) for part in section.groups())
        if start <= address < start + length:
            data = library.read_bytes()
            return data[offset + address - start : offset + address - start + size]
    raise SystemExit(f"{library}: no section holds {SYMBOL}")


def items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, data) items in order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise SystemExit("not an ICU common data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    found = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        found.append((name, toc[data_offset:end]))
    return blob[:header_size], found


def wanted(name: str) -> bool:
    """Whether an item (``icudt73l/coll/fi.res``) stays."""
    parts = name.split("/")[1:]
    if parts[0] in _DROPPED_TREES or name.endswith(_DROPPED_SUFFIXES):
        return False
    stem = parts[-1].rsplit(".", 1)[0]
    if not name.endswith(".res") or not _LOCALE.match(stem) or stem in _NOT_LOCALES:
        return True
    return stem.split("_")[0] in LANGUAGES


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common-data package of ``kept`` (sorted by name, as ICU's binary search needs)."""
    kept = sorted(kept, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    data_start = -(-(table_size + len(names)) // _ALIGN) * _ALIGN
    entries, body, name_offset = [], bytearray(), table_size
    for name, data in kept:
        entries.append((name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += data + b"\0" * (-len(data) % _ALIGN)
    table = struct.pack("<I", len(kept)) + b"".join(struct.pack("<II", *e) for e in entries)
    padding = b"\0" * (data_start - table_size - len(names))
    return header + table + names + padding + bytes(body)


def build_slim_library(source: Path, target: Path) -> tuple[int, int]:
    """Write the smaller library to ``target``; the number of items before and after."""
    header, found = items(read_blob(source))
    kept = [(name, data) for name, data in found if wanted(name)]
    with tempfile.TemporaryDirectory() as folder:
        package = Path(folder) / "icudata.dat"
        package.write_bytes(pack(header, kept))
        assembly = Path(folder) / "icudata.s"
        assembly.write_text(
            f".section .rodata\n.globl {SYMBOL}\n.type {SYMBOL}, @object\n.balign 16\n"
            f'{SYMBOL}:\n.incbin "{package}"\n.size {SYMBOL}, . - {SYMBOL}\n'
            '.section .note.GNU-stack,"",@progbits\n'
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(target),
             str(assembly)],
            check=True,
        )  # fmt: skip
    return len(found), len(kept)


if __name__ == "__main__":
    before, after = build_slim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{before} items -> {after}; {Path(sys.argv[2]).stat().st_size / 1e6:.1f} MB")
