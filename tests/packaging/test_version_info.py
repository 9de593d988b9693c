"""The Windows version resource is generated from the package version, never typed twice."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import tietosuoja_desktop

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load_version_info():
    spec = importlib.util.spec_from_file_location(
        "version_info", PACKAGING / "windows" / "version_info.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_versions_become_four_numbers():
    version_tuple = load_version_info().version_tuple
    assert version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_tuple("1.2") == (1, 2, 0, 0)
    assert version_tuple("2.0.1rc1") == (2, 0, 1, 0)
    assert version_tuple("3.4.5.dev2") == (3, 4, 5, 0)


def test_the_resource_carries_the_package_version_and_name(tmp_path):
    version_info = load_version_info()
    path = Path(version_info.write_version_file(tmp_path / "version.txt"))
    text = path.read_text(encoding="utf-8")
    numbers = version_info.version_tuple(tietosuoja_desktop.__version__)
    assert f"filevers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{tietosuoja_desktop.__version__}')" in text
    assert f"StringStruct('ProductName', '{tietosuoja_desktop.APP_NAME}')" in text
    compile(text, "version.txt", "eval")  # PyInstaller evaluates it as one expression


def test_the_spec_and_installer_take_the_version_from_the_package():
    spec = (PACKAGING / "tietosuoja.spec").read_text(encoding="utf-8")
    assert "from tietosuoja_desktop import APP_ID, APP_NAME, __version__" in spec
    assert not re.search(r"\d+\.\d+\.\d+", spec), "a version number typed into the spec"
    installer = (PACKAGING / "windows" / "tietosuoja.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in installer
