"""``tietosuoja consents`` and ``consent-texts``: a consent given or withdrawn with what proves
it (the text version agreed to, how it was given, the evidence file archived, who recorded
it), the history, and each register's consent texts, versioned."""

from __future__ import annotations

from datetime import datetime, time

from ..domain.consent_texts import ConsentText
from ..domain.enums import Channel, ConsentAction
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.marketing import METHOD_OF_REQUEST_CHANNEL, ConsentMethod, MarketingChannel
from ..domain.records import ConsentEvent
from .commands_documents import _run_signed, _save, document_language
from .context import opened
from .output import CliError, Output, day


def consent_add(args, out: Output) -> int:
    channel = Channel.from_cli(args.channel)
    method = ConsentMethod.from_cli(args.method) if args.method else None
    marketing = (
        MarketingChannel.from_cli(args.marketing_channel) if args.marketing_channel else None
    )
    with opened(args, out) as services:
        at = datetime.combine(args.at, time(12, 0)) if args.at else services.clock.now()
        event = ConsentEvent(
            customer_id=args.customer,
            action=ConsentAction.WITHDRAWN if args.withdrawn else ConsentAction.GIVEN,
            purpose=args.purpose,
            at=at,
            channel=channel,
            evidence=args.evidence,
            marketing_channel=marketing,
            method=method or METHOD_OF_REQUEST_CHANNEL[channel],
            text=args.text,
            recorded_by=args.recorded_by,
            consent_text_id=args.text_version,
        )
        try:
            event = services.marketing.add_consent(event, evidence_path=args.evidence_file)
        except OSError as error:
            raise CliError(
                out.tr(
                    QT_TRANSLATE_NOOP("Cli", "Could not read %1: %2"),
                    args.evidence_file,
                    error.strerror,
                )
            ) from None
    out.emit(event, out.tr(QT_TRANSLATE_NOOP("Cli", "Consent event %1 recorded."), event.id))
    return 0


def consent_list(args, out: Output) -> int:
    with opened(args, out) as services:
        services.customers.get(args.customer)
        events = services.activity.consents(args.customer)
    rows = [
        [
            day(e.at.date()),
            e.action.value,
            e.purpose,
            e.marketing_channel.value if e.marketing_channel else "",
            e.method.value,
            str(e.consent_text_id or ""),
            e.evidence_sha256[:12],
        ]
        for e in events
    ]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Date")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Event")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Purpose")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Channel")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Method")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Text version")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Evidence SHA-256")),
    ]
    out.emit(
        events, out.table(headers, rows) or out.tr(QT_TRANSLATE_NOOP("Cli", "No consent events."))
    )
    return 0


def consent_text_add(args, out: Output) -> int:
    with opened(args, out) as services:
        text = services.consent_texts.add(
            ConsentText(
                args.register,
                0,
                args.valid_from or services.clock.today(),
                args.fi,
                args.sv,
                args.en,
            )
        )
    out.emit(
        text,
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Consent text %1 recorded as version %2."),
            text.id,
            text.version,
        ),
    )
    return 0


def consent_text_list(args, out: Output) -> int:
    with opened(args, out) as services:
        texts = services.consent_texts.list(args.register)
    rows = [
        [str(t.id), str(t.register_id), str(t.version), day(t.valid_from), t.in_language("fi")]
        for t in texts
    ]
    headers = [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Register")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Version")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Valid from")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Text")),
    ]
    out.emit(
        texts, out.table(headers, rows) or out.tr(QT_TRANSLATE_NOOP("Cli", "No consent texts."))
    )
    return 0


def consent_record(args, out: Output) -> int:
    with opened(args, out) as services:
        language = document_language(args, services)
        exported = _run_signed(
            out,
            lambda secret: services.documents.consent_record(
                args.customer, language, passphrase=secret
            ),
            args.sign,
        )
    return _save(args, out, exported, f"suostumukset-{args.customer}-{language.value}.pdf")
