"""processors and recipients

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 12:00:00

Adds ``processor`` (name, service, data, country, transfer mechanism, contract and review
dates; domain/processors.py) and ``processor_register``, which registers each serves; a link
goes with its processor or its register. Existing registers keep their free-text processors:
nothing to move.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("service", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("mechanism", sa.String(length=20), nullable=False),
        sa.Column("contract_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processor")),
    )
    op.create_table(
        "processor_register",
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["processor_id"],
            ["processor.id"],
            name=op.f("fk_processor_register_processor_id_processor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_processor_register_register_id_register_description"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("processor_id", "register_id", name=op.f("pk_processor_register")),
    )
    with op.batch_alter_table("processor_register", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processor_register_register_id"), ["register_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("processor_register")
    op.drop_table("processor")
