"""Every module of the package says where its tests are: a test file named after it, or a line
of the test map in ARCHITECTURE.md ("Where the tests are") whose target exists."""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tietosuoja_desktop"


def test_map() -> list[tuple[str, str]]:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    block = re.search(r"```test-map\n(.*?)```", text, re.S)
    assert block, "ARCHITECTURE.md has no test-map block"
    return [
        tuple(part.strip() for part in line.split("->"))
        for line in block.group(1).splitlines()
        if line.strip()
    ]


test_map.__test__ = False  # a reader, not a test


def modules() -> list[str]:
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and path.name not in ("__init__.py", "__main__.py")
    )


def test_every_module_has_its_tests_named_or_mapped():
    named = {path.stem for path in (ROOT / "tests").rglob("test_*.py")}
    lines = test_map()
    homeless = [
        module
        for module in modules()
        if f"test_{Path(module).stem}" not in named
        and not any(fnmatch(module, pattern) for pattern, _ in lines)
    ]
    assert homeless == [], "say where their tests are in ARCHITECTURE.md's test map"


def test_every_line_of_the_map_points_at_tests_that_exist_and_at_modules():
    for pattern, target in test_map():
        assert (ROOT / target).exists(), target
        assert any(fnmatch(module, pattern) for module in modules()), pattern
