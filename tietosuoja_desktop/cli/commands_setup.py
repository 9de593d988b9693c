"""``init``, ``profile`` and ``register ...``: the business and the registers it keeps."""

from __future__ import annotations

from dataclasses import fields, replace

from ..domain.claims import CLAIM_FIELDS, TRANSFERRING
from ..domain.enums import Answer, Language, LegalBasis, RetentionAnchor
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.records import ControllerProfile, Purpose, RegisterDescription, RetentionRule
from ..domain.register_languages import TEXT_FIELDS, originals, untranslated, update_translations
from ..domain.serialise import to_json
from ..domain.validation import Problem, ValidationError
from .commands_assessments import assessment_lines
from .commands_encryption import create_encrypted
from .context import given, merged, opened
from .output import Output, day

PROFILE_FIELDS = [f.name for f in fields(ControllerProfile) if f.name != "document_language"]
# The register texts whose option is named after them (--name and --subject-categories differ).
REGISTER_TEXTS = tuple(f for f in TEXT_FIELDS if f not in ("name", "data_subject_categories"))


def init(args, out: Output) -> int:
    values = given(args, PROFILE_FIELDS)
    if args.document_language:
        values["document_language"] = Language.from_cli(args.document_language)
    if args.encrypt:
        create_encrypted(args, out)
    with opened(args, out) as services:
        current = services.controller.get() or ControllerProfile(name="")
        profile = services.controller.save(merged(current, values))
        out.emit(
            profile, out.tr(QT_TRANSLATE_NOOP("Cli", "Business profile saved: %1"), profile.name)
        )
    return 0


def show_profile(args, out: Output) -> int:
    with opened(args, out) as services:
        profile = services.controller.get()
    if profile is None:
        out.emit(
            None,
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "No business profile yet: run 'tietosuoja init --name ... --business-id ...'.",
                )
            ),
        )
        return 1
    out.emit(
        profile,
        "\n".join(f"{f}: {getattr(profile, f)}" for f in PROFILE_FIELDS if getattr(profile, f)),
    )
    return 0


MSG_BASIS = QT_TRANSLATE_NOOP("Cli", "Give the purpose as BASIS:TEXT with a basis of %1.")
MSG_AMBIGUOUS_INTEREST = QT_TRANSLATE_NOOP(
    "Cli",
    "Which purpose is the interest for? Give each purpose on legitimate interests its own: "
    "--purpose 'legitimate-interests:PURPOSE:INTEREST'.",
)


def _refused(field: str, source: str, *args: object) -> ValidationError:
    return ValidationError([Problem(field, Message("Cli", source, tuple(map(str, args))))])


def _purposes(texts: list[str] | None, interests: list[str] | None) -> tuple[Purpose, ...] | None:
    """Purposes from ``BASIS:TEXT`` (``legitimate-interests:TEXT:INTEREST`` with the purpose's
    own interest). ``--legitimate-interest`` names the interest of the one purpose on
    legitimate interests that has none of its own; given twice, or with two such purposes, it
    is refused rather than copied to every purpose (Art 13(1)(d): each purpose its interest)."""
    if texts is None:
        if interests:
            raise _refused("legitimate_interest", MSG_AMBIGUOUS_INTEREST)
        return None
    purposes = []
    for index, text in enumerate(texts):
        basis_name, _, description = text.partition(":")
        try:
            basis = LegalBasis.from_cli(basis_name)
        except ValueError:
            bases = ", ".join(b.cli_name for b in LegalBasis)
            raise _refused(f"purposes[{index}].legal_basis", MSG_BASIS, bases) from None
        interest = ""
        if basis is LegalBasis.LEGITIMATE_INTERESTS:
            description, _, interest = description.partition(":")
        purposes.append(Purpose(description.strip(), basis, interest.strip()))
    if interests:
        lacking = [
            index
            for index, p in enumerate(purposes)
            if p.legal_basis is LegalBasis.LEGITIMATE_INTERESTS and not p.legitimate_interest
        ]
        if len(interests) > 1 or len(lacking) != 1:
            raise _refused("legitimate_interest", MSG_AMBIGUOUS_INTEREST)
        purposes[lacking[0]] = replace(purposes[lacking[0]], legitimate_interest=interests[0])
    return tuple(purposes)


