"""Every run-time dependency has a wheel for every system and Python we support.

    python scripts/check_wheels.py [--cache-dir DIR] [--jobs N]

For each target in packaging/platforms.toml (Windows x64, macOS arm64 and x86_64 at the declared
minimum version; each supported Python) pip resolves pyproject's dependencies and the
``packaging`` extra (PyInstaller) as wheels only, without installing anything. pip evaluates
environment markers for the machine it runs on, not for ``--platform``, so the markers are
evaluated here for the target: top-level requirements before pip sees them, and the dependencies
of each resolved package after, adding any the target needs that this machine's markers left out.
Exit status 1 names every package that has no wheel for a target.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PLATFORMS = ROOT / "packaging" / "platforms.toml"
EXTRAS = ("packaging",)
NO_WHEEL = re.compile(r"(?:No matching distribution found for|satisfies the requirement) (\S+)")


@dataclass(frozen=True)
class Target:
    system: str  # "windows" or "macos"
    platform: str  # a wheel platform tag, e.g. win_amd64, macosx_14_0_arm64
    machine: str  # platform_machine as the target reports it
    python: str  # "3.11"

    @property
    def name(self) -> str:
        return f"{self.platform} / Python {self.python}"

    def environment(self) -> dict[str, str]:
        """The marker environment of this target (PEP 508)."""
        windows = self.system == "windows"
        return {
            "implementation_name": "cpython",
            "platform_python_implementation": "CPython",
            "python_version": self.python,
            "python_full_version": f"{self.python}.0",
            "implementation_version": f"{self.python}.0",
            "sys_platform": "win32" if windows else "darwin",
            "platform_system": "Windows" if windows else "Darwin",
            "os_name": "nt" if windows else "posix",
            "platform_machine": self.machine,
            "platform_release": "",
            "platform_version": "",
        }


def targets(platforms: dict) -> list[Target]:
    found = []
    for python in platforms["python"]["versions"]:
        found.append(Target("windows", platforms["windows"]["platform"], "AMD64", python))
        major, minor = platforms["macos"]["minimum"].split(".")[:2]
        for arch in platforms["macos"]["architectures"]:
            found.append(Target("macos", f"macosx_{major}_{minor}_{arch}", arch, python))
    return found


def applies(requirement: Requirement, target: Target, extras: frozenset[str]) -> bool:
    if requirement.marker is None:
        return True
    environment = target.environment()
    return any(
        requirement.marker.evaluate({**environment, "extra": extra}) for extra in extras or {""}
    )


def top_level(pyproject: dict, target: Target) -> list[Requirement]:
    project = pyproject["project"]
    listed = list(project["dependencies"])
    for extra in EXTRAS:
        listed += project["optional-dependencies"][extra]
    requirements = [Requirement(text) for text in listed]
    return [r for r in requirements if applies(r, target, frozenset())]


def without_marker(requirement: Requirement) -> str:
    """The requirement for pip, its marker already evaluated here for the target."""
    extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
    return f"{requirement.name}{extras}{requirement.specifier}"


def pip_resolve(target: Target, requirements: list[str], cache_dir: Path) -> tuple[dict, str]:
    """pip's installation report for ``requirements`` on ``target`` (wheels only), or the
    error text when it cannot resolve them."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
            "--quiet", "--disable-pip-version-check", "--only-binary=:all:",
            "--platform", target.platform, "--python-version", target.python,
            "--implementation", "cp", "--abi", "cp" + target.python.replace(".", ""),
            "--cache-dir", str(cache_dir), "--report", str(report), *requirements,
        ]  # fmt: skip
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            return {}, run.stderr
        return json.loads(report.read_text(encoding="utf-8")), ""


def needed_closure(report: dict, roots: list[Requirement], target: Target) -> tuple[dict, set]:
    """The resolved packages the target needs (by canonical name) and the names it needs that
    pip left out, because this machine's markers excluded them."""
    resolved = {canonicalize_name(item["metadata"]["name"]): item for item in report["install"]}
    needed: dict[str, dict] = {}
    missing: set[str] = set()
    queue = [(r, frozenset(r.extras)) for r in roots]
    while queue:
        requirement, extras = queue.pop()
        name = canonicalize_name(requirement.name)
        if name not in resolved:
            missing.add(without_marker(requirement))
            continue
        if name in needed and extras <= needed[name]["_extras"]:
            continue
        item = resolved[name]
        item_extras = extras | needed.get(name, {}).get("_extras", frozenset())
        needed[name] = {**item, "_extras": item_extras}
        for text in item["metadata"].get("requires_dist", []):
            dependency = Requirement(text)
            if applies(dependency, target, item_extras):
                queue.append((dependency, frozenset(dependency.extras)))
    return needed, missing


def check_target(target: Target, pyproject: dict, cache_dir: Path) -> list[str]:
    """Problems for one target; an empty list when every package has a wheel."""
    roots = top_level(pyproject, target)
    requirements = [without_marker(r) for r in roots]
    for _round in range(4):
        report, error = pip_resolve(target, requirements, cache_dir)
        if error:
            names = sorted(set(NO_WHEEL.findall(error))) or [error.strip()[-400:]]
            return [f"{target.name}: no wheel for {name}" for name in names]
        needed, missing = needed_closure(report, roots, target)
        if not missing:
            break
        requirements += sorted(missing)
        roots += [Requirement(text) for text in sorted(missing)]
    else:
        return [f"{target.name}: dependencies kept missing: {', '.join(sorted(missing))}"]
    problems = []
    for item in needed.values():
        url = item["download_info"]["url"]
        if not url.endswith(".whl"):
            problems.append(f"{target.name}: no wheel for {item['metadata']['name']} ({url})")
    versions = {name: item["metadata"]["version"] for name, item in needed.items()}
    print(
        f"{target.name}: {len(versions)} wheels, PySide6-Essentials "
        f"{versions.get('pyside6-essentials')}, PyInstaller {versions.get('pyinstaller')}",
        flush=True,
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_cache = ROOT / ".cache" / "pip-wheels"
    parser.add_argument("--cache-dir", type=Path, default=default_cache)
    parser.add_argument("--jobs", type=int, default=3, help="targets resolved at once")
    parser.add_argument(
        "--macos-minimum", help="try another macOS version than platforms.toml declares"
    )
    options = parser.parse_args(argv)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    platforms = tomllib.loads(PLATFORMS.read_text(encoding="utf-8"))
    if options.macos_minimum:
        platforms["macos"]["minimum"] = options.macos_minimum
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=options.jobs) as pool:
        results = pool.map(
            lambda target: check_target(target, pyproject, options.cache_dir), targets(platforms)
        )
        problems = [problem for result in results for problem in result]
    seconds = time.monotonic() - started
    for problem in problems:
        print(f"FAILED {problem}", file=sys.stderr)
    print(f"check_wheels: {len(targets(platforms))} targets in {seconds:.0f} s", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
