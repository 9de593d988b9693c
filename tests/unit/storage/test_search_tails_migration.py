"""Migration 0022 from the landed schema with customers in it: the indexes of the search lines'
last characters are made for the lines already there, a short search text is looked up through
them (not by reading every line) with the same answer, and the way down removes them."""

from __future__ import annotations

from helpers.migrations import migrate_to, previous, schema_names
from helpers.sample import person

from tietosuoja_desktop.domain.listing import CustomerQuery
from tietosuoja_desktop.services import open_services
from tietosuoja_desktop.storage import customer_queries

REVISION = "0022"
TAILS = {"ix_customer_search_tail1", "ix_customer_search_tail2"}


def index_names(data_dir) -> set[str]:
    return schema_names(data_dir, "index")


def plan(services, key: str) -> str:
    with services.db.reading() as session:
        terms = customer_queries.index_terms(session.connection(), key)
        statement = customer_queries.short_match_ids(key, terms)
        sql = str(statement.compile(compile_kwargs={"literal_binds": True}))
        rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
        return " | ".join(row[3] for row in rows)


def test_the_tail_indexes_serve_the_lines_already_there(data_dir, clock):
    with open_services(data_dir, clock) as services:
        for first, last in (("Zoe", "Qvist"), ("Åke", "Z"), ("Aino", "Virtanen")):
            services.customers.add(person(first_name=first, last_name=last, email="", phone=""))
    migrate_to(data_dir, previous(REVISION), up=False)
    with open_services(data_dir, clock) as services:  # upgrades to head on opening
        assert index_names(data_dir) >= TAILS
        assert "ix_customer_search_tail1" in plan(services, "z")
        assert "ix_customer_search_tail2" in plan(services, "ne")
        assert services.customers.count(CustomerQuery(text="z")) == 2
        assert services.customers.count(CustomerQuery(text="ne")) == 1
    migrate_to(data_dir, previous(REVISION), up=False)
    assert not TAILS & index_names(data_dir)
