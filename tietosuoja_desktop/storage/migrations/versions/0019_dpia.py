"""DPIA screening and light DPIA

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-10 09:00:00

Adds a register's DPIA screening (``dpia_screening`` with one ``dpia_answer`` per checklist
item) and, where one is needed, its light DPIA (``dpia`` with its ``dpia_risk`` rows;
domain/dpia.py). Removed with the register. Existing registers have none: nothing to move.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def _register_key() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["register_id"], ["register_description.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "dpia_screening",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("needed", sa.Boolean(), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        _register_key(),
        sa.PrimaryKeyConstraint("register_id"),
    )
    op.create_table(
        "dpia_answer",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("applies", sa.Boolean(), nullable=False),
        sa.Column("reasoning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["dpia_screening.register_id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("register_id", "item"),
    )
    op.create_table(
        "dpia",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("necessity", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("residual_risk", sa.String(length=10), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("next_review", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        _register_key(),
        sa.PrimaryKeyConstraint("register_id"),
    )
    op.create_table(
        "dpia_risk",
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.String(length=10), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["register_id"], ["dpia.register_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("register_id", "position"),
    )


def downgrade() -> None:
    op.drop_table("dpia_risk")
    op.drop_table("dpia")
    op.drop_table("dpia_answer")
    op.drop_table("dpia_screening")
