"""documents removed by an erasure, on the request timeline

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09 09:00:00

Adds ``request_event.document_erased_on``: the date an erasure deleted the document (or the
attached original) a timeline step names, so the timeline says so instead of listing a document
that no longer opens. Erasures made before this revision left no date: their steps stay as
they were.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("request_event") as batch:
        batch.add_column(sa.Column("document_erased_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request_event") as batch:
        batch.drop_column("document_erased_on")
