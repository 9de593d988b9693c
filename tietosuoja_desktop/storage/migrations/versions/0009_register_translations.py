"""register descriptions in the other languages

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 22:05:00

Adds ``register_translation``: a text of a register description in another language, with
the original it was translated from (domain/register_languages.py). Removed with its register.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_translation",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register_description.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("register_id", "language", "field"),
    )


def downgrade() -> None:
    op.drop_table("register_translation")
