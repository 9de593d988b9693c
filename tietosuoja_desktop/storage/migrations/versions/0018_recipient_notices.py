"""Art 19 recipient checklists

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10 09:00:00

Adds ``recipient_notice``: for each rectification, erasure or restriction request, one row a
recipient of the person's registers, open, told (date and how) or not disclosed to
(domain/recipients.py). A checklist is made when a request is prepared; requests prepared or
answered before this revision have none, and are not held back by one (one can be made for
them with ``RecipientService.make``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recipient_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=True),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=True),
        sa.Column("told_via", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["processor_id"],
            ["processor.id"],
            name=op.f("fk_recipient_notice_processor_id_processor"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register_description.id"],
            name=op.f("fk_recipient_notice_register_id_register_description"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["data_request.id"],
            name=op.f("fk_recipient_notice_request_id_data_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_notice")),
    )
    with op.batch_alter_table("recipient_notice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recipient_notice_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("recipient_notice")
