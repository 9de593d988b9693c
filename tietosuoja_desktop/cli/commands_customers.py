"""``customers ...``, ``consents ...``, ``orders ...`` and ``contacts ...``."""

from __future__ import annotations

import sys

from ..domain.enums import Channel, ContactKind, CustomerKind, Language, OrderStatus
from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.listing import CustomerQuery, CustomerSort, MarketingFilter
from ..domain.masking import mask_personal_id
from ..domain.records import CUSTOMER_TEXT_FIELDS, ContactEntry, Customer, Order
from ..domain.validation import cents_from_text, format_phone, raise_for_problems
from .context import given, merged, opened
from .output import CliError, Output, customer_json, day

# The texts of the record, and the two dates a person can type (the others are set by commands).
CUSTOMER_OPTIONS = (*CUSTOMER_TEXT_FIELDS, "birth_date", "customer_since")


def _customer_values(args) -> dict:
    values = given(args, CUSTOMER_OPTIONS)
    if args.kind:
        values["kind"] = CustomerKind.from_cli(args.kind)
    if args.language:
        values["language"] = Language.from_cli(args.language)
    if args.registers is not None:
        values["register_ids"] = tuple(args.registers)
    return values


def _headers(out: Output) -> list[str]:
    return [
        out.tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Name")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Organisation")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "E-mail")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Phone")),
        out.tr(QT_TRANSLATE_NOOP("Cli", "Flags")),
    ]


def _row(c: Customer) -> list[str]:
    flags = ("M" if c.marketing_prohibited else "") + ("R" if c.restricted else "")
    name = f"{c.last_name}, {c.first_name}".strip(", ")
    return [str(c.id), name, c.organisation, c.email, format_phone(c.phone), flags]


def _list_text(out: Output, customers: list[Customer], total: int | None) -> str:
    if not customers:
        return out.tr(QT_TRANSLATE_NOOP("Cli", "No customers found."))
    text = out.table(_headers(out), [_row(c) for c in customers])
    if total is not None and total > len(customers):
        text += "\n" + out.tr(QT_TRANSLATE_NOOP("Cli", "%1 of %2 shown."), len(customers), total)
    return text


def _print_list(out: Output, customers: list[Customer], total: int | None = None) -> None:
    out.emit([customer_json(c) for c in customers], lambda: _list_text(out, customers, total))


def add(args, out: Output) -> int:
    with opened(args, out) as services:
        customer = services.customers.add(Customer(**_customer_values(args)))
    out.emit(
        customer_json(customer),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Customer %1 added: %2"), customer.id, customer.display_name
        ),
    )
    return 0


def update(args, out: Output) -> int:
    with opened(args, out) as services:
        current = services.customers.get(args.id)
        customer = services.customers.update(merged(current, _customer_values(args)))
    out.emit(
        customer_json(customer), out.tr(QT_TRANSLATE_NOOP("Cli", "Customer %1 saved."), customer.id)
    )
    return 0


def list_(args, out: Output) -> int:
    query = CustomerQuery(
        text=args.text,
        marketing=MarketingFilter.from_cli(args.marketing),
        restricted_only=args.restricted,
        past_retention_only=args.past_retention,
        register_id=args.register,
        sort=CustomerSort.from_cli(args.sort),
        descending=args.descending,
    )
    with opened(args, out) as services:
        customers = services.customers.page(query, args.offset, args.limit)
        total = services.customers.count(query)
    _print_list(out, customers, total)
    return 0


def search(args, out: Output) -> int:
    with opened(args, out) as services:
        customers = services.customers.search(args.text, args.limit)
    _print_list(out, customers)
    return 0


def show(args, out: Output) -> int:
    with opened(args, out) as services:
        customer = services.customers.get(args.id)
        consents = services.activity.consents(args.id)
        orders = services.activity.orders(args.id)
        contacts = services.activity.contacts(args.id)
        requests = [view.request for view in services.requests.list(customer_id=args.id)]
    data = customer_json(customer, reveal_personal_id=args.show_personal_id)
    data.update(consents=consents, orders=orders, contacts=contacts, requests=requests)
    personal_id = (
        customer.personal_id if args.show_personal_id else mask_personal_id(customer.personal_id)
    )
    lines = [
        f"{customer.id}: {customer.display_name}",
        *(f"  {v}" for v in (customer.email, format_phone(customer.phone), personal_id) if v),
        *(
            f"  {line}"
            for line in (customer.street_address, f"{customer.postal_code} {customer.city}".strip())
            if line
        ),
    ]
    if customer.marketing_prohibited:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP("Cli", "Marketing prohibited since %1"),
                day(customer.marketing_prohibited_on),
            )
        )
    if customer.restricted:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP("Cli", "Processing restricted since %1"),
                day(customer.restricted_on),
            )
        )
    lines.append(
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "Consent events: %1, orders: %2, contacts: %3, requests: %4"),
            len(consents),
            len(orders),
            len(contacts),
            len(requests),
        )
    )
    out.emit(data, "\n".join(lines))
    return 0


