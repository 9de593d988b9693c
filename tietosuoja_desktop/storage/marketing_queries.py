"""The register's people as the direct-marketing rules read them (domain/marketing.py), one
person or every person at once (four queries, whatever the register's size)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from sqlalchemy import Row, func, select

from ..domain.enums import ConsentAction, CustomerKind, OrderStatus
from ..domain.marketing import (
    ChannelChoice,
    ChannelConsent,
    MarketingChannel,
    MarketingPerson,
    Prohibition,
)
from ..domain.suppression import SuppressionList
from .models import ConsentRow, CustomerRow, MarketingChoiceRow, OrderRow

# An order that did not become a sale is no sale the existing-customer rule could rest on.
NOT_SALES = (OrderStatus.CANCELLED.value, OrderStatus.RETURNED.value)
ORGANISATION = CustomerKind.ORGANISATION.value
# What is read of each customer: what the rules need and what a marketing list shows. Plain
# rows, not mapped objects: at 100,000 customers that is a third of the time.
COLUMNS = (
    "id",
    "kind",
    "first_name",
    "last_name",
    "organisation",
    "email",
    "phone",
    "language",
    "street_address",
    "postal_code",
    "city",
    "country",
    "restricted_on",
    "marketing_prohibited_on",
)


def marketing_people(
    session,
    purpose: str,
    customer_id: int | None = None,
    suppression: SuppressionList | None = None,
    *,
    purchases: bool = True,
) -> Iterator[tuple[Row, MarketingPerson]]:
    """Each customer (or only ``customer_id``) with what the rules need for ``purpose``, in
    the order of the customer list (last name, first name); the row holds :data:`COLUMNS`.
    ``suppression``: the suppression list whose matches the rules exclude. ``purchases``:
    whether the rules look at purchases for the purpose (``domain.marketing.purchases_matter``;
    each customer's last sale is a group over every order: at a million customers 3.7 s and
    the largest part of the memory)."""

    connection = session.connection()  # Core rows: no ORM bookkeeping per row

    def only(statement, column):
        return statement if customer_id is None else statement.where(column == customer_id)

    consents: dict[int, list[ChannelConsent]] = defaultdict(list)
    statement = only(
        select(
            ConsentRow.customer_id, ConsentRow.action, ConsentRow.at, ConsentRow.marketing_channel
        )
        .where(ConsentRow.purpose == purpose)
        .order_by(ConsentRow.at, ConsentRow.id),
        ConsentRow.customer_id,
    )
    for owner, action, at, channel in connection.execute(statement):
        consents[owner].append(
            ChannelConsent(ConsentAction(action), purpose, at, _channel(channel))
        )
    choices: dict[int, list[ChannelChoice]] = defaultdict(list)
    prohibitions: dict[int, list[Prohibition]] = defaultdict(list)
    choice = MarketingChoiceRow
    statement = only(
        select(choice.customer_id, choice.channel, choice.kind, choice.on).order_by(
            choice.on, choice.id
        ),
        choice.customer_id,
    )
    for owner, channel_value, kind, on in connection.execute(statement):
        channel = MarketingChannel(channel_value)
        if kind == "prohibited":
            prohibitions[owner].append(Prohibition(on, channel))
        else:
            choices[owner].append(ChannelChoice(channel, on, kind == "refused"))
    statement = only(
        select(OrderRow.customer_id, func.max(OrderRow.ordered_on))
        .where(OrderRow.customer_id.is_not(None), OrderRow.status.not_in(NOT_SALES))
        .group_by(OrderRow.customer_id),
        OrderRow.customer_id,
    )
    last_sale: dict[int, date] = {}
    if purchases:  # read row by row: a list of a million rows first doubled the memory
        last_sale = {owner: day for owner, day in connection.execute(statement)}
    statement = only(
        select(*(getattr(CustomerRow, name) for name in COLUMNS)).order_by(
            CustomerRow.last_name_key, CustomerRow.first_name_key, CustomerRow.id
        ),
        CustomerRow.id,
    )
    for row in connection.execute(statement.execution_options(yield_per=5000)):
        (id_, kind, _, _, _, email, phone, _, street, postal_code, city, _, restricted_on,
         prohibited_on) = row  # fmt: skip
        everywhere = (Prohibition(prohibited_on),) if prohibited_on else ()
        suppressed = (
            suppression.channels(email, phone, street, postal_code) if suppression else frozenset()
        )
        yield (
            row,
            MarketingPerson(
                id=id_,
                business_contact=kind == ORGANISATION,
                email=email,
                phone=phone,
                postal_address=bool(street and postal_code and city),
                restricted_on=restricted_on,
                prohibitions=everywhere + tuple(prohibitions.get(id_, ())),
                choices=tuple(choices.get(id_, ())),
                consents=tuple(consents.get(id_, ())),
                purchases=(last_sale[id_],) if id_ in last_sale else (),
                suppressed=suppressed,
            ),
        )


def _channel(value: str | None) -> MarketingChannel | None:
    return MarketingChannel(value) if value else None
