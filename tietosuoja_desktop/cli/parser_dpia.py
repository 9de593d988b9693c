"""The shape of ``register dpia``: screening a register for a DPIA and its light DPIA."""

from __future__ import annotations

from ..domain.dpia import DpiaDecision, Level
from .parser_groups import Handlers

dpia_handlers = Handlers("commands_dpia")


def add_dpia_command(register, date_option: dict) -> None:
    dpia = register.add_parser(
        "dpia",
        help="screen a register for a DPIA (Art 35) and record its light DPIA; "
        "without options, show them (given fields change, the others stay)",
    )
    dpia.add_argument("id", type=int, help="register id")
    screening = dpia.add_argument_group("screening")
    screening.add_argument(
        "--screen", action="store_true", help="record the screening: items not named --yes are no"
    )
    for option, help_text in (
        ("yes", "a checklist item that applies, with the reason (ITEM:REASON; repeatable)"),
        ("no", "a checklist item that does not apply (ITEM[:REASON]; repeatable)"),
    ):
        screening.add_argument("--" + option, action="append", metavar="ITEM", help=help_text)
    screening.add_argument(
        "--needed", action="store_true", help="conclude a DPIA is needed even if no item says so"
    )
    screening.add_argument("--screened-on", **date_option, help="default: today")
    dpia.add_argument("--reviewer", help="who screened or assessed")
    assessment = dpia.add_argument_group("light DPIA")
    for name, help_text in (
        ("description", "the processing: nature, scope, context and purposes"),
        ("necessity", "its necessity and proportionality"),
        ("measures", "the measures against the risks"),
    ):
        assessment.add_argument("--" + name, help=help_text)
    assessment.add_argument(
        "--risk",
        action="append",
        metavar="L/S:TEXT",
        help="a risk with its likelihood and severity, e.g. 'medium/high:Health data leaks' "
        "(repeatable; replaces the risks)",
    )
    levels = [level.cli_name for level in Level]
    assessment.add_argument("--residual-risk", choices=levels)
    assessment.add_argument("--decision", choices=[d.cli_name for d in DpiaDecision])
    assessment.add_argument("--assessed-on", **date_option, help="the DPIA's date (default: today)")
    assessment.add_argument("--next-review", **date_option)
    dpia.add_argument("--delete", action="store_true", help="remove the screening and the DPIA")
    dpia.set_defaults(handler=dpia_handlers.register_dpia)
