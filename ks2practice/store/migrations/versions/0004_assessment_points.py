"""Assessment points: a group's papers may be sat at a mid-point too, beside the baseline and the end point (#18)."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_CHECK = "kind IN ('baseline', 'midpoint', 'endpoint')"
OLD_CHECK = "kind IN ('baseline', 'endpoint')"


def _assessments(check: str) -> sa.Table:
    # SQLite cannot alter a CHECK and does not report one when a table is read back, so the table is rebuilt from
    # this full definition (0001's, with the new CHECK); ids are copied, so item_marks' rows still point home.
    return sa.Table(
        "assessments",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), sa.ForeignKey("groups.id"), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("paper", sa.Text(), nullable=False),
        sa.Column("taken", sa.Text(), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.CheckConstraint(check),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "kind", name="assessments_group_id_kind_key"),
        sqlite_autoincrement=True,
    )


def _set_check(check: str, version: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("assessments", recreate="always", copy_from=_assessments(check)):
            pass
        op.execute(f"PRAGMA user_version = {version}")  # an older ks2practice refuses this file rather than misread it
    else:
        op.drop_constraint("assessments_kind_check", "assessments", type_="check")
        op.create_check_constraint("assessments_kind_check", "assessments", check)


def upgrade() -> None:
    _set_check(NEW_CHECK, 6)


def downgrade() -> None:
    op.execute("DELETE FROM item_marks WHERE assessment_id IN (SELECT id FROM assessments WHERE kind = 'midpoint')")
    op.execute("DELETE FROM assessments WHERE kind = 'midpoint'")
    _set_check(OLD_CHECK, 5)
