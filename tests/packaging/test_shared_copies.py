"""The Linux bundle's links from wheels' private library copies to its own (packaging/
shared_copies.py), on the installed wheels' real files: SQLCipher's OpenSSL copy may be replaced
by the OpenSSL Python's ``_hashlib`` links, and SQLCipher loaded that way reads an encrypted
database its own copy wrote, and the other way round; the build stops when a replacement
lacks a symbol version or is not in the bundle."""

from __future__ import annotations

import _hashlib
import importlib.util
import re
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(__import__("sqlcipher3").__file__).parents[1]
COPIES = {"sqlcipher3_binary.libs/libcrypto-": "libcrypto.so.3"}  # as the spec's SHARED_COPIES

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not (SITE / "sqlcipher3_binary.libs").is_dir(),
    reason="auditwheel's private copies exist in the Linux wheels only",
)


def shared_copies():
    path = ROOT / "packaging" / "shared_copies.py"
    spec = importlib.util.spec_from_file_location("shared_copies", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extension() -> Path:
    return next((SITE / "sqlcipher3").glob("_sqlite3*.so"))


def private_libcrypto() -> Path:
    return next((SITE / "sqlcipher3_binary.libs").glob("libcrypto-*.so.3"))


def linked(module, library: str) -> Path:
    """The file of ``library`` that a Python extension module links."""
    found = subprocess.run(
        ["ldd", str(Path(module.__file__).resolve())], capture_output=True, text=True
    ).stdout
    match = re.search(rf"{re.escape(library)} => (\S+)", found)
    assert match, found
    return Path(match.group(1))


def python_libcrypto() -> Path:
    """The libcrypto Python's own OpenSSL module loads: the one the bundle carries."""
    return linked(_hashlib, "libcrypto.so.3")


def toc(python_crypto: Path, replacement_name: str = "libcrypto.so.3") -> list:
    copy = private_libcrypto()
    return [
        ("sqlcipher3/" + extension().name, str(extension()), "EXTENSION"),
        (f"sqlcipher3_binary.libs/{copy.name}", str(copy), "BINARY"),
        (replacement_name, str(python_crypto), "BINARY"),
        (copy.name, f"sqlcipher3_binary.libs/{copy.name}", "SYMLINK"),
    ]


def test_sqlcipher_asks_only_versions_that_pythons_openssl_defines():
    module = shared_copies()
    copy = private_libcrypto().name
    asked = module.versions_needed(str(extension()), copy)
    assert asked and all(version.startswith("OPENSSL_3") for version in asked)
    assert asked <= module.versions_defined(str(python_libcrypto()))


def test_the_copy_becomes_a_relative_link_and_nothing_else_changes():
    entries = toc(python_libcrypto())
    result = shared_copies().link_copies(entries, COPIES)
    copy = private_libcrypto().name
    assert result[1] == (f"sqlcipher3_binary.libs/{copy}", "../libcrypto.so.3", "SYMLINK")
    assert [result[0], *result[2:]] == [entries[0], *entries[2:]]


def test_a_replacement_without_the_versions_stops_the_build():
    # libz defines ZLIB_* versions, none of the OPENSSL_3.0.0 ones SQLCipher needs.
    entries = toc(linked(zlib, "libz.so.1"), "libz.so.1")
    with pytest.raises(SystemExit, match=re.escape("OPENSSL_3.0.0")):
        shared_copies().link_copies(entries, {"sqlcipher3_binary.libs/libcrypto-": "libz.so.1"})


def test_a_replacement_missing_from_the_bundle_stops_the_build():
    entries = [entry for entry in toc(python_libcrypto()) if entry[0] != "libcrypto.so.3"]
    with pytest.raises(SystemExit, match=re.escape("has no libcrypto.so.3")):
        shared_copies().link_copies(entries, COPIES)


ROUND_TRIP = """
    import sys
    sys.path.insert(0, sys.argv[1]) if sys.argv[1] else None
    import sqlcipher3
    path, action = sys.argv[2], sys.argv[3]
    connection = sqlcipher3.connect(path)
    connection.execute("PRAGMA key = 'ristiin-salasana'")
    if action == "write":
        connection.execute("CREATE TABLE t (name TEXT)")
        connection.execute("INSERT INTO t VALUES ('Åsa Öhman')")
        connection.commit()
    else:
        print(connection.execute("SELECT name FROM t").fetchone()[0])
    maps = open("/proc/self/maps").read()
    print(sorted({line.split()[-1] for line in maps.splitlines() if "libcrypto" in line}))
"""


def run(package_dir: str, database: Path, action: str) -> list[str]:
    script = textwrap.dedent(ROUND_TRIP)
    result = subprocess.run(
        [sys.executable, "-c", script, package_dir, str(database), action],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def test_sqlcipher_with_pythons_openssl_reads_and_writes_what_its_own_copy_does(tmp_path):
    # The bundle's layout: the extension, and its copy's name linked to Python's libcrypto.
    package = tmp_path / "bundle"
    (package / "sqlcipher3").mkdir(parents=True)
    for file in (SITE / "sqlcipher3").glob("*.py"):
        (package / "sqlcipher3" / file.name).write_bytes(file.read_bytes())
    (package / "sqlcipher3" / extension().name).write_bytes(extension().read_bytes())
    (package / "sqlcipher3_binary.libs").mkdir()
    (package / "libcrypto.so.3").symlink_to(python_libcrypto())
    (package / "sqlcipher3_binary.libs" / private_libcrypto().name).symlink_to("../libcrypto.so.3")

    first, second = tmp_path / "wheel.db", tmp_path / "bundle.db"
    wheel_maps = run("", first, "write")[-1]
    assert "sqlcipher3_binary.libs" in wheel_maps
    read, bundle_maps = run(str(package), first, "read")
    assert read == "Åsa Öhman"
    assert "sqlcipher3_binary.libs" not in bundle_maps and "libcrypto" in bundle_maps
    run(str(package), second, "write")
    assert run("", second, "read")[0] == "Åsa Öhman"
    assert "Åsa Öhman".encode() not in second.read_bytes()
