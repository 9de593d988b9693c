"""The shape of ``security`` (the yearly security review, Art 32) and ``dpo`` (the decision on a
data protection officer, Art 37)."""

from __future__ import annotations

from ..domain.dpia import Level
from ..domain.dpo_decision import DpoConclusion, DpoQuestion
from ..domain.security_review import Measure, SecurityRisk
from .parser_groups import Handlers, document_options

handlers = Handlers("commands_security")


def _names(enum) -> str:
    return ", ".join(member.cli_name for member in enum)


def add_security_commands(commands, date_option: dict) -> None:
    security = commands.add_parser("security", help="the yearly security review (Art 32)")
    actions = security.add_subparsers(dest="action", required=True, metavar="ACTION")
    review = actions.add_parser(
        "review",
        help="record a security review; risks not given keep the previous review's answers",
    )
    review.add_argument("--reviewer", help="who made the review (default: the previous one)")
    review.add_argument("--reviewed-on", **date_option, help="default: today")
    review.add_argument("--next-review", **date_option, help="default: a year later")
    review.add_argument(
        "--register",
        type=int,
        action="append",
        dest="registers",
        metavar="ID",
        help="a register it covers (repeatable; default: every register)",
    )
    review.add_argument("--backups", help="where the backups are kept (and how often made)")
    review.add_argument(
        "--risk",
        action="append",
        metavar="RISK:MEASURES[:RESIDUAL]",
        help=f"a risk ({_names(SecurityRisk)}) with its measures, comma-separated "
        f"({_names(Measure)}), and its residual risk ({_names(Level)}; default low); "
        "repeatable",
    )
    review.add_argument(
        "--other",
        action="append",
        metavar="RISK:TEXT",
        help="other measures against a risk, in words (repeatable)",
    )
    review.set_defaults(handler=handlers.security_review)
    show = actions.add_parser("show", help="show the newest review and whether one is due")
    show.add_argument("--all", action="store_true", help="every review, the newest first")
    show.set_defaults(handler=handlers.security_show)
    export = actions.add_parser("export", help="export a review as a one-page PDF")
    export.add_argument("--id", type=int, help="the review (default: the newest)")
    document_options(export)
    export.set_defaults(handler=handlers.security_export)

    dpo = commands.add_parser("dpo", help="whether a data protection officer is needed (Art 37)")
    dpo_actions = dpo.add_subparsers(dest="action", required=True, metavar="ACTION")
    decide = dpo_actions.add_parser(
        "decide", help="record the Art 37(1) answers with reasons and the conclusion"
    )
    for option, help_text in (
        ("yes", "a question that applies, with the reason (QUESTION:REASON; repeatable)"),
        ("no", "a question that does not apply, with the reason (QUESTION:REASON)"),
    ):
        decide.add_argument(
            "--" + option,
            action="append",
            metavar="QUESTION:REASON",
            help=f"{help_text}; questions: {_names(DpoQuestion)}",
        )
    decide.add_argument("--conclusion", choices=[c.cli_name for c in DpoConclusion])
    decide.add_argument("--decided-on", **date_option, help="default: today")
    for name in ("name", "email", "phone"):
        decide.add_argument(
            f"--dpo-{name}", help=f"the DPO's {name} (kept in the business details)"
        )
    decide.set_defaults(handler=handlers.dpo_decide)
    dpo_actions.add_parser("show", help="show the decision").set_defaults(handler=handlers.dpo_show)
