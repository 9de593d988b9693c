"""the language a register description's texts are written in

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 22:00:00

Adds ``text_language`` to ``register_description``: a statement in another language prints the
register's texts as written, and the app tells the user so before it is made. A register that
exists already is taken to be written in the business's document language.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "register_description",
        sa.Column("text_language", sa.String(length=2), nullable=False, server_default="fi"),
    )
    op.execute(
        "UPDATE register_description SET text_language = "
        "(SELECT document_language FROM controller_profile ORDER BY id LIMIT 1) "
        "WHERE EXISTS (SELECT 1 FROM controller_profile)"
    )


def downgrade() -> None:
    op.drop_column("register_description", "text_language")
