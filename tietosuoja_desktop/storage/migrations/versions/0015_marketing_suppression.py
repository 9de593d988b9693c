"""marketing suppression list

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 09:00:00

Adds ``marketing_suppression``: e-mail addresses, phone numbers and postal addresses that must
never be sent direct marketing, each kept only as the keyed hash of its normalised value
(domain/suppression.py; the key is a random secret in ``app_setting``, made with the first
entry). Existing registers have no list: nothing to move.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "marketing_suppression",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("kind", "key"),
    )


def downgrade() -> None:
    op.drop_table("marketing_suppression")
    op.execute("DELETE FROM app_setting WHERE key = 'marketing.suppression_secret'")
