"""An import inside a function is kept only where it buys start-up time (the command line's
``--version``, the window's first paint, a heavy library loaded on first use) or start-up
order (Qt after the register's code), and says so: a comment on its line or the line before.
A block of imports one after another shares its first one's comment."""

from __future__ import annotations

import ast
from pathlib import Path

import tietosuoja_desktop

ROOT = Path(tietosuoja_desktop.__file__).resolve().parent


def unexplained(source: str) -> list[int]:
    """The lines of the imports inside functions of ``source`` that no comment explains."""
    lines = source.splitlines()
    nested = {
        node.lineno: node
        for function in ast.walk(ast.parse(source))
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Import | ast.ImportFrom)
    }
    explained_ends: set[int] = set()
    found = []
    for lineno in sorted(nested):
        node = nested[lineno]
        own = lines[lineno - 1]
        before = lines[lineno - 2].strip() if lineno > 1 else ""
        if "#" in own or before.startswith("#") or lineno - 1 in explained_ends:
            explained_ends.add(node.end_lineno or lineno)
        else:
            found.append(lineno)
    return found


def test_the_reader_finds_an_unexplained_import():
    source = (
        "import os\n"
        "def f():\n"
        "    import json  # only for --json\n"
        "    import csv\n"
        "\n"
        "    import gc\n"
        "    # reportlab only when a document is made\n"
        "    from x import (\n"
        "        a,\n"
        "    )\n"
        "    from y import b\n"
    )
    assert unexplained(source) == [6]


def test_every_import_inside_a_function_says_why():
    found = {
        str(path.relative_to(ROOT.parent)): lines
        for path in sorted(ROOT.rglob("*.py"))
        if (lines := unexplained(path.read_text(encoding="utf-8")))
    }
    assert found == {}
