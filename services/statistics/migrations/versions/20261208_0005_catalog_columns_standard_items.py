"""catalog columns and standard-directory items as read models; entries' column and standard item

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('entry_facts', sa.Column('column_id', sa.BigInteger(), nullable=True))
    op.add_column('entry_facts', sa.Column('standard_item_id', sa.BigInteger(), nullable=True))
    op.create_index('ix_entry_facts_agency_column', 'entry_facts', ['agency_id', 'column_id', 'published_at'],
                    unique=False, postgresql_where=sa.text('column_id IS NOT NULL'))
    op.create_index('ix_entry_facts_agency_standard_item', 'entry_facts', ['agency_id', 'standard_item_id'],
                    unique=False, postgresql_where=sa.text('standard_item_id IS NOT NULL'))
    op.create_table('column_facts',
    sa.Column('column_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.BigInteger(), nullable=False),
    sa.Column('agency_path', sa.String(length=400), nullable=True),
    sa.Column('parent_id', sa.BigInteger(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deactivated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('merged_into', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('column_id', name=op.f('pk_column_facts'))
    )
    op.create_index(op.f('ix_column_facts_agency_id'), 'column_facts', ['agency_id'], unique=False)
    op.create_table('standard_item_facts',
    sa.Column('item_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.BigInteger(), nullable=False),
    sa.Column('agency_path', sa.String(length=400), nullable=True),
    sa.Column('parent_id', sa.BigInteger(), nullable=True),
    sa.Column('area_code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('time_limit_days', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deactivated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('item_id', name=op.f('pk_standard_item_facts'))
    )
    op.create_index(op.f('ix_standard_item_facts_agency_id'), 'standard_item_facts', ['agency_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_standard_item_facts_agency_id'), table_name='standard_item_facts')
    op.drop_table('standard_item_facts')
    op.drop_index(op.f('ix_column_facts_agency_id'), table_name='column_facts')
    op.drop_table('column_facts')
    op.drop_index('ix_entry_facts_agency_standard_item', table_name='entry_facts',
                  postgresql_where=sa.text('standard_item_id IS NOT NULL'))
    op.drop_index('ix_entry_facts_agency_column', table_name='entry_facts', postgresql_where=sa.text('column_id IS NOT NULL'))
    op.drop_column('entry_facts', 'standard_item_id')
    op.drop_column('entry_facts', 'column_id')
