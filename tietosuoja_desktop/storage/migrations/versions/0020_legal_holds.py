"""legal holds

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-10 09:00:00

Adds ``legal_hold``: a person kept out of bulk retention erasure, with the reason and the last
day of the hold (domain/legal_holds.py). Registers from before have no holds.
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_hold",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("placed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_legal_hold_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_legal_hold")),
    )


def downgrade() -> None:
    op.drop_table("legal_hold")
