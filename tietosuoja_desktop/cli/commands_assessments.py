"""``register lia`` and ``lia export``: the legitimate-interest assessment behind each purpose
on Art 6(1)(f), recorded and printed for the file."""

from __future__ import annotations

from ..domain.enums import Language
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.interest_assessments import (
    AssessmentOutcome,
    InterestAssessment,
    needing_assessment,
)
from ..domain.records import RegisterDescription
from ..domain.validation import Problem, ValidationError
from .commands_documents import _run_signed, _save, slug
from .context import given, merged, opened
from .output import Output, day

TEXTS = ("interest", "necessity", "balancing", "safeguards", "reviewer")
MSG_NO_PURPOSE = QT_TRANSLATE_NOOP("Cli", "The register has no purpose %1: its purposes are 1-%2.")
MSG_NOTHING = QT_TRANSLATE_NOOP("Cli", "Purpose %1 has no assessment yet: record one with %2.")


def _position(register: RegisterDescription, number: int) -> int:
    """The purpose's position from the number the user gives (counted from 1)."""
    if not 1 <= number <= len(register.purposes):
        message = Message("Cli", MSG_NO_PURPOSE, (str(number), str(len(register.purposes))))
        raise ValidationError([Problem("purpose", message)])
    return number - 1


def _no_assessment(number: int) -> ValidationError:
    message = Message("Cli", MSG_NOTHING, (str(number), "'register lia'"))
    return ValidationError([Problem("purpose", message)])


def register_lia(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.id)
        position = _position(register, args.purpose)
        view = services.assessments.get(register.id, position)
        if args.delete:
            if view is None:
                raise _no_assessment(args.purpose)
            services.assessments.delete(register.id, position)
            out.emit(
                {"register_id": register.id, "purpose": args.purpose, "deleted": True},
                out.tr(QT_TRANSLATE_NOOP("Cli", "Assessment of purpose %1 removed."), args.purpose),
            )
            return 0
        current = view.assessment if view else InterestAssessment(register.id, position)
        if view is None:  # a new one starts from the purpose's own interest and today
            purpose = register.purposes[position]
            current = merged(
                current,
                {"interest": purpose.legitimate_interest, "assessed_on": services.clock.today()},
            )
        values = given(args, (*TEXTS, "assessed_on"))
        if args.outcome:
            values["outcome"] = AssessmentOutcome.from_cli(args.outcome)
        saved = services.assessments.save(merged(current, values))
    out.emit(
        saved,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Assessment of purpose %1 saved (%2)."),
            args.purpose,
            day(saved.assessed_on),
        ),
    )
    return 0


def assessment_lines(services, register: RegisterDescription) -> list[str]:
    """``register show``'s lines on the register's assessments."""
    views = services.assessments.list(register.id)
    lines = []
    for view in views:
        a = view.assessment
        state = "" if view.current else " " + "(out of date: the purpose has changed)"
        lines.append(
            f"  lia purpose {a.position + 1}: {a.outcome.cli_name}, {day(a.assessed_on)}, "
            f"{a.reviewer}{state}"
        )
    missing = needing_assessment(register, tuple(v.assessment for v in views))
    if missing:
        lines.append("  lia missing: purpose " + ", ".join(str(p + 1) for p in missing))
    return (["legitimate-interest assessments:", *lines]) if lines else []


def lia_export(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.register)
        position = _position(register, args.purpose)
        if services.assessments.get(register.id, position) is None:
            raise _no_assessment(args.purpose)
        controller = services.controller.get()
        language = Language(args.doc_lang) if args.doc_lang else None
        language = language or (controller.document_language if controller else Language.FI)
        exported = _run_signed(
            out,
            lambda secret: services.documents.interest_assessment(
                register.id, position, language, passphrase=secret
            ),
            args.sign,
        )
    name = f"oikeutettu-etu-{slug(register.name)}-{args.purpose}-{language.value}.pdf"
    return _save(args, out, exported, name)
