"""notifications: send_pending (agency notices also to go out through the configured channels)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('notifications', sa.Column('send_pending', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index('ix_notifications_send_pending', 'notifications', ['id'], unique=False,
                    postgresql_where=sa.text('send_pending'))


def downgrade() -> None:
    op.drop_index('ix_notifications_send_pending', table_name='notifications', postgresql_where=sa.text('send_pending'))
    op.drop_column('notifications', 'send_pending')
