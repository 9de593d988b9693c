"""names in Finnish and Swedish alphabetical order

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 22:05:00

Adds ``last_name_key`` and ``first_name_key`` to ``customer``: virtual generated columns that
SQLite computes from the names (storage/collation.py explains the key), and sorts the name
index by them instead of the names' bytes. The index by first name goes: only the command line
sorts by first name, and a second index would cost every write. The expressions are written out
here, not imported, so this migration keeps producing the same schema whatever later versions
change; tests/unit/storage/test_name_order.py checks that they equal the models'. Adding a
virtual column rewrites nothing; building the index reads every customer once.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LAST_NAME_KEY = (
    "CASE WHEN last_name GLOB '*[^ -~]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(last_name), 'Å', '{'), 'å', '{'), 'Ä', '|'), 'ä', '|'), 'Ö', '}'), 'ö', '}'), 'Æ', '|'), 'æ', '|'), 'Ø', '}'), 'ø', '}'), 'Ü', 'y'), 'ü', 'y'), 'É', 'e'), 'é', 'e'), 'Š', 's'), 'š', 's'), 'Ž', 'z'), 'ž', 'z') ELSE lower(last_name) END"
)
FIRST_NAME_KEY = (
    "CASE WHEN first_name GLOB '*[^ -~]*' THEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(first_name), 'Å', '{'), 'å', '{'), 'Ä', '|'), 'ä', '|'), 'Ö', '}'), 'ö', '}'), 'Æ', '|'), 'æ', '|'), 'Ø', '}'), 'ø', '}'), 'Ü', 'y'), 'ü', 'y'), 'É', 'e'), 'é', 'e'), 'Š', 's'), 'š', 's'), 'Ž', 'z'), 'ž', 'z') ELSE lower(first_name) END"
)


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_customer_name")
    op.execute("DROP INDEX IF EXISTS ix_customer_first_name")
    op.execute(
        "ALTER TABLE customer ADD COLUMN last_name_key VARCHAR(200) "
        f"GENERATED ALWAYS AS ({LAST_NAME_KEY}) VIRTUAL"
    )
    op.execute(
        "ALTER TABLE customer ADD COLUMN first_name_key VARCHAR(200) "
        f"GENERATED ALWAYS AS ({FIRST_NAME_KEY}) VIRTUAL"
    )
    op.execute("CREATE INDEX ix_customer_name_key ON customer (last_name_key, first_name_key)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_customer_name_key")
    op.execute("ALTER TABLE customer DROP COLUMN first_name_key")
    op.execute("ALTER TABLE customer DROP COLUMN last_name_key")
    op.execute("CREATE INDEX ix_customer_name ON customer (last_name, first_name)")
    op.execute("CREATE INDEX ix_customer_first_name ON customer (first_name, last_name)")
