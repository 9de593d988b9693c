"""Wheels' private copies of libraries, replaced in the Linux bundle by links to the bundle's own.

auditwheel gives every manylinux wheel its own copy of each library it links, under a hashed
name (``sqlcipher3_binary.libs/libcrypto-0dcfa43e.so.3``, ``pillow.libs/libzstd-40ad5e7e...``),
so a bundle ends up with two OpenSSLs, two zstds and so on. The spec turns each copy it names
into a relative symbolic link to the bundle's library of the same kind: the extension still asks
for the hashed name (through its ``$ORIGIN`` run path), the dynamic loader follows the link and
maps the one library once.

That is only safe when the replacement defines every symbol version the copy's users ask of it
(``readelf -V``): SQLCipher's extension asks libcrypto for ``OPENSSL_3.0.0`` symbols, which
any OpenSSL 3 has. :func:`link_copies` checks that at build time and stops the build otherwise;
a missing unversioned symbol would stop the program at import, which ``--selftest`` catches."""

from __future__ import annotations

import functools
import os
import re
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in the bundle, source, kind)


@functools.cache  # each library is read once, though asked about for every copy
def _readelf(path: str, *options: str) -> str:
    return subprocess.run(
        ["readelf", "-W", *options, path], capture_output=True, text=True, check=True
    ).stdout


def needed(path: str) -> set[str]:
    """The libraries ``path`` names as NEEDED."""
    return set(re.findall(r"\(NEEDED\).*\[(.+)\]", _readelf(path, "-d")))


def versions_needed(path: str, library: str) -> set[str]:
    """The symbol versions ``path`` asks of ``library`` (its NEEDED name)."""
    found, current = set(), None
    for line in _readelf(path, "-V").splitlines():
        file_line = re.search(r"File: (\S+)", line)
        if file_line:
            current = file_line.group(1)
        elif current == library and (name := re.search(r"Name: (\S+)", line)):
            found.add(name.group(1))
    return found


def versions_defined(path: str) -> set[str]:
    """The symbol versions the library at ``path`` defines."""
    section = _readelf(path, "-V").split("Version definition section", 1)
    if len(section) < 2:
        return set()
    definitions = section[1].split("Version needs section", 1)[0]
    return set(re.findall(r"Name: (\S+)", definitions))


def _is_library(path: str) -> bool:
    return path.endswith(".so") or ".so." in Path(path).name


def link_copies(binaries: Iterable[Entry], copies: Mapping[str, str]) -> list[Entry]:
    """``binaries`` with each private copy (its bundle name starting with a key of ``copies``)
    turned into a link to the bundle's library named by the value. Stops the build (SystemExit)
    when that library is not in the bundle or lacks a symbol version the copy's users need."""
    binaries = list(binaries)
    sources = {name: source for name, source, kind in binaries if kind != "SYMLINK"}
    result = []
    for name, source, kind in binaries:
        library = next((copies[start] for start in copies if name.startswith(start)), None)
        if library is None or kind == "SYMLINK":
            result.append((name, source, kind))
            continue
        if library not in sources:
            raise SystemExit(f"{name}: the bundle has no {library} to link it to")
        defined = versions_defined(sources[library])
        copy = Path(name).name
        for user, user_source in sources.items():
            if not _is_library(user_source) or copy not in needed(user_source):
                continue
            missing = versions_needed(user_source, copy) - defined
            if missing:
                raise SystemExit(
                    f"{user} needs {', '.join(sorted(missing))} from {copy}, "
                    f"which {library} does not define"
                )
        result.append((name, os.path.relpath(library, os.path.dirname(name)), "SYMLINK"))
    return result
