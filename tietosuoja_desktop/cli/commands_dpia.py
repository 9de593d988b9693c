"""``register dpia``: a register's DPIA screening (the checklist answered, with reasons) and,
where one is needed, its light DPIA; without options it shows what is recorded."""

from __future__ import annotations

from ..domain.dpia import (
    Dpia,
    DpiaDecision,
    DpiaRisk,
    DpiaScreening,
    Level,
    ScreeningAnswer,
)
from ..domain.dpia_checklist import CHECKLIST, ITEMS, needing_items
from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.validation import Problem, ValidationError
from .commands_documents import _run_signed, _save, slug
from .context import given, merged, opened
from .output import Output, day

DPIA_TEXTS = ("description", "necessity", "measures")
MSG_ITEM = QT_TRANSLATE_NOOP("Cli", "No checklist question %1: the questions are %2.")
MSG_UNSCREENED = QT_TRANSLATE_NOOP(
    "Cli", "Register %1 has not been screened for a DPIA yet: screen it with %2."
)
MSG_RISK = QT_TRANSLATE_NOOP(
    "Cli", "Give a risk as LIKELIHOOD/SEVERITY:DESCRIPTION, each level one of %1: %2"
)


def _refused(option: str, source: str, *args: str) -> ValidationError:
    return ValidationError([Problem(option, Message("Cli", source, args))])


def _answers(args, current: DpiaScreening | None) -> dict[str, ScreeningAnswer]:
    """The answers after the options: --yes/--no change the items they name; with --screen
    every item not named is answered no; otherwise the others keep their answers."""
    answers = {a.item: a for a in current.answers} if current else {}
    if args.screen:
        answers = {item.id: ScreeningAnswer(item.id) for item in CHECKLIST} | {
            k: v for k, v in answers.items() if k not in ITEMS
        }
    for option, applies in (("yes", True), ("no", False)):
        for given_text in getattr(args, option) or ():
            item, _, reasoning = given_text.partition(":")
            item = item.strip().replace("-", "_")
            if item not in ITEMS:
                named = ", ".join(i.id.replace("_", "-") for i in CHECKLIST)
                raise _refused(option, MSG_ITEM, item, named)
            answers[item] = ScreeningAnswer(item, applies, reasoning.strip())
    return answers


def _risk(text: str) -> DpiaRisk:
    levels, _, description = text.partition(":")
    likelihood, _, severity = levels.partition("/")
    try:
        return DpiaRisk(description, Level.from_cli(likelihood), Level.from_cli(severity))
    except ValueError:
        raise _refused("risk", MSG_RISK, "/".join(Level), text) from None


def _screen(args, services, register_id: int, current: DpiaScreening | None):
    answers = _answers(args, current)
    screening = current or DpiaScreening(register_id, screened_on=services.clock.today())
    values = given(args, ("screened_on", "reviewer"))
    if args.screen:  # screened again: today unless told otherwise
        values.setdefault("screened_on", services.clock.today())
    decided = {a.item: a.applies for a in answers.values()}
    needed = args.needed or (current.needed if current and not args.screen else False)
    values["needed"] = needed or bool(needing_items(decided))
    values["answers"] = tuple(answers.values())
    return services.dpia.save_screening(merged(screening, values))


def _assess(args, services, found):
    reviewer = found.screening.reviewer if found.screening else ""
    today = services.clock.today()
    dpia = found.dpia or Dpia(found.register_id, assessed_on=today, reviewer=reviewer)
    values = given(args, (*DPIA_TEXTS, "assessed_on", "next_review", "reviewer"))
    if args.risk:
        values["risks"] = tuple(_risk(text) for text in args.risk)
    if args.residual_risk:
        values["residual_risk"] = Level.from_cli(args.residual_risk)
    if args.decision:
        values["decision"] = DpiaDecision.from_cli(args.decision)
    return services.dpia.save_dpia(merged(dpia, values))


def _screening_asked(args) -> bool:
    return bool(args.screen or args.yes or args.no or args.needed or args.screened_on)


def _dpia_asked(args) -> bool:
    named = (*DPIA_TEXTS, "risk", "residual_risk", "decision", "assessed_on", "next_review")
    return any(getattr(args, name) for name in named)


def register_dpia(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.id)
        if args.delete:
            services.dpia.delete(register.id)
            out.emit(
                {"register_id": register.id, "deleted": True},
                out.tr(
                    QT_TRANSLATE_NOOP("Cli", "DPIA screening of register %1 removed."), register.id
                ),
            )
            return 0
        found = services.dpia.get(register.id)
        if _screening_asked(args) or (args.reviewer and not _dpia_asked(args)):
            _screen(args, services, register.id, found.screening)
        if _dpia_asked(args):
            _assess(args, services, found)
        found = services.dpia.get(register.id)
    shown = {"register_id": found.register_id, "status": found.status}
    shown |= {"screening": found.screening, "dpia": found.dpia}
    out.emit(shown, "\n".join(dpia_lines(found, register.name)))
    return 0


def dpia_lines(found, name: str) -> list[str]:
    """The human text of ``register dpia``: status, the "yes" answers, the DPIA's outline."""
    lines = [f"{found.register_id}: {name}", f"dpia: {found.status.cli_name}"]
    screening = found.screening
    if screening is not None:
        lines.append(
            f"screened {day(screening.screened_on)} by {screening.reviewer}: "
            f"{'needed' if screening.needed else 'not needed'}"
        )
        for answer in screening.answers:
            if answer.applies:
                lines.append(f"  yes {answer.item.replace('_', '-')}: {answer.reasoning}")
    dpia = found.dpia
    if dpia is not None:
        lines.append(
            f"assessed {day(dpia.assessed_on)} by {dpia.reviewer}; next review "
            f"{day(dpia.next_review)}; residual risk {dpia.residual_risk.cli_name}; "
            f"decision {dpia.decision.cli_name}"
        )
        lines += [
            f"  risk {r.likelihood.cli_name}/{r.severity.cli_name}: {r.description}"
            for r in dpia.risks
        ]
    return lines


def dpia_export(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.register)
        if services.dpia.get(register.id).screening is None:
            raise _refused("register", MSG_UNSCREENED, str(register.id), "'register dpia --screen'")
        controller = services.controller.get()
        language = Language(args.doc_lang) if args.doc_lang else None
        language = language or (controller.document_language if controller else Language.FI)
        exported = _run_signed(
            out,
            lambda secret: services.documents.dpia(register.id, language, passphrase=secret),
            args.sign,
        )
    name = f"vaikutustenarviointi-{slug(register.name)}-{language.value}.pdf"
    return _save(args, out, exported, name)
