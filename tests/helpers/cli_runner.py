"""Running the ``tietosuoja`` command in-process against a test's data folder."""

from __future__ import annotations

import json
from pathlib import Path

from tietosuoja_desktop.cli import main


def cli_runner(data_dir: Path, clock, capsys, *, json_mode: bool = True, lang: str | None = None):
    """``run(*args, json_mode=..., lang=...)`` -> (exit status, output, stderr). In JSON mode
    the output is parsed (None when the command printed nothing), else it is the printed text.
    ``lang`` is the ``--lang`` given (None: none, so the command line's default, Finnish); the
    keyword arguments here are each call's defaults."""
    default_json, default_lang = json_mode, lang

    def runner(*args: str, json_mode: bool = default_json, lang: str | None = default_lang):
        argv = ["--data-dir", str(data_dir)]
        argv += ["--lang", lang] if lang else []
        argv += ["--json"] if json_mode else []
        status = main([*argv, *args], clock=clock)
        captured = capsys.readouterr()
        if json_mode:
            return status, json.loads(captured.out) if captured.out.strip() else None, captured.err
        return status, captured.out, captured.err

    runner.data_dir = data_dir
    return runner


def set_up_business(
    run,
    *purposes: str,
    name: str = "Kahvila Esimerkki Tmi",
    registers: tuple[str, ...] = ("Asiakasrekisteri",),
    city: str | None = None,
) -> None:
    """The business profile and its registers, each with ``purposes`` ("basis:Name[:interest]";
    by default one contract purpose), through the command line itself."""
    profile = ["init", "--name", name, "--business-id", "3354302-8"]
    run(*profile, *(["--city", city] if city else []))
    for register in registers:
        given = purposes or ("contract:Tilaukset",)
        run("register", "add", "--name", register, *(f"--purpose={p}" for p in given))
