"""direct marketing per channel, consents that can be proved

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 10:00:00

Adds ``marketing_choice``: a person's refusal of marketing on one channel, their allowing it
again, or an Art 21(2) objection limited to one channel, each with its date (an objection to
every channel stays ``customer.marketing_prohibited_on``). Consents gain the marketing channel
they cover (NULL: not limited to one, which is what every consent recorded so far meant), how
they were given (``method``, filled from the old ``channel``), the exact text agreed to, the
evidence file's name and SHA-256, and who recorded them (domain/marketing.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The old "channel" a consent came through -> how it was given.
METHOD_OF_CHANNEL = {
    "email": "email",
    "letter": "paper_form",
    "in_person": "in_person",
    "phone": "phone",
    "web_form": "web_form",
    "other": "other",
}


def upgrade() -> None:
    op.create_table(
        "marketing_choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_marketing_choice_customer_id", "marketing_choice", ["customer_id"], unique=False
    )
    with op.batch_alter_table("consent_event") as batch:
        batch.add_column(sa.Column("marketing_channel", sa.String(length=10), nullable=True))
        for name, kind in (
            ("method", sa.String(length=20)),
            ("consent_text", sa.Text()),
            ("evidence_file", sa.String(length=255)),
            ("evidence_sha256", sa.String(length=64)),
            ("recorded_by", sa.String(length=200)),
        ):
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=sa.text("''")))
    consent = sa.table("consent_event", sa.column("channel"), sa.column("method"))
    for channel, method in METHOD_OF_CHANNEL.items():
        op.execute(consent.update().where(consent.c.channel == channel).values(method=method))
    op.execute(consent.update().where(consent.c.method == "").values(method="other"))


def downgrade() -> None:
    with op.batch_alter_table("consent_event") as batch:
        for name in (
            "recorded_by",
            "evidence_sha256",
            "evidence_file",
            "consent_text",
            "method",
            "marketing_channel",
        ):
            batch.drop_column(name)
    op.drop_index("ix_marketing_choice_customer_id", table_name="marketing_choice")
    op.drop_table("marketing_choice")
