"""The window's modules import one another without cycles, counting the imports inside
functions too: a cycle closed by a late import is still a cycle (the main window and its menus,
start-up and the self-test were two)."""

from __future__ import annotations

import ast
from pathlib import Path

import tietosuoja_desktop.ui

UI = Path(tietosuoja_desktop.ui.__file__).resolve().parent
PACKAGE = "tietosuoja_desktop.ui"


def _name(path: Path) -> str:
    parts = path.relative_to(UI).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "__init__" else parts
    return ".".join((PACKAGE, *parts))


def _ui_imports(path: Path, modules: set[str]) -> set[str]:
    """``from package import module`` counts as importing the module only (the package's
    ``__init__`` has run by then, but it is not what the importer depends on)."""
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.add(submodule if submodule in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & modules


def _graph() -> dict[str, set[str]]:
    paths = {_name(path): path for path in UI.rglob("*.py")}
    return {name: _ui_imports(path, set(paths)) - {name} for name, path in paths.items()}


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack, seen = [(start, [start])], set()
    while stack:
        module, path = stack.pop()
        for target in graph[module]:
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None


def test_the_reader_sees_late_imports():
    graph = _graph()
    assert f"{PACKAGE}.application" in graph[f"{PACKAGE}.app"]  # imported inside main()
    assert f"{PACKAGE}.pages" in graph[f"{PACKAGE}.main_menus"]


def test_no_module_of_the_window_imports_itself_round_about():
    graph = _graph()
    cycles = [cycle for name in sorted(graph) if (cycle := _cycle_through(graph, name))]
    assert cycles == []
