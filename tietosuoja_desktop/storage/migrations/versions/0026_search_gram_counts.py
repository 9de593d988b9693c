"""search gram counts

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 06:00:00

Adds ``customer_search_grams``: how many customers' search lines hold each text of one or two
characters, kept by triggers on ``customer_search``, and fills it from the lines already
there. A search for a common short text ("a", "ne") is then counted from one row instead of
by reading every line (storage/search_grams.py). The table and triggers are those of the
package's module, so that they are written once.
"""

from alembic import op

from tietosuoja_desktop.storage import search_grams

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(search_grams.CREATE_TABLE)
    for sql in search_grams.TRIGGERS.values():
        op.execute(sql)
    # Counted in Python: about 20 µs a line of 40-80 characters, where one SQL pass over every
    # position of every line (distinct per line, grouped by gram) took about 100 µs. At a
    # million customers: 18 s of CPU (42 s wall on a busy machine).
    search_grams.fill(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    for name in search_grams.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE {search_grams.TABLE}")
