"""organisations and cities in Finnish and Swedish alphabetical order

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 22:10:00

Adds ``organisation_key`` and ``city_key`` to ``customer``, the same virtual generated sort keys
as the names got in 0006 (storage/collation.py), and sorts the organisation and city indexes by
them instead of the text's bytes, so the Customers list sorted by either column puts Å, Ä and Ö
after Z and lower-case letters among the capitals. The indexes are replaced, not added, so a
write costs only computing the two keys. The expressions are written out here, not imported;
tests/unit/storage/test_name_order.py checks that they equal the models'.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ORGANISATION_KEY = (
    "CASE WHEN organisation GLOB '*[^ -~]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(organisation), 'Å', '{'), 'å', '{'), 'Ä', '|'), 'ä', '|'), 'Ö', '}'), 'ö', '}'), 'Æ', '|'), 'æ', '|'), 'Ø', '}'), 'ø', '}'), 'Ü', 'y'), 'ü', 'y'), 'É', 'e'), 'é', 'e'), 'Š', 's'), 'š', 's'), 'Ž', 'z'), 'ž', 'z') ELSE lower(organisation) END"
)
CITY_KEY = (
    "CASE WHEN city GLOB '*[^ -~]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(city), 'Å', '{'), 'å', '{'), 'Ä', '|'), 'ä', '|'), 'Ö', '}'), 'ö', '}'), 'Æ', '|'), 'æ', '|'), 'Ø', '}'), 'ø', '}'), 'Ü', 'y'), 'ü', 'y'), 'É', 'e'), 'é', 'e'), 'Š', 's'), 'š', 's'), 'Ž', 'z'), 'ž', 'z') ELSE lower(city) END"
)


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_customer_organisation")
    op.execute("DROP INDEX IF EXISTS ix_customer_city")
    op.execute(
        "ALTER TABLE customer ADD COLUMN organisation_key VARCHAR(200) "
        f"GENERATED ALWAYS AS ({ORGANISATION_KEY}) VIRTUAL"
    )
    op.execute(
        "ALTER TABLE customer ADD COLUMN city_key VARCHAR(100) "
        f"GENERATED ALWAYS AS ({CITY_KEY}) VIRTUAL"
    )
    op.execute("CREATE INDEX ix_customer_organisation_key ON customer (organisation_key)")
    op.execute("CREATE INDEX ix_customer_city_key ON customer (city_key)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_customer_city_key")
    op.execute("DROP INDEX ix_customer_organisation_key")
    op.execute("ALTER TABLE customer DROP COLUMN city_key")
    op.execute("ALTER TABLE customer DROP COLUMN organisation_key")
    op.execute("CREATE INDEX ix_customer_organisation ON customer (organisation)")
    op.execute("CREATE INDEX ix_customer_city ON customer (city)")
