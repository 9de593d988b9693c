"""breach log (Art 33-34) and the people affected

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 18:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('breach',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('discovered_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('natures', sa.String(length=100), nullable=False),
    sa.Column('data_categories', sa.Text(), nullable=False),
    sa.Column('people_affected', sa.Integer(), nullable=True),
    sa.Column('records_affected', sa.Integer(), nullable=True),
    sa.Column('consequences', sa.Text(), nullable=False),
    sa.Column('measures_taken', sa.Text(), nullable=False),
    sa.Column('measures_proposed', sa.Text(), nullable=False),
    sa.Column('risk', sa.String(length=20), nullable=False),
    sa.Column('risk_reasoning', sa.Text(), nullable=False),
    sa.Column('authority_notified_at', sa.DateTime(), nullable=True),
    sa.Column('authority_reference', sa.String(length=200), nullable=False),
    sa.Column('delay_reasons', sa.Text(), nullable=False),
    sa.Column('notified_in_phases', sa.Boolean(), nullable=False),
    sa.Column('people_informed_at', sa.DateTime(), nullable=True),
    sa.Column('people_informed_how', sa.String(length=200), nullable=False),
    sa.Column('people_informed_count', sa.Integer(), nullable=True),
    sa.Column('inform_exemption', sa.String(length=30), nullable=False),
    sa.Column('inform_exemption_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_breach')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('breach', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_breach_status'), ['status'], unique=False)

    op.create_table('breach_customer',
    sa.Column('breach_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['breach_id'], ['breach.id'], name=op.f('fk_breach_customer_breach_id_breach'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_breach_customer_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('breach_id', 'customer_id', name=op.f('pk_breach_customer'))
    )
    with op.batch_alter_table('breach_customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_breach_customer_customer_id'), ['customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('breach_customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_breach_customer_customer_id'))
    op.drop_table('breach_customer')
    with op.batch_alter_table('breach', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_breach_status'))
    op.drop_table('breach')
