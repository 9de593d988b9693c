"""``security review|show|export`` (the yearly security review, Art 32) and ``dpo decide|show``
(the decision on a data protection officer, Art 37)."""

from __future__ import annotations

from dataclasses import replace

from ..domain.dpia import Level
from ..domain.dpo_decision import DpoAnswer, DpoConclusion, DpoContact, DpoDecision, DpoQuestion
from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.security_review import (
    RISKS,
    Measure,
    RiskReview,
    SecurityReview,
    SecurityRisk,
    months_later,
)
from .commands_documents import _run_signed, _save
from .commands_dpia import _refused
from .context import opened
from .output import Output, day

MSG_RISK = QT_TRANSLATE_NOOP(
    "Cli", "Give a risk as RISK:MEASURES[:RESIDUAL]; the risks are %1, the measures %2: %3"
)
MSG_OTHER = QT_TRANSLATE_NOOP("Cli", "Give other measures as RISK:TEXT; the risks are %1: %2")
MSG_QUESTION = QT_TRANSLATE_NOOP(
    "Cli", "Give an answer as QUESTION:REASON; the questions are %1: %2"
)
MSG_NO_REVIEW = QT_TRANSLATE_NOOP(
    "Cli", "No security review is recorded yet: make one with 'security review'."
)


def _names(enum) -> str:
    return ", ".join(member.cli_name for member in enum)


def _risk(given_text: str) -> RiskReview:
    risk, _, rest = given_text.partition(":")
    measures, _, residual = rest.partition(":")
    try:
        return RiskReview(
            SecurityRisk.from_cli(risk),
            tuple(Measure.from_cli(m) for m in measures.split(",") if m.strip()),
            residual=Level.from_cli(residual) if residual.strip() else Level.LOW,
        )
    except ValueError:
        raise _refused(
            "risk", MSG_RISK, _names(SecurityRisk), _names(Measure), given_text
        ) from None


def _risks(args, previous: SecurityReview | None) -> tuple[RiskReview, ...]:
    """The previous review's risks, with those given on the command line in their place."""
    risks = {r.risk: r for r in previous.risks} if previous else {}
    for given_text in args.risk or ():
        entry = _risk(given_text)
        risks[entry.risk] = replace(entry, other=risks.get(entry.risk, entry).other)
    for given_text in args.other or ():
        name, _, text = given_text.partition(":")
        try:
            risk = SecurityRisk.from_cli(name)
        except ValueError:
            raise _refused("other", MSG_OTHER, _names(SecurityRisk), given_text) from None
        risks[risk] = replace(risks.get(risk, RiskReview(risk)), other=text)
    return tuple(risks[r] for r in RISKS if r in risks)


def security_review(args, out: Output) -> int:
    with opened(args, out) as services:
        previous = services.security.latest()
        review = services.security.blank()
        reviewed_on = args.reviewed_on or review.reviewed_on
        review = replace(
            review,
            reviewed_on=reviewed_on,
            next_review=args.next_review or months_later(reviewed_on),
            reviewer=args.reviewer
            if args.reviewer is not None
            else getattr(previous, "reviewer", ""),
            register_ids=tuple(args.registers) if args.registers else review.register_ids,
            backups=args.backups if args.backups is not None else getattr(previous, "backups", ""),
            risks=_risks(args, previous),
        )
        saved = services.security.record(review)
        names = {r.id: r.name for r in services.registers.list()}
    out.emit(saved, "\n".join(review_lines(saved, names, due=False)))
    return 0


def review_lines(review: SecurityReview, names: dict[int, str], *, due: bool) -> list[str]:
    """The human text of a review: dates, registers, backups, then each risk in a line."""
    lines = [
        f"security review {review.id}: {day(review.reviewed_on)} by {review.reviewer}; "
        f"next review {day(review.next_review)}{' (due)' if due else ''}",
        "registers: " + ", ".join(names.get(rid, str(rid)) for rid in review.register_ids),
        f"register encrypted: {'yes' if review.app_encrypted else 'no'}",
        f"backups: {review.backups}",
    ]
    for entry in review.risks:
        measures = ",".join(m.cli_name for m in entry.measures) or "-"
        other = f" ({entry.other})" if entry.other else ""
        lines.append(f"  {entry.risk.cli_name}: {measures}{other}; residual {entry.residual}")
    return lines