def confirm(out: Output, question: str) -> bool:
    if not sys.stdin.isatty():
        raise CliError(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Erasing needs confirmation: run it on a terminal or add --yes."
                )
            )
        )
    answer = input(question + " ")
    return answer.strip().casefold() in {"y", "yes", "k", "kyllä", "kylla", "j", "ja"}


def _traces(out: Output, preview) -> str:
    """The erasure's other traces: the requests kept as the erased person's entries, the
    archived documents deleted and the backups that still hold the person."""
    lines = [
        out.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "%1 requests stay on record as the erased person's entries (type, received, "
                "status); their descriptions and notes are cleared.",
            ),
            len(preview.requests),
        ),
        out.tr(
            QT_TRANSLATE_NOOP("Cli", "%1 archived documents are deleted; none is kept."),
            len(preview.documents),
        ),
    ]
    if preview.backups is not None:
        lines.append(
            out.tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "%1 backups in the backup folder were taken while the person was in the "
                    "register: they stay until rotated out (the newest %2 automatic ones of each "
                    "kind are kept) or removed (tietosuoja backup prune), and a restore erases "
                    "the person again.",
                ),
                preview.backups.count,
                preview.backups.keep_last,
            )
        )
    return "\n".join(lines)


def erase(args, out: Output) -> int:
    with opened(args, out) as services:
        customer = services.customers.get(args.id)
        preview = services.erasure.preview(args.id)
        kept = len(preview.anonymised_orders)
        plan = out.tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Erasing customer %1 deletes %2 consent events, %3 contacts and %4 orders; "
                "%5 orders are kept anonymised for bookkeeping.",
            ),
            args.id,
            preview.deleted["consents"],
            preview.deleted["contacts"],
            preview.deleted["orders"],
            kept,
        )
        plan += "\n" + _traces(out, preview)
        if args.preview:
            out.emit(preview, plan)
            return 0
        if not args.yes and not confirm(
            out,
            plan
            + "\n"
            + out.tr(QT_TRANSLATE_NOOP("Cli", "Erase %1 for good? [y/N]"), customer.display_name),
        ):
            out.emit({"erased": False}, out.tr(QT_TRANSLATE_NOOP("Cli", "Nothing was erased.")))
            return 1
        summary = services.erasure.erase(args.id)
    text = out.tr(QT_TRANSLATE_NOOP("Cli", "Customer %1 erased."), args.id)
    if summary.anonymised_orders:
        text += "\n" + out.render(Message("Erasure", summary.kept_reason))
    out.emit(summary, text)
    return 0


def _flag(args, out: Output, method: str, source: str) -> int:
    with opened(args, out) as services:
        customer = getattr(services.customers, method)(args.id)
    out.emit(customer_json(customer), out.tr(source, customer.id))
    return 0


def restrict(args, out: Output) -> int:
    return _flag(
        args, out, "restrict", QT_TRANSLATE_NOOP("Cli", "Processing of customer %1 restricted.")
    )


def lift_restriction(args, out: Output) -> int:
    return _flag(
        args,
        out,
        "lift_restriction",
        QT_TRANSLATE_NOOP("Cli", "Restriction of customer %1 lifted."),
    )


def prohibit_marketing(args, out: Output) -> int:
    return _flag(
        args,
        out,
        "prohibit_marketing",
        QT_TRANSLATE_NOOP("Cli", "Marketing to customer %1 prohibited."),
    )


def allow_marketing(args, out: Output) -> int:
    return _flag(
        args,
        out,
        "lift_marketing_prohibition",
        QT_TRANSLATE_NOOP("Cli", "Marketing prohibition of customer %1 lifted."),
    )


def order_add(args, out: Output) -> int:
    cents, problems = cents_from_text(args.amount)
    raise_for_problems(problems)
    with opened(args, out) as services:
        order = services.activity.add_order(
            Order(
                customer_id=args.customer,
                ordered_on=args.date or services.clock.today(),
                reference=args.reference,
                description=args.description,
                amount_cents=cents,
                status=OrderStatus.from_cli(args.status),
            )
        )
    out.emit(order, out.tr(QT_TRANSLATE_NOOP("Cli", "Order %1 recorded."), order.id))
    return 0


def contact_add(args, out: Output) -> int:
    with opened(args, out) as services:
        entry = services.activity.add_contact(
            ContactEntry(
                customer_id=args.customer,
                on=args.date or services.clock.today(),
                summary=args.summary,
                channel=Channel.from_cli(args.channel),
                kind=ContactKind.COMPLAINT if args.complaint else ContactKind.CONTACT,
            )
        )
    out.emit(entry, out.tr(QT_TRANSLATE_NOOP("Cli", "Contact %1 recorded."), entry.id))
    return 0
