"""The command line's shape: global options, subcommands and their arguments."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import __version__
from ..domain.enums import (
    Answer,
    Channel,
    CustomerKind,
    Language,
    LegalBasis,
    OrderStatus,
    RequestStatus,
    RequestType,
    RetentionAnchor,
    SentVia,
)
from ..domain.interest_assessments import AssessmentOutcome
from ..domain.listing import CustomerSort, MarketingFilter
from ..domain.marketing import ConsentMethod, MarketingChannel
from ..domain.recipients import ToldVia
from ..domain.records import CUSTOMER_TEXT_FIELDS
from .parser_access import add_access_commands, add_policy_commands
from .parser_dpia import add_dpia_command
from .parser_groups import (
    Handlers,
    add_audit_commands,
    add_breach_commands,
    add_data_commands,
    add_document_commands,
    add_encryption_commands,
    add_processor_commands,
)
from .parser_inspection import add_inspection_command
from .parser_retention import add_retention_commands
from .parser_scope import Commands
from .parser_security import add_security_commands

# Named, imported after parsing (parser_groups.resolve): --help loads no service.
customers = Handlers("commands_customers")
consent_handlers = Handlers("commands_consents")
requests = Handlers("commands_requests")
recipients = Handlers("commands_recipients")
setup = Handlers("commands_setup")
assessments = Handlers("commands_assessments")


class DateText(str):
    """A date option as typed: 31.1.2026 or 2026-01-31. The command reads it into a date once the
    user's language is known, so a mistyped date is told in that language (``cli.main``)."""


DATE = {"type": DateText, "metavar": "DATE"}
REASON_OPTION = {
    "default": "",
    "help": "why it closes while recipients are not yet told (Art 19)",
}


def choices(enum) -> list[str]:
    return [member.cli_name for member in enum]


def _assessment_command(register) -> None:
    lia = register.add_parser(
        "lia",
        help="record the legitimate-interest assessment of a purpose on Art 6(1)(f) "
        "(given fields change, the others stay)",
    )
    lia.add_argument("id", type=int, help="register id")
    lia.add_argument(
        "--purpose", type=int, required=True, metavar="N", help="the purpose's number, from 1"
    )
    for name, help_text in (
        ("interest", "the legitimate interest pursued (default: the purpose's own)"),
        ("necessity", "why the processing is needed for it"),
        ("balancing", "the person's reasonable expectations and rights weighed against it"),
        ("safeguards", "what limits the impact on the person"),
        ("reviewer", "who made or reviewed the assessment"),
    ):
        lia.add_argument("--" + name, help=help_text)
    lia.add_argument("--outcome", choices=choices(AssessmentOutcome))
    lia.add_argument(
        "--date", dest="assessed_on", **DATE, help="31.1.2026 or 2026-01-31 (default: today)"
    )
    lia.add_argument("--delete", action="store_true", help="remove the purpose's assessment")
    lia.set_defaults(handler=assessments.register_lia)


def _customer_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=choices(CustomerKind))
    for name in CUSTOMER_TEXT_FIELDS:
        parser.add_argument("--" + name.replace("_", "-"))
    parser.add_argument("--birth-date", **DATE, help="31.1.2026 or 2026-01-31")
    parser.add_argument("--customer-since", **DATE, help="31.1.2026 or 2026-01-31")
    parser.add_argument("--language", choices=choices(Language))
    parser.add_argument(
        "--register", dest="registers", type=int, action="append", help="register id (repeat)"
    )


