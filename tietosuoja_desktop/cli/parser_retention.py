"""The parser of the legal hold (``customers hold``) and of the ``retention`` group: their
arguments, with each handler named, not imported (parser_groups.Handlers)."""

from __future__ import annotations

from ..domain.enums import Language
from .parser_groups import Handlers

retention = Handlers("commands_retention")


def add_retention_commands(commands, customers, date_option: dict) -> None:
    """``customers hold`` in the ``customers`` group, and the ``retention`` group;
    ``date_option`` is the parser's typed-date argument (read in the user's language)."""
    hold = customers.add_parser("hold", help="keep a person out of bulk retention erasure")
    hold.add_argument("id", type=int)
    hold.add_argument("--reason", help="why, e.g. an open dispute")
    hold.add_argument("--until", **date_option, help="the last day of the hold, 31.12.2027")
    hold.add_argument("--release", action="store_true", help="end the hold now")
    hold.set_defaults(handler=retention.hold_)

    group = commands.add_parser("retention", help="retention").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    due = group.add_parser("due", help="people past their register's retention rule")
    due.add_argument("--limit", type=int)
    due.set_defaults(handler=Handlers("commands_requests").retention_due)
    erase = group.add_parser(
        "erase", help="erase everyone past retention (skips holds, open requests, restrictions)"
    )
    mode = erase.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="only show the plan")
    mode.add_argument("--yes", action="store_true", help="erase them now")
    erase.add_argument(
        "--lang",
        dest="doc_lang",
        choices=[lang.value for lang in Language],
        help="the report's language (default: the business's document language)",
    )
    erase.set_defaults(handler=retention.erase_)