def _register_values(args, current: RegisterDescription) -> RegisterDescription:
    values = given(args, (*REGISTER_TEXTS, "name"))
    values.update((name, Answer.from_cli(v)) for name, v in given(args, CLAIM_FIELDS).items())
    if args.subject_categories is not None:
        values["data_subject_categories"] = args.subject_categories
    safeguards_only = args.transfer_safeguards and args.transfers is None
    if safeguards_only and current.transfers not in TRANSFERRING:  # so there are transfers
        values["transfers"] = Answer.YES
    purposes = _purposes(args.purposes, args.legitimate_interest)
    if purposes is not None:
        values["purposes"] = purposes
    if args.retention_years is not None or args.retention_anchor is not None:
        values["retention"] = RetentionRule(
            args.retention_years if args.retention_years is not None else current.retention.years,
            RetentionAnchor.from_cli(args.retention_anchor)
            if args.retention_anchor
            else current.retention.anchor,
        )
    if args.text_language:
        values["text_language"] = Language.from_cli(args.text_language)
    return merged(current, values)


def register_add(args, out: Output) -> int:
    with opened(args, out) as services:
        controller = services.controller.get()
        written_in = controller.document_language if controller else Language.FI
        blank = RegisterDescription(name="", text_language=written_in)
        register = services.registers.add(_register_values(args, blank))
    out.emit(
        register,
        out.tr(QT_TRANSLATE_NOOP("Cli", "Register %1 added: %2"), register.id, register.name),
    )
    return 0


def register_update(args, out: Output) -> int:
    with opened(args, out) as services:
        current = services.registers.get(args.id)
        register = services.registers.update(_register_values(args, current))
    out.emit(
        register,
        out.tr(QT_TRANSLATE_NOOP("Cli", "Register %1 saved: %2"), register.id, register.name),
    )
    return 0


def register_translate(args, out: Output) -> int:
    language = Language.from_cli(args.into)
    with opened(args, out) as services:
        register = services.registers.get(args.id)
        texts = originals(register)
        if language is register.text_language:
            message = QT_TRANSLATE_NOOP("Cli", "The register's texts are written in %1 already.")
            raise ValidationError([Problem("into", Message("Cli", message, (language.value,)))])
        given_texts = {}
        for pair in args.texts:
            field, equals, text = pair.partition("=")
            if not equals or field not in texts:
                message = QT_TRANSLATE_NOOP("Cli", "No such text to translate: %1. The texts: %2")
                problem = Message("Cli", message, (field, ", ".join(texts)))
                raise ValidationError([Problem("texts", problem)])
            given_texts[field] = text
        register = services.registers.update(update_translations(register, language, given_texts))
    missing = untranslated(register, language)
    out.emit(
        {**to_json(register), "untranslated": missing},
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Register %1 saved: %2 texts not translated into %3."),
            register.id,
            len(missing),
            language.value,
        ),
    )
    return 0


def register_list(args, out: Output) -> int:
    with opened(args, out) as services:
        registers = services.registers.list()
        counts = services.registers.member_counts()
    rows = [[str(r.id), r.name, str(counts.get(r.id, 0)), day(r.changed_on)] for r in registers]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Customers")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Changed")),
    ]
    out.emit(
        registers,
        out.table(headers, rows)
        or out.tr(
            QT_TRANSLATE_NOOP(
                "Cli", "No registers yet: add one with 'tietosuoja register add --name ...'."
            )
        ),
    )
    return 0


def register_show(args, out: Output) -> int:
    with opened(args, out) as services:
        register = services.registers.get(args.id)
        assessed = assessment_lines(services, register)
        dpia = services.dpia.get(register.id).status
    lines = [f"{register.id}: {register.name}"]
    for purpose in register.purposes:
        lines.append(
            f"  - {purpose.description} [{purpose.legal_basis.cli_name} "
            f"{purpose.legal_basis.article}]"
        )
    lines += [f"{name}: {getattr(register, name).cli_name}" for name in CLAIM_FIELDS]
    for name in ("data_subject_categories", *REGISTER_TEXTS):
        value = getattr(register, name)
        if value:
            lines.append(f"{name}: {value}")
    if register.retention.years is not None:
        lines.append(f"retention: {register.retention.years} y / {register.retention.anchor}")
    lines += assessed
    lines.append(f"dpia: {dpia.cli_name}")
    out.emit(register, "\n".join(lines))
    return 0
