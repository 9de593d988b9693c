"""Imports point one way: ui -> services -> storage -> domain (house style, "Layers").
Every module of the package is parsed, every import found (also those inside functions),
relative imports resolved, and each layer checked against what it may not import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import tietosuoja_desktop

PACKAGE = "tietosuoja_desktop"
ROOT = Path(tietosuoja_desktop.__file__).resolve().parent

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic", "sqlite3", "sqlean", "pysqlite3", "sqlcipher3")
PDF = ("reportlab", "pyhanko")


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


def layer_violations(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for name, imported in in_layer(layer).items():
        bad = offending(imported, forbidden)
        if bad:
            found[name] = bad
    return found


def inner(*layers: str) -> tuple[str, ...]:
    return tuple(f"{PACKAGE}.{layer}" for layer in layers)


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


def test_the_reader_sees_the_whole_package():
    assert {f"{PACKAGE}.{layer}" for layer in ("domain", "storage", "services")} <= set(MODULES)
    assert f"{PACKAGE}.storage.db" in MODULES
    assert f"{PACKAGE}.paths" in MODULES[f"{PACKAGE}.storage.db"]
    assert f"{PACKAGE}.storage.db" in MODULES[f"{PACKAGE}.services.app"]
    assert "sqlalchemy" in MODULES[f"{PACKAGE}.storage.models"]
    assert len(in_layer("domain")) >= 8
    assert len(in_layer("services")) >= 10


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


def test_storage_knows_nothing_above_it():
    assert layer_violations("storage", QT + inner("services", "ui", "cli")) == {}


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


def test_the_window_and_the_command_line_take_backups_from_the_facade():
    # services.backups is built once with the register's services (issue 15).
    built_ad_hoc = f"{PACKAGE}.services.backups.BackupService"
    users = {**in_layer("ui"), **in_layer("cli")}
    assert sorted(name for name, imported in users.items() if built_ad_hoc in imported) == []
