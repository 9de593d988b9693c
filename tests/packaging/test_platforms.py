"""The supported systems are declared once (packaging/platforms.toml) and every place that states
them says the same: README, the user guide, the Windows installer, the macOS Info.plist, and
pyproject's PySide6 pin read against the oldest macOS its wheels are tagged for."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def declared() -> dict:
    return tomllib.loads((ROOT / "packaging" / "platforms.toml").read_text(encoding="utf-8"))


def section(path: Path, heading: str) -> str:
    """The text under a Markdown heading, up to the next heading of the same or a higher level."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = [i for i, line in enumerate(lines) if line.lstrip("#") == f" {heading}"]
    assert found, f"{path.name} has no '{heading}' section"
    level = len(lines[found[0]]) - len(lines[found[0]].lstrip("#"))
    body = []
    for line in lines[found[0] + 1 :]:
        hashes = len(line) - len(line.lstrip("#"))
        if 0 < hashes <= level and line[hashes : hashes + 1] == " ":
            break
        body.append(line)
    return "\n".join(body)


def pyside_floor() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for text in pyproject["project"]["dependencies"]:
        requirement = Requirement(text)
        if requirement.name.lower() == "pyside6-essentials":
            (lower,) = [s.version for s in requirement.specifier if s.operator == ">="]
            return ".".join(lower.split(".")[:2])
    raise AssertionError("pyproject.toml does not depend on pyside6-essentials")


def stated_versions(text: str, system: str) -> set[str]:
    return set(re.findall(rf"{system} (\d+(?:\.\d+)?)", text))


def test_the_pyside6_pin_reaches_the_declared_macos():
    platforms = declared()
    floors = platforms["pyside6"]["macos_floor"]
    pin = pyside_floor()
    assert pin in floors, f"PySide6 {pin}: measure its wheels' macOS tag into platforms.toml"
    assert floors[pin] == platforms["macos"]["minimum"]


def test_the_info_plist_says_the_declared_macos():
    spec = (ROOT / "packaging" / "tietosuoja.spec").read_text(encoding="utf-8")
    (value,) = re.findall(r'"LSMinimumSystemVersion":\s*"([^"]+)"', spec)
    assert value == declared()["macos"]["minimum"]


def test_the_installer_says_the_declared_windows():
    script = (ROOT / "packaging" / "windows" / "tietosuoja.iss").read_text(encoding="utf-8")
    (value,) = re.findall(r"^MinVersion=(\S+)$", script, re.M)
    assert value == declared()["windows"]["minimum"]


def test_readme_and_user_guide_state_the_declared_systems():
    platforms = declared()
    macos_major = platforms["macos"]["minimum"].split(".")[0]
    build = platforms["windows"]["minimum"].rsplit(".", 1)[1]
    windows_release = {"17763": "1809"}[build]  # Windows 10 build -> its marketing version
    for path, heading in (
        (ROOT / "README.md", "System requirements"),
        (ROOT / "docs" / "kayttoopas.md", "Järjestelmävaatimukset"),
    ):
        text = section(path, heading)
        assert stated_versions(text, "macOS") == {macos_major}, path.name
        assert windows_release in text, path.name
        assert stated_versions(text, "Windows") == {"10", "11"}, path.name


def test_requires_python_is_the_oldest_checked_python():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    oldest = min(declared()["python"]["versions"], key=lambda v: tuple(map(int, v.split("."))))
    assert pyproject["project"]["requires-python"] == f">={oldest}"
