"""The shape of ``access`` (who has access to personal data, their undertakings) and
``policy`` (the data protection policy and its versions)."""

from __future__ import annotations

from pathlib import Path

from ..domain.access_list import AccessRole
from ..domain.enums import Language
from ..domain.policy import PolicySection
from .parser_groups import Handlers

access = Handlers("commands_access")
policy = Handlers("commands_policy")


def _language_and_out(parser, *, sign: bool) -> None:
    parser.add_argument(
        "--lang",
        dest="doc_lang",
        choices=[lang.value for lang in Language],
        help="document language (default: the business's document language)",
    )
    if sign:
        parser.add_argument("--sign", action="store_true", help="sign digitally (PAdES)")
    parser.add_argument(
        "--out", type=Path, help="where to save the PDF (default: your documents folder)"
    )


def add_access_commands(commands, date_option: dict) -> None:
    group = commands.add_parser(
        "access", help="who has access to personal data: confidentiality and briefing"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")

    def fields(parser, *, required: bool) -> None:
        parser.add_argument("--name", required=required, help="the person or firm")
        parser.add_argument("--role", choices=[r.cli_name for r in AccessRole])
        parser.add_argument(
            "--register", dest="registers", type=int, action="append",
            help="a register they can reach (repeat; replaces the registers on update)",
        )  # fmt: skip
        parser.add_argument("--reach", help="what else they can reach: e-mail, paper files...")
        for option, dest, help_text in (
            ("--undertaking", "undertaking_on", "date of the signed confidentiality undertaking"),
            ("--briefed", "briefed_on", "date of the data protection briefing or training"),
            ("--from", "active_from", "access from"),
            ("--to", "active_to", "access until (the last day)"),
        ):
            parser.add_argument(option, dest=dest, **date_option, help=help_text)
        parser.add_argument(
            "--file", type=Path, help="the signed undertaking (a scan or PDF), archived"
        )

    add = group.add_parser("add", help="add a person or firm with access")
    fields(add, required=True)
    add.set_defaults(handler=access.add_)
    update = group.add_parser("update", help="change an entry (given fields change)")
    update.add_argument("id", type=int)
    fields(update, required=False)
    update.set_defaults(handler=access.update_)
    listing = group.add_parser("list", help="the access list by name")
    listing.add_argument("--active", action="store_true", help="only those with access today")
    listing.set_defaults(handler=access.list_)
    for action, handler, help_text in (
        ("show", access.show_, "one entry"),
        ("remove", access.remove_, "remove an entry made by mistake (end access with --to)"),
    ):
        parser = group.add_parser(action, help=help_text)
        parser.add_argument("id", type=int)
        parser.set_defaults(handler=handler)
    form = group.add_parser("form", help="the confidentiality undertaking to print and sign")
    form.add_argument("id", type=int, nargs="?", help="filled in for this entry (default: blank)")
    _language_and_out(form, sign=False)
    form.set_defaults(handler=access.form_)
    file = group.add_parser("file", help="save the archived signed undertaking")
    file.add_argument("id", type=int)
    file.add_argument("--out", type=Path, required=True, metavar="FILE")
    file.set_defaults(handler=access.file_)


def add_policy_commands(commands, date_option: dict) -> None:
    group = commands.add_parser(
        "policy", help="the data protection policy (Art 24(2)) and its versions"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    export = group.add_parser("export", help="make the policy's next version as a PDF")
    _language_and_out(export, sign=True)
    export.add_argument("--note", default="", help="what changed in this version (optional)")
    export.add_argument("--dated", **date_option, help="the version's date (default: today)")
    export.set_defaults(handler=policy.export_)
    group.add_parser("versions", help="the policy's versions").set_defaults(
        handler=policy.versions_
    )
    setting = group.add_parser("set", help="your own addition to one section ('' removes it)")
    setting.add_argument("section", choices=[s.cli_name for s in PolicySection])
    setting.add_argument("text")
    setting.set_defaults(handler=policy.set_)
    group.add_parser("show", help="your additions by section").set_defaults(handler=policy.show_)
