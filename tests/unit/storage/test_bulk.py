"""The bulk writers the demo and the CSV import share: ids never handed out twice, indexes
built back statement for statement, the page cache set back, rows read back as the ORM wrote
them."""

from __future__ import annotations

import sys
from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest
from helpers.sample import person

from tietosuoja_desktop.storage import bulk
from tietosuoja_desktop.storage.bulk_customers import CustomerColumns


def index_sql(connection) -> list[tuple[str, str]]:
    return connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' "
        "AND sql IS NOT NULL ORDER BY name"
    ).all()


def test_the_next_id_is_past_an_erased_customer(services):
    first = services.customers.add(person(first_name="Aino", last_name="Aalto"))
    second = services.customers.add(person(first_name="Eino", last_name="Eskola"))
    services.erasure.erase(second.id)
    with services.db.transaction() as session:
        assert bulk.next_id(session.connection(), "customer") == second.id + 1 > first.id + 1


def test_indexes_come_back_as_they_were_and_the_cache_as_it_was(services):
    with services.db.transaction() as session:
        connection = session.connection()
        indexes, cache = index_sql(connection), connection.exec_driver_sql("PRAGMA cache_size")
        cache = cache.scalar()
        with (
            bulk.larger_cache(connection, 65536),
            bulk.indexes_built_afterwards(connection, "customer"),
        ):
            assert index_sql(connection) == []
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -65536
        assert index_sql(connection) == indexes != []
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == cache


def test_bulk_customers_read_back_like_customers_the_service_added(services, clock):
    added = services.customers.add(person(first_name="Aino", last_name="Aalto"))
    stored = services.customers.get(added.id)
    new = replace(stored, id=None, email="o'brien@example.fi")

    class Item:
        customer, orders = new, []

    with services.db.transaction() as session:
        connection = session.connection()
        columns = CustomerColumns(session)
        first_id = bulk.next_id(connection, "customer")
        stamp = columns.moment(clock.now())
        new_columns = columns.new_columns([Item], first_id, date.today(), stamp)
        columns.statement(new_columns).run(connection)
        bulk.insert_search_rows(connection, bulk.search_rows_json([(first_id, "aino aalto")]))
        bulk.insert_memberships(connection, [(first_id, r) for r in stored.register_ids])
    again = services.customers.get(first_id)
    assert services.customers.count() == 2
    assert replace(again, id=stored.id, email=stored.email) == replace(
        stored, created_at=again.created_at, updated_at=again.updated_at
    )


def test_rows_made_ahead_come_in_order_and_the_switch_interval_comes_back():
    before = sys.getswitchinterval()
    seen_inside = []

    def make(key: int) -> int:
        seen_inside.append(sys.getswitchinterval())
        return key * key

    assert list(bulk.made_ahead(make, range(5))) == [0, 1, 4, 9, 16]
    assert list(bulk.made_ahead(make, [])) == []
    assert set(seen_inside) == {bulk.SWITCH_INTERVAL_S}
    assert sys.getswitchinterval() == before


def test_a_writer_that_stops_early_stops_the_helper_and_a_failure_reaches_the_writer():
    before = sys.getswitchinterval()
    made = []

    def make(key: int) -> int:
        if key == 3:
            raise ValueError("bad chunk")
        made.append(key)
        return key

    with closing(bulk.made_ahead(make, range(10))) as chunks:
        assert next(chunks) == 0
    assert made == [0, 1]  # the one being made when the writer stopped, no more
    assert sys.getswitchinterval() == before
    with (
        pytest.raises(ValueError, match="bad chunk"),
        closing(bulk.made_ahead(make, range(10))) as chunks,
    ):
        list(chunks)
    assert sys.getswitchinterval() == before
