"""Report indexes: each pupil's answers by topic, so the mastery grid reads a few index entries per pupil and topic."""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (pupil, topic, id): the grid hops from topic to topic of a pupil, then reads the newest answers of each.
    op.create_index("attempts_by_pupil_topic", "attempts", ["pupil_id", "topic", "id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 5")  # an older ks2practice refuses this file rather than misread it


def downgrade() -> None:
    op.drop_index("attempts_by_pupil_topic", table_name="attempts")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 4")
