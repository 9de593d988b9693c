"""Which column of a spreadsheet or web-shop export holds what, and one row read into a
customer (and optionally an order) with every problem found in it.

Pure: no files, no database. Headers are recognised in Finnish, Swedish and English and in the
shapes WooCommerce (``billing_first_name``...) and Shopify (``Default Address Zip``...) export;
the person importing can change every guess. Values are only parsed here (dates, amounts,
language, kind); checking the customer is :mod:`.bulk_validation`'s job."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .csv_headers import ALIASES, TARGET_LABELS, Target, guess_target, header_key
from .csv_values import (
    business_id_from_vat,
    parse_cents,
    parse_date,
    parse_kind,
    parse_language,
    parse_status,
    parse_yes_no,
    split_full_name,
    unneutralised,
)
from .enums import CustomerKind, Language, OrderStatus
from .field_rules import Problem
from .i18n import QT_TRANSLATE_NOOP, Message
from .marketing import MarketingChannel
from .records import Customer, Order

__all__ = [
    "ALIASES",
    "TARGET_LABELS",
    "ColumnMapping",
    "ParsedRow",
    "RowReader",
    "Target",
    "guess_target",
    "header_key",
    "target_choices",
]

MAX_ORDER_TEXT = 5000

CONTEXT = "Import"


MSG_COLUMN_COUNT = QT_TRANSLATE_NOOP("Import", "The row has %1 columns but the header has %2.")
MSG_DATE = QT_TRANSLATE_NOOP("Import", "Not a date: write it as 31.1.2026 or 2026-01-31.")
MSG_LANGUAGE = QT_TRANSLATE_NOOP("Import", "Unknown language: use fi, sv or en.")
MSG_KIND = QT_TRANSLATE_NOOP("Import", "Unknown customer type: use person or organisation.")
MSG_AMOUNT = QT_TRANSLATE_NOOP(
    "Import", "Not an amount in euros with at most two decimals, e.g. 12,50."
)
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Import", "The amount cannot be negative.")
MSG_STATUS = QT_TRANSLATE_NOOP(
    "Import", "Unknown order status: use open, delivered, invoiced, paid, cancelled or returned."
)
MSG_ORDER_DATE_MISSING = QT_TRANSLATE_NOOP("Import", "The order has no date.")
MSG_ORDER_TEXT = QT_TRANSLATE_NOOP("Import", "The text is too long: at most %1 characters.")
MSG_YES_NO = QT_TRANSLATE_NOOP("Import", "Not a yes or no: write yes or no (kyllä/ei, ja/nej).")
MSG_NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "No column is imported as a name or an organisation: choose one in the mapping."
)
MSG_NO_ORDER_DATE_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "Orders are imported but no column is the order date: choose one in the mapping."
)


# The marketing permission columns and the channel each is a permission for.
MARKETING_CHANNEL_OF = {
    Target.MARKETING_EMAIL: MarketingChannel.EMAIL,
    Target.MARKETING_SMS: MarketingChannel.SMS,
}


def problem(field: str, source: str, *args: object) -> Problem:
    return Problem(field, Message(CONTEXT, source, tuple(str(a) for a in args)))


@dataclass(frozen=True)
class ColumnMapping:
    """One target per column of the file, in column order."""

    targets: tuple[Target, ...]

    @classmethod
    def guess(cls, headers: Sequence[str]) -> ColumnMapping:
        return cls(tuple(guess_target(h) for h in headers))

    def with_target(self, column: int, target: Target) -> ColumnMapping:
        targets = list(self.targets)
        targets[column] = target
        return ColumnMapping(tuple(targets))

    def with_overrides(self, headers: Sequence[str], overrides: Mapping[str, str]) -> ColumnMapping:
        """Apply ``{"header or column number": "target"}``; an empty or ``"ignore"`` target
        leaves the column out. Raises ``KeyError`` for an unknown column, ``ValueError`` for an
        unknown target."""
        mapping = self
        by_header = {header_key(h): i for i, h in reversed(list(enumerate(headers)))}
        for column, target in overrides.items():
            text = str(column)
            if text.isdigit() and int(text) < len(headers) and header_key(text) not in by_header:
                index = int(text)
            elif header_key(text) in by_header:
                index = by_header[header_key(text)]
            else:
                raise KeyError(text)
            mapping = mapping.with_target(index, Target(target or "ignore"))
        return mapping

    def columns(self, target: Target) -> tuple[int, ...]:
        return tuple(i for i, t in enumerate(self.targets) if t is target)

    def has(self, target: Target) -> bool:
        return target in self.targets

    @property
    def has_orders(self) -> bool:
        return any(t.is_order for t in self.targets)

    def problems(self, *, with_orders: bool = False) -> list[Problem]:
        """What keeps the mapping from being used at all."""
        found = []
        names = (Target.FIRST_NAME, Target.LAST_NAME, Target.FULL_NAME, Target.ORGANISATION)
        if not any(self.has(t) for t in names):
            found.append(problem("mapping", MSG_NO_NAME_COLUMN))
        if with_orders and self.has_orders and not self.has(Target.ORDER_DATE):
            found.append(problem("mapping", MSG_NO_ORDER_DATE_COLUMN))
        return found

    def as_dict(self, headers: Sequence[str]) -> dict[str, str]:
        return {h: t.value for h, t in zip(headers, self.targets, strict=True)}


class ParsedRow(NamedTuple):
    """One data row read through the mapping: the customer's fields as written (not yet
    checked), an order when the row has one, and the problems found reading the values.
    A named tuple: one is made per row of a file, and a frozen dataclass costs three times as
    much to make (its fields set one by one through object.__setattr__)."""

    values: dict
    order: Order | None
    problems: tuple[Problem, ...]
    # The row's marketing permissions: (channel, yes or no) for each answered column.
    marketing: tuple[tuple[MarketingChannel, bool], ...] = ()

    @property
    def customer(self) -> Customer:
        return Customer(**self.values)


# Customer fields taken from their columns as they are (the names, street and business ID may
# then be completed below); the other targets are read into ``given`` and parsed.
_TEXT_FIELDS = (
    "first_name",
    "last_name",
    "organisation",
    "business_id",
    "street_address",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "personal_id",
    "notes",
)


class RowReader:
    """Reads rows through a mapping; built once per file so each row costs little."""

    def __init__(
        self, mapping: ColumnMapping, header_count: int, *, with_orders: bool = False
    ) -> None:
        self.header_count = header_count
        self.with_orders = with_orders
        columns = {t: mapping.columns(t) for t in Target if t is not Target.IGNORE}
        mapped = tuple((t.value, cols) for t, cols in columns.items() if cols)
        self._texts = tuple((name, cols) for name, cols in mapped if name in _TEXT_FIELDS)
        self._others = tuple((name, cols) for name, cols in mapped if name not in _TEXT_FIELDS)
        # A row's text fields start from this, so an unmapped or empty one costs nothing.
        self._blank = dict.fromkeys(_TEXT_FIELDS, "")
        self._order_targets = tuple(t for t in Target if t.is_order and columns[t])
        # Only mapped targets can have a value: the others are not looked for in every row.
        self._marketing_targets = tuple(
            (t.value, channel) for t, channel in MARKETING_CHANNEL_OF.items() if columns[t]
        )

    @staticmethod
    def _fill(found: dict[str, str], row: Sequence[str], mapped) -> dict[str, str]:
        """Target name -> the first non-empty value among the columns mapped to it."""
        count = len(row)
        for target, columns in mapped:
            for index in columns:
                if index < count:
                    value = row[index].strip()
                    if value:
                        found[target] = unneutralised(value) if value[0] == "'" else value
                        break
        return found

    def read(self, row: Sequence[str]) -> ParsedRow:
        found: list[Problem] = []
        if len(row) != self.header_count:
            found.append(problem("row", MSG_COLUMN_COUNT, len(row), self.header_count))
        values = self._fill(self._blank.copy(), row, self._texts)
        given = self._fill({}, row, self._others) if self._others else {}
        get = given.get
        if "full_name" in given and not values["first_name"] and not values["last_name"]:
            values["first_name"], values["last_name"] = split_full_name(given["full_name"])
        second = get("street_address_2")
        if second:
            street = values["street_address"]
            values["street_address"] = f"{street}, {second}" if street else second
        business_id = values["business_id"]
        if business_id.startswith(("FI", "fi", "Fi")):
            values["business_id"] = business_id = business_id_from_vat(business_id)
        values["kind"] = self._kind(get("kind"), values, business_id, found)
        values["language"] = self._language(get("language"), found)
        values["birth_date"] = self._date(get("birth_date"), "birth_date", found)
        values["customer_since"] = self._date(get("customer_since"), "customer_since", found)
        order = None
        if self.with_orders and self._order_targets:
            order = self._order(given, found)
        marketing = self._marketing(given, found) if self._marketing_targets else ()
        return ParsedRow(values, order, tuple(found), marketing)

    def _marketing(self, given: dict[str, str], found: list[Problem]) -> tuple:
        answers = []
        for target, channel in self._marketing_targets:
            text = given.get(target)
            if text is None:
                continue
            answer = parse_yes_no(text)
            if answer is None:
                found.append(problem(target, MSG_YES_NO))
            else:
                answers.append((channel, answer))
        return tuple(answers)

    @staticmethod
    def _date(text: str | None, field: str, found: list[Problem]) -> date | None:
        if not text:
            return None
        parsed = parse_date(text)
        if parsed is None:
            found.append(problem(field, MSG_DATE))
        return parsed

    @staticmethod
    def _language(text: str | None, found: list[Problem]) -> Language:
        if not text:
            return Language.FI
        language = parse_language(text)
        if language is None:
            found.append(problem("language", MSG_LANGUAGE))
            return Language.FI
        return language

    @staticmethod
    def _kind(text: str | None, values: dict, business_id: str, found: list) -> CustomerKind:
        if text:
            kind = parse_kind(text)
            if kind is not None:
                return kind
            found.append(problem("kind", MSG_KIND))
        # An organisation's record: its name with its business ID, or its name and no person's
        # name. A business ID without an organisation is a sole trader's, on a person.
        if values["organisation"] and (
            business_id or (not values["first_name"] and not values["last_name"])
        ):
            return CustomerKind.ORGANISATION
        return CustomerKind.PERSON

    def _order(self, given: dict[str, str], found: list[Problem]) -> Order | None:
        texts = {t: given.get(t.value, "") for t in self._order_targets}
        if not any(texts.values()):
            return None
        ordered_on = None
        date_text = texts.get(Target.ORDER_DATE, "")
        if not date_text:
            found.append(problem("order_date", MSG_ORDER_DATE_MISSING))
        else:
            ordered_on = parse_date(date_text)
            if ordered_on is None:
                found.append(problem("order_date", MSG_DATE))
        cents = 0
        amount_text = texts.get(Target.ORDER_AMOUNT, "")
        if amount_text:
            parsed = parse_cents(amount_text)
            if parsed is None:
                found.append(problem("order_amount", MSG_AMOUNT))
            elif parsed < 0:
                found.append(problem("order_amount", MSG_NEGATIVE))
            else:
                cents = parsed
        status = OrderStatus.DELIVERED
        status_text = texts.get(Target.ORDER_STATUS, "")
        if status_text:
            known = parse_status(status_text)
            if known is None:
                found.append(problem("order_status", MSG_STATUS))
            else:
                status = known
        reference = texts.get(Target.ORDER_REFERENCE, "")
        description = texts.get(Target.ORDER_DESCRIPTION, "")
        for field, text, limit in (
            ("order_reference", reference, 100),
            ("order_description", description, MAX_ORDER_TEXT),
        ):
            if len(text) > limit:
                found.append(problem(field, MSG_ORDER_TEXT, limit))
        if ordered_on is None:
            return None
        return Order(
            customer_id=None,
            ordered_on=ordered_on,
            reference=reference,
            description=description,
            amount_cents=cents,
            status=status,
        )


def target_choices(with_orders: bool = True) -> Iterable[Target]:
    """The targets offered to the person mapping the columns, in a sensible order."""
    return (t for t in Target if with_orders or not t.is_order)
