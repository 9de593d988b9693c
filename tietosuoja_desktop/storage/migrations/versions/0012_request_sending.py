"""how and when a request's answer was sent

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 09:00:00

Preparing an answer no longer completes a request; sending it does. ``data_request`` gains
``sent_on``, ``sent_via`` and ``sent_reference``. Requests completed before this revision were
sent on their completion date by a means the register did not record (``not_recorded``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("data_request") as batch:
        batch.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("sent_via", sa.String(length=20), server_default=sa.text("''"), nullable=False)
        )
        batch.add_column(
            sa.Column("sent_reference", sa.Text(), server_default=sa.text("''"), nullable=False)
        )
    op.execute(
        "UPDATE data_request SET sent_on = completed_on, sent_via = 'not_recorded' "
        "WHERE status = 'completed'"
    )


def downgrade() -> None:
    # A request prepared but not yet sent was open before this revision.
    op.execute(
        "UPDATE data_request SET status = CASE WHEN extended_on IS NULL THEN 'in_progress' "
        "ELSE 'extended' END WHERE status = 'ready_to_send'"
    )
    with op.batch_alter_table("data_request") as batch:
        batch.drop_column("sent_reference")
        batch.drop_column("sent_via")
        batch.drop_column("sent_on")