def security_show(args, out: Output) -> int:
    with opened(args, out) as services:
        reviews = services.security.history() if args.all else [services.security.latest()]
        reviews = [r for r in reviews if r is not None]
        due = services.security.due()
        names = {r.id: r.name for r in services.registers.list()}
    if not reviews:
        out.emit({"due": True, "reviews": []}, out.tr(MSG_NO_REVIEW))
        return 0
    lines = [line for r in reviews for line in review_lines(r, names, due=due and r is reviews[0])]
    out.emit({"due": due, "reviews": reviews}, "\n".join(lines))
    return 0


def security_export(args, out: Output) -> int:
    with opened(args, out) as services:
        if args.id is None and services.security.latest() is None:
            raise _refused("id", MSG_NO_REVIEW)
        controller = services.controller.get()
        language = Language(args.doc_lang) if args.doc_lang else None
        language = language or (controller.document_language if controller else Language.FI)
        exported = _run_signed(
            out,
            lambda secret: services.documents.security_review(
                language, review_id=args.id, passphrase=secret
            ),
            args.sign,
        )
    return _save(args, out, exported, f"tietoturvan-vuosiarviointi-{language.value}.pdf")


def _answers(args, current: DpoDecision | None) -> tuple[DpoAnswer, ...]:
    answers = {a.question: a for a in current.answers} if current else {}
    for option, applies in (("yes", True), ("no", False)):
        for given_text in getattr(args, option) or ():
            name, _, reasoning = given_text.partition(":")
            try:
                question = DpoQuestion.from_cli(name)
            except ValueError:
                raise _refused(option, MSG_QUESTION, _names(DpoQuestion), given_text) from None
            answers[question] = DpoAnswer(question, applies, reasoning)
    return tuple(answers.values())


def dpo_decide(args, out: Output) -> int:
    with opened(args, out) as services:
        current = services.dpo.get()
        answers = _answers(args, current)
        if args.conclusion:
            conclusion = DpoConclusion.from_cli(args.conclusion)
        elif current is not None and not (args.yes or args.no):
            conclusion = current.conclusion
        else:  # follows the answers; a voluntary DPO is said with --conclusion
            required = any(a.applies for a in answers)
            conclusion = DpoConclusion.REQUIRED if required else DpoConclusion.NOT_REQUIRED
        decision = DpoDecision(answers, conclusion, args.decided_on or services.clock.today())
        contact = None
        if any(v is not None for v in (args.dpo_name, args.dpo_email, args.dpo_phone)):
            now = services.dpo.contact()
            contact = DpoContact(
                now.name if args.dpo_name is None else args.dpo_name,
                now.email if args.dpo_email is None else args.dpo_email,
                now.phone if args.dpo_phone is None else args.dpo_phone,
            )
        saved = services.dpo.save(decision, contact)
        contact = services.dpo.contact()
    out.emit({"decision": saved, "dpo": contact}, "\n".join(dpo_lines(saved, contact)))
    return 0


def dpo_lines(decision: DpoDecision | None, contact: DpoContact) -> list[str]:
    if decision is None:
        return ["dpo: not decided"]
    lines = [f"dpo: {decision.conclusion.cli_name} ({day(decision.decided_on)})"]
    for answer in decision.answers:
        said = "yes" if answer.applies else "no"
        lines.append(f"  {answer.question.cli_name}: {said}: {answer.reasoning}")
    if contact.name:
        lines.append(f"dpo contact: {', '.join(v for v in vars(contact).values() if v)}")
    return lines


def dpo_show(args, out: Output) -> int:
    with opened(args, out) as services:
        decision = services.dpo.get()
        contact = services.dpo.contact()
    out.emit({"decision": decision, "dpo": contact}, "\n".join(dpo_lines(decision, contact)))
    return 0
