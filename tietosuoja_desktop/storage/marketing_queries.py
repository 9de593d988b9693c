"""The register's people as the direct-marketing rules read them (domain/marketing.py), one
person or every person at once (four queries, whatever the register's size)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from sqlalchemy import func, select

from ..domain.enums import ConsentAction, CustomerKind, OrderStatus
from ..domain.marketing import (
    ChannelChoice,
    ChannelConsent,
    MarketingChannel,
    MarketingPerson,
    Prohibition,
)
from .models import ConsentRow, CustomerRow, MarketingChoiceRow, OrderRow

# An order that did not become a sale is no sale the existing-customer rule could rest on.
NOT_SALES = (OrderStatus.CANCELLED.value, OrderStatus.RETURNED.value)


def marketing_people(
    session, purpose: str, customer_id: int | None = None
) -> Iterator[tuple[CustomerRow, MarketingPerson]]:
    """Each customer (or only ``customer_id``) with what the rules need for ``purpose``, in
    the order of the customer list (last name, first name)."""

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
    for owner, action, at, channel in session.execute(statement):
        consents[owner].append(
            ChannelConsent(ConsentAction(action), purpose, at, _channel(channel))
        )
    choices: dict[int, list[ChannelChoice]] = defaultdict(list)
    prohibitions: dict[int, list[Prohibition]] = defaultdict(list)
    statement = only(
        select(MarketingChoiceRow).order_by(MarketingChoiceRow.on, MarketingChoiceRow.id),
        MarketingChoiceRow.customer_id,
    )
    for row in session.scalars(statement):
        channel = MarketingChannel(row.channel)
        if row.kind == "prohibited":
            prohibitions[row.customer_id].append(Prohibition(row.on, channel))
        else:
            choices[row.customer_id].append(ChannelChoice(channel, row.on, row.kind == "refused"))
    statement = only(
        select(OrderRow.customer_id, func.max(OrderRow.ordered_on))
        .where(OrderRow.customer_id.is_not(None), OrderRow.status.not_in(NOT_SALES))
        .group_by(OrderRow.customer_id),
        OrderRow.customer_id,
    )
    last_sale: dict[int, date] = dict(session.execute(statement).all())
    statement = only(
        select(CustomerRow).order_by(
            CustomerRow.last_name_key, CustomerRow.first_name_key, CustomerRow.id
        ),
        CustomerRow.id,
    )
    for row in session.scalars(statement.execution_options(yield_per=5000)):
        everywhere = (
            (Prohibition(row.marketing_prohibited_on),) if row.marketing_prohibited_on else ()
        )
        yield (
            row,
            MarketingPerson(
                id=row.id,
                business_contact=row.kind == CustomerKind.ORGANISATION.value,
                email=row.email,
                phone=row.phone,
                postal_address=bool(row.street_address and row.postal_code and row.city),
                restricted_on=row.restricted_on,
                prohibitions=everywhere + tuple(prohibitions.get(row.id, ())),
                choices=tuple(choices.get(row.id, ())),
                consents=tuple(consents.get(row.id, ())),
                purchases=(last_sale[row.id],) if row.id in last_sale else (),
            ),
        )


def _channel(value: str | None) -> MarketingChannel | None:
    return MarketingChannel(value) if value else None