def _register_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--purpose",
        dest="purposes",
        action="append",
        metavar="BASIS:TEXT",
        help="a purpose and its legal basis, e.g. contract:Delivering orders (repeat); "
        "on legitimate interests with the purpose's own interest: "
        "legitimate-interests:Marketing:Keeping up the customer relationship; "
        f"bases: {', '.join(choices(LegalBasis))}",
    )
    parser.add_argument(
        "--legitimate-interest", action="append",
        help="the interest of the one purpose on legitimate-interests (once; with several such "
        "purposes give each its own in --purpose)",
    )  # fmt: skip
    for name in (
        "subject-categories",
        "data-categories",
        "sources",
        "recipients",
        "processors",
        "transfer-safeguards",
        "retention-text",
        "statutory-requirement",
        "automated-decisions",
        "security-manual",
        "security-organisational",
        "security-electronic",
        "cookies",
    ):
        parser.add_argument(f"--{name}")
    parser.add_argument(
        "--transfers", choices=choices(Answer)[1:],
        help="is data transferred outside the EU/EEA (when-necessary: only when technically "
        "necessary); unanswered until given",
    )  # fmt: skip
    parser.add_argument(
        "--transfers-outside-eea", dest="transfers", action="store_const", const="yes",
        help="the same as --transfers yes",
    )  # fmt: skip
    for name, question in (
        ("provision-required", "must the data be given (by law or contract)"),
        ("automated", "are decisions made automatically (Art 22)"),
        ("profiling", "is the data used for profiling"),
    ):
        parser.add_argument(f"--{name}", choices=["no", "yes"], help=question)
    parser.add_argument("--retention-years", type=int)
    parser.add_argument("--retention-anchor", choices=choices(RetentionAnchor))
    parser.add_argument(
        "--text-language", choices=choices(Language),
        help="the language the texts are written in (default: the document language)",
    )  # fmt: skip


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command`` (``parser_scope.named_command``), only that
    command's arguments are built."""
    parser = argparse.ArgumentParser(
        prog="tietosuoja",
        description="Tietosuoja Desktop: GDPR customer register for Finnish sole traders.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="the data folder (default: TIETOSUOJA_DATA_DIR or the user data folder)"
    )
    parser.add_argument("--lang", choices=choices(Language), default="fi", help="messages")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", action=Commands
    )
    commands.wanted = command

    init = commands.add_parser("init", help="set up or update the business profile")
    for name in (
        "name",
        "business-id",
        "street-address",
        "postal-code",
        "city",
        "country",
        "phone",
        "email",
        "website",
        "contact-name",
        "contact-phone",
        "contact-email",
        "dpo-name",
        "dpo-email",
        "dpo-phone",
    ):
        init.add_argument(f"--{name}")
    init.add_argument("--document-language", choices=choices(Language))
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the register (passphrase from a prompt or TIETOSUOJA_DB_PASSPHRASE)",
    )
    init.add_argument(
        "--remember", action="store_true", help="with --encrypt: keep the key in the key store"
    )
    init.set_defaults(handler=setup.init)

    profile = commands.add_parser("profile", help="show the business profile")
    profile.set_defaults(handler=setup.show_profile)

    register = commands.add_parser("register", help="register descriptions").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = register.add_parser("add", help="describe a new register")
    add.add_argument("--name", required=True)
    _register_fields(add)
    add.set_defaults(handler=setup.register_add)
    edit = register.add_parser("update", help="change a register description")
    edit.add_argument("id", type=int)
    edit.add_argument("--name")
    _register_fields(edit)
    edit.set_defaults(handler=setup.register_update)
    register.add_parser("list", help="list registers").set_defaults(handler=setup.register_list)
    show = register.add_parser("show", help="show one register")
    show.add_argument("id", type=int)
    show.set_defaults(handler=setup.register_show)
    translate = register.add_parser("translate", help="set texts of a register in another language")
    translate.add_argument("id", type=int)
    translate.add_argument("--into", required=True, choices=choices(Language))
    translate.add_argument(
        "texts", nargs="+", metavar="FIELD=TEXT",
        help="e.g. name=Kundregister or 'purposes[0].description=Leverans av beställningar'; "
        "an empty TEXT removes the translation",
    )  # fmt: skip
    translate.set_defaults(handler=setup.register_translate)
    _assessment_command(register)
    add_dpia_command(register, DATE)
    add_inspection_command(commands, DATE)

    _customer_commands(commands)
    _activity_commands(commands)
    _request_commands(commands)
    add_breach_commands(commands)
    add_document_commands(commands, DATE)
    add_audit_commands(commands)
    add_encryption_commands(commands)
    add_processor_commands(commands, DATE)
    add_security_commands(commands, DATE)
    add_access_commands(commands, DATE)
    add_policy_commands(commands, DATE)

    demo = commands.add_parser("demo", help="generate a realistic demo register")
    demo.add_argument("--customers", type=int, default=1000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(handler=requests.demo)
    return parser


def _customer_commands(commands) -> None:
    group = commands.add_parser("customers", help="the customer register").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add_data_commands(commands, group)
    add_retention_commands(commands, group, DATE)
    add = group.add_parser("add", help="add a customer")
    _customer_fields(add)
    add.set_defaults(handler=customers.add)
    update = group.add_parser("update", help="change a customer's details")
    update.add_argument("id", type=int)
    _customer_fields(update)
    update.set_defaults(handler=customers.update)

    listing = group.add_parser("list", help="list customers")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--marketing", choices=choices(MarketingFilter), default="any")
    listing.add_argument("--restricted", action="store_true")
    listing.add_argument("--past-retention", action="store_true")
    listing.add_argument("--register", type=int)
    listing.add_argument("--sort", choices=choices(CustomerSort), default="name")
    listing.add_argument("--descending", action="store_true")
    listing.add_argument("--text", default="")
    listing.set_defaults(handler=customers.list_)

    search = group.add_parser(
        "search",
        help="find customers by any part of a name, organisation, e-mail, phone or Y-tunnus",
    )
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(handler=customers.search)

    show = group.add_parser("show", help="one customer with consents, orders and requests")
    show.add_argument("id", type=int)
    show.add_argument(
        "--show-personal-id", action="store_true", help="show the henkilötunnus unmasked"
    )
    show.set_defaults(handler=customers.show)

    erase = group.add_parser("erase", help="erase a person (Art 17)")
    erase.add_argument("id", type=int)
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument("--preview", action="store_true", help="only show what would happen")
    erase.set_defaults(handler=customers.erase)

    for name, handler, help_text in (
        ("restrict", customers.restrict, "restrict processing (Art 18)"),
        ("lift-restriction", customers.lift_restriction, "lift a restriction"),
        ("prohibit-marketing", customers.prohibit_marketing, "direct-marketing objection"),
        ("allow-marketing", customers.allow_marketing, "lift a prohibition made by mistake"),
    ):
        command = group.add_parser(name, help=help_text)
        command.add_argument("id", type=int)
        command.set_defaults(handler=handler)


def _activity_commands(commands) -> None:
    consents = commands.add_parser("consents", help="consent history").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = consents.add_parser("add", help="record a consent given or withdrawn")
    add.add_argument("--customer", type=int, required=True)
    add.add_argument("--purpose", required=True)
    add.add_argument("--withdrawn", action="store_true", help="the consent was withdrawn")
    add.add_argument("--channel", choices=choices(Channel), default="other")
    add.add_argument("--evidence", default="", help="a note on the evidence")
    add.add_argument("--at", **DATE, help="31.1.2026 or 2026-01-31 (default today)")
    add.add_argument(
        "--marketing-channel",
        choices=choices(MarketingChannel),
        help="the marketing channel it covers (default: every channel)",
    )
    add.add_argument(
        "--method",
        choices=choices(ConsentMethod),
        help="how it was given (default: from --channel)",
    )
    add.add_argument("--text-version", type=int, help="the consent text's id (consent-texts list)")
    add.add_argument("--text", default="", help="the exact words, when not a register's text")
    add.add_argument("--evidence-file", type=Path, help="a scan or saved e-mail, archived")
    add.add_argument("--recorded-by", default="")
    add.set_defaults(handler=consent_handlers.consent_add)
    texts = commands.add_parser(
        "consent-texts", help="each register's consent texts, versioned"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    add = texts.add_parser("add", help="the next version of a register's consent text")
    add.add_argument("--register", type=int, required=True)
    add.add_argument("--fi", default="", help="the text in Finnish")
    add.add_argument("--sv", default="", help="the text in Swedish")
    add.add_argument("--en", default="", help="the text in English")
    add.add_argument("--valid-from", **DATE, help="31.1.2026 or 2026-01-31 (default today)")
    add.set_defaults(handler=consent_handlers.consent_text_add)
    listing = texts.add_parser("list", help="the consent texts and their versions")
    listing.add_argument("--register", type=int)
    listing.set_defaults(handler=consent_handlers.consent_text_list)
    listing = consents.add_parser("list", help="a customer's consent history")
    listing.add_argument("--customer", type=int, required=True)
    listing.set_defaults(handler=consent_handlers.consent_list)

    orders = commands.add_parser("orders", help="orders").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = orders.add_parser("add", help="record an order")
    add.add_argument("--customer", type=int, required=True)
    add.add_argument("--date", **DATE, help="order date, 31.1.2026 or 2026-01-31 (default today)")
    add.add_argument("--reference", default="")
    add.add_argument("--description", default="")
    add.add_argument("--amount", default="0", help="euros, e.g. 12.50 or 12,50")
    add.add_argument("--status", choices=choices(OrderStatus), default="delivered")
    add.set_defaults(handler=customers.order_add)

    contacts = commands.add_parser("contacts", help="contacts and complaints").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = contacts.add_parser("add", help="record a contact or complaint")
    add.add_argument("--customer", type=int, required=True)
    add.add_argument("--summary", required=True)
    add.add_argument("--complaint", action="store_true")
    add.add_argument("--channel", choices=choices(Channel), default="other")
    add.add_argument("--date", **DATE, help="31.1.2026 or 2026-01-31 (default today)")
    add.set_defaults(handler=customers.contact_add)


def _request_commands(commands) -> None:
    group = commands.add_parser("requests", help="data-subject requests").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = group.add_parser("add", help="log a request")
    add.add_argument("--type", required=True, choices=choices(RequestType))
    add.add_argument(
        "--received", **DATE, help="date received, 31.1.2026 or 2026-01-31 (default today)"
    )
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", type=int)
    who.add_argument("--requester", help="name of a requester not in the register")
    add.add_argument(
        "--contact",
        default="",
        help="the contact it came from (e-mail or phone; compared with the register's)",
    )
    add.add_argument("--channel", choices=choices(Channel), default="email")
    add.add_argument("--description", default="")
    identity = add.add_mutually_exclusive_group()
    identity.add_argument("--identity-requested", action="store_true")
    identity.add_argument(
        "--identity-certain", metavar="REASON", help="the identity is certain, and why"
    )
    add.set_defaults(handler=requests.add)

    listing = group.add_parser("list", help="requests, soonest due first")
    listing.add_argument("--due-within", type=int, metavar="DAYS")
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--open", action="store_true", help="only open requests")
    listing.add_argument("--status", choices=choices(RequestStatus), action="append")
    listing.add_argument("--type", choices=choices(RequestType), action="append")
    listing.add_argument("--customer", type=int)
    listing.set_defaults(handler=requests.list_)

    show = group.add_parser("show", help="one request")
    show.add_argument("id", type=int)
    show.set_defaults(handler=requests.show)

    def letter_options(parser) -> None:
        parser.add_argument("--letter", type=Path, help="also save the letter to this file")
        parser.add_argument(
            "--lang",
            dest="doc_lang",
            choices=["fi", "sv", "en"],
            help="letter language (default: the person's)",
        )
        parser.add_argument("--sign", action="store_true", help="sign the letter digitally")

    extend = group.add_parser("extend", help="extend by two months (Art 12(3)), with the notice")
    extend.add_argument("id", type=int)
    extend.add_argument("--reason", required=True)
    letter_options(extend)
    extend.set_defaults(handler=requests.extend)

    complete = group.add_parser(
        "complete", help="mark a request answered outside the app completed, today"
    )
    complete.add_argument("id", type=int)
    complete.add_argument("--outcome", default="")
    complete.add_argument("--recipients-reason", **REASON_OPTION)
    complete.set_defaults(handler=requests.complete)

    refuse = group.add_parser(
        "refuse", help="refuse or take no action (Art 12(4)), with the letter"
    )
    refuse.add_argument("id", type=int)
    refuse.add_argument("--reason", required=True)
    letter_options(refuse)
    refuse.set_defaults(handler=requests.refuse)

    withdraw = group.add_parser("withdraw", help="the person withdrew the request")
    withdraw.add_argument("id", type=int)
    withdraw.set_defaults(handler=requests.withdraw)

    identity = group.add_parser("identity", help="proof of identity (Art 12(6))")
    identity.add_argument("id", type=int)
    identity.add_argument("state", choices=["requested", "received", "failed"])
    identity.add_argument("--reason", default="", help="why identity is in doubt (requested)")
    letter_options(identity)
    identity.set_defaults(handler=requests.identity)

    acknowledge = group.add_parser("acknowledge", help="confirm receipt to the person")
    acknowledge.add_argument("id", type=int)
    letter_options(acknowledge)
    acknowledge.set_defaults(handler=requests.acknowledge)

    fulfil = group.add_parser(
        "fulfil", help="do what the request asks and prepare the answer (then: requests sent)"
    )
    fulfil.add_argument("id", type=int)
    fulfil.add_argument("--out", type=Path, help="the answer (letter or access report) PDF")
    fulfil.add_argument("--zip", type=Path, help="portability: where to save the ZIP")
    fulfil.add_argument(
        "--purpose",
        dest="purposes",
        action="append",
        help="consent withdrawal: a purpose (repeat; default: all in force)",
    )
    fulfil.add_argument(
        "--changed-field",
        dest="changed_fields",
        action="append",
        help="rectification: a corrected field (default: from the audit log)",
    )
    fulfil.add_argument("--note", default="", help="a note for the letter")
    fulfil.add_argument("--lang", dest="doc_lang", choices=["fi", "sv", "en"])
    fulfil.add_argument("--sign", action="store_true")
    fulfil.add_argument("--yes", action="store_true", help="erasure: do not ask")
    fulfil.set_defaults(handler=requests.fulfil)

    sent = group.add_parser("sent", help="the prepared answer went out: this completes it")
    sent.add_argument("id", type=int)
    sent.add_argument(
        "--via",
        required=True,
        choices=[way.cli_name for way in SentVia if way is not SentVia.NOT_RECORDED],
    )
    sent.add_argument("--on", **DATE, help="the day it was sent, 31.1.2026 (default today)")
    sent.add_argument("--reference", default="", help="tracking number or message reference")
    sent.add_argument("--recipients-reason", **REASON_OPTION)
    sent.set_defaults(handler=requests.sent)

    told = group.add_parser(
        "recipients",
        help="Art 19: the recipients to tell of a rectification, erasure or restriction; "
        "tick one with --told N --via --on, or --not-disclosed N",
    )
    told.add_argument("id", type=int)
    told.add_argument("--told", type=int, metavar="N", help="recipient N was told")
    told.add_argument("--via", choices=choices(ToldVia), help="how recipient N was told")
    told.add_argument("--on", **DATE, help="the day recipient N was told (default today)")
    told.add_argument(
        "--not-disclosed", type=int, metavar="N", help="the data never went to recipient N"
    )
    told.add_argument("--reopen", type=int, metavar="N", help="recipient N not yet told after all")
    told.add_argument(
        "--make", action="store_true", help="make the checklist of a request prepared earlier"
    )
    told.add_argument(
        "--letter", type=Path, help="save the letter listing the recipients for the person"
    )
    told.add_argument("--lang", dest="doc_lang", choices=["fi", "sv", "en"])
    told.set_defaults(handler=recipients.recipients)

    draft = group.add_parser(
        "email-draft",
        help="an e-mail draft (.eml) with the prepared answer attached, for your mail program",
    )
    draft.add_argument("id", type=int)
    draft.add_argument("--out", type=Path, help="where to save the .eml (default: its title)")
    draft.set_defaults(handler=requests.email_draft)

    attach = group.add_parser("attach", help="keep the original request (scan, e-mail) with it")
    attach.add_argument("id", type=int)
    attach.add_argument("file", type=Path)
    attach.set_defaults(handler=requests.attach)

    timeline = group.add_parser("timeline", help="what was done and when")
    timeline.add_argument("id", type=int)
    timeline.set_defaults(handler=requests.timeline)

    report = group.add_parser("report", help="the request log of a period, as PDF and CSV")
    report.add_argument(
        "--from", dest="start", **DATE, required=True, help="31.1.2026 or 2026-01-31"
    )
    report.add_argument("--to", dest="end", **DATE, required=True, help="31.1.2026 or 2026-01-31")
    report.add_argument("--pdf", type=Path)
    report.add_argument("--csv", type=Path)
    report.add_argument("--lang", dest="doc_lang", choices=["fi", "sv", "en"])
    report.set_defaults(handler=requests.report)
