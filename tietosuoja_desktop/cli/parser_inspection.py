"""The shape of ``inspection pack``: the supervisor's folder as a dated folder or a ZIP."""

from __future__ import annotations

from pathlib import Path

from ..domain.enums import Language
from .parser_groups import Handlers

inspection = Handlers("commands_inspection")


def add_inspection_command(commands, date_option: dict) -> None:
    group = commands.add_parser(
        "inspection", help="the supervisor's folder (Art 5(2), 24)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    pack = group.add_parser(
        "pack",
        help="write the cover page, the checklist's records and the logs into a dated folder "
        "in DIR, or into the ZIP file",
    )
    pack.add_argument(
        "--out", type=Path, required=True, metavar="DIR|ZIP", help="a folder, or a .zip file"
    )
    pack.add_argument(
        "--from",
        dest="start",
        **date_option,
        help="the first day of the requests and breaches (default: a year ago)",
    )
    pack.add_argument(
        "--sign",
        action="store_true",
        help="sign every PDF (passphrase from a prompt or TIETOSUOJA_SIGN_PASSPHRASE)",
    )
    pack.add_argument(
        "--lang",
        dest="doc_lang",
        choices=[lang.value for lang in Language],
        help="the documents' language (default: the business's document language)",
    )
    pack.set_defaults(handler=inspection.pack)
