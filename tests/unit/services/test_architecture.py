"""Imports point one way: ui -> services -> storage -> domain (house style, "Layers").
Every module of the package is parsed, every import found (also those inside functions),
relative imports resolved, and each of the six rooms (domain, storage, documents, services,
cli, ui) checked against what it may import; ui and cli reach the register only through
services."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import tietosuoja_desktop

PACKAGE = "tietosuoja_desktop"
ROOT = Path(tietosuoja_desktop.__file__).resolve().parent

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic", "sqlite3", "sqlean", "pysqlite3", "sqlcipher3")
PDF = ("reportlab", "pyhanko")
# What documents and signing use beneath reportlab and pyHanko: only services may reach them.
SIGNING = ("pyhanko_certvalidator", "asn1crypto", "cryptography", "pypdf")
# The package's own names every room may use: its version, name and application id.
PACKAGE_NAMES = tuple(f"{PACKAGE}.{name}" for name in ("__version__", "APP_NAME", "APP_ID"))
# The rooms of the package the windows may import, and the command line.
UI_ROOMS = ("ui", "services", "domain", "paths", "translation")
CLI_ROOMS = ("cli", "services", "domain", "paths", "translation")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of_source(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Absolute names of everything ``source`` imports, ``from x import y`` giving both ``x``
    and ``x.y`` (y may be a submodule)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def all_modules() -> dict[str, set[str]]:
    modules = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = module_name(path)
        source = path.read_text(encoding="utf-8")
        modules[name] = imports_of_source(source, name, is_package=path.name == "__init__.py")
    return modules


MODULES = all_modules()


def in_layer(layer: str) -> dict[str, set[str]]:
    prefix = f"{PACKAGE}.{layer}"
    return {
        name: imported
        for name, imported in MODULES.items()
        if name == prefix or name.startswith(prefix + ".")
    }


def offending(imported: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in imported if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def violations(layer: str, check) -> dict[str, list[str]]:
    """Each module of ``layer`` with what ``check`` finds wrong in its imports."""
    found = {}
    for name, imported in in_layer(layer).items():
        bad = check(imported)
        if bad:
            found[name] = bad
    return found


def layer_violations(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    return violations(layer, lambda imported: offending(imported, forbidden))


def inner(*layers: str) -> tuple[str, ...]:
    return tuple(f"{PACKAGE}.{layer}" for layer in layers)


def outside_rooms(imported: set[str], rooms: tuple[str, ...]) -> list[str]:
    """What of the package ``imported`` takes from outside ``rooms`` (the package's own names
    excepted)."""
    allowed = inner(*rooms)
    return sorted(
        name
        for name in imported
        if name.startswith(PACKAGE + ".")
        and name not in PACKAGE_NAMES
        and not any(name == room or name.startswith(room + ".") for room in allowed)
    )


def libraries(layer: str) -> set[str]:
    """The top-level names outside the package and the standard library that ``layer``
    imports."""
    return {
        name.split(".")[0]
        for imported in in_layer(layer).values()
        for name in imported
        if name.split(".")[0] not in (PACKAGE, "__future__", *sys.stdlib_module_names)
    }


def room_violations(layer: str, rooms: tuple[str, ...]) -> dict[str, list[str]]:
    return violations(layer, lambda imported: outside_rooms(imported, rooms))


# -- the reader itself --------------------------------------------------------------------


def test_the_reader_resolves_relative_and_lazy_imports():
    source = (
        "from __future__ import annotations\n"
        "import os.path\n"
        "from . import migrate\n"
        "from ..paths import backup_dir\n"
        "from .. import APP_NAME\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
    )
    found = imports_of_source(source, f"{PACKAGE}.storage.db")
    assert {
        "os.path",
        f"{PACKAGE}.storage.migrate",
        f"{PACKAGE}.paths",
        f"{PACKAGE}.paths.backup_dir",
        PACKAGE,
        "PySide6.QtCore",
    } <= found
    assert offending(found, QT) == ["PySide6.QtCore", "PySide6.QtCore.QObject"]
    in_package = imports_of_source(
        "from .records import Customer\n", f"{PACKAGE}.domain", is_package=True
    )
    assert f"{PACKAGE}.domain.records" in in_package


def test_the_room_rule_finds_a_shortcut_past_services():
    # ui/requests/messages.py before issue 15: it loaded the signing key itself, inside a
    # function, and a window that caught the storage's lock error by its own name.
    source = (
        "from ...services.errors import RuleViolation\n"
        "from ...storage.lock import DataFolderInUse\n"
        "from ... import APP_NAME\n"
        "def check_passphrase(services, passphrase):\n"
        "    from ...documents.identity import IDENTITY_FILE, load_bundle\n"
    )
    found = imports_of_source(source, f"{PACKAGE}.ui.requests.messages")
    assert outside_rooms(found, UI_ROOMS) == [
        f"{PACKAGE}.documents.identity",
        f"{PACKAGE}.documents.identity.IDENTITY_FILE",
        f"{PACKAGE}.documents.identity.load_bundle",
        f"{PACKAGE}.storage.lock",
        f"{PACKAGE}.storage.lock.DataFolderInUse",
    ]
    clean = imports_of_source(
        "from ..services.errors import DataFolderInUse\nfrom .. import __version__\n",
        f"{PACKAGE}.cli.context",
    )
    assert outside_rooms(clean, CLI_ROOMS) == []


def test_the_reader_sees_the_whole_package():
    assert {f"{PACKAGE}.{layer}" for layer in ("domain", "storage", "services")} <= set(MODULES)
    assert f"{PACKAGE}.storage.db" in MODULES
    assert f"{PACKAGE}.paths" in MODULES[f"{PACKAGE}.storage.db"]
    assert f"{PACKAGE}.storage.db" in MODULES[f"{PACKAGE}.services.app"]
    assert "sqlalchemy" in MODULES[f"{PACKAGE}.storage.models"]
    assert len(in_layer("domain")) >= 8
    assert len(in_layer("services")) >= 10
    assert len(in_layer("ui")) >= 40 and len(in_layer("cli")) >= 10


# -- the rules ----------------------------------------------------------------------------


def test_domain_is_plain_python():
    forbidden = QT + DATABASE + PDF + inner("storage", "services", "ui", "cli", "documents")
    assert layer_violations("domain", forbidden) == {}


def test_domain_imports_nothing_of_the_package_but_itself():
    outside = {
        name: sorted(
            i
            for i in imported
            if (i == PACKAGE or i.startswith(PACKAGE + "."))
            and not i.startswith(f"{PACKAGE}.domain")
        )
        for name, imported in in_layer("domain").items()
    }
    assert {name: bad for name, bad in outside.items() if bad} == {}


def test_domain_uses_only_its_three_checking_libraries():
    assert libraries("domain") <= {"stdnum", "phonenumbers", "email_validator"}


def test_storage_knows_nothing_above_it():
    assert layer_violations("storage", QT + inner("services", "ui", "cli")) == {}


def test_storage_imports_only_domain_paths_and_its_database_libraries():
    assert room_violations("storage", ("storage", "domain", "paths")) == {}
    database = {"sqlalchemy", "alembic", "sqlean", "sqlcipher3", "keyring"}
    assert libraries("storage") <= database


def test_documents_import_only_domain_and_their_pdf_libraries():
    assert room_violations("documents", ("documents", "domain")) == {}
    pdf = {*PDF, *SIGNING, "arabic_reshaper", "bidi"}
    assert libraries("documents") <= pdf


@pytest.mark.parametrize("helper", ["paths", "translation"])
def test_the_start_up_helpers_import_only_domain(helper):
    assert room_violations(helper, (helper, "domain")) == {}


def test_services_import_only_the_rooms_beneath_them():
    assert (
        room_violations("services", ("services", "domain", "storage", "documents", "paths")) == {}
    )


def test_services_know_no_qt_and_no_user_interface():
    assert layer_violations("services", QT + inner("ui", "cli")) == {}


def test_documents_know_no_qt_and_no_database():
    forbidden = (*QT, "sqlalchemy", "alembic", *inner("storage", "ui", "cli"))
    assert layer_violations("documents", forbidden) == {}


@pytest.mark.parametrize("layer", ["domain", "storage", "services", "documents"])
def test_no_layer_imports_the_command_line_or_windows(layer):
    assert layer_violations(layer, inner("ui", "cli", "__main__")) == {}


def import_cycles(modules: dict[str, set[str]], package: str) -> list[list[str]]:
    """The import cycles among ``modules`` of ``package`` (imports inside functions count; an
    edge to the package itself, which ``from . import x`` also yields, does not)."""
    graph = {
        name: sorted(i for i in imported if i in modules and i not in (name, package))
        for name, imported in modules.items()
    }
    cycles, done = [], set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycles.append([*path[path.index(name) :], name])
            return
        if name in done:
            return
        for imported in graph[name]:
            visit(imported, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    return cycles


def test_the_reader_finds_an_import_cycle():
    modules = {"p.a": {"p", "p.b"}, "p.b": {"p.c", "os"}, "p.c": {"p.a"}, "p.d": {"p", "p.a"}}
    assert import_cycles(modules, "p") == [["p.a", "p.b", "p.c", "p.a"]]
    assert import_cycles({"p.a": {"p", "p.b"}, "p.b": set()}, "p") == []


def test_services_import_no_cycle():
    # Backups call the erasure use case directly and storage.backup lists the plain backups,
    # so app -> encryption -> backups -> app is gone (issue 15).
    assert import_cycles(in_layer("services"), f"{PACKAGE}.services") == []


def test_the_windows_use_services_only():
    """ui imports, of the package, only ui, services, domain, paths and translation."""
    assert room_violations("ui", UI_ROOMS) == {}


def test_the_command_line_uses_services_only():
    """cli imports, of the package, only cli, services, domain, paths and translation."""
    assert room_violations("cli", CLI_ROOMS) == {}


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_windows_and_command_line_import_no_storage_nor_documents(layer):
    # Also inside functions: the reader sees every import.
    assert layer_violations(layer, inner("storage", "documents")) == {}


def test_the_windows_import_no_database_nor_document_library():
    """PySide6 and the standard library, and libraries that are neither a database nor
    documents and signing (the key store's keyring, say)."""
    assert layer_violations("ui", DATABASE + PDF + SIGNING) == {}


def test_the_command_line_imports_no_database_document_library_nor_widgets():
    # Qt's core only: the command line installs the Qt catalogues to speak the user's language.
    widgets = ("PySide6.QtGui", "PySide6.QtWidgets", "shiboken6")
    assert layer_violations("cli", DATABASE + PDF + SIGNING + widgets) == {}


AD_HOC = ("BackupService", "Importer", "Exporter")


def built_ad_hoc(source: str) -> list[str]:
    """The facade's services that ``source`` builds itself (``Importer(services)``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in AD_HOC:
                found.append(name)
    return found


def test_the_reader_finds_a_service_built_ad_hoc():
    assert built_ad_hoc("def f(services):\n    return Importer(services).preview(t)\n") == [
        "Importer"
    ]
    assert built_ad_hoc("x = exporting.Exporter(services)\ny = services.exporter\n") == ["Exporter"]
    assert built_ad_hoc("table = Importer.read(path)\n") == []


def test_the_window_and_the_command_line_take_backups_import_and_export_from_the_facade():
    # services.backups, services.importer and services.exporter are the register's own
    # (issue 15): the windows and the command line never build them themselves.
    users = [
        path
        for room in ("ui", "cli")
        for path in sorted((ROOT / room).rglob("*.py"))
        if built_ad_hoc(path.read_text(encoding="utf-8"))
    ]
    assert users == []
    backups = f"{PACKAGE}.services.backups.BackupService"
    users = {**in_layer("ui"), **in_layer("cli")}
    assert sorted(name for name, imported in users.items() if backups in imported) == []


def test_services_keep_no_sql_of_their_own():
    """Raw SQL lives behind storage functions (issue 15): no service runs a statement text."""
    offenders = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "exec_driver_sql":
                offenders.append(f"{path.name}:{node.lineno}")
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "sqlalchemy"
                and any(alias.name == "text" for alias in node.names)
            ):
                offenders.append(f"{path.name}:{node.lineno} imports sqlalchemy.text")
    assert offenders == []
