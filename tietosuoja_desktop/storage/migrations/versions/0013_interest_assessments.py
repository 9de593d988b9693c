"""legitimate-interest assessments

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 09:00:00

Adds ``interest_assessment``: the balancing test behind each purpose on legitimate interests
(Art 6(1)(f)), keyed to the register and the purpose's position as the purpose's translations
are, with the purpose's description as it read when assessed (domain/interest_assessments.py).
Removed with its register. Existing registers have none: nothing to move.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interest_assessment",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("interest", sa.Text(), nullable=False),
        sa.Column("necessity", sa.Text(), nullable=False),
        sa.Column("balancing", sa.Text(), nullable=False),
        sa.Column("safeguards", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register_description.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("register_id", "position"),
    )


def downgrade() -> None:
    op.drop_table("interest_assessment")
