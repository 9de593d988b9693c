"""The parser of the legal hold (``customers hold``) and of the ``retention`` group: their
arguments, with each handler named, not imported (parser_groups.Handlers)."""

from __future__ import annotations

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
