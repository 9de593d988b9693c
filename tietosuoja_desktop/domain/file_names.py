"""File names the app suggests or writes, made from text people typed (a register's or a
customer's name, a document's title, an attachment's original name): valid on Windows, macOS
and Linux alike.

Windows is the strictest: it refuses ``<>:"/\\|?*`` and control characters, silently drops
trailing dots and spaces, reserves the device names CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with
any extension: ``con.pdf`` is the console too), and classic programs cannot open a path longer
than 259 characters (MAX_PATH, 260 with its terminating NUL). Linux and macOS limit a name to
255 bytes of UTF-8, which also keeps it within NTFS's 255 UTF-16 units."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{digit}" for device in ("COM", "LPT") for digit in "123456789¹²³"}
)
MAX_NAME_BYTES = 255
MAX_PATH_CHARS = 259
WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*\x7f') | {chr(code) for code in range(32)}
_FORBIDDEN = re.compile("[" + re.escape("".join(sorted(WINDOWS_FORBIDDEN))) + "]")
_SUFFIX = re.compile(r"(\.[A-Za-z0-9]{1,8})$")
_SHORTEST_STEM = 8  # a folder too deep for any name still gets a recognisable one


def _utf16_length(text: str) -> int:
    """Length as Windows counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def is_reserved(name: str) -> bool:
    """Whether Windows reads ``name`` as a device: its part before the first dot, without
    trailing spaces, is a reserved name in any case."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED_NAMES


def safe_file_name(
    name: str, *, folder: str | PurePath | None = None, fallback: str = "document"
) -> str:
    """``name`` made valid everywhere: forbidden and control characters become spaces, runs of
    white space one space, trailing dots and spaces go, a reserved device name gets a ``_``
    in front, and the name is shortened (keeping its extension) to 255 bytes and, when
    ``folder`` is given, so that ``folder / name`` stays within Windows' 259 characters.
    An empty result becomes ``fallback`` with the extension."""
    text = unicodedata.normalize("NFC", name)
    match = _SUFFIX.search(text)
    suffix = match.group(1) if match else ""
    stem = _clean(text[: len(text) - len(suffix)] if suffix else text)
    limit = MAX_PATH_CHARS - _utf16_length(str(folder)) - 1 if folder is not None else None
    stem = _shorten(stem or fallback, suffix, limit)
    if is_reserved(stem):
        stem = _shorten(f"_{stem}", suffix, limit)
    return stem + suffix


def _clean(text: str) -> str:
    text = _FORBIDDEN.sub(" ", text)
    return " ".join(text.split()).strip(" .")


def _shorten(stem: str, suffix: str, path_limit: int | None) -> str:
    def fits(candidate: str) -> bool:
        name = candidate + suffix
        if len(name.encode("utf-8")) > MAX_NAME_BYTES:
            return False
        return path_limit is None or _utf16_length(name) <= path_limit

    while len(stem) > _SHORTEST_STEM and not fits(stem):
        stem = stem[:-1].rstrip(" .")
    return stem
